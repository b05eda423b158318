#pragma once

#include "core/store/SweepStore.h"
#include "core/sweep/Importance.h"
#include "core/sweep/SweepRunner.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace grove {

class CurvePlot;
class HeatMapPlot;
class ParallelPlot;
class ScatterPlot;

// What the sweep page shows, read off the UI thread.
struct SweepPage
{
    QList<SweepRecord> sweeps; // every sweep of the workspace, for the chooser
    std::optional<SweepState> state;
    std::optional<SweepImportance> importance;
    QString importanceNote; // why there is none
    // Halving: each configuration's objective curve at the furthest rung it reached.
    struct Curve
    {
        int trial = 0;
        int rung = 0;
        qint64 runId = 0;
        std::vector<double> values;
        bool cutShort = false; // not promoted to the last rung
    };
    std::vector<Curve> curves;
    // A trial of the sweep is being trained by a live process (this window or grove-cli): then
    // it must not be resumed here.
    bool activeElsewhere = false;
    QString error;
};

// Reads the sweeps, sweep `sweepId` (-1: the newest) with its trials, its parameter importance
// and, for halving, its configurations' curves.
SweepPage readSweepPage(const QString& directory, qint64 sweepId);

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
void showHistory(CurvePlot* plot, const SweepState& state);
void showParallel(ParallelPlot* plot, const SweepState& state, const SweepConfigurations& configurations);
void showScatter(ScatterPlot* plot, const SearchDimension& dimension, const SweepState& state,
                 const SweepConfigurations& configurations);
// The two parameters that mattered most (by importance, else the first two); returns which.
QStringList showHeatMap(HeatMapPlot* plot, const SweepState& state, const SweepConfigurations& configurations,
                        const std::optional<SweepImportance>& importance);
void showRungs(CurvePlot* plot, const SweepPage& page);

} // namespace grove
