#pragma once

#include "core/common/Result.h"
#include "core/store/Database.h"

#include <QJsonValue>
#include <QString>

namespace grove {

// A folder with grove.db (SQLite, WAL), datasets/ and runs/. Each thread or process that works
// on a workspace opens its own Workspace object (its own connection); SQLite arbitrates.
class Workspace
{
public:
    enum class Access {
        ReadWrite,    // the workspace must be writable
        ReadIfLocked, // a workspace that cannot be written (read-only media) opens for reading
    };

    // Opens the workspace in `directory`, creating the folder and its contents if needed, bringing
    // its database to the current schema and tidying up after killed processes. A
    // folder that holds other files but no grove.db is refused, so that Grove never scatters
    // its files into, say, a home folder by mistake; so is a folder with datasets or runs but
    // no usable grove.db, so that a lost database is rebuilt (grove-cli recover), never replaced
    // by an empty one.
    // For the entry points only: the command line, the window opening a workspace, recovery.
    static Result<Workspace> openOrCreate(const QString& directory, Access access = Access::ReadWrite);

    // A new connection to a workspace that an entry point has opened: for background work (a
    // training worker, an import, a view loading data). Never creates, migrates or tidies up:
    // a workspace that was moved or deleted meanwhile, or changed by another version of Grove,
    // is an error, not a new workspace.
    static Result<Workspace> connect(const QString& directory, Access access = Access::ReadWrite);

    // $GROVE_WORKSPACE if set, else "default" in the user's application data folder.
    static QString defaultDirectory();
    static bool isWorkspace(const QString& directory);
    // True when datasets/ holds snapshots or runs/ holds run folders.
    static bool hasStoredData(const QString& directory);

    QString directory() const { return m_directory; }
    QString datasetsDirectory() const;
    QString runDirectory(qint64 runId) const; // runs/<id>
    QString databasePath() const;
    Database& database() { return m_database; }
    bool wasCreated() const { return m_created; }
    // Opened for reading only (Access::ReadIfLocked on a workspace that cannot be written).
    bool isReadOnly() const { return m_readOnly; }

    // Creates the folder runs/<id>/ of a new run, for the lowest id from `atLeast` on whose
    // folder does not exist yet, and returns that id: a new run never writes into a folder that
    // another run (one the database may have lost) left behind.
    Result<qint64> claimRunDirectory(qint64 atLeast) const;

private:
    QString m_directory;
    Database m_database;
    bool m_created = false;
    bool m_readOnly = false;
};

// Appends to the workspace's event log: who did what to which object, and when; and, once the
// change is committed, to its hash-chained audit log (AuditLog::workspaceFolder()), with what
// changed as it was (`before`) and as it is (`after`) where that applies.
Status recordEvent(Database& database, const QString& action, const QString& subject,
                   const QString& detailsJson = QStringLiteral("{}"), const QJsonValue& before = {},
                   const QJsonValue& after = {});

} // namespace grove
