#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace grove {

class DatasetProfileView;
class RegistryController;
class RegistryView;
class EvaluationView;
class ExplanationView;
class ValidationPanel;
class DatasetsPanel;
class ImportController;
class MessageBar;
class CompareView;
class NewRunDialog;
class RunView;
class RunsPanel;
class NewSweepDialog;
class SweepController;
class SweepView;
class TrainingController;
class WorkspaceController;

// The frame: menus, toolbar, docks, the central work area with its message bar, and the status
// bar. Features live in their own classes; the window wires them together.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `requested`, else the workspace used last, else the default workspace. A default
    // workspace that did not exist yet starts with the bundled sample dataset.
    void openInitialWorkspace(const QString& requested = {});
    void openWorkspace(const QString& directory);

    WorkspaceController* workspaceController() const { return m_workspace; }
    ImportController* importController() const { return m_imports; }
    DatasetsPanel* datasetsPanel() const { return m_datasetsPanel; }
    DatasetProfileView* profileView() const { return m_profileView; }
    MessageBar* messageBar() const { return m_messageBar; }
    TrainingController* trainingController() const { return m_training; }
    RunsPanel* runsPanel() const { return m_runsPanel; }
    RunView* runView() const { return m_runView; }
    CompareView* compareView() const { return m_compareView; }
    RegistryView* registryView() const { return m_registryView; }
    RegistryController* registryController() const { return m_registry; }
    ValidationPanel* validationPanel() const { return m_validationPanel; }
    EvaluationView* evaluationView() const { return m_evaluationView; }
    ExplanationView* explanationView() const { return m_explanationView; }
    QUndoStack* undoStack() const { return m_undoStack; }
    SweepController* sweepController() const { return m_sweeps; }
    SweepView* sweepView() const { return m_sweepView; }
    // Opens the New Sweep dialog, around run `aroundRun` when given. Returns the open dialog.
    NewSweepDialog* showNewSweepDialog(qint64 aroundRun = -1);
    // Opens the New Run dialog, filled from run `copyFrom` when given. Returns the open dialog.
    NewRunDialog* showNewRunDialog(qint64 copyFrom = -1);

    static QString sampleDatasetPath();

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void chooseWorkspace();
    void updateRecentMenu();
    void workspaceOpened(const QString& directory);
    void currentDatasetChanged(qint64 id);
    // Runs a change from a panel button, or says why it is off in a read-only workspace.
    void triggerChange(QAction* action);
    void currentRunChanged(qint64 id);
    void updateTrainingStatus(int running, int waiting);
    void showAbout();
    QWidget* createWelcomePage();

    WorkspaceController* m_workspace;
    MessageBar* m_messageBar;
    ImportController* m_imports;
    DatasetsPanel* m_datasetsPanel;
    DatasetProfileView* m_profileView;
    QUndoStack* m_undoStack;
    TrainingController* m_training;
    RunsPanel* m_runsPanel;
    RunView* m_runView;
    CompareView* m_compareView;
    RegistryController* m_registry;
    RegistryView* m_registryView;
    ValidationPanel* m_validationPanel;
    EvaluationView* m_evaluationView;
    ExplanationView* m_explanationView;
    SweepController* m_sweeps;
    SweepView* m_sweepView;
    QTabWidget* m_centralTabs;
    QStackedWidget* m_pages;
    QWidget* m_welcomePage;
    QLabel* m_welcomeWorkspace = nullptr;
    QLabel* m_workspaceLabel;
    QLabel* m_trainingLabel;
    QDockWidget* m_datasetsDock = nullptr;
    QDockWidget* m_runsDock = nullptr;
    QMenu* m_recentMenu = nullptr;
    bool m_restoredLayout = false;

    QAction* m_importAction = nullptr;
    QAction* m_openWorkspaceAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_newRunAction = nullptr;
    QAction* m_newSweepAction = nullptr;
    QAction* m_cancelRunAction = nullptr;
    QList<QAction*> m_concurrencyActions;
};

} // namespace grove
