#include "app/cli/CliApp.h"

#include "core/store/WorkspaceRecovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace grove::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::cli)
};

int runRecover(Context& context)
{
    if (context.parser.positionalArguments().size() > 1)
        return context.usageError(Text::tr("recover takes no arguments; name the workspace with --workspace DIR."));
    RecoveryOptions options;
    options.replaceUsableDatabase = context.parser.isSet(u"force"_s);
    auto report = recoverWorkspace(context.workspaceDirectory(), options);
    if (!report)
        return context.fail(report.error());

    if (context.json) {
        QJsonArray datasets;
        for (const RecoveredDataset& dataset : report->datasets)
            datasets.append(QJsonObject{{u"id"_s, dataset.id},
                                        {u"name"_s, dataset.name},
                                        {u"content_hash"_s, dataset.contentHash},
                                        {u"name_recorded"_s, dataset.nameFromRuns}});
        QJsonArray runs;
        for (qint64 id : report->runs)
            runs.append(id);
        QJsonArray sweeps;
        for (qint64 id : report->sweeps)
            sweeps.append(id);
        QJsonArray interrupted;
        for (qint64 id : report->interruptedRuns)
            interrupted.append(id);
        context.printJson({{u"workspace"_s, report->directory},
                           {u"kept_database"_s, report->keptDatabase.isEmpty() ? QJsonValue() : QJsonValue(report->keptDatabase)},
                           {u"datasets"_s, datasets},
                           {u"runs"_s, runs},
                           {u"interrupted_runs"_s, interrupted},
                           {u"sweeps"_s, sweeps},
                           {u"problems"_s, QJsonArray::fromStringList(report->problems)}});
    } else {
        context.out << Text::tr("Recovered %n dataset(s)", nullptr, int(report->datasets.size()))
                    << Text::tr(", %n run(s)", nullptr, int(report->runs.size()))
                    << Text::tr(" and %n sweep(s) into a new grove.db in %1.", nullptr, int(report->sweeps.size()))
                           .arg(QDir::toNativeSeparators(report->directory))
                    << Qt::endl;
        if (!report->keptDatabase.isEmpty())
            context.out << Text::tr("The previous database was kept as %1.").arg(QDir::toNativeSeparators(report->keptDatabase))
                        << Qt::endl;
        for (const RecoveredDataset& dataset : report->datasets) {
            if (!dataset.nameFromRuns)
                context.out << Text::tr("Dataset %1 (sha256 %2) had no recorded name; it is now \"%3\" (rename it with "
                                        "grove-cli rename).")
                                   .arg(dataset.id)
                                   .arg(dataset.contentHash.left(12), dataset.name)
                            << Qt::endl;
        }
        if (!report->interruptedRuns.isEmpty()) {
            QStringList ids;
            for (qint64 id : report->interruptedRuns)
                ids << QString::number(id);
            context.out << Text::tr("Runs that had not ended are recorded as interrupted: %1.").arg(ids.join(u", "_s))
                        << Qt::endl;
        }
        context.out << Text::tr("Validation reports, saved comparisons, remembered rules and workspace settings are "
                                "kept only in the database and were not recovered, nor was any sweep made by an earlier "
                                "Grove without a sweeps/<id>.json (its runs are recovered as runs).")
                    << Qt::endl;
    }
    for (const QString& problem : report->problems)
        context.err << Text::tr("Not recovered: %1").arg(problem) << Qt::endl;
    return Success;
}

} // namespace

void addRecoverCommand(QList<Command>& commands)
{
    commands << Command{u"recover"_s,
                        Text::tr("Rebuild a lost, empty or damaged grove.db from the workspace's datasets and runs folders."),
                        {},
                        [](QCommandLineParser& parser) {
                            parser.addOption({u"force"_s, Text::tr("Rebuild even when grove.db still works (it is kept as "
                                                                   "grove.db.damaged-<time>).")});
                            parser.addOption(jsonOption());
                        },
                        runRecover};
}

} // namespace grove::cli
