#pragma once

#include "core/common/Result.h"
#include "core/data/Snapshot.h"
#include "core/store/DatasetStore.h"

namespace grove {

class Workspace;

// The dataset's snapshot, with its structure checked (Snapshot::open) and holding the content
// the dataset was registered with. Cheap: the column data is not read.
Result<Snapshot> openSnapshot(const Workspace& workspace, const DatasetRecord& dataset);
// The same, and every column digest and the content hash recomputed (Snapshot::verify), for data
// about to be trusted: training, validation, reproduction. Reads the whole file.
Result<Snapshot> openVerifiedSnapshot(const Workspace& workspace, const DatasetRecord& dataset);

// The column profile of a registered dataset, with a connection of its own (Workspace::connect):
// what the dataset page and the New Run dialog load in the background.
Result<DatasetProfile> loadDatasetProfile(const QString& workspaceDirectory, qint64 datasetId);

} // namespace grove
