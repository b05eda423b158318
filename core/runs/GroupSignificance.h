#pragma once

#include "core/runs/RunGroups.h"
#include "core/runs/Significance.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace grove {

// Groups of runs tested against a baseline group, metric by metric, on the resamples they share:
// - cross-validated runs with the same dataset snapshot and k, one run per split seed (its
//   repeats): differences paired by (split seed, fold), the corrected repeated k-fold t-test of
//   Bouckaert and Frank, t = mean(d) / sqrt((1/(k·r) + 1/(k-1)) var(d)), k·r - 1 degrees of
//   freedom (with r = 1, Nadeau and Bengio's test on k folds);
// - runs validated on held-out rows of the same snapshot with the same fraction, one per split
//   seed: differences paired by split seed, Nadeau and Bengio's correction with n_test/n_train =
//   fraction / (1 - fraction), J - 1 degrees of freedom.
// A group that cannot be tested against the baseline gets a problem that names what differs.
struct GroupTest
{
    int group = -1;
    QString label;
    QString problem; // empty when tested
    QString design;  // "k-fold", "repeated k-fold" or "repeated holdout": stable keys, see designName()
    int repeats = 0; // split seeds paired
    QList<QPair<QString, PairedTest>> tests; // by "valid.METRIC"
    int wins = 0, ties = 0, losses = 0;
};

struct GroupSignificance
{
    int baseline = -1;
    double alpha = 0.05;
    QString problem; // why the baseline cannot be tested at all; empty when it can
    QList<GroupTest> others; // every other group, in order
    int wins = 0, ties = 0, losses = 0;

    // Why tests were refused: the baseline's reason, or each refused group's, in order.
    QStringList problems() const;
    // The first of them; empty when none was refused.
    QString firstProblem() const;
    // How many groups were tested.
    int tested() const;
    // {"baseline": LABEL, "baseline_runs": [...], "group_by": ..., "alpha", "groups": {LABEL:
    // {"runs": [...], "design", "repeats", "tests": {"valid.auc": {...PairedTest, "df"}}}} (the
    // tested groups), "problems": [why a group was not tested, ...], "wins", "ties", "losses"}.
    QJsonObject toJson(const QList<RunRecord>& runs, const QList<RunGroup>& groups, const Grouping& grouping) const;
};

// A design's key ("repeated k-fold") as people read it, translated.
QString designName(const QString& design);

// `histories[i]` belongs to `runs[i]`. A group whose runs differ in more than their seeds (grouped
// by one setting) is refused, naming the settings (settingsThatVary).
GroupSignificance significanceOfGroups(const QList<RunRecord>& runs, const std::vector<std::vector<StoredSeries>>& histories,
                                       const QList<RunGroup>& groups, int baselineGroup, double alpha);

} // namespace grove
