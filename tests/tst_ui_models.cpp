// The GUI's table models under QAbstractItemModelTester, and what they show.

#include "core/services/DatasetImport.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"
#include "ui/datasets/ColumnProfileModel.h"
#include "ui/datasets/DatasetListModel.h"
#include "ui/datasets/PreviewModels.h"
#include "ui/runs/ComparisonTables.h"
#include "ui/runs/RunListModel.h"
#include "ui/runs/TrainingController.h"
#include "ui/workspace/WorkspaceController.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace grove;

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void datasetListModel()
    {
        QTemporaryDir root;
        WorkspaceController controller;
        DatasetListModel model(&controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(controller.open(root.filePath(u"ws"_s)).ok());

        for (const char* name : {"alpha", "beta"}) {
            const QString path = root.filePath(QString::fromLatin1(name) + u".csv"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x,y\n1,2\n3," + QByteArray(name) + "\n");
            file.close();
            ImportOptions options;
            options.path = path;
            JobControl control;
            QVERIFY(importDataset(*controller.workspace(), options, control).ok());
        }
        emit controller.datasetsChanged();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, DatasetListModel::Name)).toString(), u"alpha"_s);
        QCOMPARE(model.data(model.index(0, DatasetListModel::Rows), Qt::EditRole).toLongLong(), 2);
        QCOMPARE(model.data(model.index(0, DatasetListModel::Hash)).toString().size(), 12);

        // A rename that collides is refused and reported; the list keeps the old name.
        QSignalSpy errors(&model, &DatasetListModel::errorOccurred);
        QVERIFY(!model.setData(model.index(1, DatasetListModel::Name), u"ALPHA"_s));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.front().front().toString().contains(u"already exists"_s));
        QCOMPARE(model.data(model.index(1, DatasetListModel::Name)).toString(), u"beta"_s);
        QVERIFY(model.setData(model.index(1, DatasetListModel::Name), u"gamma"_s));
        emit controller.datasetsChanged();
        QCOMPARE(model.data(model.index(1, DatasetListModel::Name)).toString(), u"gamma"_s);
        QVERIFY(!(model.flags(model.index(0, DatasetListModel::Rows)) & Qt::ItemIsEditable));
    }

    void runListModel()
    {
        QTemporaryDir root;
        WorkspaceController controller;
        TrainingController training(&controller);
        RunListModel model(&controller, &training);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(controller.open(root.filePath(u"ws"_s)).ok());
        const QString path = root.filePath(u"data.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray csv = "x,label\n";
        for (int i = 0; i < 40; ++i)
            csv += QByteArray::number(i) + ',' + QByteArray::number(i % 2) + '\n';
        file.write(csv);
        file.close();
        ImportOptions options;
        options.path = path;
        JobControl control;
        auto dataset = importDataset(*controller.workspace(), options, control);
        QVERIFY(dataset.ok());

        // Runs added, finished, tagged and trashed: rows appear, change and go under the tester.
        QList<qint64> ids;
        for (int rounds : {3, 4, 5}) {
            RunConfig config;
            config.dataset = dataset->dataset.name;
            config.target = u"label"_s;
            config.rounds = rounds;
            auto id = queueRun(*controller.workspace(), config);
            QVERIFY(id.ok());
            model.refresh(*id);
            QVERIFY(executeRun(*controller.workspace(), *id, control).ok());
            model.refresh(*id);
            ids << *id;
        }
        QTRY_VERIFY(!model.isLoading()); // a change during a background read reads again
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.record(0)->id, ids.last()); // newest first
        QCOMPARE(model.index(0, RunListModel::Status).data().toString(), u"Finished"_s);
        QCOMPARE(model.index(0, RunListModel::Progress).data(RunListModel::ProgressRole).toDouble(), 1.0);
        QVERIFY(model.index(0, RunListModel::Metric).data().toString().startsWith(u"auc "_s));
        QVERIFY(!(model.flags(model.index(0, RunListModel::Tags)) & Qt::ItemIsEditable)); // no undo stack: read-only

        // Extra columns show a parameter and a metric of each run, as numbers.
        model.setExtraColumns({u"params.eta"_s, u"valid.auc"_s});
        QCOMPARE(model.columnCount(), RunListModel::ColumnCount + 2);
        QCOMPARE(model.headerData(RunListModel::ColumnCount, Qt::Horizontal).toString(), u"params.eta"_s);
        QCOMPARE(model.index(0, RunListModel::ColumnCount).data().toDouble(), 0.3);
        QCOMPARE(model.index(0, RunListModel::ColumnCount + 1).data().typeId(), QMetaType::Double);

        QUndoStack undo;
        model.setUndoStack(&undo);
        QVERIFY(model.flags(model.index(0, RunListModel::Tags)) & Qt::ItemIsEditable);
        QVERIFY(model.setData(model.index(1, RunListModel::Tags), u"a b"_s));
        QCOMPARE(model.index(1, RunListModel::Tags).data().toString(), u"a b"_s);
        QVERIFY(RunStore(controller.workspace()->database()).moveToTrash(ids.first()).ok());
        model.reload();
        QTRY_VERIFY(!model.isLoading()); // read in the background
        QCOMPARE(model.rowCount(), 2);
        undo.undo();
        QCOMPARE(model.index(1, RunListModel::Tags).data().toString(), QString());

        // Changes committed elsewhere (another process, a teammate) show up row by row.
        {
            auto elsewhere = Workspace::openOrCreate(controller.workspace()->directory());
            QVERIFY(elsewhere.ok());
            RunStore store(elsewhere->database());
            QVERIFY(store.setNote(ids[1], u"from elsewhere"_s).ok());
            QVERIFY(store.moveToTrash(ids[2]).ok());
            RunConfig config;
            config.dataset = dataset->dataset.name;
            config.target = u"label"_s;
            config.rounds = 2;
            auto id = queueRun(*elsewhere, config);
            QVERIFY(id.ok());
            ids << *id;
        }
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.poll();
        QTRY_VERIFY(!model.isPolling()); // the changed runs are read in the background
        QCOMPARE(resets.size(), 0); // no full reload: the selection and scroll position stay
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.record(0)->id, ids.last());
        QCOMPARE(model.record(0)->status, RunStatus::Queued);
        QCOMPARE(model.rowOf(ids[2]), -1);
        QCOMPARE(model.index(model.rowOf(ids[1]), RunListModel::Note).data().toString(), u"from elsewhere"_s);
        model.poll(); // nothing new: nothing changes
        QVERIFY(!model.isPolling());
        QCOMPARE(model.rowCount(), 2);

        // Another workspace: the rows go, and come back when it is reopened.
        QVERIFY(controller.open(root.filePath(u"other"_s)).ok());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(controller.open(root.filePath(u"ws"_s)).ok());
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(ids[2]), -1);

        // The rows and their fingerprints come from one query, with the same fingerprints as
        // poll() reads; a row's configuration and metrics are parsed when it is shown.
        RunStore store(controller.workspace()->database());
        QVERIFY(store.setTags(ids[1], {u"zeta"_s, u"alpha"_s}).ok());
        auto listing = store.listUnparsed();
        QVERIFY(listing.ok());
        QCOMPARE(listing->runs.size(), 2);
        QCOMPARE(listing->fingerprints, *store.fingerprints());
        model.reload();
        QTRY_VERIFY(!model.isLoading());
        const int row = model.rowOf(ids[1]);
        const auto stored = store.byId(ids[1]);
        QVERIFY(stored.ok() && stored->has_value());
        QVERIFY(model.recordFields(row)->setup.data.dataset.name.isEmpty()); // not parsed yet
        QCOMPARE(model.recordFields(row)->tags, (QStringList{u"alpha"_s, u"zeta"_s}));
        QCOMPARE(model.index(row, RunListModel::Target).data().toString(), u"label"_s);
        QCOMPARE(model.recordFields(row)->setup.toJson(), (*stored)->setup.toJson());
        QCOMPARE(model.record(row)->finalMetrics, (*stored)->finalMetrics);
        QVERIFY(!model.record(row)->finalMetrics.isEmpty());
        QVERIFY(model.availableKeys().contains(u"params.eta"_s));
        // Stored times are read as Qt reads ISO 8601 text, in UTC.
        auto times = controller.workspace()->database().prepare(u"SELECT created_at, started_at FROM runs WHERE id = ?"_s);
        QVERIFY(times.ok());
        times->bind(1, ids[1]);
        QVERIFY(times->step().value());
        QCOMPARE(model.record(row)->createdAt, QDateTime::fromString(times->text(0), Qt::ISODateWithMs));
        QCOMPARE(model.record(row)->startedAt, QDateTime::fromString(times->text(1), Qt::ISODateWithMs));
        QCOMPARE(model.record(row)->startedAt.timeSpec(), Qt::UTC);
    }

    // Settings kept to 17 digits show 6, with the whole value in the tooltip.
    void comparisonSettingsShowShortNumbers()
    {
        RunComparison comparison;
        comparison.runs = {1, 2};
        comparison.settings.insert(u"params.eta"_s, {u"0.063925169880819785"_s, u"0.3"_s});
        comparison.settings.insert(u"target"_s, {u"churned"_s, u"churned"_s});
        comparison.differing = {u"params.eta"_s};
        ComparisonSettingsModel model;
        QAbstractItemModelTester tester(&model);
        RunRecord a, b;
        a.id = 1;
        b.id = 2;
        model.setComparison({a, b}, comparison);
        QCOMPARE(model.rowCount(), 1); // the setting that differs
        QCOMPARE(model.index(0, 1).data().toString(), u"0.0639252"_s);
        QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), u"0.063925169880819785"_s);
        QCOMPARE(model.index(0, 2).data().toString(), u"0.3"_s);
    }

    void columnGuessModel()
    {
        ColumnGuessModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ColumnGuess numeric;
        numeric.name = u"n"_s;
        ColumnGuess text;
        text.name = u"t"_s;
        text.type = text.inferredType = ColumnType::Text;
        text.hints << u"identifier"_s;
        model.setColumns({numeric, text}, true);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.flags(model.index(0, ColumnGuessModel::Type)) & Qt::ItemIsEditable);
        QSignalSpy changed(&model, &ColumnGuessModel::typeChanged);
        QVERIFY(model.setData(model.index(0, ColumnGuessModel::Type), int(ColumnType::Categorical),
                              ColumnGuessModel::TypeRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.columns().at(0).type, ColumnType::Categorical);
        QVERIFY(model.data(model.index(0, ColumnGuessModel::Notes)).toString().contains(u"your choice"_s));
        QVERIFY(!model.setData(model.index(0, ColumnGuessModel::Type), 99, ColumnGuessModel::TypeRole));
        model.setColumns({numeric}, false);
        QVERIFY(!(model.flags(model.index(0, ColumnGuessModel::Type)) & Qt::ItemIsEditable));
    }

    void previewRowsModel()
    {
        PreviewRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DatasetPreview preview;
        ColumnGuess a;
        a.name = u"a"_s;
        ColumnGuess b;
        b.name = u"b"_s;
        b.type = ColumnType::Categorical;
        preview.columns = {a, b};
        preview.rows = {{u"1"_s, u"x"_s}, {u"2"_s}}; // a short row shows empty cells
        model.setPreview(preview);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.data(model.index(1, 1)).toString(), QString());
        QVERIFY(model.headerData(1, Qt::Horizontal).toString().contains(u"Categorical"_s));
        model.setColumnType(1, ColumnType::Text);
        QVERIFY(model.headerData(1, Qt::Horizontal).toString().contains(u"Text"_s));
    }

    void columnProfileModel()
    {
        ColumnProfileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DatasetProfile profile;
        profile.rows = 10;
        ColumnProfile numbers;
        numbers.name = u"n"_s;
        numbers.min = 1.5;
        numbers.max = 9;
        numbers.distinct = 70000;
        numbers.distinctIsEstimate = true;
        ColumnProfile words;
        words.name = u"w"_s;
        words.type = ColumnType::Categorical;
        const QString longValue = u"a value longer than the thirty characters the cell shows"_s;
        words.topValues = {{u"red"_s, 6}, {u"blue"_s, 4}, {u"green"_s, 3}, {u"grey"_s, 2}, {longValue, 1}};
        profile.columns = {numbers, words};
        model.setProfile(profile);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, ColumnProfileModel::Min), ColumnProfileModel::SortRole).toDouble(), 1.5);
        QVERIFY(model.data(model.index(0, ColumnProfileModel::Distinct)).toString().startsWith(u"≈"_s));
        QVERIFY(model.data(model.index(1, ColumnProfileModel::TopValues)).toString().startsWith(u"red (6)"_s));
        // The cell shows three values; the tooltip every value kept, whole.
        QVERIFY(!model.data(model.index(1, ColumnProfileModel::TopValues)).toString().contains(u"grey"_s));
        const QString tip = model.data(model.index(1, ColumnProfileModel::TopValues), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"grey (2)"_s) && tip.contains(longValue + u" (1)"_s), qPrintable(tip));
        QVERIFY(!model.data(model.index(1, ColumnProfileModel::Min)).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"grove-test"_s);
    TestUiModels test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_models.moc"
