// Listing a workspace's runs for the window, on a pool thread.
#include "core/store/RunStore.h"

#include "core/store/Workspace.h"

namespace grove {

Result<RunListing> listRunsUnparsed(const QString& directory)
{
    // One query on one connection. Reading the list in parts on several threads was measured
    // slower: each thread's connection and heap touch memory of their own, and merging the
    // parts moves every record once more, which costs more than the parts save.
    auto workspace = Workspace::connect(directory);
    if (!workspace)
        return workspace.error();
    return RunStore(workspace->database()).listUnparsed();
}

} // namespace grove
