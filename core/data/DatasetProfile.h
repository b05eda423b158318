#pragma once

#include "core/common/Result.h"
#include "core/data/ColumnType.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace grove {

struct HistogramBin
{
    double lower = 0;
    double upper = 0;
    qint64 count = 0;
};

struct CategoryCount
{
    QString value;
    qint64 count = 0;
};

// What a column holds, computed once over all rows at import and stored with the snapshot.
struct ColumnProfile
{
    QString name;
    ColumnType type = ColumnType::Numeric;
    ColumnType inferredType = ColumnType::Numeric; // Grove's guess; differs if the user chose
    qint64 missing = 0;
    qint64 distinct = 0;
    bool distinctIsEstimate = false; // above 65,536 distinct numbers the count is estimated
    QStringList hints;

    // Numeric columns (finite values only; infinities are counted apart).
    std::optional<double> min, max, mean, stddev, q1, median, q3;
    qint64 infinite = 0;
    bool allIntegers = false;
    QList<HistogramBin> histogram;

    // Categorical and text columns: the most frequent values, most frequent first.
    QList<CategoryCount> topValues;
    double meanLength = 0;

    QJsonObject toJson() const;
    static ColumnProfile fromJson(const QJsonObject& json);
};

struct DatasetProfile
{
    qint64 rows = 0;
    QList<ColumnProfile> columns;

    int indexOf(const QString& name) const;
    QJsonObject toJson() const;
    static Result<DatasetProfile> fromJson(const QJsonObject& json);
};

} // namespace grove
