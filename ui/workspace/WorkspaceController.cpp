#include "ui/workspace/WorkspaceController.h"

#include "ui/common/Settings.h"

#include <QDir>

namespace grove {

WorkspaceController::WorkspaceController(QObject* parent) : QObject(parent) {}

Status WorkspaceController::open(const QString& directory)
{
    // A workspace on read-only media opens for browsing; changing it fails with a message that
    // says why, and the window turns off what would change it.
    auto opened = Workspace::openOrCreate(directory, Workspace::Access::ReadIfLocked);
    if (!opened)
        return opened.error();
    m_workspace.emplace(std::move(opened.value()));

    const QString path = m_workspace->directory();
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    Settings::setValue(Settings::Key::RecentWorkspaces, recent);
    Settings::setValue(Settings::Key::LastWorkspace, path);
    emit recentWorkspacesChanged();
    emit workspaceChanged(path);
    return {};
}

QStringList WorkspaceController::recentWorkspaces() const
{
    return Settings::value(Settings::Key::RecentWorkspaces).toStringList();
}

void WorkspaceController::clearRecentWorkspaces()
{
    QStringList kept;
    if (m_workspace)
        kept << m_workspace->directory();
    Settings::setValue(Settings::Key::RecentWorkspaces, kept);
    emit recentWorkspacesChanged();
}

} // namespace grove
