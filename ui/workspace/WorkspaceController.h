#pragma once

#include "core/common/Result.h"
#include "core/store/Workspace.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace grove {

// The workspace the window works on, with the UI thread's own connection to it, and the list of
// recently used workspaces. Jobs open their own connections from directory().
class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceController(QObject* parent = nullptr);

    // Opens `directory` (creating a new workspace in an empty or new folder) and makes it current.
    // On failure the current workspace stays open.
    Status open(const QString& directory);

    Workspace* workspace() { return m_workspace ? &*m_workspace : nullptr; }
    QString directory() const { return m_workspace ? m_workspace->directory() : QString(); }
    bool wasCreated() const { return m_workspace && m_workspace->wasCreated(); }
    // The workspace cannot be written (read-only media or no permission): it opened for reading.
    bool isReadOnly() const { return m_workspace && m_workspace->isReadOnly(); }

    QStringList recentWorkspaces() const;
    void clearRecentWorkspaces();

    static constexpr int kMaxRecent = 8;

signals:
    void workspaceChanged(const QString& directory);
    // Anyone who adds, renames or removes datasets says so, and every view reloads.
    void datasetsChanged();
    void recentWorkspacesChanged();

private:
    std::optional<Workspace> m_workspace;
};

} // namespace grove
