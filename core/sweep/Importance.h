#pragma once

#include "core/common/Result.h"
#include "core/sweep/SweepRunner.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace grove {

// How much each searched parameter mattered for a sweep's objective.
struct ParameterImportance
{
    QString parameter;
    double meanAbsShap = 0; // of a small XGBoost model from the parameters to the objective
    double spearman = 0;    // rank correlation of the parameter's value with the objective (NaN: constant)
};

struct SweepImportance
{
    std::vector<ParameterImportance> parameters; // by mean |SHAP|, largest first
    int configurations = 0;                      // finished configurations the model learned from
    // Set when there are too few finished configurations for the figures to mean much.
    QString caution;

    QJsonObject toJson() const; // {"parameters": [{parameter, mean_abs_shap, spearman}], "configurations", "caution"}
};

// Fits a small XGBoost regression (depth 3, 50 rounds, one thread, fixed seed) from each finished
// configuration's parameters (choices by their index, log ranges in the logarithm) to its mean
// objective, and reports each parameter's mean |SHAP| over those configurations and its Spearman
// correlation with the objective. Needs at least 3 finished configurations.
Result<SweepImportance> parameterImportance(const SweepState& state);

// Spearman's rank correlation (ties at their mean rank); NaN when either side is constant.
double spearmanCorrelation(const std::vector<double>& x, const std::vector<double>& y);

} // namespace grove
