// Drives training through the real main window offscreen: the New Run dialog starts a run that
// finishes with its curves drawn; a configuration XGBoost rejects is reported in the dialog and
// queues nothing; Cancel stops a long run; the queue holds a second run while one trains; a
// finished run is reproduced bit for bit. With GROVE_SCREENSHOT_DIR set, it saves pictures of
// the dialog and of a run being watched live.

#include "core/services/DatasetImport.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"
#include "core/train/TrainingQueue.h"
#include "tests/GuiWindow.h"
#include "tests/TestFiles.h"
#include "ui/app/MainWindow.h"
#include "ui/charts/CurvePlot.h"
#include "ui/charts/ParallelPlot.h"
#include "ui/charts/ScatterPlot.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Settings.h"
#include "ui/datasets/DatasetsPanel.h"
#include "ui/runs/CompareView.h"
#include "ui/runs/ImportanceChart.h"
#include "ui/runs/MetricChart.h"
#include "ui/runs/NewRunDialog.h"
#include "ui/runs/RunListModel.h"
#include "ui/runs/RunView.h"
#include "ui/runs/RunsPanel.h"
#include "ui/runs/TrainingController.h"
#include "ui/runs/TrashDialog.h"
#include "ui/workspace/WorkspaceController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

// Customers with a churn label that depends on their features (and some noise).
QByteArray customersCsv(int rows)
{
    std::mt19937 random(7);
    std::normal_distribution<double> normal;
    QByteArray csv = "tenure,charges,calls,plan,score,churned\n";
    const char* plans[] = {"basic", "plus", "pro"};
    for (int i = 0; i < rows; ++i) {
        const double tenure = std::abs(normal(random)) * 20;
        const double charges = 50 + normal(random) * 15;
        const int calls = int(std::abs(normal(random)) * 3);
        const int plan = int(random() % 3);
        const double score = normal(random);
        const double logit = -1.0 - 0.08 * tenure + 0.03 * (charges - 50) + 0.5 * calls + 0.4 * plan + normal(random);
        csv += QByteArray::number(tenure, 'f', 2) + ',' + QByteArray::number(charges, 'f', 2) + ',' +
               QByteArray::number(calls) + ',' + plans[plan] + ',' + QByteArray::number(score, 'f', 4) + ',' +
               (logit > 0 ? "1" : "0") + '\n';
    }
    return csv;
}

void saveScreenshot(QWidget* widget, const QString& name, QSize size = QSize()) { QVERIFY(test::saveScreenshot(widget, name, size)); }

std::optional<RunRecord> run(MainWindow& window, qint64 id)
{
    auto found = RunStore(window.workspaceController()->workspace()->database()).byId(id);
    return found ? *found : std::nullopt;
}

} // namespace

class TestGuiTraining : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Settings::clear();
        QVERIFY(m_root.isValid());
        m_workspace = m_root.filePath(u"ws"_s);
        const QString csv = m_root.filePath(u"customers.csv"_s);
        QVERIFY(!test::writeFile(csv, customersCsv(3000)).isEmpty());
        const QString big = m_root.filePath(u"customers_large.csv"_s);
        QVERIFY(!test::writeFile(big, customersCsv(60000)).isEmpty());
        auto workspace = Workspace::openOrCreate(m_workspace);
        QVERIFY(workspace.ok());
        JobControl control;
        ImportOptions options;
        options.path = csv;
        auto imported = importDataset(*workspace, options, control);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
        m_dataset = imported->dataset.id;
        options.path = big;
        auto large = importDataset(*workspace, options, control);
        QVERIFY(large.ok());
        m_largeDataset = large->dataset.id;
    }

    void init() { Settings::clear(); }

    void newRunDialogStartsARunThatFinishesWithCurves()
    {
        MainWindow window;
        QVERIFY(test::openWindow(window, m_workspace));
        const int runsBefore = window.runsPanel()->model()->rowCount();

        window.findChild<QAction*>(u"newRunAction"_s)->trigger();
        NewRunDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<NewRunDialog*>()) != nullptr);
        auto* datasetCombo = dialog->findChild<QComboBox*>(u"datasetCombo"_s);
        datasetCombo->setCurrentIndex(datasetCombo->findData(m_dataset));
        QTRY_VERIFY(dialog->columnsLoaded());

        // The target Grove proposes is the 0/1 column, and the task is guessed from it.
        auto* target = dialog->findChild<QComboBox*>(u"targetCombo"_s);
        QCOMPARE(target->currentData().toString(), u"churned"_s);
        QVERIFY(dialog->findChild<QComboBox*>(u"taskCombo"_s)->currentText().contains(u"Binary"_s));
        // Parameters carry their explanation and bounds.
        auto* eta = dialog->findChild<QDoubleSpinBox*>(u"etaSpin"_s);
        QVERIFY(!eta->toolTip().isEmpty());
        QVERIFY(eta->minimum() > 0);
        auto* subsample = dialog->findChild<QDoubleSpinBox*>(u"subsampleSpin"_s);
        QCOMPARE(subsample->maximum(), 1.0);

        dialog->findChild<QSpinBox*>(u"roundsSpin"_s)->setValue(40);
        dialog->findChild<QSpinBox*>(u"threadsSpin"_s)->setValue(2);
        eta->setValue(0.2);
        saveScreenshot(dialog, u"new-run-dialog.png"_s, QSize(1100, 640));
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"startTrainingButton"_s), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<NewRunDialog*>() == nullptr || !window.findChild<NewRunDialog*>()->isVisible());

        // The new run is listed and selected, the run page shows it, and it finishes.
        QTRY_COMPARE(window.runsPanel()->model()->rowCount(), runsBefore + 1);
        const qint64 id = window.runsPanel()->currentRun();
        QVERIFY(id > 0);
        QCOMPARE(window.runView()->currentRun(), id);
        QCOMPARE(window.findChild<QTabWidget*>(u"centralTabs"_s)->currentWidget(), window.runView());
        QTRY_COMPARE_WITH_TIMEOUT(run(window, id)->status, RunStatus::Finished, 60000);
        QTRY_VERIFY(window.trainingController()->isIdle());

        // One chart per metric, each with 40 points for training and for validation.
        const RunRecord finished = *run(window, id);
        QCOMPARE(finished.roundsDone, 40);
        QStringList metrics;
        for (MetricChart* chart : window.runView()->charts())
            metrics << chart->metricName();
        metrics.sort();
        QCOMPARE(metrics, (QStringList{u"auc"_s, u"error"_s, u"logloss"_s}));
        MetricChart* logloss = window.runView()->chart(u"logloss"_s);
        QTRY_COMPARE(logloss->pointCount(u"train"_s), 40);
        QCOMPARE(logloss->pointCount(u"valid"_s), 40);
        QVERIFY(logloss->bestIteration().has_value());
        // The run page's curves are the Compare page's plot: the best iteration is marked, the
        // legend names the splits, hovering reads out a stored value, the wheel zooms (and a
        // double-click shows everything again), the log scale switches, and the chart exports.
        CurvePlot* plot = logloss->plot();
        QCOMPARE(plot->curveCount(), 2);
        QCOMPARE(plot->marker(), std::optional<double>(*logloss->bestIteration()));
        plot->grab();
        const QPoint onCurve = plot->pointPosition(1, 20).toPoint();
        const auto hit = plot->hitAt(onCurve);
        QVERIFY(hit.has_value());
        QVERIFY(plot->readout(*hit).contains(u"iteration"_s));
        const CurvePlot::Range full = plot->view();
        plot->zoomAt(onCurve, 0.5);
        QVERIFY(plot->view().x1 - plot->view().x0 < full.x1 - full.x0);
        plot->resetView();
        QCOMPARE(plot->view(), full);
        logloss->findChild<QCheckBox*>(u"metricLogScale_logloss"_s)->setChecked(true);
        QVERIFY(plot->isLogScale());
        QTemporaryDir exports;
        QString exportError;
        QVERIFY2(logloss->exportTo(exports.filePath(u"logloss.svg"_s), &exportError), qPrintable(exportError));
        QVERIFY(QFileInfo(exports.filePath(u"logloss.svg"_s)).size() > 1000);
        logloss->findChild<QCheckBox*>(u"metricLogScale_logloss"_s)->setChecked(false);
        QCOMPARE(window.findChild<QProgressBar*>(u"runProgress"_s)->value(), 1000);
        // Final metrics are listed, and the importance chart ranks the features the model used.
        QVERIFY(finished.finalMetrics.value(u"valid"_s).toObject().value(u"auc"_s).toDouble() > 0.7);
        QVERIFY(!window.runView()->importanceChart()->features().isEmpty());
        QVERIFY(window.runView()->importanceChart()->features().contains(u"tenure"_s));
        // The value axis says what the bars measure.
        const auto valueAxes = window.runView()->importanceChart()->chart()->axes(Qt::Horizontal);
        QCOMPARE(valueAxes.size(), 1);
        QCOMPARE(valueAxes.front()->titleText(), ImportanceChart::axisTitle(window.runView()->importanceChart()->kind()));
        QVERIFY(valueAxes.front()->titleText().contains(u"gain"_s));
        auto* tabs = window.findChild<QTabWidget*>(u"runTabs"_s);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            saveScreenshot(&window, u"run-finished-%1.png"_s.arg(tab));
        }
        tabs->setCurrentIndex(0);
        // The list shows it as finished with its key metric.
        const int row = window.runsPanel()->model()->rowOf(id);
        QCOMPARE(window.runsPanel()->model()->index(row, RunListModel::Status).data().toString(), u"Finished"_s);
        QVERIFY(window.runsPanel()->model()->index(row, RunListModel::Metric).data().toString().startsWith(u"auc "_s));

        // Reproduce: a new run, trained again, with the same model bytes.
        QTest::mouseClick(window.findChild<QPushButton*>(u"reproduceButton"_s), Qt::LeftButton);
        QTRY_COMPARE(window.runsPanel()->model()->rowCount(), runsBefore + 2);
        const qint64 rerun = window.runsPanel()->currentRun();
        QVERIFY(rerun != id);
        QTRY_COMPARE_WITH_TIMEOUT(run(window, rerun)->status, RunStatus::Finished, 60000);
        QCOMPARE(run(window, rerun)->reproducedFrom, std::optional<qint64>(id));
        QCOMPARE(run(window, rerun)->modelSha256, finished.modelSha256);
        QTRY_VERIFY(window.findChild<QLabel*>(u"runNote"_s)->text().contains(u"bit-identical"_s));

        // New Run from This copies the configuration.
        QTest::mouseClick(window.findChild<QPushButton*>(u"newRunFromButton"_s), Qt::LeftButton);
        QTRY_VERIFY((dialog = window.findChild<NewRunDialog*>()) != nullptr);
        QTRY_VERIFY(dialog->columnsLoaded());
        const RunConfig copied = dialog->config();
        QCOMPARE(copied.rounds, 40);
        QCOMPARE(copied.threads, 2);
        QCOMPARE(copied.params.eta, 0.2);
        QCOMPARE(copied.target, u"churned"_s);
        dialog->reject();
    }

    void aRejectedConfigurationIsExplainedInTheDialog()
    {
        MainWindow window;
        window.show();
        window.openInitialWorkspace(m_workspace);
        QTRY_VERIFY(!window.runsPanel()->model()->isLoading()); // the runs are read in the background
        const int runsBefore = window.runsPanel()->model()->rowCount();
        NewRunDialog* dialog = window.showNewRunDialog();
        dialog->setDataset(m_dataset);
        QTRY_VERIFY(dialog->columnsLoaded());
        // A metric XGBoost does not know: its own message comes back, and nothing is queued.
        dialog->findChild<QLineEdit*>(u"metricsEdit"_s)->setText(u"logloss, no_such_metric"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"startTrainingButton"_s), Qt::LeftButton);
        auto* problem = dialog->findChild<QLabel*>(u"problemLabel"_s);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"no_such_metric"_s), qPrintable(problem->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(window.runsPanel()->model()->rowCount(), runsBefore);
        QCOMPARE(RunStore(window.workspaceController()->workspace()->database()).list()->size(), runsBefore);

        // An unknown "other" parameter format is caught before anything runs.
        dialog->findChild<QLineEdit*>(u"metricsEdit"_s)->clear();
        dialog->findChild<QLineEdit*>(u"extraParametersEdit"_s)->setText(u"max_leaves"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"startTrainingButton"_s), Qt::LeftButton);
        QVERIFY(problem->text().contains(u"max_leaves"_s));
        dialog->reject();
    }

    void cancelStopsALongRunAndTheQueueWaits()
    {
        MainWindow window;
        QVERIFY(test::openWindow(window, m_workspace));
        TrainingController* training = window.trainingController();
        training->setMaxConcurrent(1);

        RunConfig slow;
        slow.dataset = QString::number(m_largeDataset);
        slow.target = u"churned"_s;
        slow.rounds = 3000;
        slow.params.eta = 0.01;
        slow.params.maxDepth = 8;
        slow.threads = 2;
        qint64 first = -1, second = -1;
        training->submit(slow, [&](const Result<qint64>& id) { first = id.ok() ? *id : 0; });
        QTRY_VERIFY(first != -1);
        QVERIFY(first > 0);
        RunConfig quick = slow;
        quick.rounds = 5;
        training->submit(quick, [&](const Result<qint64>& id) { second = id.ok() ? *id : 0; });
        QTRY_VERIFY(second > 0);

        // One slot: the second run waits while the first trains.
        window.runsPanel()->selectRun(first);
        QTRY_VERIFY(training->live(first) && training->live(first)->roundsDone >= 30);
        QCOMPARE(run(window, second)->status, RunStatus::Queued);
        QVERIFY(training->queue()->isWaiting(window.workspaceController()->directory(), second));
        QVERIFY(window.findChild<QLabel*>(u"trainingStatusLabel"_s)->text().contains(u"1 waiting"_s));
        // The curves grow live, and the time left is estimated.
        MetricChart* chart = window.runView()->chart(u"logloss"_s);
        QVERIFY(chart);
        QTRY_VERIFY(chart->pointCount(u"valid"_s) >= 30);
        QTRY_VERIFY(window.findChild<QLabel*>(u"runEta"_s)->text().contains(u"left"_s));
        QTest::qWait(300);
        saveScreenshot(&window, u"run-live.png"_s);

        // Cancel stops it within a round; what was learnt so far stays visible.
        auto* cancel = window.findChild<QPushButton*>(u"cancelRunButton"_s);
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(run(window, first)->status, RunStatus::Cancelled, 20000);
        const RunRecord cancelled = *run(window, first);
        QVERIFY(cancelled.roundsDone < 3000);
        QVERIFY(cancelled.message.contains(u"Cancelled"_s));
        QVERIFY(!RunStore(window.workspaceController()->workspace()->database()).history(first)->empty());
        // Then the waiting run gets the slot and finishes.
        QTRY_COMPARE_WITH_TIMEOUT(run(window, second)->status, RunStatus::Finished, 60000);
        QTRY_VERIFY(training->isIdle());
    }

    void cancellingAWaitingRunMarksItWithoutTraining()
    {
        MainWindow window;
        window.show();
        window.openInitialWorkspace(m_workspace);
        QTRY_VERIFY(!window.runsPanel()->model()->isLoading()); // the runs are read in the background
        TrainingController* training = window.trainingController();
        training->setMaxConcurrent(1);
        RunConfig slow;
        slow.dataset = QString::number(m_largeDataset);
        slow.target = u"churned"_s;
        slow.rounds = 3000;
        slow.params.eta = 0.01;
        qint64 first = -1, second = -1;
        training->submit(slow, [&](const Result<qint64>& id) { first = id.ok() ? *id : 0; });
        QTRY_VERIFY(first > 0);
        training->submit(slow, [&](const Result<qint64>& id) { second = id.ok() ? *id : 0; });
        QTRY_VERIFY(second > 0);
        training->cancel(second);
        QTRY_COMPARE(run(window, second)->status, RunStatus::Cancelled);
        QCOMPARE(run(window, second)->roundsDone, 0);
        QVERIFY(!run(window, second)->startedAt.isValid());
        training->cancel(first);
        QTRY_COMPARE_WITH_TIMEOUT(run(window, first)->status, RunStatus::Cancelled, 20000);
        QTRY_VERIFY(training->isIdle());
    }

    void theFilterBoxNarrowsTheRunsAndPointsAtMistakes()
    {
        {
            // Runs of its own: two finished with different eta, one cancelled before it started.
            auto workspace = Workspace::openOrCreate(m_workspace);
            QVERIFY(workspace.ok());
            for (double eta : {0.1, 0.3, 0.25}) {
                RunConfig config;
                config.dataset = QString::number(m_dataset);
                config.target = u"churned"_s;
                config.rounds = 5;
                config.params.eta = eta;
                auto id = queueRun(*workspace, config);
                QVERIFY(id.ok());
                JobControl control;
                if (eta == 0.25)
                    QVERIFY(RunStore(workspace->database()).finish(*id, RunStatus::Cancelled, u"Cancelled before it started."_s).ok());
                else
                    QVERIFY(executeRun(*workspace, *id, control).ok());
            }
        }
        MainWindow window;
        QVERIFY(test::openWindow(window, m_workspace));
        RunsPanel* panel = window.runsPanel();
        auto runs = RunStore(window.workspaceController()->workspace()->database()).list();
        QVERIFY(runs && runs->size() >= 3);
        const auto count = [&](RunStatus status) {
            return int(std::count_if(runs->begin(), runs->end(), [&](const RunRecord& r) { return r.status == status; }));
        };
        QTableView* view = panel->view();
        QCOMPARE(view->model()->rowCount(), int(runs->size()));

        QTest::keyClicks(panel->filterEdit(), u"status = cancelled"_s);
        QTRY_COMPARE(view->model()->rowCount(), count(RunStatus::Cancelled));
        QVERIFY(count(RunStatus::Cancelled) > 0);
        QVERIFY(panel->filterProblem().isEmpty());

        // An expression with a metric and a parameter.
        panel->filterEdit()->setText(u"valid.auc > 0 and params.eta >= 0.2"_s);
        int expected = 0;
        for (const RunRecord& run : *runs)
            expected += run.finalMetrics.value(u"valid"_s).toObject().contains(u"auc"_s) &&
                        run.setup.config.params.eta >= 0.2;
        QTRY_COMPARE(view->model()->rowCount(), expected);

        // A mistake: the message names the column and marks the token; the table keeps the last good filter.
        panel->filterEdit()->setText(u"valid.auc > 0 and vald.auc > 1"_s);
        QTRY_VERIFY(!panel->filterProblem().isEmpty());
        QVERIFY2(panel->filterProblem().contains(u"Character 19"_s), qPrintable(panel->filterProblem()));
        QVERIFY(panel->filterProblem().contains(u"<u><b>vald.auc</b></u>"_s));
        QCOMPARE(view->model()->rowCount(), expected);
        saveScreenshot(&window, u"runs-filter-error.png"_s);

        panel->filterEdit()->clear();
        QTRY_COMPARE(view->model()->rowCount(), int(runs->size()));
        QVERIFY(panel->filterProblem().isEmpty());
    }

    void tagsNotesAndTrashAreUndoable()
    {
        MainWindow window;
        window.show();
        window.openInitialWorkspace(m_workspace);
        QTRY_VERIFY(!window.runsPanel()->model()->isLoading()); // the runs are read in the background
        RunsPanel* panel = window.runsPanel();
        RunListModel* model = panel->model();
        RunStore store(window.workspaceController()->workspace()->database());
        QVERIFY(model->rowCount() > 0);
        const qint64 id = model->record(0)->id;
        const int rows = model->rowCount();
        auto stored = [&] { return **store.byId(id); };

        // Tags typed in the table, separated by spaces or commas.
        QVERIFY(model->setData(model->index(0, RunListModel::Tags), u"baseline, fast"_s));
        QCOMPARE(stored().tags, (QStringList{u"baseline"_s, u"fast"_s}));
        QCOMPARE(model->index(0, RunListModel::Tags).data().toString(), u"baseline fast"_s);
        // A bad tag is refused with a message; nothing changes.
        QSignalSpy errors(model, &RunListModel::errorOccurred);
        QVERIFY(!model->setData(model->index(0, RunListModel::Tags), u"ok (bad)"_s));
        QCOMPARE(errors.size(), 1);
        QVERIFY(window.messageBar()->text().contains(u"(bad)"_s));
        QVERIFY(model->setData(model->index(0, RunListModel::Note), u"keep this one"_s));
        QCOMPARE(stored().note, u"keep this one"_s);

        // Edit ▸ Undo takes back the note, then the tags; Redo applies them again.
        QAction* undo = window.findChild<QAction*>(u"undoAction"_s);
        QAction* redo = window.findChild<QAction*>(u"redoAction"_s);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(stored().note, QString());
        undo->trigger();
        QCOMPARE(stored().tags, QStringList{});
        redo->trigger();
        QCOMPARE(stored().tags, (QStringList{u"baseline"_s, u"fast"_s}));

        // Move to Trash hides the run; Undo restores it, with its tags.
        panel->selectRun(id);
        QTest::mouseClick(window.findChild<QToolButton*>(u"trashRunButton"_s), Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), rows - 1);
        QCOMPARE(model->rowOf(id), -1);
        QVERIFY(stored().deletedAt.isValid());
        // The message bar says so, with Undo at hand.
        QVERIFY2(window.messageBar()->text().contains(u"to the trash"_s), qPrintable(window.messageBar()->text()));
        QToolButton* undoInBar = nullptr;
        for (QToolButton* button : window.messageBar()->findChildren<QToolButton*>())
            undoInBar = button->text() == u"Undo"_s ? button : undoInBar;
        QVERIFY(undoInBar && undoInBar->isVisible());
        QTest::mouseClick(undoInBar, Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), rows); // the runs are read again in the background
        QVERIFY(!stored().deletedAt.isValid());
        QCOMPARE(stored().tags, (QStringList{u"baseline"_s, u"fast"_s}));

        // Training ▸ Show Trash… lists the runs in the trash; Restore brings one back, and Undo
        // puts it back in the trash, the list following each change.
        panel->selectRun(id);
        QTest::mouseClick(window.findChild<QToolButton*>(u"trashRunButton"_s), Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), rows - 1);
        window.findChild<QAction*>(u"showTrashAction"_s)->trigger();
        TrashDialog* trash = panel->trashDialog();
        QVERIFY(trash && trash->isVisible());
        QTRY_VERIFY(!trash->isLoading());
        QTableWidget* trashTable = trash->table();
        QCOMPARE(trashTable->rowCount(), 1);
        QCOMPARE(trashTable->item(0, 0)->data(Qt::DisplayRole).toLongLong(), id);
        QVERIFY2(trash->findChild<QLabel*>(u"trashSummary"_s)->text().startsWith(u"1 run"_s),
                 qPrintable(trash->findChild<QLabel*>(u"trashSummary"_s)->text()));
        QPushButton* restore = trash->findChild<QPushButton*>(u"restoreRunsButton"_s);
        QVERIFY(!restore->isEnabled()); // nothing selected yet
        trashTable->selectRow(0);
        QVERIFY(restore->isEnabled());
        saveScreenshot(trash, u"trash-window.png"_s);
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), rows);
        QVERIFY(!stored().deletedAt.isValid());
        QTRY_COMPARE(trashTable->rowCount(), 0);
        QVERIFY(trash->findChild<QLabel*>(u"trashSummary"_s)->text().contains(u"empty"_s));
        QVERIFY2(undo->text().contains(u"Restore"_s), qPrintable(undo->text()));
        undo->trigger();
        QTRY_COMPARE(model->rowCount(), rows - 1);
        QVERIFY(stored().deletedAt.isValid());
        QTRY_COMPARE(trashTable->rowCount(), 1);
        trash->close();
        QTRY_VERIFY(!panel->trashDialog());

        // Emptying the trash asks first; only a yes deletes, and that cannot be undone.
        Dialogs::setNextConfirmation(false);
        window.findChild<QAction*>(u"emptyTrashAction"_s)->trigger();
        QTRY_VERIFY(!panel->isEmptyingTrash()); // counted in the background, then asked
        QVERIFY(store.byId(id)->has_value());
        Dialogs::setNextConfirmation(true);
        QSignalSpy emptied(panel, &RunsPanel::trashEmptied);
        window.findChild<QAction*>(u"emptyTrashAction"_s)->trigger();
        QTRY_COMPARE(emptied.size(), 1);
        QVERIFY(!store.byId(id)->has_value());
        QVERIFY(!undo->isEnabled());
        QVERIFY(window.messageBar()->text().contains(u"for good"_s));
        QCOMPARE(model->rowCount(), rows - 1);
    }

    // The whole flow in the real window: filter the runs of a sweep, select them, compare.
    void filterSelectAndCompareASweep()
    {
        QList<qint64> sweep;
        {
            auto workspace = Workspace::openOrCreate(m_workspace);
            QVERIFY(workspace.ok());
            RunStore store(workspace->database());
            const QList<QPair<double, int>> settings{{0.05, 3}, {0.1, 3}, {0.3, 3}, {0.05, 6}, {0.1, 6}, {0.3, 6}, {0.2, 2}};
            for (const auto& [eta, depth] : settings) {
                RunConfig config;
                config.dataset = QString::number(m_dataset);
                config.target = u"churned"_s;
                config.rounds = 80;
                config.params.eta = eta;
                config.params.maxDepth = depth;
                config.experiment = u"sweep"_s;
                auto id = queueRun(*workspace, config);
                QVERIFY(id.ok());
                JobControl control;
                QVERIFY(executeRun(*workspace, *id, control).ok());
                if (depth != 2) {
                    QVERIFY(store.setTags(*id, {u"sweep"_s}).ok());
                    sweep << *id;
                }
            }
        }
        MainWindow window;
        QVERIFY(test::openWindow(window, m_workspace));
        // The workspace has datasets: the page asks to choose one, not to bring one in.
        QCOMPARE(window.datasetsPanel()->currentDatasetId(), -1);
        QVERIFY(window.findChild<QLabel*>(u"welcomeTitle"_s)->text().contains(u"Choose a dataset"_s));
        RunsPanel* panel = window.runsPanel();
        QApplication::processEvents();
        panel->setVisibleColumns(panel->visibleColumns() + QStringList{u"params.eta"_s, u"params.max_depth"_s, u"valid.auc"_s});
        QTest::keyClicks(panel->filterEdit(), u"tag:sweep and valid.auc > 0.5 and params.max_depth >= 3"_s);
        QTRY_COMPARE(panel->view()->model()->rowCount(), 6);
        QVERIFY(panel->filterProblem().isEmpty());
        // The browser on its own, larger, for a look at it.
        auto* dock = qobject_cast<QDockWidget*>(panel->parentWidget());
        QVERIFY(dock);
        dock->setFloating(true);
        dock->resize(1250, 420);
        panel->view()->resizeColumnsToContents();
        QApplication::processEvents();
        saveScreenshot(dock, u"runs-filtered.png"_s);
        dock->setFloating(false);

        panel->view()->selectAll();
        QCOMPARE(panel->selectedRuns().size(), 6);
        QTest::mouseClick(window.findChild<QToolButton*>(u"compareRunsButton"_s), Qt::LeftButton);
        CompareView* view = window.compareView();
        QCOMPARE(window.findChild<QTabWidget*>(u"centralTabs"_s)->currentWidget(), view);
        QTRY_VERIFY(!view->isLoading()); // the runs are read in the background
        QList<qint64> compared = view->runs();
        std::sort(compared.begin(), compared.end());
        QCOMPARE(compared, sweep);
        // Six curves with all 80 rounds each, six legend entries, and eta and depth as what differs.
        QCOMPARE(view->curveCount(), 6);
        view->curvePlot()->grab(); // drawn
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(view->pointCount(i), 80);
            QVERIFY(view->curvePlot()->drawnPointCount(i) > 0);
        }
        QCOMPARE(view->legend()->count(), 6);
        QVERIFY(view->legend()->item(0)->text().contains(u"eta="_s));
        QStringList differing;
        for (int row = 0; row < view->settingsTable()->model()->rowCount(); ++row)
            differing << view->settingsTable()->model()->index(row, 0).data().toString();
        QCOMPARE(differing, (QStringList{u"params.eta"_s, u"params.max_depth"_s}));
        saveScreenshot(&window, u"compare-runs.png"_s);
        view->chartTabs()->setCurrentIndex(2);
        QCOMPARE(view->parallelPlot()->axisCount(), 3);
        saveScreenshot(view, u"compare-parallel.png"_s);
        view->chartTabs()->setCurrentIndex(1);
        QCOMPARE(view->scatterPlot()->plottedCount(), 6);
        saveScreenshot(view, u"compare-scatter.png"_s);
    }

    void compareOverlaysTheCurvesAndListsTheDifferences()
    {
        QList<qint64> ids;
        {
            auto workspace = Workspace::openOrCreate(m_workspace);
            QVERIFY(workspace.ok());
            const QList<QPair<double, int>> settings{{0.3, 3}, {0.1, 3}, {0.3, 6}};
            for (const auto& [eta, depth] : settings) {
                RunConfig config;
                config.dataset = QString::number(m_dataset);
                config.target = u"churned"_s;
                config.rounds = 12;
                config.params.eta = eta;
                config.params.maxDepth = depth;
                config.experiment = depth == 6 ? u"deeper"_s : u"Default"_s; // across experiments
                auto id = queueRun(*workspace, config);
                QVERIFY(id.ok());
                JobControl control;
                QVERIFY(executeRun(*workspace, *id, control).ok());
                ids << *id;
            }
        }
        MainWindow window;
        QVERIFY(test::openWindow(window, m_workspace));
        RunsPanel* panel = window.runsPanel();
        auto* compare = window.findChild<QToolButton*>(u"compareRunsButton"_s);
        QVERIFY(!compare->isEnabled());
        QItemSelectionModel* selection = panel->view()->selectionModel();
        for (qint64 id : ids) {
            const QModelIndex index = qobject_cast<QSortFilterProxyModel*>(panel->view()->model())
                                          ->mapFromSource(panel->model()->index(panel->model()->rowOf(id), 0));
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(panel->selectedRuns(), ids);
        QVERIFY(compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton);

        CompareView* view = window.compareView();
        QCOMPARE(window.findChild<QTabWidget*>(u"centralTabs"_s)->currentWidget(), view);
        QTRY_VERIFY(!view->isLoading());
        QCOMPARE(view->runs(), ids);
        // One curve per run, with every round.
        QCOMPARE(view->curveCount(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(view->pointCount(i), 12);
        // Smoothing averages the drawn curve; it starts at the first value and stays within the data.
        const double first = view->pointValue(0, 0), fifth = view->pointValue(0, 5);
        view->findChild<QDoubleSpinBox*>(u"compareSmoothingSpin"_s)->setValue(0.8);
        QCOMPARE(view->curveCount(), 3);
        QCOMPARE(view->pointCount(0), 12);
        QCOMPARE(view->pointValue(0, 0), first);
        QVERIFY(view->pointValue(0, 5) != fifth);
        view->findChild<QDoubleSpinBox*>(u"compareSmoothingSpin"_s)->setValue(0);
        QCOMPARE(view->pointValue(0, 5), fifth);
        // Only the settings that differ: eta, max_depth and the experiment.
        const QAbstractItemModel* settings = view->settingsTable()->model();
        QStringList names;
        for (int row = 0; row < settings->rowCount(); ++row)
            names << settings->index(row, 0).data().toString();
        QCOMPARE(names, (QStringList{u"experiment"_s, u"params.eta"_s, u"params.max_depth"_s}));
        QCOMPARE(settings->index(1, 2).data().toString(), u"0.1"_s);
        QVERIFY(settings->index(1, 0).data(Qt::FontRole).value<QFont>().bold()); // it differs
        // "Show all settings" lists the rest too.
        for (QCheckBox* box : view->findChildren<QCheckBox*>()) {
            if (box->text().contains(u"all"_s))
                box->setChecked(true);
        }
        QVERIFY(settings->rowCount() > 10);
        // The best validation value of each metric is highlighted.
        const QAbstractItemModel* metrics = view->metricsTable()->model();
        int highlighted = 0;
        for (int row = 0; row < metrics->rowCount(); ++row) {
            for (int c = 1; c < metrics->columnCount(); ++c)
                highlighted += metrics->index(row, c).data(Qt::FontRole).value<QFont>().bold();
        }
        QCOMPARE(highlighted, 6); // valid logloss, error and auc: final and at the best iteration

        // Hovering a point reads out the exact stored value of that run and iteration.
        CurvePlot* plot = view->curvePlot();
        const QPointF where = plot->pointPosition(1, 7);
        const auto hit = plot->hitAt(where.toPoint());
        QVERIFY(hit.has_value());
        QCOMPARE(hit->iteration, 7);
        QVERIFY2(plot->readout(*hit).contains(QString::number(plot->curve(hit->curve).values[7], 'g', 10)),
                 qPrintable(plot->readout(*hit)));
        // Zoom in around the middle, pan, and back to everything.
        const CurvePlot::Range full = plot->view();
        plot->zoomAt(plot->plotArea().center(), 0.5);
        QVERIFY(plot->view().x1 - plot->view().x0 < (full.x1 - full.x0) * 0.6);
        const CurvePlot::Range zoomed = plot->view();
        plot->panBy(QPointF(-40, 0));
        QVERIFY(plot->view().x0 > zoomed.x0);
        QTest::mouseDClick(plot, Qt::LeftButton, {}, plot->plotArea().center());
        QCOMPARE(plot->view(), full);
        // Unticking a run in the legend hides its curve.
        view->legend()->item(2)->setCheckState(Qt::Unchecked);
        QVERIFY(!plot->isCurveVisible(2));
        view->legend()->item(2)->setCheckState(Qt::Checked);

        // A setting against a metric: one point per run, eta on a number axis.
        view->chartTabs()->setCurrentIndex(1);
        auto* setting = view->findChild<QComboBox*>(u"compareScatterSetting"_s);
        setting->setCurrentIndex(setting->findData(u"params.eta"_s));
        ScatterPlot* scatter = view->scatterPlot();
        QCOMPARE(scatter->plottedCount(), 3);
        QVERIFY(!scatter->isCategorical());
        const auto point = scatter->pointAt(scatter->pointPosition(1).toPoint());
        QCOMPARE(point, std::optional<int>(1));
        QVERIFY2(scatter->readout(1).contains(u"params.eta = 0.1"_s), qPrintable(scatter->readout(1)));
        // The experiment is a category.
        setting->setCurrentIndex(setting->findData(u"experiment"_s));
        QCOMPARE(scatter->categories(), (QStringList{u"Default"_s, u"deeper"_s}));

        // Parallel coordinates: an axis per differing setting, then the metric.
        view->chartTabs()->setCurrentIndex(2);
        ParallelPlot* parallel = view->parallelPlot();
        QCOMPARE(parallel->axisCount(), 4);
        QCOMPARE(parallel->axisName(3), view->findChild<QComboBox*>(u"compareParallelMetric"_s)->currentText());
        QVERIFY(parallel->isCategorical(0));
        QCOMPARE(parallel->lineCount(), 3);
        const auto middle = (*parallel->vertex(2, 1) + *parallel->vertex(2, 2)) / 2;
        QCOMPARE(parallel->lineAt(middle.toPoint()), std::optional<int>(2));

        // Export: each chart as PNG and SVG, the tables as CSV with full values.
        const QString svg = m_root.filePath(u"parallel.svg"_s);
        QVERIFY(view->exportChart(svg));
        const QByteArray svgText = test::readFile(svg);
        QVERIFY(svgText.contains("<svg") && svgText.contains("</svg>"));
        view->chartTabs()->setCurrentIndex(0);
        const QString png = m_root.filePath(u"comparison.png"_s);
        QVERIFY(view->exportChart(png));
        QImage image(png);
        QVERIFY(!image.isNull() && image.width() > 300);
        const QString csv = m_root.filePath(u"metrics.csv"_s);
        QVERIFY(view->exportTable(view->metricsTable(), csv));
        const QList<QByteArray> lines = test::readFile(csv).trimmed().split('\n');
        QCOMPARE(lines.size(), metrics->rowCount() + 1);
        QCOMPARE(lines[0], QByteArray("Metric,Run %1,Run %2,Run %3").replace("%1", QByteArray::number(ids[0]))
                                                                     .replace("%2", QByteArray::number(ids[1]))
                                                                     .replace("%3", QByteArray::number(ids[2])));
        const QList<QByteArray> firstRow = lines[1].split(',');
        QCOMPARE(firstRow.size(), 4);
        QVERIFY(!view->exportTable(view->settingsTable(), m_root.filePath(u"no/such/folder/settings.csv"_s)));
        // Long labels (three settings): the legend widens for them, up to a third of the page.
        {
            QListWidget* legend = view->legend();
            int widest = 0;
            for (int i = 0; i < legend->count(); ++i)
                widest = std::max(widest, legend->fontMetrics().horizontalAdvance(legend->item(i)->text()));
            const int page = legend->width() + view->curvePlot()->width();
            QVERIFY2(legend->width() >= std::min(widest, page / 3 - 10),
                     qPrintable(u"legend %1 px, labels %2 px, page %3 px"_s.arg(legend->width()).arg(widest).arg(page)));
        }
        saveScreenshot(&window, u"compare.png"_s);

        // Saved by name from the Save button, with the chart settings, and opened again later.
        view->findChild<QDoubleSpinBox*>(u"compareSmoothingSpin"_s)->setValue(0.6);
        view->chartTabs()->setCurrentIndex(2);
        Dialogs::setNextText(u"Depth study"_s);
        QTest::mouseClick(view->findChild<QPushButton*>(u"compareSaveButton"_s), Qt::LeftButton);
        QCOMPARE(view->savedName(), u"Depth study"_s);
        QVERIFY(view->savedNames().contains(u"Depth study"_s));
        view->setRuns({});
        QCOMPARE(view->curveCount(), 0);
        QVERIFY(view->openSaved(u"depth study"_s));
        QTRY_VERIFY(!view->isLoading());
        QCOMPARE(view->runs(), ids);
        QCOMPARE(view->findChild<QDoubleSpinBox*>(u"compareSmoothingSpin"_s)->value(), 0.6);
        QCOMPARE(view->chartTabs()->currentIndex(), 2);
        // Another comparison under a taken name asks first; "no" keeps the saved one.
        view->setRuns(ids.mid(0, 2));
        QTRY_VERIFY(!view->isLoading());
        Dialogs::setNextConfirmation(false);
        QVERIFY(!view->saveAs(u"Depth Study"_s));
        QVERIFY(view->openSaved(u"Depth study"_s));
        QTRY_VERIFY(!view->isLoading());
        QCOMPARE(view->runs().size(), 3);
        QVERIFY(!view->saveAs(u"  "_s)); // no name: a message, nothing saved
        QVERIFY(view->renameSaved(u"Eta and depth"_s));
        QCOMPARE(view->savedNames(), QStringList{u"Eta and depth"_s});
        QVERIFY(view->deleteSaved());
        QVERIFY(view->savedNames().isEmpty());
        QVERIFY(!view->openSaved(u"Eta and depth"_s));
        QVERIFY(window.messageBar()->text().contains(u"Eta and depth"_s));

        // The experiments selector counts the runs of each experiment and shows only those.
        QComboBox* experiments = panel->experimentCombo();
        const int deeper = experiments->findData(u"deeper"_s);
        QVERIFY(deeper > 0);
        QVERIFY2(experiments->itemText(deeper).contains(u"(1 run"_s), qPrintable(experiments->itemText(deeper)));
        experiments->setCurrentIndex(deeper);
        QCOMPARE(panel->view()->model()->rowCount(), 1);
        experiments->setCurrentIndex(0);
        QCOMPARE(panel->view()->model()->rowCount(), panel->model()->rowCount());

        // Columns: a parameter and a metric added for one experiment, remembered for it.
        experiments->setCurrentIndex(deeper);
        QVERIFY(panel->model()->availableKeys().contains(u"params.max_depth"_s));
        QStringList columns = panel->visibleColumns();
        columns << u"params.max_depth"_s << u"valid.auc"_s;
        columns.removeAll(u"#%1"_s.arg(RunListModel::Target));
        panel->setVisibleColumns(columns);
        const int depthColumn = RunListModel::ColumnCount;
        QCOMPARE(panel->view()->model()->headerData(depthColumn, Qt::Horizontal).toString(), u"params.max_depth"_s);
        QCOMPARE(panel->view()->model()->index(0, depthColumn).data().toInt(), 6);
        QVERIFY(panel->view()->isColumnHidden(RunListModel::Target));
        saveScreenshot(&window, u"runs-columns.png"_s);
        experiments->setCurrentIndex(0); // all experiments: the default columns
        QCOMPARE(panel->model()->extraColumns(), QStringList{});
        QVERIFY(!panel->view()->isColumnHidden(RunListModel::Target));
        experiments->setCurrentIndex(deeper); // back: the chosen ones
        QCOMPARE(panel->model()->extraColumns(), (QStringList{u"params.max_depth"_s, u"valid.auc"_s}));
        QVERIFY(panel->view()->isColumnHidden(RunListModel::Target));
        // Sorting by a number column sorts by value.
        experiments->setCurrentIndex(0);
        columns = panel->visibleColumns() << u"params.eta"_s;
        panel->setVisibleColumns(columns);
        panel->view()->sortByColumn(RunListModel::ColumnCount, Qt::DescendingOrder);
        QAbstractItemModel* shown = panel->view()->model();
        for (int row = 1; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row - 1, RunListModel::ColumnCount).data().toDouble() >=
                    shown->index(row, RunListModel::ColumnCount).data().toDouble());
    }

private:
    QTemporaryDir m_root;
    QString m_workspace;
    qint64 m_dataset = -1;
    qint64 m_largeDataset = -1;
};

QTEST_MAIN(TestGuiTraining)
#include "tst_gui_training.moc"
