#include "ui/runs/RunEdits.h"

#include "core/services/RunTrash.h"
#include "core/store/RunFile.h"
#include "core/store/RunStore.h"
#include "ui/runs/RunListModel.h"
#include "ui/workspace/WorkspaceController.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunEdits)
};

} // namespace

RunEditCommand::RunEditCommand(WorkspaceController* workspace, RunListModel* model, qint64 runId, Field field,
                               QString before, QString after)
    : m_workspace(workspace), m_model(model), m_runId(runId), m_field(field), m_before(std::move(before)),
      m_after(std::move(after))
{
    setText(field == Field::Tags ? Text::tr("Tags of Run %1").arg(runId) : Text::tr("Note of Run %1").arg(runId));
}

void RunEditCommand::apply(const QString& value)
{
    Workspace* workspace = m_workspace->workspace();
    if (!workspace)
        return;
    RunStore store(workspace->database());
    const Status status = m_field == Field::Tags ? store.setTags(m_runId, value.split(u' ', Qt::SkipEmptyParts))
                                                 : store.setNote(m_runId, value);
    if (!status)
        emit m_model->errorOccurred(status.error().toString());
    else
        (void)writeRunFile(*workspace, m_runId); // the run's own record follows the database
    m_model->refresh(m_runId);
}

TrashRunsCommand::TrashRunsCommand(WorkspaceController* workspace, RunListModel* model, QList<qint64> runIds,
                                   Direction direction)
    : m_workspace(workspace), m_model(model), m_runIds(std::move(runIds)), m_direction(direction)
{
    setText(direction == Direction::ToTrash ? Text::tr("Move %n Run(s) to the Trash", nullptr, int(m_runIds.size()))
                                            : Text::tr("Restore %n Run(s) from the Trash", nullptr, int(m_runIds.size())));
}

void TrashRunsCommand::apply(bool trash)
{
    Workspace* workspace = m_workspace->workspace();
    if (!workspace)
        return;
    m_failures = 0;
    // All of them or none.
    auto moved = setRunsInTrash(*workspace, m_runIds, trash);
    if (!moved) {
        m_failures = int(m_runIds.size());
        emit m_model->errorOccurred(moved.error().toString());
    } else if (!moved->warnings.isEmpty()) {
        emit m_model->errorOccurred(moved->warnings.join(u'\n'));
    }
    m_model->reload();
}

} // namespace grove
