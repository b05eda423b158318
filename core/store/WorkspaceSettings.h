#pragma once

#include "core/common/Result.h"
#include "core/store/Database.h"

#include <QString>

namespace grove {

class Workspace;

// Settings stored in the workspace itself (not in the user's preferences), so that every window
// and grove-cli working on it use the same ones.
class WorkspaceSettings
{
public:
    explicit WorkspaceSettings(Database& database) : m_database(database) {}

    // Empty when not set.
    Result<QString> value(const QString& key);
    // Sets the value; an empty value removes the setting.
    Status setValue(const QString& key, const QString& value);

private:
    Database& m_database;
};

// The registry folder of a workspace: the one chosen for it, or <workspace>/registry.
QString registryFolder(Workspace& workspace);
// Chooses the registry folder (an absolute path; empty: back to <workspace>/registry).
Status setRegistryFolder(Workspace& workspace, const QString& directory);

} // namespace grove
