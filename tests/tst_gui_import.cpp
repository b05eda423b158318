// Drives the real main window offscreen: import through the menu and the dialog, drag and drop,
// a bad file, rename, delete, cancel, switching workspaces, and the first-start sample dataset.
// With GROVE_SCREENSHOT_DIR set, it also saves pictures of the import preview and the profile.

#include "core/common/JobControl.h"
#include "core/services/DatasetImport.h"
#include "core/store/DatasetStore.h"
#include "core/store/Workspace.h"
#include "tests/TestFiles.h"
#include "ui/app/MainWindow.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Settings.h"
#include "ui/common/WindowSize.h"
#include "ui/datasets/ColumnProfileModel.h"
#include "ui/datasets/DatasetListModel.h"
#include "ui/datasets/DatasetProfileView.h"
#include "ui/datasets/DatasetsPanel.h"
#include "ui/datasets/HistogramChart.h"
#include "ui/datasets/ImportController.h"
#include "ui/datasets/ImportDialog.h"
#include "ui/datasets/PreviewModels.h"
#include "ui/workspace/WorkspaceController.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QValueAxis>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QVERIFY(!test::writeFile(path, content).isEmpty());
}

QByteArray sampleCsv()
{
    QByteArray csv = "id,age,segment,score,label\n";
    for (int i = 1; i <= 300; ++i) {
        csv += QByteArray::number(i) + ',' + QByteArray::number(20 + i % 50) + ',' +
               (i % 3 == 0 ? "gold" : i % 3 == 1 ? "silver" : "bronze") + ',' +
               QByteArray::number(i * 0.5) + ',' + QByteArray::number(i % 2) + '\n';
    }
    return csv;
}

void saveScreenshot(QWidget* widget, const QString& name, QSize size = QSize()) { QVERIFY(test::saveScreenshot(widget, name, size)); }

ImportDialog* waitForDialog(MainWindow& window)
{
    ImportDialog* dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = window.findChild<ImportDialog*>()) != nullptr); }();
    return dialog;
}

QPushButton* importButton(ImportDialog* dialog) { return dialog->findChild<QPushButton*>(u"importButton"_s); }

} // namespace

class TestGuiImport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Settings::clear();
        QVERIFY(m_root.isValid());
    }

    void importThroughTheMenu()
    {
        const QString csv = m_root.filePath(u"customers.csv"_s);
        writeFile(csv, sampleCsv());
        const QString workspace = m_root.filePath(u"ws-menu"_s);

        MainWindow window;
        window.show();
        window.openInitialWorkspace(workspace);
        QCOMPARE(window.workspaceController()->directory(), QDir(workspace).absolutePath());
        QCOMPARE(window.datasetsPanel()->model()->rowCount(), 0);

        Dialogs::setNextFileName(csv);
        window.findChild<QAction*>(u"importAction"_s)->trigger();
        ImportDialog* dialog = waitForDialog(window);
        QPushButton* button = importButton(dialog);
        QTRY_VERIFY(button->isEnabled()); // the preview was read

        // The preview shows what Grove guessed, before anything is stored.
        auto* columns = qobject_cast<ColumnGuessModel*>(dialog->findChild<QTableView*>(u"importColumns"_s)->model());
        QVERIFY(columns);
        QCOMPARE(columns->rowCount(), 5);
        QCOMPARE(columns->columns().at(0).type, ColumnType::Text);        // id: identifier
        QCOMPARE(columns->columns().at(2).type, ColumnType::Categorical); // segment
        QCOMPARE(columns->columns().at(4).type, ColumnType::Numeric);     // label
        auto* summary = dialog->findChild<QLabel*>(u"importSummary"_s);
        QVERIFY(summary->text().contains(u"comma"_s));
        // On a screen this small the summary takes two lines, and gets the room for both.
        QTRY_VERIFY2(summary->height() >= summary->heightForWidth(summary->width()),
                     qPrintable(u"%1 px for text that needs %2 px at %3 px wide"_s.arg(summary->height())
                                    .arg(summary->heightForWidth(summary->width())).arg(summary->width())));
        QCOMPARE(dialog->findChild<QTableView*>(u"importRows"_s)->model()->rowCount(), 100);
        QVERIFY(DatasetStore(window.workspaceController()->workspace()->database()).list()->isEmpty());

        // The user reads "label" as categorical and names the dataset.
        QVERIFY(columns->setData(columns->index(4, ColumnGuessModel::Type), int(ColumnType::Categorical),
                                 ColumnGuessModel::TypeRole));
        auto* name = dialog->findChild<QLineEdit*>(u"importName"_s);
        name->setText(u"Customers 2026"_s);
        saveScreenshot(dialog, u"import-preview.png"_s, QSize(980, 680));
        QTest::mouseClick(button, Qt::LeftButton);

        QTRY_COMPARE(window.datasetsPanel()->model()->rowCount(), 1);
        const DatasetRecord* record = window.datasetsPanel()->model()->record(0);
        QCOMPARE(record->name, u"Customers 2026"_s);
        QCOMPARE(record->rows, 300);
        QCOMPARE(record->columns, 5);
        QTRY_VERIFY(window.messageBar()->text().contains(u"Imported"_s));

        // The new dataset is selected and its profile shown, with the user's type.
        QTRY_COMPARE(window.profileView()->datasetId(), record->id);
        ColumnProfileModel* profile = window.profileView()->model();
        QTRY_COMPARE(profile->rowCount(), 5);
        QCOMPARE(profile->profile().columns.at(4).type, ColumnType::Categorical);
        QCOMPARE(profile->profile().columns.at(4).inferredType, ColumnType::Numeric);

        // Selecting the score column shows its histogram: every row is in a bar.
        window.profileView()->selectColumn(3);
        const QList<qint64> bars = window.profileView()->chart()->barCounts();
        QVERIFY(bars.size() >= 10);
        QCOMPARE(std::accumulate(bars.begin(), bars.end(), qint64(0)), qint64(300));
        window.resize(1400, 900);
        saveScreenshot(&window, u"profile.png"_s);

        // Re-importing the same content finds the existing dataset.
        ImportOptions again;
        again.path = csv;
        again.typeOverrides.insert(u"label"_s, ColumnType::Categorical);
        window.importController()->startImport(again);
        QTRY_VERIFY(window.messageBar()->text().contains(u"already in the workspace"_s));
        QCOMPARE(window.datasetsPanel()->model()->rowCount(), 1);
    }

    // A column of large values is labelled in plain numbers along its axis (50000, not 5e+04);
    // a column of small fractions keeps its significant digits.
    void histogramAxisWritesLargeNumbersOut()
    {
        auto axisFormat = [](double lower, double upper, const QString& screenshot = {}) {
            ColumnProfile column;
            column.name = u"income"_s;
            column.type = ColumnType::Numeric;
            const double width = (upper - lower) / 10;
            for (int b = 0; b < 10; ++b)
                column.histogram << HistogramBin{lower + b * width, lower + (b + 1) * width, 10 + b};
            HistogramChart chart;
            chart.showColumn(column, 145);
            if (!screenshot.isEmpty()) {
                chart.resize(900, 320);
                saveScreenshot(&chart, screenshot);
            }
            const auto axes = chart.chart()->axes(Qt::Horizontal);
            auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.front());
            return axis ? axis->labelFormat() : QString();
        };
        QCOMPARE(axisFormat(1234.5, 98765.4, u"histogram-large-values.png"_s), u"%.0f"_s);
        QCOMPARE(axisFormat(-3e6, 2.5e7), u"%.0f"_s);
        QCOMPARE(axisFormat(0.001, 0.0173), u"%.4g"_s);
        QCOMPARE(axisFormat(2e15, 9e15), u"%.4g"_s);
    }

    void previewSaysHowMuchItSampled()
    {
        QByteArray big = "x,y\n";
        for (int i = 0; i < 3000; ++i)
            big += QByteArray::number(i % 7) + ",a\n";
        const QString csv = m_root.filePath(u"sampled.csv"_s);
        writeFile(csv, big); // small enough to be read at once, longer than the 2,000-row sample
        MainWindow window;
        window.show();
        window.openInitialWorkspace(m_root.filePath(u"ws-sample-size"_s));
        window.importController()->showImportDialog(csv);
        ImportDialog* dialog = waitForDialog(window);
        QTRY_VERIFY(importButton(dialog)->isEnabled());
        const QString summary = dialog->findChild<QLabel*>(u"importSummary"_s)->text();
        QVERIFY2(summary.contains(u"first 2000 row"_s), qPrintable(summary));
        dialog->reject();
    }

    void badFileShowsTheProblemAndStoresNothing()
    {
        const QString csv = m_root.filePath(u"ragged.csv"_s);
        writeFile(csv, "a,b,c\n1,2,3\n4,5\n");
        MainWindow window;
        window.show();
        window.openInitialWorkspace(m_root.filePath(u"ws-bad"_s));
        window.importController()->showImportDialog(csv);
        ImportDialog* dialog = waitForDialog(window);
        auto* message = dialog->findChild<MessageBar*>();
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->kind(), MessageBar::Kind::Error);
        QVERIFY2(message->text().contains(u"ragged.csv:3:4"_s), qPrintable(message->text()));
        QVERIFY(!importButton(dialog)->isEnabled());
        dialog->reject();
        QCOMPARE(window.datasetsPanel()->model()->rowCount(), 0);
    }

    void dropAFileOpensTheImportDialog()
    {
        const QString csv = m_root.filePath(u"dropped.csv"_s);
        writeFile(csv, sampleCsv());
        MainWindow window;
        window.show();
        window.openInitialWorkspace(m_root.filePath(u"ws-drop"_s));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(csv)});
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);

        ImportDialog* dialog = waitForDialog(window);
        QCOMPARE(dialog->findChild<QLineEdit*>(u"importPath"_s)->text(), csv);
        QTRY_VERIFY(importButton(dialog)->isEnabled());
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(window.datasetsPanel()->model()->rowCount(), 1);
        QCOMPARE(window.datasetsPanel()->model()->record(0)->name, u"dropped"_s);
    }

    void renameAndDelete()
    {
        const QString csv = m_root.filePath(u"to-delete.csv"_s);
        writeFile(csv, sampleCsv());
        MainWindow window;
        window.show();
        window.openInitialWorkspace(m_root.filePath(u"ws-delete"_s));
        ImportOptions options;
        options.path = csv;
        window.importController()->startImport(options);
        DatasetListModel* model = window.datasetsPanel()->model();
        QTRY_COMPARE(model->rowCount(), 1);

        // Rename in place; a name that is only digits is refused with a message.
        QVERIFY(!model->setData(model->index(0, DatasetListModel::Name), u"42"_s));
        QTRY_VERIFY(window.messageBar()->text().contains(u"digits"_s));
        QVERIFY(model->setData(model->index(0, DatasetListModel::Name), u"renamed"_s));
        QCOMPARE(model->record(0)->name, u"renamed"_s);

        const QString snapshot =
            QDir(window.workspaceController()->workspace()->datasetsDirectory()).filePath(model->record(0)->snapshot);
        QVERIFY(QFile::exists(snapshot));
        window.datasetsPanel()->selectDataset(model->record(0)->id);

        // Answering "no" keeps it; "yes" removes the dataset and its snapshot.
        Dialogs::setNextConfirmation(false);
        window.findChild<QAction*>(u"deleteAction"_s)->trigger();
        QCOMPARE(model->rowCount(), 1);
        Dialogs::setNextConfirmation(true);
        window.findChild<QAction*>(u"deleteAction"_s)->trigger();
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(!QFile::exists(snapshot));
        QCOMPARE(window.profileView()->datasetId(), -1);
    }

    void cancelledImportStoresNothing()
    {
        const QString csv = m_root.filePath(u"cancel.csv"_s);
        writeFile(csv, sampleCsv());
        MainWindow window;
        window.show();
        window.openInitialWorkspace(m_root.filePath(u"ws-cancel"_s));
        ImportOptions options;
        options.path = csv;
        window.importController()->startImport(options);
        QVERIFY(window.statusBar()->findChild<QWidget*>(u"taskProgress"_s));
        window.importController()->cancelAll();
        QTRY_COMPARE(window.importController()->runningImports(), 0);
        QVERIFY2(window.messageBar()->text().contains(u"cancelled"_s), qPrintable(window.messageBar()->text()));
        QCOMPARE(window.datasetsPanel()->model()->rowCount(), 0);
        const QStringList files = QDir(window.workspaceController()->workspace()->datasetsDirectory())
                                      .entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
    }

    void switchWorkspacesAndRecentList()
    {
        const QString first = m_root.filePath(u"ws-first"_s);
        const QString second = m_root.filePath(u"ws-second"_s);
        const QString csv = m_root.filePath(u"switch.csv"_s);
        writeFile(csv, sampleCsv());
        MainWindow window;
        window.show();
        window.openInitialWorkspace(first);
        ImportOptions options;
        options.path = csv;
        window.importController()->startImport(options);
        QTRY_COMPARE(window.datasetsPanel()->model()->rowCount(), 1);

        Dialogs::setNextDirectory(second);
        window.findChild<QAction*>(u"openWorkspaceAction"_s)->trigger();
        QCOMPARE(window.workspaceController()->directory(), QDir(second).absolutePath());
        QCOMPARE(window.datasetsPanel()->model()->rowCount(), 0);
        QVERIFY(window.windowTitle().contains(u"ws-second"_s));

        const QStringList recent = window.workspaceController()->recentWorkspaces();
        QCOMPARE(recent.value(0), QDir(second).absolutePath());
        QCOMPARE(recent.value(1), QDir(first).absolutePath());
        auto* menu = window.findChild<QMenu*>(u"recentWorkspacesMenu"_s);
        QAction* back = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->text() == QDir::toNativeSeparators(QDir(first).absolutePath()))
                back = action;
        }
        QVERIFY(back);
        back->trigger();
        QCOMPARE(window.datasetsPanel()->model()->rowCount(), 1);

        // A folder that holds other files is refused; the current workspace stays open.
        const QString occupied = m_root.filePath(u"occupied"_s);
        QDir().mkpath(occupied);
        writeFile(occupied + u"/notes.txt"_s, "hello");
        Dialogs::setNextDirectory(occupied);
        window.findChild<QAction*>(u"openWorkspaceAction"_s)->trigger();
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(window.messageBar()->text().contains(u"not a Grove workspace"_s));
        QCOMPARE(window.workspaceController()->directory(), QDir(first).absolutePath());

        // So is a workspace that lost its database: the message says how to rebuild it, and no
        // new database is started over its datasets.
        const QString lost = m_root.filePath(u"lost"_s);
        QDir().mkpath(lost + u"/datasets"_s);
        writeFile(lost + u"/datasets/0123abcd.gds"_s, "a snapshot");
        Dialogs::setNextDirectory(lost);
        window.findChild<QAction*>(u"openWorkspaceAction"_s)->trigger();
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(window.messageBar()->text().contains(u"grove.db is missing"_s), qPrintable(window.messageBar()->text()));
        QVERIFY(window.messageBar()->text().contains(u"grove-cli recover --workspace "_s + QDir(lost).absolutePath()));
        QVERIFY(!QFile::exists(lost + u"/grove.db"_s));
        QCOMPARE(window.workspaceController()->directory(), QDir(first).absolutePath());
    }

    void firstStartImportsTheSample()
    {
        const QString fresh = m_root.filePath(u"default-workspace"_s);
        qputenv("GROVE_WORKSPACE", fresh.toUtf8());
        MainWindow window;
        window.show();
        window.openInitialWorkspace();
        QCOMPARE(window.workspaceController()->directory(), QDir(fresh).absolutePath());
        QTRY_COMPARE(window.datasetsPanel()->model()->rowCount(), 1);
        const DatasetRecord* sample = window.datasetsPanel()->model()->record(0);
        QVERIFY(sample->name.contains(u"sample"_s));
        QCOMPARE(sample->rows, 3000);
        QTRY_COMPARE(window.profileView()->datasetId(), sample->id);
        window.close();

        // The second start opens the same workspace and does not import the sample again.
        MainWindow again;
        again.show();
        again.openInitialWorkspace();
        QCOMPARE(again.datasetsPanel()->model()->rowCount(), 1);
        QTest::qWait(200);
        QCOMPARE(again.datasetsPanel()->model()->rowCount(), 1);
        qunsetenv("GROVE_WORKSPACE");
    }

    void refusedWorkspaceAtStartKeepsItsMessage()
    {
        // Asked at start-up for a workspace that lost its database, the window opens the
        // default one instead, and the refusal stays on screen: a new default workspace gets no
        // sample import whose success message would replace it.
        const QString fallback = m_root.filePath(u"default-after-refusal"_s);
        const QString lost = m_root.filePath(u"lost-at-start"_s);
        QDir().mkpath(lost + u"/runs/1"_s);
        writeFile(lost + u"/runs/1/model.ubj"_s, "a model");
        qputenv("GROVE_WORKSPACE", fallback.toUtf8());
        MainWindow window;
        window.show();
        window.openInitialWorkspace(lost);
        QCOMPARE(window.workspaceController()->directory(), QDir(fallback).absolutePath());
        QTest::qWait(500);
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(window.messageBar()->text().contains(u"grove-cli recover --workspace "_s + QDir(lost).absolutePath()),
                 qPrintable(window.messageBar()->text()));
        QCOMPARE(window.datasetsPanel()->model()->rowCount(), 0);
        QVERIFY(!QFile::exists(lost + u"/grove.db"_s));
        qunsetenv("GROVE_WORKSPACE");
    }

    // A workspace on read-only media opens for browsing: its datasets are listed and profiled,
    // the window says it is read-only, and importing, training, renaming and deleting are off.
    void readOnlyWorkspaceOpensForBrowsing()
    {
        if (::geteuid() != 0)
            QSKIP("a read-only bind mount needs root");
        const QString source = m_root.filePath(u"ws-source"_s);
        const QString csv = m_root.filePath(u"readonly.csv"_s);
        writeFile(csv, sampleCsv());
        {
            auto workspace = Workspace::openOrCreate(source);
            QVERIFY(workspace);
            JobControl control;
            ImportOptions options;
            options.path = csv;
            QVERIFY(importDataset(*workspace, options, control));
        }
        test::ReadOnlyMount mount(source, m_root.filePath(u"ws-readonly"_s));
        if (!mount.mounted)
            QSKIP("cannot make a read-only bind mount here");

        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.openInitialWorkspace(mount.path);
        QCOMPARE(window.workspaceController()->directory(), QDir(mount.path).absolutePath());
        QVERIFY(window.workspaceController()->isReadOnly());
        QVERIFY2(window.windowTitle().contains(u"(read-only)"_s), qPrintable(window.windowTitle()));
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Information);
        QVERIFY2(window.messageBar()->text().contains(u"cannot be changed here"_s),
                 qPrintable(window.messageBar()->text()));
        QTRY_COMPARE(window.datasetsPanel()->model()->rowCount(), 1);
        for (const char* name : {"importAction", "newRunAction", "renameAction", "deleteAction"})
            QVERIFY2(!window.findChild<QAction*>(QString::fromLatin1(name))->isEnabled(), name);

        // The profile of a dataset still opens.
        window.datasetsPanel()->selectDataset(1);
        QTRY_COMPARE(window.profileView()->model()->rowCount(), 5);
        saveScreenshot(&window, u"read-only-workspace.png"_s);

        // The panel's own import button says why it does nothing.
        emit window.datasetsPanel()->importRequested();
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(window.messageBar()->text().contains(u"read-only"_s), qPrintable(window.messageBar()->text()));
        QVERIFY(!window.findChild<ImportDialog*>());
        QVERIFY(!QFile::exists(source + u"/grove.db-journal"_s));
    }

    // A window opened the first time fits the screen it opens on, as far as its layout allows:
    // the offscreen screen here is 800 x 800, smaller than the main window's usual 1280 x 820
    // and the import dialog's 980 x 680. It is centred, with its top left corner on the screen.
    void aNewWindowFitsASmallScreen()
    {
        Settings::setValue(Settings::Key::WindowGeometry, QByteArray());
        MainWindow window;
        const QRect available = window.screen()->availableGeometry();
        QVERIFY(available.width() < 1280 || available.height() < 820);
        const QString shown = u"window %1x%2 at %3,%4 on a screen of %5x%6, layout needs %7x%8"_s.arg(window.width())
                                  .arg(window.height()).arg(window.x()).arg(window.y())
                                  .arg(available.width()).arg(available.height())
                                  .arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height());
        QVERIFY2(window.height() <= available.height(), qPrintable(shown));
        QVERIFY2(window.width() <= std::max(available.width(), window.minimumSizeHint().width()), qPrintable(shown));
        QVERIFY2(window.width() < 1280 && window.height() < 820, qPrintable(shown));
        QVERIFY2(available.contains(window.frameGeometry().topLeft()), qPrintable(shown));
        QVERIFY2(std::abs(window.frameGeometry().center().y() - available.center().y()) <= 1, qPrintable(shown));
        window.show();
        window.openInitialWorkspace(m_root.filePath(u"ws-small-screen"_s));
        const QString csv = m_root.filePath(u"small-screen.csv"_s);
        writeFile(csv, "a,b\n1,2\n");
        window.importController()->showImportDialog(csv);
        auto* dialog = window.findChild<ImportDialog*>();
        QVERIFY(dialog);
        QVERIFY2(dialog->width() <= available.width() && dialog->height() <= available.height(),
                 qPrintable(u"dialog %1x%2"_s.arg(dialog->width()).arg(dialog->height())));
        dialog->reject();
    }

    // The sizes windows open at: the wanted size where the screen has room, at most 90 % of a
    // smaller screen, and never less than what the window's layout needs.
    void windowSizesFollowTheScreen()
    {
        QCOMPARE(fittedWindowSize(QSize(1280, 820), QSize(400, 300), QRect(0, 0, 2560, 1400)), QSize(1280, 820));
        QCOMPARE(fittedWindowSize(QSize(1280, 820), QSize(400, 300), QRect(0, 32, 1366, 736)), QSize(1229, 662));
        QCOMPARE(fittedWindowSize(QSize(1280, 820), QSize(900, 700), QRect(0, 0, 800, 600)), QSize(900, 700));
        QCOMPARE(fittedWindowSize(QSize(1280, 820), QSize(400, 300), QRect()), QSize(1280, 820));
    }

    void windowStateIsRemembered()
    {
        {
            MainWindow window;
            window.show();
            window.openInitialWorkspace(m_root.filePath(u"ws-state"_s));
            window.resize(1111, 777);
            window.findChild<QDockWidget*>(u"datasetsDock"_s)->hide();
            window.close();
        }
        MainWindow window;
        window.show();
        QVERIFY(!window.findChild<QDockWidget*>(u"datasetsDock"_s)->isVisible());
        QCOMPARE(window.size(), QSize(1111, 777));
    }

private:
    QTemporaryDir m_root;
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"grove-test"_s);
    QApplication::setOrganizationName(u"grove-test"_s);
    TestGuiImport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_import.moc"
