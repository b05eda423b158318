#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/data/DatasetPreview.h"
#include "core/data/ImportOptions.h"
#include "core/data/ParsedTable.h"

namespace grove {

// Reads the start of a CSV/TSV file: encoding, delimiter, header, a sample of rows and a type
// guess per column. Any problem in that part of the file is reported here already.
Result<DatasetPreview> previewCsv(const ImportOptions& options);

// Reads every row, in parallel, according to a preview (with the user's type choices applied).
// Numbers become float32 columns and strings dictionary codes; a column that was guessed
// numeric but turns out to hold text is read again as text. Nothing is written anywhere.
Result<ParsedTable> readCsv(const DatasetPreview& preview, int threads, const ProgressSlice& progress);

// Common checks before reading a file: exists, is a regular file, readable, not empty.
Status checkReadableFile(const QString& path);

} // namespace grove
