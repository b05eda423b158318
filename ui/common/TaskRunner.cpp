#include "ui/common/TaskRunner.h"

#include "ui/common/TaskProgress.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QStatusBar>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace grove {

QThreadPool* TaskRunner::pool()
{
    // Not Qt's global pool: its raster engine splits large fills over that pool and waits for
    // them, so that a sweep or a page reading running there made every paint of the window wait
    // behind it (60 - 100 ms with trainers on both cores, the UI thread idle meanwhile).
    // Two threads more than the cores: a sweep or an import holds a thread for minutes, and the
    // readings of the pages must not queue behind two of them.
    // Created on the GUI thread, the only one that starts tasks; it goes with the application.
    Q_ASSERT(QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread());
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("grove-tasks"));
        pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()) + 2);
    }
    return pool;
}

struct TaskRunner::Task
{
    quint64 generation = 0;
    bool dropped = false;
    std::function<std::function<void()>(JobControl&)> work;
    JobControl control;
    QFutureWatcher<std::function<void()>> watcher;
    QPointer<TaskProgress> progress;
};

TaskRunner::TaskRunner(Mode mode, QObject* parent) : QObject(parent), m_mode(mode) {}

TaskRunner::~TaskRunner()
{
    m_ended.clear();
    // The work may still use what its `done` would report to; let it end, call nothing.
    for (auto& task : m_tasks)
        task->control.requestInterruption();
    for (auto& task : m_tasks) {
        task->watcher.disconnect(this);
        task->watcher.waitForFinished();
        if (task->progress) {
            if (m_statusBar)
                m_statusBar->removeWidget(task->progress);
            task->progress->deleteLater();
        }
    }
}

void TaskRunner::cancelAll()
{
    for (auto& task : m_tasks) {
        task->control.requestInterruption();
        if (task->progress)
            task->progress->setCancelling();
    }
}

void TaskRunner::dropAll()
{
    for (auto& task : m_tasks) {
        task->control.requestInterruption();
        task->dropped = true;
        if (task->progress)
            task->progress->setCancelling();
    }
}

void TaskRunner::waitForAll()
{
    while (!m_tasks.empty()) {
        Task* task = m_tasks.front().get();
        task->watcher.waitForFinished();
        finished(task);
    }
}

void TaskRunner::start(const QString& title, std::function<std::function<void()>(JobControl&)> work)
{
    if (m_mode == Mode::LatestWins) {
        for (auto& older : m_tasks)
            older->control.requestInterruption();
    }
    auto task = std::make_unique<Task>();
    Task* t = task.get();
    t->generation = ++m_generation;
    t->work = std::move(work);
    if (!title.isEmpty() && m_statusBar) {
        t->progress = new TaskProgress(title, m_statusBar);
        m_statusBar->addPermanentWidget(t->progress);
        // Progress comes from a pool thread and is posted to the runner, which outlives the task;
        // the widget is looked at only on the GUI thread, where it may have gone meanwhile.
        QPointer<TaskProgress> progress = t->progress;
        t->control.setProgressCallback([this, progress](double fraction, const QString& phase) {
            QMetaObject::invokeMethod(this, [progress, fraction, phase] {
                if (progress)
                    progress->setProgress(fraction, phase);
            });
        });
        connect(t->progress, &TaskProgress::cancelRequested, this, [t] {
            t->control.requestInterruption();
            if (t->progress)
                t->progress->setCancelling();
        });
    }
    connect(&t->watcher, &QFutureWatcher<std::function<void()>>::finished, this, [this, t] { finished(t); });
    m_tasks.push_back(std::move(task));
    t->watcher.setFuture(QtConcurrent::run(pool(), [t] { return t->work(t->control); }));
}

void TaskRunner::finished(Task* task)
{
    const auto it = std::find_if(m_tasks.begin(), m_tasks.end(), [task](const auto& t) { return t.get() == task; });
    if (it == m_tasks.end())
        return; // already handled by waitForAll()
    std::unique_ptr<Task> owned = std::move(*it);
    m_tasks.erase(it);
    if (owned->progress) {
        if (m_statusBar)
            m_statusBar->removeWidget(owned->progress);
        owned->progress->deleteLater();
    }
    // In LatestWins mode only the newest request's result is shown.
    const bool superseded = owned->dropped || (m_mode == Mode::LatestWins && owned->generation != m_generation);
    const std::function<void()> done = owned->watcher.result();
    // This may run inside the watcher's own signal: it is deleted at the next finish, not now.
    m_ended.clear();
    m_ended.push_back(std::move(owned));
    QPointer<TaskRunner> self(this);
    if (done && !superseded)
        done(); // may close the window that owns this runner
    if (!self)
        return;
    emit taskFinished();
}

} // namespace grove
