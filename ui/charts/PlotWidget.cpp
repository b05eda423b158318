#include "ui/charts/PlotWidget.h"

#include "ui/common/Dialogs.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

// 1, 2, 2.5 or 5 times a power of ten; for whole numbers 1, 2 or 5 times one, and at least 1.
double niceStep(double span, int maxTicks, bool whole)
{
    const double raw = span / std::max(1, maxTicks);
    if (whole && raw <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (whole && factor == 2.5 && magnitude < 10)
            continue;
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

QList<double> linearTicks(double low, double high, int maxTicks, bool whole = false)
{
    QList<double> ticks;
    if (!std::isfinite(low) || !std::isfinite(high))
        return ticks;
    // A range too narrow for the doubles around it (a flat curve) gets one tick.
    if (!(high - low > 1e-12 * std::max({std::abs(low), std::abs(high), 1e-300})))
        return {low};
    const double step = niceStep(high - low, maxTicks, whole);
    const double first = std::ceil(low / step);
    for (int k = 0; k < 1000; ++k) { // multiples of the step, never an endless sum
        const double tick = (first + k) * step;
        if (tick > high + step * 1e-9)
            break;
        ticks << (std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    }
    return ticks;
}

} // namespace

double PlotAxis::toPixel(double value) const
{
    const double a = log ? std::log10(low) : low, b = log ? std::log10(high) : high;
    const double v = log ? std::log10(value) : value;
    return b == a ? (pixelLow + pixelHigh) / 2 : pixelLow + (v - a) / (b - a) * (pixelHigh - pixelLow);
}

double PlotAxis::toValue(double pixel) const
{
    const double a = log ? std::log10(low) : low, b = log ? std::log10(high) : high;
    const double v = pixelHigh == pixelLow ? a : a + (pixel - pixelLow) / (pixelHigh - pixelLow) * (b - a);
    return log ? std::pow(10.0, v) : v;
}

QList<double> PlotAxis::ticks(int maxTicks) const
{
    if (!log || !(low > 0) || !(high > low)) {
        // Zoomed in between two whole numbers, a count's axis still gets its ticks.
        QList<double> ticks = linearTicks(low, high, maxTicks, whole);
        return ticks.isEmpty() && whole ? linearTicks(low, high, maxTicks) : ticks;
    }
    const double a = std::log10(low), b = std::log10(high);
    if (b - a < 1.5)
        return linearTicks(low, high, maxTicks); // less than a decade or two: plain values read better
    QList<double> ticks;
    const int every = std::max(1, int(std::ceil((b - a) / std::max(1, maxTicks))));
    for (int decade = int(std::ceil(a)); decade <= int(std::floor(b)); decade += every)
        ticks << std::pow(10.0, decade);
    return ticks;
}

QString PlotAxis::label(double value, const QList<double>& ticks)
{
    double step = 0;
    for (qsizetype i = 1; i < ticks.size(); ++i)
        step = step == 0 ? ticks[i] - ticks[i - 1] : std::min(step, ticks[i] - ticks[i - 1]);
    if (value != 0 && (std::abs(value) >= 1e6 || std::abs(value) < 1e-4)) {
        // Scientific notation with as many significant digits as tell neighbouring ticks apart.
        const int digits = step > 0 ? std::clamp(int(std::ceil(std::log10(std::abs(value) / step))) + 1, 3, 15) : 3;
        return QString::number(value, 'g', digits);
    }
    // As many decimals as the spacing needs to be exact (0.025 needs three).
    int decimals = 0;
    while (step > 0 && decimals < 8) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            break;
        ++decimals;
    }
    return QString::number(value, 'f', decimals);
}

AxisValues axisValues(const QStringList& texts, std::size_t count)
{
    AxisValues axis;
    axis.positions.assign(count, NAN);
    bool numeric = true;
    for (std::size_t i = 0; i < count && numeric; ++i) {
        const QString& text = texts.value(qsizetype(i));
        if (text.isEmpty())
            continue;
        bool ok = false;
        const double v = text.toDouble(&ok);
        numeric = ok && std::isfinite(v);
        axis.positions[i] = v;
    }
    if (numeric)
        return axis;
    for (std::size_t i = 0; i < count; ++i) {
        const QString& text = texts.value(qsizetype(i));
        if (!text.isEmpty() && !axis.categories.contains(text))
            axis.categories << text;
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(axis.categories.begin(), axis.categories.end(), collator);
    for (std::size_t i = 0; i < count; ++i) {
        const QString& text = texts.value(qsizetype(i));
        axis.positions[i] = text.isEmpty() ? NAN : double(axis.categories.indexOf(text));
    }
    return axis;
}

QColor seriesColor(int index, int count)
{
    // Well-separated hues for the first ten (the familiar "category10" order), then golden-angle
    // hues with varying lightness so that neighbours still differ.
    static const QColor kTen[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                  QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                  QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
                                  QColor(0x17, 0xbe, 0xcf)};
    if (count <= 10 && index >= 0 && index < 10)
        return kTen[index];
    const double hue = std::fmod(index * 0.618033988749895, 1.0);
    return QColor::fromHsvF(float(hue), 0.75f, index % 3 == 0 ? 0.65f : index % 3 == 1 ? 0.8f : 0.92f);
}

QColor scaleColor(double fraction)
{
    // Stops of a viridis-like scale.
    static const QColor kStops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b), QColor(0x21, 0x91, 0x8c),
                                    QColor(0x5e, 0xc9, 0x62), QColor(0xfd, 0xe7, 0x25)};
    const double f = std::clamp(std::isfinite(fraction) ? fraction : 0.0, 0.0, 1.0) * 4;
    const int i = std::min(3, int(f));
    const double t = f - i;
    const QColor &a = kStops[i], &b = kStops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

PlotWidget::PlotWidget(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(320, 240);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PlotWidget::setTitle(const QString& title)
{
    m_title = title;
    update();
}

bool PlotWidget::exportTo(const QString& path, QString* error)
{
    const QSize size = this->size().expandedTo(QSize(800, 500));
    const bool svg = QFileInfo(path).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0;
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(m_title);
        generator.setDescription(tr("Exported from Grove"));
        generator.setResolution(logicalDpiX()); // text as large, relative to the plot, as on screen
        QPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            painter.setFont(font());
            render(painter, QRect(QPoint(0, 0), size));
            ok = painter.end();
        }
    } else if (ok) {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied); // sharp on high-density screens and in print
        image.setDevicePixelRatio(2);
        QPainter painter(&image);
        painter.setFont(font());
        render(painter, QRect(QPoint(0, 0), size));
        painter.end();
        ok = image.save(&file, "PNG");
    }
    if (!ok || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QRect PlotWidget::belowTitle(const QRect& target) const
{
    if (m_title.isEmpty())
        return target.adjusted(0, 8, 0, 0);
    QFont bold = font();
    bold.setBold(true);
    return target.adjusted(0, QFontMetrics(bold).height() + 14, 0, 0);
}

QRect PlotWidget::paintTitle(QPainter& painter, const QRect& target) const
{
    if (m_title.isEmpty())
        return belowTitle(target);
    QFont bold = font();
    bold.setBold(true);
    painter.save();
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect area(target.left(), target.top() + 4, target.width(), QFontMetrics(bold).height() + 6);
    painter.drawText(area, Qt::AlignCenter, QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, target.width() - 16));
    painter.restore();
    return belowTitle(target);
}

void PlotWidget::paintMessage(QPainter& painter, const QRect& target, const QString& message) const
{
    painter.save();
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(target.adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, message);
    painter.restore();
}

int PlotWidget::leftMargin(const PlotAxis& y, const QString& yTitle) const
{
    const QFontMetrics metrics(font());
    const QList<double> ticks = y.ticks(8);
    int widest = 0;
    for (double tick : ticks)
        widest = std::max(widest, metrics.horizontalAdvance(PlotAxis::label(tick, ticks)));
    return widest + 12 + (yTitle.isEmpty() ? 0 : metrics.height() + 6);
}

void PlotWidget::paintAxes(QPainter& painter, const QRect& plot, const PlotAxis& x, const PlotAxis& y,
                           const QString& xTitle, const QString& yTitle, const QStringList& xCategories) const
{
    painter.save();
    const QFontMetrics metrics(painter.font());
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    QList<double> xTicks = x.ticks(std::max(2, plot.width() / 90));
    if (!xCategories.isEmpty()) {
        xTicks.clear();
        for (qsizetype i = 0; i < xCategories.size(); ++i)
            xTicks << double(i);
    }
    // Category names wider than their slot take two rows, alternately, when the axis has no title
    // below them; else they are shortened.
    const int slot = xCategories.isEmpty() ? 0 : plot.width() / int(xCategories.size());
    const bool staggered = xTitle.isEmpty() && std::any_of(xCategories.begin(), xCategories.end(), [&](const QString& name) {
                               return metrics.horizontalAdvance(name) > slot - 6;
                           });
    const int categoryWidth = xCategories.isEmpty() ? 0 : std::max(20, (staggered ? 2 * slot : slot) - 6);
    const QList<double> yTicks = y.ticks(std::max(2, plot.height() / 50));
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (double tick : xTicks) {
        const int px = int(std::lround(x.toPixel(tick)));
        if (px < plot.left() || px > plot.right())
            continue;
        painter.setPen(grid);
        painter.drawLine(px, plot.top(), px, plot.bottom());
        painter.setPen(text);
        const QString label = xCategories.isEmpty()
                                  ? PlotAxis::label(tick, xTicks)
                                  : metrics.elidedText(xCategories[qsizetype(tick)], Qt::ElideMiddle, categoryWidth);
        const int width = metrics.horizontalAdvance(label);
        const int row = staggered && std::lround(tick) % 2 == 1 ? metrics.height() + 2 : 0;
        painter.drawText(px - width / 2, plot.bottom() + 6 + metrics.ascent() + row, label);
    }
    for (double tick : yTicks) {
        const int py = int(std::lround(y.toPixel(tick)));
        if (py < plot.top() || py > plot.bottom())
            continue;
        painter.setPen(grid);
        painter.drawLine(plot.left(), py, plot.right(), py);
        painter.setPen(text);
        const QString label = PlotAxis::label(tick, yTicks);
        painter.drawText(QRect(plot.left() - 200 - 6, py - metrics.height() / 2, 200, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
    painter.setPen(text);
    painter.drawRect(plot);
    if (!xTitle.isEmpty())
        painter.drawText(QRect(plot.left(), plot.bottom() + 8 + metrics.height(), plot.width(), metrics.height() + 4),
                         Qt::AlignCenter, xTitle);
    if (!yTitle.isEmpty()) {
        painter.translate(plot.left() - leftMargin(y, yTitle) + 2, plot.center().y());
        painter.rotate(-90);
        painter.drawText(QRect(-plot.height() / 2, 0, plot.height(), metrics.height() + 2), Qt::AlignCenter,
                         metrics.elidedText(yTitle, Qt::ElideRight, plot.height()));
    }
    painter.restore();
}

QString PlotWidget::exportWithDialog(const QString& name, const QString& suffix, QString* error)
{
    const QString filter = suffix == u"svg"_s ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    QString path = Dialogs::saveFile(this, tr("Export Chart"), QDir::home().filePath(name + u'.' + suffix), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix; // the format asked for, whatever the name typed
    if (!exportTo(path, error))
        return {};
    return path;
}

} // namespace grove
