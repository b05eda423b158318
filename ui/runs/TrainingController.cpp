#include "ui/runs/TrainingController.h"

#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"
#include "core/train/TrainingQueue.h"
#include "ui/common/Settings.h"
#include "ui/common/TaskRunner.h"
#include "ui/workspace/WorkspaceController.h"

#include <QDir>

namespace grove {

TrainingController::TrainingController(WorkspaceController* workspace, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_queue(new TrainingQueue(this)),
      m_checks(new TaskRunner(TaskRunner::Mode::All, this))
{
    m_queue->setMaxConcurrent(Settings::value(Settings::Key::ConcurrentRuns).toInt());
    connect(m_queue, &TrainingQueue::runStarted, this, [this](const QString& directory, qint64 id) {
        if (!isCurrent(directory))
            return;
        m_live.insert(id, Live{});
        emit runStarted(id);
    });
    connect(m_queue, &TrainingQueue::roundsCompleted, this,
            [this](const QString& directory, qint64 id, const QList<RoundUpdate>& rounds) {
                if (!isCurrent(directory) || rounds.isEmpty())
                    return;
                Live& live = m_live[id];
                live.roundsDone += int(rounds.size());
                live.elapsedSeconds = rounds.last().elapsedSeconds;
                live.latest = rounds.last().evaluations;
                live.rounds += rounds;
                emit roundsCompleted(id, rounds);
            });
    connect(m_queue, &TrainingQueue::runFinished, this,
            [this](const QString& directory, qint64 id, RunStatus status, const QString& message) {
                if (!isCurrent(directory))
                    return;
                m_live.remove(id);
                emit runFinished(id, status, message);
            });
    connect(m_queue, &TrainingQueue::queueChanged, this,
            [this] { emit activityChanged(m_queue->runningCount(), m_queue->waitingCount()); });
    // Runs of another workspace go on training; only their live display stops.
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, [this] { m_live.clear(); });
}

TrainingController::~TrainingController() = default;

bool TrainingController::isCurrent(const QString& directory) const
{
    return QDir(directory) == QDir(m_workspace->directory());
}

void TrainingController::queueInBackground(const std::function<Result<qint64>(const QString&)>& work, const Done& done)
{
    const QString directory = m_workspace->directory();
    m_checks->run(
        {}, [directory, work](JobControl&) { return work(directory); },
        [this, directory, done](const Result<qint64>& queued) {
            if (queued) {
                m_queue->enqueue(directory, *queued);
                if (isCurrent(directory))
                    emit runQueued(*queued);
            }
            if (done)
                done(queued);
        });
}

void TrainingController::submit(const RunConfig& config, const Done& done)
{
    queueInBackground(
        [config](const QString& directory) -> Result<qint64> {
            auto workspace = Workspace::connect(directory);
            if (!workspace)
                return workspace.error();
            return queueRun(*workspace, config);
        },
        done);
}

void TrainingController::reproduce(qint64 runId, const Done& done)
{
    queueInBackground(
        [runId](const QString& directory) -> Result<qint64> {
            auto workspace = Workspace::connect(directory);
            if (!workspace)
                return workspace.error();
            return queueReproduction(*workspace, runId);
        },
        done);
}

void TrainingController::cancel(qint64 runId) { m_queue->cancel(m_workspace->directory(), runId); }

void TrainingController::cancelAll() { m_queue->cancelAll(); }

int TrainingController::maxConcurrent() const { return m_queue->maxConcurrent(); }

void TrainingController::setMaxConcurrent(int runs)
{
    m_queue->setMaxConcurrent(runs);
    Settings::setValue(Settings::Key::ConcurrentRuns, m_queue->maxConcurrent());
}

bool TrainingController::isIdle() const { return m_queue->isIdle() && m_checks->isIdle(); }

bool TrainingController::isActive(qint64 runId) const
{
    const QString directory = m_workspace->directory();
    return m_queue->isWaiting(directory, runId) || m_queue->isRunning(directory, runId);
}

const TrainingController::Live* TrainingController::live(qint64 runId) const
{
    auto found = m_live.constFind(runId);
    return found == m_live.constEnd() ? nullptr : &*found;
}

} // namespace grove
