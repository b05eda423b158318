#include "app/cli/CliApp.h"
#include "app/cli/TextTable.h"

#include "core/train/Environment.h"
#include "core/common/SafeText.h"
#include "core/data/TextChecks.h"
#include "core/store/RunStore.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QJsonDocument>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace grove::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::cli)
};

const QString kProgram = u"grove-cli"_s;

QCommandLineOption workspaceOption()
{
    return QCommandLineOption({u"w"_s, u"workspace"_s},
                              Text::tr("Use the workspace in DIR (default: $GROVE_WORKSPACE, or the "
                                 "default workspace in your data folder)."),
                              u"DIR"_s);
}

QString overview(const QList<Command>& commands)
{
    QString text = Text::tr("Usage: %1 [--workspace DIR] COMMAND [OPTIONS] [ARGUMENTS]\n\n"
                      "Grove's command line: everything the Grove window does, headless.\n\n"
                      "Commands:\n")
                       .arg(kProgram);
    for (const Command& command : commands)
        text += u"  %1  %2\n"_s.arg(command.name.leftJustified(10), command.summary);
    text += Text::tr("\nGlobal options:\n"
               "  -w, --workspace DIR  Use the workspace in DIR.\n"
               "  -h, --help           Show this help, or a command's help after its name.\n"
               "  -v, --version        Show the versions of Grove and its libraries.\n\n"
               "Exit status: 0 success, 2 bad input or usage, 1 any other failure.\n"
               "Run \"%1 COMMAND --help\" for a command's options.\n")
                .arg(kProgram);
    return text;
}

QString versionText()
{
    const EnvironmentInfo info = environmentInfo();
    return Text::tr("%1 %2\nlibxgboost %3, Qt %4, SQLite %5\n")
        .arg(kProgram, info.groveVersion, info.xgboostVersion, info.qtVersion, info.sqliteVersion);
}

} // namespace

QCommandLineOption jsonOption()
{
    return QCommandLineOption(u"json"_s, Text::tr("Print exactly one JSON document on stdout."));
}

int exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::BadInput:
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
        return BadUsage;
    case ErrorKind::Io:
    case ErrorKind::Cancelled:
    case ErrorKind::Internal:
        return Failure;
    }
    return Failure;
}

Context::Context(QCommandLineParser& commandParser, QString workspaceDirectory)
    : parser(commandParser), out(stdout), err(stderr), m_workspaceDirectory(std::move(workspaceDirectory))
{
}

Result<Workspace> Context::openWorkspace(Workspace::Access access) const
{
    return Workspace::openOrCreate(m_workspaceDirectory, access);
}

Result<Context::OpenRun> Context::openRun(const QString& reference, Workspace::Access access) const
{
    auto workspace = openWorkspace(access);
    if (!workspace)
        return workspace.error();
    auto run = RunStore(workspace->database()).find(reference);
    if (!run)
        return run.error();
    return OpenRun{std::move(workspace.value()), std::move(run.value())};
}

int Context::fail(const Error& error)
{
    err << kProgram << ": " << escapeLines(error.toString()) << Qt::endl;
    return exitCodeFor(error);
}

int Context::usageError(const QString& message)
{
    err << kProgram << ": " << escapeLines(message) << Qt::endl;
    return BadUsage;
}

void Context::printJson(const QJsonObject& object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    out.flush();
}

void Context::keepStandardOutputFor(const QString& path)
{
    struct stat target, standardOutput;
    if (::stat(QFile::encodeName(path).constData(), &target) == 0 && ::fstat(STDOUT_FILENO, &standardOutput) == 0 &&
        target.st_dev == standardOutput.st_dev && target.st_ino == standardOutput.st_ino) {
        out.flush();
        out.setDevice(err.device());
    }
}

int run(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"grove"_s);
    QCoreApplication::setApplicationVersion(environmentInfo().groveVersion);
    installTranslations(app);

    QList<Command> commands;
    addDatasetCommands(commands);
    addRunCommands(commands);
    addTrashCommands(commands);
    addEvaluationCommands(commands);
    addSweepCommands(commands);
    addComparisonCommands(commands);
    addRegistryCommands(commands);
    addDriftCommands(commands);
    addAuditCommands(commands);
    addRecoverCommand(commands);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();

    // Find the command: the first argument that is neither an option nor an option's value.
    qsizetype commandIndex = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == u"-w"_s || argument == u"--workspace"_s) {
            ++i;
            continue;
        }
        if (!argument.startsWith(u'-')) {
            commandIndex = i;
            break;
        }
    }
    const Command* command = nullptr;
    if (commandIndex >= 0) {
        for (const Command& candidate : commands) {
            if (candidate.name == arguments[commandIndex])
                command = &candidate;
        }
        if (!command) {
            err << kProgram << ": "
                << Text::tr("Unknown command \"%1\". Run \"%2 --help\" for the list of commands.")
                       .arg(escapeUnsafeText(arguments[commandIndex]), kProgram)
                << Qt::endl;
            return BadUsage;
        }
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, Text::tr("Show version information."));
    parser.addOption(workspace);
    parser.addOption(help);
    parser.addOption(version);
    if (command) {
        parser.setApplicationDescription(command->summary);
        parser.addPositionalArgument(command->name, Text::tr("The command."), command->name);
        if (command->addOptions)
            command->addOptions(parser);
    }
    if (!parser.parse(arguments)) {
        // "-1" reads as an option named "1"; say what happened rather than "Unknown option '1'".
        static const QRegularExpression negativeNumber(u"^-([0-9.][0-9.,eE+-]*|inf|infinity|nan)$"_s,
                                                       QRegularExpression::CaseInsensitiveOption);
        for (const QString& argument : arguments.mid(1)) {
            if (argument == u"--"_s)
                break;
            if (negativeNumber.match(argument).hasMatch() && parser.unknownOptionNames().contains(argument.mid(1))) {
                err << kProgram << ": "
                    << Text::tr("\"%1\" starts with \"-\" and is read as an option. If it is meant as a value, put "
                                "\"--\" before it (as in \"-- %1\").")
                           .arg(argument)
                    << Qt::endl;
                return BadUsage;
            }
        }
        err << kProgram << ": " << escapeLines(parser.errorText()) << Qt::endl;
        return BadUsage;
    }
    if (parser.isSet(version)) {
        out << versionText();
        return Success;
    }
    if (!command) {
        if (parser.isSet(help)) {
            out << overview(commands);
            return Success;
        }
        err << overview(commands);
        return BadUsage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(arguments.front(), kProgram); // "grove-cli", not the path it was started by
        text.replace(u"[options]"_s, u"[--workspace DIR] [options]"_s);
        out << text;
        return Success;
    }
    const QString directory = parser.isSet(workspace) ? parser.value(workspace) : Workspace::defaultDirectory();
    Context context(parser, directory);
    context.json = parser.optionNames().contains(u"json"_s);
    return command->run(context);
}

} // namespace grove::cli
