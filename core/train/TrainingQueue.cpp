#include "core/train/TrainingQueue.h"

#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>

#include <algorithm>

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::TrainingQueue)
};

constexpr int kBatchMilliseconds = 50;

} // namespace

struct TrainingQueue::Entry
{
    QString workspaceDirectory;
    qint64 runId = 0;
    JobControl control;
};

TrainingQueue::TrainingQueue(QObject* parent) : QObject(parent), m_pool(std::make_unique<QThreadPool>())
{
    qRegisterMetaType<grove::RoundUpdate>();
    qRegisterMetaType<QList<grove::RoundUpdate>>();
    // One more thread than runs, for marking waiting runs cancelled while all slots train.
    m_pool->setMaxThreadCount(m_maxConcurrent + 1);
}

TrainingQueue::~TrainingQueue()
{
    m_waiting.clear(); // left queued in the store: the next start reports them as interrupted
    for (const auto& entry : m_running)
        entry->control.requestInterruption();
    m_pool->waitForDone();
}

void TrainingQueue::setMaxConcurrent(int runs)
{
    m_maxConcurrent = std::max(1, runs);
    m_pool->setMaxThreadCount(m_maxConcurrent + 1);
    startWaiting();
}

void TrainingQueue::enqueue(const QString& workspaceDirectory, qint64 runId)
{
    auto entry = std::make_shared<Entry>();
    entry->workspaceDirectory = workspaceDirectory;
    entry->runId = runId;
    m_waiting.push_back(std::move(entry));
    emit queueChanged();
    startWaiting();
}

void TrainingQueue::startWaiting()
{
    while (!m_waiting.empty() && int(m_running.size()) < m_maxConcurrent) {
        std::shared_ptr<Entry> entry = m_waiting.front();
        m_waiting.erase(m_waiting.begin());
        m_running.push_back(entry);
        emit runStarted(entry->workspaceDirectory, entry->runId);
        emit queueChanged();
        m_pool->start([this, entry] {
            std::vector<RoundUpdate> batch;
            QElapsedTimer sinceFlush;
            auto flush = [&] {
                if (batch.empty())
                    return;
                QList<RoundUpdate> rounds(batch.begin(), batch.end());
                batch.clear();
                sinceFlush.start();
                QMetaObject::invokeMethod(
                    this, [this, entry, rounds] { emit roundsCompleted(entry->workspaceDirectory, entry->runId, rounds); }, Qt::QueuedConnection);
            };
            RunStatus status = RunStatus::Failed;
            QString message;
            if (auto workspace = Workspace::connect(entry->workspaceDirectory); !workspace) {
                message = workspace.error().message;
            } else {
                auto summary = executeRun(*workspace, entry->runId, entry->control, [&](const RoundUpdate& update) {
                    batch.push_back(update);
                    if (!sinceFlush.isValid() || sinceFlush.elapsed() >= kBatchMilliseconds)
                        flush();
                });
                flush();
                if (summary) {
                    status = summary->status;
                    message = summary->message;
                } else {
                    message = summary.error().message;
                    // The run may still say "running" if even recording the failure failed.
                    (void)RunStore(workspace->database()).finish(entry->runId, RunStatus::Failed, message);
                }
            }
            QMetaObject::invokeMethod(
                this, [this, entry, status, message] { workerDone(entry, status, message); },
                Qt::QueuedConnection);
        });
    }
}

void TrainingQueue::workerDone(const std::shared_ptr<Entry>& entry, RunStatus status, const QString& message)
{
    std::erase(m_running, entry);
    emit runFinished(entry->workspaceDirectory, entry->runId, status, message);
    emit queueChanged();
    startWaiting();
}

std::shared_ptr<TrainingQueue::Entry> TrainingQueue::find(const std::vector<std::shared_ptr<Entry>>& entries,
                                                          const QString& directory, qint64 runId) const
{
    for (const auto& entry : entries) {
        if (entry->runId == runId && entry->workspaceDirectory == directory)
            return entry;
    }
    return nullptr;
}

bool TrainingQueue::cancel(const QString& workspaceDirectory, qint64 runId)
{
    if (auto running = find(m_running, workspaceDirectory, runId)) {
        running->control.requestInterruption();
        return true;
    }
    std::shared_ptr<Entry> entry = find(m_waiting, workspaceDirectory, runId);
    if (!entry)
        return false;
    std::erase(m_waiting, entry);
    emit queueChanged();
    // Counted as running until the store says cancelled, so that isIdle() stays honest.
    m_running.push_back(entry);
    m_pool->start([this, entry] {
        const QString message = Text::tr("Cancelled before it started.");
        Status status;
        if (auto workspace = Workspace::connect(entry->workspaceDirectory); !workspace)
            status = workspace.error();
        else
            status = RunStore(workspace->database()).finish(entry->runId, RunStatus::Cancelled, message);
        const RunStatus result = status ? RunStatus::Cancelled : RunStatus::Failed;
        const QString text = status ? message : status.error().message;
        QMetaObject::invokeMethod(
            this, [this, entry, result, text] { workerDone(entry, result, text); }, Qt::QueuedConnection);
    });
    return true;
}

void TrainingQueue::cancelAll()
{
    const auto waiting = m_waiting;
    for (const auto& entry : waiting)
        cancel(entry->workspaceDirectory, entry->runId);
    for (const auto& entry : m_running)
        entry->control.requestInterruption();
}

bool TrainingQueue::isWaiting(const QString& workspaceDirectory, qint64 runId) const
{
    return find(m_waiting, workspaceDirectory, runId) != nullptr;
}

bool TrainingQueue::isRunning(const QString& workspaceDirectory, qint64 runId) const
{
    return find(m_running, workspaceDirectory, runId) != nullptr;
}

} // namespace grove
