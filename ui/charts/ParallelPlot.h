#pragma once

#include "ui/charts/PlotWidget.h"

#include <optional>
#include <vector>

namespace grove {

// Parallel coordinates: a vertical axis per setting and a last axis for a metric; each run is a
// line through its values, coloured by its metric (yellow: best). Numeric settings get a value
// scale, others a position per category. Hovering a line names its run.
class ParallelPlot : public PlotWidget
{
    Q_OBJECT
public:
    struct Axis
    {
        QString name;
        QStringList values; // one per run; empty: the run lacks it
    };

    explicit ParallelPlot(QWidget* parent = nullptr);

    // `metric` has one value per run (NaN: missing); `higherIsBetter` decides which end is best.
    void setData(QList<Axis> settings, const QString& metricName, std::vector<double> metric, QStringList runLabels,
                 bool higherIsBetter);

    int axisCount() const { return int(m_axes.size()); }
    QString axisName(int axis) const;
    bool isCategorical(int axis) const;
    int lineCount() const { return int(m_labels.size()); }
    // Where a run's line crosses an axis, in widget coordinates (no value: nullopt).
    std::optional<QPointF> vertex(int run, int axis) const;
    std::optional<int> lineAt(const QPoint& position) const;
    QString readout(int run) const;

    void render(QPainter& painter, const QRect& target) override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Scale
    {
        QString name;
        QStringList categories;    // empty: numeric
        std::vector<double> value; // per run: the number, or the category index; NaN: missing
        double low = 0, high = 1;
    };
    QRect plotRect(const QRect& target) const;
    std::optional<QPointF> vertexIn(const QRect& plot, int run, int axis) const;
    QColor lineColor(int run) const;
    void paintLine(QPainter& painter, const QRect& plot, int run, double width) const;

    std::vector<Scale> m_axes; // the settings, then the metric
    QStringList m_labels;
    bool m_higherIsBetter = true;
    int m_hover = -1;
};

} // namespace grove
