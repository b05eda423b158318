// Automatic format detection, then the reader it chose and the profile, as an import does it:
// no crash or undefined behaviour, a file that looks like LIBSVM is read as LIBSVM, and a bad
// file is bad input with its place.
#include "core/common/JobControl.h"
#include "core/data/LibsvmReader.h"
#include "core/data/TableSummary.h"
#include "core/services/DatasetImport.h"
#include "tests/fuzz/ReaderFuzzing.h"

#include <cstdint>
#include <cstdlib>

using namespace grove;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ImportOptions options;
    options.path = fuzzing::inputFile(data, size);
    const DatasetFormat format = resolveFormat(options);
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (size < 64 * 1024 && (format == DatasetFormat::Libsvm) != looksLikeLibsvm(bytes, true))
        std::abort();
    auto preview = previewDataset(options);
    if (!preview) {
        fuzzing::checkError(preview.error(), qint64(size));
        return 0;
    }
    if (preview->format != format)
        std::abort();
    JobControl control;
    const ProgressSlice progress(control, 0, 1, QString());
    auto table = fuzzing::readPreviewed(*preview, progress);
    if (!table) {
        fuzzing::checkError(table.error(), qint64(size));
        return 0;
    }
    fuzzing::fingerprint(*table);
    if (table->rows > 0 && !summarizeTable(*table, 1, progress))
        std::abort();
    return 0;
}
