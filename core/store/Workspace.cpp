#include "core/store/Workspace.h"

#include "core/common/DurableFile.h"
#include "core/common/FileLock.h"
#include "core/common/Process.h"
#include "core/store/RunFile.h"
#include "core/store/RunStore.h"
#include "core/store/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>

#include <algorithm>
#include <cerrno>

#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Workspace)
};

const QString kDatabaseName = u"grove.db"_s;
const QString kDatasetsFolder = u"datasets"_s;
const QString kRunsFolder = u"runs"_s;
const QString kRegistryFolder = u"registry"_s; // the default registry folder
const QString kIncomingPrefix = u".incoming-"_s; // SnapshotWriter's temporary files

QString systemError(int code) { return qt_error_string(code); }
QString native(const QString& path) { return QDir::toNativeSeparators(path); }
bool canWrite(const QString& path) { return ::access(QFile::encodeName(path).constData(), W_OK) == 0; }

// A command a user can paste, with the path quoted when it needs to be.
QString recoverCommand(const QString& directory)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./+:@=-]+$"_s);
    const QString path = native(directory);
    return u"grove-cli recover --workspace "_s + (plain.match(path).hasMatch() ? path : u"'%1'"_s.arg(path));
}

enum class DatabaseFile { Missing, Empty, NotSqlite, Sqlite };

// Never through a descriptor of its own: closing any descriptor of grove.db drops every POSIX
// lock this process's SQLite connections hold on it, and another process could then take the
// write-ahead log for unused and delete it, with the changes in it. SQLite, which keeps its
// descriptors of a file open while any of its connections holds a lock on it, reads the header.
DatabaseFile inspectDatabaseFile(const QString& path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return errno == ENOENT ? DatabaseFile::Missing : DatabaseFile::Sqlite; // SQLite will say why
    if (info.st_size == 0)
        return DatabaseFile::Empty;
    return Database::hasDatabaseHeader(path) ? DatabaseFile::Sqlite : DatabaseFile::NotSqlite;
}

// A workspace whose database is gone, empty or not a database. Starting afresh would give new
// runs the ids of lost ones and overwrite their folders: the database is rebuilt instead.
Error unusableDatabase(const QString& directory, DatabaseFile state, bool hasData)
{
    const QString problem = state == DatabaseFile::Missing ? Text::tr("its database grove.db is missing")
                            : state == DatabaseFile::Empty ? Text::tr("its database grove.db is empty")
                                                           : Text::tr("its grove.db is not a database");
    if (hasData)
        return Error::badInput(Text::tr("The workspace %1 has datasets or runs, but %2. Grove does not start a new "
                                        "workspace over them. Rebuild the database from the datasets and runs "
                                        "folders with: %3")
                                   .arg(native(directory), problem, recoverCommand(directory)));
    return Error::badInput(Text::tr("The workspace %1 cannot be opened: %2. Move grove.db away to start an empty "
                                    "workspace there, or rebuild it with: %3")
                               .arg(native(directory), problem, recoverCommand(directory)));
}

// How long a process waits for another that is setting up the same new workspace: far longer
// than creating a database takes, short enough not to hang on a process that stopped midway.
constexpr int kSetupWaitMs = 30000;

Error setupBusy(const QString& directory)
{
    return Error::io(Text::tr("Another Grove process is setting up the workspace %1 and has not finished in %2 "
                              "seconds. Try again once it has; if it was stopped, end it first.")
                         .arg(native(directory))
                         .arg(kSetupWaitMs / 1000));
}

Error readOnlyWorkspace(const QString& directory)
{
    struct statvfs info = {};
    const bool readOnlyMount =
        ::statvfs(QFile::encodeName(directory).constData(), &info) == 0 && (info.f_flag & ST_RDONLY) != 0;
    return Error::io(Text::tr("The workspace %1 cannot be changed: %2. Commands that only read it (datasets, "
                              "profile, runs, show, compare, predict --run) work; to change it, make it writable "
                              "or copy it to a writable folder.")
                         .arg(native(directory), readOnlyMount ? Text::tr("it is on a read-only file system")
                                                               : Text::tr("you have no write permission for it")));
}

// Creates one of the workspace's folders, or says which path is in the way and what to do.
Status ensureFolder(const QString& directory, const QString& name)
{
    const QString path = QDir(directory).filePath(name);
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    if (info.exists() || info.isSymLink())
        return Error::io(Text::tr("%1 is a file, but the workspace keeps its %2 in a folder of that name. Move or "
                                  "rename the file, then open the workspace again.")
                             .arg(native(path), name));
    if (::mkdir(QFile::encodeName(path).constData(), 0777) != 0 && errno != EEXIST)
        return Error::io(Text::tr("Cannot create the folder %1: %2. Check that the workspace folder is writable.")
                             .arg(native(path), systemError(errno)));
    return {};
}

// Refuses a database whose schema is not this Grove's; `mismatch` words the refusal.
template <typename Message>
Status requireCurrentSchema(Database& database, Message mismatch)
{
    auto version = database.userVersion();
    if (!version)
        return version.error();
    if (*version != latestSchemaVersion())
        return Error::badInput(mismatch(int(*version)));
    return {};
}

// What every process does when it opens a writable workspace: leftovers of killed processes go.
Status tidyUp(Workspace& workspace)
{
    removeAbandonedFiles(workspace.datasetsDirectory(), kIncomingPrefix);
    // Runs whose training process died (a crash, a kill) show as interrupted from now on.
    auto interrupted = RunStore(workspace.database()).recoverInterrupted();
    if (!interrupted)
        return interrupted.error();
    for (qint64 id : *interrupted)
        (void)writeRunFile(workspace, id); // the database has it; run.json catches up next time
    return {};
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

bool Workspace::hasStoredData(const QString& directory)
{
    // Hidden entries (an import's temporary file) are not data.
    return !QDir(QDir(directory).filePath(kDatasetsFolder)).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot) ||
           !QDir(QDir(directory).filePath(kRunsFolder)).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot) ||
           !QDir(AuditLog::workspaceFolder(directory)).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot);
}

Result<Workspace> Workspace::openOrCreate(const QString& directory, Access access)
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
            return name == kDatasetsFolder || name == kRunsFolder || name == kRegistryFolder ||
                   name == QFileInfo(AuditLog::workspaceFolder(u"."_s)).fileName() || name.startsWith(kDatabaseName);
        });
        if (!entries.isEmpty())
            return Error::badInput(Text::tr("%1 is not a Grove workspace (it has no grove.db) and is not "
                                      "empty. Choose an empty folder or a new path for a new "
                                      "workspace.")
                                       .arg(absolute));
        created = true;
    }

    const QString databasePath = QDir(absolute).filePath(kDatabaseName);
    // Another process may be creating this workspace at this moment: its database is missing,
    // then empty, then not set up, while its log and folders appear. Whoever finds the database
    // so takes the folder's lock and looks again; whoever sets it up holds that lock until its
    // schema is committed. No process then takes another's half-made database for a damaged one.
    // (Without locks on the file system, the checks run unlocked.)
    HeldFileLock setup;
    bool triedLock = false;
    bool busy = false;
    auto lockAndRetry = [&] {
        if (triedLock)
            return false;
        triedLock = true;
        return setup.lockFolder(absolute, kSetupWaitMs, &busy);
    };
    for (;;) {
        const DatabaseFile databaseFile = inspectDatabaseFile(databasePath);
        if (databaseFile != DatabaseFile::Sqlite && lockAndRetry())
            continue;
        if (busy)
            return setupBusy(absolute);
        if (databaseFile != DatabaseFile::Sqlite) {
            const bool hasData = hasStoredData(absolute) || QFileInfo(databasePath + u"-wal"_s).size() > 0;
            if (databaseFile == DatabaseFile::NotSqlite || hasData)
                return unusableDatabase(absolute, databaseFile, hasData);
        }

        Workspace workspace;
        workspace.m_directory = absolute;
        workspace.m_created = created;
        if (!canWrite(absolute) || (databaseFile != DatabaseFile::Missing && !canWrite(databasePath))) {
            if (access == Access::ReadWrite || databaseFile != DatabaseFile::Sqlite)
                return readOnlyWorkspace(absolute);
            auto database = Database::openReadOnly(databasePath);
            if (!database)
                return database.error();
            if (auto status = requireCurrentSchema(*database, [&](int version) {
                    return Text::tr("The workspace %1 was made by another version of Grove (schema %2; this one "
                                    "uses %3), and it cannot be upgraded while it is read-only. Open it once where "
                                    "it is writable.")
                        .arg(native(absolute))
                        .arg(version)
                        .arg(latestSchemaVersion());
                });
                !status)
                return status.error();
            workspace.m_database = std::move(database.value());
            workspace.m_readOnly = true;
            return workspace;
        }

        for (const QString& folder : {kDatasetsFolder, kRunsFolder}) {
            if (auto status = ensureFolder(absolute, folder); !status)
                return status.error();
        }
        auto database = Database::open(databasePath);
        if (!database)
            return database.error();
        // Not set up yet: newly made by us or another process, or made empty by another program.
        auto version = database->userVersion();
        if (!version)
            return version.error();
        if (*version == 0 && lockAndRetry())
            continue;
        if (busy)
            return setupBusy(absolute);
        if (*version == 0 && hasStoredData(absolute))
            return unusableDatabase(absolute, DatabaseFile::Empty, true);
        if (auto status = migrate(*database, schemaMigrations()); !status)
            return status.error();

        workspace.m_database = std::move(database.value());
        if (auto status = tidyUp(workspace); !status)
            return status.error();
        return workspace;
    }
}

Result<Workspace> Workspace::connect(const QString& directory, Access access)
{
    const QString absolute = QDir::cleanPath(QDir(directory).absolutePath());
    const QString databasePath = QDir(absolute).filePath(kDatabaseName);
    if (directory.trimmed().isEmpty() || inspectDatabaseFile(databasePath) != DatabaseFile::Sqlite)
        return Error::io(Text::tr("The workspace %1 is gone, or its grove.db is (moved or deleted while Grove was "
                                  "working with it). Open the workspace again; if its database was lost, rebuild "
                                  "it with: %2")
                             .arg(native(absolute), recoverCommand(absolute)));
    const bool writable = canWrite(absolute) && canWrite(databasePath);
    if (!writable && access == Access::ReadWrite)
        return readOnlyWorkspace(absolute);
    auto database = writable ? Database::open(databasePath, Database::Creation::MustExist)
                             : Database::openReadOnly(databasePath);
    if (!database)
        return database.error();
    if (auto status = requireCurrentSchema(*database, [&](int version) {
            return Text::tr("The workspace %1 is at schema %2, but this version of Grove uses %3: another version "
                            "of Grove changed it meanwhile. Open it again.")
                .arg(native(absolute))
                .arg(version)
                .arg(latestSchemaVersion());
        });
        !status)
        return status.error();
    Workspace workspace;
    workspace.m_directory = absolute;
    workspace.m_database = std::move(database.value());
    workspace.m_readOnly = !writable;
    return workspace;
}

Result<qint64> Workspace::claimRunDirectory(qint64 atLeast) const
{
    const QString runs = QDir(m_directory).filePath(kRunsFolder);
    // Above every run folder there is: a folder without a record belongs to a run the database
    // lost, and recovering it must not meet a newer run of the same id.
    QByteArray path;
    int error = 0;
    const qint64 id = claimNumberedEntry(runs, atLeast, [&](qint64 candidate) {
        path = QFile::encodeName(QDir(runs).filePath(QString::number(candidate)));
        return ::mkdir(path.constData(), 0777) == 0 ? 0 : errno;
    }, error);
    if (id > 0)
        return id;
    if (error != EEXIST)
        return Error::io(Text::tr("Cannot create the folder %1 for a new run: %2. Check that the workspace "
                                  "folder is writable.")
                             .arg(native(QString::fromLocal8Bit(path)), systemError(error)));
    return Error::io(Text::tr("Cannot find a free run folder in %1.").arg(native(runs)));
}

QString Workspace::datasetsDirectory() const { return QDir(m_directory).filePath(kDatasetsFolder); }
QString Workspace::runDirectory(qint64 runId) const
{
    return QDir(m_directory).filePath(u"runs/%1"_s.arg(runId));
}

QString Workspace::databasePath() const { return QDir(m_directory).filePath(kDatabaseName); }

Status recordEvent(Database& database, const QString& action, const QString& subject,
                   const QString& detailsJson, const QJsonValue& before, const QJsonValue& after)
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
    if (auto status = statement->run(); !status)
        return status;
    database.audit({action, subject, before, after, QJsonDocument::fromJson(detailsJson.toUtf8()).object()});
    return {};
}

} // namespace grove
