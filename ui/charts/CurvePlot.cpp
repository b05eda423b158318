#include "ui/charts/CurvePlot.h"

#include "ui/charts/Decimation.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr int kMaxAntialiasedCurves = 300;
constexpr qsizetype kMaxWidePenPoints = 300;
// A wide line may go up and down this many times the plot's height in all.
constexpr double kMaxWidePenTravel = 3.0;

// The exponential moving average of the finite values (NaN stays NaN).
std::vector<double> exponentialAverage(const std::vector<double>& values, double weight)
{
    std::vector<double> smoothed(values.size(), NAN);
    double running = NAN;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (!std::isfinite(v))
            continue;
        running = std::isnan(running) ? v : weight * running + (1 - weight) * v;
        smoothed[i] = running;
    }
    return smoothed;
}

} // namespace

CurvePlot::CurvePlot(QWidget* parent) : PlotWidget(parent)
{
    setObjectName(u"curvePlot"_s);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Drag to zoom; Shift+drag or middle-drag to pan; the wheel zooms; right-click goes back; "
                  "double-click shows everything."));
}

void CurvePlot::setCurves(std::vector<Curve> curves, std::vector<char> visible)
{
    m_curves = std::move(curves);
    m_visible = std::move(visible);
    m_visible.resize(m_curves.size(), 1);
    m_drawnPoints.assign(m_curves.size(), 0);
    m_drawnWidths.assign(m_curves.size(), 0);
    m_highlighted = -1;
    m_hover.reset();
    computeDrawn();
    resetView();
}

void CurvePlot::updateCurves(std::vector<Curve> curves)
{
    const bool zoomed = !(m_view == m_full);
    const std::size_t before = m_curves.size();
    m_curves = std::move(curves);
    m_visible.resize(m_curves.size(), 1);
    m_drawnPoints.resize(m_curves.size(), 0);
    m_drawnWidths.resize(m_curves.size(), 0);
    if (m_curves.size() < before) {
        m_highlighted = -1;
        m_hover.reset();
    }
    computeDrawn();
    if (!zoomed && m_drag == Drag::None) {
        computeFullRange();
        m_view = m_full;
        invalidate();
        emit viewChanged();
    } else {
        computeFullRange();
        invalidate();
    }
}

void CurvePlot::setMarker(std::optional<double> iteration, const QString& label)
{
    if (iteration == m_marker && label == m_markerLabel)
        return;
    m_marker = iteration;
    m_markerLabel = label;
    invalidate();
}

void CurvePlot::setLegendVisible(bool visible)
{
    m_legend = visible;
    invalidate();
}

void CurvePlot::setAxisTitles(const QString& x, const QString& y)
{
    m_xTitle = x;
    m_yTitle = y;
    invalidate();
}

void CurvePlot::setLogScale(bool log)
{
    if (log == m_log)
        return;
    m_log = log;
    m_hover.reset();
    resetView();
}

void CurvePlot::setSmoothing(double weight)
{
    weight = std::clamp(weight, 0.0, 0.999);
    if (weight == m_smoothing)
        return;
    m_smoothing = weight;
    computeDrawn();
    computeFullRange();
    invalidate();
}

void CurvePlot::setCurveVisible(int curve, bool visible)
{
    if (curve < 0 || curve >= curveCount() || bool(m_visible[std::size_t(curve)]) == visible)
        return;
    m_visible[std::size_t(curve)] = visible;
    if (m_hover && m_hover->curve == curve)
        m_hover.reset();
    computeFullRange();
    invalidate();
}

void CurvePlot::setHighlighted(int curve)
{
    if (curve == m_highlighted)
        return;
    m_highlighted = curve;
    update();
}

bool CurvePlot::isCurveVisible(int curve) const
{
    return curve >= 0 && curve < curveCount() && m_visible[std::size_t(curve)];
}

int CurvePlot::drawnPointCount(int curve) const
{
    return curve >= 0 && curve < curveCount() ? m_drawnPoints[std::size_t(curve)] : 0;
}

double CurvePlot::drawnPenWidth(int curve) const
{
    return curve >= 0 && curve < curveCount() ? m_drawnWidths[std::size_t(curve)] : 0;
}

void CurvePlot::computeDrawn()
{
    m_smoothed.clear();
    m_smoothedLow.clear();
    m_smoothedHigh.clear();
    if (m_smoothing <= 0)
        return;
    m_smoothed.reserve(m_curves.size());
    for (const Curve& curve : m_curves) {
        m_smoothed.push_back(exponentialAverage(curve.values, m_smoothing));
        m_smoothedLow.push_back(exponentialAverage(curve.low, m_smoothing));
        m_smoothedHigh.push_back(exponentialAverage(curve.high, m_smoothing));
    }
}

void CurvePlot::computeFullRange()
{
    double low = INFINITY, high = -INFINITY;
    std::size_t longest = 0;
    m_hiddenPoints = 0;
    for (int c = 0; c < curveCount(); ++c) {
        const auto& values = series(c, Edge::Line);
        longest = std::max(longest, values.size());
        if (!m_visible[std::size_t(c)])
            continue;
        for (double v : values) {
            if (!std::isfinite(v))
                continue;
            if (m_log && v <= 0) {
                ++m_hiddenPoints;
                continue;
            }
            low = std::min(low, v);
            high = std::max(high, v);
        }
        // The band stays inside the view too (what a log scale cannot show of it is left out).
        for (const Edge edge : {Edge::Low, Edge::High}) {
            for (double v : series(c, edge)) {
                if (std::isfinite(v) && (!m_log || v > 0)) {
                    low = std::min(low, v);
                    high = std::max(high, v);
                }
            }
        }
    }
    Range full;
    full.x0 = 0;
    full.x1 = std::max(1.0, double(longest) - 1);
    if (!std::isfinite(low)) {
        low = m_log ? 0.1 : 0;
        high = 1;
    }
    // A flat curve (or one whose smoothing wobbles in the last bits) gets a visible band around it.
    const bool flat = !(high - low > 1e-9 * std::max(std::abs(high), std::abs(low)));
    if (m_log) {
        const double pad = flat ? 2 : std::pow(high / low, 0.04);
        full.y0 = low / pad;
        full.y1 = high * pad;
    } else {
        const double pad = flat ? std::max(std::abs(high) * 0.05, 1e-3) : (high - low) * 0.04;
        full.y0 = low - pad;
        full.y1 = high + pad;
    }
    m_full = full;
}

void CurvePlot::resetView()
{
    cancelDrag();
    computeFullRange();
    m_zoomHistory.clear();
    m_view = m_full;
    invalidate();
    emit viewChanged();
}

void CurvePlot::setView(const Range& range)
{
    Range r = range;
    if (!std::isfinite(r.x0 + r.x1 + r.y0 + r.y1) || (m_log && (r.y0 <= 0 || r.y1 <= 0)))
        return;
    // Within ten times the data's extent, so that zooming out or panning cannot run off to
    // coordinates that no longer map to pixels.
    const double spanX = m_full.x1 - m_full.x0;
    r.x0 = std::max(r.x0, m_full.x0 - 10 * spanX);
    r.x1 = std::min(r.x1, m_full.x1 + 10 * spanX);
    if (m_log) {
        const double ratio = std::pow(m_full.y1 / m_full.y0, 10.0);
        r.y0 = std::max(r.y0, m_full.y0 / ratio);
        r.y1 = std::min(r.y1, m_full.y1 * ratio);
    } else {
        const double spanY = m_full.y1 - m_full.y0;
        r.y0 = std::max(r.y0, m_full.y0 - 10 * spanY);
        r.y1 = std::min(r.y1, m_full.y1 + 10 * spanY);
    }
    // Not narrower than the doubles can tell apart.
    const double yScale = std::max({std::abs(r.y0), std::abs(r.y1), 1e-300});
    if (!(r.x1 - r.x0 > 1e-6) || !(r.y1 - r.y0 > 1e-9 * yScale))
        return;
    if (r == m_view)
        return;
    m_view = r;
    m_hover.reset();
    invalidate();
    emit viewChanged();
}

QRect CurvePlot::plotRect(const QRect& target) const
{
    const QRect below = belowTitle(target);
    PlotAxis y;
    y.low = m_view.y0;
    y.high = m_view.y1;
    y.log = m_log;
    const int fontHeight = fontMetrics().height();
    return below.adjusted(leftMargin(y, m_yTitle) + 8, 4, -16, -(2 * fontHeight + 16));
}

void CurvePlot::axes(const QRect& plot, PlotAxis& x, PlotAxis& y) const
{
    x.low = m_view.x0;
    x.high = m_view.x1;
    x.whole = true; // iterations (or trials)
    x.pixelLow = plot.left();
    x.pixelHigh = plot.right();
    y.low = m_view.y0;
    y.high = m_view.y1;
    y.log = m_log;
    y.pixelLow = plot.bottom();
    y.pixelHigh = plot.top();
}

QPolygonF CurvePlot::polyline(int curve, const QRect& plot, const PlotAxis& x, const PlotAxis& y, double pixelRatio) const
{
    const auto& values = series(curve, Edge::Line);
    // One point beyond each edge, so that lines run to the border.
    const double limit = double(values.size());
    const int first = int(std::clamp(std::floor(m_view.x0), -1.0, limit)) - 1;
    const int last = int(std::clamp(std::ceil(m_view.x1), -1.0, limit)) + 1;
    const std::vector<int> kept = decimateM4(values, first, last, m_view.x0, m_view.x1,
                                             std::max(1, int(std::lround(plot.width() * pixelRatio))), m_log);
    QPolygonF points;
    points.reserve(qsizetype(kept.size()));
    for (int i : kept)
        points.append(QPointF(x.toPixel(i), y.toPixel(values[std::size_t(i)])));
    return points;
}

void CurvePlot::paintBand(QPainter& painter, int curve, const PlotAxis& x, const PlotAxis& y, int columns, int alpha) const
{
    const auto& low = series(curve, Edge::Low);
    const auto& high = series(curve, Edge::High);
    const int count = int(std::min(low.size(), high.size()));
    if (count == 0)
        return;
    // The iterations in view, and one beyond each edge, as for the lines.
    const int first = std::max(0, int(std::clamp(std::floor(m_view.x0), -1.0, double(count))) - 1);
    const int last = std::min(count - 1, int(std::clamp(std::ceil(m_view.x1), -1.0, double(count))) + 1);
    auto drawable = [&](int i) {
        const double a = low[std::size_t(i)], b = high[std::size_t(i)];
        return std::isfinite(a) && std::isfinite(b) && (!m_log || (a > 0 && b > 0));
    };
    QColor fill = m_curves[std::size_t(curve)].color;
    fill.setAlpha(alpha);
    QPen pen(fill, 1);
    pen.setCosmetic(true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    // One area for each stretch of iterations that has a band: its top edge left to right, its
    // bottom edge back, each decimated like a line so that every column's extremes stay.
    for (int start = first; start <= last; ++start) {
        if (!drawable(start))
            continue;
        int end = start;
        while (end < last && drawable(end + 1))
            ++end;
        const std::vector<int> top = decimateM4(high, start, end, m_view.x0, m_view.x1, columns, m_log);
        const std::vector<int> bottom = decimateM4(low, start, end, m_view.x0, m_view.x1, columns, m_log);
        QPolygonF area;
        area.reserve(qsizetype(top.size() + bottom.size()));
        for (int i : top)
            area.append(QPointF(x.toPixel(i), y.toPixel(high[std::size_t(i)])));
        for (auto i = bottom.rbegin(); i != bottom.rend(); ++i)
            area.append(QPointF(x.toPixel(*i), y.toPixel(low[std::size_t(*i)])));
        if (start == end) {
            painter.setPen(pen); // a band of one iteration is a stroke from its low to its high
            painter.drawLine(area.first(), area.last());
            painter.setPen(Qt::NoPen);
        } else {
            painter.drawPolygon(area);
        }
        start = end;
    }
}

void CurvePlot::paintEndMark(QPainter& painter, int curve, const PlotAxis& x, const PlotAxis& y) const
{
    const int last = lastDrawnIteration(curve);
    if (last < 0 || last < m_view.x0 || last > m_view.x1)
        return;
    const QPointF at(x.toPixel(last), y.toPixel(series(curve, Edge::Line)[std::size_t(last)]));
    QPen pen(m_curves[std::size_t(curve)].color, 1.8);
    pen.setCosmetic(true);
    painter.setPen(pen);
    constexpr double arm = 4;
    painter.drawLine(at + QPointF(-arm, -arm), at + QPointF(arm, arm));
    painter.drawLine(at + QPointF(-arm, arm), at + QPointF(arm, -arm));
}

void CurvePlot::paintCurves(QPainter& painter, const QRect& plot, const PlotAxis& x, const PlotAxis& y)
{
    // Pixel columns of the device (two per logical pixel on a high-density screen or in a PNG export).
    const double pixelRatio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const int columns = std::max(1, int(std::lround(plot.width() * pixelRatio)));
    int visible = 0;
    for (char v : m_visible)
        visible += v ? 1 : 0;
    painter.save();
    painter.setClipRect(plot.adjusted(1, 1, 0, 0));
    painter.setRenderHint(QPainter::Antialiasing, visible <= kMaxAntialiasedCurves);
    // Bands first, so that no band covers another curve's line.
    for (int c = 0; c < curveCount(); ++c) {
        if (m_visible[std::size_t(c)])
            paintBand(painter, c, x, y, columns, visible > 20 ? 25 : 50);
    }
    painter.setBrush(Qt::NoBrush);
    for (int c = 0; c < curveCount(); ++c) {
        if (!m_visible[std::size_t(c)]) {
            m_drawnPoints[std::size_t(c)] = 0;
            m_drawnWidths[std::size_t(c)] = 0;
            continue;
        }
        const QPolygonF points = polyline(c, plot, x, y, pixelRatio);
        m_drawnPoints[std::size_t(c)] = int(points.size());
        const Curve& curve = m_curves[std::size_t(c)];
        QColor color = curve.color;
        if (visible > 40)
            color.setAlpha(visible > 300 ? 90 : 160); // many curves: overlaps show as density
        // A wide pen is stroked as a filled outline, whose cost grows with how far the line goes
        // up and down: a learning curve of 300 points takes 1.6 ms, a zigzag of 20 trial values
        // 6 ms and of 100 values 60 ms, where a hairline takes under 0.5 ms. A line that goes up
        // and down more than a few times the plot's height is drawn thin.
        double travel = 0;
        for (qsizetype i = 1; i < points.size(); ++i)
            travel += std::abs(points[i].y() - points[i - 1].y());
        const bool wide = visible <= 20 && points.size() <= kMaxWidePenPoints &&
                          travel <= kMaxWidePenTravel * plot.height(); // both in logical pixels
        const double width = wide ? 1.6 : 1.0;
        QPen pen(color, curve.cutShort ? width * 0.75 : width, curve.cutShort ? Qt::DashLine : Qt::SolidLine);
        m_drawnWidths[std::size_t(c)] = pen.widthF();
        pen.setCosmetic(true);
        painter.setPen(pen);
        if (points.size() == 1)
            painter.drawPoint(points.first());
        else
            painter.drawPolyline(points);
        if (curve.cutShort)
            paintEndMark(painter, c, x, y);
    }
    painter.restore();
}

void CurvePlot::render(QPainter& painter, const QRect& target)
{
    painter.fillRect(target, palette().color(QPalette::Base));
    const QRect plot = plotRect(target);
    if (m_curves.empty()) {
        paintTitle(painter, target);
        paintMessage(painter, target, tr("No curves to show."));
        return;
    }
    paintTitle(painter, target);
    PlotAxis x, y;
    axes(plot, x, y);
    paintAxes(painter, plot, x, y, m_xTitle, m_yTitle);
    paintCurves(painter, plot, x, y);
    paintMarker(painter, plot, x);
    if (m_legend)
        paintLegend(painter, plot, x, y);
    if (m_hiddenPoints > 0) {
        painter.save();
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(plot.adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignRight,
                         tr("%n value(s) ≤ 0 cannot be shown on the log scale", nullptr, m_hiddenPoints));
        painter.restore();
    }
}

void CurvePlot::paintMarker(QPainter& painter, const QRect& plot, const PlotAxis& x) const
{
    if (!m_marker || *m_marker < m_view.x0 || *m_marker > m_view.x1)
        return;
    const double at = x.toPixel(*m_marker);
    painter.save();
    QColor color = palette().color(QPalette::WindowText);
    color.setAlpha(150);
    QPen pen(color, 1, Qt::DashLine);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()));
    if (!m_markerLabel.isEmpty()) {
        const int width = fontMetrics().horizontalAdvance(m_markerLabel) + 8;
        // Beside the line, on the side with room.
        const bool left = at + width > plot.right();
        const QRectF box(left ? at - width - 2 : at + 2, plot.bottom() - fontMetrics().height() - 6, width,
                         fontMetrics().height() + 2);
        painter.drawText(box, Qt::AlignCenter, m_markerLabel);
    }
    painter.restore();
}

void CurvePlot::paintLegend(QPainter& painter, const QRect& plot, const PlotAxis& xAxis, const PlotAxis& yAxis) const
{
    const QFontMetrics metrics = fontMetrics();
    int width = 0, rows = 0;
    for (int c = 0; c < curveCount(); ++c) {
        if (!m_visible[std::size_t(c)])
            continue;
        width = std::max(width, metrics.horizontalAdvance(m_curves[std::size_t(c)].label));
        ++rows;
    }
    if (rows == 0)
        return;
    const int line = metrics.height(), swatch = 18;
    // In the corner that hides the fewest points of the curves (top right when they tie).
    const QSize size(width + swatch + 12, rows * line + 8);
    const QList<QRect> corners{
        QRect(QPoint(plot.right() - size.width() - 6, plot.top() + 6), size),
        QRect(QPoint(plot.right() - size.width() - 6, plot.bottom() - size.height() - 6), size),
        QRect(QPoint(plot.left() + 6, plot.top() + 6), size),
        QRect(QPoint(plot.left() + 6, plot.bottom() - size.height() - 6), size)};
    QRect box = corners.front();
    qsizetype fewest = -1;
    for (const QRect& corner : corners) {
        qsizetype hidden = 0;
        for (int c = 0; c < curveCount(); ++c) {
            const auto& values = series(c, Edge::Line);
            if (!m_visible[std::size_t(c)])
                continue;
            for (std::size_t i = 0; i < values.size(); ++i) {
                if (std::isfinite(values[i]) && (!m_log || values[i] > 0) &&
                    corner.contains(QPointF(xAxis.toPixel(double(i)), yAxis.toPixel(values[i])).toPoint()))
                    ++hidden;
            }
        }
        if (fewest < 0 || hidden < fewest) {
            fewest = hidden;
            box = corner;
        }
    }
    painter.save();
    QColor background = palette().color(QPalette::Base);
    background.setAlpha(220);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(background);
    painter.drawRect(box);
    int y = box.top() + 4;
    for (int c = 0; c < curveCount(); ++c) {
        if (!m_visible[std::size_t(c)])
            continue;
        const Curve& curve = m_curves[std::size_t(c)];
        QPen pen(curve.color, curve.cutShort ? 1.5 : 2, curve.cutShort ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(box.left() + 5, y + line / 2.0), QPointF(box.left() + 5 + swatch - 4, y + line / 2.0));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(box.left() + swatch + 6, y, width + 2, line), Qt::AlignLeft | Qt::AlignVCenter, curve.label);
        y += line;
    }
    painter.restore();
}

void CurvePlot::invalidate()
{
    m_cacheValid = false;
    update();
}

void CurvePlot::paintEvent(QPaintEvent*)
{
    const qreal ratio = devicePixelRatioF();
    if (!m_cacheValid || m_cache.size() != size() * ratio) {
        m_cache = QPixmap(size() * ratio);
        m_cache.setDevicePixelRatio(ratio);
        QPainter cache(&m_cache);
        cache.setFont(font());
        render(cache, rect());
        m_cacheValid = true;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
    if (m_curves.empty())
        return;
    // Hover and legend decorations over the cached drawing.
    const QRect plot = plotArea();
    PlotAxis x, y;
    axes(plot, x, y);
    painter.setClipRect(plot.adjusted(1, 1, 0, 0));
    painter.setRenderHint(QPainter::Antialiasing);
    const int emphasised = m_hover ? m_hover->curve : m_highlighted;
    if (isCurveVisible(emphasised)) {
        QPen pen(m_curves[std::size_t(emphasised)].color, 3);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawPolyline(polyline(emphasised, plot, x, y, devicePixelRatioF()));
    }
    if (m_hover) {
        const double value = drawnValue(m_hover->curve, m_hover->iteration);
        const QPointF point(x.toPixel(m_hover->iteration), y.toPixel(value));
        QColor line = palette().color(QPalette::WindowText);
        line.setAlpha(90);
        painter.setPen(QPen(line, 1, Qt::DashLine));
        painter.drawLine(QPointF(point.x(), plot.top()), QPointF(point.x(), plot.bottom()));
        painter.setPen(QPen(palette().color(QPalette::Base), 2));
        painter.setBrush(m_curves[std::size_t(m_hover->curve)].color);
        painter.drawEllipse(point, 5, 5);
    }
}

void CurvePlot::resizeEvent(QResizeEvent* event)
{
    m_cacheValid = false;
    PlotWidget::resizeEvent(event);
}

void CurvePlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_cacheValid = false;
    PlotWidget::changeEvent(event);
}

} // namespace grove
