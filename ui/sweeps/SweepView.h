#pragma once

#include "ui/sweeps/SweepCharts.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace grove {

class CurvePlot;
class HeatMapPlot;
class ParallelPlot;
class ScatterPlot;
class SweepController;
class SweepTrialsModel;
class TaskRunner;
class WorkspaceController;

// The Sweep page: a sweep's progress with Stop and Resume, the best value so far against the
// trial number, its trials (each opens its run), parallel coordinates coloured by the objective,
// one scatter per searched parameter, a heat map of the two parameters that mattered most, the
// cut-short curves of successive halving, and parameter importance. Everything is read off the
// UI thread; a running sweep (here or in grove-cli) is followed as its trials end.
class SweepView : public QWidget
{
    Q_OBJECT
public:
    SweepView(WorkspaceController* workspace, SweepController* sweeps, QWidget* parent = nullptr);

    // Shows sweep `sweepId` (-1: the newest).
    void showSweep(qint64 sweepId);
    qint64 currentSweep() const;
    bool isLoading() const;

    // For tests.
    SweepTrialsModel* trialsModel() const { return m_trials; }
    QTableView* trialsView() const { return m_trialsView; }
    CurvePlot* historyPlot() const { return m_history; }
    ParallelPlot* parallelPlot() const { return m_parallel; }
    QList<ScatterPlot*> scatterPlots() const { return m_scatters; }
    HeatMapPlot* heatMap() const { return m_heatMap; }
    CurvePlot* rungPlot() const { return m_rungs; }
    QTableWidget* importanceTable() const { return m_importance; }
    QTabWidget* tabs() const { return m_tabs; }
    QString statusText() const;
    // A sweep's or a trial's status as the window shows it ("finished" → "finished" in English).
    static QString statusName(const QString& status);

signals:
    void openRunRequested(qint64 runId);
    void newSweepRequested();
    void errorOccurred(const QString& message);
    void message(const QString& text);
    void loaded(); // a reading is shown

private:
    QWidget* createTrialsPage();
    QWidget* createParametersPage();
    QWidget* createHeatMapPage();
    QWidget* createImportancePage();
    void reload();
    void scheduleReload();
    void display(SweepPage page);
    void fillChooser();
    void fillImportance();
    void updateHeader();
    void saveDefinition();

    WorkspaceController* m_workspace;
    SweepController* m_sweeps;
    TaskRunner* m_loader; // the newest reading wins
    QTimer* m_follow;     // follows a running sweep
    QTimer* m_coalesce;   // one reading for trials that end close together
    qint64 m_requested = -1;
    SweepPage m_page; // its importance and curves kept across readings while they still hold
    QHash<qint64, std::vector<double>> m_curves; // halving: objective curves by run

    QComboBox* m_chooser;
    QLabel* m_title;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_stop;
    QPushButton* m_resume;
    QPushButton* m_save;
    QLabel* m_empty;
    QTabWidget* m_tabs;
    CurvePlot* m_history;
    SweepTrialsModel* m_trials;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_trialsView;
    ParallelPlot* m_parallel;
    QWidget* m_scatterHost;
    QGridLayout* m_scatterGrid;
    QList<ScatterPlot*> m_scatters;
    HeatMapPlot* m_heatMap;
    QLabel* m_heatMapNote;
    CurvePlot* m_rungs;
    QWidget* m_rungPage;
    QTableWidget* m_importance;
    QLabel* m_importanceNote;
};

} // namespace grove
