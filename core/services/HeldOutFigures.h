#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/evaluate/Evaluation.h"
#include "core/evaluate/Slices.h"
#include "core/model/HeldOutPredictions.h"
#include "core/validate/Validation.h"

#include <map>
#include <optional>

namespace grove {

class Workspace;

// Measures validation rules on the figures of a run's held-out predictions (threshold.*, eval.*,
// min/max(slices(…))), as validateRun() asks through its FigureMeasure. The predictions are read
// at the first rule that needs them, once for the whole validation, and so are their evaluation
// (with the run's saved decision threshold and costs) and the slices of each column.
//
// The predictions are those the run stored (predictions.f32, or predictions.csv for a run from
// before it); unlike `grove-cli evaluate`, a run that kept neither is not scored again from its
// model: validation judges what the run kept, and a missing file fails the rule, naming it.
// Slices are those of `grove-cli evaluate --slice-by` with its defaults (5 quantile bins of a
// number; a slice for each of the 20 most frequent categories, the rest as "other"), and a rule
// takes their point estimates; a slice without the figure (AUC of a single class) is left out.
class HeldOutFigures
{
public:
    static constexpr int kSliceBins = 5;
    static constexpr int kMaxSlices = 20;

    HeldOutFigures(Workspace& workspace, JobControl& control);

    Result<MeasuredFigure> measure(const RunRecord& run, const ValidationRule& rule);
    // measure(), for validateRun(); this object must outlive the validation.
    FigureMeasure measurer();

private:
    const Result<HeldOutPredictions>& predictions(const RunRecord& run);
    const Result<Evaluation>& evaluation(const RunRecord& run);
    const Result<SliceReport>& slices(const RunRecord& run, const QString& column);
    Result<MeasuredFigure> atThreshold(const RunRecord& run, const ValidationRule& rule);
    Result<MeasuredFigure> ofEvaluation(const RunRecord& run, const ValidationRule& rule);
    Result<MeasuredFigure> worstSlice(const RunRecord& run, const ValidationRule& rule);

    Workspace& m_workspace;
    JobControl& m_control;
    qint64 m_runId = 0; // the run the kept results belong to
    std::optional<Result<HeldOutPredictions>> m_predictions;
    std::optional<Result<Evaluation>> m_evaluation;
    std::map<QString, Result<SliceReport>> m_slices; // by column
};

} // namespace grove
