#pragma once

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/store/RunStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace grove {

// A comparison of runs saved under a name, to be opened again later.
struct SavedComparison
{
    QString name;
    QList<qint64> runIds; // in the order they were compared
    QJsonObject view;     // the chart and table settings, as the caller gave them
    QDateTime createdAt;  // UTC; kept when the comparison is saved again under its name
    QDateTime updatedAt;  // UTC; the last save or rename
    // When each run was created, parallel to runIds: a run deleted for good may give its id to
    // a later run, which is not the run that was saved.
    QList<QDateTime> runCreatedAt;
};

// A saved comparison as it can be shown now.
struct ResolvedComparison
{
    SavedComparison saved;
    // The saved runs that still exist, in the saved order. Runs in the trash still exist and
    // are here (their deletedAt is set), so that reopening shows what was saved.
    QList<RunRecord> runs;
    // The saved runs that were deleted for good (the trash was emptied) since.
    QList<qint64> missingRunIds;
};

// The comparisons table. Names are unique without regard to case (as dataset and experiment
// names are) and are trimmed; the view settings are opaque to the store.
class ComparisonStore
{
public:
    static constexpr int kMaxNameLength = 100;

    explicit ComparisonStore(Database& database) : m_database(database) {}

    // Empty when the name is acceptable, else why not.
    static QString validateName(const QString& name);

    struct Saved
    {
        SavedComparison comparison;
        bool replaced = false; // a comparison of that name existed and was replaced
    };
    // Saves the runs under `name`, replacing a comparison of that name (whose creation time is
    // kept; the name takes the spelling given here). Needs two or more distinct runs that exist
    // (runs in the trash do). Without `view`, a replaced comparison keeps its view settings and
    // a new one has none.
    Result<Saved> save(const QString& name, const QList<qint64>& runIds,
                       const std::optional<QJsonObject>& view = std::nullopt);

    // Every saved comparison, by name without regard to case.
    Result<QList<SavedComparison>> list();
    Result<std::optional<SavedComparison>> byName(const QString& name);
    // The saved comparison with the runs that still exist and the ids of those that do not; a
    // NotFound error when there is no comparison of that name.
    Result<ResolvedComparison> resolve(const QString& name);
    Result<ResolvedComparison> resolve(const SavedComparison& comparison);

    // A NotFound error when there is no comparison of that name. The runs are not touched.
    Status remove(const QString& name);
    // A Conflict error when another comparison has the new name; a change of case of the
    // comparison's own name is fine.
    Status rename(const QString& oldName, const QString& newName);

private:
    Result<std::optional<SavedComparison>> selectByName(const QString& name, qint64* id = nullptr);

    Database& m_database;
};

} // namespace grove
