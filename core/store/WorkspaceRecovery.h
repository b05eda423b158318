#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace grove {

// Rebuilds a workspace's grove.db from its folders after the database was lost, emptied or
// damaged: the datasets from their snapshots (datasets/<sha256>.gds), the runs from the records
// they keep (runs/<id>/run.json) and the sweeps from theirs (sweeps/<id>.json and
// <id>.trials.jsonl). See grove-cli recover.
struct RecoveryOptions
{
    // Also when grove.db still opens and passes SQLite's checks (it is kept aside all the same).
    bool replaceUsableDatabase = false;
};

struct RecoveredDataset
{
    qint64 id = 0;
    QString name;
    QString contentHash;
    bool nameFromRuns = false; // false: the name was made up ("recovered-<hash>")
};

struct RecoveryReport
{
    QString directory;
    QString keptDatabase; // where the previous grove.db was moved; empty when there was none
    QList<RecoveredDataset> datasets;
    QList<qint64> runs;
    QList<qint64> interruptedRuns; // not ended when their record was last saved
    QList<qint64> sweeps;
    QStringList problems;          // what could not be recovered, and why (one sentence each)
};

// Refuses (Conflict) to replace a database that is usable unless told to; never deletes one: the
// previous grove.db (with its -wal and -shm files) is renamed to grove.db.damaged-<UTC time>.
// The new database is built beside it and put in place only when complete.
Result<RecoveryReport> recoverWorkspace(const QString& directory, const RecoveryOptions& options = {});

} // namespace grove
