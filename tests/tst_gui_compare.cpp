// Cross-validated and repeated runs in the real main window, offscreen: a k-fold run's charts
// show the mean over its folds with a ± std band beside the folds' own curves; the Compare page
// groups repeats of a configuration (mean curve and band, mean ± std with n in the metrics
// table) and tests each group against a baseline group, with marks in words and colour, wins,
// ties and losses, and the reason when runs do not share their folds. With GROVE_SCREENSHOT_DIR
// set, it saves compare-significance.png.

#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"
#include "tests/GuiWindow.h"
#include "tests/TrainingData.h"
#include "ui/app/MainWindow.h"
#include "ui/charts/CurvePlot.h"
#include "ui/common/Settings.h"
#include "ui/runs/CompareView.h"
#include "ui/runs/MetricChart.h"
#include "ui/runs/RunListModel.h"
#include "ui/runs/RunView.h"
#include "ui/runs/RunsPanel.h"
#include "ui/runs/SignificancePanel.h"
#include "ui/workspace/WorkspaceController.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace grove;

class TestGuiCompare : public QObject
{
    Q_OBJECT

private slots:
    // Three configurations, each cross-validated with 3 folds on split seeds 1, 2 and 3, and one
    // run on split seed 9.
    void initTestCase()
    {
        Settings::clear();
        QVERIFY(m_root.isValid());
        m_workspace = m_root.filePath(u"ws"_s);
        const QString csv = m_root.filePath(u"synthetic.csv"_s);
        QVERIFY(!test::writeFile(csv, test::syntheticCsv(test::syntheticRows(1200, 5))).isEmpty());
        auto workspace = Workspace::openOrCreate(m_workspace);
        QVERIFY(workspace.ok());
        auto imported = test::importFile(*workspace, csv, u"synthetic"_s);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
        struct Configuration
        {
            double eta;
            int depth;
        };
        const QList<Configuration> configurations{{0.3, 2}, {0.3, 5}, {0.02, 2}};
        for (const Configuration& c : configurations) {
            for (quint64 seed : {1, 2, 3}) {
                m_runs << train(*workspace, imported->dataset.id, c.eta, c.depth, seed);
                QVERIFY(m_runs.last() > 0);
            }
        }
        m_odd = train(*workspace, imported->dataset.id, 0.3, 2, 9);
        QVERIFY(m_odd > 0);
    }

    void init() { Settings::clear(); }

    void aCrossValidatedRunShowsTheMeanOfItsFoldsWithABand()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        window.runsPanel()->selectRun(m_runs.first());
        MetricChart* chart = nullptr;
        QTRY_VERIFY((chart = window.runView()->chart(u"logloss"_s)) != nullptr);
        QTRY_VERIFY(chart->pointCount(u"valid"_s, 2) == 20);
        CurvePlot* plot = chart->plot();
        int mean = -1, folds = 0;
        for (int c = 0; c < plot->curveCount(); ++c) {
            if (plot->curve(c).label.startsWith(u"mean ± std of 3 folds"_s) && plot->curve(c).label.contains(u"alid"_s))
                mean = c;
            if (plot->curve(c).label.startsWith(u"fold "_s))
                ++folds;
        }
        QCOMPARE(folds, 6); // 3 folds, training and validation: the folds' own curves stay
        QVERIFY(mean >= 0);
        // The band is the mean ± the folds' standard deviation at each round.
        std::vector<double> last;
        for (int f = 0; f < 3; ++f) {
            for (int c = 0; c < plot->curveCount(); ++c) {
                if (plot->curve(c).label.startsWith(u"fold %1 "_s.arg(f + 1)) && plot->curve(c).label.contains(u"alid"_s))
                    last.push_back(plot->curve(c).values[19]);
            }
        }
        QCOMPARE(last.size(), std::size_t(3));
        const double m = (last[0] + last[1] + last[2]) / 3;
        double squares = 0;
        for (double v : last)
            squares += (v - m) * (v - m);
        const double sd = std::sqrt(squares / 2);
        QVERIFY(std::abs(plot->curve(mean).values[19] - m) < 1e-12);
        QVERIFY(std::abs(plot->curve(mean).high[19] - (m + sd)) < 1e-12);
        QVERIFY(std::abs(plot->curve(mean).low[19] - (m - sd)) < 1e-12);
        QVERIFY(plot->readout({mean, 19}).contains(u"band: "_s));
        // The metrics table gives the validation figures as mean ± std over the folds.
        auto* metrics = window.findChild<QTableWidget*>(u"runMetrics"_s);
        QVERIFY(metrics->horizontalHeaderItem(2)->text().contains(u"mean ± std"_s));
        QVERIFY(metrics->item(0, 2)->text().contains(u" ± "_s));
    }

    void compareGroupsRepeatsAndTestsThemAgainstABaseline()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        RunsPanel* panel = window.runsPanel();
        panel->view()->selectAll();
        QCOMPARE(panel->selectedRuns().size(), 10);
        QTest::mouseClick(window.findChild<QToolButton*>(u"compareRunsButton"_s), Qt::LeftButton);
        CompareView* view = window.compareView();
        QTRY_VERIFY(!view->isLoading());
        QCOMPARE(view->runs().size(), 10);

        // Not grouped: a run a curve; the cross-validated runs' validation curve is their folds' mean.
        QCOMPARE(view->curveCount(), 10);
        view->curvePlot()->grab();
        QCOMPARE(view->pointCount(0), 20);
        // Each run's curve, for the bands below.
        std::vector<double> atTen;
        for (int run = 0; run < 10; ++run)
            atTen.push_back(view->curvePlot()->curve(run).values[10]);
        SignificancePanel* significance = view->significance();
        // The tests wait for their tab: nothing is tested while it is hidden.
        QTest::qWait(400);
        QVERIFY(!significance->isUpToDate());
        view->chartTabs()->setCurrentWidget(significance);
        QTRY_VERIFY(significance->isUpToDate());
        // Run by run, the runs on other split seeds than the baseline cannot be tested.
        QVERIFY(!significance->problemLabel()->isHidden());
        QVERIFY2(significance->problemLabel()->text().contains(u"split seed"_s), qPrintable(significance->problemLabel()->text()));
        view->chartTabs()->setCurrentIndex(0);

        // Group by configuration: three groups of three repeats, and the run on seed 9 on its own.
        QComboBox* groupBy = view->groupByCombo();
        QVERIFY(groupBy->findData(u"params.max_depth"_s) >= 0);
        QVERIFY(groupBy->findData(u"validation.seed"_s) >= 0);
        groupBy->setCurrentIndex(groupBy->findData(u"configuration"_s));
        QCOMPARE(view->groups().size(), 3);
        QCOMPARE(view->groups()[0].members.size(), 4); // eta 0.3, depth 2: seeds 1, 2, 3 and 9
        QVERIFY(!significance->isUpToDate()); // regrouped while the tab is hidden
        QCOMPARE(view->curveCount(), 3);
        QCOMPARE(view->legend()->count(), 3);
        QVERIFY(view->legend()->item(1)->text().contains(u"· 3 run"_s));
        // Short labels: the legend is as wide as they need, not a third of the page, and the
        // plot has the rest.
        {
            QListWidget* legend = view->legend();
            int widest = 0;
            for (int i = 0; i < legend->count(); ++i)
                widest = std::max(widest, legend->fontMetrics().horizontalAdvance(legend->item(i)->text()));
            const int page = legend->width() + view->curvePlot()->width();
            QVERIFY2(legend->width() >= widest && legend->width() < widest + 120 && legend->width() < page / 3,
                     qPrintable(u"legend %1 px, labels %2 px, page %3 px"_s.arg(legend->width()).arg(widest).arg(page)));
        }
        const CurvePlot::Curve& grouped = view->curvePlot()->curve(1);
        QVERIFY(std::isfinite(grouped.low[10]) && grouped.low[10] < grouped.values[10] && grouped.high[10] > grouped.values[10]);
        // min–max: the band reaches the lowest and the highest run.
        view->bandCombo()->setCurrentIndex(view->bandCombo()->findData(u"range"_s));
        double lowest = INFINITY, highest = -INFINITY;
        for (int run : view->groups()[1].members) {
            lowest = std::min(lowest, atTen[std::size_t(run)]);
            highest = std::max(highest, atTen[std::size_t(run)]);
        }
        QVERIFY(lowest < highest);
        QCOMPARE(view->curvePlot()->curve(1).low[10], lowest);
        QCOMPARE(view->curvePlot()->curve(1).high[10], highest);
        view->bandCombo()->setCurrentIndex(view->bandCombo()->findData(u"std"_s));
        // The metrics table: a column a group, mean ± std with n.
        QAbstractItemModel* metrics = view->metricsTable()->model();
        QCOMPARE(metrics->columnCount(), 4);
        QVERIFY(metrics->headerData(2, Qt::Horizontal).toString().contains(u"(n=3)"_s));
        QVERIFY2(metrics->index(0, 2).data().toString().contains(u" ± "_s), qPrintable(metrics->index(0, 2).data().toString()));
        QVERIFY(!metrics->index(0, 2).data().toString().contains(u"(n="_s)); // n is in the header
        QVERIFY(metrics->index(0, 2).data(Qt::ToolTipRole).toString().contains(u"Mean of 3 run"_s));
        // As CSV, a group's mean, std and n are numbers in columns of their own.
        const QString csvPath = m_root.filePath(u"grouped-metrics.csv"_s);
        QVERIFY(view->exportTable(view->metricsTable(), csvPath));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
        // The metric, and a mean, a std and an n column for each of three groups.
        QVERIFY2(lines.front().count(u" mean"_s) == 3 && lines.front().count(u" std"_s) == 3 &&
                     lines.front().count(u" n"_s) == 3,
                 qPrintable(lines.front()));
        QVERIFY(!lines[1].contains(u"±"_s));
        const QStringList cells = lines[1].split(u',');
        QCOMPARE(cells.size(), 10);
        bool numeric = false;
        cells[4].toDouble(&numeric); // the second group's mean
        QVERIFY2(numeric, qPrintable(lines[1]));
        QVERIFY(std::abs(cells[4].toDouble() - metrics->index(0, 2).data().toString().section(u" ± "_s, 0, 0).toDouble()) < 1e-4);
        QCOMPARE(cells[6], u"3"_s);

        // The group with the run on seed 9 has seeds the others lack: refused by its seeds.
        view->chartTabs()->setCurrentWidget(significance);
        QTRY_VERIFY(significance->isUpToDate());
        QCOMPARE(significance->baselineCombo()->currentIndex(), 0);
        QVERIFY(significance->problemLabel()->text().contains(u"split seeds (1, 2, 3, 9 and 1, 2, 3)"_s));
        // Group by depth and eta alike, without the odd run: compare again without it.
        QList<qint64> repeats = m_runs;
        view->setRuns(repeats);
        QTRY_VERIFY(!view->isLoading());
        QCOMPARE(groupBy->currentData().toString(), u"configuration"_s); // kept
        QCOMPARE(view->groups().size(), 3);
        QTRY_VERIFY(significance->isUpToDate());
        QVERIFY(significance->problemLabel()->isHidden());
        // Against eta=0.3, depth 2: the slow learner (eta 0.02) is worse on logloss, a loss.
        QCOMPARE(significance->baselineCombo()->count(), 3);
        QCOMPARE(significance->baselineCombo()->currentText(), u"eta=0.3, max_depth=2 (n=3)"_s);
        SignificanceModel* model = significance->model();
        QCOMPARE(model->rowCount(), 6); // two groups, three validation metrics
        int slowLogloss = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, SignificanceModel::Compared).data().toString().contains(u"eta=0.02"_s) &&
                model->index(row, SignificanceModel::Metric).data().toString() == u"valid.logloss"_s)
                slowLogloss = row;
        }
        QVERIFY(slowLogloss >= 0);
        const QModelIndex verdict = model->index(slowLogloss, SignificanceModel::Verdict);
        QCOMPARE(verdict.data().toString(), u"▼ worse"_s);
        QCOMPARE(verdict.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc0, 0x1c, 0x28));
        QVERIFY(verdict.data(Qt::ToolTipRole).toString().contains(u"significantly worse"_s));
        QVERIFY(model->index(slowLogloss, SignificanceModel::Test).data().toString().contains(u"repeated k-fold, 9 pair"_s));
        const GroupSignificance& result = significance->result();
        QCOMPARE(result.wins + result.ties + result.losses, 6);
        QVERIFY(result.losses >= 1);
        const QString summary = significance->summaryLabel()->text();
        QVERIFY2(summary.contains(u"▼ %1 worse"_s.arg(result.losses)), qPrintable(summary));
        QVERIFY(summary.contains(u"▲ %1 better"_s.arg(result.wins)));
        QVERIFY(summary.contains(u"= %1 tied"_s.arg(result.ties)));
        // A stricter alpha can only turn differences into ties.
        significance->alphaSpin()->setValue(0.001);
        QTRY_VERIFY(significance->isUpToDate());
        QVERIFY(significance->result().wins + significance->result().losses <= result.wins + result.losses);
        significance->alphaSpin()->setValue(0.05);
        // The slow group as the baseline: the others are better on logloss.
        significance->baselineCombo()->setCurrentIndex(2);
        QTRY_VERIFY(significance->isUpToDate());
        QVERIFY(significance->result().wins >= 2);
        significance->baselineCombo()->setCurrentIndex(0);

        // Grouped by one setting: the depth (eta 0.3 and 0.02 at depth 2 together).
        // Depth 2 holds two learners (eta 0.3 and 0.02): not repeats, so not tested as such.
        groupBy->setCurrentIndex(groupBy->findData(u"params.max_depth"_s));
        QCOMPARE(view->groups().size(), 2);
        QTRY_VERIFY(significance->isUpToDate());
        QVERIFY(!significance->problemLabel()->isHidden());
        QVERIFY2(significance->problemLabel()->text().contains(u"not repeats of one configuration"_s) &&
                     significance->problemLabel()->text().contains(u"params.eta"_s),
                 qPrintable(significance->problemLabel()->text()));
        QCOMPARE(significance->model()->rowCount(), 0);
        groupBy->setCurrentIndex(groupBy->findData(u"configuration"_s));
        QTRY_VERIFY(significance->isUpToDate());

        // The grouping is kept with a saved comparison's view.
        QCOMPARE(view->viewSettings().value(u"group_by"_s).toString(), u"configuration"_s);

        // For the README: the grouped curves, and the tests, with the page as wide as the window.
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            dock->hide();
        view->chartTabs()->setCurrentIndex(0);
        QApplication::processEvents();
        QVERIFY(test::saveScreenshot(&window, u"compare-groups.png"_s));
        view->chartTabs()->setCurrentWidget(significance);
        QApplication::processEvents();
        QVERIFY(test::saveScreenshot(&window, u"compare-significance.png"_s));
    }

private:
    // The window on the workspace, once its runs are listed (they are read in the background).
    bool openWindow(MainWindow& window) { return test::openWindow(window, m_workspace); }

    qint64 train(Workspace& workspace, qint64 dataset, double eta, int depth, quint64 splitSeed)
    {
        RunConfig config;
        config.dataset = QString::number(dataset);
        config.target = u"label"_s;
        config.rounds = 20;
        config.params.eta = eta;
        config.params.maxDepth = depth;
        config.validation.kind = ValidationKind::KFold;
        config.validation.folds = 3;
        config.validation.seed = splitSeed;
        config.threads = 1;
        auto id = queueRun(workspace, config);
        if (!id.ok())
            return -1;
        JobControl control;
        return executeRun(workspace, *id, control).ok() ? *id : -1;
    }

    QTemporaryDir m_root;
    QString m_workspace;
    QList<qint64> m_runs;
    qint64 m_odd = -1;
};

QTEST_MAIN(TestGuiCompare)
#include "tst_gui_compare.moc"
