#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/data/DatasetFiles.h"
#include "core/data/DatasetProfile.h"
#include "core/store/DatasetSnapshot.h"
#include "core/store/DatasetStore.h"


namespace grove {

class Workspace;

struct ImportResult
{
    DatasetRecord dataset;
    DatasetProfile profile;
    DatasetFormat format = DatasetFormat::Csv;
    char delimiter = ',';
    bool alreadyImported = false; // identical content was in the workspace; nothing new stored
    bool repairedSnapshot = false; // ... but its snapshot was damaged or missing and was written again
    double seconds = 0;
    // Wall time of each step in seconds, for benchmarks and --json: preview, read, profile (with
    // the column data written meanwhile), write (directory, profile, sync, rename), register.
    QList<QPair<QString, double>> stepSeconds;
    // CPU time of the whole process (all threads) in each step, in seconds.
    QList<QPair<QString, double>> stepCpuSeconds;
};

// Reads the whole file, profiles it, stores the snapshot under datasets/ and registers it.
// Identical content already in the workspace is returned instead of stored twice (its snapshot
// is verified, and written again if it is damaged or missing). On any error or interruption
// nothing is left behind.
Result<ImportResult> importDataset(Workspace& workspace, const ImportOptions& options, JobControl& control);

// Removes the dataset's record and its snapshot file.
Status deleteDataset(Workspace& workspace, qint64 id);

// "churn" for ".../churn.csv"; a name that would not be valid is prefixed with "dataset ".
QString defaultDatasetName(const QString& path);

// The same on a connection of its own to the workspace in `workspaceDirectory`, for a pool
// thread; the connection never creates or migrates the workspace.
Result<ImportResult> importDataset(const QString& workspaceDirectory, const ImportOptions& options, JobControl& control);

} // namespace grove
