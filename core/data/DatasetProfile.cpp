#include "core/data/DatasetProfile.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

void putOptional(QJsonObject& json, const QString& key, const std::optional<double>& value)
{
    if (value)
        json.insert(key, *value);
}

std::optional<double> getOptional(const QJsonObject& json, const QString& key)
{
    const QJsonValue value = json.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

QJsonObject ColumnProfile::toJson() const
{
    QJsonObject json{{u"name"_s, name},
                     {u"type"_s, columnTypeKey(type)},
                     {u"inferred_type"_s, columnTypeKey(inferredType)},
                     {u"missing"_s, missing},
                     {u"distinct"_s, distinct}};
    if (distinctIsEstimate)
        json.insert(u"distinct_estimated"_s, true);
    if (!hints.isEmpty())
        json.insert(u"hints"_s, QJsonArray::fromStringList(hints));
    if (type == ColumnType::Numeric) {
        putOptional(json, u"min"_s, min);
        putOptional(json, u"max"_s, max);
        putOptional(json, u"mean"_s, mean);
        putOptional(json, u"std"_s, stddev);
        putOptional(json, u"q1"_s, q1);
        putOptional(json, u"median"_s, median);
        putOptional(json, u"q3"_s, q3);
        json.insert(u"infinite"_s, infinite);
        json.insert(u"integers"_s, allIntegers);
        QJsonArray bins;
        for (const HistogramBin& bin : histogram)
            bins.append(QJsonArray{bin.lower, bin.upper, bin.count});
        json.insert(u"histogram"_s, bins);
    } else {
        QJsonArray top;
        for (const CategoryCount& category : topValues)
            top.append(QJsonObject{{u"value"_s, category.value}, {u"count"_s, category.count}});
        json.insert(u"top"_s, top);
        json.insert(u"mean_length"_s, meanLength);
    }
    return json;
}

ColumnProfile ColumnProfile::fromJson(const QJsonObject& json)
{
    ColumnProfile column;
    column.name = json.value(u"name"_s).toString();
    column.type = columnTypeFromKey(json.value(u"type"_s).toString()).value_or(ColumnType::Text);
    column.inferredType =
        columnTypeFromKey(json.value(u"inferred_type"_s).toString()).value_or(column.type);
    column.missing = json.value(u"missing"_s).toInteger();
    column.distinct = json.value(u"distinct"_s).toInteger();
    column.distinctIsEstimate = json.value(u"distinct_estimated"_s).toBool();
    for (const QJsonValue& hint : json.value(u"hints"_s).toArray())
        column.hints << hint.toString();
    column.min = getOptional(json, u"min"_s);
    column.max = getOptional(json, u"max"_s);
    column.mean = getOptional(json, u"mean"_s);
    column.stddev = getOptional(json, u"std"_s);
    column.q1 = getOptional(json, u"q1"_s);
    column.median = getOptional(json, u"median"_s);
    column.q3 = getOptional(json, u"q3"_s);
    column.infinite = json.value(u"infinite"_s).toInteger();
    column.allIntegers = json.value(u"integers"_s).toBool();
    for (const QJsonValue& value : json.value(u"histogram"_s).toArray()) {
        const QJsonArray bin = value.toArray();
        column.histogram << HistogramBin{bin.at(0).toDouble(), bin.at(1).toDouble(),
                                         bin.at(2).toInteger()};
    }
    for (const QJsonValue& value : json.value(u"top"_s).toArray()) {
        const QJsonObject category = value.toObject();
        column.topValues << CategoryCount{category.value(u"value"_s).toString(),
                                          category.value(u"count"_s).toInteger()};
    }
    column.meanLength = json.value(u"mean_length"_s).toDouble();
    return column;
}

int DatasetProfile::indexOf(const QString& name) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name == name)
            return i;
    }
    return -1;
}

QJsonObject DatasetProfile::toJson() const
{
    QJsonArray array;
    for (const ColumnProfile& column : columns)
        array.append(column.toJson());
    return {{u"rows"_s, rows}, {u"columns"_s, array}};
}

Result<DatasetProfile> DatasetProfile::fromJson(const QJsonObject& json)
{
    if (!json.value(u"rows"_s).isDouble() || !json.value(u"columns"_s).isArray())
        return Error::internal(QCoreApplication::translate(
            "grove::DatasetProfile", "The stored dataset profile is damaged."));
    DatasetProfile profile;
    profile.rows = json.value(u"rows"_s).toInteger();
    for (const QJsonValue& column : json.value(u"columns"_s).toArray())
        profile.columns << ColumnProfile::fromJson(column.toObject());
    return profile;
}

} // namespace grove
