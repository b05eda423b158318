#include "core/evaluate/Kolmogorov.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <tuple>
#include <vector>

namespace grove {
namespace {

using std::numbers::pi;

// Intermediate results are scaled by 2^±128 to stay within a double's range, as SciPy does.
constexpr int kScaleExponent = 128;
const double kScaleUp = std::ldexp(1.0, kScaleExponent);
const double kScaleDown = std::ldexp(1.0, -kScaleExponent);

double clipProbability(double p) { return std::clamp(p, 0.0, 1.0); }

// log(n! / n^n) by Stirling's series, with n log n taken out first.
double logFactorialOverPower(double n)
{
    static constexpr std::array<double, 8> kStirling = {
        -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
        -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2};
    const double rn = 1.0 / n, x = rn / n;
    double series = 0;
    for (double c : kStirling)
        series = series * x + c;
    return std::log(n) / 2 - n + std::log(2 * pi) / 2 + rn * series;
}

// Pr(D_n <= d) by Durbin's matrix, computed as Marsaglia, Tsang and Wang do: the k-th diagonal
// entry of H^n times n!/n^n, with d = (k - h)/n.
double durbinMatrixCdf(std::int64_t n, double d)
{
    if (d >= 1.0)
        return 1.0;
    const double nd = double(n) * d;
    if (nd <= 0.5)
        return 0.0;
    const int k = int(std::ceil(nd));
    const double h = k - nd;
    const int m = 2 * k - 1;
    using Matrix = std::vector<double>;
    auto multiply = [m](const Matrix& a, const Matrix& b) {
        Matrix c(std::size_t(m) * m, 0.0);
        for (int i = 0; i < m; ++i)
            for (int l = 0; l < m; ++l) {
                const double ail = a[std::size_t(i) * m + l];
                if (ail == 0)
                    continue;
                for (int j = 0; j < m; ++j)
                    c[std::size_t(i) * m + j] += ail * b[std::size_t(l) * m + j];
            }
        return c;
    };
    std::vector<double> v(static_cast<std::size_t>(m)), w(static_cast<std::size_t>(m));
    double factorial = 1.0; // 1/j! as j grows
    for (int j = 1; j <= m; ++j) {
        w[std::size_t(j - 1)] = factorial;
        factorial /= j;
        v[std::size_t(j - 1)] = (1.0 - std::pow(h, j)) * factorial;
    }
    const double tail = std::pow(std::max(2 * h - 1.0, 0.0), m) - 2 * std::pow(h, m);
    v[std::size_t(m - 1)] = (1.0 + tail) * factorial;

    Matrix power(std::size_t(m) * m, 0.0), identity(std::size_t(m) * m, 0.0);
    for (int i = 1; i < m; ++i)
        for (int r = i - 1; r < m; ++r)
            power[std::size_t(r) * m + i] = w[std::size_t(r - i + 1)];
    for (int r = 0; r < m; ++r)
        power[std::size_t(r) * m] = v[std::size_t(r)];
    for (int c = 0; c < m; ++c)
        power[std::size_t(m - 1) * m + c] = v[std::size_t(m - 1 - c)];
    for (int i = 0; i < m; ++i)
        identity[std::size_t(i) * m + i] = 1.0;

    Matrix result = identity;
    int exponent = 0, powerExponent = 0;
    for (std::int64_t left = n; left > 0; left /= 2) {
        if (left % 2) {
            result = multiply(result, power);
            exponent += powerExponent;
        }
        power = multiply(power, power);
        powerExponent *= 2;
        if (std::abs(power[std::size_t(k - 1) * m + (k - 1)]) > kScaleUp) {
            for (double& x : power)
                x /= kScaleUp;
            powerExponent += kScaleExponent;
        }
    }
    long double p = result[std::size_t(k - 1) * m + (k - 1)];
    for (std::int64_t i = 1; i <= n; ++i) {
        p = (long double)(i)*p / (long double)(n);
        if (std::abs(p) < kScaleDown) {
            p *= kScaleUp;
            exponent -= kScaleExponent;
        }
    }
    return clipProbability(double(std::ldexp(p, exponent)));
}

// The first and last entries of row i that may be non-zero in Pomeranz's recursion.
std::pair<std::int64_t, std::int64_t> pomeranzRange(std::int64_t i, std::int64_t n, std::int64_t ll, int ceilf, int roundf)
{
    std::int64_t j1 = 0, j2 = 0;
    if (i == 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    } else {
        const std::int64_t half = (i + 1) / 2;
        if ((i + 1) % 2 == 0) {
            if (half == n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            } else {
                j1 = half - 1 - ll - roundf - 1;
                j2 = half + ll - 1 + ceilf - 1;
            }
        } else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundf - 1;
        }
    }
    return {std::max<std::int64_t>(j1 + 2, 0), std::min(j2, n)};
}

// Pr(D_n <= d) by Pomeranz's recursion (1974): rows of convolutions with Poisson weights.
double pomeranzCdf(std::int64_t n, double d)
{
    const double t = double(n) * d;
    const auto ll = std::int64_t(std::floor(t));
    const double f = t - double(ll), g = std::min(f, 1.0 - f);
    const int ceilf = f > 0 ? 1 : 0, roundf = f > 0.5 ? 1 : 0;
    const std::size_t powers = std::size_t(2 * (ll + 1));
    std::vector<double> gPower(powers), twoGPower(powers), oneMinusTwoGPower(powers);
    gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1.0;
    const double dn = double(n);
    for (std::size_t m = 1; m < powers; ++m) {
        gPower[m] = gPower[m - 1] * (g / dn) / double(m);
        twoGPower[m] = twoGPower[m - 1] * (2 * g / dn) / double(m);
        oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * ((1 - 2 * g) / dn) / double(m);
    }
    std::vector<double> v0(powers, 0.0), v1(powers, 0.0), segment, conv;
    v1[0] = 1;
    std::int64_t v0Start = 0, v1Start = 0;
    int exponent = 0;
    std::int64_t j1 = 0, j2 = 0;
    std::tie(j1, j2) = pomeranzRange(0, n, ll, ceilf, roundf);
    for (std::int64_t i = 1; i < 2 * n + 2; ++i) {
        const std::int64_t k1 = j1;
        std::swap(v0, v1);
        std::swap(v0Start, v1Start);
        std::fill(v1.begin(), v1.end(), 0.0);
        std::tie(j1, j2) = pomeranzRange(i, n, ll, ceilf, roundf);
        const std::vector<double>& weights = (i == 1 || i == 2 * n + 1) ? gPower : (i % 2 ? twoGPower : oneMinusTwoGPower);
        const std::int64_t length = j2 - k1 + 1;
        if (length <= 0)
            continue;
        const std::int64_t from = std::clamp<std::int64_t>(k1 - v0Start, 0, std::int64_t(powers));
        const std::int64_t to = std::min<std::int64_t>(from + length, std::int64_t(powers));
        segment.assign(v0.begin() + from, v0.begin() + to);
        const std::size_t weightCount = std::min<std::size_t>(std::size_t(length), powers);
        conv.assign(segment.size() + weightCount - 1, 0.0);
        for (std::size_t a = 0; a < segment.size(); ++a)
            for (std::size_t b = 0; b < weightCount; ++b)
                conv[a + b] += segment[a] * weights[b];
        const std::int64_t convStart = j1 - k1, convLength = j2 - j1 + 1;
        double largest = 0;
        for (std::int64_t c = 0; c < convLength && c < std::int64_t(powers); ++c) {
            const std::int64_t at = convStart + c;
            v1[std::size_t(c)] = at >= 0 && at < std::int64_t(conv.size()) ? conv[std::size_t(at)] : 0.0;
            largest = std::max(largest, v1[std::size_t(c)]);
        }
        if (largest > 0 && largest < kScaleDown) {
            for (double& x : v1)
                x *= kScaleUp;
            exponent -= kScaleExponent;
        }
        v1Start = v0Start + j1 - k1;
    }
    const std::int64_t at = n - v1Start;
    double answer = at >= 0 && at < std::int64_t(powers) ? v1[std::size_t(at)] : 0.0;
    for (std::int64_t m = 1; m <= n; ++m) {
        if (std::abs(answer) > kScaleUp) {
            answer *= kScaleDown;
            exponent += kScaleExponent;
        }
        answer *= double(m);
    }
    return clipProbability(std::ldexp(answer, exponent));
}

// Pr(D_n <= d) by the Pelz-Good expansion (1976) of the Li-Chien/Korolyuk series.
double pelzGoodCdf(std::int64_t n, double x)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double pi2 = pi * pi, pi4 = pi2 * pi2, pi6 = pi4 * pi2, sqrt2pi = std::sqrt(2 * pi);
    const double z = std::sqrt(double(n)) * x;
    const double z2 = z * z, z3 = z2 * z, z4 = z2 * z2, z6 = z4 * z2;
    const double qlog = -pi2 / 8 / z2;
    if (qlog < -708)
        return 0.0;
    double q = std::exp(qlog);
    const double k1a = -z2, k1b = pi2 / 4;
    const double k2a = 6 * z6 + 2 * z4, k2b = (2 * z4 - 5 * z2) * pi2 / 4, k2c = pi4 * (1 - 2 * z2) / 16;
    const double k3d = pi6 * (5 - 30 * z2) / 64, k3c = pi4 * (-60 * z2 + 212 * z4) / 16;
    const double k3b = pi2 * (135 * z4 - 96 * z6) / 4, k3a = -30 * z6 - 90 * std::pow(z, 8);
    std::array<double, 4> terms{};
    const int maxk = int(std::ceil(16 * z / pi));
    for (int k = maxk; k > 0; --k) {
        const double m = 2.0 * k - 1, m2 = m * m, m4 = m2 * m2, m6 = m4 * m2;
        const double qpower = std::pow(q, 8 * k);
        const std::array<double, 4> coefficients = {1.0, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4,
                                                    k3a + k3b * m2 + k3c * m4 + k3d * m6};
        for (std::size_t i = 0; i < 4; ++i)
            terms[i] = terms[i] * qpower + coefficients[i];
    }
    const std::array<double, 4> divisors = {z, 6 * z4, 72 * std::pow(z, 7), 6480 * std::pow(z, 10)};
    for (std::size_t i = 0; i < 4; ++i)
        terms[i] = terms[i] * q * sqrt2pi / divisors[i];
    q = std::exp(-pi2 / 2 / z2);
    double k2extra = 0, k3extra = 0;
    for (int k = maxk; k > 0; --k) {
        const double k2 = double(k) * k, qk = std::pow(q, k2), sqrt3z = std::sqrt(3.0) * z, kpi = pi * k;
        k2extra += k2 * qk;
        k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk;
    }
    terms[2] += k2extra * pi2 * sqrt2pi / (-36 * z3);
    terms[3] += k3extra * pi2 * sqrt2pi / (216 * z6);
    double sum = 0;
    for (std::size_t i = 0; i < 4; ++i)
        sum += terms[i] / std::pow(double(n), double(i) / 2.0);
    return sum;
}

} // namespace

double smirnovSurvival(std::int64_t n, double x)
{
    if (!(n > 0 && x >= 0.0 && x <= 1.0))
        return std::nan("");
    if (n == 1)
        return 1 - x;
    if (x == 0.0)
        return 1.0;
    if (x == 1.0)
        return 0.0;
    const long double nx = (long double)(n)*x;
    if (nx <= 1.0L) // x (1 + x)^(n-1) is the distribution function there
        return clipProbability(double(1.0L - x * std::pow(1.0L + x, (long double)(n - 1))));
    if (-2.0 * double(n) * x * x < -708.3964185322641)
        return 0.0;
    const auto below = std::int64_t(std::floor(nx));
    if (below >= n - 1)
        return clipProbability(double(std::pow(1.0L - x, (long double)(n))));
    if (n > 1000000) { // SciPy's approximation beyond a million values
        const double logp = -std::pow(6.0 * double(n) * x + 1, 2) / 18.0 / double(n);
        return clipProbability(logp < -std::numbers::ln2 ? std::exp(logp) : 1 + std::expm1(logp));
    }
    // Birnbaum and Tingey: x × Σ_{v ≤ n(1-x)} C(n,v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v), each
    // term in logarithms (long double), stopping once the remaining terms cannot matter.
    const long double ln = (long double)(n), lx = x;
    const auto last = std::int64_t(std::floor((long double)(n) * (1.0L - lx)));
    long double logBinomial = 0, sum = 0, largest = 0;
    for (std::int64_t v = 0; v <= last; ++v) {
        const long double shift = lx + (long double)(v) / ln;
        if (shift >= 1.0L)
            break;
        const long double logTerm = logBinomial + (long double)(v - 1) * std::log(shift) +
                                    (long double)(n - v) * std::log1p(-shift);
        const long double term = std::exp(logTerm);
        sum += term;
        largest = std::max(largest, term);
        if (term < largest && 4.0L * (long double)(last - v + 1) * term < 1e-19L * sum)
            break;
        logBinomial += std::log((long double)(n - v)) - std::log((long double)(v + 1));
    }
    return clipProbability(double(lx * sum));
}

double kolmogorovSurvival(std::int64_t n, double x)
{
    if (n <= 0 || std::isnan(x))
        return std::nan("");
    if (x >= 1.0)
        return 0.0;
    if (x <= 0.0)
        return 1.0;
    const double dn = double(n), t = dn * x;
    if (t <= 1.0) { // Ruben and Gambino
        if (t <= 0.5)
            return 1.0;
        double cdf = 1.0;
        if (n <= 140) {
            for (std::int64_t i = 1; i <= n; ++i)
                cdf *= double(i) * (1.0 / dn) * (2 * t - 1);
        } else {
            cdf = std::exp(logFactorialOverPower(dn) + dn * std::log(2 * t - 1));
        }
        return clipProbability(1.0 - cdf);
    }
    if (t >= dn - 1) // Ruben and Gambino
        return clipProbability(2 * std::pow(1.0 - x, dn));
    if (x >= 0.5)
        return clipProbability(2 * smirnovSurvival(n, x));
    const double nxSquared = t * x;
    if (n <= 140) {
        if (nxSquared <= 0.754693)
            return clipProbability(1.0 - durbinMatrixCdf(n, x));
        if (nxSquared <= 4)
            return clipProbability(1.0 - pomeranzCdf(n, x));
        return clipProbability(2 * smirnovSurvival(n, x));
    }
    if (nxSquared >= 370.0)
        return 0.0;
    if (nxSquared >= 2.2)
        return clipProbability(2 * smirnovSurvival(n, x));
    double cdf = 1.0;
    if (nxSquared >= 18.0)
        cdf = 1.0;
    else if (n <= 100000 && dn * std::pow(x, 1.5) <= 1.4)
        cdf = durbinMatrixCdf(n, x);
    else
        cdf = pelzGoodCdf(n, x);
    return clipProbability(1.0 - cdf);
}

double ksTwoSamplePValue(std::int64_t n1, std::int64_t n2, double statistic)
{
    const double m = double(std::max(n1, n2)), n = double(std::min(n1, n2));
    const double effective = std::nearbyint(m * n / (m + n)); // NumPy rounds half to even
    return clipProbability(kolmogorovSurvival(std::int64_t(effective), statistic));
}

KsTest ksTwoSample(std::span<const double> sorted1, std::span<const double> sorted2)
{
    const std::size_t n1 = sorted1.size(), n2 = sorted2.size();
    if (n1 == 0 || n2 == 0)
        return {std::nan(""), std::nan("")};
    // The distance after each distinct value of either sample, as SciPy's searchsorted(side='right').
    double highest = 0, lowest = 0;
    std::size_t i = 0, j = 0;
    while (i < n1 || j < n2) {
        const double value = j == n2 || (i < n1 && sorted1[i] <= sorted2[j]) ? sorted1[i] : sorted2[j];
        while (i < n1 && sorted1[i] == value)
            ++i;
        while (j < n2 && sorted2[j] == value)
            ++j;
        const double difference = double(i) / double(n1) - double(j) / double(n2);
        highest = std::max(highest, difference);
        lowest = std::min(lowest, difference);
    }
    const double statistic = std::max(highest, std::clamp(-lowest, 0.0, 1.0));
    return {statistic, ksTwoSamplePValue(std::int64_t(n1), std::int64_t(n2), statistic)};
}

} // namespace grove
