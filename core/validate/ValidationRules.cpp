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
                    "valid.auc >= production - 0.01 (not worse than the Production version by more than 0.01).");
}

} // namespace

QString ValidationRule::text() const
{
    QString rhs;
    if (!relativeToProduction)
        rhs = number(value);
    else if (value == 0)
        rhs = u"production"_s;
    else
        rhs = u"production %1 %2"_s.arg(value < 0 ? u"-"_s : u"+"_s, number(std::abs(value)));
    return u"%1.%2 %3 %4"_s.arg(split, metric, QLatin1StringView(comparisonText(comparison)), rhs);
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

Result<ValidationRule> ValidationRule::parse(const QString& text)
{
    static const QRegularExpression form(
        uR"(^\s*([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z0-9_@.:\-]+)\s*(>=|<=|>|<)\s*(.*?)\s*$)"_s);
    static const QRegularExpression relative(uR"(^production(?:\s*([+-])\s*(\S+))?$)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(Text::tr("A validation rule is empty. %1").arg(examples()));
    const auto match = form.match(trimmed);
    if (!match.hasMatch()) {
        const bool hasOperator = trimmed.contains(u'<') || trimmed.contains(u'>');
        return Error::badInput(
            (hasOperator ? Text::tr("The rule \"%1\" does not start with a metric such as valid.auc (the data, a dot, "
                                    "the metric).")
                         : Text::tr("The rule \"%1\" has no comparison (>=, >, <= or <)."))
                .arg(trimmed) +
            u' ' + examples());
    }
    ValidationRule rule;
    rule.split = match.captured(1);
    rule.metric = match.captured(2);
    const QString op = match.captured(3);
    rule.comparison = op == u">="_s  ? Comparison::AtLeast
                      : op == u">"_s ? Comparison::Above
                      : op == u"<="_s ? Comparison::AtMost
                                      : Comparison::Below;
    const QString rhs = match.captured(4);
    if (rhs.isEmpty())
        return Error::badInput(Text::tr("The rule \"%1\" ends after \"%2\": a number or \"production\" must follow. %3")
                                   .arg(trimmed, op, examples()));
    bool ok = false;
    const double plain = rhs.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(plain))
            return Error::badInput(Text::tr("The rule \"%1\" compares with %2; use a finite number. %3").arg(trimmed, rhs, examples()));
        rule.value = plain;
        return rule;
    }
    const auto production = relative.match(rhs);
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
