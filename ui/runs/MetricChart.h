#pragma once

#include <QHash>
#include <QPair>
#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;

namespace grove {

class CurvePlot;

// One metric's learning curves on the run page: a line per split (and per fold in
// cross-validation, with the mean over the folds and a band of ± one standard deviation) over the
// boosting iterations, growing live as rounds complete, with the best
// iteration marked. It is the Compare page's CurvePlot, so both zoom, pan, read out the value
// under the mouse, switch to a log scale and export PNG or SVG in the same way.
class MetricChart : public QWidget
{
    Q_OBJECT
public:
    explicit MetricChart(const QString& metric, QWidget* parent = nullptr);

    QString metricName() const { return m_metric; }
    // Sets the values of consecutive iterations of the curve of (split, fold), from `firstIteration`.
    void append(const QString& split, int fold, int firstIteration, const std::vector<double>& values);
    void setBestIteration(std::optional<int> iteration);
    // Removes every curve and the marker.
    void clear();

    // What is drawn, for tests: the iterations stored for the curve of (split, fold).
    int pointCount(const QString& split, int fold = -1) const;
    std::optional<int> bestIteration() const { return m_best; }
    CurvePlot* plot() const { return m_plot; }
    // Writes the chart as PNG or SVG, by the suffix; false with `error` when it cannot.
    bool exportTo(const QString& path, QString* error);

signals:
    void message(const QString& text);
    void errorOccurred(const QString& text);

private:
    void exportAs(const QString& suffix);
    void updatePlot();

    QString m_metric;
    CurvePlot* m_plot;
    QCheckBox* m_log;
    // The curves by (split, fold), in the order first met: values by iteration, NaN where none.
    QList<QPair<QString, int>> m_order;
    QHash<QPair<QString, int>, std::vector<double>> m_values;
    std::optional<int> m_best;
};

} // namespace grove
