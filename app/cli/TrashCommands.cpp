#include "app/cli/CliApp.h"
#include "app/cli/TextTable.h"

#include "core/services/RunTrash.h"
#include "core/store/RunStore.h"
#include "core/train/TrainingJob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace grove::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::cli)
};

// trash RUN... and restore RUN...: all the runs or none (see setRunsInTrash()).
int moveRuns(Context& context, bool toTrash)
{
    const QStringList references = context.parser.positionalArguments().mid(1);
    if (references.isEmpty())
        return context.usageError(toTrash ? Text::tr("trash needs at least one RUN id.")
                                           : Text::tr("restore needs at least one RUN id."));
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    RunStore store(workspace->database());
    QList<qint64> ids;
    for (const QString& reference : references) {
        auto run = store.find(reference);
        if (!run)
            return context.fail(run.error());
        ids << run->id;
    }
    auto move = setRunsInTrash(*workspace, ids, toTrash);
    if (!move)
        return context.fail(move.error());
    for (const QString& warning : move->warnings)
        context.err << Text::tr("Warning: %1").arg(warning) << Qt::endl;
    if (context.json) {
        context.printJson({{toTrash ? u"trashed"_s : u"restored"_s, idArray(move->moved)},
                           {u"unchanged"_s, idArray(move->unchanged)}});
        return Success;
    }
    if (!move->moved.isEmpty()) {
        const int count = int(move->moved.size());
        if (toTrash)
            context.out << Text::tr("Moved %n run(s) to the trash: %1. grove-cli restore brings them back; "
                                    "grove-cli empty-trash --yes deletes them for good.",
                                    nullptr, count)
                               .arg(idList(move->moved))
                        << Qt::endl;
        else
            context.out << Text::tr("Restored %n run(s) from the trash: %1.", nullptr, count).arg(idList(move->moved))
                        << Qt::endl;
    }
    if (!move->unchanged.isEmpty())
        context.out << (toTrash ? Text::tr("Already in the trash: %1.") : Text::tr("Not in the trash: %1."))
                               .arg(idList(move->unchanged))
                    << Qt::endl;
    return Success;
}

int runTrash(Context& context) { return moveRuns(context, true); }
int runRestore(Context& context) { return moveRuns(context, false); }

int runEmptyTrash(Context& context)
{
    if (context.parser.positionalArguments().size() > 1)
        return context.usageError(Text::tr("empty-trash takes no arguments."));
    const bool confirmed = context.parser.isSet(u"yes"_s);
    // Without --yes nothing is written: the list of what would go works on a read-only workspace.
    auto workspace = context.openWorkspace(confirmed ? Workspace::Access::ReadWrite : Workspace::Access::ReadIfLocked);
    if (!workspace)
        return context.fail(workspace.error());
    if (!confirmed) {
        // Deleting for good cannot be undone: a script has to say it means it.
        auto trashed = RunStore(workspace->database()).list({}, RunStore::Trash::Only);
        if (!trashed)
            return context.fail(trashed.error());
        QList<qint64> ids;
        for (const RunRecord& run : *trashed)
            ids << run.id;
        if (ids.isEmpty()) {
            context.err << Text::tr("The trash is empty.") << Qt::endl;
            return Success;
        }
        return context.usageError(Text::tr("This deletes %n run(s) for good, with their models and predictions: %1. "
                                           "Add --yes to do it.",
                                           nullptr, int(ids.size()))
                                      .arg(idList(ids)));
    }
    auto deleted = emptyRunTrash(*workspace);
    if (!deleted)
        return context.fail(deleted.error());
    if (context.json)
        context.printJson({{u"deleted"_s, *deleted}});
    else if (*deleted == 0)
        context.out << Text::tr("The trash is empty.") << Qt::endl;
    else
        context.out << Text::tr("Deleted %n run(s) for good.", nullptr, *deleted) << Qt::endl;
    return Success;
}

} // namespace

void addTrashCommands(QList<Command>& commands)
{
    commands << Command{u"trash"_s, Text::tr("Move runs to the trash (restore brings them back)."), u"RUN..."_s,
                        [](QCommandLineParser& parser) {
                            parser.addPositionalArgument(u"RUN"_s, Text::tr("Run ids."), u"RUN..."_s);
                            parser.addOption(jsonOption());
                        },
                        runTrash};
    commands << Command{u"restore"_s, Text::tr("Bring runs back from the trash."), u"RUN..."_s,
                        [](QCommandLineParser& parser) {
                            parser.addPositionalArgument(u"RUN"_s, Text::tr("Run ids."), u"RUN..."_s);
                            parser.addOption(jsonOption());
                        },
                        runRestore};
    commands << Command{u"empty-trash"_s, Text::tr("Delete the runs in the trash for good, with their files."), {},
                        [](QCommandLineParser& parser) {
                            parser.addOption({u"yes"_s, Text::tr("Do it: without --yes nothing is deleted, and the runs "
                                                                 "that would be are listed.")});
                            parser.addOption(jsonOption());
                        },
                        runEmptyTrash};
}

} // namespace grove::cli
