#include "ui/runs/MetricChart.h"

#include "core/runs/RunGroups.h"
#include "ui/charts/CurvePlot.h"
#include "ui/runs/RunFormat.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

QColor splitColor(const QString& split, int fold)
{
    QColor color = split == u"train"_s ? QColor(0x1f, 0x77, 0xb4) : QColor(0xe0, 0x6c, 0x00);
    if (fold >= 0)
        color.setAlphaF(0.45f); // per-fold curves recede behind the final ones
    return color;
}

} // namespace

MetricChart::MetricChart(const QString& metric, QWidget* parent)
    : QWidget(parent), m_metric(metric), m_plot(new CurvePlot(this)), m_log(new QCheckBox(tr("&Log scale"), this))
{
    setObjectName(u"metricChart_"_s + metric);
    setMinimumSize(320, 260);
    m_plot->setObjectName(u"metricPlot_"_s + metric);
    m_plot->setTitle(metric);
    m_plot->setAxisTitles(tr("Iteration"), metric);
    m_plot->setLegendVisible(true);
    m_log->setObjectName(u"metricLogScale_"_s + metric);
    connect(m_log, &QCheckBox::toggled, m_plot, &CurvePlot::setLogScale);

    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setObjectName(u"metricExport_"_s + metric);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    menu->addAction(tr("Chart as PNG…"), this, [this] { exportAs(u"png"_s); });
    menu->addAction(tr("Chart as SVG…"), this, [this] { exportAs(u"svg"_s); });
    exportButton->setMenu(menu);

    auto* tools = new QHBoxLayout;
    tools->addStretch(1);
    tools->addWidget(m_log);
    tools->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(tools);
    layout->addWidget(m_plot, 1);
    updatePlot();
}

void MetricChart::append(const QString& split, int fold, int firstIteration, const std::vector<double>& values)
{
    if (values.empty() || firstIteration < 0)
        return;
    const auto key = qMakePair(split, fold);
    if (!m_values.contains(key))
        m_order << key;
    std::vector<double>& stored = m_values[key];
    const std::size_t end = std::size_t(firstIteration) + values.size();
    if (stored.size() < end)
        stored.resize(end, std::nan(""));
    std::copy(values.begin(), values.end(), stored.begin() + firstIteration);
    updatePlot();
}

void MetricChart::clear()
{
    m_order.clear();
    m_values.clear();
    m_best.reset();
    m_plot->setMarker(std::nullopt, {});
    m_plot->setCurves({});
    updatePlot();
}

void MetricChart::setBestIteration(std::optional<int> iteration)
{
    m_best = iteration;
    m_plot->setMarker(iteration ? std::optional<double>(*iteration) : std::nullopt,
                      iteration ? tr("best iteration %1").arg(*iteration) : QString());
}

void MetricChart::updatePlot()
{
    std::vector<CurvePlot::Curve> curves;
    curves.reserve(std::size_t(m_order.size()));
    QStringList splits; // those with folds, in the order first met
    QHash<QString, std::vector<const std::vector<double>*>> folds;
    for (const auto& key : std::as_const(m_order)) {
        const QString split = RunFormat::splitName(key.first);
        curves.push_back({key.second < 0 ? split : tr("fold %1 · %2").arg(key.second + 1).arg(split),
                          splitColor(key.first, key.second), m_values.value(key)});
        if (key.second >= 0) {
            if (!folds.contains(key.first))
                splits << key.first;
            folds[key.first].push_back(&m_values.find(key).value());
        }
    }
    // Cross-validation: the mean over the folds at each round, with a band of ± one standard
    // deviation, over the folds' own curves.
    for (const QString& split : std::as_const(splits)) {
        const auto& curvesOfFolds = folds.value(split);
        if (curvesOfFolds.size() < 2)
            continue;
        CurveSummary summary = summarizeCurves(curvesOfFolds, Spread::StdDev);
        CurvePlot::Curve mean;
        mean.label = tr("mean ± std of %n folds · %1", nullptr, int(curvesOfFolds.size())).arg(RunFormat::splitName(split));
        mean.color = splitColor(split, -1);
        mean.values = std::move(summary.mean);
        mean.low = std::move(summary.low);
        mean.high = std::move(summary.high);
        curves.push_back(std::move(mean));
    }
    if (curves.size() != std::size_t(m_plot->curveCount()))
        m_plot->setCurves(std::move(curves)); // a new curve: show everything
    else
        m_plot->updateCurves(std::move(curves)); // more rounds: a zoomed view stays
}

int MetricChart::pointCount(const QString& split, int fold) const
{
    const auto found = m_values.constFind(qMakePair(split, fold));
    return found == m_values.cend() ? 0 : int(found->size());
}

bool MetricChart::exportTo(const QString& path, QString* error) { return m_plot->exportTo(path, error); }

void MetricChart::exportAs(const QString& suffix)
{
    QString error;
    const QString path = m_plot->exportWithDialog(u"curves-%1"_s.arg(m_metric), suffix, &error);
    if (!error.isEmpty())
        emit errorOccurred(error);
    else if (!path.isEmpty())
        emit message(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace grove
