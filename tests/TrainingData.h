#pragma once

// Small deterministic data sets for the training tests, and in-process import into a workspace.

#include "core/common/JobControl.h"
#include "core/services/DatasetImport.h"
#include "core/store/Workspace.h"
#include "tests/TestFiles.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdint>

namespace grove::test {

// A fixed pseudo-random sequence (a 64-bit LCG), the same on every platform.
class Sequence
{
public:
    explicit Sequence(std::uint64_t seed) : m_state(seed * 6364136223846793005ULL + 1442695040888963407ULL) {}
    double uniform() // [0, 1)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(m_state >> 11) / double(std::uint64_t(1) << 53);
    }
    int below(int n) { return int(uniform() * n); }

private:
    std::uint64_t m_state;
};

// One row of the synthetic table, as written to the CSV file.
struct SyntheticRow
{
    double x1 = 0, x2 = 0, x3 = 0;
    QString color; // red, green, blue, amber; empty when missing
    int label = 0; // binary target
    QString grade; // low, mid, high: multiclass target
    double amount = 0; // regression target
};

inline QString formatNumber(double value) { return QString::number(value, 'f', 4); }

// Rows whose targets depend on the features (color matters for the label), with noise so that
// a model can overfit. With `missingColors` about one row in twelve has no color.
inline QList<SyntheticRow> syntheticRows(int rows, std::uint64_t seed, bool missingColors = false)
{
    static const char* colors[] = {"red", "green", "blue", "amber"};
    static const double colorEffect[] = {1.2, -0.8, 0.1, -1.5};
    Sequence random(seed);
    QList<SyntheticRow> result;
    for (int i = 0; i < rows; ++i) {
        SyntheticRow row;
        row.x1 = random.uniform() * 4 - 2;
        row.x2 = random.uniform() * 10;
        row.x3 = std::round((random.uniform() * 2 - 1) * 1000) / 1000;
        const int color = random.below(4);
        row.color = QString::fromLatin1(colors[color]);
        const double score = 1.5 * row.x1 - 0.3 * row.x2 + 1.5 + colorEffect[color] + (random.uniform() - 0.5) * 2.5;
        row.label = score > 0 ? 1 : 0;
        const double level = row.x1 + row.x3 + (random.uniform() - 0.5);
        row.grade = level < -0.7 ? QStringLiteral("low") : level < 0.7 ? QStringLiteral("mid") : QStringLiteral("high");
        row.amount = 3 * row.x1 + 0.5 * row.x2 * row.x3 + colorEffect[color] + random.uniform();
        if (missingColors && random.below(12) == 0)
            row.color.clear();
        result << row;
    }
    return result;
}

inline const QStringList& syntheticHeader()
{
    static const QStringList header = {QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3"), QStringLiteral("color"), QStringLiteral("label"), QStringLiteral("grade"), QStringLiteral("amount")};
    return header;
}

// The rows as CSV with the columns in `columns` order (default: syntheticHeader()).
inline QByteArray syntheticCsv(const QList<SyntheticRow>& rows, QStringList columns = {})
{
    if (columns.isEmpty())
        columns = syntheticHeader();
    QByteArray text = columns.join(u',').toUtf8() + '\n';
    for (const SyntheticRow& row : rows) {
        QStringList fields;
        for (const QString& column : columns) {
            if (column == QStringLiteral("x1"))
                fields << formatNumber(row.x1);
            else if (column == QStringLiteral("x2"))
                fields << formatNumber(row.x2);
            else if (column == QStringLiteral("x3"))
                fields << formatNumber(row.x3);
            else if (column == QStringLiteral("color"))
                fields << row.color;
            else if (column == QStringLiteral("label"))
                fields << QString::number(row.label);
            else if (column == QStringLiteral("grade"))
                fields << row.grade;
            else if (column == QStringLiteral("amount"))
                fields << formatNumber(row.amount);
            else
                fields << QString();
        }
        text += fields.join(u',').toUtf8() + '\n';
    }
    return text;
}

// Imports `path` as dataset `name` in this process.
inline Result<ImportResult> importFile(Workspace& workspace, const QString& path, const QString& name,
                                       const QHash<QString, ColumnType>& types = {})
{
    ImportOptions options;
    options.path = path;
    options.name = name;
    options.typeOverrides = types;
    JobControl control;
    return importDataset(workspace, options, control);
}

} // namespace grove::test
