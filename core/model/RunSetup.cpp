#include "core/model/RunSetup.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

QString text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << text(item);
        return items.join(u", "_s);
    }
    default:
        return QString();
    }
}

void flatten(const QJsonObject& object, const QString& prefix, QMap<QString, QString>& out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject())
            flatten(it.value().toObject(), prefix + it.key() + u'.', out);
        else
            out.insert(prefix + it.key(), text(it.value()));
    }
}

} // namespace


QJsonObject DatasetLineage::toJson() const
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"content_hash"_s, contentHash}, {u"rows"_s, rows}};
}

DatasetLineage DatasetLineage::fromJson(const QJsonObject& json)
{
    DatasetLineage lineage;
    lineage.id = json.value(u"id"_s).toInteger();
    lineage.name = json.value(u"name"_s).toString();
    lineage.contentHash = json.value(u"content_hash"_s).toString();
    lineage.rows = json.value(u"rows"_s).toInteger();
    return lineage;
}

QJsonObject TrainingData::toJson() const
{
    QJsonObject json{{u"dataset"_s, dataset.toJson()},
                     {u"train_rows"_s, trainRows},
                     {u"valid_rows"_s, validRows},
                     {u"rows_without_target"_s, rowsWithoutTarget}};
    if (validDataset)
        json.insert(u"valid_dataset"_s, validDataset->toJson());
    return json;
}

TrainingData TrainingData::fromJson(const QJsonObject& json)
{
    TrainingData data;
    data.dataset = DatasetLineage::fromJson(json.value(u"dataset"_s).toObject());
    if (json.value(u"valid_dataset"_s).isObject())
        data.validDataset = DatasetLineage::fromJson(json.value(u"valid_dataset"_s).toObject());
    data.trainRows = json.value(u"train_rows"_s).toInteger();
    data.validRows = json.value(u"valid_rows"_s).toInteger();
    data.rowsWithoutTarget = json.value(u"rows_without_target"_s).toInteger();
    return data;
}

QJsonObject RunSetup::toJson() const
{
    if (!problem.isEmpty())
        return unread;
    QJsonObject json = config.toJson();
    json.insert(u"schema"_s, schema.toJson());
    json.insert(u"data"_s, data.toJson());
    return json;
}

QJsonObject RunSetup::configJson() const
{
    if (problem.isEmpty())
        return config.toJson();
    QJsonObject json = unread;
    json.remove(u"schema"_s);
    json.remove(u"data"_s);
    return json;
}

RunSetup RunSetup::fromJson(const QJsonObject& json)
{
    RunSetup setup;
    setup.schema = ModelSchema::fromJson(json.value(u"schema"_s).toObject());
    setup.data = TrainingData::fromJson(json.value(u"data"_s).toObject());
    // A stored configuration passes over fields it does not know, "schema" and "data" among them.
    if (auto config = RunConfig::fromJson(json, RunConfig::Source::Stored))
        setup.config = std::move(config.value());
    else {
        setup.problem = config.error().message;
        setup.unread = json;
    }
    return setup;
}

QJsonValue RunSetup::setting(QStringView name) const
{
    if (name == u"threads")
        return config.threads;
    if (name == u"seed")
        return QString::number(config.seed);
    if (name.startsWith(u"params."))
        return config.params.value(name.mid(7));
    return QJsonValue(QJsonValue::Undefined);
}

QMap<QString, QString> RunSetup::settingsByName() const
{
    QMap<QString, QString> settings;
    // Bookkeeping (schema, data) is left out: the data are described by dataset names and hashes.
    QJsonObject config = configJson();
    QJsonObject params = config.take(u"params"_s).toObject();
    const QJsonObject extra = params.take(u"extra"_s).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        params.insert(it.key(), it.value()); // extra parameters are parameters like the others
    config.insert(u"params"_s, params);
    if (config.contains(u"exclude"_s))
        config.insert(u"features.excluded"_s, config.take(u"exclude"_s));
    // The dataset by name and content, as people know it, rather than its id in this workspace.
    config.insert(u"dataset"_s, data.dataset.name);
    settings.insert(u"dataset.content_hash"_s, data.dataset.contentHash);
    if (data.validDataset) {
        QJsonObject validation = config.value(u"validation"_s).toObject();
        validation.insert(u"dataset"_s, data.validDataset->name);
        config.insert(u"validation"_s, validation);
    }
    flatten(config, QString(), settings);
    return settings;
}

} // namespace grove
