#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace grove {

class DatasetProfileView;
class DatasetsPanel;
class ImportController;
class MessageBar;
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
    void showAbout();
    QWidget* createWelcomePage();

    WorkspaceController* m_workspace;
    MessageBar* m_messageBar;
    ImportController* m_imports;
    DatasetsPanel* m_datasetsPanel;
    DatasetProfileView* m_profileView;
    QStackedWidget* m_pages;
    QWidget* m_welcomePage;
    QLabel* m_welcomeWorkspace = nullptr;
    QLabel* m_workspaceLabel;
    QDockWidget* m_datasetsDock = nullptr;
    QMenu* m_recentMenu = nullptr;
    bool m_restoredLayout = false;

    QAction* m_importAction = nullptr;
    QAction* m_openWorkspaceAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace grove
