#include "ui/charts/ScatterPlot.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr double kRadius = 5;

} // namespace

ScatterPlot::ScatterPlot(QWidget* parent) : PlotWidget(parent)
{
    setObjectName(u"scatterPlot"_s);
}

void ScatterPlot::setData(const QString& xTitle, const QString& yTitle, QList<Point> points)
{
    m_xTitle = xTitle;
    m_yTitle = yTitle;
    m_points = std::move(points);
    m_hover = -1;
    QStringList texts;
    for (const Point& point : m_points)
        texts << point.x;
    AxisValues axis = axisValues(texts, std::size_t(m_points.size()));
    m_x = std::move(axis.positions);
    m_categories = std::move(axis.categories);
    if (!canUseLogX())
        m_logX = false;
    update();
}

void ScatterPlot::setLogX(bool log)
{
    m_logX = log && canUseLogX();
    update();
}

bool ScatterPlot::canUseLogX() const
{
    if (isCategorical())
        return false;
    bool any = false;
    for (std::size_t i = 0; i < m_x.size(); ++i) {
        if (std::isnan(m_x[i]))
            continue;
        if (m_x[i] <= 0)
            return false;
        any = true;
    }
    return any;
}

int ScatterPlot::plottedCount() const
{
    int count = 0;
    for (qsizetype i = 0; i < m_points.size(); ++i)
        count += std::isfinite(m_x[std::size_t(i)]) && std::isfinite(m_points[i].y) ? 1 : 0;
    return count;
}

double ScatterPlot::xPosition(int point) const { return m_x[std::size_t(point)]; }

QRect ScatterPlot::plotRect(const QRect& target) const
{
    PlotAxis x, y;
    axes(target, x, y);
    const int fontHeight = fontMetrics().height();
    return belowTitle(target).adjusted(leftMargin(y, m_yTitle) + 8, 4, -16, -(2 * fontHeight + 16));
}

void ScatterPlot::axes(const QRect& plot, PlotAxis& x, PlotAxis& y) const
{
    double xLow = INFINITY, xHigh = -INFINITY, yLow = INFINITY, yHigh = -INFINITY;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const double px = m_x[std::size_t(i)], py = m_points[i].y;
        if (!std::isfinite(px) || !std::isfinite(py))
            continue;
        xLow = std::min(xLow, px);
        xHigh = std::max(xHigh, px);
        yLow = std::min(yLow, py);
        yHigh = std::max(yHigh, py);
    }
    if (!std::isfinite(xLow)) {
        xLow = yLow = 0;
        xHigh = yHigh = 1;
    }
    x.log = m_logX;
    if (isCategorical()) {
        x.low = -0.5;
        x.high = double(m_categories.size()) - 0.5;
    } else if (m_logX) {
        const double pad = xHigh > xLow ? std::pow(xHigh / xLow, 0.06) : 2;
        x.low = xLow / pad;
        x.high = xHigh * pad;
    } else {
        const double pad = xHigh > xLow ? (xHigh - xLow) * 0.06 : std::max(std::abs(xHigh) * 0.1, 0.5);
        x.low = xLow - pad;
        x.high = xHigh + pad;
    }
    const double yPad = yHigh > yLow ? (yHigh - yLow) * 0.08 : std::max(std::abs(yHigh) * 0.05, 1e-3);
    y.low = yLow - yPad;
    y.high = yHigh + yPad;
    x.pixelLow = plot.left();
    x.pixelHigh = plot.right();
    y.pixelLow = plot.bottom();
    y.pixelHigh = plot.top();
}

QPointF ScatterPlot::pointPosition(int point) const
{
    const QRect plot = plotRect(rect());
    PlotAxis x, y;
    axes(plot, x, y);
    return {x.toPixel(xPosition(point)), y.toPixel(m_points[point].y)};
}

void ScatterPlot::render(QPainter& painter, const QRect& target)
{
    painter.fillRect(target, palette().color(QPalette::Base));
    paintTitle(painter, target);
    if (m_points.isEmpty() || m_xTitle.isEmpty() || m_yTitle.isEmpty()) {
        paintMessage(painter, target, tr("Select runs to compare, then a setting and a metric."));
        return;
    }
    if (plottedCount() == 0) {
        paintMessage(painter, target, tr("None of these runs has both a value of %1 and of %2.").arg(m_xTitle, m_yTitle));
        return;
    }
    const QRect plot = plotRect(target);
    PlotAxis x, y;
    axes(plot, x, y);
    paintAxes(painter, plot, x, y, m_xTitle, m_yTitle, m_categories);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(plot);
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        if (!std::isfinite(m_x[std::size_t(i)]) || !std::isfinite(m_points[i].y))
            continue;
        QColor fill = m_points[i].color;
        fill.setAlpha(200);
        painter.setPen(QPen(m_points[i].color.darker(140), 1));
        painter.setBrush(fill);
        painter.drawEllipse(QPointF(x.toPixel(m_x[std::size_t(i)]), y.toPixel(m_points[i].y)), kRadius, kRadius);
    }
    painter.restore();
}

void ScatterPlot::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    render(painter, rect());
    if (m_hover >= 0) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(pointPosition(m_hover), kRadius + 3, kRadius + 3);
    }
}

std::optional<int> ScatterPlot::pointAt(const QPoint& position) const
{
    std::optional<int> best;
    double bestDistance = kRadius + 4;
    PlotAxis x, y;
    axes(plotRect(rect()), x, y); // once, not per point
    for (int i = 0; i < int(m_points.size()); ++i) {
        if (!std::isfinite(m_x[std::size_t(i)]) || !std::isfinite(m_points[i].y))
            continue;
        const QPointF p(x.toPixel(m_x[std::size_t(i)]), y.toPixel(m_points[i].y));
        const double distance = std::hypot(p.x() - position.x(), p.y() - position.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

QString ScatterPlot::readout(int point) const
{
    if (point < 0 || point >= m_points.size())
        return {};
    const Point& p = m_points[point];
    return u"%1\n%2 = %3\n%4 = %5"_s.arg(p.label, m_xTitle, p.x, m_yTitle, QString::number(p.y, 'g', 10));
}

void ScatterPlot::mouseMoveEvent(QMouseEvent* event)
{
    const auto hit = pointAt(event->position().toPoint());
    const int hover = hit.value_or(-1);
    if (hit)
        QToolTip::showText(event->globalPosition().toPoint(), readout(*hit), this);
    else
        QToolTip::hideText();
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
}

void ScatterPlot::leaveEvent(QEvent* event)
{
    m_hover = -1;
    update();
    PlotWidget::leaveEvent(event);
}

} // namespace grove
