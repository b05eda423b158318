#include "core/runs/RunComparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunComparison)
};

} // namespace

QMap<QString, QString> flattenSettings(const RunRecord& run) { return run.setup.settingsByName(); }

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

ComparedRuns loadComparedRuns(RunStore& store, const QList<qint64>& runIds)
{
    ComparedRuns compared;
    for (qint64 id : runIds) {
        auto run = store.byId(id);
        if (!run || !run->has_value()) {
            compared.problems << (!run ? run.error().toString() : Text::tr("There is no run %1.").arg(id));
            continue;
        }
        auto history = store.history(id);
        if (!history) {
            compared.problems << history.error().toString();
            continue;
        }
        compared.records << **run;
        compared.histories.push_back(std::move(*history));
    }
    compared.comparison = compareRuns(compared.records);
    return compared;
}

QStringList ComparedRuns::metrics() const
{
    QStringList names;
    for (const auto& history : histories) {
        for (const StoredSeries& series : history) {
            if (!names.contains(series.metric))
                names << series.metric;
        }
    }
    return names;
}

double ComparedRuns::metricValue(int run, const QString& key) const
{
    const QStringList parts = key.split(u'|');
    if (parts.size() != 3 || run < 0 || run >= comparison.metrics.size())
        return std::nan("");
    const QJsonValue value = comparison.metrics[run].value(parts[0]).toObject().value(parts[1]).toObject().value(parts[2]);
    return value.isDouble() ? value.toDouble() : std::nan("");
}

} // namespace grove
