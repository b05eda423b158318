#include "core/validate/ValidationStore.h"

#include "core/store/RunStore.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::ValidationStore)
};

Result<ValidationReport> readReport(const Statement& statement)
{
    const QJsonDocument json = QJsonDocument::fromJson(statement.text(0).toUtf8());
    return ValidationReport::fromJson(json.object());
}

} // namespace

Result<qint64> ValidationStore::save(const ValidationReport& report)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    auto statement =
        m_database.prepare(u"INSERT INTO validation_reports (run_id, created_at, passed, report) VALUES (?, ?, ?, ?)"_s);
    if (!statement)
        return statement.error();
    const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
    statement->bind(1, report.runId)
        .bind(2, report.time.toUTC().toString(Qt::ISODateWithMs))
        .bind(3, report.passed() ? 1 : 0)
        .bind(4, QString::fromUtf8(json));
    if (auto status = statement->run(); !status)
        return status.error();
    const qint64 id = m_database.lastInsertId();
    const QJsonObject details{{u"passed"_s, report.passed()}, {u"report_id"_s, id}};
    if (auto status = recordEvent(m_database, u"run.validated"_s, u"run:%1"_s.arg(report.runId),
                                  QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), QJsonValue(),
                                  QJsonObject{{u"passed"_s, report.passed()}});
        !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<QList<ValidationReport>> ValidationStore::all(qint64 runId)
{
    auto statement = m_database.prepare(u"SELECT report FROM validation_reports WHERE run_id = ? ORDER BY id DESC"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, runId);
    QList<ValidationReport> reports;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return reports;
        auto report = readReport(*statement);
        if (!report)
            return report.error();
        reports << *report;
    }
}

Result<std::optional<ValidationReport>> ValidationStore::latest(qint64 runId)
{
    auto statement =
        m_database.prepare(u"SELECT report FROM validation_reports WHERE run_id = ? ORDER BY id DESC LIMIT 1"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, runId);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ValidationReport>();
    auto report = readReport(*statement);
    if (!report)
        return report.error();
    return std::optional<ValidationReport>(*report);
}

Result<QStringList> ValidationStore::experimentRules(const QString& experiment)
{
    auto statement = m_database.prepare(u"SELECT validation_rules FROM experiments WHERE name = ?"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, experiment.trimmed().isEmpty() ? u"Default"_s : experiment.trimmed());
    auto row = statement->step();
    if (!row)
        return row.error();
    QStringList rules;
    if (*row) {
        for (const QJsonValue& rule : QJsonDocument::fromJson(statement->text(0).toUtf8()).array())
            rules << rule.toString();
    }
    return rules;
}

Status ValidationStore::setExperimentRules(const QString& experiment, const QStringList& rules)
{
    auto parsed = parseRules(rules);
    if (!parsed)
        return parsed.error();
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto id = RunStore(m_database).experimentId(experiment);
    if (!id)
        return id.error();
    auto statement = m_database.prepare(u"UPDATE experiments SET validation_rules = ? WHERE id = ?"_s);
    if (!statement)
        return statement.error();
    const QJsonArray texts = QJsonArray::fromStringList(ruleTexts(*parsed));
    statement->bind(1, QString::fromUtf8(QJsonDocument(texts).toJson(QJsonDocument::Compact))).bind(2, *id);
    if (auto status = statement->run(); !status)
        return status;
    return transaction.commit();
}

} // namespace grove
