// The run page's Evaluation tab in the real main window, offscreen: a binary run's curves, the
// threshold chosen by dragging on the ROC curve (the confusion matrix checked against a count of
// the held-out rows), costs and the cost-optimal threshold, saving the threshold with the run,
// slices of a column, exports; a multiclass and a regression run. With GROVE_SCREENSHOT_DIR set,
// it saves a picture of each.
#include "core/model/HeldOutPredictions.h"
#include "core/model/StoredExplanation.h"
#include "core/services/RunEvaluation.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/Explanation.h"
#include "core/train/TrainingJob.h"
#include "tests/GuiWindow.h"
#include "tests/TestFiles.h"
#include "tests/TrainingData.h"
#include "ui/app/MainWindow.h"
#include "ui/charts/FigurePlot.h"
#include "ui/charts/ExportActions.h"
#include "ui/common/Settings.h"
#include "ui/evaluate/BinaryPane.h"
#include "ui/evaluate/CompareEvaluation.h"
#include "ui/evaluate/EvaluationView.h"
#include "ui/evaluate/ExplanationView.h"
#include "ui/charts/ShapPlots.h"
#include "ui/evaluate/SlicesPanel.h"
#include "ui/evaluate/TaskPanes.h"
#include "ui/runs/CompareView.h"
#include "ui/runs/RunListModel.h"
#include "ui/runs/RunView.h"
#include "ui/runs/RunsPanel.h"
#include "ui/workspace/WorkspaceController.h"

#include <QComboBox>
#include <QLabel>
#include <QPainter>
#include <QTableView>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace grove;

class TestGuiEvaluation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_workspace;
    qint64 m_binary = 0, m_multiclass = 0, m_regression = 0;

    qint64 m_otherSplit = 0, m_deeper = 0;

    qint64 train(Workspace& workspace, const QString& target, const QStringList& excluded, quint64 seed = 42, int depth = 6)
    {
        RunConfig config;
        config.validation.seed = seed;
        config.params.maxDepth = depth;
        config.dataset = u"synth"_s;
        config.target = target;
        config.excludedFeatures = excluded;
        config.rounds = 20;
        auto id = queueRun(workspace, config);
        if (!id)
            return 0;
        JobControl control;
        return executeRun(workspace, *id, control).ok() ? *id : 0;
    }

    bool open(MainWindow& window) const { return test::openWindow(window, m_workspace, QSize(1600, 1000)); }

    // Shows a run on its page with the Evaluation tab open; returns the view once it evaluated.
    EvaluationView* showEvaluation(MainWindow& window, qint64 run)
    {
        EvaluationView* view = window.evaluationView();
        QSignalSpy evaluated(view, &EvaluationView::evaluated);
        window.runsPanel()->selectRun(run);
        auto* tabs = window.runView()->findChild<QTabWidget*>();
        tabs->setCurrentWidget(view);
        if (!evaluated.wait(30000) && evaluated.isEmpty())
            return nullptr;
        return view;
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
        m_binary = train(*workspace, u"label"_s, {u"grade"_s, u"amount"_s});
        m_multiclass = train(*workspace, u"grade"_s, {u"label"_s, u"amount"_s});
        m_regression = train(*workspace, u"amount"_s, {u"label"_s, u"grade"_s});
        m_deeper = train(*workspace, u"label"_s, {u"grade"_s, u"amount"_s}, 42, 2);
        m_otherSplit = train(*workspace, u"label"_s, {u"grade"_s, u"amount"_s}, 7);
        QVERIFY(m_binary > 0 && m_multiclass > 0 && m_regression > 0 && m_deeper > 0 && m_otherSplit > 0);
    }

    void binaryThresholdCostsAndSlices()
    {
        MainWindow window;
        QVERIFY(open(window));
        EvaluationView* view = showEvaluation(window, m_binary);
        QVERIFY(view);
        BinaryPane* pane = view->binaryPane();
        QTRY_VERIFY(pane->isVisible());
        QVERIFY2(view->status().contains(u"held-out rows"_s), qPrintable(view->status()));
        auto predictions = view->predictions();
        QVERIFY(predictions && predictions->size() > 100);

        // Every plot has something drawn (offscreen, render into an image).
        for (FigurePlot* plot : pane->plots()) {
            QImage image(800, 500, QImage::Format_ARGB32);
            QPainter painter(&image);
            plot->render(painter, image.rect());
            QVERIFY2(plot->seriesCount() > 0 && plot->drawnCount(0) > 0, qPrintable(plot->objectName()));
        }

        // Dragging on the ROC curve picks a point of it; the confusion matrix is the count of
        // held-out rows at that threshold.
        FigurePlot* roc = pane->rocPlot();
        const std::size_t middle = roc->series(0).x.size() / 3;
        const QPoint at = roc->position(0, middle).toPoint();
        QTest::mousePress(roc, Qt::LeftButton, {}, at);
        QTest::mouseRelease(roc, Qt::LeftButton, {}, at);
        const double threshold = pane->decision().effectiveThreshold();
        QVERIFY2(threshold != 0.5, "the drag chose no threshold");
        std::int64_t counts[2][2] = {};
        for (std::size_t i = 0; i < predictions->size(); ++i)
            ++counts[predictions->labels[i] > 0.5f ? 1 : 0][predictions->scores[i] >= float(threshold) ? 1 : 0];
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c)
                QCOMPARE(pane->confusionTable()->item(r, c)->data(Qt::UserRole).toLongLong(), counts[r][c]);
        QCOMPARE(roc->marker()->x(), double(counts[0][1]) / double(counts[0][0] + counts[0][1]));

        // A false negative costing 10: the cost-optimal threshold is lower than with equal costs.
        pane->setCosts(1, 1);
        const double even = pane->cheapest().threshold;
        pane->setCosts(1, 10);
        QVERIFY2(pane->cheapest().threshold < even, qPrintable(u"%1 vs %2"_s.arg(pane->cheapest().threshold).arg(even)));
        pane->useCheapest();
        QCOMPARE(pane->decision().effectiveThreshold(), pane->cheapest().threshold);

        // Saved with the run: the store has it, and reopening the run starts from it.
        QSignalSpy saved(view, &EvaluationView::decisionSaved);
        QVERIFY(pane->saveButton()->isEnabled());
        QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QVERIFY(!pane->saveButton()->isEnabled());
        auto stored = RunStore(window.workspaceController()->workspace()->database()).byId(m_binary);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->decision.threshold.value_or(-1), pane->cheapest().threshold);
        QCOMPARE((*stored)->decision.costFalseNegative, 10.0);

        // Slices of a column that is not a feature: rows add up to the held-out rows.
        SlicesPanel* slices = view->slicesPanel();
        QSignalSpy computed(slices, &SlicesPanel::computed);
        slices->sliceBy(u"grade"_s);
        QTRY_COMPARE_WITH_TIMEOUT(computed.size(), 1, 20000);
        QVERIFY(slices->report().has_value());
        QCOMPARE(slices->table()->rowCount(), 4); // all rows, low, mid, high
        qint64 rows = 0;
        for (int r = 1; r < slices->table()->rowCount(); ++r)
            rows += slices->table()->item(r, 0)->data(Qt::UserRole).toLongLong();
        QCOMPARE(rows, qint64(predictions->size()));

        // Exports: a chart to PNG and SVG, a table to CSV.
        QString error;
        QVERIFY(roc->exportTo(m_root.filePath(u"roc.png"_s), &error));
        QVERIFY(roc->exportTo(m_root.filePath(u"roc.svg"_s), &error));
        QVERIFY(QImage(m_root.filePath(u"roc.png"_s)).width() > 100);
        QVERIFY(test::readFile(m_root.filePath(u"roc.svg"_s)).contains("<svg"));
        QVERIFY(writeTableCsv(*slices->table()->model(), m_root.filePath(u"slices.csv"_s)).isEmpty());
        const QList<QByteArray> lines = test::readFile(m_root.filePath(u"slices.csv"_s)).trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines[1].startsWith("All rows,"), lines[1].constData());
        QVERIFY(!roc->actions().isEmpty()); // Export PNG… and SVG… in its context menu
        QVERIFY(test::saveScreenshot(&window, u"evaluation-binary.png"_s));
    }

    void explanations()
    {
        MainWindow window;
        QVERIFY(open(window));
        ExplanationView* view = window.explanationView();
        QSignalSpy explained(view, &ExplanationView::explained);
        window.runsPanel()->selectRun(m_binary);
        QTRY_COMPARE(window.runView()->currentRun(), m_binary);
        QCOMPARE(explained.size(), 0); // nothing computed while the tab is hidden
        window.runView()->findChild<QTabWidget*>()->setCurrentWidget(view);
        QTRY_COMPARE_WITH_TIMEOUT(explained.size(), 1, 30000);
        const Explanation* e = view->explanation();
        QVERIFY2(e, qPrintable(view->status()));
        // The global view lists features by mean |SHAP|, largest first.
        const QStringList shown = view->summaryPlot()->shownFeatures();
        QCOMPARE(shown.size(), e->features.size());
        for (qsizetype i = 1; i < shown.size(); ++i)
            QVERIFY(e->meanAbsolute[std::size_t(e->features.indexOf(shown[i - 1]))] >=
                    e->meanAbsolute[std::size_t(e->features.indexOf(shown[i]))]);
        QImage image(900, 600, QImage::Format_ARGB32);
        {
            QPainter painter(&image);
            view->summaryPlot()->render(painter, image.rect());
        }
        QCOMPARE(view->summaryPlot()->drawnPoints(), int(e->sample.size() * std::size_t(e->features.size())));
        // The dependence plot: one point per explained row, coloured by its strongest partner.
        view->showDependence(u"x2"_s);
        QCOMPARE(view->dependencePlot()->series(0).x.size(), e->sample.size());
        QCOMPARE(view->dependencePlot()->series(0).shade.size(), e->sample.size());
        view->showDependence(u"color"_s);
        QVERIFY(view->dependencePlot()->title().contains(u"color"_s));

        // Sorted by error, worst first: the top row is the held-out row with the largest error.
        HeldOutRowsModel* rows = view->rowsModel();
        // The two row numbers are counted differently, and their headers say how.
        QVERIFY(rows->headerData(HeldOutRowsModel::Index, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"from 0"_s));
        QVERIFY(rows->headerData(HeldOutRowsModel::DatasetRow, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"from 1"_s));
        view->rowsTable()->sortByColumn(HeldOutRowsModel::Error, Qt::DescendingOrder);
        double worst = -1;
        for (std::size_t i = 0; i < std::size_t(rows->rowCount()); ++i)
            worst = std::max(worst, rows->error(i));
        const qint64 top = rows->heldOutIndex(0);
        QCOMPARE(rows->error(std::size_t(top)), worst);
        QSignalSpy rowExplained(view, &ExplanationView::rowExplained);
        view->rowsTable()->selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(rowExplained.size(), 1, 30000);
        const RowExplanation& row = *view->rowExplanation();
        QCOMPARE(row.index, top);
        // The waterfall adds up: base value plus contributions is the margin, whose logistic is
        // the stored probability.
        double margin = e->baseValue;
        for (float c : row.contributions)
            margin += c;
        QVERIFY(std::abs(margin - row.margin) < 1e-4);
        QVERIFY(std::abs(1.0 / (1.0 + std::exp(-margin)) - row.prediction) < 1e-4);
        QCOMPARE(view->waterfallPlot()->barCount(), int(row.contributions.size()));
        QVERIFY(test::saveScreenshot(&window, u"explanations.png"_s));

        // The global part was stored with the run, and explaining one row did not replace it:
        // another window reads it back instead of computing it again.
        auto stored = StoredExplanation::read(m_workspace + u"/runs/%1/explanations.f32"_s.arg(m_binary));
        QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->sample, e->sample);
        QVERIFY(stored->interactions);
        QVERIFY(!e->cached);
        MainWindow again;
        QVERIFY(open(again));
        ExplanationView* second = again.explanationView();
        QSignalSpy secondExplained(second, &ExplanationView::explained);
        again.runsPanel()->selectRun(m_binary);
        QTRY_COMPARE(again.runView()->currentRun(), m_binary);
        again.runView()->findChild<QTabWidget*>()->setCurrentWidget(second);
        QTRY_COMPARE_WITH_TIMEOUT(secondExplained.size(), 1, 30000);
        QVERIFY(second->explanation() && second->explanation()->cached);
        QVERIFY2(second->status().contains(u"stored with the run"_s), qPrintable(second->status()));
        QCOMPARE(second->explanation()->meanAbsolute, e->meanAbsolute);
        QCOMPARE(second->explanation()->strongestPartner, e->strongestPartner);
    }

    // The global explanation is computed in parts of the sample, with progress between them and a
    // cancellation answered there (XGBoost cannot be stopped within a call): the parts add up to
    // what each row gives alone, and a cancelled explanation stores nothing.
    void explanationsComeInPartsAndStopWhenCancelled()
    {
        auto workspace = Workspace::openOrCreate(m_workspace);
        QVERIFY(workspace.ok());
        auto run = RunStore(workspace->database()).find(QString::number(m_otherSplit));
        QVERIFY(run.ok());
        auto predictions = loadHeldOutPredictions(*workspace, *run);
        QVERIFY(predictions.ok());
        QVERIFY(predictions->size() > 256); // more than one part of contributions
        const QString cache = explanationCachePath(*workspace, m_otherSplit);
        QFile::remove(cache);

        ExplainOptions options;
        options.interactions = true;
        JobControl cancelled;
        int reports = 0;
        cancelled.setProgressCallback([&](double, const QString&) {
            ++reports;
            cancelled.requestInterruption();
        });
        auto stopped = explainRun(*workspace, *run, *predictions, options, &cancelled);
        QVERIFY(!stopped.ok());
        QVERIFY2(stopped.error().isCancelled(), qPrintable(stopped.error().toString()));
        QCOMPARE(reports, 1); // the first part, then nothing more
        QVERIFY(!QFile::exists(cache));
        // Cancelled among the interactions, after every contribution: nothing stored either.
        JobControl late;
        late.setProgressCallback([&](double fraction, const QString&) {
            if (fraction > 0.5)
                late.requestInterruption();
        });
        auto stoppedLate = explainRun(*workspace, *run, *predictions, options, &late);
        QVERIFY(!stoppedLate.ok() && stoppedLate.error().isCancelled());
        QVERIFY(!QFile::exists(cache));

        JobControl control;
        std::vector<double> fractions;
        control.setProgressCallback([&](double fraction, const QString&) { fractions.push_back(fraction); });
        auto explained = explainRun(*workspace, *run, *predictions, options, &control);
        QVERIFY2(explained.ok(), explained.ok() ? "" : qPrintable(explained.error().toString()));
        QVERIFY(QFile::exists(cache));
        QVERIFY(fractions.size() >= 3);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.back(), 1.0);
        const Explanation& e = *explained;
        const auto features = std::size_t(e.features.size());
        QCOMPARE(e.sample.size(), predictions->size());
        for (std::size_t i : {std::size_t(0), std::size_t(255), std::size_t(256), e.sample.size() - 1}) {
            auto alone = explainHeldOutRow(*workspace, *run, *predictions, qint64(e.sample[i]), {});
            QVERIFY(alone.ok());
            for (std::size_t f = 0; f < features; ++f)
                QCOMPARE(e.contributions[i * features + f], alone->contributions[f]);
        }
    }

    void comparedEvaluations()
    {
        MainWindow window;
        QVERIFY(open(window));
        CompareView* compare = window.compareView();
        CompareEvaluation* view = compare->evaluation();
        QSignalSpy compared(view, &CompareEvaluation::compared);
        compare->setRuns({m_binary, m_deeper});
        QTRY_COMPARE(compare->runs().size(), 2);
        compare->chartTabs()->setCurrentWidget(view);
        window.findChild<QTabWidget*>(u"centralTabs"_s)->setCurrentWidget(compare);
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 1, 30000);
        QVERIFY(view->comparison() && view->comparison()->sameRows);
        QVERIFY2(view->note()->text().contains(u"same held-out rows"_s), qPrintable(view->note()->text()));
        for (FigurePlot* plot : view->plots())
            QCOMPARE(plot->seriesCount(), 2);
        // Slices side by side: a column per run, a row per slice and one for all rows.
        view->sliceBy(u"color"_s);
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 2, 30000);
        QCOMPARE(view->slicesTable()->columnCount(), 2);
        QCOMPARE(view->slicesTable()->rowCount(), 5);
        QVERIFY(test::saveScreenshot(&window, u"compare-evaluation.png"_s));
        // Another split: said plainly.
        compare->setRuns({m_binary, m_otherSplit});
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 3, 30000);
        QVERIFY(!view->comparison()->sameRows);
        QVERIFY2(view->note()->text().contains(u"different rows"_s), qPrintable(view->note()->text()));
    }

    void multiclassAndRegression()
    {
        MainWindow window;
        QVERIFY(open(window));
        EvaluationView* view = showEvaluation(window, m_multiclass);
        QVERIFY(view);
        MulticlassPane* multiclass = view->multiclassPane();
        QTRY_VERIFY(multiclass->isVisible());
        QCOMPARE(multiclass->confusionTable()->rowCount(), 3);
        QCOMPARE(multiclass->confusionTable()->columnCount(), 3);
        qint64 total = 0;
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                total += multiclass->confusionTable()->item(r, c)->data(Qt::UserRole).toLongLong();
        QCOMPARE(total, qint64(view->predictions()->size()));
        multiclass->setNormalised(true);
        double share = 0;
        for (int c = 0; c < 3; ++c)
            share += multiclass->confusionTable()->item(0, c)->data(Qt::UserRole).toDouble();
        QVERIFY(std::abs(share - 1.0) < 1e-9);
        QCOMPARE(multiclass->classTable()->rowCount(), 6); // 3 classes, macro, weighted, accuracy
        QCOMPARE(multiclass->rocPlot()->seriesCount(), 3);
        QVERIFY(test::saveScreenshot(&window, u"evaluation-multiclass.png"_s));

        view = showEvaluation(window, m_regression);
        QVERIFY(view);
        RegressionPane* regression = view->regressionPane();
        QTRY_VERIFY(regression->isVisible());
        const double rmse = regression->figuresTable()->item(0, 0)->data(Qt::UserRole).toDouble();
        double squares = 0;
        auto predictions = view->predictions();
        for (std::size_t i = 0; i < predictions->size(); ++i)
            squares += std::pow(double(predictions->scores[i]) - double(predictions->labels[i]), 2);
        QVERIFY(std::abs(rmse - std::sqrt(squares / double(predictions->size()))) < 1e-4 * rmse);
        for (FigurePlot* plot : regression->plots())
            QVERIFY(plot->seriesCount() == 1);
        QVERIFY(test::saveScreenshot(&window, u"evaluation-regression.png"_s));
    }
};

QTEST_MAIN(TestGuiEvaluation)
#include "tst_gui_evaluation.moc"
