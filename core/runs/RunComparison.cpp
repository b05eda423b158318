#include "core/runs/RunComparison.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

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

QMap<QString, QString> flattenSettings(const RunRecord& run)
{
    QMap<QString, QString> settings;
    QJsonObject config = run.config;
    // Bookkeeping, not choices: the data section is described by dataset names and hashes.
    config.remove(u"schema"_s);
    config.remove(u"data"_s);
    QJsonObject params = config.take(u"params"_s).toObject();
    const QJsonObject extra = params.take(u"extra"_s).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        params.insert(it.key(), it.value()); // extra parameters are parameters like the others
    config.insert(u"params"_s, params);
    if (config.contains(u"exclude"_s))
        config.insert(u"features.excluded"_s, config.take(u"exclude"_s));
    // The dataset by name and content, as people know it, rather than its id in this workspace.
    const QJsonObject data = run.config.value(u"data"_s).toObject();
    config.insert(u"dataset"_s, data.value(u"dataset"_s).toObject().value(u"name"_s));
    settings.insert(u"dataset.content_hash"_s, data.value(u"dataset"_s).toObject().value(u"content_hash"_s).toString());
    if (data.contains(u"valid_dataset"_s)) {
        QJsonObject validation = config.value(u"validation"_s).toObject();
        validation.insert(u"dataset"_s, data.value(u"valid_dataset"_s).toObject().value(u"name"_s));
        config.insert(u"validation"_s, validation);
    }
    flatten(config, QString(), settings);
    return settings;
}

RunComparison compareRuns(const QList<RunRecord>& runs)
{
    RunComparison comparison;
    QList<QMap<QString, QString>> flat;
    QSet<QString> names;
    for (const RunRecord& run : runs) {
        comparison.runs << run.id;
        flat << flattenSettings(run);
        for (auto it = flat.last().cbegin(); it != flat.last().cend(); ++it)
            names.insert(it.key());
        comparison.metrics << QJsonObject{{u"final"_s, run.finalMetrics}, {u"best"_s, run.bestMetrics}};
    }
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    for (const QString& name : sorted) {
        QStringList values;
        for (const auto& settings : flat)
            values << settings.value(name);
        comparison.settings.insert(name, values);
        if (values.size() > 1 && std::any_of(values.begin(), values.end(), [&](const QString& v) { return v != values.first(); }))
            comparison.differing << name;
    }
    return comparison;
}

QStringList RunComparison::finalMetricKeys(const QStringList& splits) const
{
    QStringList keys;
    for (const QJsonObject& run : metrics) {
        const QJsonObject final = run.value(u"final"_s).toObject();
        for (const QString& split : splits.isEmpty() ? final.keys() : splits) {
            const QJsonObject values = final.value(split).toObject();
            for (auto it = values.begin(); it != values.end(); ++it) {
                const QString key = split + u'.' + it.key();
                if (!keys.contains(key))
                    keys << key;
            }
        }
    }
    return keys;
}

QJsonObject RunComparison::toJson() const
{
    QJsonObject differingJson;
    for (const QString& name : differing) {
        QJsonObject byRun;
        const QStringList values = settings.value(name);
        for (qsizetype i = 0; i < runs.size(); ++i)
            byRun.insert(QString::number(runs[i]), values.value(i).isEmpty() ? QJsonValue() : QJsonValue(values.value(i)));
        differingJson.insert(name, byRun);
    }
    QJsonArray runsJson;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        QJsonObject run = metrics.value(i);
        run.insert(u"run_id"_s, runs[i]);
        runsJson.append(run);
    }
    QJsonArray same;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        if (!differing.contains(it.key()))
            same.append(it.key());
    }
    return {{u"differing"_s, differingJson}, {u"same"_s, same}, {u"runs"_s, runsJson}};
}

} // namespace grove
