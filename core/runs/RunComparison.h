#pragma once

#include "core/store/RunStore.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace grove {

// A run's configuration as flat settings: "params.max_depth", "rounds", "validation.kind",
// "dataset", "features.excluded", ... with their values as text, so that runs can be compared
// setting by setting.
QMap<QString, QString> flattenSettings(const RunRecord& run);

struct RunComparison
{
    QList<qint64> runs;
    // Every setting any run has, in name order, with each run's value (empty: the run lacks it).
    QMap<QString, QStringList> settings;
    // The settings whose values are not the same in all runs.
    QStringList differing;
    // Per run, its final and best metrics ({"final": {"valid": {...}}, "best": {...}}).
    QList<QJsonObject> metrics;

    // "split.metric" for every final metric any run has, in the order first met; only the given
    // splits, in that order, when `splits` is not empty.
    QStringList finalMetricKeys(const QStringList& splits = {}) const;

    QJsonObject toJson() const;
};

RunComparison compareRuns(const QList<RunRecord>& runs);

} // namespace grove
