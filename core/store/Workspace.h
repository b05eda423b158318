#pragma once

#include "core/common/Result.h"
#include "core/store/Database.h"

#include <QString>

namespace grove {

// A folder with grove.db (SQLite, WAL) and datasets/. Each thread or process that works on a
// workspace opens its own Workspace object (its own connection); SQLite arbitrates.
class Workspace
{
public:
    // Opens the workspace in `directory`, creating the folder and its contents if needed. A
    // folder that holds other files but no grove.db is refused, so that Grove never scatters
    // its files into, say, a home folder by mistake.
    static Result<Workspace> open(const QString& directory);

    // $GROVE_WORKSPACE if set, else "default" in the user's application data folder.
    static QString defaultDirectory();
    static bool isWorkspace(const QString& directory);

    QString directory() const { return m_directory; }
    QString datasetsDirectory() const;
    QString runDirectory(qint64 runId) const; // runs/<id>
    QString databasePath() const;
    Database& database() { return m_database; }
    bool wasCreated() const { return m_created; }

private:
    QString m_directory;
    Database m_database;
    bool m_created = false;
};

// Appends to the workspace's event log: who did what to which object, and when.
Status recordEvent(Database& database, const QString& action, const QString& subject,
                   const QString& detailsJson = QStringLiteral("{}"));
QString currentUserName();

} // namespace grove
