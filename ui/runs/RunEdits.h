#pragma once

#include <QUndoCommand>

namespace grove {

class RunListModel;
class WorkspaceController;

// Undoable changes to runs (Edit ▸ Undo): a run's tags or note, and moving runs to the trash.
// Each command writes to the workspace's store and refreshes the runs list. A command whose
// write fails says so through the model's errorOccurred() and leaves the run as it was.
class RunEditCommand : public QUndoCommand
{
public:
    enum class Field { Tags, Note };
    RunEditCommand(WorkspaceController* workspace, RunListModel* model, qint64 runId, Field field, QString before,
                   QString after);
    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const QString& value);

    WorkspaceController* m_workspace;
    RunListModel* m_model;
    qint64 m_runId;
    Field m_field;
    QString m_before, m_after;
};

// Moves runs to the trash (Move to Trash) or back out of it (the Trash window's Restore); undo
// does the opposite.
class TrashRunsCommand : public QUndoCommand
{
public:
    enum class Direction { ToTrash, Restore };
    TrashRunsCommand(WorkspaceController* workspace, RunListModel* model, QList<qint64> runIds,
                     Direction direction = Direction::ToTrash);
    void undo() override { apply(m_direction != Direction::ToTrash); }
    void redo() override { apply(m_direction == Direction::ToTrash); }
    // How many runs the last undo or redo could not move: all of them when it failed (a move is
    // all or nothing, and the failure is reported as an error), else 0.
    int failures() const { return m_failures; }

private:
    void apply(bool trash);

    WorkspaceController* m_workspace;
    RunListModel* m_model;
    QList<qint64> m_runIds;
    Direction m_direction;
    int m_failures = 0;
};

} // namespace grove
