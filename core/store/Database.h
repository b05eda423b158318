#pragma once

#include "core/common/AuditLog.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace grove {

// A prepared statement. Values are always bound, never spliced into SQL.
class Statement
{
public:
    Statement() = default;
    explicit Statement(sqlite3_stmt* statement, sqlite3* database);

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);

    // Advances; true when a row is available.
    Result<bool> step();
    // Runs to completion (for statements that return no rows).
    Status run();

    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // The column's bytes without a copy; valid until the next step().
    QByteArrayView bytes(int column) const;
    bool isNull(int column) const;

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt* statement) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
    sqlite3* m_database = nullptr;
    QString m_bindError;
};

// How the store writes a time: UTC, ISO 8601 with milliseconds; empty for none.
QString storedTime(const QDateTime& time);
// The same in a record file (run.json, a sweep's record): a JSON string, or null for none; and
// read back as UTC (an invalid time for anything that is not such a string).
QJsonValue storedTimeJson(const QDateTime& time);
QDateTime storedTimeFromJson(const QJsonValue& value);

class Database
{
public:
    enum class Creation {
        CreateIfMissing,
        MustExist, // a missing file is an error, and nothing is created
    };
    // Opens an SQLite file in WAL mode with foreign keys on and a busy timeout, so that several
    // Grove processes can share one workspace.
    static Result<Database> open(const QString& path, Creation creation = Creation::CreateIfMissing);
    // Opens an existing database for reading only, for a workspace on read-only media or in a
    // folder this user cannot write: nothing is created or changed, not even SQLite's -shm file.
    static Result<Database> openReadOnly(const QString& path);
    // False when the non-empty file `path` is not an SQLite database, as SQLite itself reads it
    // (true when it cannot tell: opening it then says why).
    static bool hasDatabaseHeader(const QString& path);
    // The SQLite library's version, "3.40.1".
    static QString libraryVersion();

    Result<Statement> prepare(const QString& sql);
    Status exec(const QString& sql); // one or more statements, no parameters
    qint64 lastInsertId() const;
    int changes() const;
    Result<int> userVersion();

    // Turns the connection's last error into a message for a user.
    Error lastError(const QString& context) const;
    static Error errorFor(sqlite3* database, int code, const QString& context);

    sqlite3* handle() const { return m_database.get(); }
    QString path() const { return m_path; }

    // Writes `change` to the workspace's audit log (the "audit" folder next to the database file):
    // at once outside a transaction, or when the open transaction commits (nothing when it rolls
    // back). A log that cannot be written is warned about; the change itself stands.
    void audit(const AuditChange& change);

private:
    friend class Transaction;
    void writeAudit(const std::vector<AuditChange>& changes);
    std::vector<AuditChange> m_pendingAudit;
    struct Closer
    {
        void operator()(sqlite3* database) const;
    };
    std::unique_ptr<sqlite3, Closer> m_database;
    QString m_path;
};

// The id of a new row of `table` (datasets, runs, sweeps), never one the table has given before
// (id_counters keeps the highest), called inside the caller's transaction. When the id goes with
// something made outside the database (a run's folder, a sweep's files), `claimId` is called with
// the next free id and returns the id to use, or an error; without it, the next free id is used.
Result<std::optional<qint64>> claimNextId(Database& database, const QString& table,
                                          const std::function<Result<qint64>(qint64)>& claimId);

// BEGIN IMMEDIATE ... COMMIT; rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit();

private:
    Database& m_database;
    Status m_begun;
    bool m_open = false;
};

} // namespace grove
