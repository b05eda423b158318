#pragma once

#include "core/common/Result.h"
#include "core/store/RunStore.h"
#include "core/model/RunConfig.h"
#include "core/train/Trainer.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

namespace grove {

class TaskRunner;
class TrainingQueue;
class WorkspaceController;

// The GUI's side of training: checks and queues runs in the background, feeds them to the
// TrainingQueue, and keeps the live progress of the runs of the open workspace.
class TrainingController : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<qint64>&)>;

    explicit TrainingController(WorkspaceController* workspace, QObject* parent = nullptr);
    ~TrainingController() override;

    // Checks `config` against its data (off the UI thread) and queues it. `done` gets the new
    // run's id or what is wrong with the configuration.
    void submit(const RunConfig& config, const Done& done);
    // Queues a finished run's configuration again as a new run (see queueReproduction()).
    void reproduce(qint64 runId, const Done& done);
    // Cancels a run of the open workspace.
    void cancel(qint64 runId);
    void cancelAll();

    int maxConcurrent() const;
    void setMaxConcurrent(int runs);
    bool isIdle() const;
    bool isActive(qint64 runId) const; // waiting or running in this process

    struct Live
    {
        int roundsDone = 0;
        double elapsedSeconds = 0;
        QList<xgb::Evaluation> latest;
        QList<RoundUpdate> rounds; // every round so far, for views opened mid-run
    };
    // Live state of a run of the open workspace that this process trains, or null.
    const Live* live(qint64 runId) const;

    TrainingQueue* queue() const { return m_queue; }

signals:
    void runQueued(qint64 runId);
    void runStarted(qint64 runId);
    void roundsCompleted(qint64 runId, const QList<grove::RoundUpdate>& rounds);
    void runFinished(qint64 runId, grove::RunStatus status, const QString& message);
    void activityChanged(int running, int waiting);

private:
    void queueInBackground(const std::function<Result<qint64>(const QString& directory)>& work, const Done& done);
    bool isCurrent(const QString& directory) const;

    WorkspaceController* m_workspace;
    TrainingQueue* m_queue;
    TaskRunner* m_checks; // checking and queueing submitted runs
    QHash<qint64, Live> m_live; // runs of the open workspace
};

} // namespace grove
