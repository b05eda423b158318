#include "ui/charts/CurvePlot.h"

#include "ui/charts/Decimation.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr int kHitDistance = 12; // pixels
constexpr int kMaxAntialiasedCurves = 300;

QString valueText(double value) { return QString::number(value, 'g', 10); }

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
    m_highlighted = -1;
    m_hover.reset();
    computeDrawn();
    resetView();
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

double CurvePlot::drawnValue(int curve, int iteration) const
{
    if (curve < 0 || curve >= curveCount())
        return NAN;
    const auto& values = m_smoothed.empty() ? m_curves[std::size_t(curve)].values : m_smoothed[std::size_t(curve)];
    return iteration >= 0 && std::size_t(iteration) < values.size() ? values[std::size_t(iteration)] : NAN;
}

int CurvePlot::drawnPointCount(int curve) const
{
    return curve >= 0 && curve < curveCount() ? m_drawnPoints[std::size_t(curve)] : 0;
}

void CurvePlot::computeDrawn()
{
    m_smoothed.clear();
    if (m_smoothing <= 0)
        return;
    m_smoothed.reserve(m_curves.size());
    for (const Curve& curve : m_curves) {
        std::vector<double> smoothed(curve.values.size(), NAN);
        double running = NAN;
        for (std::size_t i = 0; i < curve.values.size(); ++i) {
            const double v = curve.values[i];
            if (!std::isfinite(v))
                continue;
            running = std::isnan(running) ? v : m_smoothing * running + (1 - m_smoothing) * v;
            smoothed[i] = running;
        }
        m_smoothed.push_back(std::move(smoothed));
    }
}

void CurvePlot::computeFullRange()
{
    double low = INFINITY, high = -INFINITY;
    std::size_t longest = 0;
    m_hiddenPoints = 0;
    for (int c = 0; c < curveCount(); ++c) {
        const auto& values = m_smoothed.empty() ? m_curves[std::size_t(c)].values : m_smoothed[std::size_t(c)];
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

void CurvePlot::zoomAt(const QPointF& position, double factor)
{
    PlotAxis x, y;
    axes(plotArea(), x, y);
    const double cx = x.toValue(position.x()), cy = y.toValue(position.y());
    Range r;
    r.x0 = cx - (cx - m_view.x0) * factor;
    r.x1 = cx + (m_view.x1 - cx) * factor;
    if (m_log) {
        r.y0 = cy * std::pow(m_view.y0 / cy, factor);
        r.y1 = cy * std::pow(m_view.y1 / cy, factor);
    } else {
        r.y0 = cy - (cy - m_view.y0) * factor;
        r.y1 = cy + (m_view.y1 - cy) * factor;
    }
    if (r.x1 - r.x0 < 2)
        return; // closer than a couple of iterations shows nothing more
    setView(r);
}

void CurvePlot::panBy(const QPointF& pixels)
{
    PlotAxis x, y;
    const QRect plot = plotArea();
    axes(plot, x, y);
    Range r = m_view;
    const double dx = x.toValue(plot.left()) - x.toValue(plot.left() + pixels.x());
    r.x0 += dx;
    r.x1 += dx;
    r.y0 = y.toValue(y.toPixel(m_view.y0) - pixels.y());
    r.y1 = y.toValue(y.toPixel(m_view.y1) - pixels.y());
    setView(r);
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
    const auto& values = m_smoothed.empty() ? m_curves[std::size_t(curve)].values : m_smoothed[std::size_t(curve)];
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

void CurvePlot::paintCurves(QPainter& painter, const QRect& plot, const PlotAxis& x, const PlotAxis& y)
{
    // Pixel columns of the device (two per logical pixel on a high-density screen or in a PNG export).
    const double pixelRatio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    int visible = 0;
    for (char v : m_visible)
        visible += v ? 1 : 0;
    painter.save();
    painter.setClipRect(plot.adjusted(1, 1, 0, 0));
    painter.setRenderHint(QPainter::Antialiasing, visible <= kMaxAntialiasedCurves);
    for (int c = 0; c < curveCount(); ++c) {
        if (!m_visible[std::size_t(c)]) {
            m_drawnPoints[std::size_t(c)] = 0;
            continue;
        }
        const QPolygonF points = polyline(c, plot, x, y, pixelRatio);
        m_drawnPoints[std::size_t(c)] = int(points.size());
        QColor color = m_curves[std::size_t(c)].color;
        if (visible > 40)
            color.setAlpha(visible > 300 ? 90 : 160); // many curves: overlaps show as density
        QPen pen(color, visible <= 20 ? 1.6 : 1.0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        if (points.size() == 1)
            painter.drawPoint(points.first());
        else
            painter.drawPolyline(points);
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
    if (m_hiddenPoints > 0) {
        painter.save();
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(plot.adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignRight,
                         tr("%n value(s) ≤ 0 cannot be shown on the log scale", nullptr, m_hiddenPoints));
        painter.restore();
    }
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

std::optional<CurvePlot::Hit> CurvePlot::hitAt(const QPoint& position) const
{
    const QRect plot = plotArea();
    if (m_curves.empty() || !plot.adjusted(-2, -2, 2, 2).contains(position))
        return std::nullopt;
    PlotAxis x, y;
    axes(plot, x, y);
    // The iterations under this pixel column (several when the curves are decimated).
    const int from = std::max(0, int(std::ceil(x.toValue(position.x() - 0.5 - kHitDistance / 2.0))));
    const int to = int(std::floor(x.toValue(position.x() + 0.5 + kHitDistance / 2.0)));
    std::optional<Hit> best;
    double bestDistance = kHitDistance;
    for (int c = 0; c < curveCount(); ++c) {
        if (!m_visible[std::size_t(c)])
            continue;
        const int last = std::min(to, int(m_curves[std::size_t(c)].values.size()) - 1);
        for (int i = from; i <= last; ++i) {
            const double v = drawnValue(c, i);
            if (!std::isfinite(v) || (m_log && v <= 0))
                continue;
            const double distance = std::hypot(x.toPixel(i) - position.x(), y.toPixel(v) - position.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = Hit{c, i};
            }
        }
    }
    return best;
}

QPointF CurvePlot::pointPosition(int curve, int iteration) const
{
    PlotAxis x, y;
    axes(plotArea(), x, y);
    return {x.toPixel(iteration), y.toPixel(drawnValue(curve, iteration))};
}

QString CurvePlot::readout(const Hit& hit) const
{
    if (hit.curve < 0 || hit.curve >= curveCount())
        return {};
    const Curve& curve = m_curves[std::size_t(hit.curve)];
    const double stored = hit.iteration < int(curve.values.size()) ? curve.values[std::size_t(hit.iteration)] : NAN;
    QString text = tr("%1\niteration %2: %3").arg(curve.label).arg(hit.iteration).arg(valueText(stored));
    if (!m_smoothed.empty())
        text += u'\n' + tr("smoothed: %1").arg(valueText(drawnValue(hit.curve, hit.iteration)));
    return text;
}

void CurvePlot::setHover(std::optional<Hit> hit, const QPoint& position)
{
    const int before = m_hover ? m_hover->curve : -1;
    const bool changed = hit.has_value() != m_hover.has_value() ||
                         (hit && (hit->curve != m_hover->curve || hit->iteration != m_hover->iteration));
    m_hover = hit;
    if (hit)
        QToolTip::showText(mapToGlobal(position), readout(*hit), this, plotArea());
    else
        QToolTip::hideText();
    if (changed)
        update();
    if ((hit ? hit->curve : -1) != before)
        emit hoveredCurveChanged(hit ? hit->curve : -1);
}

void CurvePlot::cancelDrag()
{
    if (m_rubberBand)
        m_rubberBand->hide();
    if (m_drag == Drag::Pan)
        setCursor(Qt::CrossCursor);
    m_drag = Drag::None;
}

void CurvePlot::mousePressEvent(QMouseEvent* event)
{
    if (m_drag != Drag::None)
        return; // another button during a drag: the drag goes on
    const bool pan = event->button() == Qt::MiddleButton ||
                     (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier));
    if (pan) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Zoom;
        if (!m_rubberBand)
            m_rubberBand = new QRubberBand(QRubberBand::Rectangle, this);
        m_rubberBand->setGeometry(QRect(event->position().toPoint(), QSize()));
        m_rubberBand->show();
    } else if (event->button() == Qt::RightButton) {
        if (!m_zoomHistory.isEmpty()) {
            const Range previous = m_zoomHistory.takeLast();
            setView(previous);
        } else {
            resetView();
        }
        return;
    }
    if (m_drag != Drag::None) {
        m_dragButton = event->button();
        m_zoomHistory << m_view;
        m_dragStart = m_dragLast = event->position().toPoint();
        setHover(std::nullopt, m_dragStart);
    }
}

void CurvePlot::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint position = event->position().toPoint();
    switch (m_drag) {
    case Drag::Pan:
        panBy(position - m_dragLast);
        m_dragLast = position;
        return;
    case Drag::Zoom:
        m_rubberBand->setGeometry(QRect(m_dragStart, position).normalized().intersected(plotArea()));
        return;
    case Drag::None:
        setHover(hitAt(position), position);
        return;
    }
}

void CurvePlot::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_drag == Drag::None || event->button() != m_dragButton)
        return;
    const Drag drag = std::exchange(m_drag, Drag::None);
    setCursor(Qt::CrossCursor);
    if (drag == Drag::Zoom) {
        m_rubberBand->hide();
        const QRect area = m_rubberBand->geometry();
        if (area.width() < 5 || area.height() < 5) {
            if (!m_zoomHistory.isEmpty())
                m_zoomHistory.removeLast(); // a click, not a zoom
            setHover(hitAt(event->position().toPoint()), event->position().toPoint());
            return;
        }
        PlotAxis x, y;
        axes(plotArea(), x, y);
        setView({x.toValue(area.left()), x.toValue(area.right()), y.toValue(area.bottom()), y.toValue(area.top())});
    } else if (drag == Drag::Pan && !m_zoomHistory.isEmpty() && m_view == m_zoomHistory.last()) {
        m_zoomHistory.removeLast();
    }
}

void CurvePlot::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        resetView();
}

void CurvePlot::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    if (m_zoomHistory.isEmpty() || !(m_zoomHistory.last() == m_view))
        m_zoomHistory << m_view;
    zoomAt(event->position(), std::pow(0.8, steps));
    event->accept();
}

void CurvePlot::leaveEvent(QEvent* event)
{
    setHover(std::nullopt, {});
    PlotWidget::leaveEvent(event);
}

void CurvePlot::keyPressEvent(QKeyEvent* event)
{
    const QRect plot = plotArea();
    switch (event->key()) {
    case Qt::Key_Home:
    case Qt::Key_Escape:
        resetView();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(plot.center(), 0.8);
        return;
    case Qt::Key_Minus:
        zoomAt(plot.center(), 1.25);
        return;
    case Qt::Key_Left:
        panBy(QPointF(plot.width() / 10.0, 0));
        return;
    case Qt::Key_Right:
        panBy(QPointF(-plot.width() / 10.0, 0));
        return;
    case Qt::Key_Up:
        panBy(QPointF(0, plot.height() / 10.0));
        return;
    case Qt::Key_Down:
        panBy(QPointF(0, -plot.height() / 10.0));
        return;
    default:
        PlotWidget::keyPressEvent(event);
    }
}

} // namespace grove
