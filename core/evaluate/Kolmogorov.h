#pragma once

#include <cstdint>
#include <span>

namespace grove {

// The two-sample Kolmogorov-Smirnov test as scipy.stats.ks_2samp(a, b, method='asymp') computes
// it (SciPy 1.10): D is the largest distance between the two empirical distribution functions,
// evaluated at every value of either sample; the p-value is the survival function of the
// one-sample two-sided Kolmogorov distribution (scipy.stats.kstwo) at D for the effective size
// n = round(n1 n2 / (n1 + n2)). That survival function follows Simard and L'Ecuyer (2011) as
// SciPy does: Ruben-Gambino at the ends, the Durbin matrix (Marsaglia-Tsang-Wang), Pomeranz's
// recursion, the Pelz-Good expansion, and twice the exact one-sided Smirnov distribution in
// the upper tail.
struct KsTest
{
    double statistic = 0; // D, in [0, 1]
    double pValue = 1;
};

// Pr(D_n > d) for the one-sample two-sided statistic of n values (scipy.stats.kstwo.sf(d, n)).
double kolmogorovSurvival(std::int64_t n, double d);
// Pr(D+_n > d), the one-sided statistic (scipy.special.smirnov(n, d)).
double smirnovSurvival(std::int64_t n, double d);
// The p-value of D for samples of n1 and n2 values (both at least 1).
double ksTwoSamplePValue(std::int64_t n1, std::int64_t n2, double statistic);
// Both sorted increasingly, neither empty, no NaN.
KsTest ksTwoSample(std::span<const double> sorted1, std::span<const double> sorted2);

} // namespace grove
