#include "app/cli/CliApp.h"
#include "app/cli/Interrupt.h"
#include "app/cli/TextTable.h"

#include "core/common/SafeText.h"
#include "core/data/CsvReader.h"
#include "core/data/TextChecks.h"
#include "core/runs/RunCurves.h"
#include "core/runs/RunQuery.h"
#include "core/runs/Significance.h"
#include "core/services/DatasetImport.h"
#include "core/store/RunStore.h"
#include "core/train/Prediction.h"
#include "core/train/TrainingJob.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace grove::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::cli)
};

QString number(double value) { return QString::number(value, 'g', 6); }

QString emptyExperimentMessage()
{
    return Text::tr("--experiment was given an empty name. Name an experiment, or leave the option "
                    "out for \"Default\" (train) or for every experiment (runs).");
}

// The key metric on the validation data ("VALID METRIC"); NaN when the run has none.
QPair<QString, double> validKeyMetric(const RunRecord& run)
{
    const RunKeyMetric key = runKeyMetric(run);
    return {key.metric, key.split == u"valid"_s && key.value ? *key.value : std::nan("")};
}

QJsonObject runJson(const RunRecord& run, bool full)
{
    QJsonObject json{{u"run_id"_s, run.id},
                     {u"experiment"_s, run.experiment},
                     {u"status"_s, runStatusKey(run.status)},
                     {u"dataset"_s, run.setup.data.dataset.toJson()},
                     {u"target"_s, run.target()},
                     {u"task"_s, run.setup.config.task ? QJsonValue(taskKey(*run.setup.config.task)) : QJsonValue()},
                     {u"created_at"_s, run.createdAt.toString(Qt::ISODate)},
                     {u"started_at"_s, run.startedAt.isValid() ? QJsonValue(run.startedAt.toString(Qt::ISODate)) : QJsonValue()},
                     {u"finished_at"_s, run.finishedAt.isValid() ? QJsonValue(run.finishedAt.toString(Qt::ISODate)) : QJsonValue()},
                     {u"duration_seconds"_s, run.durationSeconds()},
                     {u"user"_s, run.user},
                     {u"host"_s, run.host},
                     {u"rounds_done"_s, run.roundsDone},
                     {u"rounds_total"_s, run.roundsTotal},
                     {u"best_iteration"_s, run.bestIteration ? QJsonValue(*run.bestIteration) : QJsonValue()},
                     {u"final_metrics"_s, run.finalMetrics},
                     {u"best_metrics"_s, run.bestMetrics},
                     {u"model_sha256"_s, run.modelSha256.isEmpty() ? QJsonValue() : QJsonValue(run.modelSha256)},
                     {u"message"_s, run.message},
                     {u"tags"_s, QJsonArray::fromStringList(run.tags)},
                     {u"note"_s, run.note},
                     {u"in_trash"_s, run.deletedAt.isValid()},
                     {u"trashed_at"_s, run.deletedAt.isValid() ? QJsonValue(run.deletedAt.toString(Qt::ISODate)) : QJsonValue()}};
    if (run.reproducedFrom)
        json.insert(u"reproduced_from"_s, *run.reproducedFrom);
    if (full) {
        // "config" is what `train --config` reads back; the features and classes the model
        // expects are beside it.
        json.insert(u"schema"_s, run.setup.schema.toJson());
        json.insert(u"config"_s, run.setup.configJson());
        json.insert(u"environment"_s, run.environment);
        json.insert(u"importance"_s, run.importance);
    }
    return json;
}

// Prints each round on stderr: rewritten in place on a terminal, every few rounds otherwise.
class RoundPrinter
{
public:
    explicit RoundPrinter(Context& context) : m_context(context), m_terminal(isatty(fileno(stderr))) {}

    void print(const RoundUpdate& update)
    {
        const int done = update.round + 1;
        if (!m_terminal && done != update.rounds && done % std::max(1, update.rounds / 20) != 0)
            return;
        QString line = update.fold >= 0 && update.fold < update.folds - 1
                           ? Text::tr("fold %1/%2 round %3/%4").arg(update.fold + 1).arg(update.folds - 1).arg(done).arg(update.rounds)
                       : update.folds > 1 ? Text::tr("final model round %1/%2").arg(done).arg(update.rounds)
                                          : Text::tr("round %1/%2").arg(done).arg(update.rounds);
        for (const xgb::Evaluation& e : update.evaluations)
            line += u"  %1-%2 %3"_s.arg(e.split, escapeUnsafeText(e.metric), number(e.value));
        if (update.elapsedSeconds > 0 && done < update.rounds)
            line += Text::tr("  (about %1 left)").arg(duration(update.elapsedSeconds / done * (update.rounds - done)));
        m_context.err << (m_terminal ? u"\r"_s + line.leftJustified(m_width) : line + u'\n');
        m_width = std::max(m_width, int(line.size()));
        m_context.err.flush();
    }
    void finish()
    {
        if (m_terminal && m_width > 0)
            m_context.err << "\n";
        m_context.err.flush();
    }

private:
    Context& m_context;
    bool m_terminal;
    int m_width = 0;
};

int reportSummary(Context& context, Workspace& workspace, const RunSummary& summary)
{
    auto run = RunStore(workspace.database()).byId(summary.runId);
    if (!run || !run->has_value())
        return context.fail(run ? Error::notFound(Text::tr("The run disappeared.")) : run.error());
    if (context.json) {
        QJsonObject json = runJson(**run, false);
        json.insert(u"seconds"_s, summary.seconds);
        if (!summary.stepSeconds.isEmpty()) {
            QJsonObject steps;
            for (const auto& [step, seconds] : summary.stepSeconds)
                steps.insert(step, seconds);
            json.insert(u"step_seconds"_s, steps);
        }
        json.insert(u"warnings"_s, QJsonArray::fromStringList(summary.warnings));
        context.printJson(json);
    }
    switch (summary.status) {
    case RunStatus::Finished: {
        if (!context.json) {
            const auto [metric, value] = validKeyMetric(**run);
            context.out << Text::tr("Run %1 finished: %2 rounds in %3").arg(summary.runId).arg(summary.roundsDone).arg(duration(summary.seconds));
            if (!metric.isEmpty() && !std::isnan(value))
                context.out << Text::tr(", valid %1 %2").arg(escapeUnsafeText(metric), number(value));
            if (summary.bestIteration)
                context.out << Text::tr(" (best at round %1, iteration %2 as XGBoost counts from 0)")
                                   .arg(*summary.bestIteration + 1)
                                   .arg(*summary.bestIteration);
            context.out << Qt::endl;
            for (const QString& warning : summary.warnings)
                context.err << Text::tr("XGBoost: %1").arg(escapeLines(warning)) << Qt::endl;
        }
        return Success;
    }
    case RunStatus::Cancelled:
        context.err << Text::tr("Run %1 was cancelled; it is recorded as cancelled.").arg(summary.runId) << Qt::endl;
        return Failure;
    default:
        context.err << Text::tr("Run %1 failed: %2").arg(summary.runId).arg(escapeLines(summary.message)) << Qt::endl;
        return Failure;
    }
}

// ---- train ---------------------------------------------------------------------------------

int runTrain(Context& context)
{
    QCommandLineParser& parser = context.parser;
    if (parser.positionalArguments().size() > 1)
        return context.usageError(Text::tr("train takes options only; see grove-cli train --help."));
    RunConfig config;
    if (parser.isSet(u"config"_s)) {
        const QString path = parser.value(u"config"_s);
        auto document = readJsonObjectFile(path, Text::tr("Cannot read the configuration %1: %2."));
        if (!document)
            return context.fail(document.error());
        auto parsed = RunConfig::fromJson(*document);
        if (!parsed)
            return context.fail(Error::badInput(Text::tr("%1: %2").arg(path, parsed.error().message)));
        config = *parsed;
    }
    auto integer = [&](const QString& name, int& out, int minimum) -> bool {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        out = parser.value(name).toInt(&ok);
        return ok && out >= minimum;
    };
    if (parser.isSet(u"dataset"_s))
        config.dataset = parser.value(u"dataset"_s);
    if (parser.isSet(u"target"_s))
        config.target = parser.value(u"target"_s);
    if (parser.isSet(u"task"_s)) {
        const auto task = taskFromKey(parser.value(u"task"_s));
        if (!task)
            return context.usageError(Text::tr("--task takes binary, multiclass or regression."));
        config.task = task;
    }
    const int validationChoices = int(parser.isSet(u"valid-fraction"_s)) + int(parser.isSet(u"folds"_s)) + int(parser.isSet(u"valid-dataset"_s));
    if (validationChoices > 1)
        return context.usageError(Text::tr("Choose one validation: --valid-fraction, --folds or --valid-dataset."));
    if (parser.isSet(u"valid-fraction"_s)) {
        config.validation.kind = ValidationKind::Holdout;
        if (readNumber(parser.value(u"valid-fraction"_s), config.validation.fraction) != NumberText::Finite)
            return context.usageError(Text::tr("--valid-fraction takes a finite number such as 0.2; got \"%1\".")
                                          .arg(parser.value(u"valid-fraction"_s)));
    }
    if (parser.isSet(u"folds"_s)) {
        config.validation.kind = ValidationKind::KFold;
        if (!integer(u"folds"_s, config.validation.folds, 2))
            return context.usageError(Text::tr("--folds takes a whole number of 2 or more."));
    }
    if (parser.isSet(u"valid-dataset"_s)) {
        config.validation.kind = ValidationKind::Dataset;
        config.validation.dataset = parser.value(u"valid-dataset"_s);
    }
    if (parser.isSet(u"split-seed"_s)) {
        bool ok = false;
        config.validation.seed = parser.value(u"split-seed"_s).toULongLong(&ok);
        if (!ok)
            return context.usageError(Text::tr("--split-seed takes a whole number of 0 or more."));
    }
    for (const QString& assignment : parser.values(u"param"_s)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return context.usageError(Text::tr("--param takes KEY=VALUE; got \"%1\".").arg(assignment));
        if (auto status = config.params.set(assignment.left(equals), assignment.mid(equals + 1)); !status)
            return context.fail(status.error());
    }
    if (!integer(u"rounds"_s, config.rounds, 1))
        return context.usageError(Text::tr("--rounds takes a whole number of 1 or more."));
    if (!integer(u"early-stopping"_s, config.earlyStoppingRounds, 0))
        return context.usageError(Text::tr("--early-stopping takes a whole number of 0 or more."));
    if (!integer(u"threads"_s, config.threads, 0))
        return context.usageError(Text::tr("--threads takes a whole number of 0 (one per core) or more."));
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        config.seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return context.usageError(Text::tr("--seed takes a whole number of 0 or more."));
    }
    if (parser.isSet(u"metric"_s))
        config.metrics = parser.values(u"metric"_s);
    if (parser.isSet(u"exclude"_s))
        config.excludedFeatures = parser.values(u"exclude"_s);
    if (parser.isSet(u"experiment"_s)) {
        config.experiment = parser.value(u"experiment"_s);
        // Said, but empty (a script's unset variable): not silently the default experiment.
        if (config.experiment.trimmed().isEmpty())
            return context.usageError(emptyExperimentMessage());
    }
    if (config.dataset.isEmpty() || config.target.isEmpty())
        return context.usageError(Text::tr("train needs --dataset and --target (or a --config file that has them)."));

    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto queued = queueCheckedRun(*workspace, config);
    if (!queued)
        return context.fail(queued.error());
    if (!context.json)
        context.err << Text::tr("Run %1 started.").arg(queued->runId) << Qt::endl;
    JobControl control;
    InterruptGuard interrupt(control);
    RoundPrinter printer(context);
    auto summary = executeRun(
        *workspace, queued->runId, control, [&](const RoundUpdate& update) { printer.print(update); },
        std::move(queued->plan));
    printer.finish();
    if (!summary)
        return context.fail(summary.error());
    return reportSummary(context, *workspace, *summary);
}

// ---- runs / show -----------------------------------------------------------------------------

int runRuns(Context& context)
{
    if (context.parser.isSet(u"experiment"_s) && context.parser.value(u"experiment"_s).trimmed().isEmpty())
        return context.usageError(emptyExperimentMessage());
    auto workspace = context.openWorkspace(Workspace::Access::ReadIfLocked);
    if (!workspace)
        return context.fail(workspace.error());
    auto filter = RunFilter::parse(context.parser.value(u"filter"_s));
    if (!filter)
        return context.fail(filter.error());
    const bool trash = context.parser.isSet(u"trash"_s);
    auto runs = RunStore(workspace->database())
                    .list(context.parser.value(u"experiment"_s), trash ? RunStore::Trash::Only : RunStore::Trash::Exclude);
    if (!runs)
        return context.fail(runs.error());
    runs->removeIf([&](const RunRecord& run) { return !filter->matches(run); });
    if (context.parser.isSet(u"sort"_s)) {
        if (auto sorted = sortRuns(*runs, context.parser.value(u"sort"_s)); !sorted)
            return context.fail(sorted.error());
    }
    if (context.json) {
        QJsonArray array;
        for (const RunRecord& run : *runs)
            array.append(runJson(run, false));
        context.printJson({{u"workspace"_s, workspace->directory()}, {u"runs"_s, array}});
        return Success;
    }
    if (runs->isEmpty()) {
        const bool narrowed = context.parser.isSet(u"filter"_s) || context.parser.isSet(u"experiment"_s);
        context.out << (narrowed ? (trash ? Text::tr("No run in the trash matches.") : Text::tr("No run matches."))
                        : trash  ? Text::tr("The trash is empty.")
                                 : Text::tr("No runs yet. Start one with: grove-cli train --dataset NAME --target COLUMN"))
                    << Qt::endl;
        return Success;
    }
    QStringList header{Text::tr("ID"),      Text::tr("EXPERIMENT"), Text::tr("STATUS"), Text::tr("DATASET"),     Text::tr("TARGET"),
                       Text::tr("STARTED"), Text::tr("DURATION"),   Text::tr("ROUNDS"), Text::tr("VALID METRIC")};
    if (trash)
        header << Text::tr("TRASHED");
    TextTable table(header);
    for (const RunRecord& run : *runs) {
        const auto [metric, value] = validKeyMetric(run);
        QStringList row{QString::number(run.id), run.experiment, runStatusKey(run.status), run.datasetName(), run.target(),
                        run.startedAt.isValid() ? run.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString(),
                        duration(run.durationSeconds()), u"%1/%2"_s.arg(run.roundsDone).arg(run.roundsTotal),
                        std::isnan(value) ? QString() : u"%1 %2"_s.arg(metric, number(value))};
        if (trash)
            row << run.deletedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        table.addRow(row);
    }
    context.out << table.render();
    return Success;
}

int runShow(Context& context)
{
    const QStringList positional = context.parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return context.usageError(Text::tr("show needs one RUN id."));
    auto opened = context.openRun(positional.front(), Workspace::Access::ReadIfLocked);
    if (!opened)
        return context.fail(opened.error());
    const RunRecord* run = &opened->run;
    RunStore store(opened->workspace.database());
    auto history = loadRunCurves(store, run->id);
    if (!history)
        return context.fail(history.error());
    if (context.json) {
        QJsonObject json = runJson(*run, true);
        QJsonArray series;
        for (const StoredSeries& s : *history) {
            QJsonArray values;
            for (double v : s.values)
                values.append(v);
            QJsonObject entry{{u"split"_s, s.split}, {u"metric"_s, s.metric}, {u"values"_s, values}};
            if (s.fold >= 0)
                entry.insert(u"fold"_s, s.fold + 1);
            series.append(entry);
        }
        json.insert(u"history"_s, series);
        // A cross-validated run: each fold's figures, as the significance test uses them.
        if (run->setup.config.validation.kind == ValidationKind::KFold) {
            if (auto folds = foldMetrics(*run, *history)) {
                QJsonArray list;
                for (std::size_t f = 0; f < folds->size(); ++f)
                    list.append(QJsonObject{{u"fold"_s, qint64(f) + 1}, {u"final_metrics"_s, (*folds)[f]}});
                json.insert(u"folds"_s, list);
            }
        }
        context.printJson(json);
        return Success;
    }
    // Everything but Grove's own words came from a user or a file: it is printed escaped (the
    // note keeps its line breaks, indented under its heading).
    QTextStream& out = context.out;
    const auto shown = [](const QString& text) { return escapeUnsafeText(text); };
    out << Text::tr("Run %1 (%2), %3").arg(run->id).arg(shown(run->experiment), runStatusDisplayName(run->status)) << "\n";
    if (!run->message.isEmpty())
        out << "  " << escapeLines(run->message).replace(u'\n', u"\n  "_s) << "\n";
    if (const QDateTime trashed = run->deletedAt.toLocalTime(); trashed.isValid())
        out << Text::tr("  in the trash since %1; grove-cli restore %2 brings it back").arg(trashed.toString(u"yyyy-MM-dd HH:mm"_s)).arg(run->id) << "\n";
    out << Text::tr("  dataset %1, target %2, task %3")
               .arg(shown(run->datasetName()), shown(run->target()), shown(taskKey(run->setup.config.task)))
        << "\n";
    out << Text::tr("  %1 of %2 rounds in %3, by %4 on %5")
               .arg(run->roundsDone)
               .arg(run->roundsTotal)
               .arg(duration(run->durationSeconds()), shown(run->user), shown(run->host))
        << "\n";
    if (const ValidationConfig& validation = run->setup.config.validation; validation.kind == ValidationKind::KFold)
        out << Text::tr("  (%1 folds and the final model on all rows, up to %2 rounds each)")
                   .arg(validation.folds)
                   .arg(run->setup.config.rounds)
            << "\n";
    if (!run->tags.isEmpty())
        out << Text::tr("  tags: %1").arg(shown(run->tags.join(u", "_s))) << "\n";
    if (!run->note.isEmpty())
        out << Text::tr("  note: %1").arg(escapeLines(run->note).replace(u'\n', u"\n        "_s)) << "\n";
    if (run->bestIteration)
        out << Text::tr("  best round %1 (iteration %2 as XGBoost counts from 0)").arg(*run->bestIteration + 1).arg(*run->bestIteration)
            << "\n";
    if (!run->modelSha256.isEmpty())
        out << Text::tr("  model sha256 %1").arg(run->modelSha256) << "\n";
    out << "\n" << Text::tr("Final metrics") << "\n";
    TextTable metrics({Text::tr("SPLIT"), Text::tr("METRIC"), Text::tr("FINAL"), Text::tr("BEST")});
    for (const QString& split : run->finalMetrics.keys()) {
        const QJsonObject values = run->finalMetrics.value(split).toObject();
        for (const QString& metric : values.keys()) {
            const QJsonValue best = run->bestMetrics.value(split).toObject().value(metric);
            metrics.addRow({split, metric, number(values.value(metric).toDouble()), best.isDouble() ? number(best.toDouble()) : QString()});
        }
    }
    out << metrics.render() << "\n" << Text::tr("Configuration") << "\n";
    out << escapeLines(QString::fromUtf8(QJsonDocument(run->setup.configJson()).toJson(QJsonDocument::Indented))) << "\n"
        << Text::tr("Environment") << "\n";
    out << escapeLines(QString::fromUtf8(QJsonDocument(run->environment).toJson(QJsonDocument::Indented)));
    if (!history->empty()) {
        out << "\n" << Text::tr("History (every round: grove-cli show %1 --json)").arg(run->id) << "\n";
        for (const StoredSeries& s : *history) {
            if (s.values.empty())
                continue;
            out << u"  %1%2-%3: first %4, last %5 (%6 rounds)\n"_s
                       .arg(s.fold >= 0 ? Text::tr("fold %1 ").arg(s.fold + 1) : QString(), shown(s.split), shown(s.metric),
                            number(s.values.front()), number(s.values.back()))
                       .arg(s.values.size());
        }
    }
    out.flush();
    return Success;
}

// ---- reproduce / predict ---------------------------------------------------------------------

int runReproduce(Context& context)
{
    const QStringList positional = context.parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return context.usageError(Text::tr("reproduce needs one RUN id."));
    auto opened = context.openRun(positional.front());
    if (!opened)
        return context.fail(opened.error());
    Workspace* workspace = &opened->workspace;
    const RunRecord* run = &opened->run;
    JobControl control;
    InterruptGuard interrupt(control);
    RoundPrinter printer(context);
    auto result = reproduceRun(*workspace, run->id, control, [&](const RoundUpdate& update) { printer.print(update); });
    printer.finish();
    if (!result)
        return context.fail(result.error());
    if (result->rerun.status != RunStatus::Finished)
        return reportSummary(context, *workspace, result->rerun);
    if (context.json) {
        context.printJson({{u"run_id"_s, result->rerun.runId},
                           {u"reproduced_from"_s, result->originalRunId},
                           {u"identical"_s, result->identical},
                           {u"model_sha256"_s, result->rerun.modelSha256},
                           {u"original_model_sha256"_s, result->originalSha256}});
    } else if (result->identical) {
        context.out << Text::tr("Run %1 reproduces run %2: the model bytes are identical (sha256 %3).")
                           .arg(result->rerun.runId)
                           .arg(result->originalRunId)
                           .arg(result->rerun.modelSha256)
                    << Qt::endl;
    }
    if (!result->identical) {
        context.err << Text::tr("Run %1 does not reproduce run %2: the models differ (sha256 %3, originally %4).")
                           .arg(result->rerun.runId)
                           .arg(result->originalRunId)
                           .arg(result->rerun.modelSha256, result->originalSha256)
                    << Qt::endl;
        return Failure;
    }
    return Success;
}

int runPredict(Context& context)
{
    QCommandLineParser& parser = context.parser;
    if (parser.isSet(u"run"_s) == parser.isSet(u"model"_s) || !parser.isSet(u"input"_s) || !parser.isSet(u"output"_s))
        return context.usageError(
            Text::tr("predict needs --run RUN or --model REGISTRY/MODEL/VERSION (or REGISTRY/MODEL@ALIAS), and --input "
                     "FILE --output FILE."));
    if (parser.isSet(u"model"_s))
        return predictWithRegistryVersion(context);
    if (auto readable = checkReadableFile(parser.value(u"input"_s)); !readable)
        return context.fail(readable.error());
    auto opened = context.openRun(parser.value(u"run"_s), Workspace::Access::ReadIfLocked);
    if (!opened)
        return context.fail(opened.error());
    Workspace* workspace = &opened->workspace;
    const RunRecord* run = &opened->run;
    JobControl control;
    InterruptGuard interrupt(control);
    auto result = predictWithRun(*workspace, run->id, parser.value(u"input"_s), parser.value(u"output"_s), control,
                                 parser.isSet(u"contributions"_s));
    if (!result)
        return context.fail(result.error());
    context.keepStandardOutputFor(parser.value(u"output"_s));
    if (context.json) {
        context.printJson({{u"run_id"_s, run->id},
                           {u"rows"_s, result->rows},
                           {u"output"_s, parser.value(u"output"_s)},
                           {u"columns"_s, QJsonArray::fromStringList(result->columns)},
                           {u"unused_columns"_s, QJsonArray::fromStringList(result->unusedColumns)},
                           {u"unseen_categories"_s, result->unseenCategories},
                           {u"threshold"_s, result->threshold ? QJsonValue(*result->threshold) : QJsonValue()}});
        return Success;
    }
    context.out << Text::tr("Wrote %1 predictions of run %2 to %3.")
                       .arg(result->rows)
                       .arg(run->id)
                       .arg(escapeUnsafeText(parser.value(u"output"_s)))
                << Qt::endl;
    if (result->threshold)
        context.out << Text::tr("A row is predicted positive when its probability is at least %1 (%2).")
                           .arg(*result->threshold)
                           .arg(run->decision.threshold ? Text::tr("the run's saved threshold") : Text::tr("the default"))
                    << Qt::endl;
    if (result->unseenCategories > 0)
        context.err << Text::tr("Note: %1 cells had categories the training data did not have; they were scored as missing.")
                           .arg(result->unseenCategories)
                    << Qt::endl;
    return Success;
}

} // namespace

void addRunCommands(QList<Command>& commands)
{
    commands << Command{
        u"train"_s, Text::tr("Train an XGBoost model on a dataset and record the run."), {},
        [](QCommandLineParser& parser) {
            parser.addOptions({
                {u"dataset"_s, Text::tr("The dataset to train on (id or name)."), u"DATASET"_s},
                {u"target"_s, Text::tr("The column to predict."), u"COLUMN"_s},
                {u"task"_s, Text::tr("binary, multiclass or regression (default: guessed from the target)."), u"TASK"_s},
                {u"valid-fraction"_s, Text::tr("Hold out this share of the rows for validation (default 0.2, stratified for classification)."), u"F"_s},
                {u"split-seed"_s, Text::tr("Seed of the holdout or fold split (default 42)."), u"S"_s},
                {u"folds"_s, Text::tr("Cross-validate with K folds instead of a holdout."), u"K"_s},
                {u"valid-dataset"_s, Text::tr("Validate on another dataset with the same columns."), u"DATASET"_s},
                {u"param"_s, Text::tr("An XGBoost parameter, such as eta=0.1 or max_depth=4. Repeatable; unknown names go to XGBoost as they are."), u"KEY=VALUE"_s},
                {u"rounds"_s, Text::tr("Boosting rounds (default 100)."), u"N"_s},
                {u"early-stopping"_s, Text::tr("Stop after N rounds without improvement of the last metric on validation (default: off)."), u"N"_s},
                {u"metric"_s, Text::tr("An evaluation metric (default: per task). Repeatable; the last one decides early stopping."), u"NAME"_s},
                {u"exclude"_s, Text::tr("Leave this column out of the features. Repeatable."), u"COLUMN"_s},
                {u"experiment"_s, Text::tr("Group the run under this experiment (default \"Default\")."), u"NAME"_s},
                {u"threads"_s, Text::tr("Threads for XGBoost (default: one per core)."), u"N"_s},
                {u"seed"_s, Text::tr("XGBoost's random seed (default 0)."), u"N"_s},
                {u"config"_s, Text::tr("Read the configuration from a JSON file (as in \"grove-cli show RUN --json\" under \"config\"); other options override it."), u"FILE"_s},
                jsonOption(),
            });
        },
        runTrain};
    commands << Command{u"runs"_s, Text::tr("List the runs in the workspace."), {},
                        [](QCommandLineParser& parser) {
                            parser.addOption({u"experiment"_s, Text::tr("Only the runs of this experiment."), u"NAME"_s});
                            parser.addOption({u"trash"_s, Text::tr("The runs in the trash instead of the others.")});
                            parser.addOption({u"filter"_s,
                                              Text::tr("Only the runs matching EXPR, e.g. \"valid.auc > 0.9 and params.max_depth <= 6\", "
                                                       "\"status = finished\", \"tag:baseline\" or free text."),
                                              u"EXPR"_s});
                            parser.addOption({u"sort"_s,
                                              Text::tr("Sort by KEY (valid.auc, params.eta, duration, ...); -KEY sorts descending."),
                                              u"KEY"_s});
                            parser.addOption(jsonOption());
                        },
                        runRuns};
    commands << Command{u"show"_s, Text::tr("Show a run: configuration, status, metrics, history and environment."), u"RUN"_s,
                        [](QCommandLineParser& parser) {
                            parser.addPositionalArgument(u"RUN"_s, Text::tr("A run id."));
                            parser.addOption(jsonOption());
                        },
                        runShow};
    commands << Command{u"reproduce"_s, Text::tr("Train a finished run again and check that the model is identical."), u"RUN"_s,
                        [](QCommandLineParser& parser) {
                            parser.addPositionalArgument(u"RUN"_s, Text::tr("A run id."));
                            parser.addOption(jsonOption());
                        },
                        runReproduce};
    commands << Command{u"predict"_s, Text::tr("Score a data file (CSV, TSV or LIBSVM) with the model of a run or a registry version."), {},
                        [](QCommandLineParser& parser) {
                            parser.addOptions({
                                {u"run"_s, Text::tr("The run whose model predicts."), u"RUN"_s},
                                {u"model"_s, Text::tr("Or a registry version: REGISTRY/MODEL/VERSION, or REGISTRY/MODEL@ALIAS for the version an alias "
                                         "points to (checked before use)."), u"DIR"_s},
                                {u"input"_s, Text::tr("The file to score (CSV, TSV or LIBSVM); columns are matched by name."), u"FILE"_s},
                                {u"output"_s, Text::tr("Where to write the predictions (CSV)."), u"FILE"_s},
                                {u"contributions"_s, Text::tr("Also write each feature's SHAP contribution and the bias "
                                                              "(margin scale), one column each.")},
                                jsonOption(),
                            });
                        },
                        runPredict};
}

} // namespace grove::cli
