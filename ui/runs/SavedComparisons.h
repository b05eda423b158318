#pragma once

#include "core/common/Result.h"
#include "core/store/ComparisonStore.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace grove {

class WorkspaceController;

// The saved comparisons of the open workspace, for the Compare page: it keeps which one is shown,
// and asks before a save replaces another comparison (`confirmReplace`, given the other's name).
// Errors come out as Results; the page shows them.
class SavedComparisons : public QObject
{
    Q_OBJECT
public:
    explicit SavedComparisons(WorkspaceController* workspace, QObject* parent = nullptr);

    QStringList names() const;
    QString current() const { return m_current; } // the one shown; empty for an unsaved comparison
    void forget() { m_current.clear(); }          // the page shows other runs now
    void setCurrent(const QString& name) { m_current = name; }

    // Saves under `name`; false (and no error) when the user declined to replace another one.
    Result<bool> save(const QString& name, const QList<qint64>& runIds, const QJsonObject& view,
                      const std::function<bool(const QString& other)>& confirmReplace);
    // The comparison with the runs that still exist; it becomes the current one.
    Result<ResolvedComparison> open(const QString& name);
    Status renameCurrent(const QString& newName);
    Status removeCurrent();

private:
    Result<ComparisonStore> store() const;

    WorkspaceController* m_workspace;
    QString m_current;
};

} // namespace grove
