#include "ui/app/MainWindow.h"

#include "core/train/Environment.h"
#include "core/services/DatasetImport.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Settings.h"
#include "ui/common/WindowSize.h"
#include "ui/datasets/DatasetListModel.h"
#include "ui/datasets/DatasetProfileView.h"
#include "ui/datasets/DatasetsPanel.h"
#include "ui/datasets/ImportController.h"
#include "ui/evaluate/EvaluationView.h"
#include "ui/evaluate/ExplanationView.h"
#include "ui/history/HistoryActions.h"
#include "ui/registry/RegistryController.h"
#include "ui/registry/RegistryView.h"
#include "ui/registry/ValidationPanel.h"
#include "ui/runs/CompareView.h"
#include "ui/runs/NewRunDialog.h"
#include "ui/runs/RunView.h"
#include "ui/runs/RunsPanel.h"
#include "ui/runs/TrainingController.h"
#include "ui/sweeps/NewSweepDialog.h"
#include "ui/sweeps/SweepController.h"
#include "ui/sweeps/SweepView.h"
#include "ui/workspace/WorkspaceController.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace grove {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_workspace(new WorkspaceController(this)), m_messageBar(new MessageBar(this)),
      m_imports(nullptr), m_datasetsPanel(new DatasetsPanel(m_workspace, this)),
      m_profileView(new DatasetProfileView(m_workspace, this)), m_undoStack(new QUndoStack(this)), m_training(new TrainingController(m_workspace, this)),
      m_runsPanel(new RunsPanel(m_workspace, m_training, this)), m_runView(new RunView(m_workspace, m_training, this)),
      m_compareView(new CompareView(m_workspace, this)), m_registry(nullptr), m_registryView(nullptr),
      m_validationPanel(nullptr),
      m_centralTabs(new QTabWidget(this)), m_pages(new QStackedWidget(this)), m_welcomePage(nullptr),
      m_workspaceLabel(new QLabel(this)), m_trainingLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Grove"));
    setAcceptDrops(true);
    m_imports = new ImportController(m_workspace, statusBar(), m_messageBar, this, this);
    m_registry = new RegistryController(m_workspace, statusBar(), m_messageBar, this);
    m_registryView = new RegistryView(m_workspace, m_registry, this);
    m_evaluationView = new EvaluationView(m_workspace, this);
    m_runView->addPage(m_evaluationView, tr("Evaluation"));
    m_explanationView = new ExplanationView(m_workspace, this);
    m_runView->addPage(m_explanationView, tr("Explanations"));
    m_validationPanel = new ValidationPanel(m_workspace, m_registry, this);
    m_runView->addPage(m_validationPanel, tr("Validation && Export"));
    m_sweeps = new SweepController(m_workspace, statusBar(), this);
    m_sweepView = new SweepView(m_workspace, m_sweeps, this);

    m_welcomePage = createWelcomePage();
    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_profileView);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_messageBar);
    m_centralTabs->setObjectName(u"centralTabs"_s);
    m_centralTabs->setDocumentMode(true);
    m_centralTabs->addTab(m_pages, tr("Dataset"));
    m_centralTabs->addTab(m_runView, tr("Run"));
    m_centralTabs->addTab(m_compareView, tr("Compare"));
    m_centralTabs->addTab(m_sweepView, tr("Sweeps"));
    m_centralTabs->addTab(m_registryView, tr("Registry"));
    layout->addWidget(m_centralTabs, 1);
    setCentralWidget(central);

    createActions();
    createDocks();
    createMenus();
    m_workspaceLabel->setObjectName(u"workspaceLabel"_s);
    statusBar()->addWidget(m_workspaceLabel, 1);
    m_trainingLabel->setObjectName(u"trainingStatusLabel"_s);
    statusBar()->addPermanentWidget(m_trainingLabel);

    const auto showError = [this](const QString& text) { m_messageBar->showMessage(MessageBar::Kind::Error, text); };
    const auto showInformation = [this](const QString& text) { m_messageBar->showMessage(MessageBar::Kind::Information, text); };
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, &MainWindow::workspaceOpened);
    connect(m_workspace, &WorkspaceController::recentWorkspacesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_datasetsPanel, &DatasetsPanel::currentDatasetChanged, this, &MainWindow::currentDatasetChanged);
    connect(m_datasetsPanel, &DatasetsPanel::importRequested, this, [this] { triggerChange(m_importAction); });
    connect(m_datasetsPanel, &DatasetsPanel::errorOccurred, this, showError);
    connect(m_datasetsPanel, &DatasetsPanel::message, this, showInformation);
    connect(m_profileView, &DatasetProfileView::errorOccurred, this, showError);
    connect(m_imports, &ImportController::datasetImported, m_datasetsPanel, &DatasetsPanel::selectDataset);

    m_runsPanel->setUndoStack(m_undoStack);
    // Undo steps name runs by id, which mean other runs in another workspace.
    connect(m_workspace, &WorkspaceController::workspaceChanged, m_undoStack, &QUndoStack::clear);
    connect(m_runsPanel, &RunsPanel::currentRunChanged, this, &MainWindow::currentRunChanged);
    connect(m_runsPanel, &RunsPanel::newRunRequested, this, [this] { triggerChange(m_newRunAction); });
    connect(m_runsPanel, &RunsPanel::compareRequested, this, [this](const QList<qint64>& ids) {
        m_compareView->setRuns(ids);
        m_centralTabs->setCurrentWidget(m_compareView);
    });
    connect(m_compareView, &CompareView::message, this, showInformation);
    connect(m_compareView, &CompareView::errorOccurred, this, showError);
    connect(m_runsPanel, &RunsPanel::message, this, showInformation);
    // Moving runs to the trash says so, with Undo at hand (as long as nothing was done since).
    connect(m_runsPanel, &RunsPanel::runsTrashed, this, [this](int count, const QUndoCommand* command) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("Moved %n run(s) to the trash. Edit ▸ Undo brings them back.", nullptr, count),
                                  tr("Undo"), [this, command] {
                                      const int top = m_undoStack->index();
                                      if (top > 0 && m_undoStack->command(top - 1) == command)
                                          m_undoStack->undo();
                                  });
    });
    connect(m_runsPanel, &RunsPanel::errorOccurred, this, showError);
    connect(m_runView, &RunView::newRunFromRequested, this, [this](qint64 id) { showNewRunDialog(id); });
    connect(m_runView, &RunView::runQueued, m_runsPanel, &RunsPanel::selectRun);
    connect(m_runView, &RunView::errorOccurred, this, showError);
    connect(m_runView, &RunView::message, this, showInformation);
    connect(m_runView, &RunView::runChanged, m_validationPanel, &ValidationPanel::setRun);
    connect(m_runView, &RunView::runChanged, m_evaluationView, &EvaluationView::setRun);
    connect(m_runView, &RunView::runChanged, m_explanationView, &ExplanationView::setRun);
    connect(m_evaluationView, &EvaluationView::errorOccurred, this, showError);
    connect(m_evaluationView, &EvaluationView::message, this, showInformation);
    connect(m_explanationView, &ExplanationView::errorOccurred, this, showError);
    connect(m_explanationView, &ExplanationView::message, this, showInformation);
    connect(m_validationPanel, &ValidationPanel::errorOccurred, this, showError);
    connect(m_registry, &RegistryController::exported, this, [this](qint64, const QString& model, int version) {
        m_registryView->showVersionWhenRead(model, version);
    });
    const auto openRun = [this](qint64 id) {
        m_runsPanel->selectRun(id);
        currentRunChanged(id);
    };
    connect(m_registryView, &RegistryView::openRunRequested, this, openRun);
    connect(m_sweepView, &SweepView::openRunRequested, this, openRun);
    connect(m_sweepView, &SweepView::newSweepRequested, this, [this] { triggerChange(m_newSweepAction); });
    connect(m_sweepView, &SweepView::errorOccurred, this, showError);
    connect(m_sweepView, &SweepView::message, this, showInformation);
    connect(m_runView, &RunView::sweepAroundRequested, this, [this](qint64 id) {
        if (m_workspace->isReadOnly())
            triggerChange(m_newSweepAction); // says why it is off
        else
            showNewSweepDialog(id);
    });
    connect(m_training, &TrainingController::activityChanged, this, &MainWindow::updateTrainingStatus);
    connect(m_training, &TrainingController::runFinished, this, [this](qint64 id, RunStatus status, const QString& text) {
        if (status == RunStatus::Failed)
            m_messageBar->showMessage(MessageBar::Kind::Error, tr("Run %1 failed: %2").arg(id).arg(text));
    });

    // The first time: a size that grows with the screen (and fits a laptop's), centred on it.
    if (!restoreGeometry(Settings::value(Settings::Key::WindowGeometry).toByteArray()))
        placeOnScreen(this, QSize(1280, 820), 0.85);
    m_restoredLayout = restoreState(Settings::value(Settings::Key::WindowState).toByteArray());
    updateRecentMenu();
    currentDatasetChanged(-1);
    updateTrainingStatus(0, 0);
}

MainWindow::~MainWindow()
{
    // Registry jobs report to the status bar and the message bar: they end (cancelled where
    // they can be) before those widgets go.
    delete m_registry;
}

QString MainWindow::sampleDatasetPath() { return u":/samples/customer_churn.csv"_s; }

void MainWindow::createActions()
{
    m_importAction = new QAction(QIcon::fromTheme(u"document-import"_s, style()->standardIcon(QStyle::SP_FileDialogNewFolder)),
                                 tr("&Import Dataset…"), this);
    m_importAction->setShortcut(tr("Ctrl+I"));
    m_importAction->setStatusTip(tr("Import a CSV, TSV or LIBSVM file as a new dataset"));
    m_importAction->setObjectName(u"importAction"_s);
    connect(m_importAction, &QAction::triggered, this, [this] { m_imports->showImportDialog(); });

    m_openWorkspaceAction = new QAction(QIcon::fromTheme(u"folder-open"_s, style()->standardIcon(QStyle::SP_DirOpenIcon)),
                                        tr("&Open Workspace…"), this);
    m_openWorkspaceAction->setShortcut(QKeySequence::Open);
    m_openWorkspaceAction->setStatusTip(tr("Open a workspace folder, or choose an empty folder to create one"));
    m_openWorkspaceAction->setObjectName(u"openWorkspaceAction"_s);
    connect(m_openWorkspaceAction, &QAction::triggered, this, &MainWindow::chooseWorkspace);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_renameAction = new QAction(tr("&Rename Dataset"), this);
    m_renameAction->setShortcut(Qt::Key_F2);
    m_renameAction->setObjectName(u"renameAction"_s);
    connect(m_renameAction, &QAction::triggered, m_datasetsPanel, &DatasetsPanel::renameCurrent);

    m_deleteAction = new QAction(QIcon::fromTheme(u"edit-delete"_s, style()->standardIcon(QStyle::SP_TrashIcon)),
                                 tr("&Delete Dataset…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setObjectName(u"deleteAction"_s);
    connect(m_deleteAction, &QAction::triggered, m_datasetsPanel, &DatasetsPanel::deleteCurrent);

    m_newRunAction = new QAction(QIcon::fromTheme(u"media-playback-start"_s, style()->standardIcon(QStyle::SP_MediaPlay)),
                                 tr("&New Run…"), this);
    m_newRunAction->setShortcut(tr("Ctrl+R"));
    m_newRunAction->setStatusTip(tr("Configure and start an XGBoost training run"));
    m_newRunAction->setObjectName(u"newRunAction"_s);
    connect(m_newRunAction, &QAction::triggered, this, [this] { showNewRunDialog(); });

    m_newSweepAction = new QAction(tr("New S&weep…"), this);
    m_newSweepAction->setStatusTip(tr("Search XGBoost configurations: grid, random, successive halving or TPE"));
    m_newSweepAction->setObjectName(u"newSweepAction"_s);
    connect(m_newSweepAction, &QAction::triggered, this, [this] { showNewSweepDialog(); });

    m_cancelRunAction = new QAction(QIcon::fromTheme(u"process-stop"_s, style()->standardIcon(QStyle::SP_BrowserStop)),
                                    tr("&Cancel All Runs"), this);
    m_cancelRunAction->setStatusTip(tr("Stop every queued and running training of this Grove window"));
    m_cancelRunAction->setObjectName(u"cancelAllRunsAction"_s);
    connect(m_cancelRunAction, &QAction::triggered, m_training, &TrainingController::cancelAll);

    m_aboutAction = new QAction(tr("&About Grove"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createDocks()
{
    m_datasetsDock = new QDockWidget(tr("Datasets"), this);
    m_datasetsDock->setObjectName(u"datasetsDock"_s);
    m_datasetsDock->setWidget(m_datasetsPanel);
    m_datasetsDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_datasetsDock);

    m_runsDock = new QDockWidget(tr("Runs"), this);
    m_runsDock->setObjectName(u"runsDock"_s);
    m_runsDock->setWidget(m_runsPanel);
    m_runsDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(Qt::LeftDockWidgetArea, m_runsDock);
    splitDockWidget(m_datasetsDock, m_runsDock, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_restoredLayout) {
        // First start: give the datasets list room for its names (later, the saved layout rules).
        // Deferred until the window's layout has settled, or the dock ignores it.
        m_restoredLayout = true;
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_datasetsDock}, {480}, Qt::Horizontal);
            resizeDocks({m_datasetsDock, m_runsDock}, {1, 1}, Qt::Vertical);
        });
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_openWorkspaceAction);
    m_recentMenu = file->addMenu(tr("Recent &Workspaces"));
    m_recentMenu->setObjectName(u"recentWorkspacesMenu"_s);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undoAction"_s);
    QAction* redo = m_undoStack->createRedoAction(this, tr("Re&do"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(u"redoAction"_s);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_renameAction);
    edit->addAction(m_deleteAction);

    QMenu* training = menuBar()->addMenu(tr("&Training"));
    training->addAction(m_newRunAction);
    training->addAction(m_newSweepAction);
    training->addAction(m_cancelRunAction);
    training->addActions(m_runsPanel->trashActions());
    training->addSeparator();
    QMenu* concurrency = training->addMenu(tr("Concurrent &Runs"));
    concurrency->setObjectName(u"concurrentRunsMenu"_s);
    auto* group = new QActionGroup(this);
    for (int runs : {1, 2, 3, 4}) {
        QAction* action = concurrency->addAction(tr("%n run(s) at a time", nullptr, runs));
        action->setCheckable(true);
        action->setChecked(m_training->maxConcurrent() == runs);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, runs] { m_training->setMaxConcurrent(runs); });
        m_concurrencyActions << action;
    }

    QMenu* registry = menuBar()->addMenu(tr("&Registry"));
    registry->addAction(m_registryView->checkDriftAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* toggleDatasets = m_datasetsDock->toggleViewAction();
    toggleDatasets->setText(tr("&Datasets Panel"));
    view->addAction(toggleDatasets);
    QAction* toggleRuns = m_runsDock->toggleViewAction();
    toggleRuns->setText(tr("&Runs Panel"));
    view->addAction(toggleRuns);
    (new HistoryActions(m_workspace, m_registry, this))->addTo(view, registry);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_openWorkspaceAction);
    toolbar->addSeparator();
    toolbar->addAction(m_newRunAction);
    view->addAction(toolbar->toggleViewAction());
}

QWidget* MainWindow::createWelcomePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(u"welcomePage"_s);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto* title = new QLabel(page);
    title->setObjectName(u"welcomeTitle"_s);
    title->setAlignment(Qt::AlignCenter);
    // The title fits the workspace: empty, or with datasets of which none is selected.
    auto updateTitle = [this, title] {
        title->setText(m_datasetsPanel->model()->rowCount() > 0 ? tr("<h2>Choose a dataset to see its profile</h2>")
                                                                : tr("<h2>Bring in a dataset to begin</h2>"));
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_datasetsPanel->model(), signal, title, updateTitle);
    connect(m_datasetsPanel->model(), &QAbstractItemModel::modelReset, title, updateTitle);
    updateTitle();
    auto* text = new QLabel(tr("Drop a CSV, TSV or LIBSVM file on this window, or import one. Grove shows "
                               "the first rows and the type it guesses for each column before anything "
                               "is stored. Select a dataset on the left to see its profile."),
                            page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A wrapped label placed with an alignment gets no height-for-width from the layout: give it
    // its width and the height that width needs, or its lines are cut off.
    text->setFixedWidth(560);
    text->setMinimumHeight(text->heightForWidth(560));
    auto* button = new QPushButton(tr("Import Dataset…"), page);
    button->setObjectName(u"welcomeImportButton"_s);
    connect(button, &QPushButton::clicked, this, [this] { m_imports->showImportDialog(); });
    m_welcomeWorkspace = new QLabel(page);
    m_welcomeWorkspace->setAlignment(Qt::AlignCenter);
    m_welcomeWorkspace->setEnabled(false);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(m_welcomeWorkspace);
    layout->addStretch(3);
    return page;
}

void MainWindow::openInitialWorkspace(const QString& requested)
{
    QString directory = requested;
    if (directory.isEmpty()) {
        const QString last = Settings::value(Settings::Key::LastWorkspace).toString();
        if (!last.isEmpty() && Workspace::isWorkspace(last))
            directory = last;
    }
    const QString fallback = Workspace::defaultDirectory();
    if (directory.isEmpty())
        directory = fallback;
    bool fellBack = false;
    if (auto status = m_workspace->open(directory); !status) {
        m_messageBar->showMessage(MessageBar::Kind::Error, status.error().toString());
        if (QDir(directory) == QDir(fallback) || !m_workspace->open(fallback))
            return;
        directory = fallback;
        fellBack = true;
    }
    // After a refused workspace, its message stays on screen: no sample import replaces it.
    if (m_workspace->wasCreated() && QDir(directory) == QDir(fallback) && !fellBack) {
        ImportOptions sample;
        sample.path = sampleDatasetPath();
        sample.name = tr("customer_churn (sample)");
        m_imports->startImport(sample);
    }
}

void MainWindow::openWorkspace(const QString& directory)
{
    if (auto status = m_workspace->open(directory); !status)
        m_messageBar->showMessage(MessageBar::Kind::Error, status.error().toString());
}

void MainWindow::chooseWorkspace()
{
    const QString start = m_workspace->directory().isEmpty() ? QDir::homePath()
                                                             : QFileInfo(m_workspace->directory()).absolutePath();
    const QString directory = Dialogs::existingDirectory(this, tr("Open Workspace"), start);
    if (!directory.isEmpty())
        openWorkspace(directory);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_workspace->recentWorkspaces();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(path != m_workspace->directory());
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("Clear List"));
    clear->setEnabled(recent.size() > 1);
    connect(clear, &QAction::triggered, m_workspace, &WorkspaceController::clearRecentWorkspaces);
}

void MainWindow::workspaceOpened(const QString& directory)
{
    const QString name = QFileInfo(directory).fileName();
    setWindowTitle(tr("%1 — Grove").arg(name));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(directory)));
    m_welcomeWorkspace->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(directory)));
    // A read-only workspace (a CD, a read-only share, someone else's folder) can be browsed,
    // compared and predicted with; what would change it is off.
    const bool readOnly = m_workspace->isReadOnly();
    for (QAction* action : {m_importAction, m_newRunAction, m_newSweepAction})
        action->setEnabled(!readOnly);
    const bool hasDataset = m_datasetsPanel->currentDatasetId() >= 0;
    m_renameAction->setEnabled(hasDataset && !readOnly);
    m_deleteAction->setEnabled(hasDataset && !readOnly);
    if (readOnly) {
        setWindowTitle(tr("%1 (read-only) — Grove").arg(name));
        m_workspaceLabel->setText(tr("Workspace: %1 (read-only)").arg(QDir::toNativeSeparators(directory)));
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("This workspace cannot be changed here (read-only disk or no write "
                                     "permission). You can browse its datasets and runs, compare runs and "
                                     "predict; importing, training and editing are off. To change it, copy "
                                     "the folder somewhere writable and open the copy."));
    }
    updateRecentMenu();
}

void MainWindow::triggerChange(QAction* action)
{
    if (m_workspace->isReadOnly())
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("%1 is off: this workspace is read-only. Copy the folder somewhere "
                                     "writable and open the copy to change it.")
                                      .arg(action->text().remove(u'&')));
    else
        action->trigger();
}

void MainWindow::currentDatasetChanged(qint64 id)
{
    const bool has = id >= 0;
    m_renameAction->setEnabled(has && !m_workspace->isReadOnly());
    m_deleteAction->setEnabled(has && !m_workspace->isReadOnly());
    m_pages->setCurrentWidget(has ? static_cast<QWidget*>(m_profileView) : m_welcomePage);
    m_profileView->showDataset(id);
    if (has)
        m_centralTabs->setCurrentWidget(m_pages);
}

void MainWindow::currentRunChanged(qint64 id)
{
    m_runView->showRun(id);
    if (id >= 0)
        m_centralTabs->setCurrentWidget(m_runView);
}

void MainWindow::updateTrainingStatus(int running, int waiting)
{
    m_cancelRunAction->setEnabled(running + waiting > 0);
    if (running + waiting == 0) {
        m_trainingLabel->clear();
        return;
    }
    m_trainingLabel->setText(waiting > 0 ? tr("Training: %1 running, %2 waiting").arg(running).arg(waiting)
                                         : tr("Training: %n run(s)", nullptr, running));
}

NewRunDialog* MainWindow::showNewRunDialog(qint64 copyFrom)
{
    if (!m_workspace->workspace())
        return nullptr;
    auto* dialog = new NewRunDialog(m_workspace, m_training, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (copyFrom >= 0)
        dialog->copyFromRun(copyFrom);
    else if (const qint64 dataset = m_datasetsPanel->currentDatasetId(); dataset >= 0)
        dialog->setDataset(dataset);
    connect(dialog, &NewRunDialog::runQueued, m_runsPanel, &RunsPanel::selectRun);
    dialog->open();
    return dialog;
}

NewSweepDialog* MainWindow::showNewSweepDialog(qint64 aroundRun)
{
    if (!m_workspace->workspace())
        return nullptr;
    auto* dialog = new NewSweepDialog(m_workspace, m_training, m_sweeps, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (aroundRun >= 0)
        dialog->sweepAroundRun(aroundRun);
    else if (const qint64 dataset = m_datasetsPanel->currentDatasetId(); dataset >= 0)
        dialog->setDataset(dataset);
    connect(dialog, &NewSweepDialog::sweepStarted, this, [this] { m_centralTabs->setCurrentWidget(m_sweepView); });
    dialog->open();
    return dialog;
}

void MainWindow::showAbout()
{
    const EnvironmentInfo info = environmentInfo();
    QMessageBox::about(this, tr("About Grove"),
                       tr("<h3>Grove %1</h3><p>A workbench for gradient-boosted-tree experiments: import "
                          "datasets, train and compare XGBoost runs, validate models and hand them to "
                          "your team through a shared folder.</p><p>libxgboost %2 · Qt %3 · SQLite %4</p>")
                           .arg(info.groveVersion, info.xgboostVersion, info.qtVersion, info.sqliteVersion));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_imports->runningImports() > 0)
        m_imports->cancelAll();
    m_registry->cancelAll();
    if (!m_training->isIdle() || !m_sweeps->isIdle()) {
        if (!Dialogs::confirm(this, tr("Quit Grove"),
                              tr("Runs are still training. Quitting cancels them; their curves so far are kept, "
                                 "and a stopped sweep continues with Resume."),
                              tr("Cancel Runs and Quit"))) {
            event->ignore();
            return;
        }
        m_training->cancelAll();
        m_sweeps->stopAll();
    }
    Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::WindowState, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    m_imports->importFiles(files);
}

} // namespace grove
