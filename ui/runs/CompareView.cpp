#include "ui/runs/CompareView.h"

#include "ui/charts/ExportActions.h"
#include "ui/evaluate/CompareEvaluation.h"

#include "core/store/Workspace.h"
#include "core/model/RunConfig.h"
#include "ui/charts/CurvePlot.h"
#include "ui/charts/ParallelPlot.h"
#include "ui/charts/ScatterPlot.h"
#include "ui/common/Dialogs.h"
#include "ui/common/TaskRunner.h"
#include "ui/runs/ComparisonTables.h"
#include "ui/runs/RunFormat.h"
#include "ui/runs/SavedComparisons.h"
#include "ui/runs/SignificancePanel.h"
#include "ui/workspace/WorkspaceController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

// A chart page: its controls on top, the chart below.
QWidget* page(QWidget* parent, QHBoxLayout* controls, QWidget* chart)
{
    auto* widget = new QWidget(parent);
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(4, 4, 4, 0);
    controls->addStretch(1);
    layout->addLayout(controls);
    layout->addWidget(chart, 1);
    return widget;
}

constexpr auto kFinal = "final", kBest = "best";

} // namespace

CompareView::CompareView(WorkspaceController* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_loader(new TaskRunner(TaskRunner::Mode::LatestWins, this)), m_saved(new SavedComparisons(workspace, this)),
      m_settingsModel(new ComparisonSettingsModel(this)), m_metricsModel(new ComparisonMetricsModel(this)),
      m_title(new QLabel(this)),
      m_save(new QPushButton(tr("&Save Comparison…"), this)), m_savedMenu(new QMenu(this)), m_chartTabs(new QTabWidget(this)),
      m_metric(new QComboBox(this)), m_split(new QComboBox(this)), m_logScale(new QCheckBox(tr("&Log scale"), this)),
      m_smoothing(new QDoubleSpinBox(this)), m_curves(new CurvePlot(this)), m_legend(new QListWidget(this)),
      m_scatterSetting(new QComboBox(this)), m_scatterMetric(new QComboBox(this)),
      m_scatterLogX(new QCheckBox(tr("Log &x"), this)), m_scatter(new ScatterPlot(this)),
      m_parallelMetric(new QComboBox(this)), m_parallel(new ParallelPlot(this)),
      m_allSettings(new QCheckBox(tr("Show &all settings"), this)),
      m_settings(comparisonTable(this, u"compareSettings"_s, m_settingsModel)), m_metrics(comparisonTable(this, u"compareMetrics"_s, m_metricsModel))
{
    setObjectName(u"compareView"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true); // a long saved name must not widen the window
    m_title->setMinimumWidth(120);
    m_chartTabs->setObjectName(u"compareChartTabs"_s);

    // Curves.
    m_metric->setObjectName(u"compareMetricCombo"_s);
    m_split->setObjectName(u"compareSplitCombo"_s);
    m_split->addItem(RunFormat::splitName(u"valid"_s), u"valid"_s);
    m_split->addItem(RunFormat::splitName(u"train"_s), u"train"_s);
    m_smoothing->setObjectName(u"compareSmoothingSpin"_s);
    m_smoothing->setRange(0, 0.99);
    m_smoothing->setSingleStep(0.1);
    m_smoothing->setDecimals(2);
    m_smoothing->setSpecialValueText(tr("off"));
    m_smoothing->setToolTip(tr("Exponential moving average of the curves (0: off). Hovering still shows the exact value."));
    auto* resetZoom = new QPushButton(tr("Show &All"), this);
    resetZoom->setObjectName(u"compareResetZoomButton"_s);
    resetZoom->setToolTip(tr("Zoom out to every iteration and value (double-click the chart does the same)."));
    auto* curveControls = new QHBoxLayout;
    curveControls->addWidget(new QLabel(tr("Metric:"), this));
    curveControls->addWidget(m_metric);
    curveControls->addWidget(new QLabel(tr("Data:"), this));
    curveControls->addWidget(m_split);
    curveControls->addWidget(m_logScale);
    curveControls->addWidget(new QLabel(tr("Smoothing:"), this));
    curveControls->addWidget(m_smoothing);
    curveControls->addWidget(resetZoom);
    m_legend->setObjectName(u"compareLegend"_s);
    m_legend->setToolTip(tr("Untick a run to hide its curve; hover or select one to emphasise it."));
    m_legend->setUniformItemSizes(true); // a thousand runs stay fast
    m_legend->setMouseTracking(true);
    auto* curveSplitter = new QSplitter(Qt::Horizontal, this);
    curveSplitter->addWidget(m_curves);
    curveSplitter->addWidget(m_legend);
    curveSplitter->setStretchFactor(0, 4);
    curveSplitter->setStretchFactor(1, 1);
    curveSplitter->setSizes({900, 260});
    m_chartTabs->addTab(page(this, curveControls, curveSplitter), tr("Curves"));

    // A setting against a metric.
    m_scatterSetting->setObjectName(u"compareScatterSetting"_s);
    m_scatterMetric->setObjectName(u"compareScatterMetric"_s);
    m_scatterSetting->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scatterMetric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* scatterControls = new QHBoxLayout;
    scatterControls->addWidget(new QLabel(tr("Setting:"), this));
    scatterControls->addWidget(m_scatterSetting);
    scatterControls->addWidget(new QLabel(tr("Metric:"), this));
    scatterControls->addWidget(m_scatterMetric);
    scatterControls->addWidget(m_scatterLogX);
    m_chartTabs->addTab(page(this, scatterControls, m_scatter), tr("Setting vs. Metric"));

    // Parallel coordinates.
    m_parallelMetric->setObjectName(u"compareParallelMetric"_s);
    m_parallelMetric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* parallelControls = new QHBoxLayout;
    parallelControls->addWidget(new QLabel(tr("Settings that differ, against:"), this));
    parallelControls->addWidget(m_parallelMetric);
    m_chartTabs->addTab(page(this, parallelControls, m_parallel), tr("Parallel Coordinates"));
    m_evaluation = new CompareEvaluation(workspace, this);
    m_chartTabs->addTab(m_evaluation, tr("Evaluation"));
    m_significance = new SignificancePanel(this);
    m_chartTabs->addTab(m_significance, tr("Significance"));
    connect(m_evaluation, &CompareEvaluation::exported, this, [this](const QString& path, const QString& error) {
        if (!error.isEmpty())
            emit errorOccurred(error);
        else
            emit message(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
    });

    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(u"compareExportButton"_s);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    QAction* png = exportMenu->addAction(tr("Chart as PNG…"), this, [this] { exportCurrentChart(u"png"_s); });
    QAction* svg = exportMenu->addAction(tr("Chart as SVG…"), this, [this] { exportCurrentChart(u"svg"_s); });
    // The Evaluation tab's charts and table export from their own context menus; the
    // Significance tab is a table.
    connect(m_chartTabs, &QTabWidget::currentChanged, this, [this, png, svg] {
        const bool chart = m_chartTabs->currentWidget() != m_evaluation && m_chartTabs->currentWidget() != m_significance;
        png->setEnabled(chart);
        svg->setEnabled(chart);
    });
    auto exportTableTo = [this](QTableView* table, const QString& caption, const QString& name, const QString& done) {
        const QString path = Dialogs::saveFile(this, caption, QDir::home().filePath(name), tr("CSV files (*.csv)"));
        if (!path.isEmpty() && exportTable(table, path))
            emit message(done.arg(QDir::toNativeSeparators(path)));
    };
    exportMenu->addAction(tr("Settings Table as CSV…"), this, [this, exportTableTo] {
        exportTableTo(m_settings, tr("Export Settings"), u"comparison-settings.csv"_s, tr("Saved the settings to %1."));
    });
    exportMenu->addAction(tr("Metrics Table as CSV…"), this, [this, exportTableTo] {
        exportTableTo(m_metrics, tr("Export Metrics"), u"comparison-metrics.csv"_s, tr("Saved the metrics to %1."));
    });
    exportMenu->addAction(tr("Significance Table as CSV…"), this, [this, exportTableTo] {
        exportTableTo(m_significance->table(), tr("Export Significance"), u"comparison-significance.csv"_s,
                      tr("Saved the significance tests to %1."));
    });
    exportButton->setMenu(exportMenu);
    m_save->setObjectName(u"compareSaveButton"_s);
    m_save->setToolTip(tr("Keep these runs and chart settings under a name, to open them again later."));
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString name = Dialogs::text(this, tr("Save Comparison"), tr("Name of the comparison:"),
                                           savedName().isEmpty() ? tr("Comparison of %n run(s)", nullptr, int(m_runs->records.size()))
                                                                 : savedName());
        if (!name.isEmpty())
            saveAs(name);
    });
    auto* savedButton = new QToolButton(this);
    savedButton->setObjectName(u"compareSavedButton"_s);
    savedButton->setText(tr("Saved Comparisons"));
    savedButton->setPopupMode(QToolButton::InstantPopup);
    savedButton->setMenu(m_savedMenu);
    connect(m_savedMenu, &QMenu::aboutToShow, this, &CompareView::fillSavedMenu);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_save);
    header->addWidget(savedButton);
    header->addWidget(exportButton);

    auto* settingsBox = new QWidget(this);
    auto* settingsLayout = new QVBoxLayout(settingsBox);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    settingsLayout->addWidget(m_allSettings);
    settingsLayout->addWidget(m_settings, 1);
    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(settingsBox);
    tables->addWidget(m_metrics);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_chartTabs);
    vertical->addWidget(tables);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addLayout(groupingControls()); // a row of its own: the header is as wide as the window may be narrow
    layout->addWidget(vertical, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &CompareView::rebuildCurves);
    connect(m_split, &QComboBox::currentIndexChanged, this, &CompareView::rebuildCurves);
    connect(m_logScale, &QCheckBox::toggled, m_curves, &CurvePlot::setLogScale);
    connect(m_smoothing, &QDoubleSpinBox::valueChanged, m_curves, &CurvePlot::setSmoothing);
    connect(resetZoom, &QPushButton::clicked, m_curves, &CurvePlot::resetView);
    connect(m_legend, &QListWidget::itemChanged, this,
            [this](QListWidgetItem* item) { m_curves->setCurveVisible(m_legend->row(item), item->checkState() == Qt::Checked); });
    connect(m_legend, &QListWidget::itemEntered, this, [this](QListWidgetItem* item) { m_curves->setHighlighted(m_legend->row(item)); });
    connect(m_legend, &QListWidget::currentRowChanged, m_curves, &CurvePlot::setHighlighted);
    connect(m_curves, &CurvePlot::hoveredCurveChanged, this, [this](int curve) {
        if (curve >= 0)
            m_legend->scrollToItem(m_legend->item(curve));
    });
    connect(m_scatterSetting, &QComboBox::currentIndexChanged, this, &CompareView::rebuildScatter);
    connect(m_scatterMetric, &QComboBox::currentIndexChanged, this, &CompareView::rebuildScatter);
    connect(m_scatterLogX, &QCheckBox::toggled, m_scatter, &ScatterPlot::setLogX);
    connect(m_parallelMetric, &QComboBox::currentIndexChanged, this, &CompareView::rebuildParallel);
    connect(m_allSettings, &QCheckBox::toggled, this, [this](bool all) {
        m_settingsModel->setShowAll(all);
        fitColumns(m_settings);
    });
    // Run ids and saved names belong to one workspace: another workspace starts empty.
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, [this] { setRuns({}); });
    m_legend->viewport()->installEventFilter(this);
    setRuns({});
}

void CompareView::setRuns(const QList<qint64>& runIds) { load(runIds, {}); }

void CompareView::load(const QList<qint64>& runIds, const std::function<void()>& then)
{
    if (runIds.isEmpty() || !m_workspace->workspace()) {
        m_loader->dropAll();
        showCompared(ComparedRuns());
        if (then)
            then();
        return;
    }
    // The runs' histories grow with their rounds: they are read off the UI thread, and the
    // newest choice of runs wins.
    const QString directory = m_workspace->directory();
    m_loader->run(
        {},
        [directory, runIds](JobControl&) {
            ComparedRuns compared;
            auto workspace = Workspace::connect(directory);
            if (!workspace) {
                compared.problems << workspace.error().toString();
                return compared;
            }
            RunStore store(workspace->database());
            return loadComparedRuns(store, runIds);
        },
        [this, then](ComparedRuns compared) {
            showCompared(std::move(compared));
            if (then)
                then();
        });
}

bool CompareView::isLoading() const { return !m_loader->isIdle(); }

void CompareView::showCompared(ComparedRuns compared)
{
    m_runs = std::make_shared<const ComparedRuns>(std::move(compared));
    for (const QString& problem : std::as_const(m_runs->problems))
        emit errorOccurred(problem);
    m_saved->forget();
    updateTitle();
    const QStringList metrics = m_runs->metrics();
    const QString previous = m_metric->currentText();
    {
        const QSignalBlocker blocker(m_metric);
        m_metric->clear();
        m_metric->addItems(metrics);
        if (metrics.contains(previous))
            m_metric->setCurrentText(previous);
    }
    fillMetricChoices();
    fillGroupChoices();
    regroup(); // the legend, the curves, the metrics and the significance
    rebuildScatter();
    rebuildParallel();
    m_evaluation->setRuns(m_runs->records);
    m_settingsModel->setComparison(m_runs->records, m_runs->comparison);
    fitColumns(m_settings); // the metrics table's columns were fitted by regroup()
    emit runsShown();
}

void CompareView::updateTitle()
{
    if (m_runs->records.isEmpty())
        m_title->setText(tr("Select two or more runs in the Runs panel and choose Compare, or open a saved comparison."));
    else if (savedName().isEmpty())
        m_title->setText(tr("Comparing %n run(s)", nullptr, int(m_runs->records.size())));
    else
        m_title->setText(tr("%1 · %n run(s)", nullptr, int(m_runs->records.size())).arg(savedName()));
    m_save->setEnabled(m_runs->records.size() >= 2);
}

QString CompareView::runLabel(int index, int maxSettings) const
{
    const RunRecord& run = m_runs->records[index];
    QStringList parts;
    for (const QString& setting : m_runs->comparison.differing) {
        if (parts.size() == maxSettings) {
            parts << u"…"_s;
            break;
        }
        const QString name = setting.startsWith(u"params."_s) ? setting.mid(7) : setting;
        parts << u"%1=%2"_s.arg(name, m_runs->comparison.settings.value(setting).value(index));
    }
    return parts.isEmpty() ? tr("Run %1").arg(run.id) : tr("Run %1 · %2").arg(run.id).arg(parts.join(u", "_s));
}

bool CompareView::eventFilter(QObject* watched, QEvent* event)
{
    // Leaving the legend gives the emphasis back to the selected run (or none).
    if (watched == m_legend->viewport() && event->type() == QEvent::Leave)
        m_curves->setHighlighted(m_legend->currentRow());
    return QWidget::eventFilter(watched, event);
}

void CompareView::fillMetricChoices()
{
    // "final|valid|auc": the final value of auc on the validation data; "best|...": at the best iteration.
    const QStringList keys = m_runs->comparison.finalMetricKeys({u"valid"_s, u"train"_s});
    for (QComboBox* combo : {m_scatterMetric, m_parallelMetric}) {
        const QString previous = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const QString& key : keys) {
            const QString split = key.section(u'.', 0, 0), metric = key.section(u'.', 1);
            combo->addItem(tr("%1 (final, %2)").arg(metric, RunFormat::splitName(split)),
                           u"%1|%2|%3"_s.arg(QLatin1StringView(kFinal), split, metric));
            combo->addItem(tr("%1 (best iteration, %2)").arg(metric, RunFormat::splitName(split)),
                           u"%1|%2|%3"_s.arg(QLatin1StringView(kBest), split, metric));
        }
        const int index = combo->findData(previous);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    }
    const QString previous = m_scatterSetting->currentData().toString();
    const QSignalBlocker blocker(m_scatterSetting);
    m_scatterSetting->clear();
    // The settings that differ first; the others would make a single column of points.
    for (const QString& name : m_runs->comparison.differing)
        m_scatterSetting->addItem(name, name);
    for (auto it = m_runs->comparison.settings.cbegin(); it != m_runs->comparison.settings.cend(); ++it) {
        if (!m_runs->comparison.differing.contains(it.key()) && it.key().startsWith(u"params."_s))
            m_scatterSetting->addItem(it.key(), it.key());
    }
    const int index = m_scatterSetting->findData(previous);
    m_scatterSetting->setCurrentIndex(index >= 0 ? index : 0);
}

void CompareView::rebuildScatter()
{
    const QString setting = m_scatterSetting->currentData().toString();
    const QString key = m_scatterMetric->currentData().toString();
    QList<ScatterPlot::Point> points;
    const QStringList values = m_runs->comparison.settings.value(setting);
    for (int i = 0; i < m_runs->records.size(); ++i)
        points << ScatterPlot::Point{runLabel(i), seriesColor(i, int(m_runs->records.size())), values.value(i), m_runs->metricValue(i, key)};
    m_scatter->setTitle(setting.isEmpty() ? QString() : tr("%1 against %2").arg(m_scatterMetric->currentText(), setting));
    m_scatter->setData(setting, m_scatterMetric->currentText(), points);
    m_scatterLogX->setEnabled(m_scatter->canUseLogX());
    m_scatter->setLogX(m_scatterLogX->isChecked());
}

void CompareView::rebuildParallel()
{
    const QString key = m_parallelMetric->currentData().toString();
    QList<ParallelPlot::Axis> axes;
    for (const QString& name : m_runs->comparison.differing) {
        if (name == u"dataset.content_hash"_s && m_runs->comparison.differing.contains(u"dataset"_s))
            continue; // the dataset's name says it better
        axes << ParallelPlot::Axis{name, m_runs->comparison.settings.value(name)};
    }
    std::vector<double> metric;
    QStringList labels;
    for (int i = 0; i < m_runs->records.size(); ++i) {
        metric.push_back(m_runs->metricValue(i, key));
        labels << tr("Run %1").arg(m_runs->records[i].id);
    }
    m_parallel->setTitle(m_runs->records.isEmpty() ? QString() : tr("Settings that differ → %1").arg(m_parallelMetric->currentText()));
    m_parallel->setData(axes, m_parallelMetric->currentText(), std::move(metric), labels,
                        metricIsMaximized(key.section(u'|', 2)));
}

PlotWidget* CompareView::currentChart() const
{
    switch (m_chartTabs->currentIndex()) {
    case 1:
        return m_scatter;
    case 2:
        return m_parallel;
    default:
        return m_curves;
    }
}

void CompareView::exportCurrentChart(const QString& suffix)
{
    QString error;
    const QString path = currentChart()->exportWithDialog(
        u"comparison-%1"_s.arg(currentChart()->objectName().remove(u"Plot"_s)), suffix, &error);
    if (!error.isEmpty())
        emit errorOccurred(error);
    else if (!path.isEmpty())
        emit message(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
}

bool CompareView::exportChart(const QString& path)
{
    QString error;
    if (!currentChart()->exportTo(path, &error)) {
        emit errorOccurred(error);
        return false;
    }
    return true;
}

bool CompareView::exportTable(QTableView* table, const QString& path)
{
    // The grouped metrics are written as numbers (mean, std, n), not as the text on screen.
    const QByteArray csv = table == m_metrics ? m_metricsModel->csv() : tableCsv(*table->model());
    if (const QString error = writeCsv(csv, path); !error.isEmpty()) {
        emit errorOccurred(error);
        return false;
    }
    return true;
}

QJsonObject CompareView::viewSettings() const
{
    return {{u"tab"_s, m_chartTabs->currentIndex()},
            {u"metric"_s, m_metric->currentText()},
            {u"split"_s, m_split->currentData().toString()},
            {u"log"_s, m_logScale->isChecked()},
            {u"smoothing"_s, m_smoothing->value()},
            {u"scatter_setting"_s, m_scatterSetting->currentData().toString()},
            {u"scatter_metric"_s, m_scatterMetric->currentData().toString()},
            {u"scatter_log_x"_s, m_scatterLogX->isChecked()},
            {u"parallel_metric"_s, m_parallelMetric->currentData().toString()},
            {u"all_settings"_s, m_allSettings->isChecked()},
            {u"group_by"_s, m_groupBy->currentData().toString()},
            {u"band"_s, m_band->currentData().toString()}};
}

void CompareView::applyViewSettings(const QJsonObject& settings)
{
    auto select = [](QComboBox* combo, const QJsonValue& value, bool byText) {
        const int index = byText ? combo->findText(value.toString()) : combo->findData(value.toString());
        if (index >= 0)
            combo->setCurrentIndex(index);
    };
    select(m_metric, settings.value(u"metric"_s), true);
    select(m_split, settings.value(u"split"_s), false);
    m_logScale->setChecked(settings.value(u"log"_s).toBool());
    m_smoothing->setValue(settings.value(u"smoothing"_s).toDouble());
    select(m_scatterSetting, settings.value(u"scatter_setting"_s), false);
    select(m_scatterMetric, settings.value(u"scatter_metric"_s), false);
    m_scatterLogX->setChecked(settings.value(u"scatter_log_x"_s).toBool());
    select(m_parallelMetric, settings.value(u"parallel_metric"_s), false);
    m_allSettings->setChecked(settings.value(u"all_settings"_s).toBool());
    select(m_band, settings.value(u"band"_s), false);
    select(m_groupBy, settings.value(u"group_by"_s), false);
    m_chartTabs->setCurrentIndex(std::clamp(settings.value(u"tab"_s).toInt(), 0, m_chartTabs->count() - 1));
}

int CompareView::curveCount() const { return m_curves->curveCount(); }

int CompareView::pointCount(int curve) const
{
    return curve >= 0 && curve < m_curves->curveCount() ? int(m_curves->curve(curve).values.size()) : 0;
}

double CompareView::pointValue(int curve, int index) const { return m_curves->drawnValue(curve, index); }

} // namespace grove
