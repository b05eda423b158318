#include "app/cli/CliApp.h"
#include "app/cli/TextTable.h"

#include "core/common/SafeText.h"
#include "core/runs/GroupSignificance.h"
#include "core/runs/RunComparison.h"
#include "core/runs/Significance.h"
#include "core/store/ComparisonStore.h"
#include "core/store/RunStore.h"

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

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QJsonObject savedJson(const SavedComparison& saved, const QList<qint64>& missingRunIds)
{
    return {{u"name"_s, saved.name},
            {u"run_ids"_s, idArray(saved.runIds)},
            {u"run_count"_s, saved.runIds.size()},
            {u"missing_run_ids"_s, idArray(missingRunIds)},
            {u"view"_s, saved.view},
            {u"created_at"_s, saved.createdAt.toString(Qt::ISODate)},
            {u"updated_at"_s, saved.updatedAt.toString(Qt::ISODate)}};
}

// The comparison of `runs` on stdout: one JSON document (with `saved` when there is one), or the
// differing settings and the final metrics as tables.
// The significance table: each run's difference to the baseline per metric, with its interval,
// p-value and verdict.
void printGroupSignificance(Context& context, const QJsonObject& significance);

// A test's figures as the table's last cells: difference, interval, p-value and verdict.
QStringList testCells(const QJsonObject& test)
{
    return {number(test.value(u"mean_difference"_s).toDouble()),
            u"[%1, %2]"_s.arg(number(test.value(u"low"_s).toDouble()), number(test.value(u"high"_s).toDouble())),
            number(test.value(u"p_value"_s).toDouble()), test.value(u"verdict"_s).toString()};
}

// The table of tests, then the wins, ties and losses.
void printTests(Context& context, const TextTable& table, const QJsonObject& significance)
{
    context.out << table.render()
                << Text::tr("better %1, tied %2, worse %3")
                       .arg(significance.value(u"wins"_s).toInt())
                       .arg(significance.value(u"ties"_s).toInt())
                       .arg(significance.value(u"losses"_s).toInt())
                << Qt::endl;
}

void printSignificance(Context& context, const QJsonObject& significance)
{
    if (significance.contains(u"groups"_s))
        return printGroupSignificance(context, significance);
    context.out << Qt::endl
                << Text::tr("Against run %1 (corrected resampled t-test of Nadeau and Bengio on the folds, alpha %2):")
                       .arg(significance.value(u"baseline"_s).toInteger())
                       .arg(significance.value(u"alpha"_s).toDouble())
                << Qt::endl;
    TextTable table({Text::tr("RUN"), Text::tr("METRIC"), Text::tr("DIFFERENCE"), Text::tr("INTERVAL"), Text::tr("P"),
                     Text::tr("VERDICT")});
    const QJsonObject runs = significance.value(u"runs"_s).toObject();
    for (auto run = runs.begin(); run != runs.end(); ++run) {
        const QJsonObject tests = run.value().toObject();
        for (auto test = tests.begin(); test != tests.end(); ++test) {
            const QJsonObject t = test.value().toObject();
            table.addRow(QStringList{run.key(), test.key()} + testCells(t));
        }
    }
    printTests(context, table, significance);
}

// The same for groups of runs: each group's difference to the baseline group per metric.
void printGroupSignificance(Context& context, const QJsonObject& significance)
{
    context.out << Qt::endl
                << Text::tr("Against the group %1 (runs %2; corrected resampled t-test on the shared resamples, alpha %3):")
                       .arg(significance.value(u"baseline"_s).toString())
                       .arg(significance.value(u"baseline_runs"_s).toVariant().toStringList().join(u", "_s))
                       .arg(significance.value(u"alpha"_s).toDouble())
                << Qt::endl;
    TextTable table({Text::tr("GROUP"), Text::tr("RUNS"), Text::tr("TEST"), Text::tr("METRIC"), Text::tr("DIFFERENCE"),
                     Text::tr("INTERVAL"), Text::tr("P"), Text::tr("VERDICT")});
    const QJsonObject groups = significance.value(u"groups"_s).toObject();
    for (auto group = groups.begin(); group != groups.end(); ++group) {
        const QJsonObject g = group.value().toObject();
        const QString runs = g.value(u"runs"_s).toVariant().toStringList().join(u", "_s);
        const QJsonObject tests = g.value(u"tests"_s).toObject();
        for (auto test = tests.begin(); test != tests.end(); ++test) {
            const QJsonObject t = test.value().toObject();
            table.addRow(QStringList{group.key(), runs, designName(g.value(u"design"_s).toString()), test.key()} +
                         testCells(t));
        }
    }
    printTests(context, table, significance);
    const QJsonArray problems = significance.value(u"problems"_s).toArray();
    if (!problems.isEmpty())
        context.out << Text::tr("Not tested:") << Qt::endl;
    for (const QJsonValue& problem : problems)
        context.out << u"  "_s << problem.toString() << Qt::endl;
}

// The significance of the groups of `runs` against the group of `baseline` (one of them).
Result<QJsonObject> groupSignificance(RunStore& store, const QList<RunRecord>& runs, const RunRecord& baseline,
                                      const QString& groupBy, double alpha)
{
    QList<qint64> ids;
    for (const RunRecord& run : runs)
        ids << run.id;
    const ComparedRuns compared = loadComparedRuns(store, ids);
    if (!compared.problems.isEmpty())
        return Error::badInput(compared.problems.join(u'\n'));
    const Grouping grouping = Grouping::fromText(groupBy);
    if (grouping.kind == Grouping::Kind::Setting && !compared.comparison.settings.contains(grouping.setting))
        return Error::badInput(Text::tr("--group-by takes \"configuration\" or a setting of the runs, such as %1; "
                                        "\"%2\" is none of them.")
                                   .arg(compared.comparison.differing.isEmpty() ? u"params.max_depth"_s
                                                                                : compared.comparison.differing.join(u", "_s),
                                        groupBy));
    const qsizetype baseIndex = ids.indexOf(baseline.id);
    if (baseIndex < 0)
        return Error::badInput(Text::tr("With --group-by, --baseline names one of the compared runs: its group is the baseline."));
    const QList<RunGroup> groups = groupRuns(compared.comparison, grouping);
    const GroupSignificance result =
        significanceOfGroups(compared.records, compared.histories, groups, groupOf(groups, int(baseIndex)), alpha);
    // As in the window: the groups that could be tested, and why the others could not; an error
    // only when none could.
    if (result.tested() == 0)
        return Error::badInput(result.problems().join(u'\n'));
    return result.toJson(compared.records, groups, grouping);
}

void printComparison(Context& context, const QList<RunRecord>& runs, const QJsonObject& saved,
                     const QJsonObject& significance = {})
{
    const RunComparison comparison = compareRuns(runs);
    if (context.json) {
        QJsonObject json = comparison.toJson();
        if (!saved.isEmpty())
            json.insert(u"saved"_s, saved);
        if (!significance.isEmpty())
            json.insert(u"significance"_s, significance);
        context.printJson(json);
        return;
    }
    QStringList header{Text::tr("SETTING")};
    for (qint64 id : comparison.runs)
        header << Text::tr("RUN %1").arg(id);
    if (comparison.differing.isEmpty()) {
        context.out << Text::tr("The runs have the same configuration.") << Qt::endl;
    } else {
        TextTable settings(header);
        for (const QString& name : comparison.differing)
            settings.addRow(QStringList{name} + comparison.settings.value(name));
        context.out << Text::tr("Settings that differ (%1 of %2):")
                           .arg(comparison.differing.size())
                           .arg(comparison.settings.size())
                    << Qt::endl
                    << settings.render();
    }
    // Final metrics of every split and metric any run has.
    const QStringList keys = comparison.finalMetricKeys();
    if (!keys.isEmpty()) {
        header[0] = Text::tr("FINAL METRIC");
        TextTable metricsTable(header);
        for (const QString& key : keys) {
            QStringList row{key};
            const QString split = key.section(u'.', 0, 0), metric = key.section(u'.', 1);
            for (const QJsonObject& metrics : comparison.metrics) {
                const QJsonValue value =
                    metrics.value(u"final"_s).toObject().value(split).toObject().value(metric);
                row << (value.isDouble() ? number(value.toDouble()) : QString());
            }
            metricsTable.addRow(row);
        }
        context.out << Qt::endl << metricsTable.render();
    }
    if (!significance.isEmpty())
        printSignificance(context, significance);
}

// The runs of a saved comparison that can still be shown; what is gone or in the trash is said on
// stderr. An error when fewer than two runs are left.
Result<QList<RunRecord>> savedRuns(Context& context, const ResolvedComparison& resolved)
{
    const QString& name = resolved.saved.name;
    const QList<qint64>& missing = resolved.missingRunIds;
    if (resolved.runs.size() < 2) {
        const QString deleteHint = u"grove-cli comparisons --delete \"%1\""_s.arg(name);
        if (resolved.runs.isEmpty())
            return Error::notFound(
                Text::tr("None of the runs of the saved comparison \"%1\" exist any more (%2 were "
                         "deleted for good), so there is nothing to compare. Delete it with: %3")
                    .arg(name, idList(missing), deleteHint));
        return Error::notFound(
            Text::tr(
                "Only run %1 of the saved comparison \"%2\" still exists; the others (%3) were "
                "deleted for good, and a comparison needs two runs. Delete it with: %4")
                .arg(QString::number(resolved.runs.front().id), name, idList(missing), deleteHint));
    }
    if (missing.size() == 1)
        context.err << Text::tr("Warning: run %1 of the saved comparison \"%2\" was deleted for "
                                "good; comparing the other runs.")
                           .arg(QString::number(missing.front()), escapeUnsafeText(name))
                    << Qt::endl;
    else if (!missing.isEmpty())
        context.err << Text::tr("Warning: runs %1 of the saved comparison \"%2\" were deleted for "
                                "good; comparing the other runs.")
                           .arg(idList(missing), escapeUnsafeText(name))
                    << Qt::endl;
    QList<qint64> trashed;
    for (const RunRecord& run : resolved.runs) {
        if (run.deletedAt.isValid())
            trashed << run.id;
    }
    if (trashed.size() == 1)
        context.err << Text::tr("Note: run %1 is in the trash; it is compared all the same.")
                           .arg(trashed.front())
                    << Qt::endl;
    else if (!trashed.isEmpty())
        context.err << Text::tr("Note: runs %1 are in the trash; they are compared all the same.")
                           .arg(idList(trashed))
                    << Qt::endl;
    return resolved.runs;
}

// ---- compare -------------------------------------------------------------------------------

int runCompare(Context& context)
{
    QCommandLineParser& parser = context.parser;
    const QStringList references = parser.positionalArguments().mid(1);
    const bool reopen = parser.isSet(u"saved"_s);
    const bool save = parser.isSet(u"save"_s);
    if (reopen && save)
        return context.usageError(Text::tr(
            "Use --saved NAME to open a saved comparison or --save NAME to save one, not "
            "both. To rename a saved comparison, use: grove-cli comparisons --rename OLD NEW"));
    if (reopen && !references.isEmpty())
        return context.usageError(Text::tr("compare takes RUN ids or --saved NAME, not both."));
    if (!reopen && references.size() < 2)
        return context.usageError(Text::tr("compare needs at least two RUN ids, or --saved NAME."));
    // A bad name is refused before anything is opened or stored.
    if (save) {
        if (const QString problem = ComparisonStore::validateName(parser.value(u"save"_s));
            !problem.isEmpty())
            return context.usageError(problem);
    }
    auto workspace = context.openWorkspace(save ? Workspace::Access::ReadWrite : Workspace::Access::ReadIfLocked);
    if (!workspace)
        return context.fail(workspace.error());
    ComparisonStore comparisons(workspace->database());
    RunStore store(workspace->database());
    // With --baseline, the significance of every other run against it (empty without).
    auto significanceOf = [&](const QList<RunRecord>& runs) -> Result<QJsonObject> {
        if (!parser.isSet(u"baseline"_s))
            return QJsonObject();
        auto baseline = store.find(parser.value(u"baseline"_s));
        if (!baseline)
            return baseline.error();
        bool ok = true;
        const double alpha = parser.isSet(u"alpha"_s) ? parser.value(u"alpha"_s).toDouble(&ok) : 0.05;
        if (!ok)
            return Error::badInput(Text::tr("--alpha takes a number between 0 and 1, such as 0.05."));
        if (parser.isSet(u"group-by"_s)) {
            if (!(alpha > 0 && alpha < 1))
                return Error::badInput(Text::tr("--alpha must be between 0 and 1, such as 0.05."));
            return groupSignificance(store, runs, *baseline, parser.value(u"group-by"_s), alpha);
        }
        return significanceAgainst(store, *baseline, runs, alpha);
    };
    if (parser.isSet(u"group-by"_s) && !parser.isSet(u"baseline"_s))
        return context.usageError(Text::tr("--group-by needs --baseline RUN: the group of that run is the baseline."));

    if (reopen) {
        auto resolved = comparisons.resolve(parser.value(u"saved"_s));
        if (!resolved)
            return context.fail(resolved.error());
        auto runs = savedRuns(context, *resolved);
        if (!runs)
            return context.fail(runs.error());
        auto significance = significanceOf(*runs);
        if (!significance)
            return context.fail(significance.error());
        printComparison(context, *runs, savedJson(resolved->saved, resolved->missingRunIds), *significance);
        return Success;
    }

    QList<RunRecord> runs;
    for (const QString& reference : references) {
        auto run = store.find(reference);
        if (!run)
            return context.fail(run.error());
        runs << *run;
    }
    auto significance = significanceOf(runs);
    if (!significance)
        return context.fail(significance.error());
    if (!save) {
        printComparison(context, runs, {}, *significance);
        return Success;
    }
    QList<qint64> ids;
    for (const RunRecord& run : runs)
        ids << run.id;
    auto saved = comparisons.save(parser.value(u"save"_s), ids);
    if (!saved)
        return context.fail(saved.error());
    printComparison(context, runs, savedJson(saved->comparison, {}));
    if (!context.json) {
        context.out << Qt::endl
                    << (saved->replaced
                            ? Text::tr("Replaced the saved comparison \"%1\" with these runs.")
                            : Text::tr("Saved as \"%1\"."))
                           .arg(escapeUnsafeText(saved->comparison.name))
                    << Qt::endl;
    }
    return Success;
}

// ---- comparisons ---------------------------------------------------------------------------

int listComparisons(Context& context, Workspace& workspace)
{
    ComparisonStore store(workspace.database());
    auto saved = store.list();
    if (!saved)
        return context.fail(saved.error());
    QList<ResolvedComparison> resolved;
    for (const SavedComparison& comparison : *saved) {
        auto one = store.resolve(comparison);
        if (!one)
            return context.fail(one.error());
        resolved << *one;
    }
    if (context.json) {
        QJsonArray array;
        for (const ResolvedComparison& comparison : resolved)
            array.append(savedJson(comparison.saved, comparison.missingRunIds));
        context.printJson({{u"workspace"_s, workspace.directory()}, {u"comparisons"_s, array}});
        return Success;
    }
    if (resolved.isEmpty()) {
        context.out << Text::tr("No saved comparisons yet. Save one with: grove-cli compare RUN "
                                "RUN... --save NAME")
                    << Qt::endl;
        return Success;
    }
    TextTable table({Text::tr("NAME"), Text::tr("RUNS"), Text::tr("RUN IDS"),
                     Text::tr("DELETED RUNS"), Text::tr("UPDATED")});
    for (const ResolvedComparison& comparison : resolved) {
        table.addRow({comparison.saved.name, QString::number(comparison.saved.runIds.size()),
                      idList(comparison.saved.runIds), idList(comparison.missingRunIds),
                      comparison.saved.updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)});
    }
    context.out << table.render();
    return Success;
}

int runComparisons(Context& context)
{
    QCommandLineParser& parser = context.parser;
    const QStringList positional = parser.positionalArguments().mid(1);
    const bool remove = parser.isSet(u"delete"_s);
    const bool rename = parser.isSet(u"rename"_s);
    if (remove && rename)
        return context.usageError(Text::tr("Use --delete NAME or --rename OLD NEW, not both."));
    if (rename) {
        if (positional.size() != 1)
            return context.usageError(Text::tr(
                "--rename needs the old name and the new one: grove-cli comparisons --rename "
                "OLD NEW"));
        if (const QString problem = ComparisonStore::validateName(positional.front());
            !problem.isEmpty())
            return context.usageError(problem);
    } else if (!positional.isEmpty()) {
        return context.usageError(
            Text::tr(
                "comparisons takes no arguments (got \"%1\"); to rename a saved comparison, use "
                "--rename OLD NEW.")
                .arg(positional.front()));
    }
    auto workspace = context.openWorkspace(remove || rename ? Workspace::Access::ReadWrite : Workspace::Access::ReadIfLocked);
    if (!workspace)
        return context.fail(workspace.error());
    ComparisonStore store(workspace->database());

    // The names as they were saved, for the messages ("Depth sweep" rather than "depth sweep").
    auto storedName = [&store](const QString& name) {
        auto saved = store.byName(name);
        return saved && saved->has_value() ? (*saved)->name : name.trimmed();
    };
    if (remove) {
        const QString name = storedName(parser.value(u"delete"_s));
        if (auto status = store.remove(name); !status)
            return context.fail(status.error());
        if (context.json)
            context.printJson({{u"name"_s, name}, {u"deleted"_s, true}});
        else
            context.out
                << Text::tr("Deleted the saved comparison \"%1\"; its runs are kept.")
                       .arg(escapeUnsafeText(name))
                << Qt::endl;
        return Success;
    }
    if (rename) {
        const QString oldName = storedName(parser.value(u"rename"_s)),
                      newName = positional.front().trimmed();
        if (auto status = store.rename(oldName, newName); !status)
            return context.fail(status.error());
        if (context.json)
            context.printJson({{u"name"_s, newName}, {u"renamed_from"_s, oldName}});
        else
            context.out
                << Text::tr("Renamed the saved comparison \"%1\" to \"%2\".")
                       .arg(escapeUnsafeText(oldName), escapeUnsafeText(newName))
                << Qt::endl;
        return Success;
    }
    return listComparisons(context, *workspace);
}

} // namespace

void addComparisonCommands(QList<Command>& commands)
{
    commands << Command{
        u"compare"_s,
        Text::tr("Compare runs: the settings that differ and the final metrics of each."),
        u"RUN RUN..."_s,
        [](QCommandLineParser& parser) {
            parser.addPositionalArgument(
                u"RUN"_s, Text::tr("Two or more run ids, from any experiments."), u"RUN RUN..."_s);
            parser.addOption(
                {u"save"_s,
                 Text::tr("Also save the comparison under NAME (replacing one of that name), "
                          "to open it again with --saved."),
                 u"NAME"_s});
            parser.addOption(
                {u"saved"_s,
                 Text::tr("Compare the runs of the comparison saved as NAME, instead of RUN ids."),
                 u"NAME"_s});
            parser.addOption({u"baseline"_s,
                              Text::tr("Test every other run against this cross-validated run, fold by fold (the "
                                       "corrected resampled t-test)."),
                              u"RUN"_s});
            parser.addOption({u"alpha"_s, Text::tr("With --baseline: the significance level (default 0.05)."), u"A"_s});
            parser.addOption({u"group-by"_s,
                              Text::tr("With --baseline: test groups of runs instead of single runs, grouped by "
                                       "\"configuration\" (all settings but the seeds: repeats with other split "
                                       "seeds) or by one setting, such as params.max_depth. The baseline is the "
                                       "group of the --baseline run."),
                              u"KEY"_s});
            parser.addOption(jsonOption());
        },
        runCompare};
    commands << Command{
        u"comparisons"_s,
        Text::tr("List, rename or delete saved comparisons."),
        {},
        [](QCommandLineParser& parser) {
            parser.addPositionalArgument(u"NEW"_s, Text::tr("With --rename: the new name."),
                                         u"[NEW]"_s);
            parser.addOption({u"delete"_s,
                              Text::tr("Delete the saved comparison NAME (not its runs)."),
                              u"NAME"_s});
            parser.addOption({u"rename"_s,
                              Text::tr("Rename the saved comparison OLD to the name that follows: "
                                       "--rename OLD NEW."),
                              u"OLD"_s});
            parser.addOption(jsonOption());
        },
        runComparisons};
}

} // namespace grove::cli
