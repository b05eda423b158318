#include "core/data/NumericSummary.h"

#include "core/common/CpuDispatch.h"
#include "core/data/NumberParser.h"
#include "core/data/NumericSketches.h"

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

using namespace sketches;

constexpr int kMinBins = 10;
constexpr int kMaxBins = 60;
constexpr int kMaxIntegerBins = 60;

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

GROVE_FAST_ON_NEWER_CPUS
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
