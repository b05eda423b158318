#pragma once

#include "ui/charts/PlotWidget.h"

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace grove {

// A plot of curves, points and histogram bars on plain x/y axes: what the evaluation and
// explanation views draw (ROC and precision-recall curves, calibration, gain, score and residual
// histograms, predicted against actual, SHAP dependence). Drawing stays proportional to the pixels:
// a curve keeps a point only when it moved by at least a pixel from the last one kept, and beyond
// kDensityPoints points a scatter becomes a density grid of 3-pixel cells.
// With a pickable series, a click or a drag picks the point of it nearest to the pointer
// (choosing a threshold on a ROC curve).
class FigurePlot : public PlotWidget
{
    Q_OBJECT
public:
    struct Series
    {
        enum class Kind { Line, Points, Bars };
        Kind kind = Kind::Line;
        QString label;
        QColor color;
        std::vector<double> x, y; // Bars: x holds the bin edges (one more than y), y the heights
        // Points: each point's colour on the low-to-high scale (0 to 1; NaN: grey), instead of `color`.
        std::vector<float> shade;
        bool dashed = false;
    };
    static constexpr std::size_t kDensityPoints = 20000;

    explicit FigurePlot(QWidget* parent = nullptr);

    void setAxisTitles(const QString& x, const QString& y);
    // Fixed ranges (a ROC curve's unit square); nullopt: fitted to the data.
    void setRanges(std::optional<std::pair<double, double>> x, std::optional<std::pair<double, double>> y);
    void setSeries(std::vector<Series> series);
    void setSeries(Series only); // one series, moved in
    // Names for x = 0, 1, 2, ... (a categorical feature's codes); empty: a numeric x axis.
    void setXCategories(const QStringList& categories);
    void setDiagonal(bool shown);                    // the line y = x (chance, perfect calibration)
    void setHorizontalLine(std::optional<double> y); // a reference level (zero residual)
    // A highlighted point with its label (the chosen threshold), and a second one (the cost-optimal).
    void setMarker(std::optional<QPointF> point, const QString& label, int which = 0);
    void setVerticalMarker(std::optional<double> x, const QString& label);
    void setLegendVisible(bool visible);
    // The names of the ends of the colour scale of shaded points ("low", "high"), drawn as a legend.
    void setShadeLegend(const QString& title);
    // Clicking and dragging picks points of this series (-1: none).
    void setPickableSeries(int series);
    // What hovering a point of a series says; by default its label and coordinates.
    void setReadout(std::function<QString(int series, std::size_t index)> readout);
    // The message shown when there is nothing to draw.
    void setEmptyMessage(const QString& message);

    int seriesCount() const { return int(m_series.size()); }
    const Series& series(int index) const { return m_series[std::size_t(index)]; }
    std::optional<QPointF> marker(int which = 0) const { return m_markers[which ? 1 : 0].point; }
    // Points (or bars) the last drawing of a series used, after reduction to the pixels.
    std::size_t drawnCount(int series) const;
    // The point of a series nearest to a widget position, within `radius` pixels (any distance: -1).
    std::optional<std::size_t> nearest(int series, const QPointF& position, double radius = -1) const;
    QPointF position(int series, std::size_t index) const; // in widget coordinates
    QRect plotArea() const { return plotRect(rect()); }

    void render(QPainter& painter, const QRect& target) override;

signals:
    void picked(int series, std::size_t index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Marker
    {
        std::optional<QPointF> point;
        QString label;
    };
    QRect plotRect(const QRect& target) const;
    void computeBounds(); // of the data, once per setSeries()
    void axes(const QRect& plot, PlotAxis& x, PlotAxis& y) const;
    void paintLine(QPainter& painter, int index, const PlotAxis& x, const PlotAxis& y);
    void paintPoints(QPainter& painter, int index, const QRect& plot, const PlotAxis& x, const PlotAxis& y);
    void paintBars(QPainter& painter, int index, const PlotAxis& x, const PlotAxis& y);
    void paintDecorations(QPainter& painter, const QRect& plot, const PlotAxis& x, const PlotAxis& y) const;
    void paintLegend(QPainter& painter, const QRect& plot) const;
    void pick(const QPointF& position);

    QString m_xTitle, m_yTitle, m_shadeTitle, m_empty;
    QStringList m_xCategories;
    std::optional<std::pair<double, double>> m_xRange, m_yRange;
    std::vector<Series> m_series;
    std::vector<std::size_t> m_drawn;
    std::array<double, 4> m_bounds{0, 1, 0, 1}; // x low, x high, y low, y high
    bool m_diagonal = false, m_legend = false, m_dragging = false;
    std::optional<double> m_horizontal;
    Marker m_markers[2];
    std::optional<double> m_vertical;
    QString m_verticalLabel;
    int m_pickable = -1;
    std::function<QString(int, std::size_t)> m_readout;
    std::optional<std::pair<int, std::size_t>> m_hover;
};

} // namespace grove
