#include "core/evaluate/Slices.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <span>
#include <thread>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Slices)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString edge(double value) { return QString::number(value, 'g', 6); }

// The 2.5 % and 97.5 % points of the resampled values (NaNs, from resamples of one class, left out).
Interval percentileInterval(double value, std::vector<double> resampled)
{
    std::erase_if(resampled, [](double v) { return !std::isfinite(v); });
    if (resampled.empty())
        return {value, kNaN, kNaN};
    std::sort(resampled.begin(), resampled.end());
    auto at = [&](double share) { return resampled[std::size_t(std::lround(share * double(resampled.size() - 1)))]; };
    return {value, at(0.025), at(0.975)};
}

// Weights for the Poisson bootstrap: each row drawn Poisson(1) times. The draws come from a
// counter-based splitmix64 stream keyed by the seed and the replicate, so a replicate's weights
// are the same whichever thread draws them; each 64-bit output gives four draws of 16 bits,
// looked up in a table of the distribution (below). A slice report on 1,000,000 rows draws 400
// million weights: std::poisson_distribution would take tens of seconds.
std::uint64_t splitmix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// Poisson(1) draws from 16 random bits through a table: one load a draw. The few entries whose
// range of 16-bit values holds a step of the distribution (marked kMixed) take 16 more bits and
// compare with the cumulative probabilities at 32 bits, so every probability is exact to 2^-32.
constexpr std::uint8_t kMixed = 0xff;

struct PoissonTable
{
    std::array<std::uint64_t, 10> bounds{}; // P(X <= k) for k = 0..9, scaled to 2^32
    std::array<std::uint8_t, 65536> draw{}; // by the top 16 of 32 bits: the draw, or kMixed

    PoissonTable()
    {
        double term = std::exp(-1.0), cumulative = 0;
        for (std::size_t k = 0; k < bounds.size(); ++k) {
            cumulative += term;
            term /= double(k + 1);
            bounds[k] = std::uint64_t(cumulative * 4294967296.0);
        }
        for (std::uint64_t u = 0; u < draw.size(); ++u) {
            const std::uint8_t low = exact(u << 16), high = exact((u << 16) | 0xffff);
            draw[u] = low == high ? low : kMixed;
        }
    }
    // How many cumulative probabilities a 32-bit value reaches.
    std::uint8_t exact(std::uint64_t value) const
    {
        std::uint8_t k = 0;
        for (std::uint64_t bound : bounds)
            k += value >= bound;
        return k;
    }
};

const PoissonTable& poissonTable()
{
    static const PoissonTable table;
    return table;
}

void poissonWeights(quint64 seed, int replicate, std::span<std::uint8_t> weights)
{
    const PoissonTable& table = poissonTable();
    const std::uint64_t key = splitmix(seed * 0x9e3779b97f4a7c15ull + std::uint64_t(replicate) + 1);
    const std::size_t n = weights.size();
    std::uint64_t counter = key;
    for (std::size_t i = 0; i < n; i += 4) {
        counter += 0x9e3779b97f4a7c15ull;
        const std::uint64_t z = splitmix(counter);
        for (std::size_t j = 0; j < 4 && i + j < n; ++j) {
            const std::uint64_t u = (z >> (16 * j)) & 0xffff;
            std::uint8_t k = table.draw[u];
            if (k == kMixed) [[unlikely]]
                k = table.exact((u << 16) | (splitmix(counter ^ (0xd1b54a32d192ed03ull + j)) & 0xffff));
            weights[i + j] = k;
        }
    }
}

// `count` bootstrap replicates of a statistic over `rows` weighted rows, in replicate order,
// spread over the machine's cores when the work is large enough to pay for a thread.
std::vector<double> bootstrap(int count, std::size_t rows, quint64 seed,
                              const std::function<double(std::span<const std::uint8_t>)>& statistic)
{
    std::vector<double> resampled(std::size_t(std::max(count, 0)));
    auto work = [&](int first, int step) {
        std::vector<std::uint8_t> weights(rows);
        for (int b = first; b < count; b += step) {
            poissonWeights(seed, b, weights);
            resampled[std::size_t(b)] = statistic(weights);
        }
    };
    const int threads = rows * std::size_t(std::max(count, 0)) < 4'000'000
                            ? 1
                            : int(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work, t, threads);
    work(0, threads);
    for (std::thread& helper : helpers)
        helper.join();
    return resampled;
}

// AUC with a weight per row (the Poisson bootstrap), over rows sorted by score, high to low:
// `groupEnds` closes each run of tied scores, which count half. Integer sums per group.
double weightedAuc(std::span<const std::uint8_t> positive, std::span<const std::uint32_t> groupEnds,
                   std::span<const std::uint8_t> weight)
{
    std::int64_t tp = 0, fp = 0;
    double area = 0;
    std::size_t i = 0;
    for (std::uint32_t end : groupEnds) {
        std::int64_t groupTp = 0, groupAll = 0;
        for (; i < end; ++i) {
            groupTp += weight[i] & -positive[i];
            groupAll += weight[i];
        }
        const std::int64_t groupFp = groupAll - groupTp;
        area += double(groupFp) * (double(tp) + double(groupTp) / 2);
        tp += groupTp;
        fp += groupFp;
    }
    return tp > 0 && fp > 0 ? area / (double(tp) * double(fp)) : kNaN;
}

SliceFigures figures(const HeldOutPredictions& p, std::span<const std::uint32_t> rows, const SliceOptions& options,
                     quint64 seed)
{
    SliceFigures f;
    f.rows = std::int64_t(rows.size());
    switch (p.task) {
    case Task::Binary: {
        std::vector<float> scores(rows.size());
        std::vector<std::uint8_t> positive(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            scores[i] = p.scores[rows[i]];
            positive[i] = p.labels[rows[i]] == 1.0f;
        }
        const ThresholdCurve curve = ThresholdCurve::of(scores, positive);
        const Confusion c = curve.at(options.decisions.threshold.value_or(0.5));
        f.accuracy = wilson(c.truePositives + c.trueNegatives, c.rows());
        f.precision = wilson(c.truePositives, c.truePositives + c.falsePositives);
        f.recall = wilson(c.truePositives, c.truePositives + c.falseNegatives);
        // The rows by score, from the curve's sort: each run of tied scores as its positives, then
        // its negatives. Which row is which within a tie does not matter, as every row's weight is
        // drawn alike. Each resample is then one pass of integer sums.
        std::vector<std::uint8_t> sortedPositive(rows.size());
        std::vector<std::uint32_t> groupEnds(curve.cuts());
        for (std::size_t cut = 0, at = 0; cut < curve.cuts(); ++cut) {
            const std::int64_t groupTp = curve.truePositives(cut) - (cut ? curve.truePositives(cut - 1) : 0);
            const std::int64_t groupFp = curve.falsePositives(cut) - (cut ? curve.falsePositives(cut - 1) : 0);
            std::fill_n(sortedPositive.begin() + std::ptrdiff_t(at), groupTp, std::uint8_t(1));
            at += std::size_t(groupTp + groupFp);
            groupEnds[cut] = std::uint32_t(at);
        }
        std::vector<double> resampled;
        if (std::isfinite(curve.auc()))
            resampled = bootstrap(options.bootstrap, rows.size(), seed, [&](std::span<const std::uint8_t> weight) {
                return weightedAuc(sortedPositive, groupEnds, weight);
            });
        f.auc = percentileInterval(curve.auc(), std::move(resampled));
        break;
    }
    case Task::Multiclass: {
        const std::size_t k = p.outputs();
        std::int64_t correct = 0;
        for (std::uint32_t row : rows) {
            const float* s = p.scores.data() + std::size_t(row) * k;
            correct += float(std::max_element(s, s + k) - s) == p.labels[row];
        }
        f.accuracy = wilson(correct, std::int64_t(rows.size()));
        break;
    }
    case Task::Regression: {
        std::vector<double> squared(rows.size());
        double sum = 0, absolute = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const double residual = double(p.scores[rows[i]]) - double(p.labels[rows[i]]);
            squared[i] = residual * residual;
            sum += squared[i];
            absolute += std::abs(residual);
        }
        const double rmse = rows.empty() ? kNaN : std::sqrt(sum / double(rows.size()));
        std::vector<double> resampled;
        if (!rows.empty())
            resampled = bootstrap(options.bootstrap, rows.size(), seed, [&](std::span<const std::uint8_t> weight) {
                double weighted = 0;
                std::int64_t total = 0;
                for (std::size_t i = 0; i < weight.size(); ++i) {
                    weighted += weight[i] * squared[i];
                    total += weight[i];
                }
                return total > 0 ? std::sqrt(weighted / double(total)) : kNaN;
            });
        f.rmse = percentileInterval(rmse, std::move(resampled));
        f.mae = rows.empty() ? kNaN : absolute / double(rows.size());
        break;
    }
    }
    return f;
}


QJsonObject intervalJson(const Interval& i)
{
    return {{u"value"_s, jsonNumber(i.value)}, {u"low"_s, jsonNumber(i.low)}, {u"high"_s, jsonNumber(i.high)}};
}

QJsonObject figuresJson(const SliceFigures& f)
{
    QJsonObject metrics;
    const std::pair<const char*, const std::optional<Interval>*> intervals[] = {
        {"auc", &f.auc}, {"accuracy", &f.accuracy}, {"precision", &f.precision}, {"recall", &f.recall}, {"rmse", &f.rmse}};
    for (const auto& [name, interval] : intervals) {
        if (*interval)
            metrics.insert(QString::fromLatin1(name), intervalJson(**interval));
    }
    if (f.mae)
        metrics.insert(u"mae"_s, jsonNumber(*f.mae));
    return {{u"slice"_s, f.name}, {u"rows"_s, qint64(f.rows)}, {u"metrics"_s, metrics}, {u"worse"_s, f.worse}};
}

} // namespace

Interval wilson(std::int64_t successes, std::int64_t trials)
{
    if (trials <= 0)
        return {kNaN, kNaN, kNaN};
    constexpr double z = 1.959963984540054;
    const double n = double(trials), p = double(successes) / n;
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
    return {p, std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

SliceKeys numericSlices(const QString& column, std::span<const float> values, int bins)
{
    SliceKeys keys;
    keys.column = column;
    std::vector<float> present;
    for (float v : values) {
        if (!std::isnan(v))
            present.push_back(v);
    }
    std::sort(present.begin(), present.end());
    // Cuts at the quantiles; a cut equal to the smallest value or to the previous cut is dropped.
    std::vector<float> cuts;
    for (int i = 1; i < bins && !present.empty(); ++i) {
        float cut = present[std::size_t(double(i) / bins * double(present.size() - 1) + 0.5)];
        if (cut <= present.front()) { // most rows share the smallest value: cut just above it
            const auto above = std::upper_bound(present.begin(), present.end(), present.front());
            if (above == present.end())
                continue;
            cut = *above;
        }
        if (cuts.empty() || cut > cuts.back())
            cuts.push_back(cut);
    }
    if (!present.empty()) {
        if (cuts.empty()) {
            keys.names << Text::tr("all %1").arg(edge(present.front()));
        } else {
            keys.names << u"< %1"_s.arg(edge(cuts.front()));
            for (std::size_t i = 1; i < cuts.size(); ++i)
                keys.names << u"[%1, %2)"_s.arg(edge(cuts[i - 1]), edge(cuts[i]));
            keys.names << u"≥ %1"_s.arg(edge(cuts.back()));
        }
    }
    const bool anyMissing = present.size() < values.size();
    if (anyMissing)
        keys.names << Text::tr("(missing)");
    keys.slice.reserve(values.size());
    for (float v : values)
        keys.slice.push_back(std::isnan(v) ? int(keys.names.size()) - 1
                                           : int(std::upper_bound(cuts.begin(), cuts.end(), v) - cuts.begin()));
    return keys;
}

SliceKeys categoricalSlices(const QString& column, std::span<const std::optional<QString>> categories, int maxSlices)
{
    SliceKeys keys;
    keys.column = column;
    QHash<QString, qint64> counts;
    bool anyMissing = false;
    for (const auto& category : categories) {
        if (category)
            counts[*category] += 1;
        else
            anyMissing = true;
    }
    keys.distinct = counts.size();
    QStringList byCount = counts.keys();
    std::sort(byCount.begin(), byCount.end(), [&](const QString& a, const QString& b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    maxSlices = std::max(maxSlices, 2);
    keys.grouped = byCount.size() > maxSlices;
    if (keys.grouped)
        byCount = byCount.mid(0, maxSlices - 1);
    QHash<QString, int> index;
    for (const QString& name : byCount) {
        index.insert(name, int(keys.names.size()));
        keys.names << name;
    }
    const int other = keys.grouped ? int(keys.names.size()) : -1;
    if (keys.grouped)
        keys.names << Text::tr("other (%n categories)", nullptr, int(keys.distinct - byCount.size()));
    const int missing = anyMissing ? int(keys.names.size()) : -1;
    if (anyMissing)
        keys.names << Text::tr("(missing)");
    keys.slice.reserve(categories.size());
    for (const auto& category : categories)
        keys.slice.push_back(!category ? missing : index.value(*category, other));
    return keys;
}

SliceReport evaluateSlices(const HeldOutPredictions& predictions, const SliceKeys& keys, const SliceOptions& options)
{
    SliceReport report;
    report.keys = keys;
    report.margin = options.margin;
    report.keyFigure = predictions.task == Task::Binary ? u"auc"_s : predictions.task == Task::Multiclass ? u"accuracy"_s : u"rmse"_s;
    std::vector<std::uint32_t> all(predictions.size());
    std::iota(all.begin(), all.end(), 0u);
    report.whole = figures(predictions, all, options, options.seed);
    report.whole.name = Text::tr("all rows");
    std::vector<std::vector<std::uint32_t>> members(std::size_t(keys.names.size()));
    for (std::size_t row = 0; row < keys.slice.size() && row < predictions.size(); ++row) {
        if (keys.slice[row] >= 0 && keys.slice[row] < keys.names.size())
            members[std::size_t(keys.slice[row])].push_back(std::uint32_t(row));
    }
    for (std::size_t s = 0; s < members.size(); ++s) {
        SliceFigures f = figures(predictions, members[s], options, options.seed + s + 1);
        f.name = keys.names[qsizetype(s)];
        if (predictions.task == Task::Binary && f.auc && report.whole.auc)
            f.worse = f.auc->value < report.whole.auc->value - options.margin;
        else if (predictions.task == Task::Multiclass && f.accuracy && report.whole.accuracy)
            f.worse = f.accuracy->value < report.whole.accuracy->value - options.margin;
        else if (predictions.task == Task::Regression && f.rmse && report.whole.rmse)
            f.worse = f.rmse->value > report.whole.rmse->value * (1 + options.margin);
        report.slices.push_back(std::move(f));
    }
    return report;
}

QJsonObject SliceReport::toJson() const
{
    QJsonArray list;
    for (const SliceFigures& f : slices)
        list.append(figuresJson(f));
    return {{u"column"_s, keys.column},
            {u"key_figure"_s, keyFigure},
            {u"margin"_s, margin},
            {u"all"_s, figuresJson(whole)},
            {u"slices"_s, list},
            {u"grouped_as_other"_s, keys.grouped}};
}

} // namespace grove
