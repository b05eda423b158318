#pragma once

#include "core/common/JobControl.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

#include <QStatusBar>

class QThreadPool;

namespace grove {

class TaskProgress;

// Runs the window's background work: a function on a pool thread, its result handed to a
// function on the GUI thread. A task with a title shows progress and a Cancel button in the
// status bar. In LatestWins mode (views that reload on selection) a new request interrupts the
// ones still running, and their results are dropped.
//
// The `done` function runs only while the runner lives: a destroyed runner interrupts its tasks,
// waits for them and calls nothing. Results are therefore safe to deliver to the runner's owner.
class TaskRunner : public QObject
{
    Q_OBJECT
public:
    enum class Mode { All, LatestWins };

    explicit TaskRunner(Mode mode = Mode::All, QObject* parent = nullptr);
    ~TaskRunner() override;

    // The threads every runner's work runs on (not QThreadPool::globalInstance(), which Qt's
    // painting uses).
    static QThreadPool* pool();

    // Where titled tasks show their progress; without it they run without a status-bar entry.
    void setStatusBar(QStatusBar* statusBar) { m_statusBar = statusBar; }

    // Runs `work(JobControl&)` on a pool thread, then `done(result)` on the GUI thread. An empty
    // `title` runs quietly (view loads); a title shows progress and Cancel in the status bar.
    template <typename Work, typename Done>
    void run(const QString& title, Work work, Done done)
    {
        using Value = std::invoke_result_t<Work&, JobControl&>;
        auto shared = std::make_shared<Done>(std::move(done));
        start(title, [work = std::move(work), shared](JobControl& control) mutable -> std::function<void()> {
            auto value = std::make_shared<Value>(work(control));
            return [shared, value] { (*shared)(std::move(*value)); };
        });
    }

    int runningCount() const { return int(m_tasks.size()); }
    bool isIdle() const { return m_tasks.empty(); }
    // Asks every running task to stop; each still ends through its `done`, which sees its
    // interruption (a cancelled Result, a partial reading) as the work decides.
    void cancelAll();
    // Interrupts every running task and drops its result: its `done` is not called. For a view
    // whose subject went away (the workspace closed, the selection cleared).
    void dropAll();
    // Blocks until every task has ended and its `done` has run. For shutdown and tests.
    void waitForAll();

signals:
    void taskFinished(); // after any task ended, whether its result was used or dropped

private:
    struct Task;
    void start(const QString& title, std::function<std::function<void()>(JobControl&)> work);
    void finished(Task* task);

    Mode m_mode;
    QPointer<QStatusBar> m_statusBar;
    std::vector<std::unique_ptr<Task>> m_tasks;
    std::vector<std::unique_ptr<Task>> m_ended; // the last ended task, deleted at the next end
    quint64 m_generation = 0;
};

} // namespace grove
