#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace grove {

class RunListModel;
class TaskRunner;
class WorkspaceController;

// Training ▸ Show Trash…: the runs in the trash, with when each was moved there. Restore brings
// the selected ones back (undoable with Edit ▸ Undo, like Move to Trash); Empty Trash… asks the
// runs panel to delete them for good. The list is read off the UI thread, and read again when
// the undo stack or the trash changes.
class TrashDialog : public QDialog
{
    Q_OBJECT
public:
    TrashDialog(WorkspaceController* workspace, RunListModel* runs, QUndoStack* undo, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    bool isLoading() const;
    QList<qint64> selectedRuns() const;

public slots:
    void reload();
    void restoreSelected();

signals:
    void emptyTrashRequested();

private:
    void updateButtons();

    WorkspaceController* m_workspace;
    RunListModel* m_runs;
    QUndoStack* m_undo;
    TaskRunner* m_loader;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_restore;
    QPushButton* m_empty;
};

} // namespace grove
