#include "ui/charts/ParallelPlot.h"

#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr double kHitDistance = 6;

double segmentDistance(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const QPointF ab = b - a;
    const double length = QPointF::dotProduct(ab, ab);
    const double t = length > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

ParallelPlot::ParallelPlot(QWidget* parent) : PlotWidget(parent)
{
    setObjectName(u"parallelPlot"_s);
}

void ParallelPlot::setData(QList<Axis> settings, const QString& metricName, std::vector<double> metric,
                           QStringList runLabels, bool higherIsBetter)
{
    m_axes.clear();
    m_labels = std::move(runLabels);
    m_higherIsBetter = higherIsBetter;
    m_hover = -1;
    const std::size_t runs = std::size_t(m_labels.size());
    for (const Axis& axis : settings) {
        AxisValues values = axisValues(axis.values, runs);
        Scale scale;
        scale.name = axis.name;
        scale.value = std::move(values.positions);
        scale.categories = std::move(values.categories);
        m_axes.push_back(std::move(scale));
    }
    Scale last;
    last.name = metricName;
    last.value = std::move(metric);
    last.value.resize(runs, NAN);
    m_axes.push_back(std::move(last));
    for (Scale& scale : m_axes) {
        if (!scale.categories.isEmpty()) {
            scale.low = -0.5;
            scale.high = double(scale.categories.size()) - 0.5;
            continue;
        }
        double low = INFINITY, high = -INFINITY;
        for (double v : scale.value) {
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
        if (!std::isfinite(low))
            low = 0, high = 1;
        const double pad = high > low ? (high - low) * 0.05 : std::max(std::abs(high) * 0.05, 0.5);
        scale.low = low - pad;
        scale.high = high + pad;
    }
    update();
}

QString ParallelPlot::axisName(int axis) const
{
    return axis >= 0 && axis < axisCount() ? m_axes[std::size_t(axis)].name : QString();
}

bool ParallelPlot::isCategorical(int axis) const
{
    return axis >= 0 && axis < axisCount() && !m_axes[std::size_t(axis)].categories.isEmpty();
}

QRect ParallelPlot::plotRect(const QRect& target) const
{
    const int line = fontMetrics().height();
    return belowTitle(target).adjusted(24, 2 * line + 8, -96, -line - 12);
}

std::optional<QPointF> ParallelPlot::vertexIn(const QRect& plot, int run, int axis) const
{
    const Scale& scale = m_axes[std::size_t(axis)];
    const double v = scale.value[std::size_t(run)];
    if (!std::isfinite(v))
        return std::nullopt;
    const double x = m_axes.size() < 2 ? plot.center().x()
                                       : plot.left() + double(axis) * plot.width() / double(m_axes.size() - 1);
    const double y = plot.bottom() - (v - scale.low) / (scale.high - scale.low) * plot.height();
    return QPointF(x, y);
}

std::optional<QPointF> ParallelPlot::vertex(int run, int axis) const
{
    if (run < 0 || run >= lineCount() || axis < 0 || axis >= axisCount())
        return std::nullopt;
    return vertexIn(plotRect(rect()), run, axis);
}

QColor ParallelPlot::lineColor(int run) const
{
    const Scale& metric = m_axes.back();
    const double v = metric.value[std::size_t(run)];
    if (!std::isfinite(v))
        return QColor(0x99, 0x99, 0x99);
    double fraction = (v - metric.low) / (metric.high - metric.low);
    return scaleColor(m_higherIsBetter ? fraction : 1 - fraction);
}

void ParallelPlot::paintLine(QPainter& painter, const QRect& plot, int run, double width) const
{
    QColor color = lineColor(run);
    if (width < 2 && m_labels.size() > 50)
        color.setAlpha(150);
    QPen pen(color, width);
    pen.setCosmetic(true);
    painter.setPen(pen);
    QPainterPath path;
    bool open = false;
    for (int axis = 0; axis < axisCount(); ++axis) {
        const auto point = vertexIn(plot, run, axis);
        if (!point) {
            open = false; // a missing value breaks the line
            continue;
        }
        if (open)
            path.lineTo(*point);
        else
            path.moveTo(*point);
        open = true;
    }
    painter.drawPath(path);
}

void ParallelPlot::render(QPainter& painter, const QRect& target)
{
    painter.fillRect(target, palette().color(QPalette::Base));
    paintTitle(painter, target);
    if (m_labels.isEmpty()) {
        paintMessage(painter, target, tr("Select runs to compare."));
        return;
    }
    if (m_axes.size() < 2) {
        paintMessage(painter, target,
                     tr("These runs share all their settings: there is no setting to lay out against the metric."));
        return;
    }
    const QRect plot = plotRect(target);
    const QFontMetrics metrics(painter.font());
    const QColor text = palette().color(QPalette::WindowText);
    const double spacing = double(plot.width()) / double(m_axes.size() - 1);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    // Best lines last, so that they are on top.
    std::vector<int> order(std::size_t(m_labels.size()));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    const auto& metric = m_axes.back().value;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const double va = metric[std::size_t(a)], vb = metric[std::size_t(b)];
        if (!std::isfinite(va) || !std::isfinite(vb))
            return !std::isfinite(va) && std::isfinite(vb);
        return m_higherIsBetter ? va < vb : va > vb;
    });
    for (int run : order)
        paintLine(painter, plot, run, 1.4);
    // The axes over the lines.
    for (int axis = 0; axis < axisCount(); ++axis) {
        const Scale& scale = m_axes[std::size_t(axis)];
        const double x = plot.left() + axis * spacing;
        const bool isMetric = axis == axisCount() - 1;
        if (isMetric) {
            // The metric axis doubles as the colour legend.
            QLinearGradient gradient(QPointF(x, plot.bottom()), QPointF(x, plot.top()));
            for (int i = 0; i <= 8; ++i)
                gradient.setColorAt(i / 8.0, scaleColor(m_higherIsBetter ? i / 8.0 : 1 - i / 8.0));
            painter.fillRect(QRectF(x - 3, plot.top(), 6, plot.height()), gradient);
        }
        painter.setPen(QPen(text, 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        QFont bold = painter.font();
        bold.setBold(isMetric);
        painter.setFont(bold);
        const int nameWidth = int(std::max(60.0, spacing - 8));
        const QString name = scale.name.startsWith(u"params."_s) ? scale.name.mid(7) : scale.name;
        painter.drawText(QRectF(x - nameWidth / 2.0, plot.top() - 2 * metrics.height() - 6, nameWidth, metrics.height()),
                         Qt::AlignCenter, metrics.elidedText(name, Qt::ElideMiddle, nameWidth));
        bold.setBold(false);
        painter.setFont(bold);
        const int labelWidth = int(std::max(40.0, spacing / 2 - 10));
        auto tickLabel = [&](double value, const QString& label) {
            const double y = plot.bottom() - (value - scale.low) / (scale.high - scale.low) * plot.height();
            painter.drawLine(QPointF(x - 3, y), QPointF(x + 3, y));
            painter.drawText(QRectF(x + 6, y - metrics.height() / 2.0, labelWidth, metrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(label, Qt::ElideMiddle, labelWidth));
        };
        if (!scale.categories.isEmpty()) {
            for (qsizetype i = 0; i < scale.categories.size(); ++i)
                tickLabel(double(i), scale.categories[i]);
        } else {
            PlotAxis axisScale;
            axisScale.low = scale.low;
            axisScale.high = scale.high;
            const QList<double> ticks = axisScale.ticks(std::max(2, plot.height() / 60));
            for (double tick : ticks)
                tickLabel(tick, PlotAxis::label(tick, ticks));
        }
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRect(plot.left(), plot.bottom() + 8, plot.width() + 90, metrics.height() + 4), Qt::AlignRight,
                     m_higherIsBetter ? tr("Yellow: highest %1 (best)").arg(m_axes.back().name)
                                      : tr("Yellow: lowest %1 (best)").arg(m_axes.back().name));
    painter.restore();
}

void ParallelPlot::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    render(painter, rect());
    if (m_hover >= 0) {
        painter.setRenderHint(QPainter::Antialiasing);
        paintLine(painter, plotRect(rect()), m_hover, 4);
    }
}

std::optional<int> ParallelPlot::lineAt(const QPoint& position) const
{
    if (m_axes.size() < 2)
        return std::nullopt;
    const QRect plot = plotRect(rect());
    std::optional<int> best;
    double bestDistance = kHitDistance;
    for (int run = 0; run < lineCount(); ++run) {
        std::optional<QPointF> previous;
        for (int axis = 0; axis < axisCount(); ++axis) {
            const auto point = vertexIn(plot, run, axis);
            if (point && previous) {
                const double distance = segmentDistance(position, *previous, *point);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = run;
                }
            }
            previous = point;
        }
    }
    return best;
}

QString ParallelPlot::readout(int run) const
{
    if (run < 0 || run >= lineCount())
        return {};
    QStringList lines{m_labels[run]};
    for (const Scale& scale : m_axes) {
        const double v = scale.value[std::size_t(run)];
        const QString value = !std::isfinite(v) ? tr("(none)")
                              : scale.categories.isEmpty() ? QString::number(v, 'g', 10)
                                                           : scale.categories.value(qsizetype(v));
        lines << u"%1 = %2"_s.arg(scale.name, value);
    }
    return lines.join(u'\n');
}

void ParallelPlot::mouseMoveEvent(QMouseEvent* event)
{
    const auto hit = lineAt(event->position().toPoint());
    if (hit)
        QToolTip::showText(event->globalPosition().toPoint(), readout(*hit), this);
    else
        QToolTip::hideText();
    if (hit.value_or(-1) != m_hover) {
        m_hover = hit.value_or(-1);
        update();
    }
}

void ParallelPlot::leaveEvent(QEvent* event)
{
    m_hover = -1;
    update();
    PlotWidget::leaveEvent(event);
}

} // namespace grove
