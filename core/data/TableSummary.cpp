#include "core/data/TableSummary.h"

#include "core/common/Sha256.h"
#include "core/data/NumberParser.h"
#include "core/data/TypeInference.h"

#include <QThread>

#include <algorithm>
#include <array>
#include <limits>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>
#include <numeric>
#include <thread>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr int kTopValues = 10;
constexpr int kMinBins = 10;
constexpr int kMaxBins = 60;
constexpr int kMaxIntegerBins = 60;

// Maps float bits to unsigned keys whose order is the numeric order (NaN excluded).
// Branch-free: the sign of real data is unpredictable, and a branch here costs more than the
// rest of the per-value work.
inline std::uint32_t orderKey(float value)
{
    const auto bits = std::bit_cast<std::uint32_t>(value + 0.0f); // -0 becomes +0
    const std::uint32_t mask = std::uint32_t(std::int32_t(bits) >> 31) | 0x80000000u;
    return bits ^ mask;
}

inline float fromOrderKey(std::uint32_t key)
{
    const std::uint32_t bits = (key & 0x80000000u) ? (key & 0x7FFFFFFFu) : ~key;
    return std::bit_cast<float>(bits);
}

inline std::uint32_t mixBits(std::uint32_t x)
{
    // A 32-bit finalizer (murmur3's): every input bit affects every output bit.
    x ^= x >> 16;
    x *= 0x85ebca6bu;
    x ^= x >> 13;
    x *= 0xc2b2ae35u;
    x ^= x >> 16;
    return x;
}

// Counts distinct keys exactly up to kExactLimit, and estimates beyond with HyperLogLog
// (2^14 registers, about 0.8 % standard error). The registers exist only once the exact set
// overflows; the keys seen so far are then replayed into them, which gives the same registers
// as having added every value from the start.
class DistinctCounter
{
public:
    static constexpr std::size_t kExactLimit = 65536;

    // The exact table never needs more than twice the number of values (a 50-row column of a
    // 20,000-column file should not clear half a megabyte).
    explicit DistinctCounter(qint64 values)
        : m_slots(std::bit_ceil(std::size_t(std::clamp<qint64>(2 * values, 16, 2 * qint64(kExactLimit)))), kEmpty)
    {
    }

    void add(std::uint32_t key)
    {
        if (!m_registers.empty()) {
            addToRegisters(key);
            return;
        }
        // Open addressing on the key itself (a key equal to kEmpty is tracked apart).
        if (key == kEmpty) {
            if (!m_sawEmptyKey) {
                m_sawEmptyKey = true;
                ++m_exactCount;
            }
            return;
        }
        std::size_t slot = mixBits(key) & (m_slots.size() - 1);
        while (m_slots[slot] != kEmpty) {
            if (m_slots[slot] == key)
                return;
            slot = (slot + 1) & (m_slots.size() - 1);
        }
        m_slots[slot] = key;
        if (++m_exactCount > kExactLimit)
            switchToEstimate();
    }

    bool exact() const { return m_registers.empty(); }

    qint64 count() const
    {
        if (exact())
            return qint64(m_exactCount);
        double sum = 0;
        int zeros = 0;
        for (std::uint8_t r : m_registers) {
            sum += std::ldexp(1.0, -int(r));
            zeros += r == 0;
        }
        const double m = kRegisters;
        double estimate = 0.7213 / (1.0 + 1.079 / m) * m * m / sum;
        if (estimate <= 2.5 * m && zeros > 0)
            estimate = m * std::log(m / zeros);
        return std::max<qint64>(qint64(std::llround(estimate)), qint64(kExactLimit) + 1);
    }

private:
    void addToRegisters(std::uint32_t key)
    {
        const std::uint32_t hash = mixBits(key);
        const std::uint32_t index = hash >> (32 - kRegisterBits);
        const auto rank = std::uint8_t(std::countl_zero((hash << kRegisterBits) | (1u << (kRegisterBits - 1))) + 1);
        m_registers[index] = std::max(m_registers[index], rank);
    }

    void switchToEstimate()
    {
        m_registers.assign(kRegisters, 0);
        for (std::uint32_t key : m_slots) {
            if (key != kEmpty)
                addToRegisters(key);
        }
        if (m_sawEmptyKey)
            addToRegisters(kEmpty);
        m_slots = {};
    }

    static constexpr std::uint32_t kEmpty = 0;
    static constexpr int kRegisterBits = 14;
    static constexpr std::size_t kRegisters = std::size_t(1) << kRegisterBits;
    std::vector<std::uint32_t> m_slots;
    std::vector<std::uint8_t> m_registers;
    std::size_t m_exactCount = 0;
    bool m_sawEmptyKey = false;
};

struct ColumnResult
{
    ColumnProfile profile;
    QByteArray digest;
    ColumnObservation observation;
};

// Exact quantiles without sorting everything. A short column keeps its keys and selects from
// them directly. A long one counts keys per bucket of their top 12 bits in the first pass; the
// k-th smallest key then lies in a known bucket. The second pass gathers the keys of the wanted
// buckets (offer()) into one array, and selection runs on that.
class QuantileFinder
{
public:
    static constexpr int kBucketBits = 12;
    static constexpr qint64 kDirectLimit = 65536;

    explicit QuantileFinder(qint64 values) : m_direct(values <= kDirectLimit)
    {
        if (m_direct)
            m_keys.reserve(std::size_t(values));
        else
            m_buckets.assign(std::size_t(1) << kBucketBits, 0);
    }

    void count(std::uint32_t key)
    {
        if (m_direct)
            m_keys.push_back(key);
        else
            ++m_buckets[key >> (32 - kBucketBits)];
    }

    bool needsSecondPass() const { return !m_direct; }

    // Prepares for values(): which ranks (0-based, in any order, repeats allowed) are wanted. In
    // bucket mode, offer() every key once afterwards.
    void want(const std::vector<std::size_t>& wanted)
    {
        // Work on the distinct ranks in ascending order; values() maps them back.
        std::vector<std::size_t> ranks = wanted;
        std::sort(ranks.begin(), ranks.end());
        ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
        m_resultSlot.clear();
        for (std::size_t rank : wanted)
            m_resultSlot.push_back(std::size_t(std::lower_bound(ranks.begin(), ranks.end(), rank) - ranks.begin()));
        m_ranks = ranks;
        if (m_direct)
            return;
        // The ranks within the gathered keys: every key of a wanted bucket is gathered, so a
        // rank only moves down by the keys of the unwanted buckets below it.
        m_wanted.assign(m_buckets.size(), 0);
        std::size_t before = 0;
        std::size_t r = 0;
        for (std::size_t b = 0; b < m_buckets.size() && r < ranks.size(); ++b) {
            while (r < ranks.size() && ranks[r] < before + m_buckets[b]) {
                m_wanted[b] = 1;
                ++r;
            }
            before += m_buckets[b];
        }
        std::size_t gathered = 0;
        std::size_t unwantedBelow = 0;
        before = 0;
        r = 0;
        for (std::size_t b = 0; b < m_buckets.size(); ++b) {
            while (r < ranks.size() && ranks[r] < before + m_buckets[b]) {
                m_ranks[r] = ranks[r] - unwantedBelow;
                ++r;
            }
            before += m_buckets[b];
            if (m_wanted[b])
                gathered += m_buckets[b];
            else
                unwantedBelow += m_buckets[b];
        }
        // One spare slot: offer() writes every key and only keeps the wanted ones.
        m_keys.resize(gathered + 1);
        m_gathered = 0;
    }

    // Without a branch: whether a key is wanted is as good as random in real data, and a
    // mispredicted branch costs more than the store.
    void offer(std::uint32_t key)
    {
        m_keys[m_gathered] = key;
        m_gathered += m_wanted[key >> (32 - kBucketBits)];
    }

    // The values at the ranks given to want(), in the order given.
    std::vector<double> values()
    {
        std::vector<double> sorted(m_ranks.size());
        auto first = m_keys.begin();
        const auto last = m_direct ? m_keys.end() : m_keys.begin() + qsizetype(m_gathered);
        for (std::size_t i = 0; i < m_ranks.size(); ++i) {
            // The ranks ascend, so each selection only needs the part after the previous one.
            const auto nth = m_keys.begin() + qsizetype(m_ranks[i]);
            std::nth_element(first, nth, last);
            sorted[i] = fromOrderKey(*nth);
            first = nth;
        }
        std::vector<double> result;
        for (std::size_t slot : m_resultSlot)
            result.push_back(sorted[slot]);
        return result;
    }

private:
    bool m_direct;
    std::vector<std::uint32_t> m_keys;
    std::vector<std::size_t> m_buckets;
    std::vector<std::uint8_t> m_wanted;
    std::size_t m_gathered = 0;
    std::vector<std::size_t> m_ranks;      // distinct, ascending
    std::vector<std::size_t> m_resultSlot; // per rank given to want(): its place in m_ranks
};

void summarizeNumeric(const ParsedColumn& column, qint64 rows, ColumnResult& result)
{
    ColumnProfile& p = result.profile;
    ColumnObservation& o = result.observation;
    p.type = ColumnType::Numeric;
    DistinctCounter distinct(rows);
    QuantileFinder quantiles(rows);
    double shift = 0;
    bool haveShift = false;
    double sum = 0, sumSquares = 0;
    qint64 present = 0;
    qint64 finite = 0;
    bool integers = true;
    float minimum = std::numeric_limits<float>::infinity();
    float maximum = -std::numeric_limits<float>::infinity();
    for (const auto& chunk : column.numbers) {
        for (float value : chunk) {
            if (std::isnan(value))
                continue;
            ++present;
            const std::uint32_t key = orderKey(value);
            distinct.add(key);
            if (std::isinf(value))
                continue;
            quantiles.count(key);
            if (!haveShift) {
                shift = value;
                haveShift = true;
            }
            const double d = double(value) - shift;
            sum += d;
            sumSquares += d * d;
            ++finite;
            minimum = std::min(minimum, value);
            maximum = std::max(maximum, value);
            if (integers && !isWholeNumber(value))
                integers = false;
        }
    }
    p.missing = rows - present;
    p.allIntegers = integers && finite > 0;
    p.distinct = distinct.count();
    p.distinctIsEstimate = !distinct.exact();
    p.infinite = present - finite;
    o.missing = p.missing;
    o.numbers = present;
    o.allIntegers = p.allIntegers;
    o.distinct = p.distinct;
    if (finite == 0)
        return;

    p.min = minimum;
    p.max = maximum;
    const double meanShifted = sum / double(finite);
    p.mean = shift + meanShifted;
    p.stddev = finite > 1 ? std::sqrt(std::max(0.0, (sumSquares - sum * meanShifted) / double(finite - 1)))
                          : 0.0;

    // Histogram: one bin per value for small whole-number ranges, else Scott's rule (bin width
    // 3.49 sigma n^(-1/3)), between 10 and 60 bins.
    double lower = minimum;
    double width = 0;
    int bins = 0;
    if (p.allIntegers && double(maximum) - double(minimum) < kMaxIntegerBins) {
        bins = int(double(maximum) - double(minimum)) + 1;
        lower = double(minimum) - 0.5;
        width = 1.0;
    } else if (maximum > minimum) {
        const double scott = 3.49 * *p.stddev / std::cbrt(double(finite));
        bins = scott > 0 ? int(std::ceil((double(maximum) - double(minimum)) / scott)) : 30;
        bins = std::clamp(bins, kMinBins, kMaxBins);
        width = (double(maximum) - double(minimum)) / bins;
    } else {
        bins = 1;
        lower = double(minimum) - 0.5;
        width = 1.0;
    }

    // Second pass: histogram counts, and the keys around the quartiles. Quartiles interpolate
    // linearly between order statistics, as numpy.percentile does by default.
    const auto n = std::size_t(finite);
    std::vector<std::size_t> ranks;
    std::vector<double> positions;
    for (double q : {0.25, 0.5, 0.75}) {
        const double h = double(n - 1) * q;
        positions.push_back(h);
        ranks.push_back(std::size_t(std::floor(h)));
        ranks.push_back(std::min(std::size_t(std::floor(h)) + 1, n - 1));
    }
    quantiles.want(ranks);
    std::vector<qint64> counts(std::size_t(bins), 0);
    const double scale = 1.0 / width;
    const bool gather = quantiles.needsSecondPass();
    for (const auto& chunk : column.numbers) {
        for (float value : chunk) {
            if (!std::isfinite(value))
                continue;
            if (gather)
                quantiles.offer(orderKey(value));
            const int bin = std::clamp(int((double(value) - lower) * scale), 0, bins - 1);
            ++counts[std::size_t(bin)];
        }
    }
    const std::vector<double> values = quantiles.values();
    auto interpolate = [&](int i) {
        const double below = values[std::size_t(2 * i)];
        const double above = values[std::size_t(2 * i + 1)];
        return below + (positions[std::size_t(i)] - std::floor(positions[std::size_t(i)])) * (above - below);
    };
    p.q1 = interpolate(0);
    p.median = interpolate(1);
    p.q3 = interpolate(2);
    p.histogram.reserve(bins);
    for (int b = 0; b < bins; ++b)
        p.histogram << HistogramBin{lower + b * width, lower + (b + 1) * width, counts[std::size_t(b)]};
}

void summarizeStrings(const ParsedColumn& column, qint64 rows, ColumnResult& result)
{
    ColumnProfile& p = result.profile;
    ColumnObservation& o = result.observation;
    const StringDictionary& dictionary = column.dictionary;
    std::vector<qint64> counts(dictionary.size(), 0);
    qint64 missing = 0;
    for (const auto& chunk : column.codes) {
        for (std::uint32_t code : chunk) {
            if (code == kMissingCode)
                ++missing;
            else
                ++counts[code];
        }
    }
    p.missing = missing;
    p.distinct = qint64(dictionary.size());
    o.missing = missing;
    o.distinct = p.distinct;
    qint64 totalLength = 0;
    for (std::uint32_t code = 0; code < dictionary.size(); ++code) {
        const std::string& value = dictionary.at(code);
        totalLength += qint64(value.size()) * counts[code];
        double number = 0;
        if (parseNumberCell(value, number) == CellKind::Number) {
            o.numbers += counts[code];
            if (std::isfinite(number) && !isWholeNumber(number))
                o.allIntegers = false;
            if (value.size() >= 2 && value[0] == '0' && value[1] >= '0' && value[1] <= '9')
                o.leadingZeros = true;
        } else {
            o.others += counts[code];
        }
    }
    const qint64 present = rows - missing;
    p.meanLength = present > 0 ? double(totalLength) / double(present) : 0;
    o.meanLength = p.meanLength;

    std::vector<std::uint32_t> order(dictionary.size());
    std::iota(order.begin(), order.end(), 0u);
    const std::size_t top = std::min<std::size_t>(kTopValues, order.size());
    std::partial_sort(order.begin(), order.begin() + qsizetype(top), order.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
                      });
    for (std::size_t i = 0; i < top; ++i) {
        const std::string& value = dictionary.at(order[i]);
        p.topValues << CategoryCount{QString::fromUtf8(value.data(), qsizetype(value.size())),
                                     counts[order[i]]};
    }
}

void summarizeColumn(ParsedColumn& column, qint64 rows, ColumnResult& result)
{
    result.profile.name = column.name;
    result.observation.name = column.name;
    if (column.numeric) {
        summarizeNumeric(column, rows, result);
        ColumnDigest digest;
        for (const auto& chunk : column.numbers)
            digest.addNumbers(chunk);
        result.digest = digest.result();
        column.type = ColumnType::Numeric;
        result.profile.inferredType = ColumnType::Numeric;
    } else {
        summarizeStrings(column, rows, result);
        ColumnDigest digest;
        for (const auto& chunk : column.codes)
            digest.addCodes(chunk);
        for (const std::string& value : column.dictionary.values())
            digest.addDictionaryEntry(value);
        result.digest = digest.result();
        // Grove's guess from all values. A column kept as text is never made numeric behind the
        // user's back: without a choice of theirs it keeps the text type the preview decided.
        const ColumnType inferred = inferColumnType(result.observation);
        if (column.forcedType) {
            result.profile.inferredType = inferred;
        } else {
            const ColumnType textType = column.type == ColumnType::Numeric ? ColumnType::Categorical : column.type;
            column.type = inferred == ColumnType::Numeric ? textType : inferred;
            result.profile.inferredType = column.type;
        }
    }
    if (column.forcedType)
        column.type = *column.forcedType;
    result.profile.type = column.type;
    result.profile.hints = columnHints(result.observation, column.type, rows);
}

} // namespace

QString contentHashOf(qint64 rows, const QList<QPair<QString, ColumnType>>& columns,
                      const std::vector<QByteArray>& digests)
{
    QByteArray canonical = "grove-dataset-v1\nrows=" + QByteArray::number(rows) + '\n';
    for (qsizetype i = 0; i < columns.size(); ++i) {
        canonical += columnTypeKey(columns[i].second).toUtf8() + '\t' + columns[i].first.toUtf8() +
                     '\t' + digests[std::size_t(i)].toHex() + '\n';
    }
    return QString::fromLatin1(Sha256::hash(canonical).toHex());
}

Result<TableSummary> summarizeTable(ParsedTable& table, int threads, const ProgressSlice& progress)
{
    const std::size_t columnCount = table.columns.size();
    std::vector<ColumnResult> results(columnCount);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    auto work = [&] {
        for (;;) {
            const std::size_t c = next.fetch_add(1);
            if (c >= columnCount || progress.cancelled())
                return;
            summarizeColumn(table.columns[c], table.rows, results[c]);
            const std::size_t finished = done.fetch_add(1) + 1;
            progress.report(double(finished) / double(columnCount));
        }
    };
    const int workerCount = std::clamp(threads > 0 ? threads : QThread::idealThreadCount(), 1,
                                       int(std::max<std::size_t>(columnCount, 1)));
    std::vector<std::thread> workers;
    for (int i = 1; i < workerCount; ++i)
        workers.emplace_back(work);
    work();
    for (auto& worker : workers)
        worker.join();
    if (progress.cancelled())
        return Error::cancelled();

    TableSummary summary;
    summary.profile.rows = table.rows;
    QList<QPair<QString, ColumnType>> identity;
    QList<TargetCandidateInput> candidates;
    for (std::size_t c = 0; c < columnCount; ++c) {
        summary.columnDigests.push_back(results[c].digest);
        summary.profile.columns << std::move(results[c].profile);
        const ColumnProfile& p = summary.profile.columns.back();
        identity << qMakePair(p.name, p.type);
        candidates << TargetCandidateInput{p.name, p.type, p.distinct};
    }
    if (const int target = pickTargetCandidate(candidates); target >= 0)
        summary.profile.columns[target].hints.prepend(QString::fromLatin1(hints::TargetCandidate));
    summary.contentHash = contentHashOf(table.rows, identity, summary.columnDigests);
    return summary;
}

} // namespace grove
