#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace grove {

class RunListModel;
class TrainingController;
class WorkspaceController;

// The Runs dock: every run of the workspace with its status, progress and key metric, updating
// live; New Run and Cancel.
class RunsPanel : public QWidget
{
    Q_OBJECT
public:
    RunsPanel(WorkspaceController* workspace, TrainingController* training, QWidget* parent = nullptr);

    RunListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    qint64 currentRun() const;

public slots:
    void selectRun(qint64 id);

signals:
    void currentRunChanged(qint64 id); // -1: none
    void newRunRequested();
    void errorOccurred(const QString& message);

private:
    void updateButtons();

    TrainingController* m_training;
    RunListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QToolButton* m_newRun;
    QToolButton* m_cancel;
};

} // namespace grove
