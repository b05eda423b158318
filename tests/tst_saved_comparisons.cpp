// Saved comparisons: names and their checks, saving and replacing, the list, renaming and
// deleting, runs moved to the trash or deleted for good since, and a workspace of the previous
// schema version opening with the new table.

#include "core/store/ComparisonStore.h"
#include "core/store/DatasetStore.h"
#include "core/store/RunStore.h"
#include "core/store/Schema.h"
#include "core/store/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace grove;

Q_DECLARE_METATYPE(grove::ErrorKind)

namespace {

QString singleText(Database& database, const QString& sql)
{
    auto statement = database.prepare(sql);
    if (!statement || !statement->step().ok())
        return {};
    return statement->text(0);
}

// A dataset for runs to belong to.
qint64 addDataset(Database& database)
{
    DatasetRecord r;
    r.name = u"churn"_s;
    r.contentHash = u"c0ffee"_s;
    r.rows = 10;
    r.columns = 3;
    r.snapshot = u"c0ffee.gds"_s;
    r.sourcePath = u"/data/churn.csv"_s;
    r.sourceFormat = u"csv"_s;
    r.importedAt = QDateTime::currentDateTimeUtc();
    r.importedBy = u"tester"_s;
    auto inserted = DatasetStore(database).insert(r, true);
    return inserted ? inserted->record.id : 0;
}

// A finished run (only finished runs can go to the trash); 0 on failure.
qint64 addRun(Database& database, qint64 datasetId)
{
    RunRecord r;
    r.experiment = u"depths"_s;
    r.datasetId = datasetId;
    r.roundsTotal = 10;
    static int made = 0;
    r.setup.config.target = u"churned"_s;
    r.setup.config.seed = quint64(++made); // every run's documents differ
    RunStore store(database);
    auto id = store.create(r);
    RunRecord results;
    results.finalMetrics = QJsonObject{{u"valid.auc"_s, 0.5 + made / 100.0}};
    if (!id || !store.finish(*id, RunStatus::Finished, {}, &results))
        return 0;
    return *id;
}

// A workspace of its own with a few finished runs, for each test.
struct Fixture
{
    Result<Workspace> workspace = Error::internal(u"not opened"_s);
    QList<qint64> runs;

    Fixture(const QTemporaryDir& dir, const QString& name, int runCount)
    {
        workspace = Workspace::openOrCreate(dir.filePath(name));
        if (!workspace)
            return;
        const qint64 dataset = addDataset(database());
        for (int i = 0; i < runCount; ++i)
            runs << addRun(database(), dataset);
    }
    bool ok() const { return workspace.ok() && !runs.contains(0); }
    Database& database() { return workspace->database(); }
    ComparisonStore store() { return ComparisonStore(database()); }
};

QString describe(const Status& status)
{
    return status ? QString() : status.error().toString();
}
template <typename T> QString describe(const Result<T>& result)
{
    return result ? QString() : result.error().toString();
}

QStringList namesIn(const Result<QList<SavedComparison>>& list)
{
    QStringList result;
    if (list) {
        for (const SavedComparison& comparison : *list)
            result << comparison.name;
    }
    return result;
}

} // namespace

class TestSavedComparisons : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // The runs list the window reads on a pool thread is the store's list, trash left out, and
    // its documents (packed into shared blocks) parse to what each run stored.
    void theWindowsRunsListIsTheWholeList()
    {
        Fixture f(m_dir, u"halves"_s, 7);
        QVERIFY(f.ok());
        QVERIFY(RunStore(f.database()).moveToTrash(f.runs[3]).ok());
        auto whole = RunStore(f.database()).listUnparsed();
        auto halves = listRunsUnparsed(f.workspace->directory());
        QVERIFY2(whole.ok() && halves.ok(), qPrintable(describe(halves)));
        QList<qint64> wholeIds, halvesIds;
        for (const RunRecord& run : whole->runs)
            wholeIds << run.id;
        for (const RunRecord& run : halves->runs)
            halvesIds << run.id;
        QCOMPARE(halvesIds, wholeIds);
        QCOMPARE(halvesIds.size(), 6);
        QCOMPARE(halves->documents.size(), whole->documents.size());
        QCOMPARE(halves->fingerprints, whole->fingerprints);
        for (std::size_t i = 0; i < whole->documents.size(); ++i) {
            RunRecord& run = halves->runs[qsizetype(i)];
            parseRunDocuments(run, halves->documents[i]);
            auto single = RunStore(f.database()).byId(run.id); // read alone, nothing packed
            QVERIFY(single.ok() && single->has_value());
            QCOMPARE(run.setup.toJson(), (*single)->setup.toJson());
            QCOMPARE(run.finalMetrics, (*single)->finalMetrics);
            QCOMPARE(run.experiment, (*single)->experiment);
            QVERIFY(!run.finalMetrics.isEmpty());
        }
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ordinary") << u"Depth sweep"_s << true;
        QTest::newRow("unicode") << u"Tiefe – Größe"_s << true;
        QTest::newRow("digits only") << u"2026"_s << true; // nothing else is looked up by number
        QTest::newRow("spaces around") << u"  padded  "_s << true;
        QTest::newRow("a hundred characters") << QString(100, u'x') << true;
        QTest::newRow("a hundred characters and spaces")
            << u"  "_s + QString(100, u'x') + u"  "_s << true;
        QTest::newRow("a hundred emoji")
            << QString::fromUcs4(QList<char32_t>(100, U'🌳').constData(), 100) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << u" \t "_s << false;
        QTest::newRow("101 characters") << QString(101, u'x') << false;
        QTest::newRow("tab inside") << u"a\tb"_s << false;
        QTest::newRow("line break inside") << u"first\nsecond"_s << false;
        QTest::newRow("escape character") << u"red\x1b[31m"_s << false;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const QString problem = ComparisonStore::validateName(name);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
        // A message never carries the control character itself into the terminal or a label.
        for (QChar c : problem)
            QVERIFY(c.category() != QChar::Other_Control);
    }

    void refusedSavesStoreNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<int>>(
            "runs"); // indexes into the fixture's runs; negative: an id no run has
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("empty name")
            << QString() << QList<int>{0, 1} << ErrorKind::BadInput << u"empty"_s;
        QTest::newRow("blank name")
            << u"   "_s << QList<int>{0, 1} << ErrorKind::BadInput << u"empty"_s;
        QTest::newRow("name too long")
            << QString(101, u'n') << QList<int>{0, 1} << ErrorKind::BadInput << u"at most 100"_s;
        QTest::newRow("tab in the name")
            << u"a\tb"_s << QList<int>{0, 1} << ErrorKind::BadInput << u"contains a tab"_s;
        QTest::newRow("no runs") << u"none"_s << QList<int>{} << ErrorKind::BadInput
                                 << u"given 0"_s;
        QTest::newRow("one run") << u"solo"_s << QList<int>{0} << ErrorKind::BadInput
                                 << u"at least two runs"_s;
        QTest::newRow("a run twice")
            << u"twice"_s << QList<int>{0, 1, 0} << ErrorKind::BadInput << u"listed twice"_s;
        QTest::newRow("one unknown run")
            << u"ghost"_s << QList<int>{0, -999} << ErrorKind::NotFound << u"no run 999"_s;
        QTest::newRow("two unknown runs") << u"ghosts"_s << QList<int>{-998, 1, -999}
                                          << ErrorKind::NotFound << u"no runs 998, 999"_s;
    }

    void refusedSavesStoreNothing()
    {
        QFETCH(QString, name);
        QFETCH(QList<int>, runs);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, phrase);
        Fixture f(
            m_dir,
            u"refused-%1"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'), 2);
        QVERIFY(f.ok());
        QList<qint64> ids;
        for (int index : runs)
            ids << (index >= 0 ? f.runs[index] : qint64(-index));
        auto saved = f.store().save(name, ids, QJsonObject{{u"metric"_s, u"auc"_s}});
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, kind);
        QVERIFY2(saved.error().message.contains(phrase), qPrintable(saved.error().message));
        QVERIFY(f.store().list()->isEmpty());
        QCOMPARE(singleText(f.database(),
                            u"SELECT count(*) FROM events WHERE action LIKE 'comparison.%'"_s),
                 u"0"_s);
    }

    void savedComparisonsOpenAgain()
    {
        Fixture f(m_dir, u"reopen"_s, 3);
        QVERIFY(f.ok());
        const QJsonObject view{
            {u"metric"_s, u"auc"_s},   {u"split"_s, u"valid"_s},
            {u"log"_s, false},         {u"smoothing"_s, 0.25},
            {u"all_settings"_s, true}, {u"unknown_to_grove"_s, QJsonArray{1, u"x"_s}}};
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        auto saved = f.store().save(u"  Depth sweep "_s, {f.runs[2], f.runs[0]}, view);
        QVERIFY2(saved, qPrintable(describe(saved)));
        QVERIFY(!saved->replaced);
        QCOMPARE(saved->comparison.name, u"Depth sweep"_s);

        // Found without regard to case or surrounding spaces, with everything as it was given.
        auto found = f.store().byName(u"depth SWEEP  "_s);
        QVERIFY2(found, qPrintable(describe(found)));
        QVERIFY(found->has_value());
        const SavedComparison& c = **found;
        QCOMPARE(c.name, u"Depth sweep"_s);
        QCOMPARE(c.runIds, (QList<qint64>{f.runs[2], f.runs[0]})); // the order compared in
        QCOMPARE(c.view, view);
        QCOMPARE(c.createdAt, c.updatedAt);
        QCOMPARE(c.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(c.createdAt >= before && c.createdAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(c.createdAt, saved->comparison.createdAt);
        // Stored as ISO 8601 in UTC.
        QVERIFY(singleText(f.database(), u"SELECT created_at FROM comparisons"_s).endsWith(u'Z'));

        auto resolved = f.store().resolve(u"DEPTH SWEEP"_s);
        QVERIFY2(resolved, qPrintable(describe(resolved)));
        QCOMPARE(resolved->runs.size(), 2);
        QCOMPARE(resolved->runs[0].id, f.runs[2]);
        QCOMPARE(resolved->runs[1].id, f.runs[0]);
        QVERIFY(resolved->missingRunIds.isEmpty());

        QVERIFY(!f.store().byName(u"Depth"_s)->has_value());
        auto unknown = f.store().resolve(u"Width sweep"_s);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
        QVERIFY(unknown.error().message.contains(u"\"Width sweep\""_s));
    }

    void savingUnderATakenNameReplaces()
    {
        Fixture f(m_dir, u"replace"_s, 4);
        QVERIFY(f.ok());
        const QJsonObject first{{u"metric"_s, u"auc"_s}};
        auto original = f.store().save(u"Best"_s, {f.runs[0], f.runs[1]}, first);
        QVERIFY2(original, qPrintable(describe(original)));
        QThread::msleep(20);

        // Without view settings the replaced comparison keeps its own.
        auto replaced = f.store().save(u"BEST"_s, {f.runs[2], f.runs[3], f.runs[0]});
        QVERIFY2(replaced, qPrintable(describe(replaced)));
        QVERIFY(replaced->replaced);
        auto list = f.store().list();
        QCOMPARE(namesIn(list), QStringList{u"BEST"_s}); // one comparison, spelled as last saved
        const SavedComparison& c = list->front();
        QCOMPARE(c.runIds, (QList<qint64>{f.runs[2], f.runs[3], f.runs[0]}));
        QCOMPARE(c.view, first);
        QCOMPARE(c.createdAt, original->comparison.createdAt);
        QVERIFY2(c.updatedAt > c.createdAt, qPrintable(c.updatedAt.toString(Qt::ISODateWithMs)));

        // With view settings they are replaced too.
        const QJsonObject second{{u"metric"_s, u"logloss"_s}, {u"log"_s, true}};
        QVERIFY(f.store().save(u"best"_s, {f.runs[0], f.runs[1]}, second));
        QCOMPARE(f.store().byName(u"best"_s)->value().view, second);

        // A refused save leaves the saved comparison as it was.
        auto refused = f.store().save(u"Best"_s, {f.runs[0], 4242});
        QVERIFY(!refused);
        const SavedComparison after = f.store().byName(u"best"_s)->value();
        QCOMPARE(after.runIds, (QList<qint64>{f.runs[0], f.runs[1]}));
        QCOMPARE(after.view, second);
        QCOMPARE(after.name, u"best"_s);
    }

    void theListIsSortedByName()
    {
        Fixture f(m_dir, u"sorted"_s, 2);
        QVERIFY(f.ok());
        QVERIFY(f.store().list()->isEmpty());
        for (const QString& name : {u"gamma"_s, u"Alpha"_s, u"beta"_s, u"Zeta"_s})
            QVERIFY(f.store().save(name, {f.runs[0], f.runs[1]}));
        QCOMPARE(namesIn(f.store().list()),
                 (QStringList{u"Alpha"_s, u"beta"_s, u"gamma"_s, u"Zeta"_s}));
    }

    void renamingAndDeleting()
    {
        Fixture f(m_dir, u"rename"_s, 2);
        QVERIFY(f.ok());
        const QList<qint64> runs{f.runs[0], f.runs[1]};
        QVERIFY(f.store().save(u"Baseline"_s, runs, QJsonObject{{u"metric"_s, u"auc"_s}}));
        QVERIFY(f.store().save(u"Tuned"_s, runs));

        auto taken = f.store().rename(u"Baseline"_s, u"tuned"_s);
        QVERIFY(!taken);
        QCOMPARE(taken.error().kind, ErrorKind::Conflict);
        QVERIFY2(taken.error().message.contains(u"\"Tuned\""_s), qPrintable(taken.error().message));
        QCOMPARE(namesIn(f.store().list()), (QStringList{u"Baseline"_s, u"Tuned"_s}));

        auto unknown = f.store().rename(u"Nothing"_s, u"Something"_s);
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
        QVERIFY(unknown.error().message.contains(u"\"Nothing\""_s));
        auto bad = f.store().rename(u"Baseline"_s, u"two\nlines"_s);
        QCOMPARE(bad.error().kind, ErrorKind::BadInput);
        QCOMPARE(namesIn(f.store().list()), (QStringList{u"Baseline"_s, u"Tuned"_s}));

        // A new name, then a change of case of its own name; the runs and the view go along.
        const Status renamed = f.store().rename(u"baseline"_s, u" First try "_s);
        QVERIFY2(renamed, qPrintable(describe(renamed)));
        QVERIFY(f.store().rename(u"first try"_s, u"First Try"_s));
        QCOMPARE(namesIn(f.store().list()), (QStringList{u"First Try"_s, u"Tuned"_s}));
        const SavedComparison afterRename = f.store().byName(u"first try"_s)->value();
        QCOMPARE(afterRename.runIds, runs);
        QCOMPARE(afterRename.view, (QJsonObject{{u"metric"_s, u"auc"_s}}));
        QVERIFY(!f.store().byName(u"Baseline"_s)->has_value());

        auto gone = f.store().remove(u"Baseline"_s);
        QCOMPARE(gone.error().kind, ErrorKind::NotFound);
        QVERIFY(gone.error().message.contains(u"\"Baseline\""_s));
        QVERIFY2(f.store().remove(u"TUNED"_s), "deleted without regard to case");
        QCOMPARE(namesIn(f.store().list()), QStringList{u"First Try"_s});
        QCOMPARE(f.store().remove(u"Tuned"_s).error().kind, ErrorKind::NotFound);
        // Deleting a comparison leaves its runs alone.
        QCOMPARE(RunStore(f.database()).list()->size(), 2);

        // Every change is in the event log.
        QCOMPARE(
            singleText(f.database(),
                       u"SELECT group_concat(action, ' ') FROM (SELECT action FROM events "
                       "WHERE action LIKE 'comparison.%' ORDER BY id)"_s),
            u"comparison.saved comparison.saved comparison.renamed comparison.renamed comparison.deleted"_s);
    }

    void runsInTheTrashStayAndDeletedRunsAreNamed()
    {
        Fixture f(m_dir, u"trash"_s, 3);
        QVERIFY(f.ok());
        const qint64 a = f.runs[0], b = f.runs[1], c = f.runs[2];
        RunStore runs(f.database());
        QVERIFY(f.store().save(u"All three"_s, {a, b, c}));
        QVERIFY(f.store().save(u"Pair"_s, {a, c}));

        // A run in the trash still exists: it is shown, marked by its deletion time, and can be
        // saved.
        QVERIFY(runs.moveToTrash(c));
        auto trashed = f.store().resolve(u"All three"_s);
        QVERIFY2(trashed, qPrintable(describe(trashed)));
        QCOMPARE(trashed->runs.size(), 3);
        QVERIFY(trashed->runs[2].deletedAt.isValid());
        QVERIFY(trashed->missingRunIds.isEmpty());
        QVERIFY(f.store().save(u"With the trashed one"_s, {b, c}));

        // Emptied from the trash: the saved comparisons name the run as missing.
        auto emptied = runs.emptyTrash();
        QVERIFY(emptied);
        QCOMPARE(*emptied, QList<qint64>{c});
        auto resolved = f.store().resolve(u"All three"_s);
        QVERIFY2(resolved, qPrintable(describe(resolved)));
        QCOMPARE(resolved->runs.size(), 2);
        QCOMPARE(resolved->runs[0].id, a);
        QCOMPARE(resolved->runs[1].id, b);
        QCOMPARE(resolved->missingRunIds, QList<qint64>{c});
        QCOMPARE(resolved->saved.runIds, (QList<qint64>{a, b, c})); // the saved ids are kept
        auto pair = f.store().resolve(u"Pair"_s);
        QCOMPARE(pair->runs.size(), 1);
        QCOMPARE(pair->missingRunIds, QList<qint64>{c});
        // ...and a comparison with that run can no longer be saved.
        auto refused = f.store().save(u"Pair"_s, {a, c});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"no run %1"_s.arg(c)));

        // A new run never gets the id of the deleted one, which stays missing.
        QThread::msleep(5);
        const qint64 next = addRun(f.database(), runs.byId(a)->value().datasetId);
        QCOMPARE(next, c + 1);
        QCOMPARE(f.store().resolve(u"All three"_s)->missingRunIds, QList<qint64>{c});
        QCOMPARE(f.store().resolve(u"With the trashed one"_s)->runs.size(), 1);
        // Saved again, the comparison holds the new run.
        QVERIFY(f.store().save(u"All three"_s, {a, b, next}));
        auto again = f.store().resolve(u"All three"_s);
        QCOMPARE(again->runs.size(), 3);
        QVERIFY(again->missingRunIds.isEmpty());
    }

    void aVersion3WorkspaceOpensWithSavedComparisons()
    {
        // A workspace as the previous version of Grove left it, with a run in it.
        const QString path = m_dir.filePath(u"version-3"_s);
        QVERIFY(QDir().mkpath(path));
        qint64 run = 0;
        {
            auto database = Database::open(QDir(path).filePath(u"grove.db"_s));
            QVERIFY(database);
            const auto steps = schemaMigrations();
            QVERIFY(steps.size() >= 4);
            QCOMPARE(steps[2].version, 3);
            QVERIFY(migrate(*database, steps.first(3)));
            QCOMPARE(database->userVersion().value(), 3);
            // Today's stores keep their ids in id_counters (schema 9): a table of this connection
            // only, gone when it closes, lets them write the old workspace.
            QVERIFY(database->exec(u"CREATE TEMP TABLE id_counters (name TEXT PRIMARY KEY, last INTEGER NOT NULL)"_s));
            const qint64 dataset = addDataset(*database);
            QVERIFY(dataset > 0);
            run = addRun(*database, dataset);
            QVERIFY(run > 0);
            QVERIFY(RunStore(*database).setNote(run, u"kept across the upgrade"_s));
            QVERIFY(singleText(*database,
                               u"SELECT name FROM sqlite_master WHERE name = 'comparisons'"_s)
                        .isEmpty());
        }

        auto workspace = Workspace::openOrCreate(path);
        QVERIFY2(workspace, qPrintable(describe(workspace)));
        QCOMPARE(workspace->database().userVersion().value(), latestSchemaVersion());
        auto runs = RunStore(workspace->database()).list();
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->front().note, u"kept across the upgrade"_s);
        ComparisonStore store(workspace->database());
        QVERIFY(store.list()->isEmpty());
        const qint64 second = addRun(workspace->database(), runs->front().datasetId);
        auto saved = store.save(u"After the upgrade"_s, {run, second});
        QVERIFY2(saved, qPrintable(describe(saved)));
        QCOMPARE(store.resolve(u"after the upgrade"_s)->runs.size(), 2);

        // Opening it again migrates nothing twice and keeps the comparison.
        auto reopened = Workspace::openOrCreate(path);
        QVERIFY(reopened);
        QCOMPARE(namesIn(ComparisonStore(reopened->database()).list()),
                 QStringList{u"After the upgrade"_s});
    }
};

QTEST_GUILESS_MAIN(TestSavedComparisons)
#include "tst_saved_comparisons.moc"
