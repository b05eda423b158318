#include "core/sweep/Importance.h"

#include "core/train/Xgboost.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::SweepImportance)
};

constexpr int kFewConfigurations = 10;

// Ranks from 1, ties sharing their mean rank.
std::vector<double> ranks(const std::vector<double>& values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> rank(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double mean = (double(i) + double(j)) / 2 + 1;
        for (std::size_t k = i; k <= j; ++k)
            rank[order[k]] = mean;
        i = j + 1;
    }
    return rank;
}

double pearson(const std::vector<double>& x, const std::vector<double>& y)
{
    const double n = double(x.size());
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n, my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : std::nan("");
}

} // namespace

QJsonObject SweepImportance::toJson() const
{
    QJsonArray list;
    for (const ParameterImportance& p : parameters)
        list.append(QJsonObject{{u"parameter"_s, p.parameter},
                                {u"mean_abs_shap"_s, p.meanAbsShap},
                                {u"spearman"_s, std::isfinite(p.spearman) ? QJsonValue(p.spearman) : QJsonValue()}});
    return {{u"parameters"_s, list},
            {u"configurations"_s, configurations},
            {u"caution"_s, caution.isEmpty() ? QJsonValue() : QJsonValue(caution)}};
}

double spearmanCorrelation(const std::vector<double>& x, const std::vector<double>& y)
{
    return pearson(ranks(x), ranks(y));
}

Result<SweepImportance> parameterImportance(const SweepState& state)
{
    const SweepDefinition& d = state.definition;
    // One row per configuration: its point at rung 0, repeat 0, and its mean objective at the
    // furthest rung it reached.
    std::vector<std::vector<double>> columns(d.space.size());
    std::vector<double> objective;
    for (const auto& [trial, mean] : meanObjectives(state.trials)) {
        const SweepTrial* first = nullptr;
        for (const SweepTrial& t : state.trials) {
            if (t.trial == trial && t.point.size() == d.space.size()) {
                first = &t;
                break;
            }
        }
        if (!first)
            continue;
        for (std::size_t k = 0; k < d.space.size(); ++k) {
            const double v = first->point[k];
            columns[k].push_back(d.space[k].kind == SearchDimension::Kind::LogUniform ? std::log(v) : v);
        }
        objective.push_back(mean);
    }
    SweepImportance importance;
    importance.configurations = int(objective.size());
    if (objective.size() < 3)
        return Error::badInput(Text::tr("Parameter importance needs at least 3 finished configurations; sweep %1 has %2.")
                                   .arg(state.record.id)
                                   .arg(objective.size()));
    if (objective.size() < std::size_t(kFewConfigurations))
        importance.caution = Text::tr("Only %1 finished configurations: the importance is a rough guide until there are "
                                      "%2 or more.")
                                 .arg(objective.size())
                                 .arg(kFewConfigurations);

    const std::size_t n = objective.size(), f = d.space.size();
    std::vector<float> values(n * f), labels(n);
    std::vector<FeatureSpec> features;
    for (std::size_t k = 0; k < f; ++k)
        features.push_back({d.space[k].name, false, {}});
    for (std::size_t i = 0; i < n; ++i) {
        labels[i] = float(objective[i]);
        for (std::size_t k = 0; k < f; ++k)
            values[i * f + k] = float(columns[k][i]);
    }
    auto matrix = xgb::denseMatrix(values.data(), n, features, 1);
    if (!matrix)
        return matrix.error();
    if (auto s = xgb::setLabels(*matrix, labels); !s)
        return s.error();
    const xgb::DMatrix* train[] = {&*matrix};
    auto booster = xgb::Booster::create(train);
    if (!booster)
        return booster.error();
    if (auto s = booster->setParameters({{u"objective"_s, u"reg:squarederror"_s},
                                         {u"max_depth"_s, u"3"_s},
                                         {u"eta"_s, u"0.3"_s},
                                         {u"min_child_weight"_s, u"1"_s},
                                         {u"nthread"_s, u"1"_s},
                                         {u"seed"_s, u"0"_s}});
        !s)
        return s.error();
    for (int round = 0; round < 50; ++round) {
        if (auto s = booster->update(round, *matrix); !s)
            return s.error();
    }
    std::vector<std::size_t> shape;
    auto shap = booster->contributions(*matrix, 0, false, shape);
    if (!shap)
        return shap.error();
    for (std::size_t k = 0; k < f; ++k) {
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i)
            sum += std::abs(double((*shap)[i * (f + 1) + k]));
        importance.parameters.push_back({d.space[k].name, sum / double(n), spearmanCorrelation(columns[k], objective)});
    }
    std::stable_sort(importance.parameters.begin(), importance.parameters.end(),
                     [](const ParameterImportance& a, const ParameterImportance& b) { return a.meanAbsShap > b.meanAbsShap; });
    return importance;
}

} // namespace grove
