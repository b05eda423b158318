#pragma once

#include "core/store/SweepStore.h"
#include "core/sweep/Importance.h"
#include "core/sweep/SweepRunner.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace grove {

class CurvePlot;
class HeatMapPlot;
class ParallelPlot;
class ScatterPlot;

// What the sweep page asks for: the sweep (-1: the newest), and what it has already, so that a
// reading while trials end does not fit the importance model or read curves again for nothing.
struct SweepPageRequest
{
    qint64 sweepId = -1;
    qint64 importanceSweep = -1; // the sweep and finished trial runs of the importance it has
    int importanceFinished = -1;
    QSet<qint64> knownCurves; // runs whose objective curve it has
};

// What the sweep page shows, read off the UI thread.
struct SweepPage
{
    QList<SweepRecord> sweeps; // every sweep of the workspace, for the chooser
    std::optional<SweepState> state;
    bool importanceRead = false; // else the request's importance still holds
    std::optional<SweepImportance> importance;
    QString importanceNote; // why there is none
    // Halving: the objective curves of the runs in rungCurves() that the request did not have.
    QHash<qint64, std::vector<double>> curves;
    bool beingRun = false; // a process (this one included) is running the sweep
    QString error;
};

SweepPage readSweepPage(const QString& directory, const SweepPageRequest& request);

// Successive halving: each configuration's run at the furthest rung it finished (its first
// repeat). It was cut short when the next rung has begun without it.
struct RungCurve
{
    int trial = 0;
    int rung = 0;
    qint64 runId = 0;
    bool cutShort = false;
};
std::vector<RungCurve> rungCurves(const SweepState& state);

// One entry per configuration with a value: its trial number, parameters and mean objective at
// the furthest rung it reached.
struct SweepConfigurations
{
    std::vector<int> trials;
    std::vector<QJsonObject> params;
    std::vector<double> values;
};
SweepConfigurations configurationsOf(const SweepState& state);

// The charts of the sweep page, each from what the page read.
void showHistory(CurvePlot* plot, const SweepState& state, const SweepConfigurations& configurations);
void showParallel(ParallelPlot* plot, const SweepState& state, const SweepConfigurations& configurations);
void showScatter(ScatterPlot* plot, const SearchDimension& dimension, const SweepState& state,
                 const SweepConfigurations& configurations);
// The two parameters that mattered most (by importance, else the first two); returns which.
QStringList showHeatMap(HeatMapPlot* plot, const SweepState& state, const SweepConfigurations& configurations,
                        const std::optional<SweepImportance>& importance);
void showRungs(CurvePlot* plot, const SweepState& state, const QHash<qint64, std::vector<double>>& curves);

} // namespace grove
