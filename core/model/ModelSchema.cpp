#include "core/model/ModelSchema.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace grove {

const FeatureColumn* ModelSchema::feature(QStringView name) const
{
    for (const FeatureColumn& column : features) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

QJsonObject ModelSchema::toJson() const
{
    QJsonArray featureList;
    for (const FeatureColumn& feature : features) {
        QJsonObject json{{u"name"_s, feature.name},
                         {u"type"_s, feature.categorical ? u"categorical"_s : u"numeric"_s}};
        if (feature.categorical)
            json.insert(u"categories"_s, QJsonArray::fromStringList(feature.categories));
        featureList.append(json);
    }
    QJsonObject json{{u"objective"_s, objective}, {u"target"_s, target}, {u"features"_s, featureList}};
    if (task) {
        json.insert(u"task"_s, taskKey(*task));
        if (*task != Task::Regression)
            json.insert(u"classes"_s, QJsonArray::fromStringList(classes));
    }
    return json;
}

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

ModelSchema ModelSchema::fromJson(const QJsonObject& json)
{
    ModelSchema schema;
    schema.task = taskFromKey(json.value(u"task"_s).toString());
    schema.objective = json.value(u"objective"_s).toString();
    schema.target = json.value(u"target"_s).toString();
    for (const QJsonValue& value : json.value(u"features"_s).toArray()) {
        const QJsonObject object = value.toObject();
        FeatureColumn feature;
        feature.name = object.value(u"name"_s).toString();
        feature.categorical = object.value(u"type"_s).toString() == u"categorical"_s;
        if (feature.categorical)
            feature.categories = strings(object.value(u"categories"_s));
        schema.features << feature;
    }
    schema.classes = strings(json.value(u"classes"_s));
    return schema;
}

} // namespace grove
