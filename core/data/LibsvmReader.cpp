#include "core/data/LibsvmReader.h"

#include "core/data/CsvReader.h"
#include "core/data/NumberParser.h"
#include "core/data/TextChecks.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr qint64 kMaxCells = qint64(1) << 31; // dense float32 cells: 8 GB
constexpr int kPreviewRows = 100;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::LibsvmReader)
};

struct Entry
{
    std::uint32_t index;
    float value;
};

struct Line
{
    double label = 0;
    bool hasQid = false;
    double qid = 0;
    std::vector<Entry> entries;
};

inline bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Parses one line (without its newline). Returns false with `errorAt`/`message` on bad input;
// `blank` is set for empty and comment-only lines.
bool parseLine(std::string_view line, Line& out, bool& blank, const char*& errorAt, QString& message)
{
    if (const auto hash = line.find('#'); hash != std::string_view::npos)
        line = line.substr(0, hash);
    out.entries.clear();
    out.hasQid = false;
    std::size_t i = 0;
    auto skipSpaces = [&] {
        while (i < line.size() && isSpace(line[i]))
            ++i;
    };
    auto token = [&] {
        const std::size_t start = i;
        while (i < line.size() && !isSpace(line[i]))
            ++i;
        return line.substr(start, i - start);
    };
    skipSpaces();
    if (i == line.size()) {
        blank = true;
        return true;
    }
    blank = false;
    const std::string_view label = token();
    if (parseNumberCell(label, out.label) != CellKind::Number) {
        errorAt = label.data();
        message = Text::tr("The label \"%1\" is not a number. Each LIBSVM line starts with a numeric "
                     "label, followed by index:value pairs.")
                      .arg(QString::fromUtf8(label.data(), qsizetype(label.size())));
        return false;
    }
    std::uint32_t previous = 0;
    bool first = true;
    for (;;) {
        skipSpaces();
        if (i == line.size())
            return true;
        const std::string_view pair = token();
        const auto colon = pair.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon + 1 == pair.size()) {
            errorAt = pair.data();
            message = Text::tr("Expected index:value here but found \"%1\".")
                          .arg(QString::fromUtf8(pair.data(), qsizetype(pair.size())));
            return false;
        }
        const std::string_view key = pair.substr(0, colon);
        const std::string_view valueText = pair.substr(colon + 1);
        if (key == "qid") {
            if (parseNumberCell(valueText, out.qid) != CellKind::Number) {
                errorAt = valueText.data();
                message = Text::tr("The query id \"%1\" is not a number.")
                              .arg(QString::fromUtf8(valueText.data(), qsizetype(valueText.size())));
                return false;
            }
            out.hasQid = true;
            continue;
        }
        std::uint32_t index = 0;
        const auto parsed = std::from_chars(key.data(), key.data() + key.size(), index);
        if (parsed.ec != std::errc() || parsed.ptr != key.data() + key.size() || index > 10'000'000) {
            errorAt = key.data();
            message = Text::tr("The feature index \"%1\" is not a whole number between 0 and 10,000,000.")
                          .arg(QString::fromUtf8(key.data(), qsizetype(key.size())));
            return false;
        }
        if (!first && index <= previous) {
            errorAt = key.data();
            message = Text::tr("Feature indices must increase along a line; %1 follows %2.")
                          .arg(index)
                          .arg(previous);
            return false;
        }
        float value = 0;
        const CellKind kind = parseNumberCell(valueText, value);
        if (kind == CellKind::NotNumber) {
            errorAt = valueText.data();
            message = Text::tr("The value \"%1\" is not a number.")
                          .arg(QString::fromUtf8(valueText.data(), qsizetype(valueText.size())));
            return false;
        }
        if (kind == CellKind::Missing)
            value = std::numeric_limits<float>::quiet_NaN();
        out.entries.push_back({index, value});
        previous = index;
        first = false;
    }
}

Error lineError(const QString& path, qint64 offset, const QString& message)
{
    Error error = Error::badInput(message);
    error.file = path;
    const TextPosition position = locateOffset(path, offset);
    error.line = position.line;
    error.column = position.column;
    return error;
}

// Streams the lines of a file in blocks; calls `handle(line, fileOffset)` for each.
template <typename Handler>
Status forEachLine(const QString& path, qint64 limitLines, const ProgressSlice* progress, Handler handle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Text::tr("Cannot open %1: %2.").arg(path, file.errorString()));
    const qint64 total = std::max<qint64>(1, file.size());
    // A byte order mark is not part of the first line. It is skipped in the file, not in the
    // buffer, so that every block starts at a line and the first one may be as long as any.
    qint64 bufferOffset = 0;
    if (file.peek(3).startsWith("\xEF\xBB\xBF") && file.skip(3) == 3)
        bufferOffset = 3;
    // No bigger than the file: a small file costs no 4 MB buffer (it is zero-filled).
    const qint64 blockBytes = std::min(readBlockBytes(), total - bufferOffset + 1);
    std::vector<char> buffer;
    qint64 lines = 0;
    for (;;) {
        if (progress && progress->cancelled())
            return Error::cancelled();
        const std::size_t kept = buffer.size();
        buffer.resize(kept + std::size_t(blockBytes));
        const qint64 got = file.read(buffer.data() + kept, blockBytes);
        if (got < 0)
            return Error::io(Text::tr("Reading %1 failed: %2.").arg(path, file.errorString()));
        buffer.resize(kept + std::size_t(got));
        const bool atEof = got == 0;
        // A NUL byte or invalid UTF-8 is reported for the line that holds it, unless an earlier
        // line has an error: the same answer whatever the block size. The first such byte in
        // [0, limit), or max() when there is none:
        QString badMessage;
        auto firstBadByte = [&](std::size_t limit) {
            std::size_t bad = std::numeric_limits<std::size_t>::max();
            if (const void* nul = std::memchr(buffer.data(), 0, limit)) {
                bad = std::size_t(static_cast<const char*>(nul) - buffer.data());
                badMessage = Text::tr("This file contains binary data (a NUL byte). Choose a text file.");
            }
            if (auto invalid = findInvalidUtf8(buffer.data(), std::min(bad, limit))) {
                bad = *invalid;
                badMessage = Text::tr("Invalid UTF-8 text here. Save the file as UTF-8.");
            }
            return bad;
        };
        // Only whole lines are handled; the rest waits for the next block (or the end of the file).
        std::size_t end = buffer.size();
        if (!atEof) {
            const void* lastNewline = memrchr(buffer.data() + kept, '\n', buffer.size() - kept);
            if (!lastNewline) {
                // A line longer than the block: read on, unless it is binary. All of the buffer
                // is this one line, so its first bad byte up to the NUL is the first problem.
                if (const void* nul = std::memchr(buffer.data() + kept, 0, buffer.size() - kept)) {
                    const auto limit = std::size_t(static_cast<const char*>(nul) - buffer.data()) + 1;
                    return lineError(path, bufferOffset + qint64(firstBadByte(limit)), badMessage);
                }
                continue;
            }
            end = std::size_t(static_cast<const char*>(lastNewline) - buffer.data()) + 1;
        }
        const std::size_t bad = firstBadByte(end);
        for (std::size_t start = 0; start < end;) {
            const char* lineStart = buffer.data() + start;
            const void* newline = std::memchr(lineStart, '\n', end - start);
            const std::size_t length = newline ? std::size_t(static_cast<const char*>(newline) - lineStart)
                                               : end - start;
            if (bad <= start + length)
                return lineError(path, bufferOffset + qint64(bad), badMessage);
            const qint64 offset = bufferOffset + qint64(start);
            if (auto status = handle(std::string_view(lineStart, length), offset, lineStart); !status)
                return status;
            start += length + 1;
            if (limitLines > 0 && ++lines >= limitLines)
                return {};
        }
        if (atEof)
            return {};
        buffer.erase(buffer.begin(), buffer.begin() + std::ptrdiff_t(end));
        bufferOffset += qint64(end);
        if (progress)
            progress->report(double(bufferOffset) / double(total));
    }
}

struct Collected
{
    qint64 rows = 0;
    bool hasQid = false;
    std::vector<double> labels;
    std::vector<double> qids;
    std::vector<std::uint64_t> rowEnds; // into entries
    std::vector<Entry> entries;
    std::map<std::uint32_t, qint64> featureCounts;
};

Status collect(const QString& path, qint64 limitLines, const ProgressSlice* progress, Collected& out)
{
    Line line;
    return forEachLine(path, limitLines, progress,
                       [&](std::string_view text, qint64 offset, const char* base) -> Status {
                           bool blank = false;
                           const char* errorAt = nullptr;
                           QString message;
                           if (!parseLine(text, line, blank, errorAt, message))
                               return lineError(path, offset + (errorAt - base), message);
                           if (blank)
                               return {};
                           out.labels.push_back(line.label);
                           out.qids.push_back(line.hasQid ? line.qid : std::nan(""));
                           out.hasQid = out.hasQid || line.hasQid;
                           for (const Entry& entry : line.entries) {
                               out.entries.push_back(entry);
                               ++out.featureCounts[entry.index];
                           }
                           out.rowEnds.push_back(out.entries.size());
                           ++out.rows;
                           return {};
                       });
}

QStringList columnNames(const Collected& data)
{
    QStringList names{u"label"_s};
    if (data.hasQid)
        names << u"qid"_s;
    for (const auto& [index, count] : data.featureCounts)
        names << u"f%1"_s.arg(index);
    return names;
}

QString displayNumber(double value)
{
    return std::isnan(value) ? QString() : QString::number(value, 'g', 9);
}

} // namespace

bool looksLikeLibsvm(QByteArrayView sample, bool wholeFile)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        sample = sample.sliced(3);
    // The first line with data decides. Whether its indices and values are valid is for the
    // reader to say, with the line and column of the problem, rather than for detection to
    // quietly pass the file to the CSV reader.
    while (!sample.isEmpty()) {
        const qsizetype newline = sample.indexOf('\n');
        std::string_view line(sample.data(), std::size_t(newline < 0 ? sample.size() : newline));
        sample = newline < 0 ? QByteArrayView() : sample.sliced(newline + 1);
        if (newline < 0 && !wholeFile) {
            // The sample ends inside a long line: its last token may be cut short.
            const auto lastSpace = line.find_last_of(" \t");
            line = line.substr(0, lastSpace == std::string_view::npos ? 0 : lastSpace);
        }
        if (const auto hash = line.find('#'); hash != std::string_view::npos)
            line = line.substr(0, hash);
        std::size_t i = 0;
        auto token = [&] {
            while (i < line.size() && isSpace(line[i]))
                ++i;
            const std::size_t start = i;
            while (i < line.size() && !isSpace(line[i]))
                ++i;
            return line.substr(start, i - start);
        };
        const std::string_view label = token();
        if (label.empty())
            continue; // blank or comment only
        // A CSV delimiter or quote never occurs in a LIBSVM line (outside its comment).
        if (line.find_first_of(",;|\"") != std::string_view::npos)
            return false;
        double number = 0;
        if (parseNumberCell(label, number) != CellKind::Number)
            return false;
        for (std::string_view pair = token(); !pair.empty(); pair = token()) {
            if (pair.find(':') != std::string_view::npos)
                return true;
        }
        return false; // a lone number: a one-column CSV file
    }
    return false;
}

Result<DatasetPreview> previewLibsvm(const ImportOptions& options)
{
    if (auto status = checkReadableFile(options.path); !status)
        return status.error();
    if (!options.typeOverrides.isEmpty())
        return Error::badInput(Text::tr("Column types cannot be changed for LIBSVM files: every column "
                                  "is numeric."));
    Collected data;
    if (auto status = collect(options.path, kPreviewRows, nullptr, data); !status)
        return status.error();
    if (data.rows == 0) {
        Error error = Error::badInput(Text::tr("This file has no lines with data."));
        error.file = options.path;
        return error;
    }
    DatasetPreview preview;
    preview.path = options.path;
    preview.format = DatasetFormat::Libsvm;
    preview.fileSize = QFileInfo(options.path).size();
    preview.sampledRows = data.rows;
    const QStringList names = columnNames(data);
    for (const QString& name : names) {
        ColumnGuess guess;
        guess.name = name;
        preview.columns << guess;
    }
    preview.columns.front().hints << u"target_candidate"_s;
    std::vector<std::uint32_t> indices;
    for (const auto& [index, count] : data.featureCounts)
        indices.push_back(index);
    std::uint64_t entryStart = 0;
    for (qint64 r = 0; r < data.rows; ++r) {
        QStringList row{displayNumber(data.labels[std::size_t(r)])};
        if (data.hasQid)
            row << displayNumber(data.qids[std::size_t(r)]);
        QStringList features(qsizetype(indices.size()));
        for (std::uint64_t e = entryStart; e < data.rowEnds[std::size_t(r)]; ++e) {
            const auto at = std::lower_bound(indices.begin(), indices.end(), data.entries[e].index);
            features[qsizetype(at - indices.begin())] = displayNumber(data.entries[e].value);
        }
        entryStart = data.rowEnds[std::size_t(r)];
        preview.rows << (row + features);
    }
    return preview;
}

Result<ParsedTable> readLibsvm(const DatasetPreview& preview, const ProgressSlice& progress)
{
    Collected data;
    if (auto status = collect(preview.path, 0, &progress, data); !status)
        return status.error();
    if (data.rows == 0) {
        Error error = Error::badInput(Text::tr("This file has no lines with data."));
        error.file = preview.path;
        return error;
    }
    const QStringList names = columnNames(data);
    if (data.rows * qint64(names.size()) > kMaxCells)
        return Error::badInput(Text::tr("This LIBSVM file has %1 rows and %2 distinct feature indices; "
                                  "stored densely that is more than Grove can hold. Reduce the "
                                  "number of features first.")
                                   .arg(data.rows)
                                   .arg(names.size() - 1));

    ParsedTable table;
    table.rows = data.rows;
    auto numericColumn = [&](const QString& name, std::vector<float> values) {
        ParsedColumn column;
        column.name = name;
        column.numeric = true;
        column.numbers.push_back(std::move(values));
        table.columns.push_back(std::move(column));
    };
    auto toFloats = [](const std::vector<double>& values) {
        std::vector<float> out(values.size());
        std::transform(values.begin(), values.end(), out.begin(), [](double v) { return float(v); });
        return out;
    };
    numericColumn(u"label"_s, toFloats(data.labels));
    if (data.hasQid)
        numericColumn(u"qid"_s, toFloats(data.qids));
    data.labels = {};
    data.qids = {};

    std::map<std::uint32_t, std::size_t> columnOf;
    for (const auto& [index, count] : data.featureCounts) {
        columnOf[index] = table.columns.size();
        numericColumn(u"f%1"_s.arg(index),
                      std::vector<float>(std::size_t(data.rows), std::numeric_limits<float>::quiet_NaN()));
    }
    std::uint64_t entryStart = 0;
    for (qint64 r = 0; r < data.rows; ++r) {
        for (std::uint64_t e = entryStart; e < data.rowEnds[std::size_t(r)]; ++e) {
            const Entry& entry = data.entries[e];
            table.columns[columnOf[entry.index]].numbers.front()[std::size_t(r)] = entry.value;
        }
        entryStart = data.rowEnds[std::size_t(r)];
    }
    return table;
}

} // namespace grove
