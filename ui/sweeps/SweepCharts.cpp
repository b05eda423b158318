#include "ui/sweeps/SweepCharts.h"

#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "ui/charts/CurvePlot.h"
#include "ui/charts/HeatMapPlot.h"
#include "ui/charts/ParallelPlot.h"
#include "ui/charts/ScatterPlot.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::SweepCharts)
};

QString valueText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 6);
    return value.toString();
}

// 0 for the worst value, 1 for the best.
std::vector<double> fractions(const std::vector<double>& values, bool maximize)
{
    double low = INFINITY, high = -INFINITY;
    for (double v : values) {
        low = std::min(low, v);
        high = std::max(high, v);
    }
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values) {
        const double f = high > low ? (v - low) / (high - low) : 1.0;
        out.push_back(maximize ? f : 1 - f);
    }
    return out;
}

} // namespace

SweepPage readSweepPage(const QString& directory, const SweepPageRequest& request)
{
    SweepPage page;
    auto workspace = Workspace::connect(directory, Workspace::Access::ReadIfLocked);
    if (!workspace) {
        page.error = workspace.error().toString();
        return page;
    }
    auto sweeps = SweepStore(workspace->database()).list();
    if (!sweeps) {
        page.error = sweeps.error().toString();
        return page;
    }
    page.sweeps = std::move(*sweeps);
    if (page.sweeps.isEmpty())
        return page;
    const qint64 wanted = request.sweepId;
    const bool known = std::any_of(page.sweeps.begin(), page.sweeps.end(), [wanted](const SweepRecord& r) { return r.id == wanted; });
    const qint64 id = known ? wanted : page.sweeps.last().id;
    auto state = loadSweep(*workspace, QString::number(id));
    if (!state) {
        page.error = state.error().toString();
        return page;
    }
    page.state = std::move(*state);
    page.beingRun = sweepIsBeingRun(*workspace, id);
    if (request.importanceSweep != id || request.importanceFinished != page.state->finished()) {
        page.importanceRead = true;
        if (auto importance = parameterImportance(*page.state))
            page.importance = std::move(*importance);
        else
            page.importanceNote = importance.error().message;
    }

    const SweepDefinition& d = page.state->definition;
    if (d.strategy != SweepStrategy::Halving)
        return page;
    RunStore runs(workspace->database());
    for (const RungCurve& c : rungCurves(*page.state)) {
        if (request.knownCurves.contains(c.runId))
            continue;
        auto history = runs.history(c.runId);
        if (!history)
            continue;
        for (const StoredSeries& s : *history) {
            if (s.split == d.objectiveSplit && s.metric == d.objectiveMetric && s.fold < 0) {
                page.curves.insert(c.runId, s.values);
                break;
            }
        }
    }
    return page;
}

std::vector<RungCurve> rungCurves(const SweepState& state)
{
    std::map<int, const SweepTrial*> furthest; // by trial: its furthest finished run
    std::set<std::pair<int, int>> planned;       // (trial, rung) of every trial, whatever its status
    std::set<int> begun;                         // rungs with any trial
    for (const SweepTrial& t : state.trials) {
        planned.insert({t.trial, t.rung});
        begun.insert(t.rung);
        if (!t.runId || t.repeat != 0 || t.status != u"finished"_s)
            continue;
        const SweepTrial*& best = furthest[t.trial];
        if (!best || t.rung > best->rung)
            best = &t;
    }
    std::vector<RungCurve> out;
    for (const auto& [trial, t] : furthest) {
        const bool cut = begun.count(t->rung + 1) > 0 && planned.count({trial, t->rung + 1}) == 0;
        out.push_back({trial, t->rung, *t->runId, cut});
    }
    return out;
}

SweepConfigurations configurationsOf(const SweepState& state)
{
    // Each configuration's parameters, from its first trial run (all its runs share them).
    std::map<int, const QJsonObject*> params;
    for (const SweepTrial& t : state.trials)
        params.emplace(t.trial, &t.params);
    SweepConfigurations out;
    for (const auto& [trial, value] : meanObjectives(state.trials)) {
        out.trials.push_back(trial);
        out.params.push_back(*params.at(trial));
        out.values.push_back(value);
    }
    return out;
}

void showHistory(CurvePlot* plot, const SweepState& state, const SweepConfigurations& configurations)
{
    const bool maximize = state.definition.maximize;
    CurvePlot::Curve values{Text::tr("Trial value"), QColor(0x7f, 0x8c, 0x9a), {}};
    CurvePlot::Curve best{Text::tr("Best so far"), QColor(0x1f, 0x77, 0xb4), {}};
    if (!configurations.trials.empty()) {
        // The configurations come in trial order; trials without a value stay gaps.
        const std::size_t length = std::size_t(configurations.trials.back() + 1);
        values.values.assign(length, NAN);
        best.values.assign(length, NAN);
        for (std::size_t i = 0; i < configurations.trials.size(); ++i)
            values.values[std::size_t(configurations.trials[i])] = configurations.values[i];
        double running = NAN;
        for (std::size_t trial = 0; trial < length; ++trial) {
            const double v = values.values[trial];
            if (std::isfinite(v) && (!std::isfinite(running) || (maximize ? v > running : v < running)))
                running = v;
            best.values[trial] = running;
        }
    }
    plot->setAxisTitles(Text::tr("Trial"), state.definition.objective());
    plot->setCurves({values, best});
}

void showParallel(ParallelPlot* plot, const SweepState& state, const SweepConfigurations& configurations)
{
    QList<ParallelPlot::Axis> axes;
    for (const SearchDimension& d : state.definition.space) {
        ParallelPlot::Axis axis{d.name, {}};
        for (const QJsonObject& params : configurations.params)
            axis.values << valueText(params.value(d.name));
        axes << axis;
    }
    QStringList labels;
    for (int trial : configurations.trials)
        labels << Text::tr("Trial %1").arg(trial);
    plot->setData(axes, state.definition.objective(), configurations.values, labels, state.definition.maximize);
}

void showScatter(ScatterPlot* plot, const SearchDimension& dimension, const SweepState& state,
                 const SweepConfigurations& configurations)
{
    const std::vector<double> shade = fractions(configurations.values, state.definition.maximize);
    QList<ScatterPlot::Point> points;
    for (std::size_t i = 0; i < configurations.values.size(); ++i)
        points.append({Text::tr("Trial %1").arg(configurations.trials[i]), scaleColor(shade[i]),
                       valueText(configurations.params[i].value(dimension.name)), configurations.values[i]});
    plot->setData(dimension.name, state.definition.objective(), points);
    plot->setLogX(dimension.kind == SearchDimension::Kind::LogUniform && plot->canUseLogX());
}

QStringList showHeatMap(HeatMapPlot* plot, const SweepState& state, const SweepConfigurations& configurations,
                        const std::optional<SweepImportance>& importance)
{
    QStringList names;
    if (importance) {
        for (const ParameterImportance& p : importance->parameters)
            names << p.parameter;
    }
    for (const SearchDimension& d : state.definition.space) {
        if (!names.contains(d.name))
            names << d.name;
    }
    names = names.mid(0, 2);
    if (names.size() < 2) {
        plot->setData({}, {}, state.definition.objective(), {}, state.definition.maximize);
        return names;
    }
    const auto axisOf = [&](const QString& name) {
        HeatMapPlot::Axis axis{name, {}, false};
        for (const SearchDimension& d : state.definition.space) {
            if (d.name == name)
                axis.log = d.kind == SearchDimension::Kind::LogUniform;
        }
        for (const QJsonObject& params : configurations.params)
            axis.values << valueText(params.value(name));
        return axis;
    };
    plot->setData(axisOf(names[0]), axisOf(names[1]), state.definition.objective(), configurations.values,
                  state.definition.maximize);
    return names;
}

void showRungs(CurvePlot* plot, const SweepState& state, const QHash<qint64, std::vector<double>>& values)
{
    const std::vector<RungCurve> rungs = rungCurves(state);
    int full = 0;
    for (const RungCurve& c : rungs)
        full += c.cutShort ? 0 : 1;
    std::vector<CurvePlot::Curve> curves;
    int shown = 0;
    for (const RungCurve& c : rungs) {
        const auto found = values.constFind(c.runId);
        if (found == values.constEnd())
            continue;
        CurvePlot::Curve curve;
        curve.label = Text::tr("Trial %1 (run %2), rung %3").arg(c.trial).arg(c.runId).arg(c.rung);
        curve.color = c.cutShort ? QColor(0x9a, 0x9a, 0xa8) : seriesColor(shown++, std::max(1, full));
        curve.values = *found;
        curve.cutShort = c.cutShort;
        curves.push_back(std::move(curve));
    }
    plot->setAxisTitles(Text::tr("Round"), state.definition.objective());
    plot->setCurves(std::move(curves));
}

} // namespace grove
