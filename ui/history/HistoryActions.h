#pragma once

#include "ui/history/HistoryWindow.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace grove {

class RegistryController;
class WorkspaceController;

// View ▸ History… (the workspace's audit log) and Registry ▸ History… (the open registry's):
// both open the one History window, made when first asked for and raised after, with that log
// chosen. The main window only puts the actions in its menus.
class HistoryActions : public QObject
{
    Q_OBJECT
public:
    HistoryActions(WorkspaceController* workspace, RegistryController* registry, QWidget* window);

    void addTo(QMenu* viewMenu, QMenu* registryMenu);
    QAction* workspaceHistoryAction() const { return m_workspaceHistory; }
    QAction* registryHistoryAction() const { return m_registryHistory; }
    HistoryWindow* showHistory(HistoryWindow::Log log);

private:
    WorkspaceController* m_workspace;
    RegistryController* m_registry;
    QWidget* m_window;
    QAction* m_workspaceHistory;
    QAction* m_registryHistory;
    QPointer<HistoryWindow> m_history;
};

} // namespace grove
