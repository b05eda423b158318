#include "ui/charts/ShapPlots.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

const QColor kPositive(220, 60, 80);
const QColor kNegative(30, 130, 220);

// The width the feature names need at the left, up to a third of the plot.
int labelWidth(const QFontMetrics& metrics, const QStringList& labels, int available)
{
    int width = 0;
    for (const QString& label : labels)
        width = std::max(width, metrics.horizontalAdvance(label));
    return std::min(width + 12, available / 3);
}

// Grid lines and labels of a horizontal value axis under `plot`, and its title: these plots name
// their rows instead of having y ticks.
void paintValueAxis(QPainter& painter, const QPalette& palette, const QFontMetrics& metrics, const QRect& plot,
                    const PlotAxis& x, const QString& title)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    const QList<double> ticks = x.ticks(std::max(2, plot.width() / 90));
    for (double tick : ticks) {
        painter.setPen(grid);
        painter.drawLine(QPointF(x.toPixel(tick), plot.top()), QPointF(x.toPixel(tick), plot.bottom()));
        painter.setPen(text);
        painter.drawText(QRectF(x.toPixel(tick) - 50, plot.bottom() + 4, 100, metrics.height()), Qt::AlignHCenter,
                         PlotAxis::label(tick, ticks));
    }
    painter.drawText(QRect(plot.left(), plot.bottom() + metrics.height() + 8, plot.width(), metrics.height()),
                     Qt::AlignHCenter, title);
}

} // namespace

ShapSummaryPlot::ShapSummaryPlot(QWidget* parent) : PlotWidget(parent)
{
    setObjectName(u"shapSummary"_s);
    setMinimumSize(360, 300);
}

void ShapSummaryPlot::setData(const QStringList& features, std::vector<int> order, std::vector<double> meanAbsolute,
                              std::vector<float> contributions, std::vector<float> values, std::size_t rows)
{
    m_features = features;
    m_order = std::move(order);
    m_meanAbsolute = std::move(meanAbsolute);
    m_contributions = std::move(contributions);
    m_values = std::move(values);
    m_rows = rows;
    update();
}

void ShapSummaryPlot::setMode(Mode mode)
{
    m_mode = mode;
    update();
}

QStringList ShapSummaryPlot::shownFeatures() const
{
    QStringList shown;
    for (std::size_t i = 0; i < m_order.size() && i < std::size_t(kMaxFeatures); ++i)
        shown << m_features.value(m_order[i]);
    return shown;
}

void ShapSummaryPlot::render(QPainter& painter, const QRect& target)
{
    painter.fillRect(target, palette().color(QPalette::Base));
    paintTitle(painter, target);
    m_drawnPoints = 0;
    const QStringList shown = shownFeatures();
    if (shown.isEmpty() || m_rows == 0) {
        paintMessage(painter, target, tr("No SHAP values yet."));
        return;
    }
    const QFontMetrics metrics = fontMetrics();
    const QRect area = belowTitle(target);
    const int left = labelWidth(metrics, shown, area.width());
    const bool swarm = m_mode == Mode::Beeswarm;
    const QRect plot = area.adjusted(left + 8, 4, swarm ? -48 : -16, -(2 * metrics.height() + 16));
    const std::size_t features = std::size_t(m_features.size());
    const int count = int(shown.size());
    const double rowHeight = double(plot.height()) / count;

    PlotAxis x, y;
    if (swarm) {
        float low = 0, high = 0;
        for (float c : m_contributions)
            if (std::isfinite(c)) {
                low = std::min(low, c);
                high = std::max(high, c);
            }
        const double pad = std::max(1e-6, double(high - low) * 0.04);
        x.low = low - pad;
        x.high = high + pad;
    } else {
        x.low = 0;
        x.high = std::max(1e-9, m_meanAbsolute[std::size_t(m_order.front())] * 1.08);
    }
    x.pixelLow = plot.left();
    x.pixelHigh = plot.right();
    y.low = 0;
    y.high = 1;
    y.pixelLow = plot.bottom();
    y.pixelHigh = plot.top();
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    paintValueAxis(painter, palette(), metrics, plot, x,
                   swarm ? tr("SHAP value (effect on the model's margin)") : tr("Mean |SHAP value|"));
    painter.setPen(text);
    for (int i = 0; i < count; ++i)
        painter.drawText(QRectF(area.left(), plot.top() + i * rowHeight, left, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(shown[i], Qt::ElideMiddle, left - 4));

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(plot);
    if (!swarm) {
        for (int i = 0; i < count; ++i) {
            const double value = m_meanAbsolute[std::size_t(m_order[std::size_t(i)])];
            const QRectF bar(QPointF(x.toPixel(0), plot.top() + i * rowHeight + rowHeight * 0.2),
                             QPointF(x.toPixel(value), plot.top() + (i + 1) * rowHeight - rowHeight * 0.2));
            painter.fillRect(bar, QColor(40, 110, 190));
            ++m_drawnPoints;
        }
        painter.restore();
        return;
    }
    painter.setPen(QPen(grid, 1));
    painter.drawLine(QPointF(x.toPixel(0), plot.top()), QPointF(x.toPixel(0), plot.bottom()));
    painter.setPen(Qt::NoPen);
    // Each row's points are stacked upwards and downwards from the centre line where they would
    // overlap: a pixel column keeps a count of the points already in it.
    const double radius = 2.2;
    for (int i = 0; i < count; ++i) {
        const std::size_t f = std::size_t(m_order[std::size_t(i)]);
        float low = INFINITY, high = -INFINITY;
        for (std::size_t r = 0; r < m_rows; ++r) {
            const float v = m_values[r * features + f];
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
        // Rows ordered by their value's rank, so that equal contributions mix colours evenly.
        std::vector<std::size_t> rows(m_rows);
        std::iota(rows.begin(), rows.end(), std::size_t(0));
        const double centre = plot.top() + (i + 0.5) * rowHeight;
        const int bucket = std::max(1, int(radius * 2));
        std::vector<int> used(std::size_t(plot.width() / bucket + 2), 0);
        const int most = std::max(1, int(rowHeight * 0.45 / radius));
        for (std::size_t r : rows) {
            const float c = m_contributions[r * features + f];
            if (!std::isfinite(c))
                continue;
            const double px = x.toPixel(c);
            const std::size_t column = std::size_t(std::clamp(int((px - plot.left()) / bucket), 0, int(used.size()) - 1));
            const int k = used[column]++;
            const int step = (k + 1) / 2 * ((k % 2) ? 1 : -1);
            const double py = centre + std::clamp(step, -most, most) * radius * 0.9;
            const float v = m_values[r * features + f];
            QColor color = std::isfinite(v) ? scaleColor(high > low ? double(v - low) / double(high - low) : 0.5) : QColor(150, 150, 150);
            color.setAlpha(200);
            painter.setBrush(color);
            painter.drawEllipse(QPointF(px, py), radius, radius);
            ++m_drawnPoints;
        }
    }
    painter.restore();
    // The colour scale: the feature's value, low to high.
    const QRect bar(plot.right() + 16, plot.top() + 16, 10, plot.height() - 32);
    for (int row = 0; row < bar.height(); ++row)
        painter.fillRect(QRect(bar.left(), bar.top() + row, bar.width(), 1), scaleColor(1.0 - double(row) / bar.height()));
    painter.setPen(text);
    painter.drawText(QRect(bar.left() - 14, plot.top() - 2, 40, 16), Qt::AlignHCenter, tr("high"));
    painter.drawText(QRect(bar.left() - 14, bar.bottom() + 2, 40, 16), Qt::AlignHCenter, tr("low"));
}

void ShapSummaryPlot::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    render(painter, rect());
}

WaterfallPlot::WaterfallPlot(QWidget* parent) : PlotWidget(parent)
{
    setObjectName(u"waterfall"_s);
    setMinimumSize(360, 300);
}

void WaterfallPlot::setData(double baseValue, const QStringList& labels, std::vector<float> contributions, const QString& outcome)
{
    m_base = baseValue;
    m_labels = labels;
    m_contributions = std::move(contributions);
    m_outcome = outcome;
    update();
}

void WaterfallPlot::clear()
{
    m_labels.clear();
    m_contributions.clear();
    update();
}

int WaterfallPlot::barCount() const
{
    const int features = int(m_contributions.size());
    return features <= kMaxBars ? features : kMaxBars;
}

void WaterfallPlot::render(QPainter& painter, const QRect& target)
{
    painter.fillRect(target, palette().color(QPalette::Base));
    paintTitle(painter, target);
    if (m_contributions.empty()) {
        paintMessage(painter, target, tr("Choose a row in the table to see how each feature moved its prediction."));
        return;
    }
    // The largest effects each get a bar; the rest share one.
    std::vector<int> order(m_contributions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return std::abs(m_contributions[std::size_t(a)]) > std::abs(m_contributions[std::size_t(b)]);
    });
    QStringList labels;
    std::vector<double> steps;
    const int bars = barCount();
    for (int i = 0; i < bars; ++i) {
        labels << m_labels.value(order[std::size_t(i)]);
        steps.push_back(m_contributions[std::size_t(order[std::size_t(i)])]);
    }
    if (int(order.size()) > bars) {
        double rest = 0;
        for (std::size_t i = std::size_t(bars); i < order.size(); ++i)
            rest += m_contributions[std::size_t(order[i])];
        labels << tr("%n other feature(s)", nullptr, int(order.size()) - bars);
        steps.push_back(rest);
    }
    double low = m_base, high = m_base, at = m_base;
    for (double step : steps) {
        at += step;
        low = std::min(low, at);
        high = std::max(high, at);
    }
    const double end = at;
    const QFontMetrics metrics = fontMetrics();
    const QRect area = belowTitle(target);
    const int left = labelWidth(metrics, labels, area.width());
    const QRect plot = area.adjusted(left + 8, 2 * metrics.height() + 8, -16, -(2 * metrics.height() + 16));
    PlotAxis x, y;
    const double pad = std::max(1e-6, (high - low) * 0.06);
    x.low = low - pad;
    x.high = high + pad;
    x.pixelLow = plot.left();
    x.pixelHigh = plot.right();
    const QColor text = palette().color(QPalette::WindowText);
    paintValueAxis(painter, palette(), metrics, plot, x, tr("Model margin (log-odds for a binary model)"));
    const double rowHeight = double(plot.height()) / double(steps.size());
    at = m_base;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const double next = at + steps[i];
        const QRectF bar(QPointF(x.toPixel(std::min(at, next)), plot.top() + double(i) * rowHeight + rowHeight * 0.18),
                         QPointF(x.toPixel(std::max(at, next)) + 1, plot.top() + double(i + 1) * rowHeight - rowHeight * 0.18));
        painter.fillRect(bar, steps[i] >= 0 ? kPositive : kNegative);
        painter.setPen(text);
        painter.drawText(QRectF(area.left(), plot.top() + double(i) * rowHeight, left, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(labels[qsizetype(i)], Qt::ElideMiddle, left - 4));
        const QString amount = (steps[i] >= 0 ? u"+"_s : QString()) + QString::number(steps[i], 'g', 3);
        const int width = metrics.horizontalAdvance(amount);
        const double after = bar.right() + 4 + width < plot.right() ? bar.right() + 4 : bar.left() - 4 - width;
        painter.drawText(QPointF(after, bar.center().y() + metrics.ascent() / 2.0 - 1), amount);
        at = next;
    }
    painter.setPen(QPen(text, 1, Qt::DashLine));
    painter.drawLine(QPointF(x.toPixel(m_base), plot.top() - 2), QPointF(x.toPixel(m_base), plot.bottom()));
    painter.drawLine(QPointF(x.toPixel(end), plot.top() - 2), QPointF(x.toPixel(end), plot.bottom()));
    painter.drawText(QPointF(x.toPixel(m_base) + 3, plot.top() - 4), tr("base %1").arg(QString::number(m_base, 'g', 4)));
    const QString outcome = tr("margin %1 %2").arg(QString::number(end, 'g', 4), m_outcome);
    const int width = metrics.horizontalAdvance(outcome);
    painter.drawText(QPointF(std::min(x.toPixel(end) + 3, double(plot.right() - width)), plot.top() - 4 - metrics.height()), outcome);
}

void WaterfallPlot::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    render(painter, rect());
}

} // namespace grove
