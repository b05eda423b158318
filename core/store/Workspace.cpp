#include "core/store/Workspace.h"

#include "core/store/RunStore.h"
#include "core/store/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Workspace)
};

const QString kDatabaseName = u"grove.db"_s;
const QString kDatasetsFolder = u"datasets"_s;
const QString kIncomingPrefix = u".incoming-"_s; // SnapshotWriter's temporary files

// Temporary files of imports that were killed. An import in progress in another process is
// never that old.
void removeAbandonedFiles(const QString& folder)
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-1);
    const QFileInfoList entries =
        QDir(folder).entryInfoList({kIncomingPrefix + u'*'}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        if (entry.lastModified().toUTC() < cutoff)
            QFile::remove(entry.absoluteFilePath());
    }
}

} // namespace

QString Workspace::defaultDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("GROVE_WORKSPACE");
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir(fromEnvironment).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/grove/default"_s;
}

bool Workspace::isWorkspace(const QString& directory)
{
    return QFileInfo(QDir(directory).filePath(kDatabaseName)).isFile();
}

Result<Workspace> Workspace::open(const QString& directory)
{
    if (directory.trimmed().isEmpty())
        return Error::badInput(Text::tr("No workspace folder was given."));
    const QString absolute = QDir::cleanPath(QDir(directory).absolutePath());
    const QFileInfo info(absolute);
    bool created = false;
    if (info.exists() && !info.isDir())
        return Error::badInput(Text::tr("%1 is a file, not a folder. A workspace is a folder; choose "
                                  "another path.")
                                   .arg(absolute));
    if (!info.exists()) {
        if (!QDir().mkpath(absolute))
            return Error::io(Text::tr("Cannot create the workspace folder %1. Check that its parent "
                                "exists and is writable.")
                                 .arg(absolute));
        created = true;
    } else if (!isWorkspace(absolute)) {
        QStringList entries =
            QDir(absolute).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        // Another process may be creating this workspace right now: its folders and database
        // files appear one after the other. Only foreign files make the folder unusable.
        entries.removeIf([](const QString& name) {
            return name == kDatasetsFolder || name == u"runs"_s || name.startsWith(kDatabaseName);
        });
        if (!entries.isEmpty())
            return Error::badInput(Text::tr("%1 is not a Grove workspace (it has no grove.db) and is not "
                                      "empty. Choose an empty folder or a new path for a new "
                                      "workspace.")
                                       .arg(absolute));
        created = true;
    }
    if (!QDir(absolute).mkpath(kDatasetsFolder) || !QDir(absolute).mkpath(u"runs"_s))
        return Error::io(Text::tr("Cannot create %1 in the workspace. Check the folder's permissions.")
                             .arg(kDatasetsFolder));

    auto database = Database::open(QDir(absolute).filePath(kDatabaseName));
    if (!database)
        return database.error();
    if (auto status = migrate(*database, schemaMigrations()); !status)
        return status.error();

    removeAbandonedFiles(QDir(absolute).filePath(kDatasetsFolder));
    // Runs whose training process died (a crash, a kill) show as interrupted from now on.
    if (auto recovered = RunStore(*database).recoverInterrupted(); !recovered)
        return recovered.error();

    Workspace workspace;
    workspace.m_directory = absolute;
    workspace.m_database = std::move(database.value());
    workspace.m_created = created;
    return workspace;
}

QString Workspace::datasetsDirectory() const { return QDir(m_directory).filePath(kDatasetsFolder); }
QString Workspace::runDirectory(qint64 runId) const
{
    return QDir(m_directory).filePath(u"runs/%1"_s.arg(runId));
}

QString Workspace::databasePath() const { return QDir(m_directory).filePath(kDatabaseName); }

QString currentUserName()
{
    for (const char* variable : {"GROVE_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return u"unknown"_s;
}

Status recordEvent(Database& database, const QString& action, const QString& subject,
                   const QString& detailsJson)
{
    auto statement = database.prepare(
        u"INSERT INTO events (at, actor, host, action, subject, details) VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(2, currentUserName())
        .bind(3, QSysInfo::machineHostName())
        .bind(4, action)
        .bind(5, subject)
        .bind(6, detailsJson);
    return statement->run();
}

} // namespace grove
