#pragma once

#include "core/data/DatasetProfile.h"
#include "core/data/ParsedTable.h"
#include "core/data/TypeInference.h"

#include <vector>

namespace grove {

// The statistics of a numeric column over all its values: missing and infinite counts, distinct
// values (exact up to 65,536, then a HyperLogLog estimate), mean and standard deviation, exact
// quartiles (interpolated as numpy.percentile does by default) and a histogram. Fills the
// numeric fields of `profile` and what type inference needs in `observation`.
void summarizeNumbers(const std::vector<ColumnPart<float>>& parts, qint64 rows, ColumnProfile& profile,
                      ColumnObservation& observation);

} // namespace grove
