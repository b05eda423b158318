#pragma once

#include "core/runs/RunComparison.h"
#include "core/runs/RunGroups.h"
#include "core/store/RunStore.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QTabWidget;
class QTableView;

namespace grove {

class CompareEvaluation;

class ComparisonMetricsModel;
class ComparisonSettingsModel;
class CurvePlot;
class ParallelPlot;
class PlotWidget;
class SavedComparisons;
class SignificancePanel;
class TaskRunner;
class ScatterPlot;
class WorkspaceController;

// Two or more runs side by side, across experiments: their curves of one metric overlaid (every
// point, one colour per run, named by the settings that differ), a setting against a metric, the
// settings against a metric in parallel coordinates, the settings that differ (or all), and the
// final and best-iteration metrics with the best value of each highlighted. The runs are read by
// loadComparedRuns (core/runs), the tables are models (ComparisonTables), the saved comparisons
// are kept by SavedComparisons; this view lays them out and feeds the charts.
// Group by puts the runs together (by configuration but the seeds, or by one setting): each group
// is then a mean curve with a band and a column of mean ± std, and the Significance tab tests
// runs or groups against a baseline (CompareViewGroups.cpp).
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(WorkspaceController* workspace, QWidget* parent = nullptr);

    // Reads the runs in the background (the newest choice wins) and shows them; runsShown()
    // says when they are on screen.
    void setRuns(const QList<qint64>& runIds);
    QList<qint64> runs() const { return m_runs->comparison.runs; }
    bool isLoading() const;

    // What is drawn and listed, for tests.
    int curveCount() const;
    int pointCount(int curve) const;            // stored points of a curve (all are used)
    double pointValue(int curve, int index) const; // as drawn (smoothed when smoothing is on)
    CurvePlot* curvePlot() const { return m_curves; }
    ScatterPlot* scatterPlot() const { return m_scatter; }
    ParallelPlot* parallelPlot() const { return m_parallel; }
    QTabWidget* chartTabs() const { return m_chartTabs; }
    CompareEvaluation* evaluation() const { return m_evaluation; }
    QListWidget* legend() const { return m_legend; }
    QTableView* settingsTable() const { return m_settings; }
    QTableView* metricsTable() const { return m_metrics; }
    QComboBox* groupByCombo() const { return m_groupBy; }
    QComboBox* bandCombo() const { return m_band; }
    SignificancePanel* significance() const { return m_significance; }
    const QList<RunGroup>& groups() const { return m_groups; }

    // Writes the chart on the current tab as PNG or SVG (by the file's suffix), or a table as
    // CSV; false (and errorOccurred) when writing failed.
    bool exportChart(const QString& path);
    bool exportTable(QTableView* table, const QString& path);

    // The chart settings (metric, data, log scale, smoothing, scatter axes, ...) as JSON, to save
    // a comparison, and back.
    QJsonObject viewSettings() const;
    void applyViewSettings(const QJsonObject& settings);

    // Saved comparisons: these runs and the chart settings under a name, in the workspace.
    // Saving under another comparison's name asks before replacing it.
    bool saveAs(const QString& name);
    bool openSaved(const QString& name);
    bool renameSaved(const QString& newName);
    bool deleteSaved();
    QString savedName() const;
    QStringList savedNames() const;

signals:
    void errorOccurred(const QString& message);
    void message(const QString& text);
    void runsShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load(const QList<qint64>& runIds, const std::function<void()>& then);
    void showCompared(ComparedRuns compared); // moved in: the histories hold megabytes
    void rebuildCurves();
    void fillLegend();
    // Group by and the band: built once, then filled with the settings of the runs shown.
    QLayout* groupingControls();
    void fillGroupChoices();
    void regroup();
    bool isGrouped() const;
    QString columnLabel(int column, int maxSettings = 3) const; // a run's or a group's
    void fitLegendToLabels();
    QColor columnColor(int column) const;
    void rebuildScatter();
    void rebuildParallel();
    void fillMetricChoices();
    QString runLabel(int index, int maxSettings = 3) const;
    PlotWidget* currentChart() const;
    void exportCurrentChart(const QString& suffix);
    void fillSavedMenu();
    void updateTitle();

    WorkspaceController* m_workspace;
    // Shared with the significance tests that run in the background.
    std::shared_ptr<const ComparedRuns> m_runs = std::make_shared<const ComparedRuns>();
    TaskRunner* m_loader;
    SavedComparisons* m_saved;
    ComparisonSettingsModel* m_settingsModel;
    ComparisonMetricsModel* m_metricsModel;

    QLabel* m_title;
    QPushButton* m_save;
    QMenu* m_savedMenu;
    QTabWidget* m_chartTabs;
    CompareEvaluation* m_evaluation;
    QComboBox* m_metric;
    QComboBox* m_split;
    QCheckBox* m_logScale;
    QDoubleSpinBox* m_smoothing;
    CurvePlot* m_curves;
    QListWidget* m_legend;
    QComboBox* m_scatterSetting;
    QComboBox* m_scatterMetric;
    QCheckBox* m_scatterLogX;
    ScatterPlot* m_scatter;
    QComboBox* m_parallelMetric;
    ParallelPlot* m_parallel;
    QCheckBox* m_allSettings;
    QTableView* m_settings;
    QTableView* m_metrics;
    QComboBox* m_groupBy = nullptr;
    QComboBox* m_band = nullptr;
    SignificancePanel* m_significance = nullptr;
    QList<RunGroup> m_groups; // one a run when not grouped
};

} // namespace grove
