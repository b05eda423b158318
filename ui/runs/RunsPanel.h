#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class QUndoCommand;
class QUndoStack;

namespace grove {

class RunFilterProxy;
class RunListModel;
class TaskRunner;
class TrainingController;
class TrashDialog;
class WorkspaceController;

// The Runs dock: every run of the workspace with its status, progress and key metric, updating
// live; a filter box (free text or expressions such as valid.auc > 0.9); New Run and Cancel.
class RunsPanel : public QWidget
{
    Q_OBJECT
public:
    RunsPanel(WorkspaceController* workspace, TrainingController* training, QWidget* parent = nullptr);

    RunListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* experimentCombo() const { return m_experiments; }
    // The message under the filter box when the expression is wrong (empty when it is fine).
    QString filterProblem() const;
    qint64 currentRun() const;
    // Tags, notes and the trash become editable, each change undoable on `stack`.
    void setUndoStack(QUndoStack* stack);
    // Moves the selected runs to the trash (undoable).
    void trashSelected();
    QList<qint64> selectedRuns() const;
    // Counts the runs in the trash, asks, then deletes them for good (not undoable), in the
    // background; trashEmptied() says when they are gone.
    void emptyTrash();
    bool isEmptyingTrash() const;
    // Opens the Trash window (one at a time): the runs in the trash, to restore or delete.
    void showTrash();
    TrashDialog* trashDialog() const { return m_trashDialog; }
    // Training ▸ Show Trash… and Empty Trash…, for the window's menu.
    QList<QAction*> trashActions() const { return m_trashActions; }

    // Visible columns: "#<fixed column number>" or a key such as "valid.auc".
    QStringList visibleColumns() const;
    // Shows exactly these columns (see visibleColumns()) and remembers them for the experiment
    // shown.
    void setVisibleColumns(const QStringList& columns);

public slots:
    void selectRun(qint64 id);

signals:
    void currentRunChanged(qint64 id); // -1: none
    void newRunRequested();
    void compareRequested(const QList<qint64>& runIds);
    void errorOccurred(const QString& message);
    void message(const QString& text);
    void trashEmptied();
    void runsTrashed(int count, const QUndoCommand* command); // every one of them, by `command`

private:
    void updateButtons();
    void applyFilter();
    void updateExperiments();
    void fillColumnsMenu();
    void applyColumns();
    void saveColumns();
    void showColumns(const QStringList& columns);

    TrainingController* m_training;
    RunListModel* m_model;
    qint64 m_pendingSelection = -1; // asked for while the runs were being read
    RunFilterProxy* m_proxy;
    QComboBox* m_experiments;
    QLineEdit* m_filter;
    QLabel* m_filterProblem;
    QTimer* m_filterTimer;
    QTableView* m_view;
    QToolButton* m_newRun;
    QToolButton* m_cancel;
    QToolButton* m_trash;
    QToolButton* m_compare;
    QToolButton* m_columns;
    QUndoStack* m_undo = nullptr;
    TaskRunner* m_trashTasks = nullptr; // counting and emptying the trash
    QList<QAction*> m_trashActions;
    TrashDialog* m_trashDialog = nullptr;
    WorkspaceController* m_workspace;
};

} // namespace grove
