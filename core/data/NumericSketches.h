#pragma once

// The two sketches summarizeNumbers() (NumericSummary.cpp) feeds every value of a column to:
// a distinct counter and an exact quantile finder. Internal to core/data.

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

namespace grove::sketches {

// The batch functions are always inlined, so that they are built for the processor
// summarizeNumbers() is built for (GROVE_FAST_ON_NEWER_CPUS).
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

    [[gnu::always_inline]] void add(std::uint32_t key, std::uint32_t hash)
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
    [[gnu::always_inline]] void addBatch(const std::uint32_t* keys, std::size_t count)
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
    [[gnu::always_inline]] void addHash(std::uint32_t hash, std::uint8_t keep = 1)
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
    [[gnu::always_inline]] void countBatch(const std::uint32_t* keys, std::size_t n)
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
    [[gnu::always_inline]] void offer(std::uint32_t key)
    {
        m_keys[m_gathered] = key;
        m_gathered += m_wanted[bucket(key)];
    }

    // The values at the ranks given to want(), in the order given.
    std::vector<double> values()
    {
        std::vector<double> sorted(m_ranks.size());
        const auto begin = m_keys.begin();
        const auto last = m_direct ? m_keys.end() : m_keys.begin() + qsizetype(m_gathered);
        // A column of few values (a 0/1 label) gathers a great many equal keys, on which selection
        // is slow; a rank among the copies of the smallest or the largest key needs none. Two
        // scans, which the compiler vectorizes, count them.
        std::uint32_t lowest = std::numeric_limits<std::uint32_t>::max();
        std::uint32_t highest = 0;
        for (auto it = begin; it != last; ++it) {
            lowest = std::min(lowest, *it);
            highest = std::max(highest, *it);
        }
        std::size_t atLowest = 0;
        std::size_t atHighest = 0;
        for (auto it = begin; it != last; ++it) {
            atLowest += *it == lowest;
            atHighest += *it == highest;
        }
        const auto count = std::size_t(last - begin);
        auto first = begin;
        bool previousPlaced = false; // the previous rank's key stands at its place
        for (std::size_t i = 0; i < m_ranks.size(); ++i) {
            const std::size_t rank = m_ranks[i];
            if (rank < atLowest || rank >= count - atHighest) {
                sorted[i] = fromOrderKey(rank < atLowest ? lowest : highest);
                previousPlaced = false;
                continue;
            }
            // The ranks ascend, so each selection only needs the part after the previous one.
            const auto nth = begin + qsizetype(rank);
            if (previousPlaced && rank == m_ranks[i - 1] + 1) {
                // The next rank up (quartiles interpolate between neighbours) is the smallest key
                // of the part above the previous one, which one scan finds.
                std::iter_swap(nth, std::min_element(nth, last));
            } else {
                std::nth_element(first, nth, last);
            }
            sorted[i] = fromOrderKey(*nth);
            first = nth;
            previousPlaced = true;
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

} // namespace grove::sketches
