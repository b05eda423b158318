#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/data/DatasetPreview.h"
#include "core/data/ImportOptions.h"
#include "core/data/ParsedTable.h"

#include <QByteArrayView>

namespace grove {

// LIBSVM / SVMlight text: "label [qid:N] index:value index:value ... [# comment]" per line.
// The table gets a numeric "label" column, a "qid" column when any line has one, and one
// numeric column "f<index>" per feature index used, in index order. A feature absent from a
// line is missing there, as XGBoost reads such files.
Result<DatasetPreview> previewLibsvm(const ImportOptions& options);
Result<ParsedTable> readLibsvm(const DatasetPreview& preview, const ProgressSlice& progress);

// True when the first non-comment lines of `sample` look like LIBSVM rather than CSV.
bool looksLikeLibsvm(QByteArrayView sample);

} // namespace grove
