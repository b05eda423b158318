#include "core/train/TrainingJob.h"

#include "core/common/AtomicFile.h"
#include "core/train/Environment.h"
#include "core/common/Process.h"
#include "core/common/Sha256.h"
#include "core/data/CsvFormat.h"
#include "core/store/DatasetSnapshot.h"
#include "core/store/DatasetStore.h"
#include "core/store/RunFile.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::TrainingJob)
};

DatasetLineage lineage(const DatasetRecord& record) { return {record.id, record.name, record.contentHash, record.rows}; }

std::vector<StoredSeries> toStored(const std::vector<MetricSeries>& history)
{
    std::vector<StoredSeries> stored;
    for (const MetricSeries& series : history)
        stored.push_back({series.split, series.metric, series.fold, series.values});
    return stored;
}

QString number(double value) { return std::isnan(value) ? QString() : QString::number(value, 'g', 9); }

} // namespace

QByteArray predictionsCsv(const TrainingPlan& plan, const TrainingOutcome& outcome)
{
    QStringList header{u"row"_s};
    const bool folds = plan.config.validation.kind == ValidationKind::KFold;
    if (folds)
        header << u"fold"_s;
    header << csvField(plan.config.target);
    if (plan.task == Task::Regression) {
        header << u"prediction"_s;
    } else if (plan.task == Task::Binary) {
        header << csvField(u"probability_"_s + plan.classes.value(1)) << u"predicted"_s;
    } else {
        for (const QString& label : plan.classes)
            header << csvField(u"probability_"_s + label);
        header << u"predicted"_s;
    }
    QString text = header.join(u',') + u'\n';
    const std::size_t outputs = outcome.outputs;
    for (std::size_t i = 0; i < outcome.predictionRows.size(); ++i) {
        QStringList fields{QString::number(outcome.predictionRows[i] + 1)};
        if (folds)
            fields << QString::number(outcome.predictionFolds[i] + 1);
        const float label = outcome.predictionLabels[i];
        fields << (plan.task == Task::Regression ? number(label) : csvField(plan.classes.value(int(label))));
        const float* p = outcome.predictions.data() + i * outputs;
        if (plan.task == Task::Regression) {
            fields << number(p[0]);
        } else if (plan.task == Task::Binary) {
            fields << number(p[0]) << csvField(plan.classes.value(p[0] > 0.5f ? 1 : 0));
        } else {
            std::size_t best = 0;
            for (std::size_t k = 0; k < outputs; ++k) {
                fields << number(p[k]);
                if (p[k] > p[best])
                    best = k;
            }
            fields << csvField(plan.classes.value(int(best)));
        }
        text += fields.join(u',') + u'\n';
    }
    return text.toUtf8();
}

namespace {

Result<std::pair<DatasetRecord, Snapshot>> resolveDataset(Workspace& workspace, const QString& reference, const QString& field)
{
    auto record = DatasetStore(workspace.database()).find(reference);
    if (!record) {
        Error error = record.error();
        error.message = Text::tr("%1: %2").arg(field, error.message);
        return error;
    }
    // The data are about to be trained on or validated against: check their content hash.
    auto snapshot = openVerifiedSnapshot(workspace, *record);
    if (!snapshot)
        return snapshot.error();
    return std::make_pair(*record, std::move(snapshot.value()));
}

} // namespace

QString modelPath(const Workspace& workspace, qint64 runId) { return workspace.runDirectory(runId) + u"/model.ubj"_s; }
QString predictionsPath(const Workspace& workspace, qint64 runId)
{
    return workspace.runDirectory(runId) + u"/predictions.csv"_s;
}

QString heldOutPredictionsPath(const Workspace& workspace, qint64 runId)
{
    return workspace.runDirectory(runId) + u"/predictions.f32"_s;
}

HeldOutPredictions heldOutPredictions(const TrainingPlan& plan, const TrainingOutcome& outcome)
{
    HeldOutPredictions p;
    p.task = plan.task;
    if (plan.task != Task::Regression)
        p.classes = plan.classes;
    p.rows = outcome.predictionRows;
    p.folds.assign(outcome.predictionFolds.begin(), outcome.predictionFolds.end());
    p.labels = outcome.predictionLabels;
    p.scores = outcome.predictions;
    return p;
}

Result<RunConfig> runConfig(const RunRecord& run)
{
    if (!run.setup.problem.isEmpty())
        return Error::badInput(Text::tr("The configuration of run %1 cannot be read: %2").arg(run.id).arg(run.setup.problem));
    if (auto status = run.setup.config.check(); !status)
        return status.error();
    return run.setup.config;
}

Result<TrainingPlan> prepareTraining(Workspace& workspace, const RunConfig& config, bool askXgboost)
{
    if (auto status = config.check(); !status)
        return status.error();
    if (config.dataset.trimmed().isEmpty())
        return Error::badInput(Text::tr("dataset: choose the dataset to train on."));
    auto data = resolveDataset(workspace, config.dataset, u"dataset"_s);
    if (!data)
        return data.error();
    std::optional<std::pair<DatasetRecord, Snapshot>> validation;
    if (config.validation.kind == ValidationKind::Dataset && !config.validation.dataset.trimmed().isEmpty()) {
        auto other = resolveDataset(workspace, config.validation.dataset, u"validation.dataset"_s);
        if (!other)
            return other.error();
        validation = std::move(other.value());
    }
    auto plan = planTraining(config, data->first, data->second, validation);
    if (!plan)
        return plan.error();
    // Pin the data by id, so that renaming a dataset later changes nothing.
    plan->config.dataset = QString::number(data->first.id);
    if (validation)
        plan->config.validation.dataset = QString::number(validation->first.id);
    if (askXgboost) {
        if (auto status = Trainer::dryRun(*plan); !status)
            return status.error();
    }
    return plan;
}

Result<qint64> queueRun(Workspace& workspace, const RunConfig& config, std::optional<qint64> reproducedFrom)
{
    auto queued = queueCheckedRun(workspace, config, reproducedFrom);
    if (!queued)
        return queued.error();
    return queued->runId;
}

Result<QueuedRun> queueCheckedRun(Workspace& workspace, const RunConfig& config, std::optional<qint64> reproducedFrom)
{
    auto plan = prepareTraining(workspace, config);
    if (!plan)
        return plan.error();
    auto id = recordQueuedRun(workspace, *plan, reproducedFrom);
    if (!id)
        return id.error();
    return QueuedRun{*id, std::move(plan.value())};
}

Result<qint64> recordQueuedRun(Workspace& workspace, const TrainingPlan& checked, std::optional<qint64> reproducedFrom)
{
    const TrainingPlan* plan = &checked;
    RunRecord record;
    record.experiment = plan->config.experiment;
    record.datasetId = plan->train.dataset.id;
    if (plan->validation)
        record.validDatasetId = plan->validation->dataset.id;
    record.status = RunStatus::Queued;
    record.setup.config = plan->config;
    record.setup.schema = plan->schema();
    TrainingData& data = record.setup.data;
    data.dataset = lineage(plan->train.dataset);
    data.trainRows = qint64(plan->trainRows.size());
    data.validRows = qint64(plan->validRows.size());
    data.rowsWithoutTarget = plan->rowsWithoutTarget;
    if (plan->validation)
        data.validDataset = lineage(plan->validation->dataset);
    QJsonObject environment = environmentInfo().toJson();
    environment.insert(u"threads"_s, plan->config.threads);
    record.environment = environment;
    record.roundsTotal = plan->config.validation.kind == ValidationKind::KFold
                             ? plan->config.rounds * (plan->config.validation.folds + 1)
                             : plan->config.rounds;
    record.reproducedFrom = reproducedFrom;
    // The run's folder is made with its record, and only where no folder was: a run never
    // writes into another's.
    std::optional<qint64> folder;
    auto created = RunStore(workspace.database()).create(record, [&](qint64 next) -> Result<qint64> {
        auto claimed = workspace.claimRunDirectory(next);
        if (claimed)
            folder = *claimed;
        return claimed;
    });
    if (!created) {
        if (folder)
            QDir().rmdir(workspace.runDirectory(*folder));
        return created.error();
    }
    if (auto written = writeRunFile(workspace, *created); !written) {
        (void)RunStore(workspace.database()).finish(*created, RunStatus::Failed, written.error().message);
        return written.error();
    }
    return *created;
}

Result<RunSummary> executeRun(Workspace& workspace, qint64 runId, JobControl& control,
                              const std::function<void(const RoundUpdate&)>& onRound,
                              std::optional<TrainingPlan> checkedPlan, MatrixCache* matrices)
{
    QElapsedTimer timer;
    timer.start();
    RunStore store(workspace.database());
    auto found = store.byId(runId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(Text::tr("There is no run %1.").arg(runId));
    const RunRecord record = **found;
    if (record.status != RunStatus::Queued)
        return Error::conflict(Text::tr("Run %1 is %2, not queued.").arg(runId).arg(runStatusDisplayName(record.status).toLower()));

    RunSummary summary;
    summary.runId = runId;
    auto fail = [&](RunStatus status, const QString& message) -> Result<RunSummary> {
        summary.status = status;
        summary.message = message;
        summary.seconds = double(timer.nsecsElapsed()) / 1e9;
        if (auto s = store.finish(runId, status, message); !s) {
            // Say what stopped the run first; the database's own trouble comes second.
            Error error = s.error();
            error.message = Text::tr("%1 The run could not be recorded as ended either (%2); it will show as "
                                     "interrupted.")
                                .arg(message, error.message);
            return error;
        }
        (void)writeRunFile(workspace, runId);
        return summary;
    };

    if (auto s = store.markRunning(runId, processIdentity()); !s)
        return s.error();
    (void)writeRunFile(workspace, runId); // a failure here is caught up with when the run ends
    auto config = runConfig(record);
    if (!config)
        return fail(RunStatus::Failed, config.error().message);
    // queueRun() had XGBoost try these parameters already; the data are checked again, as they
    // are needed anyway, unless the plan of those checks is at hand for the same configuration.
    const bool checked = checkedPlan && checkedPlan->config.toJson() == config->toJson();
    auto plan = checked ? Result<TrainingPlan>(std::move(*checkedPlan)) : prepareTraining(workspace, *config, false);
    if (!plan)
        return fail(RunStatus::Failed, plan.error().message);
    const double prepareSeconds = double(timer.nsecsElapsed()) / 1e9;

    // Progress is saved about once a second: the curves survive a crash, and the database is not
    // written every round of a fast training.
    QElapsedTimer sinceSave;
    sinceSave.start();
    int roundsDone = 0;
    // Every completed round, kept here too: a run that stops early (cancelled, failed) records
    // all the rounds it trained, not only those of the last save.
    std::vector<StoredSeries> completed;
    auto outcome = Trainer::train(*plan, control, [&](const RoundUpdate& update, const std::vector<MetricSeries>& history) {
        ++roundsDone;
        for (const xgb::Evaluation& e : update.evaluations) {
            auto series = std::find_if(completed.begin(), completed.end(), [&](const StoredSeries& s) {
                return s.split == e.split && s.metric == e.metric && s.fold == update.fold;
            });
            if (series == completed.end())
                series = completed.insert(completed.end(), StoredSeries{e.split, e.metric, update.fold, {}});
            series->values.resize(std::size_t(update.round) + 1, std::nan(""));
            series->values[std::size_t(update.round)] = e.value;
        }
        if (sinceSave.elapsed() >= 1000) {
            // History first: a run killed in between never claims rounds its curves lack.
            (void)store.saveHistory(runId, toStored(history));
            (void)store.heartbeat(runId, roundsDone);
            sinceSave.restart();
        }
        if (onRound)
            onRound(update);
    }, matrices);
    if (!outcome) {
        const bool cancelled = outcome.error().isCancelled();
        (void)store.saveHistory(runId, completed);
        (void)store.heartbeat(runId, roundsDone);
        summary.roundsDone = roundsDone;
        return fail(cancelled ? RunStatus::Cancelled : RunStatus::Failed,
                    cancelled ? Text::tr("Cancelled after %n round(s).", nullptr, roundsDone) : outcome.error().message);
    }

    // Artifacts first, then the record: a finished run always has its model.
    QElapsedTimer saveTimer;
    saveTimer.start();
    const QString directory = workspace.runDirectory(runId);
    if (!QDir().mkpath(directory)) // made when the run was queued, unless by an older Grove
        return fail(RunStatus::Failed, Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory)));
    if (auto s = writeFileAtomically(modelPath(workspace, runId), outcome->model); !s)
        return fail(RunStatus::Failed, s.error().message);
    if (auto s = writeFileAtomically(predictionsPath(workspace, runId), predictionsCsv(*plan, *outcome)); !s)
        return fail(RunStatus::Failed, s.error().message);
    if (auto s = heldOutPredictions(*plan, *outcome).write(heldOutPredictionsPath(workspace, runId)); !s)
        return fail(RunStatus::Failed, s.error().message);
    if (auto s = store.saveHistory(runId, toStored(outcome->history)); !s)
        return s.error();

    RunRecord results;
    results.roundsDone = roundsDone;
    if (outcome->bestIteration >= 0)
        results.bestIteration = outcome->bestIteration;
    results.finalMetrics = outcome->finalMetrics;
    results.bestMetrics = outcome->bestMetrics;
    results.importance = outcome->importance;
    results.modelSha256 = QString::fromLatin1(Sha256::hash(outcome->model).toHex());
    const QString message = outcome->warnings.isEmpty() ? QString()
                                                        : Text::tr("XGBoost said: %1").arg(outcome->warnings.join(u" "_s));
    if (auto s = store.finish(runId, RunStatus::Finished, message, &results); !s)
        return s.error();
    (void)writeRunFile(workspace, runId); // the database has the run; only recovery would miss it

    summary.status = RunStatus::Finished;
    summary.roundsDone = roundsDone;
    summary.bestIteration = results.bestIteration;
    summary.finalMetrics = results.finalMetrics;
    summary.bestMetrics = results.bestMetrics;
    summary.modelSha256 = results.modelSha256;
    summary.warnings = outcome->warnings;
    summary.message = message;
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    summary.stepSeconds << qMakePair(u"prepare"_s, prepareSeconds);
    summary.stepSeconds += outcome->stepSeconds;
    summary.stepSeconds << qMakePair(u"save"_s, double(saveTimer.nsecsElapsed()) / 1e9);
    return summary;
}

namespace {

Result<QueuedRun> queueCheckedReproduction(Workspace& workspace, qint64 runId)
{
    RunStore store(workspace.database());
    auto original = store.find(QString::number(runId));
    if (!original)
        return original.error();
    if (original->status != RunStatus::Finished)
        return Error::conflict(Text::tr("Run %1 is %2; only a finished run can be reproduced.")
                                   .arg(runId)
                                   .arg(runStatusDisplayName(original->status).toLower()));
    auto config = runConfig(*original);
    if (!config)
        return config.error();
    // The recorded data must still be the data the run saw.
    auto dataset = DatasetStore(workspace.database()).byId(original->datasetId);
    if (!dataset)
        return dataset.error();
    if (!dataset->has_value() || (*dataset)->contentHash != original->setup.data.dataset.contentHash)
        return Error::conflict(Text::tr("The dataset of run %1 is no longer in the workspace.").arg(runId));
    return queueCheckedRun(workspace, *config, runId);
}

} // namespace

Result<qint64> queueReproduction(Workspace& workspace, qint64 runId)
{
    auto queued = queueCheckedReproduction(workspace, runId);
    if (!queued)
        return queued.error();
    return queued->runId;
}

Result<Reproduction> reproduceRun(Workspace& workspace, qint64 runId, JobControl& control,
                                  const std::function<void(const RoundUpdate&)>& onRound)
{
    auto queued = queueCheckedReproduction(workspace, runId);
    if (!queued)
        return queued.error();
    auto original = RunStore(workspace.database()).find(QString::number(runId));
    if (!original)
        return original.error();
    auto rerun = executeRun(workspace, queued->runId, control, onRound, std::move(queued->plan));
    if (!rerun)
        return rerun.error();
    Reproduction reproduction;
    reproduction.originalRunId = runId;
    reproduction.rerun = *rerun;
    reproduction.originalSha256 = original->modelSha256;
    reproduction.identical = rerun->status == RunStatus::Finished && rerun->modelSha256 == original->modelSha256;
    return reproduction;
}

Result<int> emptyRunTrash(Workspace& workspace)
{
    auto deleted = RunStore(workspace.database()).emptyTrash();
    if (!deleted)
        return deleted.error();
    // The records go first: a folder left behind by a failure below is only unused space.
    QStringList leftOver;
    for (qint64 id : *deleted) {
        QDir directory(workspace.runDirectory(id));
        if (directory.exists() && !directory.removeRecursively())
            leftOver << directory.path();
    }
    if (!leftOver.isEmpty())
        return Error::io(Text::tr("The runs were deleted, but these folders could not be removed: %1. You can delete them "
                                  "by hand.")
                             .arg(leftOver.join(u", "_s)));
    return int(deleted->size());
}

Result<xgb::Booster> loadRunModel(Workspace& workspace, const RunRecord& run, bool cutAtBest)
{
    const QString path = modelPath(workspace, run.id);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Text::tr("The model of run %1 cannot be read: %2 (%3).")
                             .arg(run.id)
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (!run.modelSha256.isEmpty() && QString::fromLatin1(Sha256::hash(bytes).toHex()) != run.modelSha256)
        return Error::io(Text::tr("The model of run %1 (%2) was changed after training: its SHA-256 is not the one the "
                                  "run recorded. Train the run again (grove-cli reproduce %1).")
                             .arg(run.id)
                             .arg(QDir::toNativeSeparators(path)));
    auto booster = xgb::Booster::load(bytes);
    if (!booster)
        return Error::io(Text::tr("The model of run %1 (%2) is damaged: %3")
                             .arg(run.id)
                             .arg(QDir::toNativeSeparators(path), booster.error().message));
    if (const int rounds = run.predictionRounds(); cutAtBest && rounds > 0)
        return booster->slice(rounds);
    return booster;
}

Result<HeldOutPredictions> rescoreHeldOutRows(Workspace& workspace, const RunRecord& run, JobControl& control)
{
    auto config = runConfig(run);
    if (!config)
        return config.error();
    if (config->validation.kind == ValidationKind::KFold)
        return Error::badInput(Text::tr("Run %1 was cross-validated and its held-out predictions (%2) are gone; they came "
                                        "from fold models that are not kept. Train it again (grove-cli reproduce %1).")
                                   .arg(run.id)
                                   .arg(QDir::toNativeSeparators(predictionsPath(workspace, run.id))));
    auto booster = loadRunModel(workspace, run, false);
    if (!booster)
        return booster.error();
    auto plan = prepareTraining(workspace, *config, false);
    if (!plan)
        return plan.error();
    if (plan->train.dataset.contentHash != run.setup.data.dataset.contentHash || plan->schema() != run.setup.schema)
        return Error::badInput(Text::tr("The data run %1 was trained on is no longer in the workspace as it was, so its "
                                        "held-out rows cannot be scored again.")
                                   .arg(run.id));
    if (control.isInterruptionRequested())
        return Error::cancelled();
    TrainingOutcome outcome;
    const DataSide& side = plan->validation ? *plan->validation : plan->train;
    if (auto predicted = predictRows(*plan, *booster, side, plan->validRows, run.predictionRounds(), -1, outcome); !predicted)
        return predicted.error();
    return heldOutPredictions(*plan, outcome);
}

} // namespace grove
