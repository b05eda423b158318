#include "ui/runs/RunView.h"

#include "core/runs/RunCurves.h"
#include "core/store/Workspace.h"
#include "ui/common/TaskRunner.h"
#include "ui/runs/ImportanceChart.h"
#include "ui/runs/MetricChart.h"
#include "ui/runs/RunFormat.h"
#include "ui/runs/TrainingController.h"
#include "ui/workspace/WorkspaceController.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

QTableWidgetItem* item(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setTextAlignment(alignment);
    return cell;
}

QTableWidget* readOnlyTable(int columns, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

RunView::RunView(WorkspaceController* workspace, TrainingController* training, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_training(training), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_note(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_eta(new QLabel(this)), m_cancel(new QPushButton(tr("Cancel Run"), this)),
      m_reproduce(new QPushButton(tr("Reproduce"), this)), m_newFrom(new QPushButton(tr("New Run from This…"), this)),
      m_tabs(new QTabWidget(this)), m_chartsHost(nullptr), m_chartsGrid(nullptr), m_chartsEmpty(nullptr),
      m_curves(new TaskRunner(TaskRunner::Mode::LatestWins, this)),
      m_metrics(nullptr), m_importance(nullptr), m_importanceKind(nullptr), m_config(new QPlainTextEdit(this)),
      m_environment(nullptr)
{
    setObjectName(u"runView"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setObjectName(u"runNote"_s);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_eta->setObjectName(u"runEta"_s);
    m_eta->setMinimumWidth(fontMetrics().horizontalAdvance(tr("about 00 min 00 s left")) + 8);
    m_cancel->setObjectName(u"cancelRunButton"_s);
    m_cancel->setToolTip(tr("Stop the training after the current round; the run is kept as cancelled."));
    m_reproduce->setObjectName(u"reproduceButton"_s);
    m_reproduce->setToolTip(tr("Train this run's configuration again on the same data and thread count, and "
                               "check that the model comes out bit-identical."));
    m_newFrom->setObjectName(u"newRunFromButton"_s);
    m_newFrom->setToolTip(tr("Open the New Run dialog with this run's configuration."));

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_eta);
    progressRow->addWidget(m_cancel);
    progressRow->addSpacing(12);
    progressRow->addWidget(m_reproduce);
    progressRow->addWidget(m_newFrom);
    auto* sweepAround = new QPushButton(tr("Sweep Around This Run…"), this);
    sweepAround->setObjectName(u"sweepAroundButton"_s);
    sweepAround->setToolTip(tr("Open the New Sweep dialog with this run's settings and ranges around its "
                               "parameter values."));
    progressRow->addWidget(sweepAround);
    connect(sweepAround, &QPushButton::clicked, this, [this] {
        if (m_record)
            emit sweepAroundRequested(m_record->id);
    });
    connect(this, &RunView::runChanged, sweepAround,
            [sweepAround](const std::optional<RunRecord>& run) { sweepAround->setEnabled(run.has_value()); });

    m_config->setObjectName(u"runConfigText"_s);
    m_config->setReadOnly(true);
    m_config->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_environment = readOnlyTable(2, this);
    m_environment->setObjectName(u"runEnvironment"_s);
    m_environment->setHorizontalHeaderLabels({tr("Property"), tr("Value")});

    m_tabs->setObjectName(u"runTabs"_s);
    m_tabs->addTab(createCurvesPage(), tr("Curves"));
    m_tabs->addTab(createMetricsPage(), tr("Metrics"));
    m_tabs->addTab(createImportancePage(), tr("Feature Importance"));
    m_tabs->addTab(m_config, tr("Configuration"));
    m_tabs->addTab(m_environment, tr("Environment"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_note);
    layout->addLayout(progressRow);
    layout->addWidget(m_tabs, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_record) {
            m_training->cancel(m_record->id);
            m_cancel->setEnabled(false);
            m_eta->setText(tr("Cancelling…"));
        }
    });
    connect(m_reproduce, &QPushButton::clicked, this, &RunView::reproduce);
    connect(m_newFrom, &QPushButton::clicked, this, [this] {
        if (m_record)
            emit newRunFromRequested(m_record->id);
    });
    connect(m_training, &TrainingController::roundsCompleted, this, &RunView::roundsCompleted);
    connect(m_training, &TrainingController::runStarted, this, [this](qint64 id) {
        if (id == currentRun())
            reload();
    });
    connect(m_training, &TrainingController::runFinished, this, [this](qint64 id) {
        if (id == currentRun())
            reload();
    });
    clear();
}

QWidget* RunView::createCurvesPage()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_chartsHost = new QWidget(scroll);
    m_chartsHost->setObjectName(u"runCharts"_s);
    auto* outer = new QVBoxLayout(m_chartsHost);
    m_chartsEmpty = new QLabel(m_chartsHost);
    m_chartsEmpty->setAlignment(Qt::AlignCenter);
    m_chartsEmpty->setWordWrap(true);
    outer->addWidget(m_chartsEmpty);
    m_chartsGrid = new QGridLayout;
    outer->addLayout(m_chartsGrid, 1);
    scroll->setWidget(m_chartsHost);
    return scroll;
}

QWidget* RunView::createMetricsPage()
{
    m_metrics = readOnlyTable(4, this);
    m_metrics->setObjectName(u"runMetrics"_s);
    m_metrics->horizontalHeader()->setStretchLastSection(false);
    return m_metrics;
}

QWidget* RunView::createImportancePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Rank by:"), page);
    m_importanceKind = new QComboBox(page);
    m_importanceKind->setObjectName(u"importanceKind"_s);
    m_importanceKind->addItem(tr("Gain (average loss reduction of a feature's splits)"), u"gain"_s);
    m_importanceKind->addItem(tr("Weight (number of splits on a feature)"), u"weight"_s);
    m_importanceKind->addItem(tr("Cover (average number of rows a feature's splits affect)"), u"cover"_s);
    label->setBuddy(m_importanceKind);
    row->addWidget(label);
    row->addWidget(m_importanceKind);
    row->addStretch(1);
    m_importance = new ImportanceChart(page);
    layout->addLayout(row);
    layout->addWidget(m_importance, 1);
    connect(m_importanceKind, &QComboBox::currentIndexChanged, this,
            [this] { m_importance->setKind(m_importanceKind->currentData().toString()); });
    return page;
}

void RunView::addPage(QWidget* page, const QString& title) { m_tabs->addTab(page, title); }

void RunView::clear()
{
    m_curves->dropAll();
    m_record.reset();
    emit runChanged(std::nullopt);
    m_reproductionNote.clear();
    m_title->setText(tr("No run selected"));
    m_subtitle->setText(tr("Select a run in the Runs panel, or start one with Training ▸ New Run."));
    m_note->hide();
    m_progress->hide();
    m_eta->hide();
    m_cancel->hide();
    m_reproduce->setEnabled(false);
    m_newFrom->setEnabled(false);
    rebuildCharts({});
    m_metrics->setRowCount(0);
    m_importance->setImportance({});
    m_config->clear();
    m_environment->setRowCount(0);
}

void RunView::showRun(qint64 id)
{
    if (id < 0 || !m_workspace->workspace()) {
        clear();
        return;
    }
    load(id);
}

void RunView::reload()
{
    if (m_record && m_workspace->workspace())
        load(m_record->id);
}

void RunView::load(qint64 id)
{
    RunStore store(m_workspace->workspace()->database());
    auto found = store.byId(id);
    if (!found || !found->has_value()) {
        if (!found)
            emit errorOccurred(found.error().toString());
        clear();
        return;
    }
    m_record = **found;
    const RunRecord& r = *m_record;
    emit runChanged(m_record);

    // Reproductions say whether they matched.
    m_reproductionNote.clear();
    if (r.reproducedFrom) {
        auto original = store.byId(*r.reproducedFrom);
        if (r.status == RunStatus::Finished && original && original->has_value()) {
            m_reproductionNote = r.modelSha256 == (*original)->modelSha256
                                     ? tr("Reproduction of run %1: the model is bit-identical (SHA-256 %2).")
                                           .arg(*r.reproducedFrom)
                                           .arg(r.modelSha256.left(12))
                                     : tr("Reproduction of run %1: the model differs (SHA-256 %2, the original has %3).")
                                           .arg(*r.reproducedFrom)
                                           .arg(r.modelSha256.left(12), (*original)->modelSha256.left(12));
        } else {
            m_reproductionNote = tr("Reproduction of run %1.").arg(*r.reproducedFrom);
        }
    }
    updateHeader();

    rebuildCharts(r.setup.config.metrics);
    if (const auto* live = m_training->live(r.id); live && isActive(r.status)) {
        m_curves->dropAll();
        appendRounds(live->rounds);
    } else {
        // A run's curves grow with its rounds, metrics and folds: they are read off the UI thread.
        const QString directory = m_workspace->directory();
        const qint64 runId = r.id;
        m_curves->run(
            {},
            [directory, runId](JobControl&) -> Result<std::vector<StoredSeries>> {
                auto workspace = Workspace::connect(directory);
                if (!workspace)
                    return workspace.error();
                RunStore curvesStore(workspace->database());
                return loadRunCurves(curvesStore, runId);
            },
            [this, runId](const Result<std::vector<StoredSeries>>& curves) { curvesLoaded(runId, curves); });
    }
    for (MetricChart* chart : std::as_const(m_charts))
        chart->setBestIteration(r.bestIteration);

    fillMetrics();
    m_importance->setImportance(r.importance);
    m_config->setPlainText(QString::fromUtf8(QJsonDocument(r.setup.toJson()).toJson(QJsonDocument::Indented)));
    fillEnvironment();
    updateProgress();
}

void RunView::curvesLoaded(qint64 runId, const Result<std::vector<StoredSeries>>& curves)
{
    if (!m_record || m_record->id != runId)
        return;
    if (!curves) {
        emit errorOccurred(curves.error().toString());
        return;
    }
    for (const StoredSeries& series : *curves) {
        if (MetricChart* chart = m_charts.value(series.metric))
            chart->append(series.split, series.fold, 0, series.values);
    }
    emit curvesShown(runId); // the best iteration was marked by load()
}

void RunView::updateHeader()
{
    const RunRecord& r = *m_record;
    m_title->setText(tr("Run %1 · %2 → %3").arg(r.id).arg(r.datasetName(), r.target()));
    QStringList parts{runStatusDisplayName(r.status), tr("experiment %1").arg(r.experiment)};
    if (const std::optional<Task> task = r.setup.config.task)
        parts << taskDisplayName(*task);
    if (r.createdAt.isValid())
        parts << tr("created %1").arg(QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat));
    if (r.startedAt.isValid() && !isActive(r.status))
        parts << tr("took %1").arg(RunFormat::duration(r.durationSeconds()));
    if (r.bestIteration)
        parts << tr("best iteration %1 (round %2)").arg(*r.bestIteration).arg(*r.bestIteration + 1);
    parts << tr("by %1 on %2").arg(r.user, r.host);
    m_subtitle->setText(parts.join(u" · "_s));

    QStringList notes;
    if (!m_reproductionNote.isEmpty())
        notes << m_reproductionNote;
    if (!r.message.isEmpty())
        notes << r.message;
    if (r.status == RunStatus::Interrupted)
        notes << tr("Grove stopped while this run was training. Its curves up to the last saved round are kept; "
                    "start it again with New Run from This.");
    if (r.status == RunStatus::Queued && !m_training->isActive(r.id))
        notes << tr("This run waits in the queue of another Grove process.");
    else if (r.status == RunStatus::Queued)
        notes << tr("Waiting for a free training slot (Training ▸ Concurrent Runs sets how many runs train at once).");
    m_note->setText(notes.join(u"\n"_s));
    m_note->setVisible(!notes.isEmpty());
    QPalette palette = m_note->palette();
    palette.setColor(QPalette::WindowText, r.status == RunStatus::Failed ? QColor(0xb0, 0x20, 0x20)
                                                                          : this->palette().color(QPalette::WindowText));
    m_note->setPalette(palette);

    const bool active = isActive(r.status) && m_training->isActive(r.id);
    m_cancel->setVisible(active);
    m_cancel->setEnabled(active);
    m_reproduce->setEnabled(r.status == RunStatus::Finished);
    m_newFrom->setEnabled(true);
}

void RunView::updateProgress()
{
    const RunRecord& r = *m_record;
    const auto* live = m_training->live(r.id);
    const bool active = isActive(r.status) && m_training->isActive(r.id);
    int done = r.roundsDone;
    double elapsed = 0;
    if (live) {
        done = std::max(done, live->roundsDone);
        elapsed = live->elapsedSeconds;
    }
    const int total = std::max(1, r.roundsTotal);
    m_progress->setVisible(true);
    m_eta->setVisible(true);
    m_progress->setValue(r.status == RunStatus::Finished ? 1000 : int(1000.0 * std::min(done, total) / total));
    const int shownDone = r.status == RunStatus::Finished ? r.roundsDone : done;
    const ValidationConfig& validation = r.setup.config.validation;
    // Cross-validation trains each fold's model and then the final one on all rows: say so, or
    // "80 of 80 rounds" reads wrong for a run asked for 20.
    m_progress->setFormat(validation.kind == ValidationKind::KFold
                              ? tr("%1 of %2 rounds (%3 folds and the final model, up to %4 each)")
                                    .arg(shownDone)
                                    .arg(r.roundsTotal)
                                    .arg(validation.folds)
                                    .arg(r.setup.config.rounds)
                              : tr("%1 of %2 rounds").arg(shownDone).arg(r.roundsTotal));
    if (active && done > 0 && elapsed > 0) {
        const double left = elapsed / done * std::max(0, total - done);
        m_eta->setText(tr("about %1 left").arg(RunFormat::duration(left)));
    } else if (active) {
        m_eta->setText(r.status == RunStatus::Queued ? tr("waiting") : tr("starting…"));
    } else {
        m_eta->setText(runStatusDisplayName(r.status));
    }
}

void RunView::rebuildCharts(const QStringList& metrics)
{
    if (!metrics.isEmpty() && metrics == m_chartOrder) {
        // The same charts: empty them rather than build new ones, which would flicker.
        for (MetricChart* chart : std::as_const(m_charts))
            chart->clear();
        return;
    }
    m_chartOrder = metrics;
    for (MetricChart* chart : std::as_const(m_charts)) {
        m_chartsGrid->removeWidget(chart);
        delete chart;
    }
    m_charts.clear();
    const int columns = metrics.size() > 1 ? 2 : 1;
    for (int i = 0; i < metrics.size(); ++i) {
        auto* chart = new MetricChart(metrics[i], m_chartsHost);
        connect(chart, &MetricChart::message, this, &RunView::message);
        connect(chart, &MetricChart::errorOccurred, this, &RunView::errorOccurred);
        m_chartsGrid->addWidget(chart, i / columns, i % columns);
        m_charts.insert(metrics[i], chart);
    }
    m_chartsEmpty->setText(m_record ? tr("The curves appear with the first round.") : tr("No run selected."));
    m_chartsEmpty->setVisible(metrics.isEmpty());
}

void RunView::appendRounds(const QList<RoundUpdate>& rounds)
{
    // Group consecutive rounds per curve so that each chart redraws once per batch.
    struct Pending
    {
        int first = -1;
        std::vector<double> values;
    };
    QHash<QString, QHash<QPair<QString, int>, Pending>> pending;
    for (const RoundUpdate& update : rounds) {
        for (const xgb::Evaluation& e : update.evaluations) {
            MetricChart* chart = m_charts.value(e.metric);
            if (!chart)
                continue;
            Pending& p = pending[e.metric][qMakePair(e.split, update.fold)];
            const int expected = chart->pointCount(e.split, update.fold) + int(p.values.size());
            if (update.round != expected)
                continue; // already drawn
            if (p.first < 0)
                p.first = update.round;
            p.values.push_back(e.value);
        }
    }
    for (auto metric = pending.begin(); metric != pending.end(); ++metric) {
        MetricChart* chart = m_charts.value(metric.key());
        for (auto curve = metric->begin(); curve != metric->end(); ++curve)
            chart->append(curve.key().first, curve.key().second, curve->first, curve->values);
    }
}

void RunView::roundsCompleted(qint64 runId, const QList<RoundUpdate>& rounds)
{
    if (runId != currentRun())
        return;
    if (m_record->status == RunStatus::Queued)
        reload(); // it started
    appendRounds(rounds);
    updateProgress();
}

void RunView::fillMetrics()
{
    const RunRecord& r = *m_record;
    const bool crossValidated = r.finalMetrics.contains(u"valid_std"_s);
    const QString best = r.bestIteration ? tr("Validation, best (iteration %1)").arg(*r.bestIteration)
                                         : tr("Validation, best");
    m_metrics->setHorizontalHeaderLabels({tr("Metric"), tr("Training, final"),
                                          crossValidated ? tr("Validation, final (mean ± std over folds)")
                                                         : tr("Validation, final"),
                                          best});
    m_metrics->setRowCount(0);
    const QStringList& metrics = r.setup.config.metrics;
    auto value = [](const QJsonObject& values, const QString& split, const QString& metric,
                    const QJsonObject& spread = {}) -> QString {
        const QJsonValue v = values.value(split).toObject().value(metric);
        if (!v.isDouble())
            return QString();
        QString text = QString::number(v.toDouble(), 'g', 8);
        const QJsonValue s = spread.value(metric);
        if (s.isDouble())
            text += u" ± "_s + QString::number(s.toDouble(), 'g', 3);
        return text;
    };
    for (const QString& metric : metrics) {
        const int row = m_metrics->rowCount();
        m_metrics->insertRow(row);
        m_metrics->setItem(row, 0, item(metric));
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        m_metrics->setItem(row, 1, item(value(r.finalMetrics, u"train"_s, metric, r.finalMetrics.value(u"train_std"_s).toObject()), right));
        m_metrics->setItem(row, 2, item(value(r.finalMetrics, u"valid"_s, metric, r.finalMetrics.value(u"valid_std"_s).toObject()), right));
        m_metrics->setItem(row, 3, item(value(r.bestMetrics, u"valid"_s, metric), right));
    }
    m_metrics->resizeColumnsToContents();
}

void RunView::fillEnvironment()
{
    const RunRecord& r = *m_record;
    const QJsonObject env = r.environment;
    const QList<QPair<QString, QString>> rows{
        {tr("Grove"), env.value(u"grove"_s).toString()},
        {tr("libxgboost"), env.value(u"xgboost"_s).toString()},
        {tr("Qt"), env.value(u"qt"_s).toString()},
        {tr("SQLite"), env.value(u"sqlite"_s).toString()},
        {tr("Operating system"), env.value(u"os"_s).toString()},
        {tr("Processor"), env.value(u"cpu"_s).toString()},
        {tr("Logical cores"), QString::number(env.value(u"logical_cores"_s).toInt())},
        {tr("Training threads"), QString::number(env.value(u"threads"_s).toInt())},
        {tr("User"), r.user},
        {tr("Host"), r.host},
        {tr("Created"), r.createdAt.toString(Qt::ISODate)},
        {tr("Started"), r.startedAt.isValid() ? r.startedAt.toString(Qt::ISODate) : QString()},
        {tr("Finished"), r.finishedAt.isValid() ? r.finishedAt.toString(Qt::ISODate) : QString()},
        {tr("Model SHA-256"), r.modelSha256},
    };
    m_environment->setRowCount(0);
    for (const auto& [name, value] : rows) {
        const int row = m_environment->rowCount();
        m_environment->insertRow(row);
        m_environment->setItem(row, 0, item(name));
        m_environment->setItem(row, 1, item(value));
    }
    m_environment->resizeColumnToContents(0);
}

void RunView::reproduce()
{
    if (!m_record)
        return;
    const qint64 original = m_record->id;
    m_reproduce->setEnabled(false);
    m_training->reproduce(original, [this, self = QPointer<RunView>(this), original](const Result<qint64>& queued) {
        if (!self)
            return;
        m_reproduce->setEnabled(m_record && m_record->status == RunStatus::Finished);
        if (!queued) {
            emit errorOccurred(queued.error().toString());
            return;
        }
        emit message(tr("Reproducing run %1 as run %2; its page says whether the model is identical.")
                         .arg(original)
                         .arg(*queued));
        emit runQueued(*queued);
    });
}

} // namespace grove
