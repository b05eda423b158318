// The LIBSVM reader on any bytes: no crash or read out of bounds (a byte order mark without a
// newline once made it read past its buffer), bad lines are bad input with their line and
// column, and the result does not depend on the size of the blocks the file is read in.
#include "tests/fuzz/ReaderFuzzing.h"

#include <cstdint>
#include <cstdlib>

using namespace grove;
using fuzzing::readAll;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ImportOptions options;
    options.path = fuzzing::inputFile(data, size);
    options.format = DatasetFormat::Libsvm;
    const QByteArray whole = readAll(options, qint64(size));
    const QByteArray blocks = fuzzing::withSmallBlocks("5", [&] { return readAll(options, qint64(size)); });
    if (whole != blocks)
        std::abort();
    return 0;
}
