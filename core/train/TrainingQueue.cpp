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
        emit runStarted(entry->runId);
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
                    this, [this, id = entry->runId, rounds] { emit roundsCompleted(id, rounds); }, Qt::QueuedConnection);
            };
            RunStatus status = RunStatus::Failed;
            QString message;
            if (auto workspace = Workspace::open(entry->workspaceDirectory); !workspace) {
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
                this, [this, id = entry->runId, status, message] { workerDone(id, status, message); },
                Qt::QueuedConnection);
        });
    }
}

void TrainingQueue::workerDone(qint64 runId, RunStatus status, const QString& message)
{
    std::erase_if(m_running, [runId](const auto& entry) { return entry->runId == runId; });
    emit runFinished(runId, status, message);
    emit queueChanged();
    startWaiting();
}

bool TrainingQueue::cancel(qint64 runId)
{
    auto running = std::find_if(m_running.begin(), m_running.end(), [runId](const auto& e) { return e->runId == runId; });
    if (running != m_running.end()) {
        (*running)->control.requestInterruption();
        return true;
    }
    auto waiting = std::find_if(m_waiting.begin(), m_waiting.end(), [runId](const auto& e) { return e->runId == runId; });
    if (waiting == m_waiting.end())
        return false;
    std::shared_ptr<Entry> entry = *waiting;
    m_waiting.erase(waiting);
    // Counted as running until the store says cancelled, so that isIdle() stays honest.
    m_running.push_back(entry);
    m_pool->start([this, entry] {
        const QString message = Text::tr("Cancelled before it started.");
        Status status = Status();
        if (auto workspace = Workspace::open(entry->workspaceDirectory); !workspace)
            status = workspace.error();
        else
            status = RunStore(workspace->database()).finish(entry->runId, RunStatus::Cancelled, message);
        const RunStatus result = status ? RunStatus::Cancelled : RunStatus::Failed;
        const QString text = status ? message : status.error().message;
        QMetaObject::invokeMethod(
            this, [this, id = entry->runId, result, text] { workerDone(id, result, text); }, Qt::QueuedConnection);
    });
    return true;
}

void TrainingQueue::cancelAll()
{
    const auto waiting = m_waiting;
    for (const auto& entry : waiting)
        cancel(entry->runId);
    for (const auto& entry : m_running)
        entry->control.requestInterruption();
}

bool TrainingQueue::isWaiting(qint64 runId) const
{
    return std::any_of(m_waiting.begin(), m_waiting.end(), [runId](const auto& e) { return e->runId == runId; });
}

bool TrainingQueue::isRunning(qint64 runId) const
{
    return std::any_of(m_running.begin(), m_running.end(), [runId](const auto& e) { return e->runId == runId; });
}

} // namespace grove
