#include "core/store/RunStore.h"

#include "core/common/SafeText.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// What a user changes on a run after it trained: tags, the note, the trash.
namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunStore)
};

} // namespace

QString RunStore::validateTag(const QString& tag)
{
    if (tag.trimmed().isEmpty())
        return Text::tr("A tag cannot be empty.");
    if (const QString problem = singleLineFieldProblem(Text::tr("The tag \"%1\"").arg(escapeUnsafeText(tag.left(64))), tag);
        !problem.isEmpty())
        return problem;
    if (tag.size() > 64)
        return Text::tr("The tag \"%1\" is longer than 64 characters.").arg(tag.left(20) + u"…"_s);
    for (QChar c : tag) {
        if (c.isSpace() || c == u',' || c == u'"' || c == u'(' || c == u')')
            return Text::tr("The tag \"%1\" contains \"%2\"; tags are single words (letters, digits, - _ . : are fine).")
                .arg(tag, c.isSpace() ? Text::tr("a space") : QString(c));
    }
    return {};
}

Status RunStore::setTags(qint64 id, const QStringList& tags)
{
    QStringList clean;
    for (const QString& tag : tags) {
        const QString trimmed = tag.trimmed();
        if (const QString problem = validateTag(trimmed); !problem.isEmpty())
            return Error::badInput(problem);
        if (!clean.contains(trimmed, Qt::CaseInsensitive))
            clean << trimmed;
    }
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto exists = byId(id);
    if (!exists)
        return exists.error();
    if (!exists->has_value())
        return Error::notFound(Text::tr("There is no run %1.").arg(id));
    auto remove = m_database.prepare(u"DELETE FROM run_tags WHERE run_id = ?"_s);
    if (!remove)
        return remove.error();
    remove->bind(1, id);
    if (auto status = remove->run(); !status)
        return status;
    for (const QString& tag : clean) {
        auto insert = m_database.prepare(u"INSERT INTO run_tags (run_id, tag) VALUES (?, ?)"_s);
        if (!insert)
            return insert.error();
        insert->bind(1, id).bind(2, tag);
        if (auto status = insert->run(); !status)
            return status;
    }
    return transaction.commit();
}

QString RunStore::validateNote(const QString& note)
{
    return multiLineFieldProblem(Text::tr("The note"), note);
}

Status RunStore::setNote(qint64 id, const QString& note)
{
    if (const QString problem = validateNote(note); !problem.isEmpty())
        return Error::badInput(problem);
    auto statement = m_database.prepare(u"UPDATE runs SET note = ? WHERE id = ?"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, note).bind(2, id);
    if (auto status = statement->run(); !status)
        return status;
    if (m_database.changes() == 0)
        return Error::notFound(Text::tr("There is no run %1.").arg(id));
    return {};
}

Status RunStore::setDecision(qint64 id, const RunDecision& decision)
{
    if (const QString problem = decision.problem(); !problem.isEmpty())
        return Error::badInput(problem);
    auto statement = m_database.prepare(u"UPDATE runs SET decision = ? WHERE id = ?"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, QString::fromUtf8(QJsonDocument(decision.toJson()).toJson(QJsonDocument::Compact))).bind(2, id);
    if (auto status = statement->run(); !status)
        return status;
    if (m_database.changes() == 0)
        return Error::notFound(Text::tr("There is no run %1.").arg(id));
    return {};
}

Status RunStore::moveToTrash(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto statement = m_database.prepare(
        u"UPDATE runs SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL AND status NOT IN ('queued', 'running')"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, storedTime(QDateTime::currentDateTimeUtc())).bind(2, id);
    if (auto status = statement->run(); !status)
        return status;
    if (m_database.changes() == 0) {
        auto run = byId(id);
        if (run && !run->has_value())
            return Error::notFound(Text::tr("There is no run %1.").arg(id));
        if (run && (*run)->deletedAt.isValid())
            return transaction.commit(); // in the trash already: nothing to do
        return Error::conflict(Text::tr("Run %1 is still training; cancel it before moving it to the trash.").arg(id));
    }
    if (auto status = recordEvent(m_database, u"run.trashed"_s, u"run:%1"_s.arg(id), u"{}"_s,
                                  QJsonObject{{u"in_trash"_s, false}}, QJsonObject{{u"in_trash"_s, true}});
        !status)
        return status;
    return transaction.commit();
}

Status RunStore::restoreFromTrash(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto statement = m_database.prepare(u"UPDATE runs SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    if (auto status = statement->run(); !status)
        return status;
    if (m_database.changes() == 0) {
        auto run = byId(id);
        if (!run)
            return run.error();
        if (!run->has_value())
            return Error::notFound(Text::tr("There is no run %1.").arg(id));
        return transaction.commit(); // not in the trash: nothing to restore
    }
    if (auto status = recordEvent(m_database, u"run.restored"_s, u"run:%1"_s.arg(id), u"{}"_s,
                                  QJsonObject{{u"in_trash"_s, true}}, QJsonObject{{u"in_trash"_s, false}});
        !status)
        return status;
    return transaction.commit();
}

Result<QList<qint64>> RunStore::emptyTrash()
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    auto select = m_database.prepare(u"SELECT id FROM runs WHERE deleted_at IS NOT NULL ORDER BY id"_s);
    if (!select)
        return select.error();
    QList<qint64> ids;
    for (;;) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids << select->integer(0);
    }
    for (const QString& sql : {u"UPDATE runs SET reproduced_from = NULL WHERE reproduced_from IN "
                               "(SELECT id FROM runs WHERE deleted_at IS NOT NULL)"_s,
                               u"DELETE FROM runs WHERE deleted_at IS NOT NULL"_s}) {
        if (auto status = m_database.exec(sql); !status)
            return status.error();
    }
    if (!ids.isEmpty()) {
        QJsonArray runs;
        for (qint64 id : std::as_const(ids))
            runs.append(id);
        if (auto status = recordEvent(m_database, u"trash.emptied"_s, u"trash"_s, u"{}"_s, QJsonObject{{u"runs"_s, runs}},
                                      QJsonObject{{u"runs"_s, QJsonArray()}});
            !status)
            return status.error();
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    return ids;
}

} // namespace grove
