#include "core/store/ComparisonStore.h"

#include "core/common/SafeText.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::ComparisonStore)
};

const QString kColumns =
    u"id, name, run_ids, run_created_at, view_settings, created_at, updated_at"_s;

QDateTime parseTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString compact(const QJsonDocument& document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QString idList(const QList<qint64>& ids)
{
    QStringList texts;
    for (qint64 id : ids)
        texts << QString::number(id);
    return texts.join(u", "_s);
}

SavedComparison readComparison(const Statement& s)
{
    SavedComparison c;
    c.name = s.text(1);
    const QJsonArray ids = QJsonDocument::fromJson(s.text(2).toUtf8()).array();
    const QJsonArray created = QJsonDocument::fromJson(s.text(3).toUtf8()).array();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const qint64 id = ids[i].toInteger(0);
        if (id <= 0)
            continue; // not written by Grove; nothing to show for it
        c.runIds << id;
        c.runCreatedAt << parseTime(created.at(i).toString());
    }
    c.view = QJsonDocument::fromJson(s.text(4).toUtf8()).object();
    c.createdAt = parseTime(s.text(5));
    c.updatedAt = parseTime(s.text(6));
    return c;
}

Error noSuchComparison(const QString& name)
{
    return Error::notFound(
        Text::tr("There is no saved comparison named \"%1\" in this workspace. Check "
                 "the name against the list of saved comparisons.")
            .arg(escapeUnsafeText(name.trimmed())));
}

} // namespace

QString ComparisonStore::validateName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Text::tr("A saved comparison needs a name; the name given is empty.");
    // Characters as people count them, not UTF-16 code units.
    const qsizetype length = trimmed.toUcs4().size();
    if (length > kMaxNameLength)
        return Text::tr(
                   "The comparison name \"%1…\" has %2 characters; a name can have at most %3. "
                   "Choose a shorter name.")
            .arg(escapeUnsafeText(trimmed.left(20)), QString::number(length),
                 QString::number(kMaxNameLength));
    return singleLineFieldProblem(
        Text::tr("The comparison name \"%1\"").arg(escapeUnsafeText(trimmed)), trimmed);
}

Result<std::optional<SavedComparison>> ComparisonStore::selectByName(const QString& name,
                                                                     qint64* id)
{
    auto statement =
        m_database.prepare(u"SELECT %1 FROM comparisons WHERE name = ?"_s.arg(kColumns));
    if (!statement)
        return statement.error();
    statement->bind(1, name.trimmed());
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<SavedComparison>();
    if (id)
        *id = statement->integer(0);
    return std::optional<SavedComparison>(readComparison(*statement));
}

Result<ComparisonStore::Saved> ComparisonStore::save(const QString& name,
                                                     const QList<qint64>& runIds,
                                                     const std::optional<QJsonObject>& view)
{
    const QString trimmed = name.trimmed();
    if (const QString problem = validateName(trimmed); !problem.isEmpty())
        return Error::badInput(problem);
    if (runIds.size() < 2)
        return Error::badInput(Text::tr("The comparison \"%1\" needs at least two runs; it was "
                                        "given %2.")
                                   .arg(trimmed, QString::number(runIds.size())));
    QSet<qint64> seen;
    for (qint64 id : runIds) {
        if (seen.contains(id))
            return Error::badInput(Text::tr("Run %1 is listed twice in the comparison \"%2\"; list "
                                            "each run once.")
                                       .arg(QString::number(id), trimmed));
        seen.insert(id);
    }

    // The runs are checked in the same transaction as the write, so that a run deleted for
    // good meanwhile is not saved.
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    QJsonArray ids, created;
    QList<QDateTime> createdTimes;
    QList<qint64> missing;
    for (qint64 id : runIds) {
        auto select = m_database.prepare(u"SELECT created_at FROM runs WHERE id = ?"_s);
        if (!select)
            return select.error();
        select->bind(1, id);
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row) {
            missing << id;
            continue;
        }
        ids.append(id);
        created.append(select->text(0));
        createdTimes << parseTime(select->text(0));
    }
    if (missing.size() == 1)
        return Error::notFound(
            Text::tr("The comparison \"%1\" was not saved: there is no run %2 in "
                     "this workspace. Choose runs that exist (runs in the "
                     "trash do).")
                .arg(trimmed, idList(missing)));
    if (!missing.isEmpty())
        return Error::notFound(Text::tr("The comparison \"%1\" was not saved: there are no runs %2 "
                                        "in this workspace. Choose runs that exist (runs in the "
                                        "trash do).")
                                   .arg(trimmed, idList(missing)));

    qint64 id = 0;
    auto existing = selectByName(trimmed, &id);
    if (!existing)
        return existing.error();
    const QJsonObject viewToStore = view                    ? *view
                                    : existing->has_value() ? (*existing)->view
                                                            : QJsonObject();
    const QDateTime now = parseTime(storedTime(QDateTime::currentDateTimeUtc()));
    if (existing->has_value()) {
        auto update = m_database.prepare(
            u"UPDATE comparisons SET name = ?, run_ids = ?, run_created_at = ?, view_settings = ?, "
            "updated_at = ? WHERE id = ?"_s);
        if (!update)
            return update.error();
        update->bind(1, trimmed)
            .bind(2, compact(QJsonDocument(ids)))
            .bind(3, compact(QJsonDocument(created)))
            .bind(4, compact(QJsonDocument(viewToStore)))
            .bind(5, storedTime(now))
            .bind(6, id);
        if (auto status = update->run(); !status)
            return status.error();
    } else {
        auto insert = m_database.prepare(
            u"INSERT INTO comparisons (name, run_ids, run_created_at, view_settings, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
        if (!insert)
            return insert.error();
        insert->bind(1, trimmed)
            .bind(2, compact(QJsonDocument(ids)))
            .bind(3, compact(QJsonDocument(created)))
            .bind(4, compact(QJsonDocument(viewToStore)))
            .bind(5, storedTime(now))
            .bind(6, storedTime(now));
        if (auto status = insert->run(); !status)
            return status.error();
        id = m_database.lastInsertId();
    }
    const QJsonObject details{
        {u"name"_s, trimmed}, {u"runs"_s, ids}, {u"replaced"_s, existing->has_value()}};
    if (auto status = recordEvent(m_database, u"comparison.saved"_s, u"comparison:%1"_s.arg(id),
                                  compact(QJsonDocument(details)));
        !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();

    Saved saved;
    saved.replaced = existing->has_value();
    saved.comparison.name = trimmed;
    saved.comparison.runIds = runIds;
    saved.comparison.runCreatedAt = createdTimes;
    saved.comparison.view = viewToStore;
    saved.comparison.createdAt = saved.replaced ? (*existing)->createdAt : now;
    saved.comparison.updatedAt = now;
    return saved;
}

Result<QList<SavedComparison>> ComparisonStore::list()
{
    auto statement =
        m_database.prepare(u"SELECT %1 FROM comparisons ORDER BY name, id"_s.arg(kColumns));
    if (!statement)
        return statement.error();
    QList<SavedComparison> comparisons;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return comparisons;
        comparisons << readComparison(*statement);
    }
}

Result<std::optional<SavedComparison>> ComparisonStore::byName(const QString& name)
{
    return selectByName(name);
}

Result<ResolvedComparison> ComparisonStore::resolve(const QString& name)
{
    auto saved = selectByName(name);
    if (!saved)
        return saved.error();
    if (!saved->has_value())
        return noSuchComparison(name);
    return resolve(**saved);
}

Result<ResolvedComparison> ComparisonStore::resolve(const SavedComparison& comparison)
{
    ResolvedComparison resolved;
    resolved.saved = comparison;
    RunStore runs(m_database);
    for (qsizetype i = 0; i < comparison.runIds.size(); ++i) {
        const qint64 id = comparison.runIds[i];
        auto run = runs.byId(id);
        if (!run)
            return run.error();
        const QDateTime created = comparison.runCreatedAt.value(i);
        // A run with the saved id but another creation time took the id of a deleted run.
        if (!run->has_value() || (created.isValid() && (*run)->createdAt != created))
            resolved.missingRunIds << id;
        else
            resolved.runs << **run;
    }
    return resolved;
}

Status ComparisonStore::remove(const QString& name)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    qint64 id = 0;
    auto existing = selectByName(name, &id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return noSuchComparison(name);
    auto statement = m_database.prepare(u"DELETE FROM comparisons WHERE id = ?"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    if (auto status = statement->run(); !status)
        return status;
    if (auto status =
            recordEvent(m_database, u"comparison.deleted"_s, u"comparison:%1"_s.arg(id),
                        compact(QJsonDocument(QJsonObject{{u"name"_s, (*existing)->name}})),
                        QJsonObject{{u"name"_s, (*existing)->name}});
        !status)
        return status;
    return transaction.commit();
}

Status ComparisonStore::rename(const QString& oldName, const QString& newName)
{
    const QString trimmed = newName.trimmed();
    if (const QString problem = validateName(trimmed); !problem.isEmpty())
        return Error::badInput(problem);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    qint64 id = 0;
    auto existing = selectByName(oldName, &id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return noSuchComparison(oldName);
    if ((*existing)->name == trimmed)
        return {};
    qint64 otherId = 0;
    auto other = selectByName(trimmed, &otherId);
    if (!other)
        return other.error();
    if (other->has_value() && otherId != id)
        return Error::conflict(Text::tr("A saved comparison named \"%1\" already exists. Choose "
                                        "another name, or delete that comparison first.")
                                   .arg((*other)->name));
    auto statement =
        m_database.prepare(u"UPDATE comparisons SET name = ?, updated_at = ? WHERE id = ?"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, trimmed).bind(2, storedTime(QDateTime::currentDateTimeUtc())).bind(3, id);
    if (auto status = statement->run(); !status)
        return status;
    const QJsonObject details{{u"from"_s, (*existing)->name}, {u"to"_s, trimmed}};
    if (auto status = recordEvent(m_database, u"comparison.renamed"_s, u"comparison:%1"_s.arg(id),
                                  compact(QJsonDocument(details)), QJsonObject{{u"name"_s, (*existing)->name}},
                                  QJsonObject{{u"name"_s, trimmed}});
        !status)
        return status;
    return transaction.commit();
}

} // namespace grove
