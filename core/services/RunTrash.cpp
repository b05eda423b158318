#include "core/services/RunTrash.h"

#include "core/store/RunFile.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"

namespace grove {

Status setRunInTrash(Workspace& workspace, qint64 runId, bool inTrash)
{
    RunStore store(workspace.database());
    const Status status = inTrash ? store.moveToTrash(runId) : store.restoreFromTrash(runId);
    if (!status)
        return status;
    (void)writeRunFile(workspace, runId);
    return {};
}

} // namespace grove
