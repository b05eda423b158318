// CurvePlot's interaction: hovering reads out a point (and what is drawn there: the smoothed value,
// the band), the mouse and keys zoom and pan. The drawing is in CurvePlot.cpp.
#include "ui/charts/CurvePlot.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr int kHitDistance = 12; // pixels

QString valueText(double value) { return QString::number(value, 'g', 10); }

} // namespace

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

double CurvePlot::drawnValue(int curve, int iteration) const
{
    if (curve < 0 || curve >= curveCount())
        return NAN;
    const auto& values = series(curve, Edge::Line);
    return iteration >= 0 && std::size_t(iteration) < values.size() ? values[std::size_t(iteration)] : NAN;
}

const std::vector<double>& CurvePlot::series(int curve, Edge edge) const
{
    const Curve& stored = m_curves[std::size_t(curve)];
    switch (edge) {
    case Edge::Low:
        return m_smoothedLow.empty() ? stored.low : m_smoothedLow[std::size_t(curve)];
    case Edge::High:
        return m_smoothedHigh.empty() ? stored.high : m_smoothedHigh[std::size_t(curve)];
    case Edge::Line:
        break;
    }
    return m_smoothed.empty() ? stored.values : m_smoothed[std::size_t(curve)];
}

std::pair<double, double> CurvePlot::drawnBand(int curve, int iteration) const
{
    if (curve < 0 || curve >= curveCount() || iteration < 0)
        return {NAN, NAN};
    const auto& low = series(curve, Edge::Low);
    const auto& high = series(curve, Edge::High);
    const auto i = std::size_t(iteration);
    return {i < low.size() ? low[i] : NAN, i < high.size() ? high[i] : NAN};
}

int CurvePlot::lastDrawnIteration(int curve) const
{
    if (curve < 0 || curve >= curveCount())
        return -1;
    const auto& values = series(curve, Edge::Line);
    for (int i = int(values.size()) - 1; i >= 0; --i) {
        if (std::isfinite(values[std::size_t(i)]) && (!m_log || values[std::size_t(i)] > 0))
            return i;
    }
    return -1;
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
    const auto [low, high] = drawnBand(hit.curve, hit.iteration);
    if (std::isfinite(low) && std::isfinite(high))
        text += u'\n' + tr("band: %1 to %2").arg(valueText(low), valueText(high));
    if (curve.cutShort)
        text += u'\n' + tr("stopped early at iteration %1").arg(lastDrawnIteration(hit.curve));
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
