#include "core/store/DatasetStore.h"

#include "core/common/SafeText.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::DatasetStore)
};

constexpr int kMaxNameLength = 200;
const QString kColumns = u"id, name, content_hash, row_count, column_count, snapshot, size_bytes, "
                         "source_path, source_format, imported_at, imported_by"_s;

DatasetRecord readRecord(const Statement& s)
{
    DatasetRecord r;
    r.id = s.integer(0);
    r.name = s.text(1);
    r.contentHash = s.text(2);
    r.rows = s.integer(3);
    r.columns = s.integer(4);
    r.snapshot = s.text(5);
    r.sizeBytes = s.integer(6);
    r.sourcePath = s.text(7);
    r.sourceFormat = s.text(8);
    r.importedAt = QDateTime::fromString(s.text(9), Qt::ISODateWithMs);
    r.importedAt.setTimeSpec(Qt::UTC);
    r.importedBy = s.text(10);
    return r;
}

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString DatasetStore::validateName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Text::tr("A dataset name cannot be empty.");
    if (trimmed.size() > kMaxNameLength)
        return Text::tr("A dataset name can have at most %1 characters.").arg(kMaxNameLength);
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (digits.match(trimmed).hasMatch())
        return Text::tr("A dataset name cannot consist of digits only, because it would be confused "
                  "with a dataset id.");
    return singleLineFieldProblem(Text::tr("The dataset name"), trimmed);
}

Result<QList<DatasetRecord>> DatasetStore::list()
{
    auto statement = m_database.prepare(u"SELECT %1 FROM datasets ORDER BY id"_s.arg(kColumns));
    if (!statement)
        return statement.error();
    QList<DatasetRecord> records;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return records;
        records << readRecord(*statement);
    }
}

namespace {
template <typename Bind>
Result<std::optional<DatasetRecord>> selectOne(Database& database, const QString& where, Bind bind)
{
    auto statement = database.prepare(u"SELECT %1 FROM datasets WHERE %2"_s.arg(kColumns, where));
    if (!statement)
        return statement.error();
    bind(*statement);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<DatasetRecord>();
    return std::optional<DatasetRecord>(readRecord(*statement));
}
} // namespace

Result<std::optional<DatasetRecord>> DatasetStore::byId(qint64 id)
{
    return selectOne(m_database, u"id = ?"_s, [&](Statement& s) { s.bind(1, id); });
}

Result<std::optional<DatasetRecord>> DatasetStore::byHash(const QString& contentHash)
{
    return selectOne(m_database, u"content_hash = ?"_s, [&](Statement& s) { s.bind(1, contentHash); });
}

Result<std::optional<DatasetRecord>> DatasetStore::byName(const QString& name)
{
    return selectOne(m_database, u"name = ?"_s, [&](Statement& s) { s.bind(1, name.trimmed()); });
}

Result<DatasetRecord> DatasetStore::find(const QString& reference)
{
    const QString trimmed = reference.trimmed();
    bool isNumber = false;
    const qint64 id = trimmed.toLongLong(&isNumber);
    auto found = isNumber ? byId(id) : byName(trimmed);
    if (!found)
        return found.error();
    if (found->has_value())
        return **found;
    static const QRegularExpression hexPrefix(u"^[0-9a-fA-F]{6,64}$"_s);
    if (hexPrefix.match(trimmed).hasMatch()) {
        auto statement = m_database.prepare(
            u"SELECT %1 FROM datasets WHERE content_hash LIKE ? || '%' LIMIT 2"_s.arg(kColumns));
        if (!statement)
            return statement.error();
        statement->bind(1, trimmed.toLower());
        QList<DatasetRecord> matches;
        for (;;) {
            auto row = statement->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            matches << readRecord(*statement);
        }
        if (matches.size() == 1)
            return matches.front();
        if (matches.size() > 1)
            return Error::badInput(Text::tr("\"%1\" matches the hashes of several datasets; give more "
                                      "characters, the id or the name.")
                                       .arg(trimmed));
    }
    return Error::notFound(Text::tr("There is no dataset \"%1\" in this workspace. Use the id, the name "
                              "or the start of the hash shown by \"grove-cli datasets\".")
                               .arg(trimmed));
}

Result<DatasetStore::Insertion> DatasetStore::insert(DatasetRecord record, bool uniquifyName)
{
    record.name = record.name.trimmed();
    if (const QString problem = validateName(record.name); !problem.isEmpty())
        return Error::badInput(problem);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();

    auto existing = byHash(record.contentHash);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Insertion{**existing, false};

    const QString base = record.name.left(kMaxNameLength - 6);
    for (int suffix = 2;; ++suffix) {
        auto taken = byName(record.name);
        if (!taken)
            return taken.error();
        if (!taken->has_value())
            break;
        if (!uniquifyName)
            return Error::conflict(Text::tr("A dataset named \"%1\" already exists. Choose another "
                                      "name, or rename the existing dataset.")
                                       .arg(record.name));
        record.name = u"%1 (%2)"_s.arg(base).arg(suffix);
    }

    const auto id = claimNextId(m_database, u"datasets"_s, {});
    if (!id)
        return id.error();
    auto statement = m_database.prepare(
        u"INSERT INTO datasets (name, content_hash, row_count, column_count, snapshot, size_bytes, "
        "source_path, source_format, imported_at, imported_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement)
        return statement.error();
    statement->bind(11, **id);
    statement->bind(1, record.name)
        .bind(2, record.contentHash)
        .bind(3, record.rows)
        .bind(4, record.columns)
        .bind(5, record.snapshot)
        .bind(6, record.sizeBytes)
        .bind(7, record.sourcePath)
        .bind(8, record.sourceFormat)
        .bind(9, record.importedAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(10, record.importedBy);
    if (auto status = statement->run(); !status)
        return status.error();
    record.id = **id;
    if (auto status = recordEvent(m_database, u"dataset.imported"_s, u"dataset:%1"_s.arg(record.id),
                                  json({{u"source"_s, record.sourcePath}}), QJsonValue(),
                                  QJsonObject{{u"name"_s, record.name},
                                              {u"content_hash"_s, record.contentHash},
                                              {u"rows"_s, record.rows},
                                              {u"columns"_s, record.columns}});
        !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return Insertion{record, true};
}

Status DatasetStore::rename(qint64 id, const QString& newName)
{
    const QString name = newName.trimmed();
    if (const QString problem = validateName(name); !problem.isEmpty())
        return Error::badInput(problem);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto current = byId(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::notFound(Text::tr("The dataset no longer exists."));
    auto taken = byName(name);
    if (!taken)
        return taken.error();
    if (taken->has_value() && (*taken)->id != id)
        return Error::conflict(Text::tr("A dataset named \"%1\" already exists. Choose another name.").arg(name));
    auto statement = m_database.prepare(u"UPDATE datasets SET name = ? WHERE id = ?"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, name).bind(2, id);
    if (auto status = statement->run(); !status)
        return status;
    if (auto status = recordEvent(m_database, u"dataset.renamed"_s, u"dataset:%1"_s.arg(id),
                                  json({{u"from"_s, (*current)->name}, {u"to"_s, name}}),
                                  QJsonObject{{u"name"_s, (*current)->name}}, QJsonObject{{u"name"_s, name}});
        !status)
        return status;
    return transaction.commit();
}

Status DatasetStore::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto current = byId(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::notFound(Text::tr("The dataset no longer exists."));
    auto statement = m_database.prepare(u"DELETE FROM datasets WHERE id = ?"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    if (auto status = statement->run(); !status)
        return status;
    if (auto status = recordEvent(m_database, u"dataset.deleted"_s, u"dataset:%1"_s.arg(id),
                                  json({{u"name"_s, (*current)->name},
                                        {u"content_hash"_s, (*current)->contentHash}}),
                                  QJsonObject{{u"name"_s, (*current)->name},
                                              {u"content_hash"_s, (*current)->contentHash}});
        !status)
        return status;
    return transaction.commit();
}

} // namespace grove
