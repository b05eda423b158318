#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/model/ModelSchema.h"
#include "core/validate/ValidationRules.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace grove {

class Workspace;
struct RunRecord;

// The version of a model now in Production, for rules that compare with it.
struct ProductionModel
{
    QString label;      // "churn version 3", as reports name it
    QByteArray model;   // its model.ubj
    ModelSchema schema; // its features, categories, classes and task (metadata.json's "schema")
    std::optional<int> bestIteration; // when it stopped early, it predicts with the rounds up to this one
};

// What a rule on the held-out predictions measured, and a sentence saying what it is ("precision
// 0.83 at the saved threshold 0.42 on 1,200 held-out rows").
struct MeasuredFigure
{
    double value = NAN;
    QString detail;
};

// Measures a rule on a figure of the run's held-out predictions (threshold.*, eval.*, slices).
// core/services gives one (HeldOutFigures): reading and evaluating the predictions takes
// core/evaluate and core/services, which are not below this part. An error (no predictions file,
// a figure the run's task does not have) fails the rule's check with its message.
using FigureMeasure = std::function<Result<MeasuredFigure>(const RunRecord& run, const ValidationRule& rule)>;

// Validates a finished run: the technical checks (the model file reloads with its recorded
// SHA-256; the training dataset and its columns are still those the run was trained on; the
// reloaded model reproduces the stored held-out predictions exactly; no prediction is NaN or
// infinite) and every rule. A rule's metric is the run's value on its held-out data (at the best
// iteration when early stopping chose it). A rule relative to Production scores `production` on
// the run's own held-out rows with XGBoost's implementation of the metric; without a Production
// version such a rule passes and says so. A rule on the held-out predictions is measured by
// `figures`; without it, such a rule fails saying it was not measured. A failing check is part of
// the report, not an error; errors are for runs that cannot be validated at all (unknown, not
// finished, cancelled).
Result<ValidationReport> validateRun(Workspace& workspace, qint64 runId, const QList<ValidationRule>& rules,
                                     const std::optional<ProductionModel>& production, JobControl& control,
                                     const FigureMeasure& figures = {});

} // namespace grove
