#include "ui/runs/SavedComparisons.h"

#include "core/store/Workspace.h"
#include "ui/workspace/WorkspaceController.h"

namespace grove {

SavedComparisons::SavedComparisons(WorkspaceController* workspace, QObject* parent)
    : QObject(parent), m_workspace(workspace)
{
    // Saved names belong to one workspace.
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, [this] { m_current.clear(); });
}

Result<ComparisonStore> SavedComparisons::store() const
{
    Workspace* workspace = m_workspace->workspace();
    if (!workspace)
        return Error::notFound(tr("No workspace is open."));
    return ComparisonStore(workspace->database());
}

QStringList SavedComparisons::names() const
{
    QStringList names;
    auto comparisons = store();
    if (auto saved = comparisons ? comparisons->list() : Result<QList<SavedComparison>>(comparisons.error())) {
        for (const SavedComparison& comparison : *saved)
            names << comparison.name;
    }
    return names;
}

Result<bool> SavedComparisons::save(const QString& name, const QList<qint64>& runIds, const QJsonObject& view,
                                    const std::function<bool(const QString&)>& confirmReplace)
{
    if (const QString problem = ComparisonStore::validateName(name); !problem.isEmpty())
        return Error::badInput(problem);
    auto comparisons = store();
    if (!comparisons)
        return comparisons.error();
    auto existing = comparisons->byName(name);
    if (!existing)
        return existing.error();
    if (existing->has_value() && (*existing)->name.compare(m_current, Qt::CaseInsensitive) != 0 &&
        !confirmReplace((*existing)->name))
        return false;
    auto saved = comparisons->save(name, runIds, view);
    if (!saved)
        return saved.error();
    m_current = saved->comparison.name;
    return true;
}

Result<ResolvedComparison> SavedComparisons::open(const QString& name)
{
    auto comparisons = store();
    if (!comparisons)
        return comparisons.error();
    auto resolved = comparisons->resolve(name);
    if (resolved)
        m_current = resolved->saved.name;
    return resolved;
}

Status SavedComparisons::renameCurrent(const QString& newName)
{
    auto comparisons = store();
    if (!comparisons)
        return comparisons.error();
    if (auto status = comparisons->rename(m_current, newName); !status)
        return status;
    m_current = newName.trimmed();
    return {};
}

Status SavedComparisons::removeCurrent()
{
    auto comparisons = store();
    if (!comparisons)
        return comparisons.error();
    if (auto status = comparisons->remove(m_current); !status)
        return status;
    m_current.clear();
    return {};
}

} // namespace grove
