#pragma once

#include "core/store/RunStore.h"
#include "core/train/Trainer.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QThreadPool;

namespace grove {

// Trains queued runs on worker threads, at most maxConcurrent() at a time, in the order they were
// queued. Lives on one thread (the UI thread in the GUI); its signals are emitted there. Rounds
// are reported in batches (at most about 20 batches a second per run), so a fast training does
// not flood the receiver, and every round is reported exactly once.
class TrainingQueue : public QObject
{
    Q_OBJECT
public:
    explicit TrainingQueue(QObject* parent = nullptr);
    // Cancels what is queued and running and waits for the workers (at most one round each).
    ~TrainingQueue() override;

    int maxConcurrent() const { return m_maxConcurrent; }
    void setMaxConcurrent(int runs);

    // Trains the queued run `runId` of the workspace in `workspaceDirectory` when a slot is free.
    void enqueue(const QString& workspaceDirectory, qint64 runId);
    // A waiting run is marked cancelled without training; a running one stops after its current
    // round. Returns false when the queue does not know the run.
    bool cancel(const QString& workspaceDirectory, qint64 runId);
    void cancelAll();

    bool isWaiting(const QString& workspaceDirectory, qint64 runId) const;
    bool isRunning(const QString& workspaceDirectory, qint64 runId) const;
    int waitingCount() const { return int(m_waiting.size()); }
    int runningCount() const { return int(m_running.size()); }
    bool isIdle() const { return m_waiting.empty() && m_running.empty(); }

signals:
    // Run ids are per workspace, so every signal names the workspace too.
    void runStarted(const QString& workspaceDirectory, qint64 runId);
    void roundsCompleted(const QString& workspaceDirectory, qint64 runId, const QList<grove::RoundUpdate>& rounds);
    // status is finished, failed or cancelled; message explains failures.
    void runFinished(const QString& workspaceDirectory, qint64 runId, grove::RunStatus status, const QString& message);
    void queueChanged();

private:
    struct Entry;
    void startWaiting();
    void workerDone(const std::shared_ptr<Entry>& entry, RunStatus status, const QString& message);
    std::shared_ptr<Entry> find(const std::vector<std::shared_ptr<Entry>>& entries, const QString& directory,
                                qint64 runId) const;

    int m_maxConcurrent = 1;
    std::vector<std::shared_ptr<Entry>> m_waiting;
    std::vector<std::shared_ptr<Entry>> m_running;
    std::unique_ptr<QThreadPool> m_pool;
};

} // namespace grove
