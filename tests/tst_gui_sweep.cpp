// Sweeps in the real main window, offscreen: the New Sweep dialog (its definition saved and loaded
// as the JSON grove-cli reads, a mistake refused with the field named, "Sweep Around This Run"),
// a sweep started from it and shown on the Sweeps page as its trials end (history, trials table
// opening runs, parallel coordinates, one scatter per parameter, the heat map, importance), Stop
// and Resume, and a successive-halving sweep's cut-short curves. With GROVE_SCREENSHOT_DIR set,
// it saves pictures of the page.
#include "core/model/SweepDefinition.h"
#include "core/common/FileLock.h"
#include "core/store/RunStore.h"
#include "core/store/SweepStore.h"
#include "core/store/Workspace.h"
#include "core/sweep/SweepRunner.h"
#include "core/train/TrainingJob.h"
#include "tests/GuiWindow.h"
#include "tests/TestFiles.h"
#include "tests/TrainingData.h"
#include "ui/app/MainWindow.h"
#include "ui/charts/CurvePlot.h"
#include "ui/charts/HeatMapPlot.h"
#include "ui/charts/ParallelPlot.h"
#include "ui/charts/ScatterPlot.h"
#include "ui/common/Settings.h"
#include "ui/runs/RunView.h"
#include "ui/runs/RunListModel.h"
#include "ui/runs/RunsPanel.h"
#include "ui/sweeps/NewSweepDialog.h"
#include "ui/sweeps/SweepCharts.h"
#include "ui/sweeps/SweepController.h"
#include "ui/sweeps/SweepTrialsModel.h"
#include "ui/sweeps/SweepView.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace grove;

class TestGuiSweep : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_workspace;
    qint64 m_run = 0;
    qint64 m_halving = 0;

    static QJsonObject gridDefinition(const QString& name)
    {
        return QJsonObject{{u"name"_s, name},
                           {u"dataset"_s, u"synth"_s},
                           {u"target"_s, u"label"_s},
                           {u"exclude"_s, QJsonArray{u"grade"_s, u"amount"_s}},
                           {u"rounds"_s, 15},
                           {u"objective_metric"_s, u"valid.auc"_s},
                           {u"strategy"_s, u"grid"_s},
                           {u"parallel"_s, 1},
                           {u"space"_s, QJsonObject{{u"max_depth"_s, QJsonArray{2, 4}}, {u"eta"_s, QJsonArray{0.1, 0.3}}}}};
    }

    bool open(MainWindow& window) const { return test::openWindow(window, m_workspace, QSize(1600, 1000)); }

    // Waits until the page shows sweep `id` as `status`.
    static bool shows(SweepView* view, qint64 id, const QString& status)
    {
        return QTest::qWaitFor([&] { return !view->isLoading() && view->currentSweep() == id && view->statusText().contains(status); },
                               60000);
    }

private slots:
    void initTestCase()
    {
        Settings::clear();
        m_workspace = m_root.filePath(u"ws"_s);
        auto workspace = Workspace::openOrCreate(m_workspace);
        QVERIFY(workspace.ok());
        const QString csv = test::writeFile(m_root.filePath(u"synth.csv"_s), test::syntheticCsv(test::syntheticRows(1500, 8)));
        QVERIFY(test::importFile(*workspace, csv, u"synth"_s).ok());
        RunConfig config;
        config.dataset = u"synth"_s;
        config.target = u"label"_s;
        config.excludedFeatures = {u"grade"_s, u"amount"_s};
        config.rounds = 10;
        config.params.eta = 0.2;
        config.params.maxDepth = 5;
        auto id = queueRun(*workspace, config);
        QVERIFY(id.ok());
        JobControl control;
        QVERIFY(executeRun(*workspace, *id, control).ok());
        m_run = *id;

        // A successive-halving sweep, trained here: 9 configurations, 27 rounds at the end.
        QJsonObject halving = gridDefinition(u"halving"_s);
        halving.insert(u"strategy"_s, u"halving"_s);
        halving.insert(u"trials"_s, 9);
        halving.insert(u"rounds"_s, 27);
        halving.insert(u"objective_metric"_s, u"valid.logloss"_s);
        halving.insert(u"space"_s, QJsonObject{{u"max_depth"_s, QJsonObject{{u"int"_s, QJsonArray{1, 6}}}},
                                               {u"eta"_s, QJsonObject{{u"log_uniform"_s, QJsonArray{0.01, 0.5}}}}});
        auto definition = SweepDefinition::fromJson(halving, 2);
        QVERIFY2(definition.ok(), qPrintable(definition.ok() ? QString() : definition.error().message));
        auto sweep = createSweep(*workspace, *definition);
        QVERIFY(sweep.ok());
        QVERIFY(runSweep(*workspace, *sweep, control).ok());
        m_halving = *sweep;
    }

    void definitionSavesAndLoadsAsTheCliReadsIt()
    {
        MainWindow window;
        QVERIFY(open(window));
        NewSweepDialog* dialog = window.showNewSweepDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->setDefinition(gridDefinition(u"saved"_s)).ok());
        QTRY_VERIFY(dialog->columnsLoaded());
        auto json = dialog->definition();
        QVERIFY2(json.ok(), qPrintable(json.ok() ? QString() : json.error().message));
        QCOMPARE(json->value(u"strategy"_s).toString(), u"grid"_s);
        QCOMPARE(json->value(u"space"_s).toObject().value(u"max_depth"_s).toArray(), (QJsonArray{2, 4}));
        QCOMPARE(json->value(u"exclude"_s).toArray(), (QJsonArray{u"grade"_s, u"amount"_s}));
        QCOMPARE(dialog->findChild<QLabel*>(u"gridSizeLabel"_s)->text(), u"The grid has 4 combinations."_s);
        QVERIFY(test::saveScreenshot(dialog, u"new-sweep-dialog.png"_s, QSize(1180, 900)));

        // A file as a user writes it comes back from the dialog as it was.
        QJsonObject precise = gridDefinition(u"precise"_s);
        precise.insert(u"time_limit"_s, 90);
        precise.insert(u"validation"_s, QJsonObject{{u"fraction"_s, 0.25}, {u"seed"_s, 9007199254740993.0 - 1}});
        precise.insert(u"space"_s, QJsonObject{{u"eta"_s, QJsonObject{{u"log_uniform"_s, QJsonArray{0.0123456789, 0.3}}}},
                                               {u"max_depth"_s, QJsonArray{2, 4}}});
        precise.insert(u"strategy"_s, u"random"_s);
        precise.insert(u"trials"_s, 12);
        NewSweepDialog* exact = window.showNewSweepDialog();
        QVERIFY(exact->setDefinition(precise).ok());
        QTRY_VERIFY(exact->columnsLoaded());
        auto back = exact->definition();
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(SweepDefinition::fromJson(*back, 2)->toJson(), SweepDefinition::fromJson(precise, 2)->toJson());
        QCOMPARE(back->value(u"time_limit"_s).toDouble(), 90.0);
        exact->reject();

        const QString path = m_root.filePath(u"saved.json"_s);
        QVERIFY(dialog->saveDefinition(path).ok());
        // The file is what grove-cli sweep --config reads.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(SweepDefinition::fromJson(QJsonDocument::fromJson(file.readAll()).object(), 2).ok());
        NewSweepDialog* other = window.showNewSweepDialog();
        QVERIFY(other->loadDefinition(path).ok());
        QTRY_VERIFY(other->columnsLoaded());
        auto again = other->definition();
        QVERIFY(again.ok());
        QCOMPARE(*again, *json);

        // A mistake is refused with its field, and nothing is recorded.
        other->setSearch(u"eta"_s, u"log_uniform"_s, u"0"_s, u"0.3"_s);
        other->findChild<QPushButton*>(u"startSweepButton"_s)->click();
        auto* problem = other->findChild<QLabel*>(u"problemLabel"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"eta"_s), qPrintable(problem->text()));
        auto workspace = Workspace::connect(m_workspace);
        QCOMPARE(SweepStore(workspace->database()).list()->size(), 1); // the halving sweep only
    }

    void sweepAroundARunStartsFromItsSettings()
    {
        MainWindow window;
        QVERIFY(open(window));
        window.runsPanel()->selectRun(m_run);
        QTRY_COMPARE(window.runView()->currentRun(), m_run);
        auto* button = window.runView()->findChild<QPushButton*>(u"sweepAroundButton"_s);
        QVERIFY(button && button->isEnabled());
        button->click();
        auto* dialog = window.findChild<NewSweepDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->columnsLoaded());
        auto json = dialog->definition();
        QVERIFY2(json.ok(), qPrintable(json.ok() ? QString() : json.error().message));
        QCOMPARE(json->value(u"name"_s).toString(), u"around-run-%1"_s.arg(m_run));
        QCOMPARE(json->value(u"target"_s).toString(), u"label"_s);
        const QJsonObject space = json->value(u"space"_s).toObject();
        // Ranges around eta 0.2 and depth 5.
        const QJsonArray eta = space.value(u"eta"_s).toObject().value(u"log_uniform"_s).toArray();
        QCOMPARE(eta.size(), 2);
        QVERIFY(eta[0].toDouble() < 0.2 && eta[1].toDouble() > 0.2);
        QCOMPARE(space.value(u"max_depth"_s).toObject().value(u"int"_s).toArray(), (QJsonArray{3, 7}));
        dialog->reject();
    }

    void sweepRunsFromTheDialogAndShowsOnItsPage()
    {
        MainWindow window;
        QVERIFY(open(window));
        NewSweepDialog* dialog = window.showNewSweepDialog();
        QVERIFY(dialog->setDefinition(gridDefinition(u"depth-eta"_s)).ok());
        QTRY_VERIFY(dialog->columnsLoaded());
        QSignalSpy ended(window.sweepController(), &SweepController::sweepEnded);
        QSignalSpy trials(window.sweepController(), &SweepController::trialEnded);
        dialog->findChild<QPushButton*>(u"startSweepButton"_s)->click();
        QVERIFY(ended.wait(120000));
        QCOMPARE(ended.first().at(1).toString(), QString());
        QCOMPARE(trials.size(), 4);

        SweepView* view = window.sweepView();
        const qint64 id = ended.first().at(0).toLongLong();
        auto* tabs = window.findChild<QTabWidget*>(u"centralTabs"_s);
        QCOMPARE(tabs->currentWidget(), view);
        QVERIFY(shows(view, id, u"finished"_s));
        QCOMPARE(view->trialsModel()->rowCount(), 4);
        QVERIFY(view->statusText().contains(u"4 of 4"_s));
        // Trials and repeats are numbered as grove-cli sweep-show numbers them, from 0.
        auto columnNamed = [&](const QString& name) {
            for (int c = 0; c < view->trialsModel()->columnCount(); ++c) {
                if (view->trialsModel()->headerData(c, Qt::Horizontal).toString() == name)
                    return c;
            }
            return -1;
        };
        const int trialColumn = columnNamed(u"Trial"_s), repeatColumn = columnNamed(u"Repeat"_s);
        QVERIFY(trialColumn >= 0 && repeatColumn >= 0);
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(view->trialsModel()->trial(row).status, u"finished"_s);
            const SweepTrial& t = view->trialsModel()->trial(row);
            QCOMPARE(view->trialsModel()->index(row, trialColumn).data().toInt(), t.trial);
            QCOMPARE(view->trialsModel()->index(row, repeatColumn).data().toInt(), t.repeat);
            QCOMPARE(t.repeat, 0);
        }

        // Best so far never gets worse, and ends at the best trial's value.
        CurvePlot* history = view->historyPlot();
        QCOMPARE(history->curveCount(), 2);
        const auto& best = history->curve(1).values;
        double bestValue = -INFINITY;
        for (int row = 0; row < 4; ++row)
            bestValue = std::max(bestValue, *view->trialsModel()->trial(row).value);
        for (std::size_t i = 1; i < best.size(); ++i)
            QVERIFY(!std::isfinite(best[i - 1]) || best[i] >= best[i - 1]);
        QCOMPARE(best.back(), bestValue);

        QCOMPARE(view->parallelPlot()->lineCount(), 4);
        QCOMPARE(view->parallelPlot()->axisCount(), 3); // eta, max_depth, the objective
        QCOMPARE(view->scatterPlots().size(), 2);
        for (ScatterPlot* plot : view->scatterPlots())
            QCOMPARE(plot->plottedCount(), 4);
        HeatMapPlot* heat = view->heatMap();
        QCOMPARE(heat->columnCount(), 2);
        QCOMPARE(heat->rowCount(), 2);
        int cells = 0;
        for (int c = 0; c < 2; ++c)
            for (int r = 0; r < 2; ++r)
                cells += heat->count(c, r);
        QCOMPARE(cells, 4);
        QCOMPARE(view->importanceTable()->rowCount(), 2);
        QVERIFY(!view->tabs()->isTabVisible(view->tabs()->indexOf(view->rungPlot()->parentWidget())));

        // A trial opens its run.
        const QModelIndex second = view->trialsView()->model()->index(1, 0);
        const qint64 run = second.data(SweepTrialsModel::RunIdRole).toLongLong();
        QVERIFY(run > 0);
        emit view->trialsView()->activated(second);
        QTRY_COMPARE(window.runView()->currentRun(), run);
        QCOMPARE(tabs->currentWidget(), window.runView());
    }

    void stopAndResume()
    {
        MainWindow window;
        QVERIFY(open(window));
        QJsonObject json = gridDefinition(u"stop-resume"_s);
        json.insert(u"rounds"_s, 1500); // about a second a trial: Stop comes while trials are left
        json.insert(u"space"_s, QJsonObject{{u"max_depth"_s, QJsonArray{2, 3, 4, 5, 6, 7}}});
        auto definition = SweepDefinition::fromJson(json, 2);
        QVERIFY(definition.ok());
        QSignalSpy ended(window.sweepController(), &SweepController::sweepEnded);
        QSignalSpy trials(window.sweepController(), &SweepController::trialEnded);
        auto id = window.sweepController()->start(*definition);
        QVERIFY(id.ok());
        SweepView* view = window.sweepView();
        QVERIFY(trials.wait(60000));
        QTRY_VERIFY(view->currentSweep() == *id);
        auto* stop = view->findChild<QPushButton*>(u"stopSweepButton"_s);
        auto* resume = view->findChild<QPushButton*>(u"resumeSweepButton"_s);
        QTRY_VERIFY(stop->isEnabled());
        stop->click();
        QVERIFY(ended.wait(60000));
        QVERIFY(shows(view, *id, u"stopped"_s));
        QVERIFY(resume->isEnabled());
        QVERIFY(!stop->isEnabled());
        resume->click();
        QVERIFY(ended.wait(120000));
        QVERIFY(shows(view, *id, u"finished"_s));
        QVERIFY(view->statusText().contains(u"6 of 6"_s));
        // Each configuration finished once; the stopped trial's run stays as cancelled.
        QMap<int, int> finished; // trial → finished runs
        for (int row = 0; row < view->trialsModel()->rowCount(); ++row) {
            const SweepTrial& t = view->trialsModel()->trial(row);
            if (t.status == u"finished"_s)
                ++finished[t.trial];
        }
        QCOMPARE(finished.size(), 6);
        for (int count : std::as_const(finished))
            QCOMPARE(count, 1);
    }

    void tpeSweepFillsEveryChart()
    {
        auto workspace = Workspace::connect(m_workspace);
        QVERIFY(workspace.ok());
        QJsonObject json = gridDefinition(u"tpe"_s);
        json.insert(u"strategy"_s, u"tpe"_s);
        json.insert(u"trials"_s, 24);
        json.insert(u"startup_trials"_s, 8);
        json.insert(u"parallel"_s, 2);
        json.insert(u"space"_s, QJsonObject{{u"max_depth"_s, QJsonObject{{u"int"_s, QJsonArray{1, 8}}}},
                                            {u"eta"_s, QJsonObject{{u"log_uniform"_s, QJsonArray{0.01, 0.5}}}},
                                            {u"subsample"_s, QJsonObject{{u"uniform"_s, QJsonArray{0.5, 1.0}}}}});
        auto definition = SweepDefinition::fromJson(json, 2);
        QVERIFY(definition.ok());
        auto id = createSweep(*workspace, *definition);
        QVERIFY(id.ok());
        JobControl control;
        QVERIFY(runSweep(*workspace, *id, control).ok());

        MainWindow window;
        QVERIFY(open(window));
        SweepView* view = window.sweepView();
        view->showSweep(*id);
        QVERIFY(shows(view, *id, u"finished"_s));
        QCOMPARE(view->trialsModel()->rowCount(), 24);
        QCOMPARE(view->parallelPlot()->lineCount(), 24);
        QCOMPARE(view->scatterPlots().size(), 3);
        for (ScatterPlot* plot : view->scatterPlots())
            QCOMPARE(plot->plottedCount(), 24);
        // The heat map shows the two most important parameters, every configuration in a cell.
        const QString first = view->importanceTable()->item(0, 0)->text();
        QCOMPARE(view->importanceTable()->rowCount(), 3);
        int cells = 0;
        for (int c = 0; c < view->heatMap()->columnCount(); ++c)
            for (int r = 0; r < view->heatMap()->rowCount(); ++r)
                cells += view->heatMap()->count(c, r);
        QCOMPARE(cells, 24);
        auto* tabs = window.findChild<QTabWidget*>(u"centralTabs"_s);
        tabs->setCurrentWidget(view);
        QVERIFY(test::saveScreenshot(&window, u"sweep-page.png"_s));
        for (const auto& [index, name] : {std::pair{1, u"sweep-parallel.png"_s}, {2, u"sweep-parameters.png"_s},
                                          {3, u"sweep-heatmap.png"_s}, {5, u"sweep-importance.png"_s}}) {
            view->tabs()->setCurrentIndex(index);
            QVERIFY(test::saveScreenshot(&window, name));
        }
        QVERIFY(!first.isEmpty());
    }

    void anotherRunnerKeepsResumeOff()
    {
        auto workspace = Workspace::connect(m_workspace);
        QVERIFY(workspace.ok());
        MainWindow window;
        QVERIFY(open(window));
        SweepView* view = window.sweepView();
        auto* resume = view->findChild<QPushButton*>(u"resumeSweepButton"_s);
        // A sweep left "running" by a process that ended without a word: interrupted, resumable.
        QVERIFY(SweepStore(workspace->database()).setStatus(m_halving, u"running"_s).ok());
        view->showSweep(m_halving);
        QVERIFY(shows(view, m_halving, u"interrupted"_s));
        QVERIFY(resume->isEnabled());
        {
            // The same sweep held by another runner: Resume is off, and the page says why.
            QVERIFY(QDir().mkpath(QFileInfo(sweepLockPath(*workspace, m_halving)).absolutePath()));
            HeldFileLock other;
            QVERIFY(other.tryLock(sweepLockPath(*workspace, m_halving)));
            view->showSweep(m_halving);
            QVERIFY(shows(view, m_halving, u"running in another process"_s));
            QVERIFY(!resume->isEnabled());
        }
        QVERIFY(SweepStore(workspace->database()).setStatus(m_halving, u"finished"_s).ok());
    }

    // While a halving sweep runs, a configuration counts as cut short only once the next rung
    // has begun without it.
    void cutShortOnlyOnceTheNextRungBegan()
    {
        SweepState state;
        state.definition.strategy = SweepStrategy::Halving;
        for (int trial = 0; trial < 9; ++trial) {
            SweepTrial t;
            t.trial = trial;
            t.runId = 100 + trial;
            t.status = u"finished"_s;
            t.value = trial;
            state.trials.push_back(t);
        }
        for (const RungCurve& c : rungCurves(state))
            QVERIFY(!c.cutShort); // rung 1 has not begun: nobody is out yet
        for (int trial : {6, 7, 8}) {
            SweepTrial t;
            t.trial = trial;
            t.rung = 1;
            t.status = u"planned"_s;
            state.trials.push_back(t);
        }
        int cut = 0;
        for (const RungCurve& c : rungCurves(state)) {
            QCOMPARE(c.cutShort, c.trial < 6);
            cut += c.cutShort ? 1 : 0;
        }
        QCOMPARE(cut, 6);
    }

    void halvingShowsCutShortCurves()
    {
        MainWindow window;
        QVERIFY(open(window));
        SweepView* view = window.sweepView();
        view->showSweep(m_halving);
        QVERIFY(shows(view, m_halving, u"finished"_s));
        QWidget* page = view->rungPlot()->parentWidget();
        QVERIFY(view->tabs()->isTabVisible(view->tabs()->indexOf(page)));
        CurvePlot* rungs = view->rungPlot();
        QCOMPARE(rungs->curveCount(), 9); // one per configuration
        int cut = 0, longest = 0;
        for (int i = 0; i < rungs->curveCount(); ++i) {
            cut += rungs->curve(i).cutShort ? 1 : 0;
            longest = std::max(longest, int(rungs->curve(i).values.size()));
        }
        QCOMPARE(longest, 27);
        QCOMPARE(cut, 8); // 9 → 3 → 1
        for (int i = 0; i < rungs->curveCount(); ++i)
            QCOMPARE(rungs->curve(i).cutShort, int(rungs->curve(i).values.size()) < 27);
        auto* tabs = window.findChild<QTabWidget*>(u"centralTabs"_s);
        tabs->setCurrentWidget(view);
        view->tabs()->setCurrentWidget(page);
        QVERIFY(test::saveScreenshot(&window, u"sweep-halving.png"_s));
    }
};

QTEST_MAIN(TestGuiSweep)
#include "tst_gui_sweep.moc"
