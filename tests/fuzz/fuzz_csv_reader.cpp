// The CSV reader on any bytes: the preview and the full read never crash or read out of bounds,
// a bad file is bad input with its place in the file, every column has one cell per row, and
// the result does not depend on the size of the blocks the file is read in.
#include "tests/fuzz/ReaderFuzzing.h"

#include <cstdint>
#include <cstdlib>

using namespace grove;
using fuzzing::readAll;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ImportOptions options;
    options.path = fuzzing::inputFile(data, size);
    options.format = DatasetFormat::Csv;
    const QByteArray whole = readAll(options, qint64(size));
    const QByteArray blocks = fuzzing::withSmallBlocks("16", [&] { return readAll(options, qint64(size)); });
    if (whole != blocks)
        std::abort();
    // Without a header every record is data (one read: each read hands blocks to a thread).
    options.hasHeader = false;
    readAll(options, qint64(size));
    return 0;
}
