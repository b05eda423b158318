#include "core/data/Snapshot.h"

#include "core/common/AtomicFile.h"
#include "core/common/FileLock.h"
#include "core/common/SafeText.h"
#include "core/data/ParsedTable.h"
#include "core/data/TableSummary.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include <boost/filesystem/operations.hpp>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstring>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

static_assert(std::endian::native == std::endian::little,
              "snapshot files store little-endian values and are read in place");

namespace grove {
namespace {

constexpr char kMagic[8] = {'G', 'R', 'O', 'V', 'E', 'S', 'N', 'P'};
constexpr quint64 kHeaderSize = 64;
constexpr quint64 kAlignment = 64;

struct Header
{
    char magic[8];
    std::uint32_t version;
    std::uint32_t headerSize;
    std::uint64_t rows;
    std::uint32_t columns;
    std::uint32_t flags;
    std::uint64_t directoryOffset;
    std::uint64_t directorySize;
    std::uint64_t profileOffset;
    std::uint64_t profileSize;
};
static_assert(sizeof(Header) == kHeaderSize);

quint64 alignUp(quint64 offset) { return (offset + kAlignment - 1) / kAlignment * kAlignment; }

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Snapshot)
};

// The message names the file, because callers that add their own context (a run's status, a
// validation check) keep only the message.
Error damaged(const QString& path, const QString& reason)
{
    return Error::io(Text::tr("The dataset snapshot %1 is damaged (%2). Import the dataset again from its "
                              "source file to repair it.")
                         .arg(path, reason));
}

} // namespace

struct Snapshot::Mapping
{
    QFile file;
    uchar* data = nullptr;
};

struct SnapshotWriter::State
{
    QFile file;
    std::vector<Snapshot::Column> layout;
    quint64 dataEnd = 0;
    quint64 position = 0;
    quint64 syncedUpTo = 0;
    bool committed = false;
    int lastErrno = 0; // Qt says "Unknown error" where the system said "No space left on device"

    bool write(const void* data, quint64 size)
    {
        if (size == 0)
            return true;
        if (file.write(static_cast<const char*>(data), qint64(size)) != qint64(size)) {
            lastErrno = errno;
            return false;
        }
        position += size;
#ifdef Q_OS_LINUX
        // Start writing back what is done, so that the final sync has little left to wait for.
        constexpr quint64 kSyncStep = quint64(8) << 20;
        if (position - syncedUpTo >= kSyncStep && file.flush()) {
            sync_file_range(file.handle(), off64_t(syncedUpTo), off64_t(position - syncedUpTo),
                            SYNC_FILE_RANGE_WRITE);
            syncedUpTo = position;
        }
#endif
        return true;
    }
    bool padTo(quint64 offset)
    {
        static const char zeros[kAlignment] = {};
        while (position < offset) {
            if (!write(zeros, std::min<quint64>(kAlignment, offset - position)))
                return false;
        }
        return true;
    }
    Error failure() const
    {
        return Error::io(Text::tr("Writing the dataset snapshot %1 failed: %2. Nothing was stored; "
                                  "check the free disk space and try again.")
                             .arg(file.fileName(), fileErrorReason(file, lastErrno ? lastErrno : errno)));
    }
};

Result<SnapshotWriter> SnapshotWriter::create(const ParsedTable& table, const QString& directory)
{
    SnapshotWriter writer;
    writer.m_state = std::make_unique<State>();
    State& s = *writer.m_state;
    const auto rows = quint64(table.rows);
    s.layout.resize(table.columns.size());
    quint64 offset = kHeaderSize;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const ParsedColumn& source = table.columns[c];
        Snapshot::Column& column = s.layout[c];
        column.name = source.name;
        column.numeric = source.numeric;
        offset = alignUp(offset);
        column.dataOffset = offset;
        offset += rows * 4;
        if (!source.numeric) {
            column.dictionaryCount = source.dictionary.size();
            offset = alignUp(offset);
            column.dictionaryOffsets = offset;
            offset += (column.dictionaryCount + 1) * 8;
            column.dictionaryBytes = offset;
            for (const std::string& value : source.dictionary.values())
                column.dictionaryBytesSize += value.size();
            offset += column.dictionaryBytesSize;
        }
    }
    s.dataEnd = alignUp(offset);
    // The file stays locked while it is open, so that another process opening the workspace
    // removes it only once this one is gone (see FileLock.h).
    for (int attempt = 0;; ++attempt) {
        const QString name = temporaryPrefix() + QUuid::createUuid().toString(QUuid::WithoutBraces) +
                             QString::fromLatin1(Snapshot::kExtension);
        s.file.setFileName(QDir(directory).filePath(name));
        if (!s.file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error::io(Text::tr("Cannot create a file in %1: %2. Check the permissions of the "
                                      "workspace folder.")
                                 .arg(directory, s.file.errorString()));
        if (lockNewFile(s.file))
            return writer;
        s.file.close();
        if (attempt >= 10)
            return Error::io(Text::tr("Cannot lock a new file in %1.").arg(directory));
    }
}

SnapshotWriter::SnapshotWriter(SnapshotWriter&& other) noexcept : m_state(std::move(other.m_state)) {}

SnapshotWriter::~SnapshotWriter() { discard(); }

void SnapshotWriter::discard()
{
    if (m_state && !m_state->committed) {
        m_state->file.close();
        m_state->file.remove();
        m_state->committed = true;
    }
}

Status SnapshotWriter::writeData(const ParsedTable& table, const JobControl* control)
{
    State& s = *m_state;
    static const char placeholder[kHeaderSize] = {};
    if (!s.write(placeholder, kHeaderSize))
        return s.failure();
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (control && control->isInterruptionRequested())
            return Error::cancelled();
        const ParsedColumn& source = table.columns[c];
        const Snapshot::Column& column = s.layout[c];
        bool ok = s.padTo(column.dataOffset);
        if (source.numeric) {
            for (const auto& chunk : source.numbers)
                ok = ok && s.write(chunk.data(), chunk.size() * sizeof(float));
        } else {
            for (const auto& chunk : source.codes)
                ok = ok && s.write(chunk.data(), chunk.size() * sizeof(std::uint32_t));
            ok = ok && s.padTo(column.dictionaryOffsets);
            std::vector<std::uint64_t> offsets;
            offsets.reserve(column.dictionaryCount + 1);
            std::uint64_t position = 0;
            offsets.push_back(0);
            for (const std::string& value : source.dictionary.values())
                offsets.push_back(position += value.size());
            ok = ok && s.write(offsets.data(), offsets.size() * sizeof(std::uint64_t));
            for (const std::string& value : source.dictionary.values())
                ok = ok && s.write(value.data(), value.size());
        }
        if (!ok)
            return s.failure();
    }
    if (!s.padTo(s.dataEnd))
        return s.failure();
    // Wait for the columns to reach the disk here, on the writing thread, while the profile is
    // still being computed: the sync in finish() then has only the last few pages left.
    if (!s.file.flush() || ::fdatasync(s.file.handle()) != 0) {
        s.lastErrno = errno;
        return s.failure();
    }
    return {};
}

Status SnapshotWriter::finish(const ParsedTable& table, const TableSummary& summary)
{
    State& s = *m_state;
    QCborArray columns;
    for (std::size_t c = 0; c < s.layout.size(); ++c) {
        Snapshot::Column& column = s.layout[c];
        column.type = table.columns[c].type;
        column.digest = summary.columnDigests[c];
        QCborMap entry{{u"name"_s, column.name},
                       {u"type"_s, columnTypeKey(column.type)},
                       {u"storage"_s, column.numeric ? u"f32"_s : u"dict"_s},
                       {u"data"_s, qint64(column.dataOffset)},
                       {u"sha256"_s, column.digest}};
        if (!column.numeric) {
            entry.insert(u"dict_count"_s, qint64(column.dictionaryCount));
            entry.insert(u"dict_offsets"_s, qint64(column.dictionaryOffsets));
            entry.insert(u"dict_bytes"_s, qint64(column.dictionaryBytes));
            entry.insert(u"dict_size"_s, qint64(column.dictionaryBytesSize));
        }
        columns.append(entry);
    }
    const QByteArray directory = QCborMap{{u"content_hash"_s, summary.contentHash},
                                          {u"rows"_s, qint64(table.rows)},
                                          {u"columns"_s, columns}}
                                     .toCborValue()
                                     .toCbor();
    const QByteArray profile = QCborValue::fromJsonValue(summary.profile.toJson()).toCbor();

    Header header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.version = Snapshot::kFormatVersion;
    header.headerSize = kHeaderSize;
    header.rows = quint64(table.rows);
    header.columns = std::uint32_t(s.layout.size());
    header.directoryOffset = s.dataEnd;
    header.directorySize = quint64(directory.size());
    header.profileOffset = header.directoryOffset + header.directorySize;
    header.profileSize = quint64(profile.size());

    if (s.position != s.dataEnd || !s.write(directory.constData(), header.directorySize) ||
        !s.write(profile.constData(), header.profileSize) || !s.file.seek(0) ||
        s.file.write(reinterpret_cast<const char*>(&header), sizeof header) != qint64(sizeof header) ||
        !s.file.flush()) {
        s.lastErrno = s.lastErrno ? s.lastErrno : errno;
        return s.failure();
    }
    if (::fdatasync(s.file.handle()) != 0) {
        s.lastErrno = errno;
        return s.failure();
    }
    // Still open, and so still locked, until commit() has renamed it.
    return {};
}

Status SnapshotWriter::commit(const QString& finalPath)
{
    State& s = *m_state;
    boost::system::error_code error;
    boost::filesystem::rename(s.file.fileName().toStdString(), finalPath.toStdString(), error);
    if (error)
        return Error::io(Text::tr("Cannot move the new snapshot to %1: %2.")
                             .arg(finalPath, QString::fromStdString(error.message())));
    s.committed = true;
    s.file.close();
    // Make the rename itself durable.
    const int directory = ::open(QFileInfo(finalPath).absolutePath().toLocal8Bit().constData(), O_RDONLY);
    if (directory >= 0) {
        ::fsync(directory);
        ::close(directory);
    }
    return {};
}

Status writeSnapshot(const ParsedTable& table, const TableSummary& summary, const QString& path)
{
    auto writer = SnapshotWriter::create(table, QFileInfo(path).absolutePath());
    if (!writer)
        return writer.error();
    if (auto status = writer->writeData(table); !status)
        return status;
    if (auto status = writer->finish(table, summary); !status)
        return status;
    return writer->commit(path);
}

namespace {

// The checks made when a snapshot is opened. Every count and offset comes from the file, so
// nothing is multiplied or added before it is known to be in range.
class Checker
{
public:
    Checker(const QString& path, const std::uint8_t* data, quint64 size) : m_path(path), m_data(data), m_size(size) {}

    // `count` items of `width` bytes from `offset` lie inside the file.
    bool inside(quint64 offset, quint64 count, quint64 width = 1) const
    {
        return offset <= m_size && count <= (m_size - offset) / width;
    }
    Error damaged(const QString& reason) const { return grove::damaged(m_path, reason); }
    Error damagedColumn(const QString& name, const QString& reason) const
    {
        return damaged(Text::tr("column \"%1\" %2").arg(escapeUnsafeText(name), reason));
    }
    // A non-negative integer field of a directory entry.
    static std::optional<quint64> unsignedField(const QCborMap& entry, const QString& key)
    {
        const QCborValue value = entry.value(key);
        if (!value.isInteger() || value.toInteger() < 0)
            return std::nullopt;
        return quint64(value.toInteger());
    }
    template <typename T>
    const T* at(quint64 offset) const
    {
        return reinterpret_cast<const T*>(m_data + offset);
    }

    Status checkColumn(const QCborMap& entry, quint64 rows, Snapshot::Column& column) const;

private:
    Status checkDictionary(const QCborMap& entry, quint64 rows, Snapshot::Column& column) const;

    QString m_path;
    const std::uint8_t* m_data;
    quint64 m_size;
};

Status Checker::checkColumn(const QCborMap& entry, quint64 rows, Snapshot::Column& column) const
{
    if (!entry.value(u"name"_s).isString())
        return damaged(Text::tr("a column has no name"));
    column.name = entry.value(u"name"_s).toString();
    const auto type = columnTypeFromKey(entry.value(u"type"_s).toString());
    if (!type)
        return damagedColumn(column.name, Text::tr("has an unknown type"));
    column.type = *type;
    const QString storage = entry.value(u"storage"_s).toString();
    if (storage != u"f32"_s && storage != u"dict"_s)
        return damagedColumn(column.name, Text::tr("has an unknown storage"));
    column.numeric = storage == u"f32"_s;
    // Categories are codes into a dictionary, numbers are floats: any other pairing is damage.
    if ((column.type == ColumnType::Categorical && column.numeric) ||
        (column.type == ColumnType::Numeric && !column.numeric))
        return damagedColumn(column.name, Text::tr("has a type that does not match its storage"));
    const auto data = unsignedField(entry, u"data"_s);
    if (!data || *data < kHeaderSize || *data % 4 != 0 || !inside(*data, rows, 4))
        return damagedColumn(column.name, Text::tr("lies outside the file (truncated)"));
    column.dataOffset = *data;
    column.digest = entry.value(u"sha256"_s).toByteArray();
    if (column.digest.size() != 32)
        return damagedColumn(column.name, Text::tr("has no valid digest"));
    return column.numeric ? Status() : checkDictionary(entry, rows, column);
}

Status Checker::checkDictionary(const QCborMap& entry, quint64 rows, Snapshot::Column& column) const
{
    const auto count = unsignedField(entry, u"dict_count"_s);
    const auto offsets = unsignedField(entry, u"dict_offsets"_s);
    const auto bytes = unsignedField(entry, u"dict_bytes"_s);
    const auto size = unsignedField(entry, u"dict_size"_s);
    // Codes are 32-bit and kMissingCode marks a missing value, so at most that many categories.
    if (!count || *count > kMissingCode)
        return damagedColumn(column.name, Text::tr("has an impossible number of categories"));
    if (!offsets || !bytes || !size || *offsets < kHeaderSize || *offsets % 8 != 0 ||
        !inside(*offsets, *count + 1, 8) || !inside(*bytes, *size))
        return damagedColumn(column.name, Text::tr("has its categories outside the file (truncated)"));
    column.dictionaryCount = *count;
    column.dictionaryOffsets = *offsets;
    column.dictionaryBytes = *bytes;
    column.dictionaryBytesSize = *size;
    const auto* ends = at<std::uint64_t>(*offsets);
    if (ends[0] != 0 || ends[*count] != *size)
        return damagedColumn(column.name, Text::tr("has an inconsistent category list"));
    for (quint64 i = 0; i < *count; ++i) {
        if (ends[i] > ends[i + 1])
            return damagedColumn(column.name, Text::tr("has an inconsistent category list"));
    }
    // Every code must name a category: consumers index tables by code without checking again.
    const auto* codes = at<std::uint32_t>(column.dataOffset);
    for (quint64 row = 0; row < rows; ++row) {
        if (codes[row] >= *count && codes[row] != kMissingCode)
            return damagedColumn(column.name, Text::tr("refers to category %1 in row %2, but has only %3 categories")
                                                  .arg(codes[row])
                                                  .arg(row + 1)
                                                  .arg(*count));
    }
    return {};
}

bool isContentHash(const QString& text)
{
    return text.size() == 64 &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

} // namespace

Result<Snapshot> Snapshot::open(const QString& path)
{
    auto mapping = std::make_shared<Mapping>();
    mapping->file.setFileName(path);
    if (!mapping->file.open(QIODevice::ReadOnly))
        return Error::io(Text::tr("Cannot open the dataset snapshot %1: %2.").arg(path, mapping->file.errorString()));
    const qint64 size = mapping->file.size();
    if (size < qint64(kHeaderSize))
        return damaged(path, Text::tr("shorter than its header"));
    mapping->data = mapping->file.map(0, size);
    if (!mapping->data)
        return Error::io(Text::tr("Cannot map the dataset snapshot %1: %2.").arg(path, mapping->file.errorString()));
    const Checker check(path, mapping->data, quint64(size));

    Header header;
    std::memcpy(&header, mapping->data, sizeof header);
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0)
        return damaged(path, Text::tr("not a Grove snapshot"));
    if (header.version > kFormatVersion) {
        Error error = Error::badInput(Text::tr("This snapshot was written by a newer version of Grove "
                                         "(format %1). Update Grove to read it.")
                                          .arg(header.version));
        error.file = path;
        return error;
    }
    if (header.version == 0 || header.headerSize != kHeaderSize || header.flags != 0)
        return check.damaged(Text::tr("invalid header"));
    if (header.rows > kMaxRows)
        return check.damaged(Text::tr("it claims %1 rows, more than a snapshot can hold (%2)").arg(header.rows).arg(kMaxRows));
    if (header.directoryOffset < kHeaderSize || !check.inside(header.directoryOffset, header.directorySize) ||
        !check.inside(header.profileOffset, header.profileSize))
        return check.damaged(Text::tr("truncated"));

    Snapshot snapshot;
    snapshot.m_path = path;
    snapshot.m_size = size;
    snapshot.m_rows = qint64(header.rows);
    snapshot.m_data = mapping->data;
    snapshot.m_profileOffset = header.profileOffset;
    snapshot.m_profileSize = header.profileSize;

    const QByteArray directoryBytes = QByteArray::fromRawData(check.at<char>(header.directoryOffset),
                                                              qsizetype(header.directorySize));
    QCborParserError parseError;
    const QCborValue directoryValue = QCborValue::fromCbor(directoryBytes, &parseError);
    if (parseError.error != QCborError::NoError || !directoryValue.isMap())
        return check.damaged(Text::tr("unreadable directory"));
    const QCborMap directory = directoryValue.toMap();
    snapshot.m_contentHash = directory.value(u"content_hash"_s).toString();
    if (!isContentHash(snapshot.m_contentHash))
        return check.damaged(Text::tr("no valid content hash"));
    const QCborValue columnsValue = directory.value(u"columns"_s);
    const QCborArray columns = columnsValue.toArray();
    if (!columnsValue.isArray() || quint64(columns.size()) != header.columns ||
        !directory.value(u"rows"_s).isInteger() || directory.value(u"rows"_s).toInteger() != snapshot.m_rows)
        return check.damaged(Text::tr("inconsistent directory"));

    snapshot.m_columns.reserve(std::size_t(columns.size()));
    for (const QCborValue& value : columns) {
        if (!value.isMap())
            return check.damaged(Text::tr("inconsistent directory"));
        Column column;
        if (auto status = check.checkColumn(value.toMap(), header.rows, column); !status)
            return status.error();
        snapshot.m_columns.push_back(std::move(column));
    }
    snapshot.m_mapping = std::move(mapping);
    return snapshot;
}

qsizetype Snapshot::indexOf(const QString& name) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].name == name)
            return qsizetype(i);
    }
    return -1;
}

std::span<const float> Snapshot::numbers(qsizetype column) const
{
    const Column& c = m_columns[std::size_t(column)];
    if (!c.numeric)
        return {};
    return {reinterpret_cast<const float*>(m_data + c.dataOffset), std::size_t(m_rows)};
}

std::span<const std::uint32_t> Snapshot::codes(qsizetype column) const
{
    const Column& c = m_columns[std::size_t(column)];
    if (c.numeric)
        return {};
    return {reinterpret_cast<const std::uint32_t*>(m_data + c.dataOffset), std::size_t(m_rows)};
}

std::string_view Snapshot::category(qsizetype column, std::uint32_t code) const
{
    const Column& c = m_columns[std::size_t(column)];
    if (c.numeric || code >= c.dictionaryCount)
        return {};
    const auto* offsets = reinterpret_cast<const std::uint64_t*>(m_data + c.dictionaryOffsets);
    const char* bytes = reinterpret_cast<const char*>(m_data + c.dictionaryBytes);
    return {bytes + offsets[code], std::size_t(offsets[code + 1] - offsets[code])};
}

Result<DatasetProfile> Snapshot::profile() const
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(m_data + m_profileOffset),
                                                     qsizetype(m_profileSize));
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(bytes, &parseError);
    if (parseError.error != QCborError::NoError || !value.isMap())
        return damaged(m_path, Text::tr("unreadable profile"));
    auto profile = DatasetProfile::fromJson(value.toJsonValue().toObject());
    // The profile is not part of the content hash; at least it must describe these columns.
    bool matches = profile && profile->rows == m_rows && profile->columns.size() == columnCount();
    for (qsizetype c = 0; matches && c < columnCount(); ++c)
        matches = profile->columns[c].name == m_columns[std::size_t(c)].name;
    if (!matches)
        return damaged(m_path, Text::tr("its profile does not match its columns"));
    return profile;
}

Status Snapshot::verify() const
{
    std::vector<QByteArray> digests;
    QList<QPair<QString, ColumnType>> identity;
    for (qsizetype c = 0; c < columnCount(); ++c) {
        const Column& column = m_columns[std::size_t(c)];
        ColumnDigest digest;
        if (column.numeric) {
            digest.addNumbers(numbers(c));
        } else {
            digest.addCodes(codes(c));
            for (std::uint32_t code = 0; code < column.dictionaryCount; ++code)
                digest.addDictionaryEntry(category(c, code));
        }
        digests.push_back(digest.result());
        if (digests.back() != column.digest)
            return damaged(m_path, Text::tr("the data of column \"%1\" has changed").arg(escapeUnsafeText(column.name)));
        identity << qMakePair(column.name, column.type);
    }
    if (contentHashOf(m_rows, identity, digests) != m_contentHash)
        return damaged(m_path, Text::tr("the content hash does not match"));
    return {};
}

} // namespace grove
