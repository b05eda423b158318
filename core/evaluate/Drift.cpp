#include "core/evaluate/Drift.h"

#include "core/evaluate/DriftDetail.h"
#include "core/evaluate/Evaluation.h"
#include "core/evaluate/Kolmogorov.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <iterator>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Drift)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QJsonObject distributionJson(const DistributionDrift& d)
{
    QJsonArray shares;
    for (double share : d.shares)
        shares.append(share);
    return {{u"rows"_s, qint64(d.rows)},
            {u"psi"_s, jsonNumber(d.psi)},
            {u"ks"_s, jsonNumber(d.ks)},
            {u"ks_pvalue"_s, jsonNumber(d.ksPValue)},
            {u"shares"_s, shares}};
}

// D between the reference's sorted sample and the new values, from how many new values fall on
// and between the reference's distinct values: the largest distance is always reached at a
// reference value or just below one, where SciPy evaluates it too, with the same divisions.
double ksStatistic(std::span<const double> sample, std::span<const double> distinct,
                   std::span<const std::int64_t> between, std::span<const std::int64_t> equal, std::int64_t present)
{
    const double n1 = double(sample.size()), n2 = double(present);
    double highest = 0, lowest = 0;
    std::int64_t newUpTo = 0;       // new values at or below the previous distinct value
    std::size_t referenceUpTo = 0;  // reference values at or below the previous distinct value
    for (std::size_t j = 0; j < distinct.size(); ++j) {
        if (between[j] > 0) { // new values just below distinct[j]
            newUpTo += between[j];
            const double difference = double(referenceUpTo) / n1 - double(newUpTo) / n2;
            highest = std::max(highest, difference);
            lowest = std::min(lowest, difference);
        }
        newUpTo += equal[j];
        referenceUpTo = std::size_t(std::upper_bound(sample.begin(), sample.end(), distinct[j]) - sample.begin());
        const double difference = double(referenceUpTo) / n1 - double(newUpTo) / n2;
        highest = std::max(highest, difference);
        lowest = std::min(lowest, difference);
    }
    return std::max(highest, std::clamp(-lowest, 0.0, 1.0));
}

// How many of the sorted `values` are at most x: std::upper_bound without branches, which the
// processor does not mispredict; it halves the time of the drift of a million rows.
std::size_t countAtMost(std::span<const double> values, double x)
{
    if (values.empty())
        return 0;
    const double* base = values.data();
    for (std::size_t n = values.size(); n > 1;) {
        const std::size_t half = n / 2;
        base = base[half] <= x ? base + half : base;
        n -= half;
    }
    return std::size_t(base - values.data()) + (*base <= x ? 1 : 0);
}

FeatureDrift categoricalDrift(const FeatureReference& reference, const DriftColumn& column)
{
    FeatureDrift drift;
    QHash<QString, std::size_t> bucketOf;
    for (std::size_t i = 0; i < reference.categories.size(); ++i)
        bucketOf.insert(reference.categories[i].value, i);
    const std::size_t other = reference.categories.size();
    const auto codes = std::size_t(column.categories.size());
    std::vector<std::int64_t> perCode(codes, 0);
    std::int64_t present = 0;
    for (std::span<const std::uint32_t> run : column.codesInRuns()) {
        for (std::uint32_t code : run) {
            if (code < codes) {
                ++perCode[code];
                ++present;
            }
        }
    }
    std::vector<double> expected, actual(other + 1, 0.0);
    for (const CategoryShare& c : reference.categories)
        expected.push_back(c.share);
    expected.push_back(reference.otherShare);
    for (std::size_t code = 0; code < codes; ++code) {
        if (perCode[code] == 0)
            continue;
        const QString& value = column.categories[qsizetype(code)];
        const auto it = bucketOf.constFind(value);
        actual[it == bucketOf.constEnd() ? other : it.value()] += double(perCode[code]);
        if (it == bucketOf.constEnd()) {
            drift.unseen.push_back({value, perCode[code]});
            drift.unseenRows += perCode[code];
        }
    }
    std::sort(drift.unseen.begin(), drift.unseen.end(), [](const UnseenCategory& a, const UnseenCategory& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    if (drift.unseen.size() > FeatureDrift::kMaxUnseenListed)
        drift.unseen.resize(FeatureDrift::kMaxUnseenListed);
    drift.distribution.rows = present;
    drift.distribution.ks = drift.distribution.ksPValue = kNaN;
    const bool referenceEmpty = reference.categories.empty() && reference.otherShare == 0;
    if (present == 0 || referenceEmpty) {
        drift.distribution.psi = kNaN;
        return drift;
    }
    for (double& a : actual)
        a /= double(present);
    drift.distribution.psi = populationStabilityIndex(expected, actual);
    drift.distribution.shares = std::move(actual);
    return drift;
}

} // namespace

double populationStabilityIndex(std::span<const double> referenceShares, std::span<const double> currentShares)
{
    double psi = 0;
    for (std::size_t i = 0; i < referenceShares.size() && i < currentShares.size(); ++i) {
        const double e = std::max(referenceShares[i], kPsiEpsilon), a = std::max(currentShares[i], kPsiEpsilon);
        psi += (a - e) * std::log(a / e);
    }
    return psi;
}

namespace {

// countAtMost() over sorted values through a table of where each of evenly spaced cells of
// their range starts, so that a search looks at the few values of one cell instead of all of
// them: a million new values per feature then cost a table look-up each, without branches the
// processor mispredicts while a cell holds at most two values. Exact whatever the rounding: the
// cell of a value never decreases as the value grows, so every value of an earlier cell is
// below x and every value of a later one above it.
class SortedLookup
{
public:
    explicit SortedLookup(std::span<const double> values)
        : m_values(values.begin(), values.end())
    {
        if (values.empty())
            return;
        m_low = values.front();
        m_cells = std::min<std::size_t>(std::size_t(1) << 18, 4 * values.size());
        const double scale = double(m_cells) / (values.back() - values.front());
        m_scale = std::isfinite(scale) ? scale : 0; // one value, or a range too narrow to divide
        m_start.assign(m_cells + 1, 0);
        for (double v : values)
            ++m_start[cellOf(v) + 1];
        for (std::size_t g = 1; g <= m_cells; ++g)
            m_start[g] += m_start[g - 1];
        // Two values past the end that no x reaches, so that two may always be read.
        m_values.resize(values.size() + 2, std::numeric_limits<double>::infinity());
    }

    std::size_t countAtMost(double x) const
    {
        if (m_cells == 0)
            return 0;
        const std::size_t g = cellOf(x);
        const std::size_t first = m_start[g], count = m_start[g + 1] - first;
        if (count > 2) [[unlikely]]
            return first + grove::countAtMost(std::span(m_values).subspan(first, count), x);
        return first + std::size_t((count > 0) & (m_values[first] <= x)) +
               std::size_t((count > 1) & (m_values[first + 1] <= x));
    }

    // Whether x is the value at `above - 1` (above: countAtMost(x)).
    bool equalsPrevious(std::size_t above, double x) const
    {
        return above > 0 && m_values[above - (above > 0)] == x;
    }

private:
    std::size_t cellOf(double x) const
    {
        const double at = (x - m_low) * m_scale;
        return !(at > 0) ? 0 : at >= double(m_cells) ? m_cells - 1 : std::size_t(at); // NaN: the first

    }

    std::vector<double> m_values;
    double m_low = 0, m_scale = 0;
    std::size_t m_cells = 0;
    std::vector<std::uint32_t> m_start; // values in the cells before g
};

DistributionDrift numericDriftOfRuns(const NumericReference& reference, std::span<const std::span<const float>> runs)
{
    DistributionDrift drift;
    const std::vector<double>& sample = reference.sample;
    std::vector<double> distinct;
    distinct.reserve(sample.size());
    for (double v : sample) {
        if (distinct.empty() || v != distinct.back())
            distinct.push_back(v);
    }
    // The new values are counted once, on and between the points where either a bin or the
    // reference's sample changes (its distinct values and the bin edges together); the bins and
    // the KS counts are then read off those points.
    std::vector<double> points;
    points.reserve(distinct.size() + reference.edges.size());
    std::set_union(distinct.begin(), distinct.end(), reference.edges.begin(), reference.edges.end(),
                   std::back_inserter(points));
    points.erase(std::unique(points.begin(), points.end()), points.end());
    const SortedLookup lookup(points);
    // tally[2j]: values just below points[j] (above points[j - 1]); tally[2j + 1]: values equal
    // to points[j]; the last slot: values that are missing. The slots of a block of values are
    // found first and counted after, so that the look-ups of different values overlap instead
    // of each waiting for the previous count.
    std::vector<std::int64_t> tally(2 * points.size() + 2, 0);
    const std::size_t missingSlot = tally.size() - 1;
    std::array<std::uint32_t, 512> slotOfValue;
    std::int64_t values = 0;
    for (std::span<const float> run : runs) {
        values += std::int64_t(run.size());
        for (std::size_t start = 0; start < run.size(); start += slotOfValue.size()) {
            const std::size_t count = std::min(slotOfValue.size(), run.size() - start);
            for (std::size_t i = 0; i < count; ++i) {
                const float value = run[start + i];
                const bool present = !std::isnan(value);
                const double x = present ? drift_detail::countedValue(value) : 0.0;
                const std::size_t above = lookup.countAtMost(x);
                const bool onPrevious = lookup.equalsPrevious(above, x);
                slotOfValue[i] = std::uint32_t(present ? 2 * above - std::size_t(onPrevious) : missingSlot);
            }
            for (std::size_t i = 0; i < count; ++i)
                ++tally[slotOfValue[i]];
        }
    }
    const std::int64_t present = values - tally[missingSlot];
    std::vector<std::int64_t> bins(reference.edges.size() + 1, 0);
    std::vector<std::int64_t> between(distinct.size() + 1, 0), equal(distinct.size(), 0);
    const std::span<const double> edges = reference.edges;
    for (std::size_t j = 0; j <= points.size(); ++j) {
        // Values just below points[j] (above points[j - 1]): as many edges and distinct values
        // lie below them as lie at or below points[j - 1].
        const double previous = j > 0 ? points[j - 1] : -std::numeric_limits<double>::infinity();
        if (const std::int64_t below = tally[2 * j]; below > 0) {
            bins[countAtMost(edges, previous)] += below;
            between[countAtMost(distinct, previous)] += below;
        }
        if (j == points.size() || tally[2 * j + 1] == 0)
            continue;
        const std::int64_t on = tally[2 * j + 1];
        const double x = points[j];
        bins[std::size_t(std::lower_bound(edges.begin(), edges.end(), x) - edges.begin())] += on;
        const std::size_t atMost = countAtMost(distinct, x);
        if (atMost > 0 && distinct[atMost - 1] == x)
            equal[atMost - 1] += on;
        else
            between[atMost] += on;
    }
    drift.rows = present;
    if (present == 0 || sample.empty()) {
        drift.psi = drift.ks = drift.ksPValue = kNaN;
        return drift;
    }
    std::vector<double> shares;
    shares.reserve(bins.size());
    for (std::int64_t count : bins)
        shares.push_back(double(count) / double(present));
    drift.psi = populationStabilityIndex(reference.shares, shares);
    drift.ks = ksStatistic(sample, distinct, between, equal, present);
    drift.ksPValue = ksTwoSamplePValue(std::int64_t(sample.size()), present, drift.ks);
    drift.shares = std::move(shares);
    return drift;
}

} // namespace

DistributionDrift numericDrift(const NumericReference& reference, std::span<const float> values)
{
    const std::span<const float> runs[] = {values};
    return numericDriftOfRuns(reference, runs);
}

Result<DriftReport> computeDrift(const ReferenceProfile& reference, std::span<const DriftColumn> current,
                                 std::span<const float> scores, const DriftOptions& options)
{
    std::vector<const DriftColumn*> columns;
    for (const FeatureReference& feature : reference.features) {
        const auto it = std::find_if(current.begin(), current.end(),
                                     [&feature](const DriftColumn& c) { return c.name == feature.name; });
        if (it == current.end())
            return Error::badInput(Text::tr("The new data have no column \"%1\", a feature of the reference.").arg(feature.name));
        if (it->categorical != feature.categorical)
            return Error::badInput(feature.categorical
                                       ? Text::tr("The column \"%1\" holds numbers, but the reference has categories.").arg(feature.name)
                                       : Text::tr("The column \"%1\" holds categories, but the reference has numbers.").arg(feature.name));
        columns.push_back(&*it);
    }
    DriftReport report;
    report.psiThreshold = options.psiThreshold;
    report.missingThreshold = options.missingThreshold;
    report.features.resize(columns.size());
    const bool scored = !reference.prediction.empty() && !scores.empty();
    DistributionDrift prediction;
    drift_detail::forEachIndex(columns.size() + (scored ? 1 : 0), [&](std::size_t i) {
        if (i == columns.size()) {
            prediction = numericDrift(reference.prediction, scores);
            return;
        }
        const FeatureReference& feature = reference.features[i];
        const DriftColumn& column = *columns[i];
        FeatureDrift drift = feature.categorical ? categoricalDrift(feature, column) : FeatureDrift{};
        if (!feature.categorical)
            drift.distribution = numericDriftOfRuns(feature.numeric, column.numbersInRuns());
        drift.name = feature.name;
        drift.categorical = feature.categorical;
        drift.rows = std::int64_t(column.rows());
        drift.missingRate = drift.rows ? double(drift.rows - drift.distribution.rows) / double(drift.rows) : 0;
        drift.missingRateChange = drift.rows ? drift.missingRate - feature.missingRate : kNaN;
        report.features[i] = std::move(drift);
    });
    for (FeatureDrift& f : report.features) {
        f.psiAlert = f.distribution.psi > options.psiThreshold;
        // Rates are ratios of counts: a change of exactly the threshold (0.8 - 0.7) is no alert,
        // whatever the rounding of its difference. Never for NaN.
        f.missingAlert = std::abs(f.missingRateChange) > options.missingThreshold + 1e-12;
        f.alert = f.psiAlert || f.missingAlert;
        report.alert = report.alert || f.alert;
    }
    if (scored) {
        report.prediction = prediction;
        report.alert = report.alert || prediction.psi > options.psiThreshold;
    }
    return report;
}

QStringList DriftReport::namesWith(bool FeatureDrift::*alert) const
{
    QStringList names;
    for (const FeatureDrift& f : features) {
        if (f.*alert)
            names << f.name;
    }
    return names;
}

QJsonObject DriftReport::toJson() const
{
    QJsonArray list;
    for (const FeatureDrift& f : features) {
        QJsonObject json = distributionJson(f.distribution);
        json.insert(u"name"_s, f.name);
        json.insert(u"kind"_s, f.categorical ? u"categorical"_s : u"numeric"_s);
        json.insert(u"rows"_s, qint64(f.rows));
        json.insert(u"missing_rate"_s, jsonNumber(f.missingRate));
        json.insert(u"missing_rate_change"_s, jsonNumber(f.missingRateChange));
        json.insert(u"alert"_s, f.alert);
        json.insert(u"psi_alert"_s, f.psiAlert);
        json.insert(u"missing_alert"_s, f.missingAlert);
        if (f.categorical) {
            QJsonArray unseen;
            for (const UnseenCategory& c : f.unseen)
                unseen.append(QJsonObject{{u"value"_s, c.value}, {u"count"_s, qint64(c.count)}});
            json.insert(u"unseen_rows"_s, qint64(f.unseenRows));
            json.insert(u"unseen_categories"_s, unseen);
        }
        list.append(json);
    }
    return {{u"features"_s, list},
            {u"prediction"_s, prediction ? QJsonValue(distributionJson(*prediction)) : QJsonValue()},
            {u"psi_threshold"_s, psiThreshold},
            {u"missing_threshold"_s, missingThreshold},
            {u"psi_epsilon"_s, kPsiEpsilon},
            {u"alert"_s, alert}};
}

} // namespace grove
