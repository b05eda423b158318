#include "core/store/DatasetSnapshot.h"

#include "core/common/SafeText.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::DatasetImport)
};

// Says which dataset a snapshot problem is about, and where its source file was.
Error aboutDataset(Error error, const DatasetRecord& dataset)
{
    error.message = Text::tr("Dataset \"%1\" (imported from %2): %3")
                        .arg(escapeUnsafeText(dataset.name), escapeUnsafeText(dataset.sourcePath), error.message);
    return error;
}

} // namespace

Result<Snapshot> openSnapshot(const Workspace& workspace, const DatasetRecord& dataset)
{
    const QString path = QDir(workspace.datasetsDirectory()).filePath(dataset.snapshot);
    auto snapshot = Snapshot::open(path);
    if (!snapshot)
        return aboutDataset(snapshot.error(), dataset);
    if (snapshot->contentHash() != dataset.contentHash)
        return aboutDataset(Error::io(Text::tr("the dataset snapshot %1 holds other data (content %2) than was "
                                               "imported (content %3). Import the dataset again from its source "
                                               "file to repair it.")
                                          .arg(path, snapshot->contentHash().left(12), dataset.contentHash.left(12))),
                            dataset);
    return snapshot;
}

Result<Snapshot> openVerifiedSnapshot(const Workspace& workspace, const DatasetRecord& dataset)
{
    auto snapshot = openSnapshot(workspace, dataset);
    if (!snapshot)
        return snapshot;
    if (auto status = snapshot->verify(); !status)
        return aboutDataset(status.error(), dataset);
    return snapshot;
}

Result<DatasetProfile> loadDatasetProfile(const QString& workspaceDirectory, qint64 datasetId)
{
    auto workspace = Workspace::connect(workspaceDirectory, Workspace::Access::ReadIfLocked);
    if (!workspace)
        return workspace.error();
    auto record = DatasetStore(workspace->database()).find(QString::number(datasetId));
    if (!record)
        return record.error();
    auto snapshot = openSnapshot(*workspace, *record);
    if (!snapshot)
        return snapshot.error();
    return snapshot->profile();
}

} // namespace grove
