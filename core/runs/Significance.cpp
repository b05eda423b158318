#include "core/runs/Significance.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Significance)
};

// The continued fraction of the incomplete beta function (modified Lentz).
double betaFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300, epsilon = 1e-15;
    double c = 1, d = 1 - (a + b) * x / (a + 1);
    if (std::abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 1000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        d = std::abs(d) < tiny ? 1 / tiny : 1 / d;
        c = 1 + aa / c;
        if (std::abs(c) < tiny)
            c = tiny;
        h *= d * c;
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        d = std::abs(d) < tiny ? 1 / tiny : 1 / d;
        c = 1 + aa / c;
        if (std::abs(c) < tiny)
            c = tiny;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1) < epsilon)
            break;
    }
    return h;
}

// The regularized incomplete beta function I_x(a, b).
double incompleteBeta(double a, double b, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x));
    if (x < (a + 1) / (a + b + 2))
        return front * betaFraction(a, b, x) / a;
    return 1 - front * betaFraction(b, a, 1 - x) / b;
}

// The series of `metric` on `split` for `fold`, or null.
const StoredSeries* seriesOf(const std::vector<StoredSeries>& history, const QString& split, const QString& metric, int fold)
{
    for (const StoredSeries& s : history) {
        if (s.split == split && s.metric == metric && s.fold == fold)
            return &s;
    }
    return nullptr;
}

} // namespace

double studentTwoSidedP(double t, double df)
{
    if (std::isnan(t) || !(df > 0))
        return std::nan("");
    if (std::isinf(t))
        return 0;
    return incompleteBeta(df / 2, 0.5, df / (df + t * t));
}

double studentQuantile(double p, double df)
{
    if (!(p > 0 && p < 1) || !(df > 0))
        return std::nan("");
    // P(T <= q) is increasing in q: bisection on the two-sided tail.
    auto cdf = [&](double q) {
        const double tail = studentTwoSidedP(q, df) / 2;
        return q >= 0 ? 1 - tail : tail;
    };
    double low = -1e6, high = 1e6;
    for (int i = 0; i < 200; ++i) {
        const double mid = (low + high) / 2;
        (cdf(mid) < p ? low : high) = mid;
    }
    return (low + high) / 2;
}

namespace {

// A run's figures on each split for one fold (-1: the whole training), at its last round or,
// with early stopping, at the round where its watched metric on the validation data was best.
Result<QJsonObject> figuresOf(const RunRecord& run, const std::vector<StoredSeries>& history, int fold)
{
    const RunConfig& config = run.setup.config;
    const QString watched = config.metrics.isEmpty() ? QString() : config.metrics.last();
    int round = -1;
    bool any = false;
    for (const StoredSeries& s : history) {
        if (s.fold == fold && !s.values.empty()) {
            any = true;
            round = std::max(round, int(s.values.size()) - 1);
        }
    }
    if (!any) {
        if (fold < 0)
            return Error::badInput(Text::tr("Run %1 has no curves.").arg(run.id));
        return Error::badInput(Text::tr("Run %1 has no curves for fold %2.").arg(run.id).arg(fold + 1));
    }
    if (config.earlyStoppingRounds > 0) {
        if (const StoredSeries* s = seriesOf(history, u"valid"_s, watched, fold)) {
            const bool maximize = metricIsMaximized(watched);
            double best = maximize ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
            for (std::size_t r = 0; r < s->values.size(); ++r) {
                if (maximize ? s->values[r] > best : s->values[r] < best) {
                    best = s->values[r];
                    round = int(r);
                }
            }
        }
    }
    QJsonObject figures;
    for (const StoredSeries& s : history) {
        if (s.fold != fold || std::size_t(round) >= s.values.size() || !std::isfinite(s.values[std::size_t(round)]))
            continue;
        QJsonObject split = figures.value(s.split).toObject();
        split.insert(s.metric, s.values[std::size_t(round)]);
        figures.insert(s.split, split);
    }
    return figures;
}

} // namespace

Result<std::vector<QJsonObject>> foldMetrics(const RunRecord& run, const std::vector<StoredSeries>& history)
{
    const RunConfig& config = run.setup.config;
    if (config.validation.kind != ValidationKind::KFold)
        return Error::badInput(Text::tr("Run %1 was not cross-validated: it has no folds.").arg(run.id));
    std::vector<QJsonObject> perFold;
    for (int fold = 0; fold < config.validation.folds; ++fold) {
        auto figures = figuresOf(run, history, fold);
        if (!figures)
            return figures.error();
        perFold.push_back(*figures);
    }
    return perFold;
}

Result<QJsonObject> holdoutMetrics(const RunRecord& run, const std::vector<StoredSeries>& history)
{
    if (run.setup.config.validation.kind != ValidationKind::Holdout)
        return Error::badInput(Text::tr("Run %1 was not validated on held-out rows.").arg(run.id));
    return figuresOf(run, history, -1);
}

PairedTest correctedPairedTTest(const std::vector<double>& baseline, const std::vector<double>& other, double alpha,
                                bool largerIsBetter)
{
    // Each fold trains on k - 1 parts and tests on 1: the test/train ratio is 1 / (k - 1).
    const std::size_t k = std::min(baseline.size(), other.size());
    return correctedResampledTTest(baseline, other, k > 1 ? 1.0 / double(k - 1) : 0.0, alpha, largerIsBetter);
}

PairedTest correctedResampledTTest(const std::vector<double>& baseline, const std::vector<double>& other,
                                   double testTrainRatio, double alpha, bool largerIsBetter)
{
    PairedTest test;
    const std::size_t n = std::min(baseline.size(), other.size());
    test.folds = int(n);
    if (n < 2) {
        test.meanDifference = test.low = test.high = test.t = std::nan("");
        test.verdict = u"tie"_s;
        return test;
    }
    std::vector<double> d(n);
    for (std::size_t j = 0; j < n; ++j)
        d[j] = other[j] - baseline[j];
    const double mean = std::accumulate(d.begin(), d.end(), 0.0) / double(n);
    double variance = 0;
    for (double v : d)
        variance += (v - mean) * (v - mean);
    variance /= double(n - 1);
    const double scale = std::sqrt((1.0 / double(n) + testTrainRatio) * variance);
    const double df = double(n - 1);
    test.meanDifference = mean;
    if (scale > 0) {
        test.t = mean / scale;
        test.pValue = studentTwoSidedP(test.t, df);
        const double q = studentQuantile(1 - alpha / 2, df);
        test.low = mean - q * scale;
        test.high = mean + q * scale;
    } else {
        test.t = mean == 0 ? 0 : std::copysign(std::numeric_limits<double>::infinity(), mean);
        test.pValue = mean == 0 ? 1 : 0;
        test.low = test.high = mean;
    }
    if (test.pValue < alpha && mean != 0)
        test.verdict = (mean > 0) == largerIsBetter ? u"better"_s : u"worse"_s;
    else
        test.verdict = u"tie"_s;
    return test;
}

QJsonObject PairedTest::toJson() const
{
    auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    return {{u"mean_difference"_s, number(meanDifference)},
            {u"low"_s, number(low)},
            {u"high"_s, number(high)},
            {u"t"_s, number(t)},
            {u"p_value"_s, number(pValue)},
            {u"folds"_s, folds},
            {u"verdict"_s, verdict}};
}

QString sameFoldsProblem(const RunRecord& baseline, const RunRecord& other)
{
    const RunConfig& a = baseline.setup.config;
    const RunConfig& b = other.setup.config;
    if (a.validation.kind != ValidationKind::KFold || b.validation.kind != ValidationKind::KFold)
        return Text::tr("runs %1 and %2 are not both cross-validated: the test compares their figures fold by fold")
            .arg(baseline.id)
            .arg(other.id);
    QStringList differ;
    if (baseline.setup.data.dataset.contentHash != other.setup.data.dataset.contentHash)
        differ << Text::tr("the dataset snapshot");
    if (a.validation.seed != b.validation.seed)
        differ << Text::tr("the split seed (%1 and %2)").arg(a.validation.seed).arg(b.validation.seed);
    if (a.validation.folds != b.validation.folds)
        differ << Text::tr("the number of folds (%1 and %2)").arg(a.validation.folds).arg(b.validation.folds);
    if (differ.isEmpty())
        return {};
    return Text::tr("runs %1 and %2 were not evaluated on the same folds: %3 differ")
        .arg(baseline.id)
        .arg(other.id)
        .arg(differ.join(u", "_s));
}

Result<QJsonObject> significanceAgainst(RunStore& store, const RunRecord& baseline, const QList<RunRecord>& others,
                                        double alpha)
{
    if (!(alpha > 0 && alpha < 1))
        return Error::badInput(Text::tr("--alpha must be between 0 and 1, such as 0.05."));
    auto baseHistory = store.history(baseline.id);
    if (!baseHistory)
        return baseHistory.error();
    auto baseFolds = foldMetrics(baseline, *baseHistory);
    if (!baseFolds)
        return baseFolds.error();
    QJsonObject runs;
    int wins = 0, ties = 0, losses = 0;
    for (const RunRecord& other : others) {
        if (other.id == baseline.id)
            continue;
        if (const QString problem = sameFoldsProblem(baseline, other); !problem.isEmpty())
            return Error::badInput(Text::tr("No significance test against run %1: %2.").arg(baseline.id).arg(problem));
        auto history = store.history(other.id);
        if (!history)
            return history.error();
        auto otherFolds = foldMetrics(other, *history);
        if (!otherFolds)
            return otherFolds.error();
        QJsonObject tests;
        const QJsonObject names = baseFolds->front().value(u"valid"_s).toObject();
        for (auto it = names.begin(); it != names.end(); ++it) {
            std::vector<double> a, b;
            for (std::size_t f = 0; f < baseFolds->size() && f < otherFolds->size(); ++f) {
                const QJsonValue x = (*baseFolds)[f].value(u"valid"_s).toObject().value(it.key());
                const QJsonValue y = (*otherFolds)[f].value(u"valid"_s).toObject().value(it.key());
                if (x.isDouble() && y.isDouble()) {
                    a.push_back(x.toDouble());
                    b.push_back(y.toDouble());
                }
            }
            if (a.size() != baseFolds->size())
                continue; // a metric the other run does not have on every fold
            const PairedTest test = correctedPairedTTest(a, b, alpha, metricIsMaximized(it.key()));
            tests.insert(u"valid."_s + it.key(), test.toJson());
            (test.verdict == u"better"_s ? wins : test.verdict == u"worse"_s ? losses : ties) += 1;
        }
        runs.insert(QString::number(other.id), tests);
    }
    return QJsonObject{{u"baseline"_s, baseline.id}, {u"alpha"_s, alpha}, {u"runs"_s, runs},
                       {u"wins"_s, wins},         {u"ties"_s, ties},   {u"losses"_s, losses}};
}

} // namespace grove
