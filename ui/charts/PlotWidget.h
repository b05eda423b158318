#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

#include <vector>

namespace grove {

// One axis of a plot: the data range it shows, linear or logarithmic, and the mapping between
// data values and pixel positions along [pixelLow, pixelHigh] (pixelLow may exceed pixelHigh,
// as for a y axis that grows upwards).
struct PlotAxis
{
    double low = 0, high = 1;
    bool log = false;
    bool whole = false; // the values are counts (iterations, trials): ticks only at whole numbers
    double pixelLow = 0, pixelHigh = 1;

    double toPixel(double value) const;
    double toValue(double pixel) const;
    // Where to put grid lines and labels: "nice" values (1, 2, 5 × 10^k; decades on a log axis).
    QList<double> ticks(int maxTicks) const;
    // A tick's label, with as many digits as the spacing of the ticks needs.
    static QString label(double value, const QList<double>& ticks);
};

// A setting's values (as text, one per run; empty where a run lacks it) as positions on an axis:
// the numbers themselves when every present value is a finite number, else categories in natural
// order ("2" before "10") at 0, 1, 2... NaN where a value is missing.
struct AxisValues
{
    std::vector<double> positions; // `count` of them
    QStringList categories;        // empty: numeric
};
AxisValues axisValues(const QStringList& texts, std::size_t count);

// The colour of the i-th of n series: distinct hues for a few, a smooth spread for many.
QColor seriesColor(int index, int count);
// A colour for a value in [0, 1] on a perceptually even scale (low: purple, high: yellow).
QColor scaleColor(double fraction);

// A widget that draws a plot with QPainter, so that the same drawing goes to the screen, a PNG
// and an SVG. Subclasses paint into the given rectangle; the screen may add hover decorations.
class PlotWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PlotWidget(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const { return m_title; }

    // Writes the plot as it is shown (without hover decorations) to a .png or .svg file; false
    // with a message (path and reason) when it cannot be written.
    bool exportTo(const QString& path, QString* error);
    // Asks for a file name (suggested: `name` in the home folder; PNG or SVG by `suffix`) and
    // writes the plot there. The chosen path, or empty when cancelled; `error` says why writing
    // failed.
    QString exportWithDialog(const QString& name, const QString& suffix, QString* error);

    // Paints the whole plot into `target`.
    virtual void render(QPainter& painter, const QRect& target) = 0;

protected:
    // The title at the top of `target`; returns the rest.
    QRect paintTitle(QPainter& painter, const QRect& target) const;
    // What is left of `target` below the title.
    QRect belowTitle(const QRect& target) const;
    // A centred message in an empty plot.
    void paintMessage(QPainter& painter, const QRect& target, const QString& message) const;
    // Grid lines, tick labels and the axis titles around `plot`. With `xCategories`, the x axis
    // has a tick per category at 0, 1, 2, ... labelled with its name.
    void paintAxes(QPainter& painter, const QRect& plot, const PlotAxis& x, const PlotAxis& y, const QString& xTitle,
                   const QString& yTitle, const QStringList& xCategories = {}) const;
    // The space the y tick labels and title need to the left of the plot.
    int leftMargin(const PlotAxis& y, const QString& yTitle) const;

    QString m_title;
};

} // namespace grove
