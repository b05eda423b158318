#include "ui/sweeps/SweepController.h"

#include "core/store/Workspace.h"
#include "core/sweep/SweepRunner.h"
#include "ui/common/TaskRunner.h"
#include "ui/workspace/WorkspaceController.h"

#include <QStatusBar>

#include <algorithm>

namespace grove {

SweepController::SweepController(WorkspaceController* workspace, QStatusBar* statusBar, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_statusBar(statusBar)
{
}

SweepController::~SweepController()
{
    // The runners end their sweeps (the trials in progress are marked stopped) while this object
    // still stands: their trial notices are posted to it.
    const auto runners = m_runners.values();
    m_runners.clear();
    for (TaskRunner* runner : runners)
        delete runner;
}

Result<qint64> SweepController::start(const SweepDefinition& definition)
{
    Workspace* workspace = m_workspace->workspace();
    if (!workspace)
        return Error::badInput(tr("No workspace is open."));
    if (m_workspace->isReadOnly())
        return Error::badInput(tr("This workspace is read-only: a sweep cannot be recorded in it."));
    auto created = createSweep(*workspace, definition);
    if (!created)
        return created;
    emit sweepStarted(*created);
    run(*created);
    return created;
}

void SweepController::resume(qint64 sweepId)
{
    if (isRunning(sweepId) || !m_workspace->workspace())
        return;
    emit sweepStarted(sweepId);
    run(sweepId);
}

SweepController::Key SweepController::key(qint64 sweepId) const { return {m_workspace->directory(), sweepId}; }

void SweepController::stop(qint64 sweepId)
{
    if (TaskRunner* runner = m_runners.value(key(sweepId)))
        runner->cancelAll();
}

void SweepController::stopAll()
{
    for (TaskRunner* runner : std::as_const(m_runners))
        runner->cancelAll();
}

bool SweepController::isRunning(qint64 sweepId) const { return m_runners.contains(key(sweepId)); }

void SweepController::waitForAll()
{
    while (!m_runners.isEmpty())
        m_runners.begin().value()->waitForAll();
}

void SweepController::run(qint64 sweepId)
{
    auto* runner = new TaskRunner(TaskRunner::Mode::All);
    runner->setStatusBar(m_statusBar);
    const QString directory = m_workspace->directory();
    const Key runKey{directory, sweepId};
    m_runners.insert(runKey, runner);
    // The work may post to this object: the destructor ends every sweep before it goes.
    SweepController* owner = this;
    auto work = [directory, sweepId, owner](JobControl& control) -> Result<SweepState> {
        auto workspace = Workspace::connect(directory);
        if (!workspace)
            return workspace.error();
        return runSweep(*workspace, sweepId, control, [&control, directory, sweepId, owner](const SweepTrial&, const SweepState& state) {
            control.reportProgress(double(state.finished()) / std::max(1, state.planned),
                                   tr("%1 of %2 trials").arg(state.finished()).arg(state.planned));
            QMetaObject::invokeMethod(owner, [owner, directory, sweepId] {
                if (owner->m_workspace->directory() == directory)
                    emit owner->trialEnded(sweepId);
            }, Qt::QueuedConnection);
        });
    };
    runner->run(tr("Sweep %1").arg(sweepId), std::move(work), [this, runner, runKey](const Result<SweepState>& result) {
        if (m_runners.value(runKey) == runner)
            m_runners.remove(runKey);
        runner->deleteLater();
        if (m_workspace->directory() == runKey.first)
            emit sweepEnded(runKey.second, result ? QString() : result.error().toString());
    });
}

} // namespace grove
