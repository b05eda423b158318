#include "core/data/CsvReader.h"

#include "core/common/CpuDispatch.h"
#include "core/data/CsvChunk.h"
#include "core/data/CsvDetail.h"
#include "core/data/NumberParser.h"
#include "core/data/TextChecks.h"
#include "core/data/TypeInference.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <array>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace grove {

using namespace csv_detail;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::CsvReader)
};

} // namespace

// ---------------------------------------------------------------------------------------------
// Reading all rows

namespace {

enum class Storage : std::uint8_t { Number, String, Skip };

struct ColumnPlan
{
    Storage storage = Storage::Number;
    bool forced = false;         // a number column the user declared numeric: text is an error
    bool typeFromModel = false;  // ... or a model's input: the message speaks of the model
};

// A block of the file: whole records followed by zeroed padding for the number parser.
// Blocks are recycled, and come from huge pages, so that they cost few page faults.
struct Block
{
    char* bytes = nullptr; // owned by the reader's ColumnMemory
    std::size_t capacity = 0;
    std::size_t size = 0;
    const char* data() const { return bytes; }
};
constexpr std::size_t kBlockPadding = 16;
static_assert(kBlockPadding >= kNumberParserPadding);

struct WorkItem
{
    std::size_t sequence = 0;
    qint64 fileOffset = 0;
    Block block;
};

class ChunkParser
{
public:
    ChunkParser(const CsvDialect& dialect, const std::vector<ColumnPlan>& plans, const QStringList& names)
        : m_tokenizer(dialect), m_dialect(dialect), m_plans(plans), m_names(names)
    {
        m_stops[static_cast<unsigned char>(dialect.delimiter)] = true;
        m_stops['\n'] = true;
        m_stops['\r'] = true;
        m_hasStrings = std::any_of(plans.begin(), plans.end(),
                                   [](const ColumnPlan& plan) { return plan.storage == Storage::String; });
    }

    // One pass over a plain record: numbers parsed where they stand, strings unquoted and
    // without blanks at their ends. Anything else (quotes, blanks, missing markers, text in a
    // number column, a wrong field count) returns false and the record goes through the general
    // tokenizer, which handles every case; so this path changes speed only, never results.
    struct Cell
    {
        std::string_view text;
    };
    [[gnu::always_inline]] bool parsePlainRecord(const char*& pos, const char* end, const StopIndex& stops,
                                                 std::vector<Cell>& cells, float* const* numbers,
                                                 std::size_t row) const
    {
        const std::size_t columns = m_plans.size();
        const char delimiter = m_dialect.delimiter;
        const char* p = pos;
        // Numbers go straight into their row's slots; if the record turns out not to be plain,
        // the general path reads it again and writes the same slots.
        for (std::size_t c = 0; c < columns; ++c) {
            // Where the field ends comes from the index, not from reading the field, so that the
            // next field's start does not wait for this one's number.
            const char* const stop = stops.next(p);
            if (numbers[c]) {
                if (parsePlainNumberPadded(p, end, m_stops.data(), numbers[c][row]) != stop)
                    return false;
            } else {
                if (p != end && (*p == m_dialect.quote || *p == ' ' || *p == '\t'))
                    return false;
                if (stop != p && (stop[-1] == ' ' || stop[-1] == '\t'))
                    return false;
                cells[c].text = std::string_view(p, std::size_t(stop - p));
                if (m_plans[c].storage == Storage::String && isMissingMarker(cells[c].text))
                    return false;
            }
            if (c + 1 < columns) {
                if (stop == end || *stop != delimiter)
                    return false;
                p = stop + 1;
            } else if (stop == end) {
                p = stop;
            } else if (*stop == '\n') {
                p = stop + 1;
            } else if (*stop == '\r') {
                p = stop + 1;
                if (p != end && *p == '\n')
                    ++p;
            } else {
                return false;
            }
        }
        pos = p;
        return true;
    }

    GROVE_FAST_ON_NEWER_CPUS void parse(const WorkItem& item, Scratch& chunk) const
    {
        const std::size_t columns = m_plans.size();
        const char* const begin = item.block.data();
        const char* const end = begin + item.block.size;
        chunk.rows = 0;
        chunk.error.reset();
        chunk.numbers.resize(columns);
        chunk.codes.resize(columns);
        chunk.dictionaries.resize(columns);
        chunk.sawText.assign(columns, 0);

        // Byte-level problems first; a record error earlier in the chunk still wins below.
        qint64 byteErrorOffset = std::numeric_limits<qint64>::max();
        QString byteErrorMessage;
        chunk.stops.build(begin, item.block.size, m_dialect.delimiter);
        if (auto bad = chunk.stops.plainAscii() ? std::nullopt : findNulOrInvalidUtf8(begin, item.block.size)) {
            byteErrorOffset = qint64(*bad);
            byteErrorMessage = begin[*bad] == 0
                                   ? Text::tr("This file contains binary data (a NUL byte). Choose a text file.")
                                   : Text::tr("Invalid UTF-8 text here. Save the file as UTF-8, or fix the "
                                              "damaged characters.");
        }

        // Every record takes at least one byte per column (its delimiters and its end), so this
        // many rows always fit.
        const std::size_t capacity = item.block.size / std::max<std::size_t>(columns, 1) + 2;
        std::vector<float*> numbers(columns, nullptr);
        std::vector<std::uint32_t*> codes(columns, nullptr);
        for (std::size_t c = 0; c < columns; ++c) {
            if (m_plans[c].storage == Storage::Number) {
                chunk.numbers[c].ensure(capacity);
                numbers[c] = chunk.numbers[c].values.get();
            } else if (m_plans[c].storage == Storage::String) {
                chunk.codes[c].ensure(capacity);
                codes[c] = chunk.codes[c].values.get();
            }
        }

        std::vector<FieldView> fields;
        fields.reserve(columns);
        std::string scratch;
        const char* pos = begin;
        const char* errorAt = nullptr;
        auto fail = [&](const char* where, QString message) {
            const qint64 offset = where - begin;
            if (offset < byteErrorOffset)
                chunk.error = ChunkError{item.fileOffset + offset, std::move(message)};
            else
                chunk.error = ChunkError{item.fileOffset + byteErrorOffset, byteErrorMessage};
        };
        std::vector<Cell> cells(columns);
        for (;;) {
            const std::size_t row = chunk.rows;
            if (row >= capacity) // cannot happen (see above); never write past the scratch
                return fail(pos, Text::tr("Grove could not read this part of the file."));
            if (parsePlainRecord(pos, end, chunk.stops, cells, numbers.data(), row)) {
                if (m_hasStrings) {
                    for (std::size_t c = 0; c < columns; ++c) {
                        if (codes[c])
                            codes[c][row] = chunk.dictionaries[c].intern(cells[c].text);
                    }
                }
                ++chunk.rows;
                continue;
            }
            const RecordStatus status = m_tokenizer.next(pos, end, true, fields, &errorAt);
            if (status == RecordStatus::End)
                break;
            if (status == RecordStatus::Blank)
                continue;
            if (status != RecordStatus::Ok)
                return fail(errorAt, tokenizerMessage(status));
            if (fields.size() != columns) {
                const char* where = fields.size() > columns ? fields[columns].begin : fields.back().end;
                return fail(where, fieldCountMessage(qint64(fields.size()), qint64(columns)));
            }
            for (std::size_t c = 0; c < columns; ++c) {
                const FieldView& field = fields[c];
                switch (m_plans[c].storage) {
                case Storage::Number: {
                    float value = 0;
                    const CellKind kind = field.escapedQuotes
                                              ? CellKind::NotNumber
                                              : parseNumberCell(field.view(), value);
                    if (kind == CellKind::Number) {
                        numbers[c][row] = value;
                    } else {
                        if (kind == CellKind::NotNumber) {
                            if (m_plans[c].forced && m_plans[c].typeFromModel)
                                return fail(field.begin,
                                            Text::tr("Column \"%1\" holds \"%2\" where the model expects a number. "
                                                     "Fix the value, or leave the cell empty for a missing value.")
                                                .arg(m_names[qsizetype(c)], cellForDisplay(field.view())));
                            if (m_plans[c].forced) {
                                return fail(field.begin,
                                            Text::tr("Column \"%1\" is set to numeric, but \"%2\" is not "
                                               "a number. Choose another type for this column, or "
                                               "fix the value.")
                                                .arg(m_names[qsizetype(c)],
                                                     cellForDisplay(field.view())));
                            }
                            chunk.sawText[c] = 1;
                        }
                        numbers[c][row] = std::numeric_limits<float>::quiet_NaN();
                    }
                    break;
                }
                case Storage::String: {
                    std::string_view text = field.text(scratch);
                    if (!field.quoted)
                        text = trimBlanks(text);
                    codes[c][row] = isMissingMarker(text) ? kMissingCode : chunk.dictionaries[c].intern(text);
                    break;
                }
                case Storage::Skip:
                    break;
                }
            }
            ++chunk.rows;
        }
        if (byteErrorOffset != std::numeric_limits<qint64>::max())
            chunk.error = ChunkError{item.fileOffset + byteErrorOffset, byteErrorMessage};
    }

private:
    CsvTokenizer m_tokenizer;
    CsvDialect m_dialect;
    std::array<bool, 256> m_stops{};
    bool m_hasStrings = false;
    const std::vector<ColumnPlan>& m_plans;
    const QStringList& m_names;
};

// Reads the data part of the file once: one thread cuts it into blocks of whole records (and
// hashes the file's bytes into `fileDigest`, when given), the workers parse blocks into chunks.
// Returns the chunks in file order.
Result<std::vector<Chunk>> parseBody(const DatasetPreview& preview, const std::vector<ColumnPlan>& plans,
                                     const QStringList& names, int threads, ColumnMemory& memory,
                                     const ProgressSlice& progress, Sha256* fileDigest)
{
    QFile file(preview.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Text::tr("Cannot read %1: %2.").arg(preview.path, file.errorString()));
    if (fileDigest) {
        const QByteArray header = file.read(preview.dataOffset);
        if (header.size() != preview.dataOffset)
            return Error::io(Text::tr("Cannot read %1: %2.").arg(preview.path, file.errorString()));
        fileDigest->addData(header);
    }
    if (!file.seek(preview.dataOffset))
        return Error::io(Text::tr("Cannot read %1: %2.").arg(preview.path, file.errorString()));

    const ChunkParser parser(preview.dialect, plans, names);
    std::mutex mutex;
    std::condition_variable queueChanged;
    std::deque<WorkItem> queue;
    bool producerDone = false;
    std::atomic<bool> stop{false};
    std::vector<std::unique_ptr<Chunk>> results;

    ColumnMemory blockMemory;
    std::vector<Block> pool;
    auto acquire = [&](std::size_t minimum) {
        std::lock_guard lock(mutex);
        for (auto it = pool.begin(); it != pool.end(); ++it) {
            if (it->capacity >= minimum) {
                Block block = std::move(*it);
                pool.erase(it);
                return block;
            }
        }
        Block block;
        block.capacity = minimum;
        block.bytes = blockMemory.allocate<char>(minimum + kBlockPadding).data();
        return block;
    };

    auto worker = [&] {
        Scratch scratch;
        for (;;) {
            WorkItem item;
            {
                std::unique_lock lock(mutex);
                queueChanged.wait(lock, [&] { return !queue.empty() || producerDone; });
                if (queue.empty())
                    return;
                item = std::move(queue.front());
                queue.pop_front();
            }
            queueChanged.notify_all();
            auto chunk = std::make_unique<Chunk>();
            if (!progress.cancelled()) {
                parser.parse(item, scratch);
                *chunk = keepChunk(scratch, memory);
            }
            if (chunk->error)
                stop = true;
            std::lock_guard lock(mutex);
            if (results.size() <= item.sequence)
                results.resize(item.sequence + 1);
            results[item.sequence] = std::move(chunk);
            pool.push_back(std::move(item.block));
        }
    };
    const int workerCount = std::max(1, threads);
    std::vector<std::thread> workers;
    for (int i = 0; i < workerCount; ++i)
        workers.emplace_back(worker);

    QString readError;
    std::vector<char> carry;
    qint64 carryOffset = preview.dataOffset;
    std::size_t sequence = 0;
    const qint64 total = std::max<qint64>(1, preview.fileSize - preview.dataOffset);
    // No bigger than the file, so that a small file costs no 4 MB block.
    const qint64 baseBlockBytes = std::min(readBlockBytes(), total + 1);
    qint64 blockBytes = baseBlockBytes;
    for (;;) {
        if (stop || progress.cancelled())
            break;
        Block block = acquire(std::max<std::size_t>(carry.size() + std::size_t(blockBytes),
                                                    std::size_t(baseBlockBytes) + (64 << 10)));
        if (!carry.empty()) // an empty vector's data() may be null, and memcpy must not see it
            std::memcpy(block.bytes, carry.data(), carry.size());
        const qint64 got = file.read(block.bytes + carry.size(), blockBytes);
        if (got < 0) {
            readError = file.errorString();
            break;
        }
        if (fileDigest)
            fileDigest->addData(block.bytes + carry.size(), std::size_t(got));
        block.size = carry.size() + std::size_t(got);
        std::memset(block.bytes + block.size, 0, kBlockPadding);
        const bool atEof = got < blockBytes || file.atEnd();
        const char* begin = block.data();
        const char* cut = atEof ? begin + block.size
                                : lastRecordBoundary(begin, begin + block.size, preview.dialect);
        if (cut == begin && !atEof) {
            // One record longer than the block: read more before cutting.
            carry.assign(begin, begin + block.size);
            blockBytes *= 2;
            std::lock_guard lock(mutex);
            pool.push_back(std::move(block));
            continue;
        }
        blockBytes = baseBlockBytes;
        const auto used = std::size_t(cut - begin);
        carry.assign(cut, begin + block.size);
        block.size = used;
        std::memset(block.bytes + used, 0, kBlockPadding);
        WorkItem item{sequence++, carryOffset, std::move(block)};
        carryOffset += qint64(used);
        {
            std::unique_lock lock(mutex);
            queueChanged.wait(lock, [&] { return queue.size() < std::size_t(workerCount) || stop; });
            queue.push_back(std::move(item));
        }
        queueChanged.notify_all();
        progress.report(double(carryOffset - preview.dataOffset) / double(total));
        if (atEof)
            break;
    }
    {
        std::lock_guard lock(mutex);
        producerDone = true;
    }
    queueChanged.notify_all();
    for (auto& thread : workers)
        thread.join();

    if (!readError.isEmpty())
        return Error::io(Text::tr("Reading %1 failed: %2.").arg(preview.path, readError));
    if (progress.cancelled())
        return Error::cancelled();
    const ChunkError* first = nullptr;
    for (const auto& chunk : results) {
        if (chunk && chunk->error && (!first || chunk->error->offset < first->offset))
            first = &*chunk->error;
    }
    if (first)
        return fileError(preview.path, first->message, first->offset);
    std::vector<Chunk> chunks;
    chunks.reserve(results.size());
    for (auto& chunk : results)
        chunks.push_back(std::move(*chunk));
    return chunks;
}

// Merges the chunk dictionaries of one string column into one, in order of first appearance,
// and renumbers the chunk codes.
void mergeStrings(std::vector<Chunk>& chunks, std::size_t column, ParsedColumn& out)
{
    out.codes.reserve(chunks.size());
    std::vector<std::uint32_t> remap;
    for (Chunk& chunk : chunks) {
        const StringDictionary& local = chunk.dictionaries[column];
        remap.resize(local.size());
        for (std::uint32_t code = 0; code < local.size(); ++code)
            remap[code] = out.dictionary.intern(local.at(code));
        ColumnPart<std::uint32_t>& codes = chunk.codes[column];
        for (auto& code : codes) {
            if (code != kMissingCode)
                code = remap[code];
        }
        out.codes.push_back(std::move(codes));
        chunk.dictionaries[column] = StringDictionary();
    }
}

} // namespace

Result<ParsedTable> readCsv(const DatasetPreview& preview, int threads, const ProgressSlice& progress,
                            Sha256* fileDigest)
{
    QStringList names;
    std::vector<ColumnPlan> plans;
    for (const ColumnGuess& guess : preview.columns) {
        names << guess.name;
        // A column Grove guessed numeric from the sample may still hold text further down and
        // is then read again as text; one the user set to numeric must hold numbers only.
        const bool numeric = guess.type == ColumnType::Numeric;
        plans.push_back({numeric ? Storage::Number : Storage::String,
                         numeric && guess.inferredType != ColumnType::Numeric, preview.typesFromModel});
    }

    const int workerCount = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    ParsedTable table;
    table.memory = std::make_shared<ColumnMemory>();
    auto parsed = parseBody(preview, plans, names, workerCount, *table.memory, progress, fileDigest);
    if (!parsed)
        return parsed.error();
    std::vector<Chunk>& chunks = parsed.value();

    for (const Chunk& chunk : chunks)
        table.rows += chunk.rows;
    table.columns.resize(plans.size());

    std::vector<ColumnPlan> retry(plans.size(), ColumnPlan{Storage::Skip, false, false});
    bool needsRetry = false;
    for (std::size_t c = 0; c < plans.size(); ++c) {
        ParsedColumn& column = table.columns[c];
        column.name = names[qsizetype(c)];
        const ColumnGuess& guess = preview.columns[qsizetype(c)];
        if (guess.type != guess.inferredType)
            column.forcedType = guess.type;
        if (plans[c].storage == Storage::Number) {
            const bool sawText = std::any_of(chunks.begin(), chunks.end(),
                                             [c](const Chunk& chunk) { return chunk.sawText[c]; });
            if (sawText) {
                retry[c].storage = Storage::String;
                needsRetry = true;
                continue;
            }
            column.numeric = true;
            column.numbers.reserve(chunks.size());
            for (Chunk& chunk : chunks)
                column.numbers.push_back(std::move(chunk.numbers[c]));
        } else {
            column.numeric = false;
            column.type = guess.type;
            mergeStrings(chunks, c, column);
        }
    }
    chunks.clear();

    if (needsRetry) {
        // Columns that looked numeric in the sample but hold text further down: read them
        // again, this time keeping their text.
        const ProgressSlice rereading(progress.control(), 0, 1,
                                      Text::tr("Reading text columns again"));
        auto again = parseBody(preview, retry, names, workerCount, *table.memory, rereading, nullptr);
        if (!again)
            return again.error();
        for (std::size_t c = 0; c < retry.size(); ++c) {
            if (retry[c].storage != Storage::String)
                continue;
            table.columns[c].numeric = false;
            mergeStrings(again.value(), c, table.columns[c]);
        }
    }
    return table;
}

} // namespace grove
