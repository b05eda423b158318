#include "core/data/CsvReader.h"

#include "core/data/CsvDetail.h"
#include "core/data/NumberParser.h"
#include "core/data/TextChecks.h"
#include "core/data/TypeInference.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <string>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::CsvReader)
};

constexpr qint64 kSampleBytes = 1 << 20;
constexpr qint64 kMaxSampleBytes = qint64(256) << 20;
constexpr int kSampleRows = 2000;
constexpr int kDisplayRows = 100;
constexpr int kDisplayCellLength = 200;

} // namespace

namespace csv_detail {

Error fileError(const QString& path, const QString& message, qint64 offset)
{
    Error error = Error::badInput(message);
    error.file = path;
    if (offset >= 0) {
        const TextPosition position = locateOffset(path, offset);
        error.line = position.line;
        error.column = position.column;
    }
    return error;
}

QString cellForDisplay(std::string_view text)
{
    QString cell = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (cell.size() > kDisplayCellLength)
        cell = cell.left(kDisplayCellLength - 1) + QChar(0x2026);
    return cell;
}

std::string_view trimBlanks(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

QString fieldCountMessage(qint64 found, qint64 expected)
{
    if (found < expected)
        return Text::tr("This line has %1 fields but the header has %2. Every line needs the same "
                        "number of fields: look for a missing delimiter, or a value that should be "
                        "quoted.")
            .arg(found)
            .arg(expected);
    return Text::tr("This line has %1 fields but the header has %2. Every line needs the same "
                    "number of fields: look for an extra delimiter, or a value containing the "
                    "delimiter that should be quoted.")
        .arg(found)
        .arg(expected);
}

QString tokenizerMessage(RecordStatus status)
{
    if (status == RecordStatus::UnterminatedQuote)
        return Text::tr("A quoted value starts here but its closing quote is missing. Close the quote, "
                        "or double any quote that belongs to the value (\"\").");
    return Text::tr("Unexpected text after a closing quote. A quoted value must be followed by the "
                    "delimiter or the end of the line; double any quote that belongs to the value.");
}

} // namespace csv_detail

using namespace csv_detail;

namespace {

struct Sample
{
    QByteArray bytes;
    bool wholeFile = false;
};

Result<Sample> readSample(const QString& path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Text::tr("Cannot open %1: %2.").arg(path, file.errorString()));
    Sample sample;
    sample.bytes = file.read(bytes);
    sample.wholeFile = file.atEnd() || sample.bytes.size() < bytes;
    return sample;
}

bool hasLeadingZero(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    if (!s.empty() && (s.front() == '-' || s.front() == '+'))
        s.remove_prefix(1);
    return s.size() >= 2 && s[0] == '0' && s[1] >= '0' && s[1] <= '9';
}

} // namespace

Status checkReadableFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(Text::tr("%1 does not exist. Check the path and try again.").arg(path));
    if (info.isDir())
        return Error::badInput(Text::tr("%1 is a folder, not a file. Choose a data file inside it.").arg(path));
    if (!info.isFile())
        return Error::badInput(Text::tr("%1 is not a regular file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(Text::tr("%1 cannot be read: %2. Check its permissions.")
                                   .arg(path, file.errorString()));
    if (info.size() == 0)
        return Error::badInput(Text::tr("%1 is empty: it has no header and no rows. Choose a file with data.").arg(path));
    return {};
}

Result<DatasetPreview> previewCsv(const ImportOptions& options)
{
    const QString& path = options.path;
    if (auto status = checkReadableFile(path); !status)
        return status.error();

    DatasetPreview preview;
    preview.path = path;
    preview.fileSize = QFileInfo(path).size();
    preview.format = options.format == DatasetFormat::Tsv ? DatasetFormat::Tsv : DatasetFormat::Csv;

    // Read enough to hold the header and at least one record; a single field may be megabytes.
    qint64 sampleBytes = kSampleBytes;
    Sample sample;
    for (;;) {
        auto read = readSample(path, sampleBytes);
        if (!read)
            return read.error();
        sample = std::move(read.value());
        const qsizetype firstNewline = sample.bytes.indexOf('\n');
        if (sample.wholeFile || (firstNewline >= 0 && sample.bytes.indexOf('\n', firstNewline + 1) >= 0))
            break;
        if (sampleBytes >= kMaxSampleBytes)
            return fileError(path, Text::tr("The first lines of this file are longer than 256 MB. "
                                      "Is it really a delimited text file?"));
        sampleBytes *= 4;
    }
    const QByteArray& bytes = sample.bytes;
    preview.sampleIsWholeFile = sample.wholeFile;

    // Encoding.
    qint64 start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        preview.hasBom = true;
        start = 3;
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return fileError(path, Text::tr("This file is encoded as UTF-16. Grove reads UTF-8: save the "
                                  "file as UTF-8 (for example \"CSV UTF-8\" in a spreadsheet)."),
                         0);
    }
    const qint64 binaryProbe = std::min<qint64>(bytes.size(), 8192);
    if (const void* nul = std::memchr(bytes.constData(), 0, std::size_t(binaryProbe))) {
        return fileError(path, Text::tr("This looks like a binary file, not text (it contains NUL "
                                  "bytes). Choose a CSV, TSV or LIBSVM text file."),
                         static_cast<const char*>(nul) - bytes.constData());
    }

    // Only complete lines are checked and tokenized; the sample may end in the middle of one.
    const char* const begin = bytes.constData() + start;
    const char* end = bytes.constData() + bytes.size();
    if (!sample.wholeFile) {
        const char* lastNewline = static_cast<const char*>(
            memrchr(begin, '\n', std::size_t(end - begin)));
        end = lastNewline ? lastNewline + 1 : begin;
    }
    if (auto bad = findInvalidUtf8(begin, std::size_t(end - begin)))
        return fileError(path, Text::tr("Invalid UTF-8 text here. Save the file as UTF-8, or fix the "
                                  "damaged characters."),
                         start + qint64(*bad));
    if (const void* nul = std::memchr(begin, 0, std::size_t(end - begin))) {
        return fileError(path, Text::tr("This file contains binary data (a NUL byte). Choose a text "
                                  "file."),
                         static_cast<const char*>(nul) - bytes.constData());
    }

    // Dialect.
    CsvDialect dialect;
    dialect.hasHeader = options.hasHeader;
    if (options.delimiter != 0)
        dialect.delimiter = options.delimiter;
    else if (preview.format == DatasetFormat::Tsv)
        dialect.delimiter = '\t';
    else
        dialect.delimiter = sniffDelimiter(std::string_view(begin, std::size_t(end - begin)),
                                           sample.wholeFile, ',');
    preview.dialect = dialect;
    preview.crlf = std::string_view(begin, std::size_t(end - begin)).find("\r\n") != std::string_view::npos;

    CsvTokenizer tokenizer(dialect);
    std::vector<FieldView> fields;
    const char* pos = begin;
    const char* errorAt = nullptr;
    auto nextRecord = [&](RecordStatus& status) {
        do {
            status = tokenizer.next(pos, end, sample.wholeFile, fields, &errorAt);
        } while (status == RecordStatus::Blank);
        return status == RecordStatus::Ok;
    };
    auto offsetOf = [&](const char* p) { return qint64(p - bytes.constData()); };

    // Header.
    RecordStatus status;
    if (!nextRecord(status)) {
        if (status == RecordStatus::UnterminatedQuote || status == RecordStatus::TextAfterQuote)
            return fileError(path, tokenizerMessage(status), offsetOf(errorAt));
        return fileError(path, Text::tr("This file has no lines with data."));
    }
    const qint64 columnCount = qint64(fields.size());
    std::string scratch;
    QStringList names;
    if (dialect.hasHeader) {
        QHash<QString, int> seen;
        for (qsizetype i = 0; i < qsizetype(fields.size()); ++i) {
            const std::string_view text = trimBlanks(fields[std::size_t(i)].text(scratch));
            QString name = QString::fromUtf8(text.data(), qsizetype(text.size()));
            if (name.isEmpty())
                name = u"column_%1"_s.arg(i + 1);
            if (const auto previous = seen.constFind(name); previous != seen.cend()) {
                return fileError(path, Text::tr("Columns %1 and %2 are both named \"%3\". Column names "
                                          "must be unique: rename one of them in the file.")
                                           .arg(previous.value() + 1)
                                           .arg(i + 1)
                                           .arg(name),
                                 offsetOf(fields[std::size_t(i)].begin));
            }
            seen.insert(name, int(i));
            names << name;
        }
        preview.dataOffset = offsetOf(pos);
    } else {
        for (qint64 i = 0; i < columnCount; ++i)
            names << u"column_%1"_s.arg(i + 1);
        pos = begin;
        preview.dataOffset = start;
    }

    // Sample rows.
    struct Tally
    {
        ColumnObservation observation;
        // Hashes of the sampled values, counted once sorted: no string is copied or allocated.
        // (Two of 2,000 different values share a 64-bit hash about once in 10^13 samples.)
        std::vector<std::size_t> distinct;
        qint64 totalLength = 0;
    };
    std::vector<Tally> tallies(static_cast<std::size_t>(columnCount));
    for (qint64 c = 0; c < columnCount; ++c)
        tallies[std::size_t(c)].observation.name = names[c];

    while (preview.sampledRows < kSampleRows) {
        if (!nextRecord(status)) {
            if (status == RecordStatus::UnterminatedQuote || status == RecordStatus::TextAfterQuote)
                return fileError(path, tokenizerMessage(status), offsetOf(errorAt));
            break;
        }
        if (qint64(fields.size()) != columnCount) {
            const char* where = qint64(fields.size()) > columnCount
                                    ? fields[std::size_t(columnCount)].begin
                                    : fields.back().end;
            return fileError(path, fieldCountMessage(qint64(fields.size()), columnCount),
                             offsetOf(where));
        }
        QStringList displayRow;
        for (qint64 c = 0; c < columnCount; ++c) {
            const FieldView& field = fields[std::size_t(c)];
            std::string_view text = field.text(scratch);
            if (!field.quoted)
                text = trimBlanks(text);
            if (preview.sampledRows < kDisplayRows)
                displayRow << cellForDisplay(text);
            Tally& tally = tallies[std::size_t(c)];
            double value = 0;
            switch (parseNumberCell(text, value)) {
            case CellKind::Missing:
                ++tally.observation.missing;
                continue;
            case CellKind::Number:
                ++tally.observation.numbers;
                if (std::isfinite(value) && !isWholeNumber(value))
                    tally.observation.allIntegers = false;
                if (hasLeadingZero(text) && text.find_first_of(".eE") == std::string_view::npos)
                    tally.observation.leadingZeros = true;
                break;
            case CellKind::NotNumber:
                ++tally.observation.others;
                break;
            }
            tally.totalLength += qint64(text.size());
            tally.distinct.push_back(std::hash<std::string_view>()(text));
        }
        if (preview.sampledRows < kDisplayRows)
            preview.rows << displayRow;
        ++preview.sampledRows;
    }
    // The guesses cover the whole file only if no record is left after the sample.
    if (preview.sampleIsWholeFile && preview.sampledRows == kSampleRows)
        preview.sampleIsWholeFile = !nextRecord(status);
    if (preview.sampledRows == 0) {
        if (dialect.hasHeader)
            return fileError(path, Text::tr("This file has a header but no data rows. Add rows below "
                                      "the header, or check that this is the right file."));
        return fileError(path, Text::tr("This file has no lines with data."));
    }

    QList<TargetCandidateInput> candidates;
    for (qint64 c = 0; c < columnCount; ++c) {
        Tally& tally = tallies[std::size_t(c)];
        ColumnObservation& o = tally.observation;
        std::sort(tally.distinct.begin(), tally.distinct.end());
        o.distinct = qint64(std::unique(tally.distinct.begin(), tally.distinct.end()) - tally.distinct.begin());
        o.meanLength = o.nonMissing() > 0 ? double(tally.totalLength) / double(o.nonMissing()) : 0;
        ColumnGuess guess;
        guess.name = names[c];
        guess.inferredType = inferColumnType(o);
        guess.type = options.typeOverrides.value(guess.name, guess.inferredType);
        guess.sampleMissing = o.missing;
        guess.sampleDistinct = o.distinct;
        guess.hints = columnHints(o, guess.type, preview.sampledRows);
        preview.columns << guess;
        candidates << TargetCandidateInput{guess.name, guess.type, o.distinct};
    }
    if (const int target = pickTargetCandidate(candidates); target >= 0)
        preview.columns[target].hints.prepend(QString::fromLatin1(hints::TargetCandidate));

    for (auto it = options.typeOverrides.cbegin(); it != options.typeOverrides.cend(); ++it) {
        if (!names.contains(it.key()))
            return Error::badInput(Text::tr("There is no column named \"%1\" in %2, so its type cannot "
                                      "be set. Columns: %3.")
                                       .arg(it.key(), path, names.join(u", "_s)));
    }
    return preview;
}

} // namespace grove
