// The model hand-off in the real main window, offscreen: validate a run on its page (a failing
// rule keeps Export unavailable and says why), export it, find it in the registry browser with
// its card, lineage, report and checksums, promote it (twice, so that Production moves), set,
// move and remove aliases (through the Aliases dialog, as a user does), and score a file with a
// version in the background.
#include "core/registry/Registry.h"
#include "core/services/DatasetImport.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"
#include "tests/GuiWindow.h"
#include "tests/TestFiles.h"
#include "tests/TrainingData.h"
#include "ui/app/MainWindow.h"
#include "ui/runs/RunListModel.h"
#include "ui/runs/RunsPanel.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Settings.h"
#include "ui/registry/RegistryController.h"
#include "ui/registry/RegistryView.h"
#include "ui/registry/ValidationPanel.h"
#include "ui/runs/RunView.h"
#include "ui/runs/RunsPanel.h"
#include "ui/workspace/WorkspaceController.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QProgressBar>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace grove;

class TestGuiRegistry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_workspace;
    qint64 m_run = 0;

    // The runs of these tests: the label of the synthetic data from its usable features.
    static RunConfig synthConfig()
    {
        RunConfig config;
        config.dataset = u"synth"_s;
        config.target = u"label"_s;
        config.excludedFeatures = {u"grade"_s, u"amount"_s};
        return config;
    }
    // Queues and trains a run in this process; its id, or 0 when it failed.
    static qint64 trainRun(Workspace& workspace, const RunConfig& config)
    {
        auto id = queueRun(workspace, config);
        JobControl control;
        return id && executeRun(workspace, *id, control).ok() ? *id : 0;
    }

private slots:
    void initTestCase()
    {
        Settings::clear();
        m_workspace = m_root.filePath(u"ws"_s);
        auto workspace = Workspace::openOrCreate(m_workspace);
        QVERIFY(workspace.ok());
        const QString csv = test::writeFile(m_root.filePath(u"synth.csv"_s), test::syntheticCsv(test::syntheticRows(500, 4)));
        QVERIFY(test::importFile(*workspace, csv, u"synth"_s).ok());
        RunConfig config = synthConfig();
        config.rounds = 25;
        config.experiment = u"Churn model"_s;
        m_run = trainRun(*workspace, config);
        QVERIFY(m_run > 0);
    }

    // A cross-validated run: the check of the reloaded model's held-out predictions does not apply
    // (they come from the fold models), and the summary says so instead of "all checks".
    void aCheckThatDoesNotApplyIsNotCountedAsPassed()
    {
        qint64 run = 0;
        {
            auto workspace = Workspace::openOrCreate(m_workspace);
            QVERIFY(workspace.ok());
            RunConfig config = synthConfig();
            config.rounds = 5;
            config.validation.kind = ValidationKind::KFold;
            config.validation.folds = 3;
            run = trainRun(*workspace, config);
            QVERIFY(run > 0);
        }
        MainWindow window;
        QVERIFY(test::openWindow(window, m_workspace));
        window.runsPanel()->selectRun(run);
        QTRY_COMPARE(window.runView()->currentRun(), run);
        // 20 rounds for a run asked for 5: the header says how they add up.
        auto* progress = window.runView()->findChild<QProgressBar*>(u"runProgress"_s);
        QVERIFY(progress);
        QCOMPARE(progress->format(), u"20 of 20 rounds (3 folds and the final model, up to 5 each)"_s);
        ValidationPanel* panel = window.validationPanel();
        QSignalSpy validated(window.registryController(), &RegistryController::validated);
        panel->rulesEdit()->setPlainText(u"valid.auc >= 0.5"_s);
        QTest::mouseClick(panel->validateButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 30000);
        QCOMPARE(validated.front().at(1).toBool(), true);
        QTRY_VERIFY2(panel->status().contains(u"1 did not apply to this run"_s), qPrintable(panel->status()));
        QVERIFY2(panel->status().startsWith(u"Passed %1 check"_s.arg(panel->reportTable()->rowCount() - 1)),
                 qPrintable(panel->status()));
    }

    void validateExportPromoteAndScore()
    {
        MainWindow window;
        QVERIFY(test::openWindow(window, m_workspace));
        RegistryController* registry = window.registryController();
        QCOMPARE(QDir::cleanPath(registry->registryRoot()), QDir::cleanPath(m_workspace + u"/registry"_s));
        window.runsPanel()->selectRun(m_run);
        QTRY_COMPARE(window.runView()->currentRun(), m_run);
        ValidationPanel* panel = window.validationPanel();
        QVERIFY(panel->validateButton()->isEnabled());
        QVERIFY(!panel->exportButton()->isEnabled());
        QVERIFY2(panel->status().contains(u"Not validated"_s), qPrintable(panel->status()));

        // A rule the run misses: the report shows it failed and Export stays unavailable.
        QSignalSpy validated(registry, &RegistryController::validated);
        panel->rulesEdit()->setPlainText(u"valid.auc >= 0.999\nvalid.logloss <= 2"_s);
        QTest::mouseClick(panel->validateButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 30000);
        QCOMPARE(validated.front().at(1).toBool(), false);
        QTRY_VERIFY(!panel->exportButton()->isEnabled());
        QVERIFY2(panel->status().contains(u"valid.auc >= 0.999"_s), qPrintable(panel->status()));
        QCOMPARE(panel->reportTable()->rowCount(), 6);
        // A mistake in a rule is explained before anything runs.
        panel->rulesEdit()->setPlainText(u"valid.auc >> 0.5"_s);
        panel->validate();
        QVERIFY(window.messageBar()->text().contains(u"valid.auc >> 0.5"_s));
        QCOMPARE(validated.size(), 1);

        // Rules it meets: Export becomes available.
        panel->rulesEdit()->setPlainText(u"valid.auc >= 0.6"_s);
        QTest::mouseClick(panel->validateButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 2, 30000);
        QCOMPARE(validated.back().at(1).toBool(), true);
        QTRY_VERIFY(panel->exportButton()->isEnabled());
        QCOMPARE(panel->reportTable()->rowCount(), 5);
        QVERIFY2(panel->status().startsWith(u"Passed all 5 check"_s), qPrintable(panel->status()));

        QSignalSpy exported(registry, &RegistryController::exported);
        QSignalSpy snapshot(registry, &RegistryController::snapshotChanged);
        panel->exportTo(u"churn"_s);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30000);
        QCOMPARE(exported.front().at(2).toInt(), 1);
        panel->exportTo(u"churn"_s); // a second version, to move Production later
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(registry->snapshot().models.size() == 1 &&
                                     registry->snapshot().models.front().versions.size() == 2,
                                 30000);
        // Export again offers the registry's models, and proposes its only one.
        panel->modelCombo()->setEditText(QString());
        QStringList offered;
        QString proposed;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            offered = dialog->comboBoxItems();
            proposed = dialog->textValue();
            dialog->reject();
        });
        QTest::mouseClick(panel->exportButton(), Qt::LeftButton);
        QTRY_VERIFY(!proposed.isEmpty());
        QVERIFY2(offered.contains(u"churn"_s), qPrintable(offered.join(u", "_s)));
        QCOMPARE(proposed, u"churn"_s);
        QCOMPARE(exported.size(), 2); // cancelled: nothing more

        // The registry browser: model, versions newest first, card, lineage, report, checksums.
        RegistryView* view = window.registryView();
        QTRY_COMPARE(view->modelList()->count(), 1);
        QCOMPARE(view->modelList()->item(0)->text(), u"churn"_s);
        QTRY_COMPARE(view->versionTable()->rowCount(), 2);
        QVERIFY(view->selectVersion(u"churn"_s, 1));
        QCOMPARE(view->selectedVersion(), 1);
        QVERIFY(view->modelCard()->toPlainText().contains(u"churn"_s));
        QVERIFY(view->lineage()->toHtml().contains(u"run:%1"_s.arg(m_run)));
        QVERIFY(view->checksums()->text().contains(u"MANIFEST.sha256"_s));
        QCOMPARE(view->validationTable()->rowCount(), 5);
        // The lineage link opens the run.
        QSignalSpy openRun(view, &RegistryView::openRunRequested);
        emit view->lineage()->anchorClicked(QUrl(u"run:%1"_s.arg(m_run)));
        QCOMPARE(openRun.size(), 1);

        // Promote version 1, then version 2: Production moves and both changes are recorded.
        QSignalSpy promoted(registry, &RegistryController::promoted);
        view->promoteSelected(Stage::Production, u"first release"_s);
        QTRY_COMPARE_WITH_TIMEOUT(promoted.size(), 1, 30000);
        QTRY_COMPARE(view->historyTable()->rowCount(), 1);
        QVERIFY(view->selectVersion(u"churn"_s, 2));
        view->promoteSelected(Stage::Production, u"retrained on more data"_s);
        QTRY_COMPARE_WITH_TIMEOUT(promoted.size(), 2, 30000);
        QTRY_COMPARE(view->historyTable()->rowCount(), 3);
        QCOMPARE(view->historyTable()->item(0, 4)->text(), u"retrained on more data"_s);
        QCOMPARE(view->historyTable()->item(0, 2)->text(), u"Production → Archived"_s); // recorded with it
        QTRY_COMPARE(view->versionTable()->item(0, 1)->text(), u"Production"_s); // version 2, newest first
        QCOMPARE(view->versionTable()->item(1, 1)->text(), u"Archived"_s);

        // Aliases: set one through the Aliases dialog, as a user does, and see it in the browser.
        window.findChild<QTabWidget*>(u"centralTabs"_s)->setCurrentWidget(view);
        QSignalSpy aliasChanged(registry, &RegistryController::aliasChanged);
        QVERIFY(view->selectVersion(u"churn"_s, 2));
        bool aliasSet = false;
        QTimer::singleShot(0, this, [&aliasSet] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* name = dialog->findChild<QComboBox*>(u"aliasName"_s);
            auto* reason = dialog->findChild<QLineEdit*>(u"aliasReason"_s);
            auto* problem = dialog->findChild<QLabel*>(u"aliasProblem"_s);
            auto* set = dialog->findChild<QPushButton*>(u"aliasSetButton"_s);
            QVERIFY(name && reason && problem && set);
            QCOMPARE(dialog->findChild<QTableWidget*>(u"aliasTable"_s)->rowCount(), 0);
            QVERIFY(!set->isEnabled());
            // Names and reasons are checked as they are typed.
            QTest::keyClicks(name->lineEdit(), u"12"_s);
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(u"would read as a version number"_s), qPrintable(problem->text()));
            name->setCurrentText(u"champion"_s);
            QTest::keyClicks(reason, u"serves the retention campaign"_s);
            QVERIFY(!problem->isVisible());
            QVERIFY(set->isEnabled());
            QCOMPARE(set->text(), u"&Set on Version 2"_s);
            QTest::mouseClick(set, Qt::LeftButton);
            aliasSet = true;
        });
        QTest::mouseClick(window.findChild<QPushButton*>(u"aliasButton"_s), Qt::LeftButton);
        QVERIFY(aliasSet);
        QTRY_COMPARE_WITH_TIMEOUT(aliasChanged.size(), 1, 30000);
        QTRY_COMPARE(view->versionTable()->item(0, 2)->text(), u"champion"_s); // version 2, newest first
        QTRY_COMPARE(view->historyTable()->rowCount(), 4);
        QCOMPARE(view->historyTable()->item(0, 1)->text(), u"2"_s);
        QCOMPARE(view->historyTable()->item(0, 2)->text(), u"@champion: — → 2"_s);
        QCOMPARE(view->historyTable()->item(0, 4)->text(), u"serves the retention campaign"_s);
        QVERIFY2(window.messageBar()->text().contains(u"churn@champion now points to version 2"_s),
                 qPrintable(window.messageBar()->text()));

        // A second alias on version 1, then champion moved there in the dialog.
        QVERIFY(view->selectVersion(u"churn"_s, 1));
        view->setAliasOnSelected(u"challenger"_s, u"shadow traffic comparison"_s);
        QTRY_COMPARE_WITH_TIMEOUT(aliasChanged.size(), 2, 30000);
        QTRY_COMPARE(view->historyTable()->rowCount(), 5);
        QVERIFY(view->selectVersion(u"churn"_s, 1));
        bool aliasMoved = false;
        QTimer::singleShot(0, this, [&aliasMoved] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* table = dialog->findChild<QTableWidget*>(u"aliasTable"_s);
            QCOMPARE(table->rowCount(), 2);
            QCOMPARE(table->item(1, 0)->text(), u"champion"_s);
            QCOMPARE(table->item(1, 1)->text(), u"2"_s);
            QCOMPARE(table->item(1, 4)->text(), u"serves the retention campaign"_s);
            table->selectRow(1); // picks the alias to move
            QCOMPARE(dialog->findChild<QComboBox*>(u"aliasName"_s)->currentText(), u"champion"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"aliasReason"_s), u"rolled back after the drift alert"_s);
            auto* set = dialog->findChild<QPushButton*>(u"aliasSetButton"_s);
            QCOMPARE(set->text(), u"&Move to Version 1"_s);
            QVERIFY(dialog->findChild<QPushButton*>(u"aliasRemoveButton"_s)->isEnabled());
            QVERIFY2(dialog->findChild<QLabel*>(u"aliasState"_s)->text().contains(u"points to version 2 now"_s),
                     qPrintable(dialog->findChild<QLabel*>(u"aliasState"_s)->text()));
            QVERIFY(test::saveScreenshot(dialog, u"registry-aliases.png"_s));
            QTest::mouseClick(set, Qt::LeftButton);
            aliasMoved = true;
        });
        QTest::mouseClick(window.findChild<QPushButton*>(u"aliasButton"_s), Qt::LeftButton);
        QVERIFY(aliasMoved);
        QTRY_COMPARE_WITH_TIMEOUT(aliasChanged.size(), 3, 30000);
        QTRY_COMPARE(view->historyTable()->rowCount(), 6);
        QCOMPARE(view->historyTable()->item(0, 2)->text(), u"@champion: 2 → 1"_s);
        QCOMPARE(view->versionTable()->item(1, 2)->text(), u"challenger, champion"_s);
        QCOMPARE(view->versionTable()->item(0, 2)->text(), QString());
        // Moved back, and the second alias removed.
        QVERIFY(view->selectVersion(u"churn"_s, 2));
        view->setAliasOnSelected(u"champion"_s, u"drift fixed; version 2 serves again"_s);
        QTRY_COMPARE_WITH_TIMEOUT(aliasChanged.size(), 4, 30000);
        view->removeAliasOfSelected(u"challenger"_s, u"comparison finished"_s);
        QTRY_COMPARE_WITH_TIMEOUT(aliasChanged.size(), 5, 30000);
        QTRY_COMPARE(view->historyTable()->rowCount(), 8);
        QCOMPARE(view->historyTable()->item(0, 2)->text(), u"@challenger: 1 → —"_s);
        QCOMPARE(view->historyTable()->item(0, 1)->text(), u"1"_s);
        QTRY_COMPARE(view->versionTable()->item(0, 2)->text(), u"champion"_s);
        QCOMPARE(view->versionTable()->item(1, 2)->text(), QString());
        // A refusal is shown, and nothing changes.
        view->removeAliasOfSelected(u"challenger"_s, u"again"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->text().contains(u"no alias \"challenger\""_s), 30000);
        QCOMPARE(aliasChanged.size(), 5);
        QVERIFY(view->selectVersion(u"churn"_s, 2));
        window.findChild<QTabWidget*>(u"centralTabs"_s)->setCurrentWidget(view);
        view->detailTabs()->setCurrentIndex(1);
        QVERIFY(test::saveScreenshot(&window, u"registry-lineage.png"_s));
        // The browser on its own, as the README shows it.
        window.findChild<QTabWidget*>(u"centralTabs"_s)->resize(1400, 900);
        QVERIFY(test::saveScreenshot(view, u"registry.png"_s));
        view->detailTabs()->setCurrentIndex(0);
        QVERIFY(test::saveScreenshot(&window, u"registry-card.png"_s));

        // The promote dialog refuses a reason with control characters as it is typed, inline.
        bool dialogChecked = false;
        QTimer::singleShot(0, this, [&dialogChecked] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* reason = dialog->findChild<QLineEdit*>(u"promoteReason"_s);
            auto* problem = dialog->findChild<QLabel*>(u"promoteProblem"_s);
            QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            reason->setText(u"approved \x1b[2J\u202Edesrever"_s);
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(u"The reason contains an escape character at character 10"_s),
                     qPrintable(problem->text()));
            QVERIFY(!ok->isEnabled());
            reason->setText(u"approved by the review board"_s);
            QVERIFY(!problem->isVisible());
            QVERIFY(ok->isEnabled());
            dialogChecked = true;
            dialog->reject();
        });
        QTest::mouseClick(window.findChild<QPushButton*>(u"promoteButton"_s), Qt::LeftButton);
        QVERIFY(dialogChecked);
        QCOMPARE(view->historyTable()->rowCount(), 8);

        // Score a file with the selected version in the background.
        QSignalSpy scored(registry, &RegistryController::scored);
        const QString input = test::writeFile(m_root.filePath(u"new.csv"_s), test::syntheticCsv(test::syntheticRows(40, 8)));
        const QString output = m_root.filePath(u"scored.csv"_s);
        view->scoreSelected(input, output);
        QTRY_COMPARE_WITH_TIMEOUT(scored.size(), 1, 30000);
        QCOMPARE(scored.front().at(1).toLongLong(), 40);
        QCOMPARE(test::readFile(output).count('\n'), 41);
        // A file without a feature column: the message names it, nothing is written.
        const QString partial = test::writeFile(m_root.filePath(u"partial.csv"_s),
                                                test::syntheticCsv(test::syntheticRows(5, 2), {u"x1"_s, u"color"_s}));
        view->scoreSelected(partial, m_root.filePath(u"none.csv"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->text().contains(u"x2"_s), 30000);
        QVERIFY(!QFile::exists(m_root.filePath(u"none.csv"_s)));

        // Copy to Registry…: the folder and the model's name are asked, the copy runs in the background.
        const QString team = m_root.filePath(u"team registry"_s);
        QVERIFY(QDir().mkpath(team));
        QSignalSpy copied(registry, &RegistryController::copied);
        Dialogs::setNextDirectory(team);
        Dialogs::setNextText(u"churn-team"_s);
        QTest::mouseClick(window.findChild<QPushButton*>(u"copyButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(copied.size(), 1, 30000);
        QCOMPARE(copied.front().at(1).toString(), u"churn-team"_s);
        QCOMPARE(copied.front().at(2).toInt(), 1);
        Registry teamRegistry(team);
        auto teamCheck = teamRegistry.verify(u"churn-team"_s, 1);
        QVERIFY(teamCheck && teamCheck->ok);
        QVERIFY2(window.messageBar()->text().contains(u"churn-team"_s), qPrintable(window.messageBar()->text()));

        // A version damaged on disk is shown as damaged, and cannot be promoted or used.
        const QString model = m_workspace + u"/registry/churn/1/model.ubj"_s;
        QFile::setPermissions(model, QFile::ReadOwner | QFile::WriteOwner);
        QByteArray bytes = test::readFile(model);
        bytes[10] = char(bytes[10] ^ 0x40);
        test::writeFile(model, bytes);
        QSignalSpy refreshed(registry, &RegistryController::snapshotChanged);
        registry->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 30000);
        QVERIFY(view->selectVersion(u"churn"_s, 1));
        QVERIFY(view->checksums()->text().contains(u"model.ubj"_s));
        QVERIFY(!window.findChild<QPushButton*>(u"promoteButton"_s)->isEnabled());
        QCOMPARE(view->versionTable()->item(1, 3)->text(), u"damaged"_s);
    }
};

QTEST_MAIN(TestGuiRegistry)
#include "tst_gui_registry.moc"
