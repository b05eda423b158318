#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/common/Sha256.h"
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
// With `fileDigest`, every byte of the file (the header too) is added to it, in order, as the
// file is read, so that a caller who needs the file's hash does not read it a second time.
Result<ParsedTable> readCsv(const DatasetPreview& preview, int threads, const ProgressSlice& progress,
                            Sha256* fileDigest = nullptr);

// Common checks before reading a file: exists, is a regular file, readable, not empty.
Status checkReadableFile(const QString& path);

} // namespace grove
