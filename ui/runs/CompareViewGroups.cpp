// CompareView's grouping: Group by (none, the configuration but the seeds, or one setting that
// differs), the band of a group's curve, the legend and curves of runs or groups, and what the
// metrics table and the Significance tab are given.
#include "ui/runs/CompareView.h"

#include "ui/charts/CurvePlot.h"
#include "ui/charts/PlotWidget.h"
#include "ui/runs/ComparisonTables.h"
#include "ui/runs/RunFormat.h"
#include "ui/runs/SignificancePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSplitter>
#include <QStyle>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

QIcon swatch(const QColor& color, bool band)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    if (band) {
        QColor light = color;
        light.setAlpha(70);
        painter.fillRect(QRect(1, 2, 12, 10), light);
    }
    painter.fillRect(QRect(1, 5, 12, 4), color);
    return QIcon(pixmap);
}

} // namespace

QLayout* CompareView::groupingControls()
{
    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(u"compareGroupByCombo"_s);
    // As wide as its longest choice when there is room; a minimum width of its own so that a
    // long setting's name never widens the window.
    m_groupBy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_groupBy->setMinimumWidth(120);
    m_groupBy->setToolTip(tr("Show groups of runs as one: a mean curve with a band, and their metrics as mean ± std. "
                             "“Configuration” puts together the runs that differ only in their seeds (repeats)."));
    m_band = new QComboBox(this);
    m_band->setObjectName(u"compareBandCombo"_s);
    m_band->addItem(tr("± std"), u"std"_s);
    m_band->addItem(tr("min–max"), u"range"_s);
    m_band->setToolTip(tr("The band around a group's mean curve: one standard deviation each side, or the lowest "
                          "to the highest run."));
    fillGroupChoices();
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &CompareView::regroup);
    connect(m_band, &QComboBox::currentIndexChanged, this, &CompareView::rebuildCurves);
    auto* layout = new QHBoxLayout;
    layout->addWidget(new QLabel(tr("Group by:"), this));
    layout->addWidget(m_groupBy);
    layout->addWidget(new QLabel(tr("Band:"), this));
    layout->addWidget(m_band);
    layout->addStretch(1);
    return layout;
}

void CompareView::fillGroupChoices()
{
    const QString previous = m_groupBy->currentData().toString();
    const QSignalBlocker blocker(m_groupBy);
    m_groupBy->clear();
    m_groupBy->addItem(tr("None"), u"none"_s);
    m_groupBy->addItem(tr("Configuration (all but seeds)"), u"configuration"_s);
    for (const QString& name : std::as_const(m_runs->comparison.differing)) {
        if (name != u"dataset.content_hash"_s || !m_runs->comparison.differing.contains(u"dataset"_s))
            m_groupBy->addItem(name, name);
    }
    const int index = m_groupBy->findData(previous);
    m_groupBy->setCurrentIndex(index >= 0 ? index : 0);
}

bool CompareView::isGrouped() const { return m_groupBy->currentData().toString() != u"none"_s; }

void CompareView::regroup()
{
    const Grouping grouping = Grouping::fromText(m_groupBy->currentData().toString());
    m_groups = groupRuns(m_runs->comparison, grouping);
    m_band->setEnabled(isGrouped());
    fillLegend();
    rebuildCurves();
    m_metricsModel->setRuns(*m_runs, isGrouped() ? m_groups : QList<RunGroup>());
    fitColumns(m_metrics);
    m_significance->setGroups(m_runs, m_groups, isGrouped());
}

QString CompareView::columnLabel(int column, int maxSettings) const
{
    const RunGroup& group = m_groups[column];
    if (!isGrouped())
        return runLabel(group.members.front(), maxSettings);
    return tr("%1 · %n run(s)", nullptr, int(group.members.size())).arg(group.label);
}

QColor CompareView::columnColor(int column) const { return seriesColor(column, int(m_groups.size())); }

void CompareView::rebuildCurves()
{
    const QString metric = m_metric->currentText();
    const QString split = m_split->currentData().toString();
    const Spread spread = m_band->currentData().toString() == u"range"_s ? Spread::MinMax : Spread::StdDev;
    std::vector<CurvePlot::Curve> curves;
    curves.reserve(std::size_t(m_groups.size()));
    for (int g = 0; g < m_groups.size(); ++g) {
        CurvePlot::Curve curve;
        curve.label = columnLabel(g);
        curve.color = columnColor(g);
        // Every stored point; the plot decides how to draw them.
        std::vector<std::vector<double>> members;
        for (int run : m_groups[g].members)
            members.push_back(runCurve(m_runs->histories[std::size_t(run)], metric, split));
        if (isGrouped()) {
            std::vector<const std::vector<double>*> pointers;
            for (const std::vector<double>& values : members)
                pointers.push_back(&values);
            CurveSummary summary = summarizeCurves(pointers, spread);
            curve.values = std::move(summary.mean);
            curve.low = std::move(summary.low);
            curve.high = std::move(summary.high);
        } else {
            curve.values = std::move(members.front());
        }
        curves.push_back(std::move(curve));
    }
    // Curves hidden in the legend stay hidden.
    std::vector<char> visible(curves.size(), 1);
    for (int i = 0; i < m_legend->count() && i < int(curves.size()); ++i)
        visible[std::size_t(i)] = m_legend->item(i)->checkState() == Qt::Checked;
    m_curves->setTitle(metric.isEmpty() ? QString() : tr("%1 on the %2 data").arg(metric, RunFormat::splitName(split)));
    m_curves->setAxisTitles(tr("Iteration"), metric);
    m_curves->setCurves({}); // the options below then cost nothing
    m_curves->setLogScale(m_logScale->isChecked());
    m_curves->setSmoothing(m_smoothing->value());
    m_curves->setCurves(std::move(curves), std::move(visible));
}

void CompareView::fillLegend()
{
    const QSignalBlocker blocker(m_legend);
    m_legend->clear();
    for (int g = 0; g < m_groups.size(); ++g) {
        auto* item = new QListWidgetItem(swatch(columnColor(g), isGrouped()), columnLabel(g), m_legend);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        QString tip = columnLabel(g, 1000).replace(u", "_s, u"\n"_s);
        if (isGrouped()) {
            QStringList ids;
            for (int run : m_groups[g].members)
                ids << QString::number(m_runs->records[run].id);
            tip += u'\n' + tr("Runs %1").arg(ids.join(u", "_s));
        }
        item->setToolTip(tip);
    }
    fitLegendToLabels();
}

void CompareView::fitLegendToLabels()
{
    // The legend's side of the splitter takes the width its labels need, up to a third of the
    // page: wider for long labels, narrower again for short ones (the plot gets the rest). A user
    // who drags it keeps that until the runs or their grouping change.
    auto* splitter = qobject_cast<QSplitter*>(m_legend->parentWidget());
    if (!splitter || splitter->count() != 2)
        return;
    int widest = 0;
    for (int i = 0; i < m_legend->count(); ++i)
        widest = std::max(widest, m_legend->fontMetrics().horizontalAdvance(m_legend->item(i)->text()));
    // The check box, the colour swatch, the item's margins and a vertical scroll bar.
    const int wanted = widest + m_legend->iconSize().width() +
                       style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24;
    const QList<int> sizes = splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int target = std::clamp(wanted, std::min(200, total / 3), total / 3);
    if (total > 0 && sizes.value(1) != target)
        splitter->setSizes({total - target, target});
}

} // namespace grove
