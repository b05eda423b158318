#include "core/validate/ValidationRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::ValidationRules)
};

const char* comparisonText(ValidationRule::Comparison comparison)
{
    switch (comparison) {
    case ValidationRule::Comparison::AtLeast:
        return ">=";
    case ValidationRule::Comparison::Above:
        return ">";
    case ValidationRule::Comparison::AtMost:
        return "<=";
    case ValidationRule::Comparison::Below:
        return "<";
    }
    return ">=";
}

QString number(double value) { return QString::number(value, 'g', QLocale::FloatingPointShortest); }

// JSON has no NaN: a missing number is null.
QJsonValue jsonNumber(double value) { return std::isfinite(value) ? QJsonValue(value) : QJsonValue(); }
double fromJsonNumber(const QJsonValue& value) { return value.isDouble() ? value.toDouble() : NAN; }

QString examples()
{
    return Text::tr("Write a rule as METRIC OPERATOR VALUE, for example valid.auc >= 0.9, valid.rmse <= 12, or "
                    "valid.auc >= production - 0.01 (not worse than the Production version by more than 0.01); "
                    "figures of the held-out predictions read threshold.precision >= 0.8, eval.brier <= 0.2 or "
                    "min(slices(region).auc) >= 0.7.");
}

// The forms of the rules on the held-out predictions, for mistakes in them.
QString figureExamples()
{
    return Text::tr("Rules on the held-out predictions compare a figure with a number: threshold.FIGURE for a "
                    "binary run at its saved decision threshold (threshold.precision >= 0.8, threshold.cost <= 0.2), "
                    "eval.FIGURE (eval.brier <= 0.2, eval.rmse <= 12), or the worst slice by a column of the data: "
                    "min(slices(region).auc) >= 0.7, max(slices(region).rmse) <= 12.");
}

constexpr unsigned taskBit(Task task) { return 1u << unsigned(task); }
constexpr unsigned kBinary = taskBit(Task::Binary), kMulticlass = taskBit(Task::Multiclass),
                   kRegression = taskBit(Task::Regression);

// Every figure a rule on the held-out predictions can name: the runs that have it, and whether
// less of it is better. core/services measures them (core/evaluate computes them).
struct FigureName
{
    ValidationRule::Figure figure;
    const char* name;
    unsigned tasks;
    bool lowerIsBetter = false;
};

using F = ValidationRule::Figure;
constexpr FigureName kFigures[] = {
    {F::AtThreshold, "precision", kBinary},
    {F::AtThreshold, "recall", kBinary},
    {F::AtThreshold, "f1", kBinary},
    {F::AtThreshold, "accuracy", kBinary},
    {F::AtThreshold, "specificity", kBinary},
    {F::AtThreshold, "mcc", kBinary},
    {F::AtThreshold, "cost", kBinary, true},
    {F::Evaluation, "auc", kBinary},
    {F::Evaluation, "average_precision", kBinary},
    {F::Evaluation, "brier", kBinary, true},
    {F::Evaluation, "ece", kBinary, true},
    {F::Evaluation, "log_loss", kBinary | kMulticlass, true},
    {F::Evaluation, "accuracy", kMulticlass},
    {F::Evaluation, "macro_precision", kMulticlass},
    {F::Evaluation, "macro_recall", kMulticlass},
    {F::Evaluation, "macro_f1", kMulticlass},
    {F::Evaluation, "weighted_f1", kMulticlass},
    {F::Evaluation, "rmse", kRegression, true},
    {F::Evaluation, "mae", kRegression, true},
    {F::Evaluation, "r2", kRegression},
    {F::WorstSlice, "auc", kBinary},
    {F::WorstSlice, "accuracy", kBinary | kMulticlass},
    {F::WorstSlice, "precision", kBinary},
    {F::WorstSlice, "recall", kBinary},
    {F::WorstSlice, "rmse", kRegression, true},
    {F::WorstSlice, "mae", kRegression, true},
};

const FigureName* findFigure(ValidationRule::Figure figure, const QString& name)
{
    for (const FigureName& known : kFigures) {
        if (known.figure == figure && name == QLatin1StringView(known.name))
            return &known;
    }
    return nullptr;
}

// A column as a slices rule writes it: as it is, or in double quotes (doubled inside) when it has
// parentheses, quotes or spaces at its ends.
QString columnText(const QString& column)
{
    static const QRegularExpression plain(uR"re(^[^()"\s](?:[^()"]*[^()"\s])?$)re"_s);
    if (plain.match(column).hasMatch())
        return column;
    return u'"' + QString(column).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString columnFromText(const QString& text)
{
    if (!text.startsWith(u'"'))
        return text;
    return text.mid(1, text.size() - 2).replace(u"\"\""_s, u"\""_s);
}

} // namespace

QString ValidationRule::measured() const
{
    if (figure == Figure::WorstSlice)
        return u"%1(slices(%2).%3)"_s.arg(lowerIsBetter() ? u"max"_s : u"min"_s, columnText(column), metric);
    return split + u'.' + metric;
}

bool ValidationRule::lowerIsBetter() const
{
    const FigureName* known = findFigure(figure, metric);
    return known && known->lowerIsBetter;
}

QString ValidationRule::text() const
{
    QString rhs;
    if (!relativeToProduction)
        rhs = number(value);
    else if (value == 0)
        rhs = u"production"_s;
    else
        rhs = u"production %1 %2"_s.arg(value < 0 ? u"-"_s : u"+"_s, number(std::abs(value)));
    return u"%1 %2 %3"_s.arg(measured(), QLatin1StringView(comparisonText(comparison)), rhs);
}

double ValidationRule::threshold(double productionValue) const
{
    return relativeToProduction ? productionValue + value : value;
}

bool ValidationRule::holds(double measured, double limit) const
{
    if (!std::isfinite(measured) || !std::isfinite(limit))
        return false;
    switch (comparison) {
    case Comparison::AtLeast:
        return measured >= limit;
    case Comparison::Above:
        return measured > limit;
    case Comparison::AtMost:
        return measured <= limit;
    case Comparison::Below:
        return measured < limit;
    }
    return false;
}

namespace {

// The figure of "threshold.FIGURE" or "eval.FIGURE", checked against what such rules can name.
Status readFigureName(ValidationRule& rule, const QString& trimmed)
{
    rule.figure = rule.split == u"threshold"_s ? ValidationRule::Figure::AtThreshold : ValidationRule::Figure::Evaluation;
    if (findFigure(rule.figure, rule.metric))
        return {};
    const QString names = ruleFigures(rule.figure).join(u", "_s);
    return Error::badInput(
        (rule.figure == ValidationRule::Figure::AtThreshold
             ? Text::tr("In the rule \"%1\", \"%2\" is not a figure at the decision threshold; write one of: %3. %4")
             : Text::tr("In the rule \"%1\", \"%2\" is not a figure of the evaluation; write one of: %3. %4"))
            .arg(trimmed, rule.measured(), names, figureExamples()));
}

// The worst slice of "min(slices(COLUMN).FIGURE)" or "max(…)"; `aggregate` is "min" or "max".
Status readSliceFigure(ValidationRule& rule, const QString& trimmed, const QString& aggregate)
{
    rule.figure = ValidationRule::Figure::WorstSlice;
    if (rule.column.isEmpty())
        return Error::badInput(Text::tr("In the rule \"%1\", slices() names no column: write the column of the data to "
                                        "slice by. %2")
                                   .arg(trimmed, figureExamples()));
    if (!findFigure(rule.figure, rule.metric))
        return Error::badInput(Text::tr("In the rule \"%1\", \"%2\" is not a figure of slices; write one of: %3. %4")
                                   .arg(trimmed, rule.metric, ruleFigures(rule.figure).join(u", "_s), figureExamples()));
    // A rule checks the worst slice: the smallest where more is better, the largest where less is.
    if ((aggregate == u"max"_s) != rule.lowerIsBetter())
        return Error::badInput((rule.lowerIsBetter()
                                    ? Text::tr("In the rule \"%1\", min(…) would take the best slice: the worst slice's %2 "
                                               "is the largest. Write %3.")
                                    : Text::tr("In the rule \"%1\", max(…) would take the best slice: the worst slice's %2 "
                                               "is the smallest. Write %3."))
                                   .arg(trimmed, rule.metric, rule.measured()));
    return {};
}

} // namespace

Result<ValidationRule> ValidationRule::parse(const QString& text)
{
    static const QRegularExpression form(
        uR"(^\s*([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z0-9_@.:\-]+)\s*(>=|<=|>|<)\s*(.*?)\s*$)"_s);
    static const QRegularExpression aggregate(uR"(^(min|max)\s*\()"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sliceForm(
        uR"re(^(min|max)\s*\(\s*slices\s*\(\s*("(?:[^"]|"")*"|[^()"]*?)\s*\)\s*\.\s*([A-Za-z0-9_]*)\s*\))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comparisonForm(uR"(^\s*(>=|<=|>|<)\s*(.*?)\s*$)"_s);
    static const QRegularExpression relative(uR"(^production(?:\s*([+-])\s*(\S+))?$)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(Text::tr("A validation rule is empty. %1").arg(examples()));
    ValidationRule rule;
    QString op, rhs;
    if (aggregate.match(trimmed).hasMatch()) {
        const auto slices = sliceForm.match(trimmed);
        if (!slices.hasMatch())
            return Error::badInput(Text::tr("The rule \"%1\" does not read as min(slices(COLUMN).FIGURE) or "
                                            "max(slices(COLUMN).FIGURE). %2")
                                       .arg(trimmed, figureExamples()));
        rule.column = columnFromText(slices.captured(2));
        rule.metric = slices.captured(3);
        if (auto status = readSliceFigure(rule, trimmed, slices.captured(1).toLower()); !status)
            return status.error();
        const auto comparison = comparisonForm.match(trimmed.mid(slices.capturedEnd(0)));
        if (!comparison.hasMatch())
            return Error::badInput(Text::tr("The rule \"%1\" has no comparison (>=, >, <= or <) after %2. %3")
                                       .arg(trimmed, rule.measured(), figureExamples()));
        op = comparison.captured(1);
        rhs = comparison.captured(2);
    } else {
        const auto match = form.match(trimmed);
        if (!match.hasMatch()) {
            const bool hasOperator = trimmed.contains(u'<') || trimmed.contains(u'>');
            return Error::badInput(
                (hasOperator ? Text::tr("The rule \"%1\" does not start with a metric such as valid.auc (the data, a "
                                        "dot, the metric).")
                             : Text::tr("The rule \"%1\" has no comparison (>=, >, <= or <)."))
                    .arg(trimmed) +
                u' ' + examples());
        }
        rule.split = match.captured(1);
        rule.metric = match.captured(2);
        if (rule.split == u"threshold"_s || rule.split == u"eval"_s) {
            if (auto status = readFigureName(rule, trimmed); !status)
                return status.error();
        }
        op = match.captured(3);
        rhs = match.captured(4);
    }
    rule.comparison = op == u">="_s  ? Comparison::AtLeast
                      : op == u">"_s ? Comparison::Above
                      : op == u"<="_s ? Comparison::AtMost
                                      : Comparison::Below;
    const bool onPredictions = rule.needsHeldOutPredictions();
    if (rhs.isEmpty())
        return Error::badInput(
            (onPredictions ? Text::tr("The rule \"%1\" ends after \"%2\": a number must follow. %3")
                           : Text::tr("The rule \"%1\" ends after \"%2\": a number or \"production\" must follow. %3"))
                .arg(trimmed, op, onPredictions ? figureExamples() : examples()));
    bool ok = false;
    const double plain = rhs.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(plain))
            return Error::badInput(Text::tr("The rule \"%1\" compares with %2; use a finite number. %3")
                                       .arg(trimmed, rhs, onPredictions ? figureExamples() : examples()));
        rule.value = plain;
        return rule;
    }
    const auto production = relative.match(rhs);
    if (onPredictions && production.hasMatch())
        return Error::badInput(Text::tr("In the rule \"%1\", %2 is compared with production: only a metric the run "
                                        "recorded (such as valid.auc) can be compared with the Production version. "
                                        "Compare %2 with a number. %3")
                                   .arg(trimmed, rule.measured(), figureExamples()));
    if (onPredictions)
        return Error::badInput(
            Text::tr("In the rule \"%1\", \"%2\" is not a number. %3").arg(trimmed, rhs, figureExamples()));
    if (!production.hasMatch())
        return Error::badInput(Text::tr("In the rule \"%1\", \"%2\" is neither a number nor \"production\" with an "
                                        "optional + or - margin. %3")
                                   .arg(trimmed, rhs, examples()));
    rule.relativeToProduction = true;
    if (production.hasCaptured(2)) {
        const double margin = production.captured(2).toDouble(&ok);
        if (!ok || !std::isfinite(margin) || margin < 0)
            return Error::badInput(Text::tr("In the rule \"%1\", the margin \"%2\" is not a number of zero or more. %3")
                                       .arg(trimmed, production.captured(2), examples()));
        rule.value = production.captured(1) == u"-"_s ? -margin : margin;
    }
    return rule;
}

Result<QList<ValidationRule>> parseRules(const QStringList& texts)
{
    QList<ValidationRule> rules;
    for (const QString& text : texts) {
        auto rule = ValidationRule::parse(text);
        if (!rule)
            return rule.error();
        rules << *rule;
    }
    return rules;
}

QStringList ruleTexts(const QList<ValidationRule>& rules)
{
    QStringList texts;
    for (const ValidationRule& rule : rules)
        texts << rule.text();
    return texts;
}

QStringList ruleFigures(ValidationRule::Figure figure, std::optional<Task> task)
{
    QStringList names;
    for (const FigureName& known : kFigures) {
        const QString name = QLatin1StringView(known.name);
        if (known.figure == figure && (!task || (known.tasks & taskBit(*task))) && !names.contains(name))
            names << name;
    }
    return names;
}

bool ValidationReport::passed() const
{
    return !checks.isEmpty() &&
           std::all_of(checks.begin(), checks.end(), [](const ValidationCheck& check) { return check.passed; });
}

QStringList ValidationReport::failures() const
{
    QStringList failures;
    for (const ValidationCheck& check : checks) {
        if (!check.passed) {
            QString detail = check.detail;
            if (detail.endsWith(u'.'))
                detail.chop(1); // failures are joined with "; "
            failures << u"%1: %2"_s.arg(TechnicalCheck::label(check.name), detail);
        }
    }
    return failures;
}

QJsonObject ValidationReport::toJson() const
{
    QJsonArray list;
    for (const ValidationCheck& check : checks) {
        QJsonObject item{{u"kind"_s, check.kind == ValidationCheck::Kind::Rule ? u"rule"_s : u"technical"_s},
                         {u"name"_s, check.name},
                         {u"passed"_s, check.passed},
                         {u"detail"_s, check.detail}};
        if (!check.applicable)
            item.insert(u"applicable"_s, false);
        if (check.kind == ValidationCheck::Kind::Rule) {
            item.insert(u"value"_s, jsonNumber(check.value));
            item.insert(u"threshold"_s, jsonNumber(check.threshold));
        }
        list.append(item);
    }
    QJsonObject json{{u"run_id"_s, runId},
                     {u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
                     {u"user"_s, user},
                     {u"passed"_s, passed()},
                     {u"checks"_s, list}};
    if (!production.isEmpty())
        json.insert(u"production"_s, production);
    return json;
}

Result<ValidationReport> ValidationReport::fromJson(const QJsonObject& json)
{
    ValidationReport report;
    report.runId = json.value(u"run_id"_s).toInteger();
    report.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    report.user = json.value(u"user"_s).toString();
    report.production = json.value(u"production"_s).toString();
    if (!json.value(u"checks"_s).isArray() || !report.time.isValid())
        return Error::internal(Text::tr("A stored validation report of run %1 is damaged.").arg(report.runId));
    for (const QJsonValue& value : json.value(u"checks"_s).toArray()) {
        const QJsonObject item = value.toObject();
        ValidationCheck check;
        check.kind = item.value(u"kind"_s).toString() == u"rule"_s ? ValidationCheck::Kind::Rule
                                                                   : ValidationCheck::Kind::Technical;
        check.name = item.value(u"name"_s).toString();
        check.passed = item.value(u"passed"_s).toBool();
        check.applicable = item.value(u"applicable"_s).toBool(true);
        check.detail = item.value(u"detail"_s).toString();
        check.value = fromJsonNumber(item.value(u"value"_s));
        check.threshold = fromJsonNumber(item.value(u"threshold"_s));
        report.checks << check;
    }
    return report;
}

QString TechnicalCheck::label(const QString& name)
{
    if (name == QLatin1StringView(ModelReloads))
        return Text::tr("The model reloads from its file");
    if (name == QLatin1StringView(SchemaMatches))
        return Text::tr("The input schema matches the training dataset");
    if (name == QLatin1StringView(PredictionsReproduce))
        return Text::tr("The reloaded model reproduces the held-out predictions");
    if (name == QLatin1StringView(PredictionsFinite))
        return Text::tr("No prediction is NaN or infinite");
    return name;
}

} // namespace grove
