#include "core/store/SweepStore.h"

#include "core/common/SafeText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::SweepStore)
};

QString compact(const QJsonDocument& document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

const QString kColumns = u"id, name, definition, status, created_at, updated_at"_s;

SweepRecord readSweep(const Statement& row)
{
    SweepRecord s;
    s.id = row.integer(0);
    s.name = row.text(1);
    s.definition = QJsonDocument::fromJson(row.text(2).toUtf8()).object();
    s.status = row.text(3);
    s.createdAt = QDateTime::fromString(row.text(4), Qt::ISODateWithMs);
    s.updatedAt = QDateTime::fromString(row.text(5), Qt::ISODateWithMs);
    return s;
}

} // namespace

Result<qint64> SweepStore::create(const SweepDefinition& definition, const std::function<Result<qint64>(qint64)>& claimId)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    auto existing = m_database.prepare(u"SELECT id FROM sweeps WHERE name = ?"_s);
    if (!existing)
        return existing.error();
    existing->bind(1, definition.name);
    auto row = existing->step();
    if (!row)
        return row.error();
    if (*row)
        return Error::conflict(Text::tr("A sweep named \"%1\" exists already (sweep %2). Choose another name.")
                                   .arg(escapeUnsafeText(definition.name))
                                   .arg(existing->integer(0)));
    const auto chosen = claimNextId(m_database, u"sweeps"_s, claimId);
    if (!chosen)
        return chosen.error();
    const QString now = storedTime(QDateTime::currentDateTimeUtc());
    auto insert = m_database.prepare(
        u"INSERT INTO sweeps (id, name, definition, status, created_at, updated_at) VALUES (?, ?, ?, 'running', ?, ?)"_s);
    if (!insert)
        return insert.error();
    if (*chosen)
        insert->bind(1, **chosen);
    else
        insert->bindNull(1);
    insert->bind(2, definition.name).bind(3, compact(QJsonDocument(definition.toJson()))).bind(4, now).bind(5, now);
    if (auto status = insert->run(); !status)
        return status.error();
    const qint64 id = m_database.lastInsertId();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<SweepRecord> SweepStore::find(const QString& reference)
{
    const QString trimmed = reference.trimmed();
    bool isId = false;
    const qint64 id = trimmed.toLongLong(&isId);
    auto statement = m_database.prepare(
        u"SELECT %1 FROM sweeps WHERE %2 ORDER BY id LIMIT 1"_s.arg(kColumns, isId ? u"id = ?"_s : u"name = ?"_s));
    if (!statement)
        return statement.error();
    if (isId)
        statement->bind(1, id);
    else
        statement->bind(1, trimmed);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(Text::tr("There is no sweep \"%1\" in this workspace.")
                                   .arg(escapeUnsafeText(trimmed)));
    return readSweep(*statement);
}

Result<QList<SweepRecord>> SweepStore::list()
{
    auto statement = m_database.prepare(u"SELECT %1 FROM sweeps ORDER BY id"_s.arg(kColumns));
    if (!statement)
        return statement.error();
    QList<SweepRecord> sweeps;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        sweeps << readSweep(*statement);
    }
    return sweeps;
}

Status SweepStore::setStatus(qint64 id, const QString& status)
{
    auto statement = m_database.prepare(u"UPDATE sweeps SET status = ?, updated_at = ? WHERE id = ?"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, status).bind(2, storedTime(QDateTime::currentDateTimeUtc())).bind(3, id);
    return statement->run();
}

Status SweepStore::remove(qint64 id)
{
    auto statement = m_database.prepare(u"DELETE FROM sweeps WHERE id = ?"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    return statement->run();
}

Status SweepStore::restore(const SweepRecord& sweep, const std::vector<SweepTrial>& trials)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    auto insert = m_database.prepare(
        u"INSERT INTO sweeps (id, name, definition, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return insert.error();
    insert->bind(1, sweep.id)
        .bind(2, sweep.name)
        .bind(3, compact(QJsonDocument(sweep.definition)))
        .bind(4, sweep.status)
        .bind(5, storedTime(sweep.createdAt))
        .bind(6, storedTime(sweep.updatedAt));
    if (auto status = insert->run(); !status)
        return status;
    for (const SweepTrial& trial : trials) {
        if (auto status = saveTrial(sweep.id, trial); !status)
            return status;
    }
    auto times = m_database.prepare(u"UPDATE sweeps SET updated_at = ? WHERE id = ?"_s);
    if (!times)
        return times.error();
    times->bind(1, storedTime(sweep.updatedAt)).bind(2, sweep.id);
    if (auto status = times->run(); !status)
        return status;
    return transaction.commit();
}

Status SweepStore::saveTrial(qint64 sweepId, const SweepTrial& trial)
{
    QJsonArray point;
    for (double v : trial.point)
        point.append(v);
    auto statement = m_database.prepare(
        u"INSERT OR REPLACE INTO sweep_trials (sweep_id, trial, repeat, rung, point, params, run_id, status, value, "
        "train_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, sweepId)
        .bind(2, trial.trial)
        .bind(3, trial.repeat)
        .bind(4, trial.rung)
        .bind(5, compact(QJsonDocument(point)))
        .bind(6, compact(QJsonDocument(trial.params)))
        .bind(8, trial.status);
    if (trial.runId)
        statement->bind(7, *trial.runId);
    else
        statement->bindNull(7);
    if (trial.value)
        statement->bind(9, *trial.value);
    else
        statement->bindNull(9);
    if (trial.trainSeconds)
        statement->bind(10, *trial.trainSeconds);
    else
        statement->bindNull(10);
    if (auto status = statement->run(); !status)
        return status;
    auto touch = m_database.prepare(u"UPDATE sweeps SET updated_at = ? WHERE id = ?"_s);
    if (!touch)
        return touch.error();
    touch->bind(1, storedTime(QDateTime::currentDateTimeUtc())).bind(2, sweepId);
    return touch->run();
}

Result<std::vector<SweepTrial>> SweepStore::trials(qint64 sweepId)
{
    auto statement = m_database.prepare(
        u"SELECT trial, repeat, rung, point, params, run_id, status, value, train_seconds FROM sweep_trials WHERE sweep_id = ? "
        "ORDER BY trial, repeat, rung"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, sweepId);
    std::vector<SweepTrial> trials;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        SweepTrial t;
        t.trial = int(statement->integer(0));
        t.repeat = int(statement->integer(1));
        t.rung = int(statement->integer(2));
        for (const QJsonValue& v : QJsonDocument::fromJson(statement->text(3).toUtf8()).array())
            t.point.push_back(v.toDouble());
        t.params = QJsonDocument::fromJson(statement->text(4).toUtf8()).object();
        if (!statement->isNull(5))
            t.runId = statement->integer(5);
        t.status = statement->text(6);
        if (!statement->isNull(7))
            t.value = statement->real(7);
        if (!statement->isNull(8))
            t.trainSeconds = statement->real(8);
        trials.push_back(std::move(t));
    }
    return trials;
}

} // namespace grove
