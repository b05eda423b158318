#include "ui/history/HistoryActions.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace grove {

HistoryActions::HistoryActions(WorkspaceController* workspace, RegistryController* registry,
                               QWidget* window)
    : QObject(window), m_workspace(workspace), m_registry(registry), m_window(window),
      m_workspaceHistory(new QAction(tr("&History…"), this)),
      m_registryHistory(new QAction(tr("&History…"), this))
{
    m_workspaceHistory->setObjectName(u"workspaceHistoryAction"_s);
    m_workspaceHistory->setShortcut(tr("Ctrl+H"));
    m_workspaceHistory->setStatusTip(
        tr("Show the workspace's audit log: who changed what, and when"));
    m_registryHistory->setObjectName(u"registryHistoryAction"_s);
    m_registryHistory->setStatusTip(
        tr("Show the registry's audit log: exports, promotions, aliases"));
    connect(m_workspaceHistory, &QAction::triggered, this,
            [this] { showHistory(HistoryWindow::Log::Workspace); });
    connect(m_registryHistory, &QAction::triggered, this,
            [this] { showHistory(HistoryWindow::Log::Registry); });
}

void HistoryActions::addTo(QMenu* viewMenu, QMenu* registryMenu)
{
    viewMenu->addSeparator();
    viewMenu->addAction(m_workspaceHistory);
    registryMenu->addAction(m_registryHistory);
}

HistoryWindow* HistoryActions::showHistory(HistoryWindow::Log log)
{
    if (!m_history)
        m_history = new HistoryWindow(m_workspace, m_registry, m_window);
    m_history->setLog(log);
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

} // namespace grove
