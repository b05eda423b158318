#include "core/train/Explanation.h"

#include "core/model/RunRecord.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"
#include "core/train/Xgboost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Explanation)
};

constexpr std::size_t kInteractionRows = 200;

// A value as a user reads it: the number, the category's name, or "missing".
QString shown(const FeatureSpec& feature, float value)
{
    if (std::isnan(value))
        return Text::tr("missing");
    if (feature.categorical) {
        const auto index = std::size_t(value);
        return index < feature.categories.size() ? QString::fromStdString(feature.categories[index]) : Text::tr("unseen");
    }
    return QString::number(value, 'g', 7);
}

// `count` positions of `total`, seeded, in increasing order; all of them when count >= total.
std::vector<std::uint32_t> samplePositions(std::size_t total, std::size_t count, quint64 seed)
{
    std::vector<std::uint32_t> all(total);
    std::iota(all.begin(), all.end(), 0u);
    if (count >= total)
        return all;
    std::mt19937_64 random(seed);
    for (std::size_t i = 0; i < count; ++i)
        std::swap(all[i], all[i + std::uniform_int_distribution<std::size_t>(0, total - 1 - i)(random)]);
    all.resize(count);
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace

std::vector<int> Explanation::ranking() const
{
    std::vector<int> order(meanAbsolute.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return meanAbsolute[std::size_t(a)] > meanAbsolute[std::size_t(b)]; });
    return order;
}

QJsonObject Explanation::toJson() const
{
    QJsonArray global;
    for (int f : ranking()) {
        QJsonObject entry{{u"feature"_s, features[f]}, {u"mean_abs"_s, meanAbsolute[std::size_t(f)]}};
        if (!strongestPartner.empty() && strongestPartner[std::size_t(f)] >= 0) {
            entry.insert(u"interacts_most_with"_s, features[strongestPartner[std::size_t(f)]]);
            entry.insert(u"interaction_mean_abs"_s, partnerStrength[std::size_t(f)]);
        }
        global.append(entry);
    }
    QJsonObject json{{u"base_value"_s, baseValue},
                     {u"global"_s, global},
                     {u"sample_rows"_s, qint64(sample.size())},
                     {u"held_out_rows"_s, heldOutRows},
                     {u"scale"_s, u"margin"_s}};
    if (!classes.isEmpty())
        json.insert(u"class"_s, classes.value(classIndex));
    if (row) {
        QJsonObject contributions, rowValues;
        for (qsizetype f = 0; f < features.size(); ++f) {
            contributions.insert(features[f], double(row->contributions[std::size_t(f)]));
            rowValues.insert(features[f], row->values.value(f));
        }
        QJsonObject entry{{u"index"_s, row->index},
                          {u"row"_s, row->datasetRow},
                          {u"prediction"_s, row->prediction},
                          {u"margin"_s, row->margin},
                          {u"contributions"_s, contributions},
                          {u"values"_s, rowValues}};
        if (!row->interactions.empty()) {
            QJsonObject interactions;
            for (qsizetype i = 0; i < features.size(); ++i) {
                QJsonObject with;
                for (qsizetype j = 0; j < features.size(); ++j)
                    with.insert(features[j], double(row->interactions[std::size_t(i * features.size() + j)]));
                interactions.insert(features[i], with);
            }
            entry.insert(u"interactions"_s, interactions);
        }
        json.insert(u"rows"_s, QJsonArray{entry});
    }
    return json;
}

Result<Explanation> explainRun(Workspace& workspace, const RunRecord& run, const HeldOutPredictions& predictions,
                               const ExplainOptions& options)
{
    if (predictions.size() == 0)
        return Error::badInput(Text::tr("Run %1 held out no rows: there is nothing to explain.").arg(run.id));
    if (options.row && (*options.row < 0 || std::size_t(*options.row) >= predictions.size()))
        return Error::badInput(Text::tr("--row must be from 0 to %1: the position of a held-out row in predictions.csv.")
                                   .arg(predictions.size() - 1));
    auto config = runConfig(run);
    if (!config)
        return config.error();
    auto plan = prepareTraining(workspace, *config, false); // opens the data with its content hash checked
    if (!plan)
        return plan.error();
    const DataSide& side = plan->validation ? *plan->validation : plan->train;
    for (std::uint32_t row : predictions.rows) {
        if (qint64(row) >= side.snapshot.rows())
            return Error::io(Text::tr("The held-out predictions of run %1 name row %2, but its data have %3 rows.")
                                 .arg(run.id)
                                 .arg(qint64(row) + 1)
                                 .arg(side.snapshot.rows()));
    }
    auto booster = loadRunModel(workspace, run, true);
    if (!booster)
        return booster.error();

    Explanation e;
    e.heldOutRows = qint64(predictions.size());
    for (const FeatureSpec& feature : plan->features)
        e.features << feature.name;
    const std::size_t features = plan->features.size();
    if (plan->task == Task::Multiclass) {
        e.classes = plan->classes;
        if (!options.className.isEmpty()) {
            e.classIndex = int(plan->classes.indexOf(options.className));
            if (e.classIndex < 0)
                return Error::badInput(Text::tr("Run %1 has no class \"%2\". Its classes: %3.")
                                           .arg(run.id)
                                           .arg(options.className, plan->classes.join(u", "_s)));
        }
    } else if (!options.className.isEmpty()) {
        return Error::badInput(Text::tr("--class is for multiclass runs; run %1 has one output.").arg(run.id));
    }

    // Contributions of a set of held-out positions: (rows, groups, features + 1).
    auto explain = [&](const std::vector<std::uint32_t>& positions, bool interactions, std::vector<std::size_t>& shape,
                       std::vector<float>* values) -> Result<std::vector<float>> {
        std::vector<std::uint32_t> rows;
        rows.reserve(positions.size());
        for (std::uint32_t position : positions)
            rows.push_back(predictions.rows[position]);
        xgb::RowBatches batches(side, rows);
        if (values) {
            std::vector<float> labels;
            batches.gatherAll(*values, labels);
        }
        auto matrix = xgb::denseMatrix(batches, plan->features, plan->config.threads);
        if (!matrix)
            return matrix.error();
        return booster->contributions(*matrix, 0, interactions, shape);
    };

    e.sample = samplePositions(predictions.size(), std::size_t(std::max(options.sampleRows, 1)), options.seed);
    std::vector<std::size_t> shape;
    auto all = explain(e.sample, false, shape, &e.values);
    if (!all)
        return all.error();
    if (shape.size() != 3 || shape[0] != e.sample.size() || shape[2] != features + 1 || int(shape[1]) <= e.classIndex)
        return Error::internal(Text::tr("XGBoost returned contributions of an unexpected shape."));
    const std::size_t groups = shape[1];
    e.contributions.resize(e.sample.size() * features);
    e.meanAbsolute.assign(features, 0.0);
    for (std::size_t r = 0; r < e.sample.size(); ++r) {
        const float* values = all->data() + (r * groups + std::size_t(e.classIndex)) * (features + 1);
        std::copy(values, values + features, e.contributions.begin() + std::ptrdiff_t(r * features));
        for (std::size_t f = 0; f < features; ++f)
            e.meanAbsolute[f] += std::abs(double(values[f])) / double(e.sample.size());
        if (r == 0)
            e.baseValue = values[features];
    }

    if (options.row) {
        const std::uint32_t position = std::uint32_t(*options.row);
        std::vector<std::size_t> rowShape;
        std::vector<float> values;
        auto one = explain({position}, false, rowShape, &values);
        if (!one)
            return one.error();
        RowExplanation row;
        row.index = position;
        row.datasetRow = qint64(predictions.rows[position]) + 1;
        const float* contributions = one->data() + std::size_t(e.classIndex) * (features + 1);
        row.contributions.assign(contributions, contributions + features);
        row.margin = std::accumulate(contributions, contributions + features + 1, 0.0);
        row.prediction = predictions.scores[position * predictions.outputs() + (plan->task == Task::Multiclass ? std::size_t(e.classIndex) : 0)];
        for (std::size_t f = 0; f < features; ++f)
            row.values << shown(plan->features[f], values[f]);
        if (options.interactions) {
            auto pairs = explain({position}, true, rowShape, nullptr);
            if (!pairs)
                return pairs.error();
            const std::size_t width = features + 1;
            const float* matrix = pairs->data() + std::size_t(e.classIndex) * width * width;
            for (std::size_t i = 0; i < features; ++i)
                row.interactions.insert(row.interactions.end(), matrix + i * width, matrix + i * width + features);
        }
        e.row = std::move(row);
    }

    if (options.interactions) {
        std::vector<std::uint32_t> fewer = e.sample;
        if (fewer.size() > kInteractionRows) {
            const auto picked = samplePositions(fewer.size(), kInteractionRows, options.seed + 1);
            std::vector<std::uint32_t> subset;
            for (std::uint32_t i : picked)
                subset.push_back(fewer[i]);
            fewer = std::move(subset);
        }
        std::vector<std::size_t> pairShape;
        auto pairs = explain(fewer, true, pairShape, nullptr);
        if (!pairs)
            return pairs.error();
        const std::size_t width = features + 1;
        std::vector<double> strength(features * features, 0.0);
        for (std::size_t r = 0; r < fewer.size(); ++r) {
            const float* matrix = pairs->data() + (r * groups + std::size_t(e.classIndex)) * width * width;
            for (std::size_t i = 0; i < features; ++i)
                for (std::size_t j = 0; j < features; ++j)
                    strength[i * features + j] += std::abs(double(matrix[i * width + j])) / double(fewer.size());
        }
        e.strongestPartner.assign(features, -1);
        e.partnerStrength.assign(features, 0.0);
        for (std::size_t i = 0; i < features; ++i)
            for (std::size_t j = 0; j < features; ++j)
                if (j != i && strength[i * features + j] > e.partnerStrength[i]) {
                    e.partnerStrength[i] = strength[i * features + j];
                    e.strongestPartner[i] = int(j);
                }
    }
    return e;
}

} // namespace grove
