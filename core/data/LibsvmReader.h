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

// True when the start of a file looks like LIBSVM rather than CSV: its first line with data
// (after blank and comment lines) is a number followed by index:value pairs, with no CSV
// delimiter or quote. Only the shape counts: a file that looks like LIBSVM is read as LIBSVM,
// so that a bad index or value further on is reported where it is. `wholeFile` says whether
// `sample` is all of the file, so that a last line without a newline counts.
bool looksLikeLibsvm(QByteArrayView sample, bool wholeFile);

} // namespace grove
