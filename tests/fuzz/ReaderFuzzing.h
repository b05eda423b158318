#pragma once

// Shared by the fuzz targets of the dataset readers, which read files: the input is written to
// one file per process, and a read is reduced to a value that can be compared.

#include "core/common/Error.h"
#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/data/CsvReader.h"
#include "core/data/LibsvmReader.h"
#include "core/data/ParsedTable.h"
#include "core/services/DatasetImport.h"

#include <QFile>
#include <QTemporaryDir>

#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace grove::fuzzing {

// Writes the input to this process's input file (a name without extension, so that detection
// looks at the content) and returns its path. The folder goes when the process ends normally.
inline QString inputFile(const std::uint8_t* data, std::size_t size, const QString& name = QStringLiteral("input"))
{
    static QTemporaryDir directory;
    const QString path = directory.filePath(name);
    QFile file(path);
    if (!directory.isValid() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        std::abort();
    return path;
}

// Reads with a small block size (GROVE_READ_BLOCK_BYTES), so that records cross blocks as they
// do in large files, then restores the default.
template <typename Read>
auto withSmallBlocks(const QByteArray& blockBytes, Read read)
{
    qputenv("GROVE_READ_BLOCK_BYTES", blockBytes);
    auto result = read();
    qunsetenv("GROVE_READ_BLOCK_BYTES");
    return result;
}

// A bad file must be reported as bad input with a message, and a place inside the file if any.
inline void checkError(const Error& error, qint64 fileSize)
{
    if (error.kind != ErrorKind::BadInput || error.message.isEmpty())
        std::abort();
    if (error.line < 0 || error.column < 0 || (error.line > 0 && error.column == 0) || error.line > fileSize + 1)
        std::abort();
}

// Everything a read produced, as one value: column names, types, and every cell (floats by their
// bits, strings by their text), so that two reads can be compared exactly.
inline QByteArray fingerprint(const ParsedTable& table)
{
    QByteArray out = QByteArray::number(table.rows) + '\n';
    for (const ParsedColumn& column : table.columns) {
        out += column.name.toUtf8() + (column.numeric ? "\tnumeric\n" : "\ttext\n");
        qint64 cells = 0;
        for (const auto& chunk : column.numbers) {
            for (float value : chunk)
                out += QByteArray::number(std::bit_cast<std::uint32_t>(value), 16) + ' ';
            cells += qint64(chunk.size());
        }
        for (const auto& chunk : column.codes) {
            for (std::uint32_t code : chunk) {
                if (code != kMissingCode && code >= column.dictionary.size())
                    std::abort();
                out += code == kMissingCode ? QByteArray("<missing>")
                                            : QByteArray::fromStdString(column.dictionary.at(code));
                out += '\x1f';
            }
            cells += qint64(chunk.size());
        }
        if (cells != table.rows)
            std::abort(); // every column has one cell per row
        out += '\n';
    }
    return out;
}

inline QByteArray fingerprint(const Error& error)
{
    return "error " + QByteArray::number(error.line) + ':' + QByteArray::number(error.column) + ' ' +
           error.message.toUtf8();
}

inline QByteArray fingerprint(const Result<ParsedTable>& result)
{
    return result ? fingerprint(*result) : fingerprint(result.error());
}

// Reads the whole file a preview describes, with its format's reader and one parsing thread.
inline Result<ParsedTable> readPreviewed(const DatasetPreview& preview, const ProgressSlice& progress)
{
    return preview.format == DatasetFormat::Libsvm ? readLibsvm(preview, progress) : readCsv(preview, 1, progress);
}

// Previews and reads the file as `options` say; a refusal at either step must be bad input
// with its place in the file. Returns what was read, or the refusal, as a comparable value.
inline QByteArray readAll(const ImportOptions& options, qint64 size)
{
    auto preview = previewDataset(options);
    if (!preview) {
        checkError(preview.error(), size);
        return fingerprint(preview.error());
    }
    JobControl control;
    const ProgressSlice progress(control, 0, 1, QString());
    auto table = readPreviewed(*preview, progress);
    if (!table)
        checkError(table.error(), size);
    return fingerprint(table);
}

} // namespace grove::fuzzing
