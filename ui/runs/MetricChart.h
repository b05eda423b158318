#pragma once

#include <QChartView>
#include <QHash>
#include <QPair>

#include <optional>
#include <vector>

class QLineSeries;
class QValueAxis;

namespace grove {

// One metric's learning curves: a line per split (and per fold in cross-validation) over the
// boosting iterations, growing live as rounds complete, with the best iteration marked.
// Hovering a curve shows the exact value.
class MetricChart : public QChartView
{
    Q_OBJECT
public:
    explicit MetricChart(const QString& metric, QWidget* parent = nullptr);

    QString metric() const { return m_metric; }
    // Appends the values of consecutive iterations to the curve of (split, fold).
    void append(const QString& split, int fold, int firstIteration, const std::vector<double>& values);
    void setBestIteration(std::optional<int> iteration);
    // Removes every curve and the marker.
    void clear();

    // What is drawn, for tests: the number of points on the curve of (split, fold).
    int pointCount(const QString& split, int fold = -1) const;
    std::optional<int> bestIteration() const { return m_best; }

private:
    QLineSeries* curve(const QString& split, int fold);
    void updateRanges();

    QString m_metric;
    QHash<QPair<QString, int>, QLineSeries*> m_curves;
    QLineSeries* m_bestMarker = nullptr;
    QValueAxis* m_x;
    QValueAxis* m_y;
    std::optional<int> m_best;
    double m_minY = 0, m_maxY = 0, m_maxX = 0;
    bool m_empty = true;
};

} // namespace grove
