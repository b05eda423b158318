#pragma once

#include "core/runs/RunComparison.h"
#include "core/store/RunStore.h"

#include <QWidget>

#include <vector>

class QChartView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace grove {

class WorkspaceController;

// Two or more runs side by side, across experiments: their curves of one metric overlaid (every
// point, one colour per run, named by the settings that differ), the settings that differ (or
// all), and the final metrics with the best value of each highlighted.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(WorkspaceController* workspace, QWidget* parent = nullptr);

    void setRuns(const QList<qint64>& runIds);
    QList<qint64> runs() const { return m_comparison.runs; }

    // For tests: what is drawn and listed.
    int curveCount() const;
    int pointCount(int curve) const;
    double pointValue(int curve, int index) const; // as drawn (smoothed when smoothing is on)
    QTableWidget* settingsTable() const { return m_settings; }
    QTableWidget* metricsTable() const { return m_metrics; }

    // Writes the chart as a PNG, or a table as CSV; false (and errorOccurred) when writing failed.
    bool exportChart(const QString& path);
    bool exportTable(QTableWidget* table, const QString& path);

signals:
    void errorOccurred(const QString& message);
    void message(const QString& text);

private:
    void rebuildChart();
    void fillSettings();
    void fillMetrics();
    QString runLabel(int index) const;

    WorkspaceController* m_workspace;
    QList<RunRecord> m_records;
    std::vector<std::vector<StoredSeries>> m_histories;
    RunComparison m_comparison;

    QLabel* m_title;
    QComboBox* m_metric;
    QComboBox* m_split;
    QCheckBox* m_logScale;
    QDoubleSpinBox* m_smoothing;
    QCheckBox* m_allSettings;
    QChartView* m_chart;
    QTableWidget* m_settings;
    QTableWidget* m_metrics;
};

} // namespace grove
