#pragma once

#include "core/common/Result.h"
#include "core/store/RunStore.h"

#include <vector>

namespace grove {

// A run's stored learning curves, one series per metric, split and fold, in the order a legend
// reads: training before validation, the final model before the folds. The run page and
// `grove-cli show` read them through here.
Result<std::vector<StoredSeries>> loadRunCurves(RunStore& store, qint64 runId);

} // namespace grove
