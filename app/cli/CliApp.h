#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/model/RunRecord.h"
#include "core/store/Workspace.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>

namespace grove::cli {

// Exit statuses, as documented in the README.
enum ExitCode { Success = 0, Failure = 1, BadUsage = 2 };

int exitCodeFor(const Error& error);

class Context
{
public:
    Context(QCommandLineParser& parser, QString workspaceDirectory);

    QCommandLineParser& parser;
    QTextStream out;
    QTextStream err;
    bool json = false;

    // Commands that only read open with Workspace::Access::ReadIfLocked, so that they work on a
    // workspace on read-only media.
    Result<Workspace> openWorkspace(Workspace::Access access = Workspace::Access::ReadWrite) const;
    QString workspaceDirectory() const { return m_workspaceDirectory; }
    // The workspace and one of its runs, by an id, "#id" or "run-id": what show, reproduce,
    // validate, export and predict start from.
    struct OpenRun
    {
        Workspace workspace;
        RunRecord run;
    };
    Result<OpenRun> openRun(const QString& reference, Workspace::Access access = Workspace::Access::ReadWrite) const;

    // Prints the error on stderr ("grove-cli: file:line:column: message") and returns its
    // exit status.
    int fail(const Error& error);
    int usageError(const QString& message);
    void printJson(const QJsonObject& object);
    // When a command writes its data to `path` and that is this process's standard output
    // (--output /dev/stdout), what it would print there (its summary, --json) goes to standard
    // error instead, so that the data stay alone.
    void keepStandardOutputFor(const QString& path);

private:
    QString m_workspaceDirectory;
};

struct Command
{
    QString name;
    QString summary;
    QString arguments; // positional syntax for the usage line, e.g. "FILE"
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(Context&)> run;
};

// Each command group adds its commands here.
void addDatasetCommands(QList<Command>& commands);
void addRunCommands(QList<Command>& commands);
void addComparisonCommands(QList<Command>& commands);
void addRegistryCommands(QList<Command>& commands);
void addRecoverCommand(QList<Command>& commands);
void addEvaluationCommands(QList<Command>& commands);
void addSweepCommands(QList<Command>& commands);
void addDriftCommands(QList<Command>& commands);
void addAuditCommands(QList<Command>& commands);
void addTrashCommands(QList<Command>& commands);

// grove-cli predict --model DIR/MODEL/VERSION or DIR/MODEL@ALIAS (RegistryHistoryCommands.cpp).
int predictWithRegistryVersion(Context& context);

// The --json option every listing command has.
QCommandLineOption jsonOption();

int run(int argc, char** argv);

} // namespace grove::cli
