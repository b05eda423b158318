#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/model/ModelSchema.h"
#include "core/validate/ValidationRules.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace grove {

class Workspace;

// The version of a model now in Production, for rules that compare with it.
struct ProductionModel
{
    QString label;      // "churn version 3", as reports name it
    QByteArray model;   // its model.ubj
    ModelSchema schema; // its features, categories, classes and task (metadata.json's "schema")
    std::optional<int> bestIteration; // when it stopped early, it predicts with the rounds up to this one
};

// Validates a finished run: the technical checks (the model file reloads with its recorded
// SHA-256; the training dataset and its columns are still those the run was trained on; the
// reloaded model reproduces the stored held-out predictions exactly; no prediction is NaN or
// infinite) and every rule. A rule's metric is the run's value on its held-out data (at the best
// iteration when early stopping chose it). A rule relative to Production scores `production` on
// the run's own held-out rows with XGBoost's implementation of the metric; without a Production
// version such a rule passes and says so. A failing check is part of the report, not an error;
// errors are for runs that cannot be validated at all (unknown, not finished, cancelled).
Result<ValidationReport> validateRun(Workspace& workspace, qint64 runId, const QList<ValidationRule>& rules,
                                     const std::optional<ProductionModel>& production, JobControl& control);

} // namespace grove
