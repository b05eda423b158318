// The History view in the real main window, offscreen: View ▸ History… shows the workspace's audit
// log as a user reads it (newest first: who did what to which object, the rename as "name: a → b"),
// the chain's state in a line, the selected entry's before, after and hashes, a text filter and a
// date filter; a window shown again reads its log again; the chooser and Registry ▸ History… show
// the registry's log (the export, the promotion); an entry edited on disk and Refresh: the damage
// is named in red, the entry is marked in the table and the chain is said to be broken.
// With GROVE_SCREENSHOT_DIR set, it saves pictures of the view (history-view.png,
// history-damaged.png).
#include "core/common/AuditLog.h"
#include "core/common/Process.h"
#include "tests/GuiWindow.h"
#include "tests/TestFiles.h"
#include "tests/TrainingData.h"
#include "translations/Translations.h"
#include "ui/app/MainWindow.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Settings.h"
#include "ui/history/AuditEntryModel.h"
#include "ui/history/HistoryWindow.h"
#include "ui/registry/RegistryController.h"
#include "ui/runs/RunListModel.h"
#include "ui/runs/RunsPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace grove;

class TestGuiHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_workspace, m_registry;

    bool cli(const QStringList& arguments) const
    {
        const test::CliRun run =
            test::runCli(QStringList{u"--workspace"_s, m_workspace} + arguments);
        if (run.exitCode != 0)
            qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(run.describe()));
        return run.exitCode == 0;
    }

    // The action named `name` in the menu `menu` of the menu bar, as a user finds it.
    static QAction* menuAction(MainWindow& window, const QString& menu, const QString& name)
    {
        for (QAction* item : window.menuBar()->actions()) {
            if (item->text() != menu || !item->menu())
                continue;
            for (QAction* action : item->menu()->actions()) {
                if (action->objectName() == name)
                    return action;
            }
        }
        return nullptr;
    }

    // One column of the table as it reads from top to bottom.
    static QStringList shown(const HistoryWindow* history, int column)
    {
        QStringList values;
        const QAbstractItemModel* model = history->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }

    // Triggers `action` (or clicks Refresh when none) and waits until the reading it starts is
    // shown.
    static HistoryWindow* readAfter(MainWindow& window, QAction* action)
    {
        auto* history = window.findChild<HistoryWindow*>();
        std::unique_ptr<QSignalSpy> spy(
            history ? new QSignalSpy(history, &HistoryWindow::readingShown) : nullptr);
        if (action)
            action->trigger();
        else
            QTest::mouseClick(history->refreshButton(), Qt::LeftButton);
        if (!history) {
            history = window.findChild<HistoryWindow*>();
            if (!history)
                return nullptr;
            spy.reset(new QSignalSpy(history, &HistoryWindow::readingShown));
        }
        const bool read =
            QTest::qWaitFor([&] { return spy->size() > 0 && !history->isReading(); }, 30000);
        return read ? history : nullptr;
    }

    static QString newestHash(const QString& folder)
    {
        auto reading = AuditLog(folder, u"log"_s).read();
        return reading && !reading->entries.isEmpty() ? reading->entries.back().hash : QString();
    }

private slots:
    void initTestCase()
    {
        Settings::clear();
        // English plural forms ("6 entries"), as the application has them.
        installTranslations(*QCoreApplication::instance());
        m_workspace = m_root.filePath(u"ws"_s);
        m_registry = m_workspace + u"/registry"_s; // the window's registry for this workspace
        const QString csv = test::writeFile(m_root.filePath(u"synth.csv"_s),
                                            test::syntheticCsv(test::syntheticRows(300, 3)));
        QVERIFY(cli({u"import"_s, csv}));
        QVERIFY(cli({u"rename"_s, u"synth"_s, u"customers"_s}));
        QVERIFY(
            cli({u"train"_s, u"--dataset"_s, u"customers"_s, u"--target"_s, u"label"_s,
                 u"--exclude"_s, u"grade"_s, u"--exclude"_s, u"amount"_s, u"--rounds"_s, u"5"_s}));
        QVERIFY(cli({u"validate"_s, u"1"_s, u"--rule"_s, u"valid.auc >= 0.5"_s}));
        QVERIFY(cli({u"export"_s, u"1"_s, u"--model"_s, u"churn"_s, u"--registry"_s, m_registry}));
        QVERIFY(cli({u"registry"_s, u"promote"_s, u"churn"_s, u"1"_s, u"--stage"_s, u"Staging"_s,
                     u"--reason"_s, u"ready for review"_s, u"--registry"_s, m_registry}));
    }

    void theLogsAsAUserReadsThem()
    {
        MainWindow window;
        QVERIFY(test::openWindow(window, m_workspace));
        QCOMPARE(QDir::cleanPath(window.registryController()->registryRoot()),
                 QDir::cleanPath(m_registry));

        // View ▸ History…: the workspace's log, newest first.
        QAction* workspaceHistory = menuAction(window, u"&View"_s, u"workspaceHistoryAction"_s);
        QAction* registryHistory = menuAction(window, u"&Registry"_s, u"registryHistoryAction"_s);
        QVERIFY(workspaceHistory && registryHistory);
        HistoryWindow* history = readAfter(window, workspaceHistory);
        QVERIFY(history);
        QVERIFY(history->isVisible());
        QCOMPARE(history->log(), HistoryWindow::Log::Workspace);
        QAbstractItemModelTester entriesTester(history->entryModel());
        QAbstractItemModelTester filterTester(history->filterModel());
        QCOMPARE(shown(history, AuditEntryModel::Action),
                 (QStringList{u"run.exported"_s, u"run.validated"_s, u"run.finished"_s,
                              u"run.created"_s, u"dataset.renamed"_s, u"dataset.imported"_s}));
        QCOMPARE(shown(history, AuditEntryModel::Sequence),
                 (QStringList{u"6"_s, u"5"_s, u"4"_s, u"3"_s, u"2"_s, u"1"_s}));
        QCOMPARE(shown(history, AuditEntryModel::Object).at(4), u"dataset:1"_s);
        QCOMPARE(shown(history, AuditEntryModel::Change).at(4), u"name: synth → customers"_s);
        QCOMPARE(shown(history, AuditEntryModel::Change).at(1), u"passed: true"_s);
        for (const QString& user : shown(history, AuditEntryModel::User))
            QVERIFY2(user.startsWith(currentUserName() + u'@'), qPrintable(user));
        const QString workspaceHash = newestHash(AuditLog::workspaceFolder(m_workspace));
        QCOMPARE(history->chainLabel()->text(),
                 u"Chain intact — 6 entries, newest hash %1…"_s.arg(workspaceHash.left(12)));
        QVERIFY(history->chainIntact());
        QVERIFY(!history->messageBar()->isVisible());

        // The rename, clicked: its before and after as JSON, and the hashes that chain it.
        QTableView* table = history->table();
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {},
            table->visualRect(table->model()->index(4, AuditEntryModel::Action)).center());
        const QString details = history->details()->toPlainText();
        QVERIFY2(details.contains(u"\"name\": \"synth\""_s) &&
                     details.contains(u"\"name\": \"customers\""_s),
                 qPrintable(details));
        const auto reading = AuditLog(AuditLog::workspaceFolder(m_workspace), u"log"_s).read();
        QVERIFY(reading && reading->entries.size() == 6);
        QVERIFY2(details.contains(reading->entries[1].hash) &&
                     details.contains(reading->entries[0].hash),
                 qPrintable(details)); // its own, and the one before it
        // The import before it has nothing before: a dash, not JSON's null.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(5, AuditEntryModel::Action)).center());
        QVERIFY2(!history->details()->toPlainText().contains(u"null"_s), qPrintable(history->details()->toPlainText()));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(4, AuditEntryModel::Action)).center());
        history->resize(1280, 640);
        QVERIFY(test::saveScreenshot(history, u"history-view.png"_s));

        // Filters: by text (action, object or user), and from a day on.
        QTest::keyClicks(history->filterEdit(), u"RENAMED"_s);
        QCOMPARE(shown(history, AuditEntryModel::Action), QStringList{u"dataset.renamed"_s});
        history->filterEdit()->clear();
        QTest::keyClicks(history->filterEdit(), u"run:1"_s);
        QCOMPARE(shown(history, AuditEntryModel::Sequence),
                 (QStringList{u"6"_s, u"5"_s, u"4"_s, u"3"_s}));
        history->filterEdit()->clear();
        QTest::keyClicks(history->filterEdit(), currentUserName());
        QCOMPARE(table->model()->rowCount(), 6);
        history->filterEdit()->clear();
        history->sinceEdit()->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(table->model()->rowCount(), 6); // not applied until it is ticked
        QTest::mouseClick(history->sinceBox(), Qt::LeftButton);
        QVERIFY(history->sinceBox()->isChecked());
        QCOMPARE(table->model()->rowCount(), 0);
        history->sinceEdit()->setDate(QDate::currentDate());
        QCOMPARE(table->model()->rowCount(), 6);
        QTest::mouseClick(history->sinceBox(), Qt::LeftButton);
        // Sorted the other way by the number's header.
        table->sortByColumn(AuditEntryModel::Sequence, Qt::AscendingOrder);
        QCOMPARE(shown(history, AuditEntryModel::Action).first(), u"dataset.imported"_s);
        table->sortByColumn(AuditEntryModel::Sequence, Qt::DescendingOrder);

        // Closed, a change made elsewhere, opened again: the log is read again.
        history->close();
        QVERIFY(cli({u"rename"_s, u"customers"_s, u"clients"_s}));
        QCOMPARE(readAfter(window, workspaceHistory), history);
        QCOMPARE(table->model()->rowCount(), 7);
        QCOMPARE(shown(history, AuditEntryModel::Change).first(), u"name: customers → clients"_s);

        // The chooser: the registry's log, with the export and the promotion.
        QSignalSpy read(history, &HistoryWindow::readingShown);
        history->logBox()->setCurrentIndex(
            history->logBox()->findData(int(HistoryWindow::Log::Registry)));
        QTRY_VERIFY_WITH_TIMEOUT(read.size() > 0 && !history->isReading(), 30000);
        QCOMPARE(history->log(), HistoryWindow::Log::Registry);
        QCOMPARE(shown(history, AuditEntryModel::Action),
                 (QStringList{u"version.promoted"_s, u"version.exported"_s}));
        QCOMPARE(shown(history, AuditEntryModel::Object),
                 (QStringList{u"churn/1"_s, u"churn/1"_s}));
        QCOMPARE(shown(history, AuditEntryModel::Change).first(), u"stage: None → Staging"_s);
        QVERIFY(shown(history, AuditEntryModel::Change).at(1).contains(u"run: 1"_s));
        const QString registryHash = newestHash(AuditLog::registryFolder(m_registry));
        QCOMPARE(history->chainLabel()->text(),
                 u"Chain intact — 2 entries, newest hash %1…"_s.arg(registryHash.left(12)));
        history->selectEntry(2);
        QVERIFY(history->details()->toPlainText().contains(u"\"reason\": \"ready for review\""_s));
        // Registry ▸ History… chooses the registry's log in the open window.
        history->logBox()->setCurrentIndex(
            history->logBox()->findData(int(HistoryWindow::Log::Workspace)));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 7, 30000);
        QCOMPARE(readAfter(window, registryHistory), history);
        QCOMPARE(history->log(), HistoryWindow::Log::Registry);
        QCOMPARE(table->model()->rowCount(), 2);

        // The promotion's entry edited on disk, then Refresh: the damage is named, the entry
        // marked.
        const QString entry = AuditLog::registryFolder(m_registry) + u"/00000002.json"_s;
        QByteArray bytes = test::readFile(entry);
        QVERIFY(bytes.contains("\"Staging\""));
        QVERIFY(QFile::setPermissions(entry, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(!test::writeFile(entry, bytes.replace("\"Staging\"", "\"Production\"")).isEmpty());
        QCOMPARE(readAfter(window, nullptr), history);
        QVERIFY(!history->chainIntact());
        QVERIFY2(history->chainLabel()->text().startsWith(u"Chain broken — 1 problem"_s),
                 qPrintable(history->chainLabel()->text()));
        QVERIFY(history->messageBar()->isVisible());
        QCOMPARE(history->messageBar()->kind(), MessageBar::Kind::Error);
        const QString damage = history->messageBar()->text();
        QVERIFY2(damage.startsWith(u"DAMAGED: "_s) && damage.contains(u"00000002.json"_s) &&
                     damage.contains(u"was changed after it was written"_s),
                 qPrintable(damage));
        // Still listed, as it reads now, and marked; the entry before it is not.
        QCOMPARE(shown(history, AuditEntryModel::Change).first(), u"stage: None → Production"_s);
        const QModelIndex edited = table->model()->index(0, AuditEntryModel::Sequence);
        const QModelIndex intact = table->model()->index(1, AuditEntryModel::Sequence);
        QCOMPARE(edited.data().toString(), u"2"_s);
        QVERIFY(edited.data(AuditEntryModel::ProblemsRole)
                    .toStringList()
                    .join(u' ')
                    .contains(u"00000002.json"_s));
        QVERIFY(!edited.data(Qt::DecorationRole).isNull());
        QVERIFY(edited.data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"was changed after it was written"_s));
        QVERIFY(intact.data(AuditEntryModel::ProblemsRole).toStringList().isEmpty());
        QVERIFY(intact.data(Qt::DecorationRole).isNull());
        QCOMPARE(history->entryModel()->damagedCount(), 1);
        history->selectEntry(2);
        QVERIFY(history->details()->toPlainText().contains(u"DAMAGED: "_s));
        QVERIFY(test::saveScreenshot(history, u"history-damaged.png"_s));
        // The workspace's log is still whole.
        history->setLog(HistoryWindow::Log::Workspace);
        QTRY_VERIFY_WITH_TIMEOUT(history->chainIntact() && table->model()->rowCount() == 7, 30000);
        QVERIFY(!history->messageBar()->isVisible());
        // It opened centred on the main window (as far as the screen allows), not in the screen's
        // corner, and Esc closes it.
        const QPoint offset = history->frameGeometry().center() - window.frameGeometry().center();
        QVERIFY2(history->pos() != QPoint(0, 0) && offset.manhattanLength() < 200,
                 qPrintable(u"at %1,%2, %3,%4 from the centre"_s.arg(history->x()).arg(history->y()).arg(offset.x()).arg(offset.y())));
        history->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(history));
        QTest::keyClick(history, Qt::Key_Escape);
        QTRY_VERIFY(!history->isVisible());
    }
};

QTEST_MAIN(TestGuiHistory)
#include "tst_gui_history.moc"
