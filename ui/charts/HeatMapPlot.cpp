#include "ui/charts/HeatMapPlot.h"

#include <QFontMetrics>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr int kMaxBins = 8;

QString shortNumber(double value) { return QString::number(value, 'g', 3); }

// The bin of each point (-1: none) and the bins' labels.
std::vector<int> binsOf(const HeatMapPlot::Axis& axis, std::size_t count, QStringList& labels)
{
    const AxisValues values = axisValues(axis.values, count);
    std::vector<int> bins(count, -1);
    labels.clear();
    if (!values.categories.isEmpty()) {
        labels = values.categories;
        for (std::size_t i = 0; i < count; ++i) {
            if (std::isfinite(values.positions[i]))
                bins[i] = int(values.positions[i]);
        }
        return bins;
    }
    std::set<double> distinct;
    for (double v : values.positions) {
        if (std::isfinite(v))
            distinct.insert(v);
    }
    if (distinct.empty())
        return bins;
    if (distinct.size() <= std::size_t(kMaxBins)) {
        const std::vector<double> sorted(distinct.begin(), distinct.end());
        for (double v : sorted)
            labels << shortNumber(v);
        for (std::size_t i = 0; i < count; ++i) {
            if (std::isfinite(values.positions[i]))
                bins[i] = int(std::lower_bound(sorted.begin(), sorted.end(), values.positions[i]) - sorted.begin());
        }
        return bins;
    }
    const bool log = axis.log && *distinct.begin() > 0;
    const auto scaled = [log](double v) { return log ? std::log(v) : v; };
    const double low = scaled(*distinct.begin()), high = scaled(*distinct.rbegin());
    const double width = (high - low) / kMaxBins;
    for (int b = 0; b < kMaxBins; ++b) {
        const double from = low + width * b, to = low + width * (b + 1);
        labels << u"%1–%2"_s.arg(shortNumber(log ? std::exp(from) : from), shortNumber(log ? std::exp(to) : to));
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (std::isfinite(values.positions[i]))
            bins[i] = std::clamp(int((scaled(values.positions[i]) - low) / width), 0, kMaxBins - 1);
    }
    return bins;
}

} // namespace

HeatMapPlot::HeatMapPlot(QWidget* parent) : PlotWidget(parent)
{
    setObjectName(u"heatMapPlot"_s);
    setMouseTracking(true);
    setMinimumSize(360, 280);
}

void HeatMapPlot::setData(const Axis& x, const Axis& y, const QString& metricName, const std::vector<double>& metric,
                          bool higherIsBetter)
{
    m_xName = x.name;
    m_yName = y.name;
    m_metric = metricName;
    m_higherIsBetter = higherIsBetter;
    m_hover = {-1, -1};
    const std::size_t count = metric.size();
    const std::vector<int> columns = binsOf(x, count, m_columns);
    const std::vector<int> rows = binsOf(y, count, m_rows);
    m_cells.assign(std::size_t(m_columns.size() * m_rows.size()), Cell{});
    for (std::size_t i = 0; i < count; ++i) {
        if (columns[i] < 0 || rows[i] < 0 || !std::isfinite(metric[i]))
            continue;
        Cell& c = m_cells[std::size_t(rows[i] * m_columns.size() + columns[i])];
        ++c.count;
        c.sum += metric[i];
        if (!std::isfinite(c.best) || (higherIsBetter ? metric[i] > c.best : metric[i] < c.best))
            c.best = metric[i];
    }
    m_low = INFINITY;
    m_high = -INFINITY;
    for (const Cell& c : m_cells) {
        if (c.count > 0) {
            m_low = std::min(m_low, c.sum / c.count);
            m_high = std::max(m_high, c.sum / c.count);
        }
    }
    update();
}

const HeatMapPlot::Cell* HeatMapPlot::cell(int column, int row) const
{
    if (column < 0 || row < 0 || column >= m_columns.size() || row >= m_rows.size())
        return nullptr;
    return &m_cells[std::size_t(row * m_columns.size() + column)];
}

int HeatMapPlot::count(int column, int row) const
{
    const Cell* c = cell(column, row);
    return c ? c->count : 0;
}

double HeatMapPlot::mean(int column, int row) const
{
    const Cell* c = cell(column, row);
    return c && c->count > 0 ? c->sum / c->count : NAN;
}

QRect HeatMapPlot::plotRect(const QRect& target) const
{
    const QFontMetrics metrics(font());
    int labelWidth = metrics.horizontalAdvance(m_yName);
    for (const QString& label : m_rows)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    const QRect area = belowTitle(target);
    const int legend = 70;
    return area.adjusted(labelWidth + 16, 8, -legend, -2 * metrics.height() - 14);
}

std::optional<std::pair<int, int>> HeatMapPlot::cellAt(const QPoint& position) const
{
    const QRect plot = plotRect(rect());
    if (m_columns.isEmpty() || m_rows.isEmpty() || !plot.contains(position))
        return std::nullopt;
    const int column = std::min(int(m_columns.size()) - 1, int((position.x() - plot.left()) * m_columns.size() / std::max(1, plot.width())));
    const int row = std::min(int(m_rows.size()) - 1, int((plot.bottom() - position.y()) * m_rows.size() / std::max(1, plot.height())));
    return std::pair{column, row};
}

QString HeatMapPlot::readout(int column, int row) const
{
    const Cell* c = cell(column, row);
    if (!c)
        return {};
    if (c->count == 0)
        return tr("%1 %2, %3 %4: no trials").arg(m_xName, m_columns[column], m_yName, m_rows[row]);
    return tr("%1 %2, %3 %4\nmean %5 = %6, best %7\n%n trial(s)", nullptr, c->count)
        .arg(m_xName, m_columns[column], m_yName, m_rows[row], m_metric, QString::number(c->sum / c->count, 'g', 6),
             QString::number(c->best, 'g', 6));
}

void HeatMapPlot::render(QPainter& painter, const QRect& target)
{
    painter.fillRect(target, palette().color(QPalette::Base));
    paintTitle(painter, target);
    if (m_columns.isEmpty() || m_rows.isEmpty() || !std::isfinite(m_low)) {
        paintMessage(painter, target, tr("The heat map needs two searched parameters and finished trials."));
        return;
    }
    const QRect plot = plotRect(target);
    const QFontMetrics metrics(painter.font());
    const double cellWidth = double(plot.width()) / double(m_columns.size());
    const double cellHeight = double(plot.height()) / double(m_rows.size());
    const auto fraction = [this](double value) {
        const double f = m_high > m_low ? (value - m_low) / (m_high - m_low) : 1.0;
        return m_higherIsBetter ? f : 1 - f;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int column = 0; column < m_columns.size(); ++column) {
            const QRectF box(plot.left() + column * cellWidth, plot.bottom() - (row + 1) * cellHeight, cellWidth, cellHeight);
            const Cell* c = cell(column, row);
            if (c->count == 0) {
                painter.fillRect(box.adjusted(1, 1, -1, -1), palette().color(QPalette::AlternateBase));
                continue;
            }
            const double value = c->sum / c->count;
            const QColor color = scaleColor(fraction(value));
            painter.fillRect(box.adjusted(1, 1, -1, -1), color);
            const QString text = u"%1\n(%2)"_s.arg(QString::number(value, 'g', 4)).arg(c->count);
            if (cellWidth > metrics.horizontalAdvance(u"0.0000"_s) + 6 && cellHeight > 2 * metrics.height() + 4) {
                const double luminance = 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF();
                painter.setPen(luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white));
                painter.drawText(box, Qt::AlignCenter, text);
            }
        }
    }
    painter.setPen(palette().color(QPalette::WindowText));
    for (int row = 0; row < m_rows.size(); ++row) {
        const QRectF box(target.left(), plot.bottom() - (row + 1) * cellHeight, plot.left() - target.left() - 6, cellHeight);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, m_rows[row]);
    }
    for (int column = 0; column < m_columns.size(); ++column) {
        const QRectF box(plot.left() + column * cellWidth, plot.bottom() + 4, cellWidth, metrics.height());
        painter.drawText(box, Qt::AlignCenter, metrics.elidedText(m_columns[column], Qt::ElideRight, int(cellWidth) - 2));
    }
    painter.drawText(QRect(plot.left(), plot.bottom() + metrics.height() + 8, plot.width(), metrics.height()),
                     Qt::AlignCenter, m_xName);
    painter.drawText(QRect(target.left() + 2, plot.top() - metrics.height() - 2 < target.top() ? plot.top() : plot.top() - metrics.height() - 2,
                           plot.left() - target.left(), metrics.height()),
                     Qt::AlignLeft, m_yName);
    // The colour scale: best at the top.
    const QRect bar(plot.right() + 14, plot.top(), 14, plot.height());
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int step = 0; step <= 10; ++step)
        gradient.setColorAt(step / 10.0, scaleColor(step / 10.0));
    painter.fillRect(bar, gradient);
    const double top = m_higherIsBetter ? m_high : m_low, bottom = m_higherIsBetter ? m_low : m_high;
    painter.drawText(QRect(bar.right() + 3, bar.top(), 60, metrics.height()), Qt::AlignLeft, shortNumber(top));
    painter.drawText(QRect(bar.right() + 3, bar.bottom() - metrics.height(), 60, metrics.height()), Qt::AlignLeft,
                     shortNumber(bottom));
}

void HeatMapPlot::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    render(painter, rect());
    if (m_hover.first >= 0) {
        const QRect plot = plotRect(rect());
        const double w = double(plot.width()) / double(m_columns.size()), h = double(plot.height()) / double(m_rows.size());
        painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
        painter.drawRect(QRectF(plot.left() + m_hover.first * w, plot.bottom() - (m_hover.second + 1) * h, w, h));
    }
}

void HeatMapPlot::mouseMoveEvent(QMouseEvent* event)
{
    const auto hit = cellAt(event->position().toPoint());
    if (hit)
        QToolTip::showText(event->globalPosition().toPoint(), readout(hit->first, hit->second), this);
    else
        QToolTip::hideText();
    const std::pair<int, int> hover = hit.value_or(std::pair{-1, -1});
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
}

void HeatMapPlot::leaveEvent(QEvent* event)
{
    m_hover = {-1, -1};
    update();
    PlotWidget::leaveEvent(event);
}

} // namespace grove
