#pragma once

#include "core/common/Result.h"
#include "core/data/DatasetPreview.h"
#include "core/data/ImportOptions.h"

namespace grove {

// The format a file will be read as: the explicit choice, else the extension (.csv, .tsv/.tab,
// .svm/.libsvm/.svmlight), else a look at its first lines.
DatasetFormat resolveFormat(const ImportOptions& options);

// A look at the start of a file, with Grove's type guesses; stores nothing.
Result<DatasetPreview> previewDataset(const ImportOptions& options);

} // namespace grove
