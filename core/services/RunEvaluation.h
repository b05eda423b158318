#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/evaluate/Evaluation.h"
#include "core/evaluate/Slices.h"
#include "core/model/HeldOutPredictions.h"

namespace grove {

class Workspace;
struct RunRecord;

// A finished run's held-out predictions. From `predictions.f32`, written when the run finished;
// a run trained before Grove kept that file has them read once from its `predictions.csv`
// (the same rows and the same numbers, written with 9 significant digits) and stored as
// `predictions.f32` next to it; a run with neither file has its held-out rows scored again from
// its model and snapshot (not possible for cross-validation, whose fold models are not kept).
// A damaged file is reported, never guessed around.
Result<HeldOutPredictions> loadHeldOutPredictions(Workspace& workspace, const RunRecord& run, JobControl& control);
Result<HeldOutPredictions> loadHeldOutPredictions(Workspace& workspace, const RunRecord& run);

// The run's held-out predictions (from loadHeldOutPredictions()) evaluated: what `grove-cli
// evaluate` prints. Refuses a run that held out no rows.
Result<Evaluation> evaluateRun(const RunRecord& run, const HeldOutPredictions& predictions, const DecisionOptions& options);

// Saves the decision threshold (and the costs it was chosen with) of a finished binary run, in
// the workspace and in the run's own record (run.json). `predict` then decides the class with
// it, and an export writes it into the version's metadata and model card.
Status saveRunDecision(Workspace& workspace, const RunRecord& run, const RunDecision& decision);

// The columns of the data the run was scored on: what slices can be made of.
Result<QStringList> sliceColumns(Workspace& workspace, const RunRecord& run);

// The slices of a column of the data the run was scored on (its validation dataset, or the
// dataset it held rows out of), for its held-out rows: numbers cut at `bins` quantiles,
// categories one slice each (beyond `maxCategories`, the rarest together as "other"). Any
// column will do, features or not.
Result<SliceKeys> sliceKeys(Workspace& workspace, const RunRecord& run, const HeldOutPredictions& predictions,
                            const QString& column, int bins, int maxCategories = 20);

// Reads held-out predictions as predictions.csv stores them, for a run of this task and classes.
// `where` names the file in messages.
Result<HeldOutPredictions> heldOutPredictionsFromCsv(QByteArrayView csv, Task task, const QStringList& classes,
                                                     const QString& where);

} // namespace grove
