#include "core/sweep/SweepRunner.h"

#include "core/common/FileLock.h"
#include "core/store/RunStore.h"
#include "core/store/SweepFile.h"
#include "core/store/Workspace.h"
#include "core/sweep/Importance.h"
#include "core/sweep/Samplers.h"
#include "core/train/Trainer.h"
#include "core/train/TrainingJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <thread>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::SweepRunner)
};

const SweepTrial* findTrial(const std::vector<SweepTrial>& trials, int trial, int repeat, int rung)
{
    for (const SweepTrial& t : trials) {
        if (t.trial == trial && t.repeat == repeat && t.rung == rung)
            return &t;
    }
    return nullptr;
}

bool ended(const SweepTrial* t)
{
    return t && (t->status == u"finished"_s || t->status == u"failed"_s);
}

void refreshBest(SweepState& state)
{
    state.bestTrial.reset();
    // Halving: only configurations of the furthest rung reached were trained for as long.
    int furthest = 0;
    for (const SweepTrial& t : state.trials) {
        if (t.value)
            furthest = std::max(furthest, t.rung);
    }
    for (const auto& [trial, value] : meanObjectives(state.trials)) {
        if (!std::isfinite(value) || !findTrial(state.trials, trial, 0, furthest))
            continue;
        if (!state.bestTrial || (state.definition.maximize ? value > state.bestValue : value < state.bestValue)) {
            state.bestTrial = trial;
            state.bestValue = value;
        }
    }
}

int plannedRuns(const SweepDefinition& d)
{
    if (d.strategy != SweepStrategy::Halving)
        return d.trials * d.repeats;
    int total = 0;
    for (const sweep::HalvingRung& rung : sweep::halvingSchedule(d.trials, d.base.rounds, d.halvingEta, d.halvingMinRounds))
        total += rung.configurations * d.repeats;
    return total;
}

} // namespace

std::map<int, double> meanObjectives(const std::vector<SweepTrial>& trials, int rung)
{
    std::map<int, std::pair<double, int>> sums;
    std::map<int, int> topRung;
    for (const SweepTrial& t : trials) {
        if (t.value)
            topRung[t.trial] = std::max(topRung[t.trial], t.rung);
    }
    for (const SweepTrial& t : trials) {
        if (!t.value || (rung >= 0 ? t.rung != rung : t.rung != topRung[t.trial]))
            continue;
        auto& [sum, count] = sums[t.trial];
        sum += *t.value;
        ++count;
    }
    std::map<int, double> means;
    for (const auto& [trial, sum] : sums)
        means[trial] = sum.first / sum.second;
    return means;
}

QJsonObject sweepTrialJson(const SweepTrial& t, bool withRung)
{
    QJsonObject entry{{u"trial"_s, t.trial},
                      {u"repeat"_s, t.repeat},
                      {u"params"_s, t.params},
                      {u"status"_s, t.status},
                      {u"run_id"_s, t.runId ? QJsonValue(*t.runId) : QJsonValue()},
                      {u"value"_s, t.value ? QJsonValue(*t.value) : QJsonValue()},
                      {u"train_seconds"_s, t.trainSeconds ? QJsonValue(*t.trainSeconds) : QJsonValue()}};
    if (withRung)
        entry.insert(u"rung"_s, t.rung);
    return entry;
}

int SweepState::finished() const
{
    return int(std::count_if(trials.begin(), trials.end(), [](const SweepTrial& t) { return ended(&t); }));
}

QJsonObject SweepState::toJson() const
{
    QJsonArray list;
    for (const SweepTrial& t : trials)
        list.append(sweepTrialJson(t, definition.strategy == SweepStrategy::Halving));
    QJsonObject best;
    if (bestTrial) {
        for (const SweepTrial& t : trials) {
            if (t.trial == *bestTrial) {
                best = QJsonObject{{u"trial"_s, t.trial}, {u"params"_s, t.params}, {u"value"_s, bestValue}};
                QJsonArray runs;
                for (const SweepTrial& r : trials) {
                    if (r.trial == *bestTrial && r.runId && ended(&r))
                        runs.append(*r.runId);
                }
                best.insert(u"run_ids"_s, runs);
                if (!runs.isEmpty())
                    best.insert(u"run_id"_s, runs.last());
                break;
            }
        }
    }
    QJsonObject importanceJson;
    if (auto importance = parameterImportance(*this))
        importanceJson = importance->toJson();
    else
        importanceJson = {{u"parameters"_s, QJsonArray()}, {u"caution"_s, importance.error().message}};
    return {{u"id"_s, record.id},
            {u"name"_s, record.name},
            {u"importance"_s, importanceJson},
            {u"status"_s, record.status},
            {u"objective_metric"_s, definition.objective()},
            {u"direction"_s, definition.maximize ? u"maximize"_s : u"minimize"_s},
            {u"strategy"_s, sweepStrategyKey(definition.strategy)},
            {u"planned"_s, planned},
            {u"finished"_s, finished()},
            {u"trials"_s, list},
            {u"best"_s, bestTrial ? QJsonValue(best) : QJsonValue()},
            {u"definition"_s, record.definition}};
}

Result<SweepState> loadSweep(Workspace& workspace, const QString& reference)
{
    SweepStore store(workspace.database());
    auto record = store.find(reference);
    if (!record)
        return record.error();
    auto definition = SweepDefinition::fromJson(record->definition, SweepDefinition::kAnyCores);
    if (!definition)
        return Error::io(Text::tr("The stored definition of sweep %1 cannot be read: %2").arg(record->id).arg(definition.error().message));
    auto trials = store.trials(record->id);
    if (!trials)
        return trials.error();
    SweepState state;
    state.record = std::move(*record);
    state.definition = std::move(*definition);
    state.trials = std::move(*trials);
    state.planned = plannedRuns(state.definition);
    refreshBest(state);
    return state;
}

Result<qint64> createSweep(Workspace& workspace, const SweepDefinition& definition)
{
    // The sweep's files are made with its record, under an id no file of a lost sweep has.
    auto created = SweepStore(workspace.database()).create(definition, [&](qint64 next) {
        return claimSweepFiles(workspace.directory(), next);
    });
    if (!created)
        return created;
    if (auto written = writeSweepFile(workspace, *created); !written) {
        // Not half made: a retry with the same name must not be refused.
        (void)SweepStore(workspace.database()).remove(*created);
        QFile::remove(sweepTrialsPath(workspace.directory(), *created));
        QFile::remove(sweepFilePath(workspace.directory(), *created));
        return written.error();
    }
    return created;
}

QString sweepLockPath(const Workspace& workspace, qint64 sweepId)
{
    return QDir(workspace.directory()).filePath(u"sweeps/%1.lock"_s.arg(sweepId));
}

bool sweepIsBeingRun(const Workspace& workspace, qint64 sweepId)
{
    return isFileLockHeld(sweepLockPath(workspace, sweepId));
}

namespace {

// The database first, then the sweep's own record (sweeps/<id>.json), which a failure here
// leaves one status behind until the next change.
Status setSweepStatus(Workspace& workspace, qint64 sweepId, const QString& status)
{
    if (auto s = SweepStore(workspace.database()).setStatus(sweepId, status); !s)
        return s;
    (void)writeSweepFile(workspace, sweepId);
    return {};
}

Result<SweepState> runLockedSweep(Workspace& workspace, qint64 sweepId, JobControl& control,
                                  const std::function<void(const SweepTrial&, const SweepState&)>& onTrial);

} // namespace

Result<SweepState> runSweep(Workspace& workspace, qint64 sweepId, JobControl& control,
                            const std::function<void(const SweepTrial&, const SweepState&)>& onTrial)
{
    // One runner per sweep, whichever process: a second one would train the same trials again.
    HeldFileLock lock;
    const QString path = sweepLockPath(workspace, sweepId);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !lock.tryLock(path)) {
        if (isFileLockHeld(path))
            return Error::conflict(Text::tr("Sweep %1 is being run already (by grove-cli or a Grove window): let it "
                                            "end, or stop it there, before resuming it.")
                                       .arg(sweepId));
        return Error::io(Text::tr("Cannot lock sweep %1 (%2): the workspace folder cannot be written.")
                             .arg(sweepId)
                             .arg(QDir::toNativeSeparators(path)));
    }
    auto result = runLockedSweep(workspace, sweepId, control, onTrial);
    // A sweep that could not go on is stopped, not left "running": resume continues it.
    if (!result)
        (void)setSweepStatus(workspace, sweepId, u"stopped"_s);
    return result;
}

namespace {

Result<SweepState> runLockedSweep(Workspace& workspace, qint64 sweepId, JobControl& control,
                                  const std::function<void(const SweepTrial&, const SweepState&)>& onTrial)
{
    auto loaded = loadSweep(workspace, QString::number(sweepId));
    if (!loaded)
        return loaded.error();
    SweepState state = std::move(*loaded);
    const SweepDefinition& d = state.definition;
    if (auto s = setSweepStatus(workspace, sweepId, u"running"_s); !s)
        return s.error();
    state.record.status = u"running"_s;

    // The data once, for every trial; the objective's metric last, as early stopping watches the
    // last metric.
    auto base = prepareTraining(workspace, d.base, false);
    if (!base)
        return base.error();
    QStringList metrics = base->config.metrics;
    metrics.removeAll(d.objectiveMetric);
    metrics << d.objectiveMetric;
    base->config.metrics = metrics;
    // Trials at once, the cores split between them unless the definition fixes the threads.
    const int cores = std::max(1, QThread::idealThreadCount());
    const int workers = d.parallel > 0 ? d.parallel : std::max(1, cores / 2);
    if (workers > 1 && d.base.threads == 0)
        base->config.threads = std::max(1, cores / workers);

    // The time the sweep's runs took so far counts against its time limit.
    double spent = 0;
    RunStore runs(workspace.database());
    for (const SweepTrial& t : state.trials) {
        if (t.runId) {
            if (auto run = runs.byId(*t.runId); run && run->has_value())
                spent += (*run)->durationSeconds();
        }
    }
    QElapsedTimer clock;
    clock.start();
    bool timeUp = false; // the time limit ends the sweep as its budget
    auto outOfTime = [&] {
        timeUp = timeUp || (d.timeLimitSeconds > 0 && spent + double(clock.elapsed()) / 1000 >= d.timeLimitSeconds);
        return timeUp;
    };

    // `state` is shared by the workers: read and changed under `mutex` only.
    std::mutex mutex;
    auto save = [&](SweepStore& store, const SweepTrial& trial) -> Status {
        if (auto s = store.saveTrial(sweepId, trial); !s)
            return s;
        // Best effort, as for a run's run.json: a trials file that could not be appended to is
        // written whole from the database at the next change.
        (void)appendSweepTrial(store, workspace.directory(), sweepId, trial);
        auto existing = std::find_if(state.trials.begin(), state.trials.end(), [&](const SweepTrial& t) {
            return t.trial == trial.trial && t.repeat == trial.repeat && t.rung == trial.rung;
        });
        if (existing == state.trials.end())
            state.trials.push_back(trial);
        else
            *existing = trial;
        return {};
    };

    struct Task
    {
        int trial = 0, repeat = 0, rung = 0, rounds = 0;
        sweep::SearchPoint point;
    };

    // Trains one trial run on a worker's connection: the base plan with the point's parameters,
    // the repeat's seed and the rung's rounds. Returns false when the sweep must stop.
    auto runTrial = [&](Workspace& ws, SweepStore& store, MatrixCache& matrices, const Task& task) -> Result<bool> {
        SweepTrial t;
        t.trial = task.trial;
        t.repeat = task.repeat;
        t.rung = task.rung;
        t.point = task.point;
        TrainingPlan plan = *base;
        plan.config.rounds = task.rounds;
        plan.config.seed = base->config.seed + quint64(task.repeat);
        for (std::size_t k = 0; k < d.space.size(); ++k) {
            const QJsonValue value = d.space[k].valueAt(t.point[k]);
            t.params.insert(d.space[k].name, value);
            const QString text = value.isString() ? value.toString() : QString::number(value.toDouble(), 'g', 17);
            if (auto s = plan.config.params.set(d.space[k].name, text); !s)
                return s.error();
        }
        // XGBoost checks the trial's parameters on a few rows before anything is recorded.
        if (auto s = Trainer::dryRun(plan); !s) {
            t.status = u"failed"_s;
            std::lock_guard lock(mutex);
            if (auto saved = save(store, t); !saved)
                return saved.error();
            if (onTrial)
                onTrial(t, state);
            return true;
        }
        auto runId = recordQueuedRun(ws, plan);
        if (!runId)
            return runId.error();
        t.runId = *runId;
        t.status = u"running"_s;
        {
            std::lock_guard lock(mutex);
            if (auto s = save(store, t); !s)
                return s.error();
        }
        auto summary = executeRun(ws, *runId, control, {}, std::move(plan), &matrices);
        if (!summary)
            return summary.error();
        const bool cancelled = summary->status == RunStatus::Cancelled;
        t.status = summary->status == RunStatus::Finished ? u"finished"_s : cancelled ? u"stopped"_s : u"failed"_s;
        const QJsonObject& figures =
            d.base.earlyStoppingRounds > 0 && !summary->bestMetrics.isEmpty() ? summary->bestMetrics : summary->finalMetrics;
        const double value = figures.value(d.objectiveSplit).toObject().value(d.objectiveMetric).toDouble(std::nan(""));
        if (summary->status == RunStatus::Finished && std::isfinite(value))
            t.value = value;
        for (const auto& [step, seconds] : summary->stepSeconds) {
            if (step == u"rounds"_s)
                t.trainSeconds = seconds;
        }
        std::lock_guard lock(mutex);
        if (auto s = save(store, t); !s)
            return s.error();
        refreshBest(state);
        if (onTrial)
            onTrial(t, state);
        return !cancelled;
    };

    // Runs the tasks `next` hands out (called under `mutex`; empty when there are none left) on
    // `workers` workers, each with its own connection and matrices. True when all were done.
    auto runBatch = [&](const std::function<std::optional<Task>()>& next) -> Result<bool> {
        std::optional<Error> failure;
        bool stopped = false;
        auto work = [&](Workspace& ws) {
            SweepStore store(ws.database());
            MatrixCache matrices;
            while (true) {
                std::optional<Task> task;
                {
                    std::lock_guard lock(mutex);
                    if (failure || stopped)
                        return;
                    if (control.isInterruptionRequested() || outOfTime()) {
                        stopped = true;
                        return;
                    }
                    task = next();
                }
                if (!task)
                    return;
                auto going = runTrial(ws, store, matrices, *task);
                std::lock_guard lock(mutex);
                if (!going && !failure)
                    failure = going.error();
                else if (going && !*going)
                    stopped = true;
            }
        };
        std::vector<std::thread> helpers;
        for (int w = 1; w < workers; ++w) {
            helpers.emplace_back([&] {
                auto connection = Workspace::connect(workspace.directory());
                if (!connection) {
                    std::lock_guard lock(mutex);
                    if (!failure)
                        failure = connection.error();
                    return;
                }
                work(*connection);
            });
        }
        work(workspace);
        for (std::thread& helper : helpers)
            helper.join();
        if (failure)
            return *failure;
        return !stopped;
    };

    auto finish = [&](bool complete) -> Result<SweepState> {
        const QString status = complete || timeUp ? u"finished"_s : u"stopped"_s;
        if (auto s = setSweepStatus(workspace, sweepId, status); !s)
            return s.error();
        state.record.status = status;
        refreshBest(state);
        return state;
    };

    if (d.strategy != SweepStrategy::Halving) {
        // Every configuration and repeat in order, skipping those that ended; a trial that was
        // being trained when the sweep stopped keeps its configuration.
        int trial = 0, repeat = 0;
        std::map<int, sweep::SearchPoint> points;
        auto next = [&]() -> std::optional<Task> {
            for (; trial < d.trials; ++trial, repeat = 0) {
                for (; repeat < d.repeats; ++repeat) {
                    const SweepTrial* before = findTrial(state.trials, trial, repeat, 0);
                    if (ended(before))
                        continue;
                    if (!points.count(trial)) {
                        const SweepTrial* first = findTrial(state.trials, trial, 0, 0);
                        if (before)
                            points[trial] = before->point;
                        else if (first)
                            points[trial] = first->point;
                        else if (d.strategy == SweepStrategy::Grid)
                            points[trial] = sweep::gridPoint(d.space, std::uint64_t(trial));
                        else if (d.strategy == SweepStrategy::Random)
                            points[trial] = sweep::randomPoint(d.space, d.seed, trial);
                        else {
                            // TPE learns from every configuration that has finished so far.
                            std::vector<sweep::Observation> finished;
                            for (const auto& [done, value] : meanObjectives(state.trials)) {
                                if (const SweepTrial* t = findTrial(state.trials, done, 0, 0); t && done != trial)
                                    finished.push_back({t->point, d.maximize ? value : -value});
                            }
                            points[trial] = sweep::tpePoint(d.space, finished, d.seed, trial, d.startupTrials);
                        }
                    }
                    Task task{trial, repeat, 0, d.base.rounds, points[trial]};
                    ++repeat;
                    return task;
                }
            }
            return std::nullopt;
        };
        auto done = runBatch(next);
        if (!done)
            return done.error();
        return finish(*done);
    }

    // Successive halving: every configuration for the first rung's rounds, then the best 1/eta
    // of each rung again for the next rung's rounds; the trials of a rung run side by side.
    const auto rungs = sweep::halvingSchedule(d.trials, d.base.rounds, d.halvingEta, d.halvingMinRounds);
    std::vector<int> alive(std::size_t(d.trials));
    std::iota(alive.begin(), alive.end(), 0);
    for (std::size_t r = 0; r < rungs.size(); ++r) {
        std::vector<Task> tasks;
        for (int trial : alive) {
            const SweepTrial* first = findTrial(state.trials, trial, 0, 0);
            const sweep::SearchPoint point = first ? first->point : sweep::randomPoint(d.space, d.seed, trial);
            for (int repeat = 0; repeat < d.repeats; ++repeat) {
                if (!ended(findTrial(state.trials, trial, repeat, int(r))))
                    tasks.push_back({trial, repeat, int(r), rungs[r].rounds, point});
            }
        }
        std::size_t handed = 0;
        auto done = runBatch([&]() -> std::optional<Task> {
            if (handed == tasks.size())
                return std::nullopt;
            return tasks[handed++];
        });
        if (!done)
            return done.error();
        if (!*done)
            return finish(false);
        if (r + 1 == rungs.size())
            break;
        const auto means = meanObjectives(state.trials, int(r));
        std::vector<double> scores;
        for (int trial : alive) {
            const auto found = means.find(trial);
            const double value = found == means.end() ? std::nan("") : found->second;
            scores.push_back(d.maximize ? value : -value);
        }
        std::vector<int> next;
        for (int k : sweep::promote(scores, rungs[r + 1].configurations))
            next.push_back(alive[std::size_t(k)]);
        alive = std::move(next);
    }
    return finish(true);
}

} // namespace

} // namespace grove
