#include "ui/runs/MetricChart.h"

#include "ui/runs/RunFormat.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

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
    : QChartView(parent), m_metric(metric), m_x(new QValueAxis), m_y(new QValueAxis)
{
    setObjectName(u"metricChart_"_s + metric);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    auto* chart = new QChart;
    chart->setTitle(metric);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_x->setTitleText(tr("Iteration"));
    m_x->setLabelFormat(u"%d"_s);
    m_y->setLabelFormat(u"%.4g"_s);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    setChart(chart);
    m_x->setRange(0, 1);
    m_y->setRange(0, 1);
}

QLineSeries* MetricChart::curve(const QString& split, int fold)
{
    const auto key = qMakePair(split, fold);
    if (QLineSeries* existing = m_curves.value(key))
        return existing;
    auto* series = new QLineSeries;
    const QString splitText = RunFormat::splitName(split);
    series->setName(fold < 0 ? splitText : tr("fold %1 · %2").arg(fold + 1).arg(splitText));
    QPen pen(splitColor(split, fold));
    pen.setWidthF(fold < 0 ? 2.0 : 1.2);
    series->setPen(pen);
    chart()->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    connect(series, &QLineSeries::hovered, this, [this, series](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        // The nearest iteration's exact value, not the interpolated point under the mouse.
        const int i = std::clamp(int(std::lround(point.x())), 0, int(series->count()) - 1);
        if (series->count() == 0)
            return;
        const QPointF exact = series->at(i);
        QToolTip::showText(QCursor::pos(), tr("%1, iteration %2: %3")
                                               .arg(series->name())
                                               .arg(int(exact.x()))
                                               .arg(QString::number(exact.y(), 'g', 10)));
    });
    m_curves.insert(key, series);
    return series;
}

void MetricChart::append(const QString& split, int fold, int firstIteration, const std::vector<double>& values)
{
    if (values.empty())
        return;
    QLineSeries* series = curve(split, fold);
    QList<QPointF> points;
    points.reserve(qsizetype(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double y = values[i];
        const double x = double(firstIteration) + double(i);
        points.append({x, y});
        if (!std::isfinite(y))
            continue;
        if (m_empty) {
            m_minY = m_maxY = y;
            m_empty = false;
        }
        m_minY = std::min(m_minY, y);
        m_maxY = std::max(m_maxY, y);
        m_maxX = std::max(m_maxX, x);
    }
    series->append(points);
    updateRanges();
}

void MetricChart::clear()
{
    setBestIteration(std::nullopt);
    for (QLineSeries* series : std::as_const(m_curves)) {
        chart()->removeSeries(series);
        delete series;
    }
    m_curves.clear();
    m_empty = true;
    m_minY = m_maxY = m_maxX = 0;
    updateRanges();
}

void MetricChart::setBestIteration(std::optional<int> iteration)
{
    m_best = iteration;
    if (!iteration) {
        if (m_bestMarker) {
            chart()->removeSeries(m_bestMarker);
            delete m_bestMarker;
            m_bestMarker = nullptr;
        }
        return;
    }
    if (!m_bestMarker) {
        m_bestMarker = new QLineSeries;
        QPen pen(QColor(0x2c, 0xa0, 0x2c));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        m_bestMarker->setPen(pen);
        chart()->addSeries(m_bestMarker);
        m_bestMarker->attachAxis(m_x);
        m_bestMarker->attachAxis(m_y);
    }
    m_bestMarker->setName(tr("best iteration %1").arg(*iteration));
    updateRanges();
}

void MetricChart::updateRanges()
{
    double low = m_minY, high = m_maxY;
    if (m_empty) {
        low = 0;
        high = 1;
    }
    const double span = high - low;
    const double pad = span > 0 ? span * 0.05 : std::max(std::abs(high) * 0.05, 1e-3);
    low -= pad;
    high += pad;
    m_x->setRange(0, std::max(1.0, m_maxX));
    m_x->applyNiceNumbers();
    m_y->setRange(low, high);
    m_y->applyNiceNumbers();
    low = m_y->min();
    high = m_y->max();
    if (m_bestMarker && m_best) {
        m_bestMarker->replace(QList<QPointF>{{double(*m_best), low}, {double(*m_best), high}});
    }
}

int MetricChart::pointCount(const QString& split, int fold) const
{
    const QLineSeries* series = m_curves.value(qMakePair(split, fold));
    return series ? int(series->count()) : 0;
}

} // namespace grove
