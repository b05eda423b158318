#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace grove {

// The size of the blocks in which the CSV and LIBSVM readers read a file: 4 MB. Test seam:
// GROVE_READ_BLOCK_BYTES makes it smaller (at least 1), so that small test and fuzz inputs
// cross block boundaries the way large files do. Read on every call.
qint64 readBlockBytes();

// Offset of the first byte that is not part of a valid UTF-8 sequence, or nullopt.
// Pure ASCII is checked eight bytes at a time, so clean files cost almost nothing.
std::optional<std::size_t> findInvalidUtf8(const char* data, std::size_t size);

// The same, stopping also at the first NUL byte (a sign of a binary file), in the same pass.
std::optional<std::size_t> findNulOrInvalidUtf8(const char* data, std::size_t size);

// 1-based line and column (in characters) of a byte offset in a file, counted by reading
// the file up to that offset (a byte order mark at its start is not counted). Used only when
// reporting an error, so it may be slow.
struct TextPosition
{
    qint64 line = 0;
    qint64 column = 0;
};
TextPosition locateOffset(const QString& path, qint64 offset);

// A JSON object read from a file (a run configuration, a sweep definition) of at most 16 MB; an
// unreadable file and a mistake in it (placed by line and column, and by the field whose value it
// is in) are errors that say so. `cannotRead` words the first: "Cannot read the configuration
// %1: %2." (the path, the reason).
Result<QJsonObject> readJsonObjectFile(const QString& path, const QString& cannotRead);

} // namespace grove
