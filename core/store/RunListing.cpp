// Listing a workspace's runs for the window, in two halves on two threads for a long list.
#include "core/store/RunStore.h"

#include "core/store/Workspace.h"

#include <iterator>
#include <limits>
#include <thread>

namespace grove {

Result<RunListing> listRunsUnparsed(const QString& directory, qint64 splitFrom)
{
    auto workspace = Workspace::connect(directory);
    if (!workspace)
        return workspace.error();
    RunStore store(workspace->database());
    auto middle = store.middleRunId(splitFrom);
    if (!middle)
        return middle.error();
    // A short list, or one core: one query.
    if (!*middle || std::thread::hardware_concurrency() < 2)
        return store.listUnparsed();
    // The later half on a second thread with its own connection, the earlier half here.
    Result<RunListing> later = Error::io(QString());
    std::thread helper([&] {
        auto connection = Workspace::connect(directory);
        later = connection ? RunStore(connection->database()).listUnparsed(**middle, std::numeric_limits<qint64>::max())
                           : Result<RunListing>(connection.error());
    });
    auto earlier = store.listUnparsed(0, **middle - 1);
    helper.join();
    if (!earlier)
        return earlier.error();
    if (!later)
        return later.error();
    RunListing listing = std::move(*earlier);
    listing.runs.append(std::move(later->runs));
    listing.documents.insert(listing.documents.end(), std::make_move_iterator(later->documents.begin()),
                             std::make_move_iterator(later->documents.end()));
    listing.fingerprints.insert(later->fingerprints);
    return listing;
}

} // namespace grove
