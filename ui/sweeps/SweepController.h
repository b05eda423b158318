#pragma once

#include "core/common/Result.h"
#include "core/model/SweepDefinition.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QStatusBar;

namespace grove {

class TaskRunner;
class WorkspaceController;

// The GUI's side of sweeps: records a sweep, runs it (or resumes it) in the background with its
// progress and Cancel in the status bar, stops it, and says when a trial or the sweep ends. The
// sweep itself is core's runSweep(), as `grove-cli sweep` runs it.
class SweepController : public QObject
{
    Q_OBJECT
public:
    SweepController(WorkspaceController* workspace, QStatusBar* statusBar, QObject* parent = nullptr);
    ~SweepController() override;

    // Records the sweep in the open workspace and starts it: its id, or why it was refused (a
    // name that is taken, a read-only workspace).
    Result<qint64> start(const SweepDefinition& definition);
    // Continues a stopped (or killed) sweep: what finished stays, the rest is trained.
    void resume(qint64 sweepId);
    // Stops a sweep of this window: the trials being trained end as "stopped", the rest waits
    // for a resume.
    void stop(qint64 sweepId);
    void stopAll();
    // Sweeps are named by id within the open workspace: one still running in a workspace opened
    // before is not one of these (it goes on, with its progress in the status bar).
    bool isRunning(qint64 sweepId) const;
    bool isIdle() const { return m_runners.isEmpty(); }
    // Blocks until every sweep of this window has ended (shutdown and tests).
    void waitForAll();

signals:
    // About sweeps of the open workspace.
    void sweepStarted(qint64 sweepId);
    void trialEnded(qint64 sweepId);
    // The sweep stopped, finished or failed (`problem` says why it failed; empty otherwise).
    void sweepEnded(qint64 sweepId, const QString& problem);

private:
    using Key = QPair<QString, qint64>; // workspace directory, sweep id
    void run(qint64 sweepId);
    Key key(qint64 sweepId) const;

    WorkspaceController* m_workspace;
    QPointer<QStatusBar> m_statusBar;
    QHash<Key, TaskRunner*> m_runners; // one per running sweep, so each stops on its own
};

} // namespace grove
