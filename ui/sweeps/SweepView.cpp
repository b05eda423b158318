#include "ui/sweeps/SweepView.h"

#include "core/common/AtomicFile.h"
#include "ui/charts/CurvePlot.h"
#include "ui/charts/HeatMapPlot.h"
#include "ui/charts/ParallelPlot.h"
#include "ui/charts/ScatterPlot.h"
#include "ui/common/Dialogs.h"
#include "ui/common/TaskRunner.h"
#include "ui/sweeps/SweepController.h"
#include "ui/sweeps/SweepTrialsModel.h"
#include "ui/workspace/WorkspaceController.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr int kFollowMs = 2000;  // how often a running sweep is read again
constexpr int kCoalesceMs = 300; // trials ending within this time are shown in one reading

QLabel* noteLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SweepView::SweepView(WorkspaceController* workspace, SweepController* sweeps, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_sweeps(sweeps),
      m_loader(new TaskRunner(TaskRunner::Mode::LatestWins, this)), m_follow(new QTimer(this)),
      m_coalesce(new QTimer(this)), m_chooser(new QComboBox(this)), m_title(new QLabel(this)),
      m_status(noteLabel(this)), m_progress(new QProgressBar(this)), m_stop(new QPushButton(tr("Stop"), this)),
      m_resume(new QPushButton(tr("Resume"), this)), m_save(new QPushButton(tr("Save Definition…"), this)),
      m_empty(noteLabel(this)), m_tabs(new QTabWidget(this)), m_trials(new SweepTrialsModel(this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(u"sweepView"_s);
    m_chooser->setObjectName(u"sweepChooser"_s);
    m_chooser->setMinimumContentsLength(12);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stop->setObjectName(u"stopSweepButton"_s);
    m_stop->setToolTip(tr("Stop the sweep: finished trials are kept, the trials in training end as stopped"));
    m_resume->setObjectName(u"resumeSweepButton"_s);
    m_resume->setToolTip(tr("Train the trials that are left; a trial that was stopped is trained again"));
    m_save->setObjectName(u"saveSweepDefinitionButton"_s);
    m_save->setToolTip(tr("Write this sweep's definition to a JSON file for grove-cli sweep --config"));
    auto* newSweep = new QPushButton(tr("New Sweep…"), this);
    newSweep->setObjectName(u"newSweepButton"_s);
    auto* top = new QHBoxLayout;
    auto* chooserLabel = new QLabel(tr("S&weep:"), this);
    chooserLabel->setBuddy(m_chooser);
    top->addWidget(chooserLabel);
    top->addWidget(m_chooser, 1);
    top->addWidget(m_stop);
    top->addWidget(m_resume);
    top->addWidget(m_save);
    top->addWidget(newSweep);
    m_title->setObjectName(u"sweepTitle"_s);
    m_status->setObjectName(u"sweepStatus"_s);
    m_progress->setObjectName(u"sweepProgress"_s);
    m_progress->setFormat(tr("%v of %m trial runs"));
    m_empty->setObjectName(u"sweepEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("<h3>No sweeps yet</h3><p>A sweep searches XGBoost configurations for you: choose "
                        "Training ▸ New Sweep…, or \"Sweep Around This Run\" on a run's page, or run "
                        "grove-cli sweep --config FILE.</p>"));

    m_tabs->setObjectName(u"sweepTabs"_s);
    m_tabs->addTab(createTrialsPage(), tr("Trials"));
    m_parallel = new ParallelPlot(this);
    m_parallel->setTitle(tr("Configurations by their objective"));
    m_tabs->addTab(m_parallel, tr("Parallel Coordinates"));
    m_tabs->addTab(createParametersPage(), tr("Parameters"));
    m_tabs->addTab(createHeatMapPage(), tr("Heat Map"));
    m_rungPage = new QWidget(this);
    auto* rungLayout = new QVBoxLayout(m_rungPage);
    auto* rungNote = noteLabel(m_rungPage);
    rungNote->setText(tr("Each configuration's validation curve at the last rung it reached. Dashed lines "
                         "ending in × were cut short: their configurations were not among the best 1/η of "
                         "their rung."));
    m_rungs = new CurvePlot(m_rungPage);
    m_rungs->setObjectName(u"rungPlot"_s);
    m_rungs->setLegendVisible(false);
    rungLayout->addWidget(rungNote);
    rungLayout->addWidget(m_rungs, 1);
    m_tabs->addTab(m_rungPage, tr("Halving"));
    m_tabs->addTab(createImportancePage(), tr("Importance"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_tabs, 1);

    m_follow->setInterval(kFollowMs);
    m_coalesce->setInterval(kCoalesceMs);
    m_coalesce->setSingleShot(true);
    connect(m_follow, &QTimer::timeout, this, [this] {
        // A sweep of this window says when its trials end; one run elsewhere is read again.
        if (m_page.state && m_page.beingRun && isVisible() && !m_sweeps->isRunning(currentSweep()))
            reload();
    });
    connect(m_coalesce, &QTimer::timeout, this, &SweepView::reload);
    m_follow->start();
    connect(m_chooser, &QComboBox::activated, this, [this](int index) { showSweep(m_chooser->itemData(index).toLongLong()); });
    connect(newSweep, &QPushButton::clicked, this, &SweepView::newSweepRequested);
    connect(m_stop, &QPushButton::clicked, this, [this] { m_sweeps->stop(currentSweep()); });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_sweeps->resume(currentSweep());
        updateHeader();
    });
    connect(m_save, &QPushButton::clicked, this, &SweepView::saveDefinition);
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, [this] { showSweep(-1); });
    connect(m_sweeps, &SweepController::sweepStarted, this, &SweepView::showSweep);
    connect(m_sweeps, &SweepController::trialEnded, this, [this](qint64 id) {
        if (id == currentSweep())
            scheduleReload();
    });
    connect(m_sweeps, &SweepController::sweepEnded, this, [this](qint64 id, const QString& problem) {
        if (!problem.isEmpty())
            emit errorOccurred(tr("Sweep %1 stopped: %2").arg(id).arg(problem));
        if (id == currentSweep())
            reload();
        else
            updateHeader();
    });
    display(SweepPage{});
}

QWidget* SweepView::createTrialsPage()
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_history = new CurvePlot(splitter);
    m_history->setObjectName(u"sweepHistoryPlot"_s);
    m_history->setLegendVisible(true);
    m_history->setMinimumHeight(220);
    m_sorted->setSourceModel(m_trials);
    m_sorted->setSortRole(SweepTrialsModel::SortRole);
    m_trialsView = new QTableView(splitter);
    m_trialsView->setObjectName(u"sweepTrialsTable"_s);
    m_trialsView->setModel(m_sorted);
    m_trialsView->setSortingEnabled(true);
    m_trialsView->sortByColumn(0, Qt::AscendingOrder);
    m_trialsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trialsView->setAlternatingRowColors(true);
    m_trialsView->verticalHeader()->hide();
    m_trialsView->horizontalHeader()->setStretchLastSection(true);
    m_trialsView->setToolTip(tr("Double-click a trial to open its run"));
    connect(m_trialsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QVariant run = index.data(SweepTrialsModel::RunIdRole);
        if (run.isValid())
            emit openRunRequested(run.toLongLong());
    });
    splitter->addWidget(m_history);
    splitter->addWidget(m_trialsView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    return splitter;
}

QWidget* SweepView::createParametersPage()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_scatterHost = new QWidget(scroll);
    m_scatterGrid = new QGridLayout(m_scatterHost);
    scroll->setWidget(m_scatterHost);
    return scroll;
}

QWidget* SweepView::createHeatMapPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_heatMapNote = noteLabel(page);
    m_heatMap = new HeatMapPlot(page);
    layout->addWidget(m_heatMapNote);
    layout->addWidget(m_heatMap, 1);
    return page;
}

QWidget* SweepView::createImportancePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_importanceNote = noteLabel(page);
    m_importance = new QTableWidget(0, 3, page);
    m_importance->setObjectName(u"sweepImportanceTable"_s);
    m_importance->setHorizontalHeaderLabels({tr("Parameter"), tr("Mean |SHAP|"), tr("Spearman ρ")});
    m_importance->verticalHeader()->hide();
    m_importance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_importance->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_importance->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_importanceNote);
    layout->addWidget(m_importance, 1);
    return page;
}

qint64 SweepView::currentSweep() const { return m_page.state ? m_page.state->record.id : -1; }

bool SweepView::isLoading() const { return !m_loader->isIdle(); }

void SweepView::showSweep(qint64 sweepId)
{
    m_requested = sweepId;
    reload();
}

void SweepView::scheduleReload()
{
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void SweepView::reload()
{
    if (!m_workspace->workspace()) {
        m_loader->dropAll();
        display(SweepPage{});
        return;
    }
    const QString directory = m_workspace->directory();
    SweepPageRequest request;
    request.sweepId = m_requested;
    if (m_page.state && m_page.state->record.id == m_requested) {
        request.importanceSweep = m_requested;
        request.importanceFinished = m_page.state->finished();
        for (auto it = m_curves.cbegin(); it != m_curves.cend(); ++it)
            request.knownCurves.insert(it.key());
    }
    m_loader->run({}, [directory, request](JobControl&) { return readSweepPage(directory, request); },
                  [this](SweepPage page) { display(std::move(page)); });
}

void SweepView::display(SweepPage page)
{
    QElapsedTimer clock;
    clock.start();
    const auto done = qScopeGuard([&] {
        // While trials end, the page is read again at most every eight times what showing it
        // took, and a millisecond per trial (its charts are drawn after): a large sweep keeps the
        // window answering (see the sweep page benchmark).
        const qint64 trials = m_page.state ? qint64(m_page.state->trials.size()) : 0;
        m_coalesce->setInterval(int(std::clamp(std::max(8 * clock.elapsed(), trials), qint64(kCoalesceMs), qint64(4000))));
    });
    const QString previousError = m_page.error;
    const qint64 previousSweep = currentSweep();
    if (!page.importanceRead && page.state && page.state->record.id == previousSweep) {
        page.importance = std::move(m_page.importance);
        page.importanceNote = std::move(m_page.importanceNote);
    }
    if (!page.state || page.state->record.id != previousSweep)
        m_curves.clear();
    for (auto it = page.curves.cbegin(); it != page.curves.cend(); ++it)
        m_curves.insert(it.key(), it.value());
    m_page = std::move(page);
    if (!m_page.error.isEmpty() && m_page.error != previousError)
        emit errorOccurred(m_page.error);
    fillChooser();
    const bool has = m_page.state.has_value();
    m_empty->setVisible(!has);
    m_tabs->setVisible(has);
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_status), static_cast<QWidget*>(m_progress)})
        w->setVisible(has);
    if (!has) {
        m_trials->setState(SweepState{});
        updateHeader();
        emit loaded();
        return;
    }
    m_requested = m_page.state->record.id;
    const SweepState& state = *m_page.state;
    m_trials->setState(state);
    const SweepConfigurations configurations = configurationsOf(state);
    showHistory(m_history, state, configurations);
    showParallel(m_parallel, state, configurations);

    // One scatter per searched parameter, two to a row.
    const std::vector<SearchDimension>& space = state.definition.space;
    if (m_scatters.size() != qsizetype(space.size())) {
        qDeleteAll(m_scatters);
        m_scatters.clear();
        for (std::size_t i = 0; i < space.size(); ++i) {
            auto* plot = new ScatterPlot(m_scatterHost);
            plot->setMinimumHeight(260);
            m_scatterGrid->addWidget(plot, int(i / 2), int(i % 2));
            m_scatters << plot;
        }
    }
    for (std::size_t i = 0; i < space.size(); ++i)
        showScatter(m_scatters[qsizetype(i)], space[i], state, configurations);

    const QStringList pair = showHeatMap(m_heatMap, state, configurations, m_page.importance);
    m_heatMapNote->setText(pair.size() < 2 ? tr("A heat map needs two searched parameters.")
                           : m_page.importance
                               ? tr("%1 and %2, the two parameters that mattered most (see Importance); each cell "
                                    "is the mean %3 of the configurations in it, with their count.")
                                     .arg(pair[0], pair[1], state.definition.objective())
                               : tr("%1 and %2; each cell is the mean %3 of the configurations in it, with their "
                                    "count (importance is not known yet).")
                                     .arg(pair[0], pair[1], state.definition.objective()));
    const bool halving = state.definition.strategy == SweepStrategy::Halving;
    m_tabs->setTabVisible(m_tabs->indexOf(m_rungPage), halving);
    if (halving)
        showRungs(m_rungs, state, m_curves);
    fillImportance();
    updateHeader();
    emit loaded();
}

void SweepView::fillChooser()
{
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    for (auto it = m_page.sweeps.crbegin(); it != m_page.sweeps.crend(); ++it)
        m_chooser->addItem(tr("%1 (sweep %2, %3)").arg(it->name).arg(it->id).arg(statusName(it->status)), it->id);
    m_chooser->setCurrentIndex(m_chooser->findData(currentSweep()));
    m_chooser->setEnabled(m_chooser->count() > 0);
}

void SweepView::fillImportance()
{
    m_importance->setRowCount(0);
    if (!m_page.importance) {
        m_importanceNote->setText(m_page.importanceNote);
        return;
    }
    const SweepImportance& importance = *m_page.importance;
    m_importanceNote->setText(
        importance.caution.isEmpty()
            ? tr("From a small XGBoost model fitted to %n finished configuration(s): each parameter's mean "
                 "|SHAP| on the objective, and its Spearman rank correlation with it.",
                 nullptr, importance.configurations)
            : importance.caution);
    m_importance->setRowCount(int(importance.parameters.size()));
    for (std::size_t i = 0; i < importance.parameters.size(); ++i) {
        const ParameterImportance& p = importance.parameters[i];
        const int row = int(i);
        m_importance->setItem(row, 0, new QTableWidgetItem(p.parameter));
        auto* shap = new QTableWidgetItem(QString::number(p.meanAbsShap, 'g', 4));
        auto* rho = new QTableWidgetItem(std::isfinite(p.spearman) ? QString::number(p.spearman, 'f', 3) : tr("constant"));
        shap->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        rho->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_importance->setItem(row, 1, shap);
        m_importance->setItem(row, 2, rho);
    }
}

QString SweepView::statusText() const { return m_status->text(); }

QString SweepView::statusName(const QString& status)
{
    static const QHash<QString, const char*> names{{u"planned"_s, QT_TR_NOOP("planned")},
                                                   {u"running"_s, QT_TR_NOOP("running")},
                                                   {u"finished"_s, QT_TR_NOOP("finished")},
                                                   {u"failed"_s, QT_TR_NOOP("failed")},
                                                   {u"stopped"_s, QT_TR_NOOP("stopped")}};
    const auto found = names.constFind(status);
    return found == names.constEnd() ? status : tr(*found);
}

void SweepView::updateHeader()
{
    const qint64 id = currentSweep();
    const bool runningHere = id >= 0 && m_sweeps->isRunning(id);
    m_stop->setEnabled(runningHere);
    m_save->setEnabled(id >= 0);
    if (!m_page.state) {
        m_resume->setEnabled(false);
        return;
    }
    const SweepState& state = *m_page.state;
    const QString status = state.record.status;
    const bool elsewhere = m_page.beingRun && !runningHere;
    m_resume->setEnabled(!runningHere && !elsewhere && status != u"finished"_s && !m_workspace->isReadOnly());
    static const QHash<SweepStrategy, const char*> strategies{{SweepStrategy::Grid, QT_TR_NOOP("grid")},
                                                               {SweepStrategy::Random, QT_TR_NOOP("random search")},
                                                               {SweepStrategy::Halving, QT_TR_NOOP("successive halving")},
                                                               {SweepStrategy::Tpe, QT_TR_NOOP("TPE")}};
    m_title->setText(tr("<b>%1</b> · %2 · %3").arg(state.record.name.toHtmlEscaped(),
                                                  tr(strategies.value(state.definition.strategy)), state.definition.objective()));
    // A progress bar whose text changes paints the window at once, inside this reading; with
    // updates off for the change it is painted with the rest of the window, a separate event.
    m_progress->setUpdatesEnabled(false);
    m_progress->setRange(0, std::max(1, state.planned));
    m_progress->setValue(std::min(state.finished(), state.planned));
    m_progress->setUpdatesEnabled(true);
    QString best = tr("no finished trial yet");
    if (state.bestTrial)
        best = tr("best %1 %2 (trial %3)").arg(state.definition.objective(), QString::number(state.bestValue, 'g', 6))
                   .arg(*state.bestTrial);
    // "running" in the record without a runner: the process that ran it ended without saying.
    const QString where = runningHere                 ? tr("running in this window")
                          : elsewhere                 ? tr("running in another process")
                          : status == u"running"_s    ? tr("interrupted (Resume continues it)")
                                                      : statusName(status);
    m_status->setText(tr("%1 · %2 of %3 trial runs ended · %4").arg(where).arg(state.finished()).arg(state.planned).arg(best));
}

void SweepView::saveDefinition()
{
    if (!m_page.state)
        return;
    const QString path = Dialogs::saveFile(this, tr("Save Sweep Definition"),
                                           QDir::home().filePath(m_page.state->record.name + u".json"_s),
                                           tr("Sweep definitions (*.json)"));
    if (path.isEmpty())
        return;
    if (auto saved = writeFileAtomically(path, QJsonDocument(m_page.state->definition.toJson()).toJson(QJsonDocument::Indented)); !saved)
        emit errorOccurred(saved.error().toString());
    else
        emit message(tr("Saved the definition of sweep %1 to %2.").arg(m_page.state->record.name, QDir::toNativeSeparators(path)));
}

} // namespace grove
