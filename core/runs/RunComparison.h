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

// Runs to compare, with their metric histories, as the Compare page shows them.
struct ComparedRuns
{
    QList<RunRecord> records;
    std::vector<std::vector<StoredSeries>> histories; // histories[i] belongs to records[i]
    RunComparison comparison;
    QStringList problems; // the runs that could not be read, one line each

    // Every metric any history has, in the order first met.
    QStringList metrics() const;
    // A run's metric by "final|valid|auc" or "best|valid|auc"; NaN when it has none.
    double metricValue(int run, const QString& key) const;
};

// Reads the runs (those that can be read; the others are named in `problems`) and compares them.
ComparedRuns loadComparedRuns(RunStore& store, const QList<qint64>& runIds);

} // namespace grove
