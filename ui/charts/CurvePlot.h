#pragma once

#include "ui/charts/PlotWidget.h"

#include <QPixmap>
#include <QPointer>

#include <optional>
#include <utility>
#include <vector>

class QRubberBand;

namespace grove {

// Many curves over the boosting iterations, overlaid: every stored point counts. When a curve has
// more points than the plot has pixel columns, the drawing keeps each column's first, lowest,
// highest and last point (decimateM4), which lights the same pixels as drawing them all. The
// read-out under the mouse shows the exact stored value of the nearest point.
// Mouse: drag a rectangle to zoom, Shift+drag or middle-drag to pan, the wheel zooms around the
// pointer, right-click goes back one zoom step and double-click shows everything.
class CurvePlot : public PlotWidget
{
    Q_OBJECT
public:
    struct Curve
    {
        QString label;
        QColor color;
        std::vector<double> values; // by iteration; NaN where there is no value
        // An optional band around the curve (a spread across folds or runs), by iteration; NaN
        // where there is none. Drawn as a translucent area in the curve's colour, behind the lines.
        std::vector<double> low = {}, high = {};
        // The curve was stopped before the others (successive halving): drawn dashed and thinner,
        // with a × at its last point.
        bool cutShort = false;
    };
    struct Range
    {
        double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
        bool operator==(const Range&) const = default;
    };

    explicit CurvePlot(QWidget* parent = nullptr);

    // Replaces the curves and shows all of them (or those `visible` marks, by index).
    void setCurves(std::vector<Curve> curves, std::vector<char> visible = {});
    // The same curves with more points (live training): a zoomed view stays where it is,
    // otherwise the view grows with the data. New curves are shown.
    void updateCurves(std::vector<Curve> curves);
    // A vertical line at an iteration (the best one), with its label; nullopt removes it.
    void setMarker(std::optional<double> iteration, const QString& label);
    std::optional<double> marker() const { return m_marker; }
    // A legend of the curves' labels inside the plot (the Compare page has its own list).
    void setLegendVisible(bool visible);
    bool isLogScale() const { return m_log; }
    void setAxisTitles(const QString& x, const QString& y);
    void setLogScale(bool log);
    // Exponential moving average weight in [0, 1): 0 draws the stored values.
    void setSmoothing(double weight);
    void setCurveVisible(int curve, bool visible);
    void setHighlighted(int curve); // -1: none

    int curveCount() const { return int(m_curves.size()); }
    const Curve& curve(int index) const { return m_curves[std::size_t(index)]; }
    bool isCurveVisible(int curve) const;
    // The value drawn at an iteration: the stored one, or the smoothed one when smoothing is on.
    double drawnValue(int curve, int iteration) const;
    // How many points the last drawing of a curve used (after decimation).
    int drawnPointCount(int curve) const;
    // The width of the pen the curve was last drawn with (0 when it was not drawn).
    double drawnPenWidth(int curve) const;
    // The band drawn at an iteration (smoothed like the curve); NaN when there is none.
    std::pair<double, double> drawnBand(int curve, int iteration) const;
    // The last point of a curve that has a value, where a cut-short curve gets its end mark; -1: none.
    int lastDrawnIteration(int curve) const;
    // Values of the stored points the plot can not draw (≤ 0 on a log scale).
    int hiddenPointCount() const { return m_hiddenPoints; }

    Range view() const { return m_view; }
    Range fullRange() const { return m_full; }
    void setView(const Range& range);
    void resetView();
    // Zooms by `factor` (< 1: in) around a point given in widget coordinates.
    void zoomAt(const QPointF& position, double factor);
    // Moves the view by a distance in pixels (as when dragging the plot by that much).
    void panBy(const QPointF& pixels);

    // The point nearest to a widget position (within a few pixels) and its read-out text.
    struct Hit
    {
        int curve = -1;
        int iteration = -1;
    };
    std::optional<Hit> hitAt(const QPoint& position) const;
    QString readout(const Hit& hit) const;
    // Where a point of a curve is drawn, in widget coordinates.
    QPointF pointPosition(int curve, int iteration) const;
    QRect plotArea() const { return plotRect(rect()); }

    void render(QPainter& painter, const QRect& target) override;

signals:
    void hoveredCurveChanged(int curve);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QRect plotRect(const QRect& target) const;
    void axes(const QRect& plot, PlotAxis& x, PlotAxis& y) const;
    void computeDrawn();
    void computeFullRange();
    void paintCurves(QPainter& painter, const QRect& plot, const PlotAxis& x, const PlotAxis& y);
    void paintBand(QPainter& painter, int curve, const PlotAxis& x, const PlotAxis& y, int columns, int alpha) const;
    void paintEndMark(QPainter& painter, int curve, const PlotAxis& x, const PlotAxis& y) const;
    enum class Edge { Line, Low, High };
    // What is drawn for a curve's line or its band's edges: the stored values or the smoothed ones.
    const std::vector<double>& series(int curve, Edge edge) const;
    void paintMarker(QPainter& painter, const QRect& plot, const PlotAxis& x) const;
    void paintLegend(QPainter& painter, const QRect& plot, const PlotAxis& x, const PlotAxis& y) const;
    QPolygonF polyline(int curve, const QRect& plot, const PlotAxis& x, const PlotAxis& y, double pixelRatio) const;
    void invalidate();
    void cancelDrag();
    void setHover(std::optional<Hit> hit, const QPoint& position);

    std::vector<Curve> m_curves;
    std::vector<std::vector<double>> m_smoothed; // empty when smoothing is off
    std::vector<std::vector<double>> m_smoothedLow, m_smoothedHigh; // the bands, likewise
    std::vector<char> m_visible;
    std::vector<int> m_drawnPoints;
    std::vector<double> m_drawnWidths;
    QString m_xTitle, m_yTitle;
    bool m_log = false;
    double m_smoothing = 0;
    int m_hiddenPoints = 0;
    Range m_full, m_view;
    QList<Range> m_zoomHistory;
    int m_highlighted = -1;
    std::optional<Hit> m_hover;
    std::optional<double> m_marker;
    QString m_markerLabel;
    bool m_legend = false;

    QPixmap m_cache;
    bool m_cacheValid = false;

    enum class Drag { None, Zoom, Pan };
    Drag m_drag = Drag::None;
    Qt::MouseButton m_dragButton = Qt::NoButton;
    QPoint m_dragStart, m_dragLast;
    QRubberBand* m_rubberBand = nullptr;
};

} // namespace grove
