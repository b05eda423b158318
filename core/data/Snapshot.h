#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/data/ColumnType.h"
#include "core/data/DatasetProfile.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace grove {

struct ParsedTable;
struct TableSummary;

// An immutable dataset snapshot on disk: a 64-byte header, then each column as one aligned
// block (float32 values, or uint32 codes plus a dictionary of UTF-8 strings), then a CBOR
// directory and the CBOR profile. Opening maps the file; column data is read in place, never
// parsed or copied. See docs/snapshot-format.md.
class Snapshot
{
public:
    static constexpr std::uint32_t kFormatVersion = 1;
    static constexpr char kExtension[] = ".gds";
    // Rows are numbered with 32 bits when a run is planned; a header claiming more is damaged.
    static constexpr quint64 kMaxRows = 0xFFFFFFFFu;

    struct Column
    {
        QString name;
        ColumnType type = ColumnType::Numeric;
        bool numeric = true;
        quint64 dataOffset = 0;
        quint64 dictionaryCount = 0;
        quint64 dictionaryOffsets = 0;
        quint64 dictionaryBytes = 0;
        quint64 dictionaryBytesSize = 0;
        QByteArray digest;
    };

    // Maps and checks the structure: the header, the bounds of every column and dictionary, and
    // that every category code names a category, so that reading any value is safe. Not the
    // content hash (see verify()).
    static Result<Snapshot> open(const QString& path);

    qint64 rows() const { return m_rows; }
    qsizetype columnCount() const { return qsizetype(m_columns.size()); }
    const Column& column(qsizetype index) const { return m_columns[std::size_t(index)]; }
    qsizetype indexOf(const QString& name) const;
    QString contentHash() const { return m_contentHash; }
    QString path() const { return m_path; }
    qint64 fileSize() const { return m_size; }

    std::span<const float> numbers(qsizetype column) const;
    std::span<const std::uint32_t> codes(qsizetype column) const; // kMissingCode where missing
    std::string_view category(qsizetype column, std::uint32_t code) const;

    Result<DatasetProfile> profile() const;
    // Recomputes every column digest and the content hash and compares them with the stored
    // ones, so a damaged or altered snapshot is found.
    Status verify() const;

private:
    struct Mapping;
    std::shared_ptr<const Mapping> m_mapping;
    const std::uint8_t* m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_rows = 0;
    QString m_path;
    QString m_contentHash;
    std::vector<Column> m_columns;
    quint64 m_profileOffset = 0;
    quint64 m_profileSize = 0;
};

// Writes a snapshot in two stages so that the column data, which is known as soon as a file is
// parsed, goes to disk while the profile and the content hash are still being computed:
// create() lays out the file and opens a temporary file next to the final one, writeData() (on
// any thread) writes the columns, finish() adds the directory and profile and syncs, and
// commit() renames the file into place atomically. Anything not committed is removed.
class SnapshotWriter
{
public:
    static Result<SnapshotWriter> create(const ParsedTable& table, const QString& directory);
    SnapshotWriter(SnapshotWriter&& other) noexcept;
    SnapshotWriter& operator=(SnapshotWriter&&) = delete;
    ~SnapshotWriter();

    Status writeData(const ParsedTable& table, const JobControl* control = nullptr);
    Status finish(const ParsedTable& table, const TableSummary& summary);
    Status commit(const QString& finalPath);
    void discard();

    // Temporary files left by an import that was killed; removed when a workspace opens.
    static QString temporaryPrefix() { return QStringLiteral(".incoming-"); }

private:
    SnapshotWriter() = default;
    struct State;
    std::unique_ptr<State> m_state;
};

// Writes a whole snapshot to `path` at once (create, writeData, finish, commit).
Status writeSnapshot(const ParsedTable& table, const TableSummary& summary, const QString& path);

} // namespace grove
