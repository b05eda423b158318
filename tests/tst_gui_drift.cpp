// The drift view in the real main window, offscreen: Registry ▸ Check Drift… on an exported
// version, new data with a shifted feature and a category the model never saw, checked off the UI
// thread; the table sorted by PSI with the drift marked in words, the selected feature's bins and
// the scores' bins beside the training data's, the PSI over the model's past checks; refused files
// (a feature column missing, text in a numeric column, no rows) named in the window with no report
// kept; Cancel during a long check while the window keeps answering.
// With GROVE_SCREENSHOT_DIR set, it saves a picture of the view after the alert.
#include "core/registry/Registry.h"
#include "core/services/DriftCheck.h"
#include "core/services/RunValidation.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSettings.h"
#include "core/train/TrainingJob.h"
#include "tests/GuiWindow.h"
#include "tests/TestFiles.h"
#include "tests/TrainingData.h"
#include "translations/Translations.h"
#include "ui/app/MainWindow.h"
#include "ui/charts/FigurePlot.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Settings.h"
#include "ui/common/TaskProgress.h"
#include "ui/registry/DriftFeatureModel.h"
#include "ui/registry/DriftWindow.h"
#include "ui/registry/RegistryController.h"
#include "ui/registry/RegistryView.h"
#include "ui/runs/RunListModel.h"
#include "ui/runs/RunsPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace grove;

class TestGuiDrift : public QObject
{
    Q_OBJECT

    static constexpr int kEarlierChecks = 4;
    QTemporaryDir m_root;
    QString m_workspace, m_registry, m_training, m_shifted, m_missing, m_textual, m_empty, m_large;

    int reports() const
    {
        return int(
            QDir(m_registry + u"/churn/monitoring"_s).entryList({u"*.json"_s}, QDir::Files).size());
    }

    // Opens the window on the workspace, and the drift view through Registry ▸ Check Drift… with
    // version 1 selected in the registry browser; `input` is the new data.
    DriftWindow* openDriftView(MainWindow& window, const QString& input = {})
    {
        if (!test::openWindow(window, m_workspace))
            return nullptr;
        RegistryView* view = window.registryView();
        if (!QTest::qWaitFor([&] { return view->selectVersion(u"churn"_s, 1); }, 30000))
            return nullptr;
        QAction* action = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            if (menu->text() == u"&Registry"_s && menu->menu())
                action = menu->menu()->actions().value(0);
        }
        if (!action || action->objectName() != u"checkDriftAction"_s)
            return nullptr;
        action->trigger();
        auto* drift = window.findChild<DriftWindow*>();
        if (drift && !input.isEmpty())
            drift->setInput(input);
        return drift;
    }

private slots:
    void initTestCase()
    {
        Settings::clear();
        // English plural forms ("2 features"), as the application has them.
        installTranslations(*QCoreApplication::instance());
        m_workspace = m_root.filePath(u"ws"_s);
        auto workspace = Workspace::openOrCreate(m_workspace);
        QVERIFY(workspace.ok());
        m_training = test::writeFile(m_root.filePath(u"synth.csv"_s),
                                     test::syntheticCsv(test::syntheticRows(600, 5)));
        QVERIFY(test::importFile(*workspace, m_training, u"synth"_s).ok());
        RunConfig config;
        config.dataset = u"synth"_s;
        config.target = u"label"_s;
        config.excludedFeatures = {u"grade"_s, u"amount"_s};
        config.rounds = 15;
        auto id = queueRun(*workspace, config);
        QVERIFY(id.ok());
        JobControl control;
        QVERIFY(executeRun(*workspace, *id, control).ok());
        ValidationRequest validation;
        validation.runId = *id;
        validation.rules = QStringList{u"valid.auc >= 0.5"_s};
        VERIFY_OK(validateAndSave(*workspace, validation, control));
        m_registry = registryFolder(*workspace);
        Registry registry(m_registry);
        VERIFY_OK(exportRunWithDriftReference(*workspace, registry, *id, u"churn"_s));

        // Earlier checks, as a pipeline made them: the training data, then x2 creeping up month by
        // month. The history's first points.
        for (int shift = 0; shift < kEarlierChecks; ++shift) {
            QList<test::SyntheticRow> month = test::syntheticRows(500, 100 + quint64(shift));
            for (test::SyntheticRow& row : month)
                row.x2 += shift;
            DriftCheckRequest earlier;
            earlier.version = m_registry + u"/churn/1"_s;
            earlier.inputPath = shift == 0
                                    ? m_training
                                    : test::writeFile(m_root.filePath(u"month%1.csv"_s.arg(shift)),
                                                      test::syntheticCsv(month));
            VERIFY_OK(checkDrift(earlier, control));
        }
        QCOMPARE(reports(), kEarlierChecks);

        QList<test::SyntheticRow> rows = test::syntheticRows(500, 77);
        for (test::SyntheticRow& row : rows)
            row.x2 += 5;
        for (int i = 0; i < 40; ++i)
            rows[i].color = u"violet"_s;
        m_shifted = test::writeFile(m_root.filePath(u"shifted.csv"_s), test::syntheticCsv(rows));
        m_missing =
            test::writeFile(m_root.filePath(u"no-x3.csv"_s),
                            test::syntheticCsv(rows, {u"x1"_s, u"x2"_s, u"color"_s, u"label"_s}));
        m_large = test::writeFile(m_root.filePath(u"large.csv"_s),
                                  test::syntheticCsv(test::syntheticRows(300000, 9)));
        m_textual = test::writeFile(m_root.filePath(u"text-x1.csv"_s),
                                    "x1,x2,x3,color\n0.5,1,0.25,red\nhigh,2,0.5,blue\n");
        m_empty = test::writeFile(m_root.filePath(u"empty.csv"_s), "x1,x2,x3,color\n");
        QVERIFY(!m_shifted.isEmpty() && !m_missing.isEmpty() && !m_textual.isEmpty() &&
                !m_empty.isEmpty() && !m_large.isEmpty());
    }

    void aShiftedFeatureRaisesTheAlert()
    {
        MainWindow window;
        DriftWindow* drift = openDriftView(window);
        QVERIFY(drift);
        QTRY_VERIFY(drift->isVisible());
        QCOMPARE(drift->versionBox()->currentText(), u"churn/1"_s); // from the browser's selection
        QCOMPARE(drift->thresholdBox()->value(), 0.2);
        // On opening, the model's past check.
        QTRY_COMPARE(drift->history().checks.size(), std::size_t(kEarlierChecks));
        QCOMPARE(drift->historyPlot()->seriesCount() > 0, true);

        Dialogs::setNextFileName(m_shifted);
        QTest::mouseClick(drift->findChild<QPushButton*>(u"driftBrowse"_s), Qt::LeftButton);
        QCOMPARE(QDir::fromNativeSeparators(drift->inputEdit()->text()), m_shifted);
        QSignalSpy ended(drift, &DriftWindow::checkEnded);
        QSignalSpy historyRead(drift, &DriftWindow::historyRead);
        QTest::mouseClick(drift->checkButton(), Qt::LeftButton);
        QVERIFY(!drift->checkButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60000);
        QVERIFY2(ended.front().at(0).toBool(), qPrintable(drift->messageBar()->text()));
        QVERIFY(drift->checkButton()->isEnabled());

        // The table: the shifted feature first, over the threshold, marked by a word and a colour.
        DriftFeatureModel* model = drift->featureModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, DriftFeatureModel::Feature).data().toString(), u"x2"_s);
        QVERIFY(model->index(0, DriftFeatureModel::Psi).data(Qt::UserRole).toDouble() > 0.2);
        QCOMPARE(model->index(0, DriftFeatureModel::Status).data().toString(), u"drift"_s);
        QVERIFY(model->index(0, DriftFeatureModel::Feature).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model->index(0, DriftFeatureModel::Kind).data().toString(), u"numeric"_s);
        const int color = model->rowOf(u"color"_s);
        QVERIFY(color >= 0);
        QCOMPARE(model->index(color, DriftFeatureModel::Status).data().toString(), u"drift"_s);
        QVERIFY2(
            model->index(color, DriftFeatureModel::Unseen).data().toString().contains(u"violet"_s),
            qPrintable(model->index(color, DriftFeatureModel::Unseen).data().toString()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString name = model->index(row, DriftFeatureModel::Feature).data().toString();
            if (name == u"x1"_s || name == u"x3"_s) {
                QCOMPARE(model->index(row, DriftFeatureModel::Status).data().toString(), u"ok"_s);
                QVERIFY(!model->index(row, DriftFeatureModel::Feature)
                             .data(Qt::BackgroundRole)
                             .isValid());
            }
        }
        QVERIFY2(drift->summary().startsWith(u"Alert: 2 features over PSI 0.2 — x2, color"_s),
                 qPrintable(drift->summary()));
        QVERIFY(drift->findChild<QLabel*>(u"driftDetails"_s)->text().contains(u"Scores: PSI"_s));

        // The selected feature's bins: the reference's quantile bins, training data beside new
        // data.
        QCOMPARE(drift->selectedFeature(), u"x2"_s);
        const FeatureReference* x2 = drift->outcome()->reference.feature(u"x2"_s);
        QVERIFY(x2);
        const BinShares& bins = drift->featureBinsShown();
        QCOMPARE(bins.labels.size(), qsizetype(x2->numeric.shares.size()));
        QVERIFY2(bins.labels.front().startsWith(u"≤ "_s) && bins.labels.back().startsWith(u"> "_s),
                 qPrintable(bins.labels.join(u" | "_s)));
        QVERIFY(bins.labels[1].contains(u" – "_s));
        FigurePlot* featurePlot = drift->featurePlot();
        QCOMPARE(featurePlot->seriesCount(), 2);
        QCOMPARE(featurePlot->series(0).label, u"training data (reference)"_s);
        QCOMPARE(featurePlot->series(1).label, u"new data"_s);
        // Every value moved up by 6: none left in the lowest bin, most in the highest.
        QCOMPARE(bins.current.size(), bins.reference.size());
        QCOMPARE(bins.current.front(), 0.0);
        QVERIFY(bins.current.back() > 0.5 && bins.reference.back() < 0.2);
        featurePlot->repaint();
        QVERIFY(featurePlot->drawnCount(0) >= std::size_t(x2->numeric.shares.size()) - 1);
        QVERIFY(featurePlot->drawnCount(1) >= 1);

        // A categorical feature: its categories and "other", where the unseen category went.
        drift->selectFeature(u"color"_s);
        const BinShares& colors = drift->featureBinsShown();
        QVERIFY2(colors.labels.contains(u"red"_s) && colors.labels.back() == u"other"_s,
                 qPrintable(colors.labels.join(u" | "_s)));
        QVERIFY(colors.current.back() > 0.05);

        // The scores, the same way.
        FigurePlot* scorePlot = drift->scorePlot();
        QCOMPARE(scorePlot->seriesCount(), 2);
        QVERIFY(!scorePlot->series(1).y.empty());
        scorePlot->repaint();
        QVERIFY(scorePlot->drawnCount(0) > 0 && scorePlot->drawnCount(1) > 0);

        // The check kept a report, and the history has it after the earlier ones: a point each for
        // the selected feature, with the threshold drawn.
        QCOMPARE(reports(), kEarlierChecks + 1);
        QTRY_COMPARE(drift->history().checks.size(), std::size_t(kEarlierChecks + 1));
        drift->selectFeature(u"x2"_s);
        FigurePlot* history = drift->historyPlot();
        int points = -1;
        for (int s = 0; s < history->seriesCount(); ++s) {
            if (history->series(s).kind == FigurePlot::Series::Kind::Points)
                points = s;
        }
        QVERIFY(points >= 0);
        const std::vector<double>& psi = history->series(points).y;
        QCOMPARE(psi.size(), std::size_t(kEarlierChecks + 1));
        QVERIFY(psi.front() < 0.2 && psi.back() > 0.2);
        QCOMPARE(psi.back(), model->index(0, DriftFeatureModel::Psi).data(Qt::UserRole).toDouble());
        QVERIFY2(history->title().contains(u"x2"_s), qPrintable(history->title()));
        QVERIFY(!historyRead.isEmpty());

        drift->resize(1500, 940);
        QTest::qWait(50);
        QVERIFY(test::saveScreenshot(drift, u"drift-view.png"_s));
    }

    void aRefusedFileIsNamedAndNoReportKept_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("named");
        QTest::newRow("a feature column missing") << m_missing << u"x3"_s;
        QTest::newRow("text in a numeric column") << m_textual << u"x1"_s;
        QTest::newRow("no rows") << m_empty << u"no data rows"_s;
    }

    void aRefusedFileIsNamedAndNoReportKept()
    {
        QFETCH(QString, file);
        QFETCH(QString, named);
        MainWindow window;
        DriftWindow* drift = openDriftView(window, file);
        QVERIFY(drift);
        const int before = reports();
        QSignalSpy ended(drift, &DriftWindow::checkEnded);
        QTest::mouseClick(drift->checkButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60000);
        QCOMPARE(ended.front().at(0).toBool(), false);
        QCOMPARE(drift->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(drift->messageBar()->isVisible() && drift->messageBar()->text().contains(named),
                 qPrintable(drift->messageBar()->text()));
        QCOMPARE(drift->featureModel()->rowCount(), 0);
        QVERIFY(!drift->outcome());
        QVERIFY(drift->summary().isEmpty());
        QCOMPARE(drift->featurePlot()->seriesCount(), 0);
        QCOMPARE(reports(), before);
    }

    void nothingChosenIsSaid()
    {
        MainWindow window;
        DriftWindow* drift = openDriftView(window);
        QVERIFY(drift);
        QVERIFY(!drift->check()); // no file
        QVERIFY(drift->messageBar()->text().contains(u"Choose the file"_s));
        drift->setInput(m_shifted);
        drift->versionBox()->setCurrentText(QString());
        QVERIFY(!drift->check());
        QVERIFY(drift->messageBar()->text().contains(u"Choose the version"_s));
        QVERIFY(!drift->isChecking());
    }

    void cancelStopsALongCheck()
    {
        MainWindow window;
        DriftWindow* drift = openDriftView(window, m_large);
        QVERIFY(drift);
        const int before = reports();
        QSignalSpy ended(drift, &DriftWindow::checkEnded);
        QTest::mouseClick(drift->checkButton(), Qt::LeftButton);
        // The check runs in the background: the window keeps answering, with progress and Cancel.
        QVERIFY(drift->isChecking());
        QVERIFY(!drift->checkButton()->isEnabled());
        QVERIFY(drift->cancelButton()->isEnabled());
        QVERIFY(drift->findChild<TaskProgress*>());
        QCoreApplication::processEvents();
        drift->thresholdBox()->setValue(0.25); // the window takes input meanwhile
        QCOMPARE(drift->thresholdBox()->value(), 0.25);
        QTest::mouseClick(drift->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60000);
        QCOMPARE(ended.front().at(0).toBool(), false);
        QVERIFY2(drift->messageBar()->text().contains(u"cancelled"_s),
                 qPrintable(drift->messageBar()->text()));
        QCOMPARE(drift->featureModel()->rowCount(), 0);
        QCOMPARE(reports(), before);
        QVERIFY(drift->checkButton()->isEnabled());
        QVERIFY(!drift->cancelButton()->isEnabled());
        QVERIFY(!drift->findChild<TaskProgress*>() ||
                !drift->findChild<TaskProgress*>()->isVisible());
    }
};

QTEST_MAIN(TestGuiDrift)
#include "tst_gui_drift.moc"
