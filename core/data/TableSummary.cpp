#include "core/data/TableSummary.h"

#include "core/common/Sha256.h"
#include "core/data/NumberParser.h"
#include "core/data/NumericSummary.h"
#include "core/data/TypeInference.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <thread>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr int kTopValues = 10;

struct ColumnResult
{
    ColumnProfile profile;
    QByteArray digest;
    ColumnObservation observation;
};

void summarizeStrings(const ParsedColumn& column, qint64 rows, ColumnResult& result)
{
    ColumnProfile& p = result.profile;
    ColumnObservation& o = result.observation;
    const StringDictionary& dictionary = column.dictionary;
    std::vector<qint64> counts(dictionary.size(), 0);
    qint64 missing = 0;
    for (const auto& chunk : column.codes) {
        for (std::uint32_t code : chunk) {
            if (code == kMissingCode)
                ++missing;
            else
                ++counts[code];
        }
    }
    p.missing = missing;
    p.distinct = qint64(dictionary.size());
    o.missing = missing;
    o.distinct = p.distinct;
    qint64 totalLength = 0;
    for (std::uint32_t code = 0; code < dictionary.size(); ++code) {
        const std::string& value = dictionary.at(code);
        totalLength += qint64(value.size()) * counts[code];
        double number = 0;
        if (parseNumberCell(value, number) == CellKind::Number) {
            o.numbers += counts[code];
            if (std::isfinite(number) && !isWholeNumber(number))
                o.allIntegers = false;
            if (value.size() >= 2 && value[0] == '0' && value[1] >= '0' && value[1] <= '9')
                o.leadingZeros = true;
        } else {
            o.others += counts[code];
        }
    }
    const qint64 present = rows - missing;
    p.meanLength = present > 0 ? double(totalLength) / double(present) : 0;
    o.meanLength = p.meanLength;

    std::vector<std::uint32_t> order(dictionary.size());
    std::iota(order.begin(), order.end(), 0u);
    const std::size_t top = std::min<std::size_t>(kTopValues, order.size());
    std::partial_sort(order.begin(), order.begin() + qsizetype(top), order.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
                      });
    for (std::size_t i = 0; i < top; ++i) {
        const std::string& value = dictionary.at(order[i]);
        p.topValues << CategoryCount{QString::fromUtf8(value.data(), qsizetype(value.size())),
                                     counts[order[i]]};
    }
}

void summarizeColumn(ParsedColumn& column, qint64 rows, ColumnResult& result)
{
    result.profile.name = column.name;
    result.observation.name = column.name;
    if (column.numeric) {
        summarizeNumbers(column.numbers, rows, result.profile, result.observation);
        ColumnDigest digest;
        for (const auto& chunk : column.numbers)
            digest.addNumbers(chunk);
        result.digest = digest.result();
        column.type = ColumnType::Numeric;
        result.profile.inferredType = ColumnType::Numeric;
    } else {
        summarizeStrings(column, rows, result);
        ColumnDigest digest;
        for (const auto& chunk : column.codes)
            digest.addCodes(chunk);
        for (const std::string& value : column.dictionary.values())
            digest.addDictionaryEntry(value);
        result.digest = digest.result();
        // Grove's guess from all values. A column kept as text is never made numeric behind the
        // user's back: without a choice of theirs it keeps the text type the preview decided.
        const ColumnType inferred = inferColumnType(result.observation);
        if (column.forcedType) {
            result.profile.inferredType = inferred;
        } else {
            const ColumnType textType = column.type == ColumnType::Numeric ? ColumnType::Categorical : column.type;
            column.type = inferred == ColumnType::Numeric ? textType : inferred;
            result.profile.inferredType = column.type;
        }
    }
    if (column.forcedType)
        column.type = *column.forcedType;
    result.profile.type = column.type;
    result.profile.hints = columnHints(result.observation, column.type, rows);
}

} // namespace

QString contentHashOf(qint64 rows, const QList<QPair<QString, ColumnType>>& columns,
                      const std::vector<QByteArray>& digests)
{
    QByteArray canonical = "grove-dataset-v1\nrows=" + QByteArray::number(rows) + '\n';
    for (qsizetype i = 0; i < columns.size(); ++i) {
        canonical += columnTypeKey(columns[i].second).toUtf8() + '\t' + columns[i].first.toUtf8() +
                     '\t' + digests[std::size_t(i)].toHex() + '\n';
    }
    return QString::fromLatin1(Sha256::hash(canonical).toHex());
}

Result<TableSummary> summarizeTable(ParsedTable& table, int threads, const ProgressSlice& progress)
{
    const std::size_t columnCount = table.columns.size();
    std::vector<ColumnResult> results(columnCount);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    auto work = [&] {
        for (;;) {
            const std::size_t c = next.fetch_add(1);
            if (c >= columnCount || progress.cancelled())
                return;
            summarizeColumn(table.columns[c], table.rows, results[c]);
            const std::size_t finished = done.fetch_add(1) + 1;
            progress.report(double(finished) / double(columnCount));
        }
    };
    const int workerCount = std::clamp(threads > 0 ? threads : QThread::idealThreadCount(), 1,
                                       int(std::max<std::size_t>(columnCount, 1)));
    std::vector<std::thread> workers;
    for (int i = 1; i < workerCount; ++i)
        workers.emplace_back(work);
    work();
    for (auto& worker : workers)
        worker.join();
    if (progress.cancelled())
        return Error::cancelled();

    TableSummary summary;
    summary.profile.rows = table.rows;
    QList<QPair<QString, ColumnType>> identity;
    QList<TargetCandidateInput> candidates;
    for (std::size_t c = 0; c < columnCount; ++c) {
        summary.columnDigests.push_back(results[c].digest);
        summary.profile.columns << std::move(results[c].profile);
        const ColumnProfile& p = summary.profile.columns.back();
        identity << qMakePair(p.name, p.type);
        candidates << TargetCandidateInput{p.name, p.type, p.distinct};
    }
    if (const int target = pickTargetCandidate(candidates); target >= 0)
        summary.profile.columns[target].hints.prepend(QString::fromLatin1(hints::TargetCandidate));
    summary.contentHash = contentHashOf(table.rows, identity, summary.columnDigests);
    return summary;
}

} // namespace grove
