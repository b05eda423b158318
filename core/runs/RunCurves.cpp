#include "core/runs/RunCurves.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace grove {

Result<std::vector<StoredSeries>> loadRunCurves(RunStore& store, qint64 runId)
{
    auto history = store.history(runId);
    if (!history)
        return history.error();
    std::stable_sort(history->begin(), history->end(), [](const StoredSeries& a, const StoredSeries& b) {
        return std::pair(a.fold >= 0, a.split != u"train"_s) < std::pair(b.fold >= 0, b.split != u"train"_s);
    });
    return std::move(*history);
}

} // namespace grove
