#pragma once

#include "ui/charts/PlotWidget.h"

#include <optional>
#include <vector>

namespace grove {

// Two settings against a metric: the settings' values are binned (a bin per category or per
// distinct number when there are few, else eight equal bins, in the logarithm for a log range),
// and each cell is coloured by the mean metric of the points in it (yellow: best), with that mean
// and the count written in it. Hovering a cell shows its ranges, mean, best and count.
class HeatMapPlot : public PlotWidget
{
    Q_OBJECT
public:
    struct Axis
    {
        QString name;
        QStringList values; // one per point; empty where it lacks the setting
        bool log = false;   // bin in the logarithm (a log-uniform range)
    };

    explicit HeatMapPlot(QWidget* parent = nullptr);

    void setData(const Axis& x, const Axis& y, const QString& metricName, const std::vector<double>& metric,
                 bool higherIsBetter);

    int columnCount() const { return int(m_columns.size()); }
    int rowCount() const { return int(m_rows.size()); }
    QString columnLabel(int column) const { return m_columns.value(column); }
    QString rowLabel(int row) const { return m_rows.value(row); }
    int count(int column, int row) const;
    double mean(int column, int row) const; // NaN: an empty cell
    std::optional<std::pair<int, int>> cellAt(const QPoint& position) const;
    QString readout(int column, int row) const;

    void render(QPainter& painter, const QRect& target) override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Cell
    {
        int count = 0;
        double sum = 0;
        double best = NAN;
    };
    QRect plotRect(const QRect& target) const;
    const Cell* cell(int column, int row) const;

    QString m_xName, m_yName, m_metric;
    QStringList m_columns, m_rows; // bin labels
    std::vector<Cell> m_cells;     // row-major
    double m_low = 0, m_high = 1;  // of the cell means
    bool m_higherIsBetter = true;
    std::pair<int, int> m_hover{-1, -1};
};

} // namespace grove
