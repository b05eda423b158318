#pragma once

#include "core/model/SweepDefinition.h"

#include <cstdint>
#include <span>
#include <vector>

namespace grove::sweep {

// A point of a sweep's search space: one number per dimension, the index of the choice for a
// list and the value itself for a range (whole for an int range). SearchDimension::valueAt()
// turns it into the parameter's value.
using SearchPoint = std::vector<double>;

// A finished trial as a sampler sees it. `score` is larger for better trials: the objective, or
// its negative when the sweep minimizes.
struct Observation
{
    SearchPoint point;
    double score = 0;
};

// The `index`-th combination of a grid, the last dimension changing fastest. Every dimension
// must have a gridCount().
SearchPoint gridPoint(std::span<const SearchDimension> space, std::uint64_t index);

// A point drawn uniformly (log-uniformly for log ranges) by a generator keyed by the seed and
// the trial's number, so that trial n gets the same point whatever ran before it.
SearchPoint randomPoint(std::span<const SearchDimension> space, quint64 seed, int trial);

// The Tree-structured Parzen Estimator, as Optuna's default sampler does it (independent per
// parameter): the best of the finished trials (gamma(n) = min(ceil(n / 10), 25) of them) and the
// others each give a mixture of truncated normals around their values, plus a wide prior; 24
// candidates are drawn from the good mixture and the one with the largest ratio of good to bad
// density is taken. Before `startupTrials` trials have finished it draws randomPoint().
// Deterministic for the same seed, trial number and observations (in trial order).
SearchPoint tpePoint(std::span<const SearchDimension> space, std::span<const Observation> finished, quint64 seed,
                     int trial, int startupTrials, int candidates = 24);

// Successive halving: every configuration trained for the first rung's rounds, then the best
// 1/eta of them continued at each rung, up to `maxRounds`.
struct HalvingRung
{
    int configurations = 0; // how many reach this rung
    int rounds = 0;         // rounds trained by the end of this rung
};
// The rungs for `configurations` configurations: as many as keep at least one configuration,
// the rounds growing by eta from `minRounds` (0: maxRounds / eta^(rungs - 1), at least 1) to
// maxRounds at the last.
std::vector<HalvingRung> halvingSchedule(int configurations, int maxRounds, int eta, int minRounds);
// Which of a rung's configurations go on: the indices of the best `keep` by score (larger is
// better; ties go to the lower index), in increasing order.
std::vector<int> promote(std::span<const double> scores, int keep);

} // namespace grove::sweep
