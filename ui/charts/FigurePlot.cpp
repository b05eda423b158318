#include "ui/charts/FigurePlot.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr double kPointRadius = 2.5;
constexpr int kDensityCell = 3;

bool finite(double x, double y) { return std::isfinite(x) && std::isfinite(y); }

} // namespace

FigurePlot::FigurePlot(QWidget* parent) : PlotWidget(parent)
{
    setObjectName(u"figurePlot"_s);
    setMouseTracking(true);
    setMinimumSize(260, 200);
}

void FigurePlot::setAxisTitles(const QString& x, const QString& y)
{
    m_xTitle = x;
    m_yTitle = y;
    update();
}

void FigurePlot::setRanges(std::optional<std::pair<double, double>> x, std::optional<std::pair<double, double>> y)
{
    m_xRange = x;
    m_yRange = y;
    update();
}

void FigurePlot::setSeries(std::vector<Series> series)
{
    m_series = std::move(series);
    m_drawn.assign(m_series.size(), 0);
    computeBounds();
    m_hover.reset();
    update();
}

void FigurePlot::setSeries(Series only)
{
    std::vector<Series> series;
    series.push_back(std::move(only));
    setSeries(std::move(series));
}

void FigurePlot::setXCategories(const QStringList& categories)
{
    m_xCategories = categories;
    update();
}

void FigurePlot::setDiagonal(bool shown)
{
    m_diagonal = shown;
    update();
}

void FigurePlot::setHorizontalLine(std::optional<double> y)
{
    m_horizontal = y;
    update();
}

void FigurePlot::setMarker(std::optional<QPointF> point, const QString& label, int which)
{
    m_markers[which ? 1 : 0] = {point, label};
    update();
}

void FigurePlot::setVerticalMarker(std::optional<double> x, const QString& label)
{
    m_vertical = x;
    m_verticalLabel = label;
    update();
}

void FigurePlot::setLegendVisible(bool visible)
{
    m_legend = visible;
    update();
}

void FigurePlot::setShadeLegend(const QString& title)
{
    m_shadeTitle = title;
    update();
}

void FigurePlot::setPickableSeries(int series)
{
    m_pickable = series;
    setCursor(series >= 0 ? Qt::CrossCursor : Qt::ArrowCursor);
}

void FigurePlot::setReadout(std::function<QString(int, std::size_t)> readout) { m_readout = std::move(readout); }

void FigurePlot::setEmptyMessage(const QString& message)
{
    m_empty = message;
    update();
}

std::size_t FigurePlot::drawnCount(int series) const
{
    return series >= 0 && std::size_t(series) < m_drawn.size() ? m_drawn[std::size_t(series)] : 0;
}

QRect FigurePlot::plotRect(const QRect& target) const
{
    PlotAxis x, y;
    axes(target, x, y);
    const int fontHeight = fontMetrics().height();
    const int right = m_shadeTitle.isEmpty() ? 16 : 58;
    return belowTitle(target).adjusted(leftMargin(y, m_yTitle) + 8, 4, -right, -(2 * fontHeight + 16));
}

void FigurePlot::computeBounds()
{
    double xLow = INFINITY, xHigh = -INFINITY, yLow = INFINITY, yHigh = -INFINITY;
    for (const Series& s : m_series) {
        if (s.kind == Series::Kind::Bars) {
            for (std::size_t i = 0; i < s.y.size() && i + 1 < s.x.size(); ++i) {
                xLow = std::min(xLow, s.x[i]);
                xHigh = std::max(xHigh, s.x[i + 1]);
                yLow = std::min(yLow, std::min(0.0, s.y[i]));
                yHigh = std::max(yHigh, s.y[i]);
            }
            continue;
        }
        for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
            if (!finite(s.x[i], s.y[i]))
                continue;
            xLow = std::min(xLow, s.x[i]);
            xHigh = std::max(xHigh, s.x[i]);
            yLow = std::min(yLow, s.y[i]);
            yHigh = std::max(yHigh, s.y[i]);
        }
    }
    if (!std::isfinite(xLow)) {
        xLow = yLow = 0;
        xHigh = yHigh = 1;
    }
    m_bounds = {xLow, xHigh, yLow, yHigh};
}

void FigurePlot::axes(const QRect& plot, PlotAxis& x, PlotAxis& y) const
{
    const auto [xLow, xHigh, yLow, yHigh] = m_bounds;
    auto padded = [](double low, double high, double fraction) {
        const double pad = high > low ? (high - low) * fraction : std::max(std::abs(high) * 0.1, 0.5);
        return std::pair(low - pad, high + pad);
    };
    auto [xl, xh] = m_xRange.value_or(padded(xLow, xHigh, 0.03));
    if (!m_xCategories.isEmpty()) {
        xl = -0.5;
        xh = double(m_xCategories.size()) - 0.5;
    }
    const auto [yl, yh] = m_yRange.value_or(padded(yLow, yHigh, 0.05));
    x.low = xl;
    x.high = xh;
    y.low = yl;
    y.high = yh;
    x.pixelLow = plot.left();
    x.pixelHigh = plot.right();
    y.pixelLow = plot.bottom();
    y.pixelHigh = plot.top();
}

QPointF FigurePlot::position(int series, std::size_t index) const
{
    const QRect plot = plotRect(rect());
    PlotAxis x, y;
    axes(plot, x, y);
    const Series& s = m_series[std::size_t(series)];
    return {x.toPixel(s.x[index]), y.toPixel(s.y[index])};
}

std::optional<std::size_t> FigurePlot::nearest(int series, const QPointF& position, double radius) const
{
    if (series < 0 || std::size_t(series) >= m_series.size())
        return std::nullopt;
    const Series& s = m_series[std::size_t(series)];
    if (s.kind == Series::Kind::Bars)
        return std::nullopt;
    PlotAxis x, y;
    axes(plotRect(rect()), x, y);
    std::optional<std::size_t> best;
    double bestDistance = radius < 0 ? INFINITY : radius * radius;
    for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
        if (!finite(s.x[i], s.y[i]))
            continue;
        const double dx = x.toPixel(s.x[i]) - position.x(), dy = y.toPixel(s.y[i]) - position.y();
        if (dx * dx + dy * dy < bestDistance) {
            bestDistance = dx * dx + dy * dy;
            best = i;
        }
    }
    return best;
}

void FigurePlot::paintLine(QPainter& painter, int index, const PlotAxis& x, const PlotAxis& y)
{
    const Series& s = m_series[std::size_t(index)];
    // A point is kept when it is at least a pixel from the last one kept: the path lights the same
    // pixels as the full curve, with at most as many points as the curve is long in pixels.
    QPolygonF polygon;
    QPointF last(-1e9, -1e9);
    std::size_t lastIndex = 0;
    bool pending = false;
    for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
        if (!finite(s.x[i], s.y[i]))
            continue;
        const QPointF p(x.toPixel(s.x[i]), y.toPixel(s.y[i]));
        if (std::abs(p.x() - last.x()) >= 1.0 || std::abs(p.y() - last.y()) >= 1.0) {
            polygon << p;
            last = p;
            pending = false;
        } else {
            pending = true;
            lastIndex = i;
        }
    }
    if (pending)
        polygon << QPointF(x.toPixel(s.x[lastIndex]), y.toPixel(s.y[lastIndex]));
    QPen pen(s.color, 2);
    if (s.dashed)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(polygon);
    m_drawn[std::size_t(index)] = std::size_t(polygon.size());
}

void FigurePlot::paintPoints(QPainter& painter, int index, const QRect& plot, const PlotAxis& x, const PlotAxis& y)
{
    const Series& s = m_series[std::size_t(index)];
    const std::size_t count = std::min(s.x.size(), s.y.size());
    const bool shaded = s.shade.size() == count;
    if (count > kDensityPoints && !shaded) {
        // Many rows: how many fall in each cell, darker where more do (on a log scale).
        const int columns = std::max(1, plot.width() / kDensityCell), rows = std::max(1, plot.height() / kDensityCell);
        std::vector<std::uint32_t> cells(std::size_t(columns) * std::size_t(rows), 0);
        std::uint32_t most = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (!finite(s.x[i], s.y[i]))
                continue;
            const int c = int((x.toPixel(s.x[i]) - plot.left()) / kDensityCell);
            const int r = int((y.toPixel(s.y[i]) - plot.top()) / kDensityCell);
            if (c < 0 || r < 0 || c >= columns || r >= rows)
                continue;
            most = std::max(most, ++cells[std::size_t(r) * std::size_t(columns) + std::size_t(c)]);
        }
        painter.setPen(Qt::NoPen);
        std::size_t drawn = 0;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                const std::uint32_t n = cells[std::size_t(r) * std::size_t(columns) + std::size_t(c)];
                if (n == 0)
                    continue;
                QColor color = s.color;
                color.setAlphaF(float(0.15 + 0.85 * std::log1p(double(n)) / std::log1p(double(most))));
                painter.fillRect(QRect(plot.left() + c * kDensityCell, plot.top() + r * kDensityCell, kDensityCell, kDensityCell), color);
                ++drawn;
            }
        }
        m_drawn[std::size_t(index)] = drawn;
        return;
    }
    painter.setPen(Qt::NoPen);
    std::size_t drawn = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (!finite(s.x[i], s.y[i]))
            continue;
        QColor color = shaded ? (std::isfinite(s.shade[i]) ? scaleColor(double(s.shade[i])) : QColor(160, 160, 160)) : s.color;
        color.setAlpha(count > 2000 ? 120 : 190);
        painter.setBrush(color);
        painter.drawEllipse(QPointF(x.toPixel(s.x[i]), y.toPixel(s.y[i])), kPointRadius, kPointRadius);
        ++drawn;
    }
    m_drawn[std::size_t(index)] = drawn;
}

void FigurePlot::paintBars(QPainter& painter, int index, const PlotAxis& x, const PlotAxis& y)
{
    const Series& s = m_series[std::size_t(index)];
    QColor fill = s.color;
    fill.setAlpha(110);
    painter.setPen(QPen(s.color, 1));
    painter.setBrush(fill);
    std::size_t drawn = 0;
    for (std::size_t i = 0; i < s.y.size() && i + 1 < s.x.size(); ++i) {
        if (!(s.y[i] > 0))
            continue;
        const QRectF bar(QPointF(x.toPixel(s.x[i]), y.toPixel(s.y[i])), QPointF(x.toPixel(s.x[i + 1]), y.toPixel(0)));
        painter.drawRect(bar.normalized());
        ++drawn;
    }
    m_drawn[std::size_t(index)] = drawn;
}

void FigurePlot::paintDecorations(QPainter& painter, const QRect& plot, const PlotAxis& x, const PlotAxis& y) const
{
    const QColor text = palette().color(QPalette::WindowText);
    QColor guide = text;
    guide.setAlpha(110);
    painter.setPen(QPen(guide, 1, Qt::DashLine));
    if (m_diagonal) {
        const double low = std::max(x.low, y.low), high = std::min(x.high, y.high);
        painter.drawLine(QPointF(x.toPixel(low), y.toPixel(low)), QPointF(x.toPixel(high), y.toPixel(high)));
    }
    if (m_horizontal)
        painter.drawLine(QPointF(plot.left(), y.toPixel(*m_horizontal)), QPointF(plot.right(), y.toPixel(*m_horizontal)));
    if (m_vertical) {
        const double px = x.toPixel(*m_vertical);
        painter.setPen(QPen(text, 1.5));
        painter.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        if (!m_verticalLabel.isEmpty())
            painter.drawText(QPointF(px + 4, plot.top() + fontMetrics().ascent() + 2), m_verticalLabel);
    }
    for (int k = 0; k < 2; ++k) {
        const Marker& marker = m_markers[k];
        if (!marker.point)
            continue;
        const QPointF p(x.toPixel(marker.point->x()), y.toPixel(marker.point->y()));
        painter.setPen(QPen(text, 2));
        painter.setBrush(k == 0 ? palette().color(QPalette::Base) : QColor(220, 90, 40));
        if (k == 0)
            painter.drawEllipse(p, 6, 6);
        else
            painter.drawRect(QRectF(p.x() - 5, p.y() - 5, 10, 10));
        if (!marker.label.isEmpty()) {
            const QRect box = fontMetrics().boundingRect(marker.label);
            QPointF at = p + QPointF(9, k == 0 ? -8 : 16);
            if (at.x() + box.width() > plot.right())
                at.setX(p.x() - 9 - box.width());
            at.setY(std::clamp(at.y(), double(plot.top() + box.height()), double(plot.bottom() - 2)));
            painter.drawText(at, marker.label);
        }
    }
}

void FigurePlot::paintLegend(QPainter& painter, const QRect& plot) const
{
    const QFontMetrics metrics = fontMetrics();
    QStringList labels;
    int width = 0;
    for (const Series& s : m_series) {
        labels << s.label;
        width = std::max(width, metrics.horizontalAdvance(s.label));
    }
    if (m_legend && width > 0) {
        const int line = metrics.height();
        QRect box(plot.right() - width - 34, plot.bottom() - line * int(m_series.size()) - 12, width + 28,
                  line * int(m_series.size()) + 8);
        QColor background = palette().color(QPalette::Base);
        background.setAlpha(225);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(background);
        painter.drawRect(box);
        for (std::size_t i = 0; i < m_series.size(); ++i) {
            const int top = box.top() + 4 + int(i) * line;
            painter.fillRect(QRect(box.left() + 6, top + line / 2 - 2, 14, 4), m_series[i].color);
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(box.left() + 24, top, width + 4, line), Qt::AlignVCenter, m_series[i].label);
        }
    }
    if (!m_shadeTitle.isEmpty()) {
        // A vertical colour bar to the right of the plot: high at the top.
        const QRect bar(plot.right() + 14, plot.top() + 14, 10, plot.height() - 28);
        for (int row = 0; row < bar.height(); ++row)
            painter.fillRect(QRect(bar.left(), bar.top() + row, bar.width(), 1), scaleColor(1.0 - double(row) / bar.height()));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(bar.left() - 12, plot.top() - 2, 40, 14), Qt::AlignHCenter, tr("high"));
        painter.drawText(QRect(bar.left() - 12, bar.bottom() + 2, 40, 14), Qt::AlignHCenter, tr("low"));
    }
}

void FigurePlot::render(QPainter& painter, const QRect& target)
{
    painter.fillRect(target, palette().color(QPalette::Base));
    paintTitle(painter, target);
    bool any = false;
    for (const Series& s : m_series)
        any = any || !s.y.empty();
    if (!any) {
        paintMessage(painter, target, m_empty.isEmpty() ? tr("Nothing to show.") : m_empty);
        return;
    }
    const QRect plot = plotRect(target);
    PlotAxis x, y;
    axes(plot, x, y);
    paintAxes(painter, plot, x, y, m_xTitle, m_yTitle, m_xCategories);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(plot.adjusted(-6, -6, 6, 6));
    for (int i = 0; i < int(m_series.size()); ++i) {
        switch (m_series[std::size_t(i)].kind) {
        case Series::Kind::Bars:
            paintBars(painter, i, x, y);
            break;
        case Series::Kind::Points:
            paintPoints(painter, i, plot, x, y);
            break;
        case Series::Kind::Line:
            paintLine(painter, i, x, y);
            break;
        }
    }
    paintDecorations(painter, plot, x, y);
    painter.restore();
    paintLegend(painter, plot);
    if (!m_shadeTitle.isEmpty()) {
        painter.save();
        painter.setPen(palette().color(QPalette::WindowText));
        painter.translate(plot.right() + 44, plot.center().y());
        painter.rotate(90);
        painter.drawText(QRect(-plot.height() / 2, -14, plot.height(), 14), Qt::AlignCenter, m_shadeTitle);
        painter.restore();
    }
}

void FigurePlot::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    render(painter, rect());
    if (m_hover) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(position(m_hover->first, m_hover->second), 5, 5);
    }
}

void FigurePlot::pick(const QPointF& where)
{
    if (const auto index = nearest(m_pickable, where))
        emit picked(m_pickable, *index);
}

void FigurePlot::mousePressEvent(QMouseEvent* event)
{
    if (m_pickable >= 0 && event->button() == Qt::LeftButton && plotArea().contains(event->position().toPoint())) {
        m_dragging = true;
        pick(event->position());
        return;
    }
    PlotWidget::mousePressEvent(event);
}

void FigurePlot::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        pick(event->position());
        return;
    }
    std::optional<std::pair<int, std::size_t>> hover;
    double best = INFINITY;
    for (int s = 0; s < int(m_series.size()); ++s) {
        if (m_series[std::size_t(s)].x.size() > kDensityPoints && m_series[std::size_t(s)].kind == Series::Kind::Points)
            continue; // a density grid has no single points to name
        if (const auto index = nearest(s, event->position(), 6)) {
            const QPointF p = position(s, *index);
            const double distance = std::hypot(p.x() - event->position().x(), p.y() - event->position().y());
            if (distance < best) {
                best = distance;
                hover = std::pair(s, *index);
            }
        }
    }
    if (hover) {
        const Series& s = m_series[std::size_t(hover->first)];
        const QString text = m_readout ? m_readout(hover->first, hover->second)
                                       : u"%1\n%2 = %3\n%4 = %5"_s.arg(s.label, m_xTitle, QString::number(s.x[hover->second], 'g', 6),
                                                                       m_yTitle, QString::number(s.y[hover->second], 'g', 6));
        QToolTip::showText(event->globalPosition().toPoint(), text.trimmed(), this);
    } else {
        QToolTip::hideText();
    }
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
}

void FigurePlot::mouseReleaseEvent(QMouseEvent* event)
{
    m_dragging = false;
    PlotWidget::mouseReleaseEvent(event);
}

void FigurePlot::leaveEvent(QEvent* event)
{
    m_hover.reset();
    update();
    PlotWidget::leaveEvent(event);
}

} // namespace grove
