#pragma once

#include "core/common/Result.h"

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
struct ValidationRule
{
    enum class Comparison { AtLeast, Above, AtMost, Below };

    QString split;  // "valid"
    QString metric; // "auc"
    Comparison comparison = Comparison::AtLeast;
    bool relativeToProduction = false;
    double value = 0; // the threshold; with relativeToProduction, what is added to Production's value

    // The rule written out canonically ("valid.auc >= production - 0.01").
    QString text() const;
    bool holds(double measured, double threshold) const;
    // The threshold for a Production value (or the plain threshold).
    double threshold(double productionValue = NAN) const;

    // Parses one rule; a mistake is a BadInput error whose message quotes the rule, points at
    // the part that is wrong, and shows the forms that work.
    static Result<ValidationRule> parse(const QString& text);
};

Result<QList<ValidationRule>> parseRules(const QStringList& texts);
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
