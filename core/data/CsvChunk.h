#pragma once

// Where the CSV reader's workers put the values of one block (CsvReader.cpp): a reused scratch
// while a block is parsed, then a chunk of exact-size parts in the table's memory.
// Not part of the public API.

#include "core/data/ColumnMemory.h"
#include "core/data/ParsedTable.h"
#include "core/data/StopIndex.h"

#include <QString>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <span>
#include <vector>

namespace grove::csv_detail {

struct ChunkError
{
    qint64 offset = std::numeric_limits<qint64>::max();
    QString message;
};

// One column of a worker's scratch: room for a value per row of the largest block. Every row
// writes exactly one value to each kept column, so a row's values go to index `rows` and a row
// that is abandoned halfway is simply overwritten by the next attempt.
template <typename T>
struct ScratchColumn
{
    std::unique_ptr<T[]> values; // uninitialised: pages are touched only as rows arrive
    std::size_t capacity = 0;

    void ensure(std::size_t rows)
    {
        if (capacity < rows) {
            values.reset(new T[rows]);
            capacity = rows;
        }
    }
};

// What a worker parses one block into. Each worker keeps one and reuses it, so that its memory
// is warm; the values are then copied, in exact sizes, into the table's memory.
struct Scratch
{
    std::size_t rows = 0;
    std::vector<ScratchColumn<float>> numbers;
    std::vector<ScratchColumn<std::uint32_t>> codes;
    std::vector<StringDictionary> dictionaries;
    std::vector<std::uint8_t> sawText; // per column: a Number column met a non-number
    std::optional<ChunkError> error;
    StopIndex stops; // of the block being parsed
};

// One block's rows, as kept.
struct Chunk
{
    qint64 rows = 0;
    std::vector<ColumnPart<float>> numbers;
    std::vector<ColumnPart<std::uint32_t>> codes;
    std::vector<StringDictionary> dictionaries;
    std::vector<std::uint8_t> sawText;
    std::optional<ChunkError> error;
};

template <typename T>
inline std::vector<ColumnPart<T>> keepParts(const std::vector<ScratchColumn<T>>& scratch, std::size_t rows,
                                     ColumnMemory& memory)
{
    std::size_t kept = 0;
    for (const auto& column : scratch)
        kept += column.capacity > 0;
    std::vector<ColumnPart<T>> parts(scratch.size());
    if (kept == 0 || rows == 0)
        return parts;
    if (rows > std::numeric_limits<std::ptrdiff_t>::max() / sizeof(T) / kept)
        throw std::bad_alloc(); // cannot happen: rows fit in a block
    const std::span<T> room = memory.allocate<T>(kept * rows);
    std::size_t offset = 0;
    for (std::size_t c = 0; c < scratch.size(); ++c) {
        if (scratch[c].capacity == 0)
            continue;
        std::copy_n(scratch[c].values.get(), rows, room.data() + offset);
        parts[c] = ColumnPart<T>::view(room.subspan(offset, rows));
        offset += rows;
    }
    return parts;
}

inline Chunk keepChunk(Scratch& scratch, ColumnMemory& memory)
{
    Chunk chunk;
    chunk.rows = qint64(scratch.rows);
    chunk.sawText = scratch.sawText;
    chunk.error = std::move(scratch.error);
    if (!chunk.error) {
        chunk.numbers = keepParts(scratch.numbers, scratch.rows, memory);
        chunk.codes = keepParts(scratch.codes, scratch.rows, memory);
        chunk.dictionaries = std::move(scratch.dictionaries);
    }
    scratch.dictionaries.clear();
    scratch.error.reset();
    scratch.rows = 0;
    return chunk;
}

} // namespace grove::csv_detail
