#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/model/HeldOutPredictions.h"
#include "core/model/RunConfig.h"
#include "core/store/RunStore.h"
#include "core/train/Trainer.h"
#include "core/train/TrainingPlan.h"

#include <functional>

namespace grove {

class Workspace;

struct RunSummary
{
    qint64 runId = 0;
    RunStatus status = RunStatus::Finished;
    int roundsDone = 0;
    std::optional<int> bestIteration;
    QJsonObject finalMetrics;
    QJsonObject bestMetrics;
    QString modelSha256;
    QString message;
    QStringList warnings;
    double seconds = 0;
    // Seconds per step of a finished run: "prepare" (reading the run, checking the plan and the
    // dry run), then Trainer's steps (TrainingOutcome::stepSeconds), then "save" (model,
    // predictions, history and the run record).
    QList<QPair<QString, double>> stepSeconds;
};

// The checks before a run is recorded: the dataset references resolve, the configuration fits
// the data (see planTraining), and (with `askXgboost`) XGBoost accepts the parameters in a
// one-round trial on a few rows.
Result<TrainingPlan> prepareTraining(Workspace& workspace, const RunConfig& config, bool askXgboost = true);

// Records a run of a plan prepareTraining() checked, queued; its folder is made with it.
Result<qint64> recordQueuedRun(Workspace& workspace, const TrainingPlan& plan, std::optional<qint64> reproducedFrom = {});

// Checks `config` and records it as a queued run. Returns the run id.
Result<qint64> queueRun(Workspace& workspace, const RunConfig& config, std::optional<qint64> reproducedFrom = {});

// A queued run with the plan its checks produced.
struct QueuedRun
{
    qint64 runId = 0;
    TrainingPlan plan;
};
// queueRun() that hands back the checked plan too, for a caller that trains the run right away:
// given to executeRun(), it spares reading and checking the data a second time.
Result<QueuedRun> queueCheckedRun(Workspace& workspace, const RunConfig& config,
                                  std::optional<qint64> reproducedFrom = {});

// Trains a queued run: running, then finished, failed or cancelled. The per-round history and a
// heartbeat are saved as it goes, so a crash loses at most a second of it; the model
// (runs/<id>/model.ubj) and the held-out predictions (runs/<id>/predictions.csv) are written
// when it finishes. `checkedPlan` is the plan queueCheckedRun() returned for this run; it is used
// when it holds the configuration recorded with the run, which is otherwise checked again.
// `matrices` lends matrices built for an earlier training on the same rows (a sweep's trials).
Result<RunSummary> executeRun(Workspace& workspace, qint64 runId, JobControl& control,
                              const std::function<void(const RoundUpdate&)>& onRound = {},
                              std::optional<TrainingPlan> checkedPlan = {}, MatrixCache* matrices = nullptr);

struct Reproduction
{
    qint64 originalRunId = 0;
    RunSummary rerun;
    QString originalSha256;
    bool identical = false;
};

// Checks that a finished run can be trained again on the data it saw and queues its recorded
// configuration as a new run (reproducedFrom = runId). Returns the new run's id.
Result<qint64> queueReproduction(Workspace& workspace, qint64 runId);

// Trains a finished run's recorded configuration again (same data, same thread count) as a new
// run and compares the model bytes.
Result<Reproduction> reproduceRun(Workspace& workspace, qint64 runId, JobControl& control,
                                  const std::function<void(const RoundUpdate&)>& onRound = {});

// The stored configuration of a run, without the bookkeeping Grove keeps next to it.
Result<RunConfig> runConfig(const RunRecord& run);
QString modelPath(const Workspace& workspace, qint64 runId);
// Deletes the runs in the trash for good: their records and their runs/<id>/ folders.
// Returns how many runs were deleted.
Result<int> emptyRunTrash(Workspace& workspace);
QString predictionsPath(const Workspace& workspace, qint64 runId);
// The held-out predictions as CSV, as runs/<id>/predictions.csv keeps them: the row number in its
// dataset (1-based, as a spreadsheet counts), the fold for cross-validation, the true value, and
// the prediction(s).
QByteArray predictionsCsv(const TrainingPlan& plan, const TrainingOutcome& outcome);
// Where a run's held-out predictions are stored for evaluation (`predictions.f32`, float32), and
// what is stored there: the same rows as predictions.csv, with their folds and true labels.
QString heldOutPredictionsPath(const Workspace& workspace, qint64 runId);
HeldOutPredictions heldOutPredictions(const TrainingPlan& plan, const TrainingOutcome& outcome);

// The model of a finished run, read from runs/<id>/model.ubj after checking that it is the file the
// run recorded (its SHA-256). With `cutAtBest`, only the rounds up to the best iteration are kept
// when early stopping chose one. Errors name the file.
Result<xgb::Booster> loadRunModel(Workspace& workspace, const RunRecord& run, bool cutAtBest);
// A run's held-out predictions made again from its model and the snapshot it was trained on: for
// a run that has neither predictions.f32 nor predictions.csv. A cross-validated run's came from
// fold models that are not kept, so it is refused.
Result<HeldOutPredictions> rescoreHeldOutRows(Workspace& workspace, const RunRecord& run, JobControl& control);

} // namespace grove
