#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/model/SweepDefinition.h"
#include "core/store/SweepStore.h"

#include <QJsonObject>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace grove {

class Workspace;

// Where a sweep stands: its record, definition and trials, the best finished trial.
struct SweepState
{
    SweepRecord record;
    SweepDefinition definition;
    std::vector<SweepTrial> trials;
    int planned = 0; // trials × repeats the budget allows
    // The best configuration so far: its trial number, mean objective over its repeats.
    std::optional<int> bestTrial;
    double bestValue = 0;

    int finished() const; // trial runs that ended, finished or failed
    // `trials` ({run_id, trial, repeat, params, value, status}), `best`, `importance` (see
    // parameterImportance()), the definition and the counts, as `grove-cli sweep-show --json`
    // prints them.
    QJsonObject toJson() const;
};

// The mean objective of each configuration over its finished repeats, by trial number: at
// `rung`, or (-1) at the furthest rung each configuration reached.
std::map<int, double> meanObjectives(const std::vector<SweepTrial>& trials, int rung = -1);

// A trial as `sweep-show --json` lists it: {trial, repeat, params, status, run_id, value,
// train_seconds}, and `rung` for halving.
QJsonObject sweepTrialJson(const SweepTrial& trial, bool withRung);

// Reads a sweep with its trials.
Result<SweepState> loadSweep(Workspace& workspace, const QString& reference);

// Records a new sweep from its definition; trials start with runSweep().
Result<qint64> createSweep(Workspace& workspace, const SweepDefinition& definition);

// Runs a sweep's trials that have not ended, `parallel` at a time (default: half the cores, at
// least one; the cores are split between them), each a normal run in the sweep's experiment,
// until the budget (trials × repeats, and the time limit) is spent or `control` is interrupted:
// then the trials being trained are marked stopped and the sweep "stopped", and runSweep() on it
// again (resume) trains what is left, interrupted trials first with their configurations,
// without repeating a finished one. The data are read and checked once; each worker builds the
// training matrices once for all its trials. `onTrial` is told of each trial as it ends (from
// the worker's thread, one at a time).
//
// Only one runner at a time, in any process: runSweep() holds the sweep's lock file
// (sweepLockPath()) while it works, and a second call is refused while it does.
Result<SweepState> runSweep(Workspace& workspace, qint64 sweepId, JobControl& control,
                            const std::function<void(const SweepTrial&, const SweepState&)>& onTrial = {});

// The lock file that whoever runs sweep `sweepId` holds: `<workspace>/sweeps/<id>.lock`.
QString sweepLockPath(const Workspace& workspace, qint64 sweepId);
// Whether a process (this one included) is running the sweep now.
bool sweepIsBeingRun(const Workspace& workspace, qint64 sweepId);

} // namespace grove
