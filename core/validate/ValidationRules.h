#pragma once

#include "core/common/Result.h"
#include "core/model/RunConfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>

namespace grove {

// A rule a run must meet before its model may leave: a metric on the held-out data against a
// threshold ("valid.auc >= 0.9", "valid.rmse <= 12"), or against the current Production version
// of the model, scored on the same data ("valid.auc >= production - 0.01": not worse by more than
// 0.01; "valid.rmse <= production + 0.5").
// Or a figure of the run's held-out predictions against a threshold: at the binary run's saved
// decision threshold ("threshold.precision >= 0.8", "threshold.cost <= 0.2"), of their evaluation
// ("eval.brier <= 0.2"), or of the worst slice by a column of the scored data
// ("min(slices(region).auc) >= 0.7", "max(slices(region).rmse) <= 12": the smallest where more is
// better, the largest where less is).
struct ValidationRule
{
    enum class Comparison { AtLeast, Above, AtMost, Below };
    enum class Figure {
        RunMetric,   // split.metric: what the run recorded while training
        AtThreshold, // threshold.FIGURE
        Evaluation,  // eval.FIGURE
        WorstSlice,  // min(slices(COLUMN).FIGURE) or max(…)
    };

    Figure figure = Figure::RunMetric;
    QString split;  // "valid" (a run metric's split; "threshold" or "eval" for those figures, empty for slices)
    QString metric; // "auc"
    QString column; // the column a WorstSlice rule slices by
    Comparison comparison = Comparison::AtLeast;
    bool relativeToProduction = false;
    double value = 0; // the threshold; with relativeToProduction, what is added to Production's value

    // The rule written out canonically ("valid.auc >= production - 0.01", "min(slices(region).auc) >= 0.7").
    QString text() const;
    // What it measures, without the comparison ("valid.auc", "min(slices(region).auc)").
    QString measured() const;
    // Whether it is measured on the run's held-out predictions rather than read from the run.
    bool needsHeldOutPredictions() const { return figure != Figure::RunMetric; }
    // Whether less of its figure is better (cost, Brier, RMSE…): the worst slice is then the largest.
    bool lowerIsBetter() const;
    bool holds(double measured, double threshold) const;
    // The threshold for a Production value (or the plain threshold).
    double threshold(double productionValue = NAN) const;

    // Parses one rule; a mistake is a BadInput error whose message quotes the rule, points at
    // the part that is wrong, and shows the forms that work.
    static Result<ValidationRule> parse(const QString& text);
};

Result<QList<ValidationRule>> parseRules(const QStringList& texts);
// The figures a form of rule may name (threshold.*, eval.*, slices), for runs of `task`, or for
// any task; empty for Figure::RunMetric, whose metrics are those the run recorded.
QStringList ruleFigures(ValidationRule::Figure figure, std::optional<Task> task = std::nullopt);
QStringList ruleTexts(const QList<ValidationRule>& rules);

// One line of a validation report.
struct ValidationCheck
{
    enum class Kind { Rule, Technical };
    Kind kind = Kind::Technical;
    QString name;           // the rule's text, or the technical check's key (see TechnicalCheck)
    bool passed = false;
    bool applicable = true; // false: the check does not apply to this run (it passes, and says why)
    double value = NAN;     // what was measured (rules)
    double threshold = NAN; // what it had to reach (rules)
    QString detail;         // how it was checked, or why it failed, in a sentence
};

// The outcome of validating a run: each rule and technical check, passed only if all passed.
struct ValidationReport
{
    qint64 runId = 0;
    QDateTime time; // UTC
    QString user;
    QList<ValidationCheck> checks;
    QString production; // "churn version 3" when rules compared with a Production version

    bool passed() const;
    QStringList failures() const; // "name: detail" of each failed check
    QJsonObject toJson() const;
    static Result<ValidationReport> fromJson(const QJsonObject& json);
};

// The technical checks every validation makes, by the key reports store.
namespace TechnicalCheck {
inline constexpr auto ModelReloads = "model_reloads";               // the model file loads and has the recorded SHA-256
inline constexpr auto SchemaMatches = "schema_matches";             // the training dataset and its columns are as trained
inline constexpr auto PredictionsReproduce = "predictions_reproduce"; // the reloaded model gives the stored held-out predictions
inline constexpr auto PredictionsFinite = "predictions_finite";     // no NaN or infinite prediction
// What a check is called in reports and in the GUI (translated); a rule's text as it is.
QString label(const QString& name);
} // namespace TechnicalCheck

} // namespace grove
