#include "ui/datasets/HistogramChart.h"

#include "ui/datasets/PreviewModels.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace grove {
namespace {

QString number(double value) { return QLocale().toString(value, 'g', 5); }

} // namespace

HistogramChart::HistogramChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("histogramChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    clear();
}

void HistogramChart::clear(const QString& note)
{
    m_counts.clear();
    auto* chart = new QChart;
    chart->setTitle(note);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

void HistogramChart::showColumn(const ColumnProfile& column, qint64 rows)
{
    if (column.missing == rows) {
        clear(tr("%1: every value is missing").arg(column.name));
        return;
    }
    if (column.type == ColumnType::Numeric && !column.histogram.isEmpty())
        showHistogram(column);
    else if (!column.topValues.isEmpty())
        showTopValues(column, rows);
    else
        clear(tr("%1: nothing to chart").arg(column.name));
}

void HistogramChart::showHistogram(const ColumnProfile& column)
{
    clear();
    QChart* chart = this->chart();
    chart->setTitle(tr("Distribution of %1").arg(column.name));

    // One filled rectangle per bin on a real numeric axis: the outline drops to zero at every
    // bin edge. Bins of whole numbers get a gap, so that they read as separate values.
    const bool wholeNumbers = column.allIntegers && column.histogram.front().upper - column.histogram.front().lower == 1.0;
    const double gap = wholeNumbers ? 0.12 : 0.0;
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    qint64 highest = 0;
    for (const HistogramBin& bin : column.histogram) {
        const double left = bin.lower + gap * (bin.upper - bin.lower);
        const double right = bin.upper - gap * (bin.upper - bin.lower);
        upper->append(left, 0);
        upper->append(left, double(bin.count));
        upper->append(right, double(bin.count));
        upper->append(right, 0);
        lower->append(left, 0);
        lower->append(right, 0);
        highest = std::max(highest, bin.count);
        m_counts << bin.count;
    }
    auto* area = new QAreaSeries(upper, lower);
    const QColor color = columnTypeColor(ColumnType::Numeric);
    QColor fill = color;
    fill.setAlpha(150);
    area->setBrush(fill);
    area->setPen(QPen(color.darker(120), 1.2));
    chart->addSeries(area);

    auto* x = new QValueAxis;
    x->setRange(column.histogram.front().lower, column.histogram.back().upper);
    x->setTitleText(column.name);
    if (wholeNumbers) {
        // A tick under every value (or every few values), never between them.
        const double span = column.histogram.back().upper - column.histogram.front().lower;
        x->setTickType(QValueAxis::TicksDynamic);
        x->setTickAnchor(0);
        x->setTickInterval(std::max(1.0, std::ceil(span / 12)));
        x->setLabelFormat(QStringLiteral("%.0f"));
    } else {
        x->applyNiceNumbers();
        // Ticks that fall on whole numbers are written out (50000, not 5e+04); others keep four
        // significant digits.
        const double step = (x->max() - x->min()) / std::max(1, x->tickCount() - 1);
        auto whole = [](double value) { return std::abs(value - std::round(value)) <= 1e-9 * std::max(1.0, std::abs(value)); };
        const bool wholeTicks = step >= 1 && whole(step) && whole(x->min()) &&
                                std::max(std::abs(x->min()), std::abs(x->max())) < 1e12;
        x->setLabelFormat(wholeTicks ? QStringLiteral("%.0f") : QStringLiteral("%.4g"));
    }
    auto* y = new QValueAxis;
    y->setRange(0, double(highest) * 1.05 + 1);
    y->setTitleText(tr("Rows"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    area->attachAxis(x);
    area->attachAxis(y);

    const QList<HistogramBin> bins = column.histogram;
    connect(area, &QAreaSeries::hovered, this, [this, bins](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const auto it = std::find_if(bins.begin(), bins.end(), [&](const HistogramBin& bin) {
            return point.x() >= bin.lower && point.x() < bin.upper;
        });
        if (it != bins.end())
            QToolTip::showText(QCursor::pos(), tr("[%1, %2): %n row(s)", nullptr, int(it->count))
                                                   .arg(number(it->lower), number(it->upper)));
    });
}

void HistogramChart::showTopValues(const ColumnProfile& column, qint64 rows)
{
    clear();
    QChart* chart = this->chart();
    const qint64 shown = std::accumulate(column.topValues.begin(), column.topValues.end(), qint64(0),
                                         [](qint64 sum, const CategoryCount& c) { return sum + c.count; });
    const qint64 others = rows - column.missing - shown;
    chart->setTitle(others > 0 ? tr("Most frequent values of %1 (%2 other rows)").arg(column.name, QLocale().toString(others))
                               : tr("Values of %1").arg(column.name));
    auto* set = new QBarSet(column.name);
    set->setColor(columnTypeColor(column.type));
    QStringList labels;
    // Horizontal bars list bottom-up; reverse so that the most frequent value is on top.
    for (auto it = column.topValues.crbegin(); it != column.topValues.crend(); ++it) {
        *set << double(it->count);
        QString label = it->value.isEmpty() ? tr("(empty)") : it->value;
        if (label.size() > 28)
            label = label.left(27) + QChar(0x2026);
        labels << label;
        m_counts.prepend(it->count);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    auto* values = new QValueAxis;
    values->setTitleText(tr("Rows"));
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setMin(0);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    values->applyNiceNumbers();
    connect(set, &QBarSet::hovered, this, [this, labels, set](bool state, int index) {
        if (state)
            QToolTip::showText(QCursor::pos(), tr("%1: %n row(s)", nullptr, int(set->at(index))).arg(labels.value(index)));
        else
            QToolTip::hideText();
    });
}

} // namespace grove
