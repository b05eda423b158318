#include "core/data/NumericSummary.h"

#include "core/data/NumberParser.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <utility>

namespace grove {
namespace {

constexpr int kMinBins = 10;
constexpr int kMaxBins = 60;
constexpr int kMaxIntegerBins = 60;

// Values are handled in batches: the inner loops then have no branch per value and the compiler
// turns them into vector code, and the keys of a batch stay in the first-level cache.
constexpr std::size_t kBatch = 1024;

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

inline bool isFinite(float value)
{
    // False for NaN too; written as a comparison so that it vectorizes.
    return std::fabs(value) <= std::numeric_limits<float>::max();
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

    void add(std::uint32_t key) { add(key, mixBits(key)); }

    void add(std::uint32_t key, std::uint32_t hash)
    {
        if (!exact()) {
            addHash(hash);
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
        std::size_t slot = hash & (m_slots.size() - 1);
        while (m_slots[slot] != kEmpty) {
            if (m_slots[slot] == key)
                return;
            slot = (slot + 1) & (m_slots.size() - 1);
        }
        m_slots[slot] = key;
        if (++m_exactCount > kExactLimit)
            switchToEstimate();
    }

    // At most kBatch keys.
    void addBatch(const std::uint32_t* keys, std::size_t count)
    {
        // Hashing first, in a loop of its own, lets the compiler do it for several keys at once.
        std::array<std::uint32_t, kBatch> hashes;
        for (std::size_t i = 0; i < count; ++i)
            hashes[i] = mixBits(keys[i]);
        std::size_t i = 0;
        if (exact()) {
            // The table is larger than the first-level cache: ask for the slot of a key a few
            // places ahead while this one is looked up.
            constexpr std::size_t kAhead = 8;
            const std::size_t mask = m_slots.size() - 1;
            for (; i < count && exact(); ++i) {
                if (i + kAhead < count)
                    __builtin_prefetch(m_slots.data() + (hashes[i + kAhead] & mask));
                add(keys[i], hashes[i]);
            }
        }
        for (; i < count; ++i)
            addHash(hashes[i]);
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
    // `keep` is 0 or 1: a register only ever grows, so a rank of 0 changes nothing.
    void addHash(std::uint32_t hash, std::uint8_t keep = 1)
    {
        const std::uint32_t index = hash >> (32 - kRegisterBits);
        const auto rank = std::uint8_t(std::countl_zero((hash << kRegisterBits) | (1u << (kRegisterBits - 1))) + 1);
        m_registers[index] = std::max(m_registers[index], std::uint8_t(rank * keep));
    }

    void switchToEstimate()
    {
        m_registers.assign(kRegisters, 0);
        // Half the slots are empty, in no pattern: they are hashed too and count for nothing,
        // which is cheaper than a branch that guesses wrong half the time.
        std::array<std::uint32_t, kBatch> hashes;
        for (std::size_t start = 0; start < m_slots.size(); start += kBatch) {
            const std::size_t n = std::min(kBatch, m_slots.size() - start);
            const std::uint32_t* keys = m_slots.data() + start;
            for (std::size_t i = 0; i < n; ++i)
                hashes[i] = mixBits(keys[i]);
            for (std::size_t i = 0; i < n; ++i)
                addHash(hashes[i], std::uint8_t(keys[i] != kEmpty));
        }
        if (m_sawEmptyKey)
            addHash(mixBits(kEmpty));
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

// Exact quantiles without sorting everything. A short column keeps its keys and selects from
// them directly. A long one counts keys per bucket of their top 12 bits in the first pass; the
// k-th smallest key then lies in a known bucket. The second pass gathers the keys of the wanted
// buckets (offer()) into one array, and selection runs on that.
class QuantileFinder
{
public:
    static constexpr int kBucketBits = 12;
    static constexpr std::size_t kBuckets = std::size_t(1) << kBucketBits;
    static constexpr qint64 kDirectLimit = 65536;

    explicit QuantileFinder(qint64 values) : m_direct(values <= kDirectLimit)
    {
        if (m_direct) {
            m_keys.reserve(std::size_t(values));
        } else {
            m_buckets.assign(kBuckets, 0);
            m_lanes.assign(kLanes * kBuckets, 0);
        }
    }

    void count(std::uint32_t key)
    {
        if (m_direct) {
            m_keys.push_back(key);
            return;
        }
        ++m_lanes[bucket(key)];
        if (++m_sinceFold >= kFoldAfter)
            fold();
    }

    // At most kBatch keys. Real data repeats buckets often (most values of a column share a few
    // exponents), and one counter incremented back to back waits for its own previous store; four
    // sets of counters, taken in turn, break that chain.
    void countBatch(const std::uint32_t* keys, std::size_t n)
    {
        if (m_direct) {
            m_keys.insert(m_keys.end(), keys, keys + n);
            return;
        }
        std::size_t i = 0;
        for (; i + kLanes <= n; i += kLanes) {
            for (std::size_t lane = 0; lane < kLanes; ++lane)
                ++m_lanes[lane * kBuckets + bucket(keys[i + lane])];
        }
        for (; i < n; ++i)
            ++m_lanes[bucket(keys[i])];
        m_sinceFold += n;
        if (m_sinceFold >= kFoldAfter)
            fold();
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
        fold();
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
        m_gathered += m_wanted[bucket(key)];
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
            if (i > 0 && m_ranks[i] == m_ranks[i - 1] + 1) {
                // The next rank up (quartiles interpolate between neighbours) is the smallest key
                // of the part above the previous one, which one scan finds.
                std::iter_swap(nth, std::min_element(nth, last));
            } else {
                std::nth_element(first, nth, last);
            }
            sorted[i] = fromOrderKey(*nth);
            first = nth;
        }
        std::vector<double> result;
        for (std::size_t slot : m_resultSlot)
            result.push_back(sorted[slot]);
        return result;
    }

private:
    static std::size_t bucket(std::uint32_t key) { return key >> (32 - kBucketBits); }

    // Moves the 32-bit lane counts into the totals before any of them can overflow.
    void fold()
    {
        for (std::size_t lane = 0; lane < kLanes; ++lane) {
            for (std::size_t b = 0; b < kBuckets; ++b)
                m_buckets[b] += std::exchange(m_lanes[lane * kBuckets + b], 0);
        }
        m_sinceFold = 0;
    }

    static constexpr std::size_t kLanes = 4;
    static constexpr std::size_t kFoldAfter = std::size_t(1) << 31;
    bool m_direct;
    std::vector<std::uint32_t> m_keys;
    std::vector<std::size_t> m_buckets;
    std::vector<std::uint32_t> m_lanes; // kLanes sets of kBuckets counts
    std::size_t m_sinceFold = 0;
    std::vector<std::uint8_t> m_wanted;
    std::size_t m_gathered = 0;
    std::vector<std::size_t> m_ranks;      // distinct, ascending
    std::vector<std::size_t> m_resultSlot; // per rank given to want(): its place in m_ranks
};

// Sums and extremes of the finite values, counts of NaN and infinite ones. Written with the
// compiler's vector types (four floats, two doubles at a time), which it does not derive from
// plain loops here because of the conditions; the sums are of (value - shift), which keeps the
// variance exact for data far from zero.
class Moments
{
public:
    explicit Moments(float shift) : m_shift(shift)
    {
        for (auto& low : m_low)
            low = Floats{} + std::numeric_limits<float>::infinity();
        for (auto& high : m_high)
            high = Floats{} - std::numeric_limits<float>::infinity();
    }

    struct BatchCounts
    {
        qint64 nan = 0;
        qint64 nonFinite = 0; // NaN included
    };

    // At most kBatch values.
    BatchCounts add(const float* values, std::size_t n)
    {
        Ints nan{};
        Ints nonFinite{};
        const Floats shift = Floats{} + m_shift;
        const Doubles shiftWide = Doubles{} + double(m_shift);
        const Ints magnitude = Ints{} + 0x7FFFFFFF;
        const Floats largest = Floats{} + std::numeric_limits<float>::max();
        std::size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            for (int half = 0; half < 2; ++half) {
                Floats v;
                std::memcpy(&v, values + i + 4 * half, sizeof v);
                const Ints finite = reinterpret_cast<Floats>(reinterpret_cast<Ints>(v) & magnitude) <= largest;
                nan -= v != v;
                nonFinite -= ~finite;
                // A value that is not finite counts as the shift: a value of the column, so it
                // moves neither extreme, and its difference from the shift is exactly zero.
                const Floats kept = finite ? v : shift;
                m_low[half] = kept < m_low[half] ? kept : m_low[half];
                m_high[half] = kept > m_high[half] ? kept : m_high[half];
                const Doubles lowPair = __builtin_convertvector(__builtin_shufflevector(kept, kept, 0, 1), Doubles) - shiftWide;
                const Doubles highPair = __builtin_convertvector(__builtin_shufflevector(kept, kept, 2, 3), Doubles) - shiftWide;
                m_sum[2 * half] += lowPair;
                m_sum[2 * half + 1] += highPair;
                m_squares[2 * half] += lowPair * lowPair;
                m_squares[2 * half + 1] += highPair * highPair;
            }
        }
        BatchCounts counts;
        for (int lane = 0; lane < 4; ++lane) {
            counts.nan += nan[lane];
            counts.nonFinite += nonFinite[lane];
        }
        for (; i < n; ++i) {
            const float v = values[i];
            const bool finite = isFinite(v);
            counts.nan += v != v;
            counts.nonFinite += !finite;
            const float kept = finite ? v : m_shift;
            m_low[0][0] = std::min(m_low[0][0], kept);
            m_high[0][0] = std::max(m_high[0][0], kept);
            const double d = double(kept) - double(m_shift);
            m_sum[0][0] += d;
            m_squares[0][0] += d * d;
        }
        return counts;
    }

    double sum() const { return total(m_sum); }
    double squares() const { return total(m_squares); }
    float low() const { return extreme(m_low, [](float a, float b) { return std::min(a, b); }); }
    float high() const { return extreme(m_high, [](float a, float b) { return std::max(a, b); }); }

private:
    using Floats = float __attribute__((vector_size(16)));
    using Ints = std::int32_t __attribute__((vector_size(16)));
    using Doubles = double __attribute__((vector_size(16)));

    template <typename Pick>
    static float extreme(const std::array<Floats, 2>& lanes, Pick pick)
    {
        float result = lanes[0][0];
        for (const Floats& four : lanes) {
            for (int lane = 0; lane < 4; ++lane)
                result = pick(result, four[lane]);
        }
        return result;
    }

    static double total(const std::array<Doubles, 4>& lanes)
    {
        double result = 0;
        for (const Doubles& pair : lanes)
            result += pair[0] + pair[1];
        return result;
    }

    float m_shift;
    std::array<Doubles, 4> m_sum{};
    std::array<Doubles, 4> m_squares{};
    std::array<Floats, 2> m_low;
    std::array<Floats, 2> m_high;
};

// The histogram's bins: one per value for small whole-number ranges, else Scott's rule (bin
// width 3.49 sigma n^(-1/3)), between 10 and 60 bins.
struct Binning
{
    double lower = 0;
    double width = 1;
    int bins = 1;
};

Binning chooseBins(bool allIntegers, float minimum, float maximum, double stddev, qint64 finite)
{
    Binning b;
    if (allIntegers && double(maximum) - double(minimum) < kMaxIntegerBins) {
        b.bins = int(double(maximum) - double(minimum)) + 1;
        b.lower = double(minimum) - 0.5;
        b.width = 1.0;
    } else if (maximum > minimum) {
        const double scott = 3.49 * stddev / std::cbrt(double(finite));
        b.bins = scott > 0 ? int(std::ceil((double(maximum) - double(minimum)) / scott)) : 30;
        b.bins = std::clamp(b.bins, kMinBins, kMaxBins);
        b.lower = minimum;
        b.width = (double(maximum) - double(minimum)) / b.bins;
    } else {
        b.lower = double(minimum) - 0.5;
    }
    return b;
}

} // namespace

void summarizeNumbers(const std::vector<ColumnPart<float>>& parts, qint64 rows, ColumnProfile& p,
                      ColumnObservation& o)
{
    p.type = ColumnType::Numeric;
    // The shift: the first finite value.
    float shift = 0;
    [&] {
        for (const auto& part : parts) {
            for (float value : part) {
                if (isFinite(value)) {
                    shift = value;
                    return;
                }
            }
        }
    }();

    // First pass: counts, sums, extremes, distinct values, quantile buckets.
    DistinctCounter distinct(rows);
    QuantileFinder quantiles(rows);
    Moments moments(shift);
    qint64 nan = 0;
    qint64 nonFinite = 0;
    bool integers = true;
    std::array<std::uint32_t, kBatch> keys;
    for (const auto& part : parts) {
        for (std::size_t start = 0; start < part.size(); start += kBatch) {
            const float* values = part.data() + start;
            const std::size_t n = std::min(kBatch, part.size() - start);
            const Moments::BatchCounts counts = moments.add(values, n);
            nan += counts.nan;
            nonFinite += counts.nonFinite;
            if (counts.nonFinite == 0) {
                for (std::size_t i = 0; i < n; ++i)
                    keys[i] = orderKey(values[i]);
                distinct.addBatch(keys.data(), n);
                quantiles.countBatch(keys.data(), n);
            } else {
                for (std::size_t i = 0; i < n; ++i) {
                    if (std::isnan(values[i]))
                        continue;
                    const std::uint32_t key = orderKey(values[i]);
                    distinct.add(key);
                    if (!std::isinf(values[i]))
                        quantiles.count(key);
                }
            }
            for (std::size_t i = 0; integers && i < n; ++i) {
                if (isFinite(values[i]) && !isWholeNumber(values[i]))
                    integers = false;
            }
        }
    }
    const qint64 present = rows - nan;
    const qint64 finite = rows - nonFinite;
    p.missing = nan;
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

    const float minimum = moments.low();
    const float maximum = moments.high();
    p.min = minimum;
    p.max = maximum;
    const double sum = moments.sum();
    const double meanShifted = sum / double(finite);
    p.mean = shift + meanShifted;
    p.stddev = finite > 1 ? std::sqrt(std::max(0.0, (moments.squares() - sum * meanShifted) / double(finite - 1)))
                          : 0.0;
    const Binning binning = chooseBins(p.allIntegers, minimum, maximum, *p.stddev, finite);

    // Second pass: histogram counts, and the keys around the quartiles. Quartiles interpolate
    // linearly between order statistics, as numpy.percentile does by default.
    const auto count = std::size_t(finite);
    std::vector<std::size_t> ranks;
    std::vector<double> positions;
    for (double q : {0.25, 0.5, 0.75}) {
        const double h = double(count - 1) * q;
        positions.push_back(h);
        ranks.push_back(std::size_t(std::floor(h)));
        ranks.push_back(std::min(std::size_t(std::floor(h)) + 1, count - 1));
    }
    quantiles.want(ranks);
    // Four sets of counts taken in turn, for the same reason as the quantile buckets.
    constexpr std::size_t kLanes = 4;
    const auto bins = std::size_t(binning.bins);
    std::vector<qint64> counts(kLanes * bins, 0);
    const double scale = 1.0 / binning.width;
    const double lower = binning.lower;
    const int lastBin = binning.bins - 1;
    auto binOf = [&](float value) { return std::clamp(int((double(value) - lower) * scale), 0, lastBin); };
    const bool gather = quantiles.needsSecondPass();
    std::array<int, kBatch> binIndex;
    for (const auto& part : parts) {
        for (std::size_t start = 0; start < part.size(); start += kBatch) {
            const float* values = part.data() + start;
            const std::size_t n = std::min(kBatch, part.size() - start);
            if (nonFinite == 0) {
                for (std::size_t i = 0; i < n; ++i)
                    binIndex[i] = binOf(values[i]);
                std::size_t i = 0;
                for (; i + kLanes <= n; i += kLanes) {
                    for (std::size_t lane = 0; lane < kLanes; ++lane)
                        ++counts[lane * bins + std::size_t(binIndex[i + lane])];
                }
                for (; i < n; ++i)
                    ++counts[std::size_t(binIndex[i])];
                if (gather) {
                    for (std::size_t j = 0; j < n; ++j)
                        quantiles.offer(orderKey(values[j]));
                }
            } else {
                for (std::size_t i = 0; i < n; ++i) {
                    if (!isFinite(values[i]))
                        continue;
                    if (gather)
                        quantiles.offer(orderKey(values[i]));
                    ++counts[std::size_t(binOf(values[i]))];
                }
            }
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
    p.histogram.reserve(binning.bins);
    for (std::size_t b = 0; b < bins; ++b) {
        qint64 total = 0;
        for (std::size_t lane = 0; lane < kLanes; ++lane)
            total += counts[lane * bins + b];
        p.histogram << HistogramBin{lower + double(b) * binning.width, lower + double(b + 1) * binning.width, total};
    }
}

} // namespace grove
