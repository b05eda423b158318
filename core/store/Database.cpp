#include "core/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Database)
};

constexpr int kBusyTimeoutMs = 10000;

} // namespace

void Statement::Finalizer::operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
void Database::Closer::operator()(sqlite3* database) const { sqlite3_close_v2(database); }

Statement::Statement(sqlite3_stmt* statement, sqlite3* database)
    : m_statement(statement), m_database(database)
{
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement.get(), index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement.get(), index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement.get(), index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    sqlite3_bind_blob(m_statement.get(), index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement.get(), index);
    return *this;
}

Result<bool> Statement::step()
{
    const int code = sqlite3_step(m_statement.get());
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    return Database::errorFor(m_database, code, QString::fromUtf8(sqlite3_sql(m_statement.get())));
}

Status Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

qint64 Statement::integer(int column) const { return sqlite3_column_int64(m_statement.get(), column); }
double Statement::real(int column) const { return sqlite3_column_double(m_statement.get(), column); }
bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement.get(), column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement.get(), column));
    return QByteArray(data, sqlite3_column_bytes(m_statement.get(), column));
}

QByteArrayView Statement::bytes(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement.get(), column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement.get(), column));
}

Result<Database> Database::open(const QString& path, Creation creation)
{
    sqlite3* raw = nullptr;
    const int create = creation == Creation::CreateIfMissing ? SQLITE_OPEN_CREATE : 0;
    const int code = sqlite3_open_v2(path.toUtf8().constData(), &raw,
                                     SQLITE_OPEN_READWRITE | create | SQLITE_OPEN_NOMUTEX, nullptr);
    Database database;
    database.m_database.reset(raw);
    database.m_path = path;
    if (code != SQLITE_OK)
        return errorFor(raw, code, path);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    sqlite3_extended_result_codes(raw, 1);
    // Larger pages for a new database (an existing one keeps its size): a workspace's file is
    // mostly metric histories written run after run, and the pages of the runs table end up
    // scattered between them. With 16 KiB pages, listing 10,000 runs from a cold disk cache reads
    // about 500 pages instead of 2,000 (64 KiB pages save little more, and make the smallest
    // workspace over 1 MiB).
    // WAL lets readers work while another process writes; NORMAL sync keeps every committed
    // transaction across a crash of Grove (the OS still has it) at a fraction of FULL's cost.
    for (const auto& pragma : {u"PRAGMA page_size=16384"_s, u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                               u"PRAGMA foreign_keys=ON"_s}) {
        // Switching a new database to WAL needs a moment of exclusive access; when several
        // processes create one workspace at once, SQLite can report busy without waiting.
        for (int attempt = 0;; ++attempt) {
            auto statement = database.prepare(pragma);
            if (!statement)
                return statement.error();
            auto status = statement->run();
            if (status)
                break;
            if ((sqlite3_errcode(raw) & 0xFF) != SQLITE_BUSY || attempt >= 200)
                return status.error();
            QThread::msleep(10);
        }
    }
    // SQLite checkpoints the WAL every 1,000 pages: 4 MiB with 4 KiB pages, 16 MiB with 16 KiB
    // ones. Keep it near 4 MiB whatever the page size.
    auto pageSize = database.prepare(u"PRAGMA page_size"_s);
    if (!pageSize)
        return pageSize.error();
    if (auto row = pageSize->step(); !row)
        return row.error();
    const qint64 pages = std::max<qint64>(16, (qint64(4) << 20) / std::max<qint64>(pageSize->integer(0), 512));
    if (auto status = database.exec(u"PRAGMA wal_autocheckpoint=%1"_s.arg(pages)); !status)
        return status.error();
    return database;
}

QString storedTime(const QDateTime& time) { return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString(); }

QJsonValue storedTimeJson(const QDateTime& time) { return time.isValid() ? QJsonValue(storedTime(time)) : QJsonValue(); }

QDateTime storedTimeFromJson(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

Result<std::optional<qint64>> claimNextId(Database& database, const QString& table,
                                          const std::function<Result<qint64>(qint64)>& claimId)
{
    // Above the highest id the table has now and has ever given (id_counters).
    auto next = database.prepare(
        u"SELECT MAX(COALESCE((SELECT MAX(id) FROM %1), 0), COALESCE((SELECT last FROM id_counters WHERE name = ?), 0)) + 1"_s
            .arg(table));
    if (!next)
        return next.error();
    next->bind(1, table);
    if (auto row = next->step(); !row)
        return row.error();
    const qint64 free = next->integer(0);
    Result<qint64> id = claimId ? claimId(free) : Result<qint64>(free);
    if (!id)
        return id.error();
    auto record = database.prepare(u"INSERT INTO id_counters (name, last) VALUES (?, ?) "
                                   "ON CONFLICT(name) DO UPDATE SET last = MAX(last, excluded.last)"_s);
    if (!record)
        return record.error();
    record->bind(1, table).bind(2, *id);
    if (auto status = record->run(); !status)
        return status.error();
    return std::optional<qint64>(*id);
}

bool Database::hasDatabaseHeader(const QString& path)
{
    auto database = openReadOnly(path);
    if (!database)
        return true;
    const int code = sqlite3_exec(database->handle(), "PRAGMA schema_version", nullptr, nullptr, nullptr);
    return (code & 0xff) != SQLITE_NOTADB;
}

QString Database::libraryVersion() { return QString::fromLatin1(sqlite3_libversion()); }

Result<Database> Database::openReadOnly(const QString& path)
{
    // With the -wal and -shm files of a workspace in use, SQLite reads through them. Without
    // them (a workspace that was closed cleanly) it cannot create the -shm file here, and the
    // file alone is complete: "immutable" reads it without any lock or side file.
    const bool walInUse = QFileInfo(path + u"-wal"_s).size() > 0;
    const QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                        (walInUse ? u"?mode=ro"_s : u"?immutable=1"_s);
    sqlite3* raw = nullptr;
    const int code = sqlite3_open_v2(uri.toUtf8().constData(), &raw,
                                     SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    Database database;
    database.m_database.reset(raw);
    database.m_path = path;
    if (code != SQLITE_OK)
        return errorFor(raw, code, path);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    sqlite3_extended_result_codes(raw, 1);
    return database;
}

Result<Statement> Database::prepare(const QString& sql)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int code = sqlite3_prepare_v2(handle(), utf8.constData(), int(utf8.size()), &statement, nullptr);
    if (code != SQLITE_OK)
        return errorFor(handle(), code, sql);
    return Statement(statement, handle());
}

Status Database::exec(const QString& sql)
{
    char* message = nullptr;
    const int code = sqlite3_exec(handle(), sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (code != SQLITE_OK)
        return errorFor(handle(), code, sql);
    return {};
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(handle()); }
int Database::changes() const { return sqlite3_changes(handle()); }

Result<int> Database::userVersion()
{
    auto statement = prepare(u"PRAGMA user_version"_s);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return int(statement->integer(0));
}

Error Database::lastError(const QString& context) const
{
    return errorFor(handle(), sqlite3_errcode(handle()), context);
}

Error Database::errorFor(sqlite3* database, int code, const QString& context)
{
    const QString detail = database ? QString::fromUtf8(sqlite3_errmsg(database))
                                    : QString::fromUtf8(sqlite3_errstr(code));
    const char* file = database ? sqlite3_db_filename(database, "main") : nullptr;
    const QString fileName = file && *file ? QString::fromUtf8(file) : Text::tr("grove.db");
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::io(Text::tr("The workspace is busy: another Grove process is writing to it. Try "
                            "again in a moment."));
    case SQLITE_CONSTRAINT:
        return Error::conflict(Text::tr("The change conflicts with existing data (%1).").arg(detail));
    case SQLITE_FULL:
        return Error::io(Text::tr("The disk is full; the workspace database %1 could not be updated. "
                            "Free some space and try again.")
                             .arg(fileName));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Error::io(Text::tr("The workspace database %1 cannot be written (%2). Check that the "
                            "workspace folder is writable (not on a read-only disk or mount, and "
                            "with write permission for you).")
                             .arg(fileName, detail));
    case SQLITE_IOERR: {
        // SQLite's "disk I/O error" hides the system's reason, which is what tells a user what to do.
        const int systemError = database ? sqlite3_system_errno(database) : 0;
        return Error::io(Text::tr("The workspace database %1 could not be read or written: %2. Check the free "
                            "disk space and that the disk is working.")
                             .arg(fileName, systemError ? qt_error_string(systemError) : detail));
    }
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::io(Text::tr("The workspace database %1 is damaged or is not a Grove database (%2). "
                            "Rebuild it from the workspace's datasets and runs folders with: "
                            "grove-cli recover --workspace %3")
                             .arg(fileName, detail, QDir::toNativeSeparators(QFileInfo(fileName).absolutePath())));
    default:
        return Error::internal(Text::tr("Database error: %1 (while running: %2).").arg(detail, context.left(200)));
    }
}

Transaction::Transaction(Database& database) : m_database(database)
{
    m_begun = database.exec(u"BEGIN IMMEDIATE"_s);
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_open) {
        (void)m_database.exec(u"ROLLBACK"_s);
        m_database.m_pendingAudit.clear();
    }
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error::internal(Text::tr("The transaction was already finished.")))
                            : m_begun;
    auto status = m_database.exec(u"COMMIT"_s);
    m_open = !status.ok();
    if (status)
        m_database.writeAudit(std::exchange(m_database.m_pendingAudit, {}));
    return status;
}

void Database::audit(const AuditChange& change)
{
    if (sqlite3_get_autocommit(handle()) == 0)
        m_pendingAudit.push_back(change);
    else
        writeAudit({change});
}

void Database::writeAudit(const std::vector<AuditChange>& changes)
{
    if (changes.empty() || m_path.isEmpty() || m_path.startsWith(u':'))
        return; // an in-memory database keeps no log
    const QFileInfo file(m_path);
    const AuditLog log(AuditLog::workspaceFolder(file.absolutePath()), Text::tr("the workspace's audit log"));
    for (const AuditChange& change : changes) {
        if (auto written = log.append(change); !written)
            qWarning("%s", qPrintable(Text::tr("\"%1\" was done but not written to the audit log: %2")
                                          .arg(change.action, written.error().message)));
    }
}

} // namespace grove
