// grove-cli sweep, sweeps and sweep-show: searching configurations (core/sweep), as the README's
// "Sweeps" section describes.
#include "app/cli/CliApp.h"
#include "app/cli/Interrupt.h"
#include "app/cli/TextTable.h"
#include "core/data/TextChecks.h"

#include "core/store/SweepStore.h"
#include "core/sweep/Importance.h"
#include "core/sweep/Samplers.h"
#include "core/sweep/SweepRunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::cli)
};

QString shownValue(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 6) : QString();
}

QString shownParams(const QJsonObject& params)
{
    QStringList parts;
    for (auto it = params.begin(); it != params.end(); ++it)
        parts << u"%1=%2"_s.arg(it.key(), it.value().isString() ? it.value().toString()
                                                                 : QString::number(it.value().toDouble(), 'g', 6));
    return parts.join(u" "_s);
}

void printSummary(Context& context, const SweepState& state)
{
    context.out << Text::tr("Sweep %1 \"%2\" is %3: %4 of %5 trial run(s) ended.")
                       .arg(state.record.id)
                       .arg(state.record.name, state.record.status)
                       .arg(state.finished())
                       .arg(state.planned)
                << Qt::endl;
    if (state.bestTrial) {
        for (const SweepTrial& t : state.trials) {
            if (t.trial == *state.bestTrial) {
                context.out << Text::tr("Best: trial %1, %2 %3 (%4).")
                                   .arg(t.trial)
                                   .arg(state.definition.objective(), QString::number(state.bestValue, 'g', 6),
                                        shownParams(t.params))
                            << Qt::endl;
                break;
            }
        }
    }
}

int runSweepCommand(Context& context)
{
    QCommandLineParser& parser = context.parser;
    if (parser.positionalArguments().size() > 1)
        return context.usageError(Text::tr("sweep takes options only: --config FILE or --resume SWEEP."));
    const bool resume = parser.isSet(u"resume"_s);
    if (resume == parser.isSet(u"config"_s))
        return context.usageError(Text::tr("sweep needs either --config FILE (a new sweep) or --resume SWEEP."));
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    qint64 sweepId = 0;
    if (resume) {
        auto found = SweepStore(workspace->database()).find(parser.value(u"resume"_s));
        if (!found)
            return context.fail(found.error());
        sweepId = found->id;
    } else {
        const QString path = parser.value(u"config"_s);
        auto json = readJsonObjectFile(path, Text::tr("Cannot read the sweep definition %1: %2."));
        if (!json)
            return context.fail(json.error());
        auto definition = SweepDefinition::fromJson(*json, std::max(1, QThread::idealThreadCount()));
        if (!definition)
            return context.fail(Error::badInput(Text::tr("%1: %2").arg(path, definition.error().message)));
        auto created = createSweep(*workspace, *definition);
        if (!created)
            return context.fail(created.error());
        sweepId = *created;
    }
    if (!context.json)
        context.err << Text::tr("Sweep %1 started; Ctrl-C stops it, and grove-cli sweep --resume %1 continues it "
                                "(the trial it stopped in is trained again).")
                           .arg(sweepId)
                    << Qt::endl;
    JobControl control;
    InterruptGuard interrupt(control);
    auto state = runSweep(*workspace, sweepId, control, [&](const SweepTrial& t, const SweepState& s) {
        if (context.json) {
            QJsonObject line = sweepTrialJson(t, s.definition.strategy == SweepStrategy::Halving);
            line.insert(u"best"_s, s.bestTrial ? QJsonValue(s.bestValue) : QJsonValue());
            context.out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
            return;
        }
        // Trials are numbered from 0, as sweep-show, the window and Optuna number them; the
        // count in brackets is how many of the planned trial runs have ended.
        QString trial = s.definition.repeats > 1 ? Text::tr("trial %1 repeat %2").arg(t.trial).arg(t.repeat)
                                                 : Text::tr("trial %1").arg(t.trial);
        if (s.definition.strategy == SweepStrategy::Halving)
            trial += u' ' + Text::tr("rung %1").arg(t.rung); // a trial is trained again at each rung it reaches
        context.err << Text::tr("%1 (%2/%3)  run %4  %5  %6 %7  (best %8)")
                           .arg(trial)
                           .arg(s.finished())
                           .arg(s.planned)
                           .arg(t.runId ? QString::number(*t.runId) : u"-"_s, t.status, s.definition.objective(),
                                t.value ? shownValue(t.value) : u"-"_s,
                                s.bestTrial ? QString::number(s.bestValue, 'g', 6) : u"-"_s)
                    << u"  "_s << shownParams(t.params) << Qt::endl;
    });
    if (!state)
        return context.fail(state.error());
    if (context.json)
        context.printJson(state->toJson());
    else
        printSummary(context, *state);
    if (state->record.status != u"finished"_s)
        return Failure;
    return Success;
}

int runSweeps(Context& context)
{
    if (context.parser.positionalArguments().size() > 1)
        return context.usageError(Text::tr("sweeps takes no arguments."));
    auto workspace = context.openWorkspace(Workspace::Access::ReadIfLocked);
    if (!workspace)
        return context.fail(workspace.error());
    auto sweeps = SweepStore(workspace->database()).list();
    if (!sweeps)
        return context.fail(sweeps.error());
    QJsonArray list;
    TextTable table({Text::tr("ID"), Text::tr("NAME"), Text::tr("STATUS"), Text::tr("STRATEGY"), Text::tr("TRIALS"),
                     Text::tr("BEST")});
    for (const SweepRecord& record : *sweeps) {
        auto state = loadSweep(*workspace, QString::number(record.id));
        if (!state)
            return context.fail(state.error());
        const QString best = state->bestTrial ? u"%1 %2"_s.arg(state->definition.objective(),
                                                                 QString::number(state->bestValue, 'g', 6))
                                              : QString();
        list.append(QJsonObject{{u"id"_s, record.id},
                                {u"name"_s, record.name},
                                {u"status"_s, record.status},
                                {u"strategy"_s, sweepStrategyKey(state->definition.strategy)},
                                {u"planned"_s, state->planned},
                                {u"finished"_s, state->finished()},
                                {u"best"_s, state->bestTrial ? QJsonValue(state->bestValue) : QJsonValue()}});
        table.addRow({QString::number(record.id), record.name, record.status, sweepStrategyKey(state->definition.strategy),
                      u"%1/%2"_s.arg(state->finished()).arg(state->planned), best});
    }
    if (context.json) {
        context.printJson({{u"sweeps"_s, list}});
        return Success;
    }
    if (sweeps->isEmpty()) {
        context.out << Text::tr("No sweeps yet. Start one with: grove-cli sweep --config SWEEP.json") << Qt::endl;
        return Success;
    }
    context.out << table.render();
    return Success;
}

int runSweepShow(Context& context)
{
    const QStringList arguments = context.parser.positionalArguments();
    if (arguments.size() != 2)
        return context.usageError(Text::tr("sweep-show takes one sweep: grove-cli sweep-show SWEEP (its name or id)."));
    auto workspace = context.openWorkspace(Workspace::Access::ReadIfLocked);
    if (!workspace)
        return context.fail(workspace.error());
    auto state = loadSweep(*workspace, arguments[1]);
    if (!state)
        return context.fail(state.error());
    if (context.json) {
        context.printJson(state->toJson());
        return Success;
    }
    printSummary(context, *state);
    if (auto importance = parameterImportance(*state)) {
        QStringList parts;
        for (const ParameterImportance& p : importance->parameters)
            parts << Text::tr("%1 %2 (Spearman %3)")
                         .arg(p.parameter, QString::number(p.meanAbsShap, 'g', 3),
                              std::isfinite(p.spearman) ? QString::number(p.spearman, 'f', 2) : u"-"_s);
        context.out << Text::tr("Parameter importance (mean |SHAP| on %1): %2.")
                           .arg(state->definition.objective(), parts.join(u", "_s))
                    << Qt::endl;
        if (!importance->caution.isEmpty())
            context.out << importance->caution << Qt::endl;
    }
    const bool halving = state->definition.strategy == SweepStrategy::Halving;
    QStringList header{Text::tr("TRIAL"), Text::tr("REPEAT")};
    if (halving)
        header << Text::tr("RUNG (ROUNDS)");
    header << Text::tr("RUN") << Text::tr("STATUS") << state->definition.objective().toUpper() << Text::tr("PARAMETERS");
    const auto rungs = sweep::halvingSchedule(state->definition.trials, state->definition.base.rounds,
                                              state->definition.halvingEta, state->definition.halvingMinRounds);
    TextTable table(header);
    for (const SweepTrial& t : state->trials) {
        QStringList row{QString::number(t.trial), QString::number(t.repeat)};
        if (halving)
            row << u"%1 (%2)"_s.arg(t.rung).arg(std::size_t(t.rung) < rungs.size() ? rungs[std::size_t(t.rung)].rounds : 0);
        row << (t.runId ? QString::number(*t.runId) : QString()) << t.status << shownValue(t.value) << shownParams(t.params);
        table.addRow(row);
    }
    context.out << table.render();
    return Success;
}

} // namespace

void addSweepCommands(QList<Command>& commands)
{
    commands << Command{u"sweep"_s,
                        Text::tr("Search XGBoost configurations: a grid, random search or TPE, each trial a run. Ctrl-C "
                                 "stops; --resume continues."),
                        {},
                        [](QCommandLineParser& parser) {
                            parser.addOption({u"config"_s, Text::tr("The sweep definition (JSON; see the README)."), u"FILE"_s});
                            parser.addOption({u"resume"_s, Text::tr("Continue a stopped or interrupted sweep, by name or id."),
                                              u"SWEEP"_s});
                            parser.addOption(jsonOption());
                        },
                        runSweepCommand};
    commands << Command{u"sweeps"_s, Text::tr("List the sweeps of the workspace."), {},
                        [](QCommandLineParser& parser) { parser.addOption(jsonOption()); }, runSweeps};
    commands << Command{u"sweep-show"_s, Text::tr("A sweep's trials and its best configuration."), u"SWEEP"_s,
                        [](QCommandLineParser& parser) { parser.addOption(jsonOption()); }, runSweepShow};
}

} // namespace grove::cli
