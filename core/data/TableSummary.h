#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/common/Sha256.h"
#include "core/data/DatasetProfile.h"
#include "core/data/ParsedTable.h"

#include <QByteArray>
#include <QString>

#include <span>
#include <string_view>
#include <vector>

namespace grove {

// The identity and the profile of a parsed table.
struct TableSummary
{
    QString contentHash;                  // SHA-256 (hex) of the canonical content
    std::vector<QByteArray> columnDigests; // SHA-256 (raw) of each column's stored bytes
    DatasetProfile profile;
};

// Settles each column's final type (text that is mostly distinct becomes Text, and so on),
// computes exact statistics, histograms and top values, and hashes the content. The columns
// are spread over `threads` threads. Sets ParsedColumn::type.
Result<TableSummary> summarizeTable(ParsedTable& table, int threads, const ProgressSlice& progress);

// The SHA-256 of one column's stored bytes, fed in file order: the float32 values, or the codes
// followed by each dictionary entry as a 64-bit length and its bytes. The summarizer and
// Snapshot::verify() both use it, so the rule exists once.
class ColumnDigest
{
public:
    void addNumbers(std::span<const float> values) { m_hash.addData(values.data(), values.size_bytes()); }
    void addCodes(std::span<const std::uint32_t> codes) { m_hash.addData(codes.data(), codes.size_bytes()); }
    void addDictionaryEntry(std::string_view value)
    {
        const std::uint64_t length = value.size();
        m_hash.addData(&length, sizeof length);
        m_hash.addData(value.data(), value.size());
    }
    QByteArray result() { return m_hash.result(); }

private:
    Sha256 m_hash;
};

// Combines the column digests into the dataset's content hash.
QString contentHashOf(qint64 rows, const QList<QPair<QString, ColumnType>>& columns,
                      const std::vector<QByteArray>& digests);

} // namespace grove
