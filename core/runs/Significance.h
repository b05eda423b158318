#pragma once

#include "core/common/Result.h"
#include "core/store/RunStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace grove {

// Each fold's figures of a cross-validated run, from its stored curves: {"valid": {"auc": ...},
// "train": {...}} per fold, at the fold's last round, or with early stopping at the round where
// the fold's watched metric (the run's last metric, on the validation part) was best.
Result<std::vector<QJsonObject>> foldMetrics(const RunRecord& run, const std::vector<StoredSeries>& history);
// The figures of a run validated on held-out rows, in the same form and at the same round.
Result<QJsonObject> holdoutMetrics(const RunRecord& run, const std::vector<StoredSeries>& history);

// Student's t distribution: P(|T| >= |t|) with `df` degrees of freedom, and the quantile q with
// P(T <= q) = p.
double studentTwoSidedP(double t, double df);
double studentQuantile(double p, double df);

// The corrected resampled t-test of Nadeau and Bengio (2003) on paired per-fold figures of two
// runs evaluated on the same k folds: d_j = other_j - baseline_j, t = mean(d) / sqrt((1/k +
// 1/(k-1)) var(d)), k - 1 degrees of freedom. What Weka's PairedCorrectedTTester computes.
struct PairedTest
{
    int folds = 0; // the paired figures (folds, or folds times repeats, or holdouts)
    double meanDifference = 0; // other - baseline
    double low = 0, high = 0;  // its confidence interval at 1 - alpha
    double t = 0;
    double pValue = 1;
    QString verdict; // "better", "worse" or "tie", for the metric's direction

    // {mean_difference, low, high, t, p_value, folds, verdict}; null where a figure is not finite.
    QJsonObject toJson() const;
};
PairedTest correctedPairedTTest(const std::vector<double>& baseline, const std::vector<double>& other, double alpha,
                                bool largerIsBetter);
// The same test for any n paired resamples, each with `testTrainRatio` = n_test / n_train:
// t = mean(d) / sqrt((1/n + testTrainRatio) var(d)), n - 1 degrees of freedom. Repeated k-fold
// (Bouckaert and Frank 2004) passes the k·r pairs and 1/(k-1); repeated holdout the J pairs and
// fraction / (1 - fraction).
PairedTest correctedResampledTTest(const std::vector<double>& baseline, const std::vector<double>& other,
                                   double testTrainRatio, double alpha, bool largerIsBetter);

// Why two runs cannot be tested on the same folds (not cross-validated, another dataset snapshot,
// split seed or fold count); empty when they can.
QString sameFoldsProblem(const RunRecord& baseline, const RunRecord& other);

// The significance of each run against a baseline, for every validation metric both have:
// {"baseline": id, "alpha": a, "runs": {"ID": {"valid.auc": {mean_difference, low, high, t,
// p_value, verdict}}}, "wins", "ties", "losses"}. Runs that do not share the baseline's folds
// are refused with the reason.
Result<QJsonObject> significanceAgainst(RunStore& store, const RunRecord& baseline, const QList<RunRecord>& others,
                                        double alpha);

} // namespace grove
