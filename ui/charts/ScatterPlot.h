#pragma once

#include "ui/charts/PlotWidget.h"

#include <cmath>
#include <optional>
#include <vector>

namespace grove {

// One point per run: a setting (numbers, or categories such as "hist" / "approx") against a
// metric. Hovering a point names its run and shows both values.
class ScatterPlot : public PlotWidget
{
    Q_OBJECT
public:
    struct Point
    {
        QString label;
        QColor color;
        QString x;      // the setting as text; empty: the run lacks it
        double y = NAN; // the metric; NaN: the run lacks it
    };

    explicit ScatterPlot(QWidget* parent = nullptr);

    void setData(const QString& xTitle, const QString& yTitle, QList<Point> points);
    // A log x axis when every x is a positive number (learning rates, regularisation).
    void setLogX(bool log);
    bool canUseLogX() const;

    bool isCategorical() const { return !m_categories.isEmpty(); }
    QStringList categories() const { return m_categories; }
    // The points that have both values, and so are drawn.
    int plottedCount() const;
    std::optional<int> pointAt(const QPoint& position) const;
    QString readout(int point) const;
    QPointF pointPosition(int point) const; // in widget coordinates

    void render(QPainter& painter, const QRect& target) override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRect plotRect(const QRect& target) const;
    void axes(const QRect& plot, PlotAxis& x, PlotAxis& y) const;
    double xPosition(int point) const; // in data units (category index when categorical)

    QString m_xTitle, m_yTitle;
    QList<Point> m_points;
    std::vector<double> m_x;
    QStringList m_categories;
    bool m_logX = false;
    int m_hover = -1;
};

} // namespace grove
