#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/evaluate/Evaluation.h"
#include "core/evaluate/Slices.h"
#include "core/model/RunRecord.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace grove {

class Workspace;

// One of the compared runs, evaluated on its held-out rows (and sliced, when asked).
struct EvaluatedRun
{
    RunRecord run;
    std::optional<Evaluation> evaluation; // absent when its predictions could not be read
    std::optional<SliceReport> slices;
    QString problem;                      // why it has no evaluation or slices
    quint64 rowsFingerprint = 0;          // of the scored dataset and the held-out rows
    std::size_t heldOutRows = 0;
};

// The evaluations of several runs side by side, for the Compare page.
struct EvaluationComparison
{
    std::vector<EvaluatedRun> runs;
    // Every evaluated run was scored on the same rows of the same data: differences are the
    // models', not the rows'.
    bool sameRows = true;
    QStringList columns; // columns every evaluated run's scored data has, for slicing
};

// Evaluates each run at its saved decision, and slices each by `sliceColumn` (none when empty;
// numbers in `bins` quantile bins). A run that cannot be evaluated keeps its problem and the others
// go on.
Result<EvaluationComparison> compareEvaluations(Workspace& workspace, const QList<RunRecord>& runs,
                                                const QString& sliceColumn, int bins, JobControl& control);

} // namespace grove
