#pragma once

#include "core/runs/RunComparison.h"
#include "core/store/RunStore.h"

#include <QList>
#include <QString>

#include <limits>
#include <vector>

namespace grove {

// How compared runs are put together: not at all (one group a run), by their whole configuration
// except the seeds (repeats of one configuration), or by one setting ("params.max_depth").
struct Grouping
{
    enum class Kind { None, Configuration, Setting };
    Kind kind = Kind::None;
    QString setting; // Kind::Setting: the setting's flat name

    // "" or "none", "configuration", or a setting's name, as grove-cli --group-by takes it.
    static Grouping fromText(const QString& text);
    QString toText() const;
};

// The settings that only seed randomness: the run seed and the split seed. Runs that differ in
// nothing else are repeats of one configuration.
bool isSeedSetting(const QString& name);
// The settings that say where a run is filed or how it was computed, not what it learns: the
// experiment and the threads (also as XGBoost's nthread, n_jobs, verbosity). Repeats may differ
// in them, so they name no group.
bool isBookkeepingSetting(const QString& name);

struct RunGroup
{
    QString label;      // "max_depth=6, eta=0.3", "max_depth=6", "Run 12"; unique among the groups
    QList<int> members; // indices of the runs, in the order given
};

// The groups of the compared runs, in the order their first run comes.
QList<RunGroup> groupRuns(const RunComparison& comparison, const Grouping& grouping);
// The settings, other than the seeds and bookkeeping, in which the runs of `group` differ, in name
// order: empty when they are repeats of one configuration.
QStringList settingsThatVary(const QList<RunRecord>& runs, const RunGroup& group);
// The index of the group that holds run `runIndex`; -1 when none does.
int groupOf(const QList<RunGroup>& groups, int runIndex);

// Mean, sample standard deviation and count of the finite values (std NaN below two values).
struct Summary
{
    double mean = std::numeric_limits<double>::quiet_NaN();
    double std = std::numeric_limits<double>::quiet_NaN();
    int n = 0;
};
Summary summarize(const std::vector<double>& values);

// Several curves as one: the mean at each iteration of the curves that have a value there, with a
// band from the lowest to the highest value, or of one standard deviation on each side; the band
// is NaN where fewer than two curves have a value.
enum class Spread { MinMax, StdDev };
struct CurveSummary
{
    std::vector<double> mean, low, high;
};
CurveSummary summarizeCurves(const std::vector<const std::vector<double>*>& curves, Spread spread);

// A run's curve of `metric` on `split`: the one of the whole training, or for a cross-validated
// run without one (its validation data are the folds) the mean over its folds.
std::vector<double> runCurve(const std::vector<StoredSeries>& history, const QString& metric, const QString& split);

} // namespace grove
