#pragma once

#include "core/common/Result.h"
#include "core/store/RunStore.h"
#include "core/train/Trainer.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace grove {

class ImportanceChart;
class MetricChart;
class TaskRunner;
class TrainingController;
class WorkspaceController;

// One run: its learning curves (live while it trains), progress with an estimate of the time
// left, Cancel, final and best metrics, feature importance, the configuration, the environment,
// and Reproduce.
class RunView : public QWidget
{
    Q_OBJECT
public:
    RunView(WorkspaceController* workspace, TrainingController* training, QWidget* parent = nullptr);

    void showRun(qint64 id);
    qint64 currentRun() const { return m_record ? m_record->id : -1; }
    // Adds a page about the shown run (the main window adds validation); it follows runChanged().
    void addPage(QWidget* page, const QString& title);

    // For tests: the chart of a metric (null if there is none).
    MetricChart* chart(const QString& metric) const { return m_charts.value(metric); }
    QList<MetricChart*> charts() const { return m_charts.values(); }
    ImportanceChart* importanceChart() const { return m_importance; }

signals:
    // The run shown, or its record, changed (nullopt: no run).
    void runChanged(const std::optional<RunRecord>& run);
    void newRunFromRequested(qint64 runId);
    void sweepAroundRequested(qint64 runId);
    void runQueued(qint64 runId);
    void errorOccurred(const QString& message);
    void curvesShown(qint64 runId); // a finished run's stored curves are in the charts
    void message(const QString& text);

private:
    QWidget* createCurvesPage();
    QWidget* createMetricsPage();
    QWidget* createImportancePage();
    void clear();
    void reload();
    // Reads the run and everything shown about it from the store.
    void load(qint64 id);
    void updateHeader();
    void updateProgress();
    void fillMetrics();
    void fillEnvironment();
    void rebuildCharts(const QStringList& metrics);
    void appendRounds(const QList<RoundUpdate>& rounds);
    void curvesLoaded(qint64 runId, const Result<std::vector<StoredSeries>>& curves);
    void roundsCompleted(qint64 runId, const QList<RoundUpdate>& rounds);
    void reproduce();

    WorkspaceController* m_workspace;
    TrainingController* m_training;
    std::optional<RunRecord> m_record;
    QString m_reproductionNote;

    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_note;
    QProgressBar* m_progress;
    QLabel* m_eta;
    QPushButton* m_cancel;
    QPushButton* m_reproduce;
    QPushButton* m_newFrom;
    QTabWidget* m_tabs;
    QWidget* m_chartsHost;
    QGridLayout* m_chartsGrid;
    QLabel* m_chartsEmpty;
    TaskRunner* m_curves; // a run's stored curves; the newest request wins
    QMap<QString, MetricChart*> m_charts;
    QStringList m_chartOrder;
    QTableWidget* m_metrics;
    ImportanceChart* m_importance;
    QComboBox* m_importanceKind;
    QPlainTextEdit* m_config;
    QTableWidget* m_environment;
};

} // namespace grove
