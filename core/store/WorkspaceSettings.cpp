#include "core/store/WorkspaceSettings.h"

#include "core/store/Workspace.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

const QString kRegistryFolder = u"registry_folder"_s;

} // namespace

Result<QString> WorkspaceSettings::value(const QString& key)
{
    auto statement = m_database.prepare(u"SELECT value FROM workspace_settings WHERE key = ?"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, key);
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->text(0) : QString();
}

Status WorkspaceSettings::setValue(const QString& key, const QString& value)
{
    auto statement = m_database.prepare(value.isEmpty() ? u"DELETE FROM workspace_settings WHERE key = ?"_s
                                                        : u"INSERT INTO workspace_settings (key, value) VALUES (?, ?) "
                                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, key);
    if (!value.isEmpty())
        statement->bind(2, value);
    return statement->run();
}

QString registryFolder(Workspace& workspace)
{
    auto chosen = WorkspaceSettings(workspace.database()).value(kRegistryFolder);
    if (chosen && !chosen->isEmpty())
        return *chosen;
    return QDir(workspace.directory()).filePath(u"registry"_s);
}

Status setRegistryFolder(Workspace& workspace, const QString& directory)
{
    const QString absolute = directory.isEmpty() ? QString() : QDir(directory).absolutePath();
    const QString standard = QDir(workspace.directory()).filePath(u"registry"_s);
    return WorkspaceSettings(workspace.database())
        .setValue(kRegistryFolder, QDir::cleanPath(absolute) == QDir::cleanPath(standard) ? QString() : absolute);
}

} // namespace grove
