// The workspace store: creating and refusing folders, schema migrations, several processes on
// one workspace, dataset names and lookups, the append-only event log, and cleanup of files left
// by killed imports.

#include "core/common/FileLock.h"
#include "core/services/DatasetImport.h"
#include "core/store/DatasetStore.h"
#include "core/store/Schema.h"
#include "core/store/Workspace.h"
#include "tests/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

QString writeCsv(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    return test::writeFile(dir.filePath(name), content);
}

QString singleText(Database& database, const QString& sql)
{
    auto statement = database.prepare(sql);
    if (!statement || !statement->step().ok())
        return {};
    return statement->text(0);
}

DatasetRecord record(const QString& name, const QString& hash)
{
    DatasetRecord r;
    r.name = name;
    r.contentHash = hash;
    r.rows = 1;
    r.columns = 1;
    r.snapshot = hash + u".gds"_s;
    r.sourcePath = u"/data/x.csv"_s;
    r.sourceFormat = u"csv"_s;
    r.importedAt = QDateTime::currentDateTimeUtc();
    r.importedBy = u"tester"_s;
    return r;
}

} // namespace

class TestWorkspaceStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void createsAWorkspace()
    {
        const QString path = m_dir.filePath(u"new/nested/ws"_s);
        auto workspace = Workspace::openOrCreate(path);
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
        QVERIFY(workspace->wasCreated());
        QVERIFY(QFileInfo(path + u"/grove.db"_s).isFile());
        QVERIFY(QFileInfo(path + u"/datasets"_s).isDir());
        QCOMPARE(singleText(workspace->database(), u"PRAGMA journal_mode"_s), u"wal"_s);
        QCOMPARE(workspace->database().userVersion().value(), latestSchemaVersion());
        QVERIFY(Workspace::isWorkspace(path));

        // Reopening keeps the data and is not a creation.
        QVERIFY(DatasetStore(workspace->database()).insert(record(u"kept"_s, u"h1"_s), false));
        auto again = Workspace::openOrCreate(path);
        QVERIFY(again);
        QVERIFY(!again->wasCreated());
        QCOMPARE(DatasetStore(again->database()).list()->size(), 1);
    }

    // Large pages keep the runs table in few pages among the metric histories (a cold open of
    // 10,000 runs reads about 500 pages instead of 2,000); the WAL is still checkpointed at
    // about 4 MiB. A workspace made with small pages keeps them.
    void newWorkspacesUseLargePages()
    {
        auto fresh = Workspace::openOrCreate(m_dir.filePath(u"pages/new"_s));
        QVERIFY(fresh);
        QCOMPARE(singleText(fresh->database(), u"PRAGMA page_size"_s), u"16384"_s);
        QCOMPARE(singleText(fresh->database(), u"PRAGMA wal_autocheckpoint"_s), u"256"_s);

        const QString old = m_dir.filePath(u"pages/old"_s);
        QVERIFY(QDir().mkpath(old));
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(old + u"/grove.db"_s).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA page_size=4096; CREATE TABLE t(x); DROP TABLE t;", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        auto reopened = Workspace::openOrCreate(old);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString()));
        QCOMPARE(singleText(reopened->database(), u"PRAGMA page_size"_s), u"4096"_s);
        QCOMPARE(singleText(reopened->database(), u"PRAGMA wal_autocheckpoint"_s), u"1024"_s);
        QCOMPARE(reopened->database().userVersion().value(), latestSchemaVersion());
    }

    void refusesFoldersThatAreNotWorkspaces()
    {
        const QString occupied = m_dir.filePath(u"home-like"_s);
        QDir().mkpath(occupied);
        writeCsv(m_dir, u"home-like/notes.txt"_s, "keep me");
        auto refused = Workspace::openOrCreate(occupied);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"not a Grove workspace"_s));
        QVERIFY(!QFileInfo::exists(occupied + u"/grove.db"_s));
        QVERIFY(!QFileInfo::exists(occupied + u"/datasets"_s));

        const QString file = writeCsv(m_dir, u"plain-file"_s, "x");
        auto notFolder = Workspace::openOrCreate(file);
        QVERIFY(!notFolder);
        QVERIFY(notFolder.error().message.contains(u"is a file"_s));

        const QString empty = m_dir.filePath(u"empty-folder"_s);
        QDir().mkpath(empty);
        QVERIFY(Workspace::openOrCreate(empty));
    }

    void migrationsApplyInOrder()
    {
        auto database = Database::open(m_dir.filePath(u"migrate-ok.db"_s));
        QVERIFY(database);
        const std::vector<Migration> steps = {
            {1, u"CREATE TABLE a (x INTEGER);"_s},
            {2, u"ALTER TABLE a ADD COLUMN y TEXT; INSERT INTO a VALUES (1, 'one');"_s},
            {3, u"CREATE TABLE b (z INTEGER);"_s},
        };
        QVERIFY(migrate(*database, std::span(steps).first(1)));
        QCOMPARE(database->userVersion().value(), 1);
        QVERIFY(migrate(*database, steps));
        QCOMPARE(database->userVersion().value(), 3);
        QCOMPARE(singleText(*database, u"SELECT y FROM a"_s), u"one"_s);
        // Running again changes nothing.
        QVERIFY(migrate(*database, steps));
        QCOMPARE(singleText(*database, u"SELECT count(*) FROM a"_s), u"1"_s);
    }

    void aFailingMigrationRollsBack()
    {
        auto database = Database::open(m_dir.filePath(u"migrate-fail.db"_s));
        QVERIFY(database);
        const std::vector<Migration> steps = {
            {1, u"CREATE TABLE a (x INTEGER);"_s},
            {2, u"CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);"_s},
        };
        auto status = migrate(*database, steps);
        QVERIFY(!status);
        QCOMPARE(database->userVersion().value(), 1);
        QVERIFY(singleText(*database, u"SELECT name FROM sqlite_master WHERE name = 'half'"_s).isEmpty());
        QCOMPARE(singleText(*database, u"SELECT name FROM sqlite_master WHERE name = 'a'"_s), u"a"_s);
    }

    void aNewerWorkspaceIsRefused()
    {
        const QString path = m_dir.filePath(u"from-the-future"_s);
        {
            auto workspace = Workspace::openOrCreate(path);
            QVERIFY(workspace);
            QVERIFY(workspace->database().exec(u"PRAGMA user_version = 999"_s));
        }
        auto refused = Workspace::openOrCreate(path);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"newer version of Grove"_s));
        QVERIFY(refused.error().message.contains(u"999"_s));
    }

    // Background work connects to a workspace the window opened; a workspace deleted or moved
    // meanwhile must come back as an error, never as a new, empty workspace with restarted ids.
    void backgroundWorkConnectsButNeverCreates()
    {
        const QString path = m_dir.filePath(u"connected"_s);
        auto missing = Workspace::connect(path);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(u"is gone"_s), qPrintable(missing.error().toString()));
        QVERIFY(!QFileInfo::exists(path));

        {
            auto opened = Workspace::openOrCreate(path);
            QVERIFY(opened);
            QVERIFY(DatasetStore(opened->database()).insert(record(u"kept"_s, u"h1"_s), false));
        }
        auto connected = Workspace::connect(path);
        QVERIFY2(connected, qPrintable(connected ? QString() : connected.error().toString()));
        QVERIFY(!connected->wasCreated());
        QCOMPARE(DatasetStore(connected->database()).list()->size(), 1);

        // The database deleted while the window had the workspace open.
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + u"/grove.db"_s + suffix);
        auto deleted = Workspace::connect(path);
        QVERIFY(!deleted);
        QVERIFY2(deleted.error().message.contains(u"grove-cli"_s), qPrintable(deleted.error().toString()));
        QVERIFY(!QFileInfo::exists(path + u"/grove.db"_s));
    }

    void connectingNeverMigrates()
    {
        const QString path = m_dir.filePath(u"other-version"_s);
        {
            auto workspace = Workspace::openOrCreate(path);
            QVERIFY(workspace);
            QVERIFY(workspace->database().exec(u"PRAGMA user_version = %1"_s.arg(latestSchemaVersion() - 1)));
        }
        auto refused = Workspace::connect(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"another version of Grove"_s), qPrintable(refused.error().toString()));
        QCOMPARE(Database::open(path + u"/grove.db"_s)->userVersion().value(), latestSchemaVersion() - 1);
    }

    void severalProcessesCreateOneWorkspace()
    {
        // Eight processes open the same new folder at once, several times: none may take
        // another's half-made database (missing, empty, not set up) for a damaged workspace.
        for (int round = 0; round < 5; ++round) {
            const QString path = m_dir.filePath(u"raced-%1"_s.arg(round));
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < 8; ++i) {
                auto process = std::make_unique<QProcess>();
                process->start(QStringLiteral(GROVE_CLI_PATH), {u"--workspace"_s, path, u"datasets"_s, u"--json"_s});
                processes.push_back(std::move(process));
            }
            for (auto& process : processes) {
                QVERIFY(process->waitForFinished(30000));
                QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            }
            auto workspace = Workspace::openOrCreate(path);
            QVERIFY(workspace);
            QCOMPARE(workspace->database().userVersion().value(), latestSchemaVersion());
        }
    }

    // While another process sets a new workspace up (its database still empty, its write-ahead
    // log already written), a second one waits for the folder's lock instead of refusing the
    // workspace as damaged, and opens it once it is set up.
    void aProcessWaitsWhileAnotherSetsTheWorkspaceUp()
    {
        const QString path = m_dir.filePath(u"being-set-up"_s);
        QVERIFY(QDir().mkpath(path));
        auto setup = std::make_unique<HeldFileLock>();
        QVERIFY(setup->lockFolder(path, 1000));
        const QString database = path + u"/grove.db"_s;
        grove::test::writeFile(database, {});
        grove::test::writeFile(database + u"-wal"_s, QByteArray(4096, 'x'));
        QProcess process;
        process.start(QStringLiteral(GROVE_CLI_PATH), {u"--workspace"_s, path, u"datasets"_s, u"--json"_s});
        QVERIFY(process.waitForStarted());
        QVERIFY2(!process.waitForFinished(1500), process.readAllStandardError().constData()); // waits
        // The setup ends: the finished database replaces the half-made one, then the lock goes.
        QVERIFY(QFile::remove(database) && QFile::remove(database + u"-wal"_s));
        {
            auto finished = Database::open(database);
            QVERIFY(finished);
            QVERIFY(migrate(*finished, schemaMigrations()));
        }
        setup.reset();
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    void anotherProcessSharesTheWorkspace()
    {
        const QString path = m_dir.filePath(u"shared"_s);
        auto workspace = Workspace::openOrCreate(path);
        QVERIFY(workspace);
        DatasetStore store(workspace->database());

        // The CLI imports while this process holds the workspace open...
        QProcess cli;
        cli.start(QStringLiteral(GROVE_CLI_PATH),
                  {u"--workspace"_s, path, u"import"_s, writeCsv(m_dir, u"from-cli.csv"_s, "a\n1\n2\n")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(store.list()->front().name, u"from-cli"_s);

        // ...and sees what this process imports.
        ImportOptions options;
        options.path = writeCsv(m_dir, u"from-test.csv"_s, "b\nx\n");
        JobControl control;
        QVERIFY(importDataset(*workspace, options, control));
        cli.start(QStringLiteral(GROVE_CLI_PATH), {u"--workspace"_s, path, u"datasets"_s});
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY(cli.readAllStandardOutput().contains("from-test"));

        // Two imports at the same moment both land.
        QProcess first, second;
        first.start(QStringLiteral(GROVE_CLI_PATH),
                    {u"--workspace"_s, path, u"import"_s, writeCsv(m_dir, u"one.csv"_s, "c\n1\n")});
        second.start(QStringLiteral(GROVE_CLI_PATH),
                     {u"--workspace"_s, path, u"import"_s, writeCsv(m_dir, u"two.csv"_s, "d\n2\n")});
        QVERIFY(first.waitForFinished(30000) && second.waitForFinished(30000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(store.list()->size(), 4);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ordinary") << u"Sales 2026"_s << true;
        QTest::newRow("unicode") << u"Größe – Ümsatz"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << u"   "_s << false;
        QTest::newRow("digits only") << u"2026"_s << false;
        QTest::newRow("digits and letters") << u"2026b"_s << true;
        QTest::newRow("too long") << QString(201, u'x') << false;
        QTest::newRow("control character") << u"a\tb"_s << false;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(DatasetStore::validateName(name).isEmpty(), valid);
    }

    void namesAndLookups()
    {
        auto workspace = Workspace::openOrCreate(m_dir.filePath(u"names"_s));
        QVERIFY(workspace);
        DatasetStore store(workspace->database());
        auto first = store.insert(record(u"Sales"_s, u"aaaa1111"_s), true);
        QVERIFY(first && first->inserted);
        auto second = store.insert(record(u"sales"_s, u"aaaa2222"_s), true);
        QVERIFY(second && second->inserted);
        QCOMPARE(second->record.name, u"sales (2)"_s); // names are unique without regard to case
        auto clash = store.insert(record(u"SALES"_s, u"bbbb3333"_s), false);
        QVERIFY(!clash);
        QCOMPARE(clash.error().kind, ErrorKind::Conflict);
        auto same = store.insert(record(u"whatever"_s, u"aaaa1111"_s), false);
        QVERIFY(same && !same->inserted);
        QCOMPARE(same->record.id, first->record.id);

        QCOMPARE(store.find(QString::number(first->record.id))->name, u"Sales"_s);
        QCOMPARE(store.find(u"SALES"_s)->id, first->record.id);
        QCOMPARE(store.find(u"aaaa22"_s)->id, second->record.id);
        auto ambiguous = store.find(u"aaaa"_s);
        QVERIFY(!ambiguous); // shorter than 6 characters: not a hash prefix
        QCOMPARE(ambiguous.error().kind, ErrorKind::NotFound);
        QVERIFY(store.insert(record(u"third"_s, u"aaaa1199"_s), false));
        auto twoMatches = store.find(u"aaaa11"_s);
        QVERIFY(!twoMatches);
        QVERIFY(twoMatches.error().message.contains(u"several datasets"_s));

        QVERIFY(store.rename(first->record.id, u"Revenue"_s));
        auto taken = store.rename(first->record.id, u"THIRD"_s);
        QVERIFY(!taken);
        QCOMPARE(taken.error().kind, ErrorKind::Conflict);
        QVERIFY(store.rename(first->record.id, u"revenue"_s)); // a change of case of its own name
        QVERIFY(store.remove(second->record.id));
        QVERIFY(!store.byId(second->record.id)->has_value());
        QCOMPARE(store.remove(second->record.id).error().kind, ErrorKind::NotFound);

        // Every change is in the event log, which cannot be edited.
        Database& db = workspace->database();
        QCOMPARE(singleText(db, u"SELECT count(*) FROM events"_s), u"6"_s);
        QCOMPARE(singleText(db, u"SELECT group_concat(action, ' ') FROM (SELECT action FROM events ORDER BY id)"_s),
                 u"dataset.imported dataset.imported dataset.imported dataset.renamed dataset.renamed dataset.deleted"_s);
        QVERIFY(!db.exec(u"UPDATE events SET actor = 'someone else'"_s));
        QVERIFY(!db.exec(u"DELETE FROM events"_s));
        QCOMPARE(singleText(db, u"SELECT count(*) FROM events"_s), u"6"_s);
    }

    void deletingADatasetRemovesItsSnapshot()
    {
        auto workspace = Workspace::openOrCreate(m_dir.filePath(u"delete"_s));
        QVERIFY(workspace);
        ImportOptions options;
        options.path = writeCsv(m_dir, u"delete-me.csv"_s, "a\n1\n");
        JobControl control;
        auto imported = importDataset(*workspace, options, control);
        QVERIFY(imported);
        const QString snapshot = QDir(workspace->datasetsDirectory()).filePath(imported->dataset.snapshot);
        QVERIFY(QFile::exists(snapshot));
        QVERIFY(deleteDataset(*workspace, imported->dataset.id));
        QVERIFY(!QFile::exists(snapshot));
        QVERIFY(DatasetStore(workspace->database()).list()->isEmpty());
        // The audit log names datasets by id: the next one never gets the deleted one's.
        options.path = writeCsv(m_dir, u"next.csv"_s, "a\n2\n");
        auto next = importDataset(*workspace, options, control);
        QVERIFY(next);
        QCOMPARE(next->dataset.id, imported->dataset.id + 1);
    }

    // A workspace of schema 8 upgraded: its counters start above the ids it has.
    void idCountersStartAboveTheIdsThereAre()
    {
        const QString path = m_dir.filePath(u"schema-8"_s);
        QVERIFY(QDir().mkpath(path));
        {
            auto database = Database::open(QDir(path).filePath(u"grove.db"_s));
            QVERIFY(database);
            QVERIFY(migrate(*database, schemaMigrations().first(8)));
            QVERIFY(database->exec(u"CREATE TEMP TABLE id_counters (name TEXT PRIMARY KEY, last INTEGER NOT NULL)"_s));
            for (const QString& hash : {u"h1"_s, u"h2"_s})
                QVERIFY(DatasetStore(*database).insert(record(hash, hash), false));
        }
        auto workspace = Workspace::openOrCreate(path);
        QVERIFY(workspace);
        QCOMPARE(singleText(workspace->database(), u"SELECT last FROM id_counters WHERE name = 'datasets'"_s), u"2"_s);
        DatasetStore store(workspace->database());
        QVERIFY(store.remove(2));
        auto inserted = store.insert(record(u"h3"_s, u"h3"_s), false);
        QVERIFY(inserted);
        QCOMPARE(inserted->record.id, 3);
    }

    void abandonedTemporaryFilesAreRemoved()
    {
        const QString path = m_dir.filePath(u"abandoned"_s);
        QVERIFY(Workspace::openOrCreate(path));
        // A killed import's file, however new, goes; one whose writer still holds its lock stays.
        const QString abandoned = writeCsv(m_dir, u"abandoned/datasets/.incoming-killed.gds"_s, "partial");
        QFile inProgress(path + u"/datasets/.incoming-live.gds"_s);
        QVERIFY(inProgress.open(QIODevice::WriteOnly | QIODevice::NewOnly));
        QVERIFY(lockNewFile(inProgress));
        const QString other = writeCsv(m_dir, u"abandoned/datasets/keep.gds"_s, "not ours to judge");
        QVERIFY(Workspace::openOrCreate(path));
        QVERIFY(!QFile::exists(abandoned));
        QVERIFY(QFile::exists(inProgress.fileName()));
        QVERIFY(QFile::exists(other));
        // Once its writer is gone, it goes too.
        inProgress.close();
        QVERIFY(Workspace::openOrCreate(path));
        QVERIFY(!QFile::exists(inProgress.fileName()));
    }

    void aFileInPlaceOfAFolderIsNamed_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("runs") << u"runs"_s;
        QTest::newRow("datasets") << u"datasets"_s;
    }

    void aFileInPlaceOfAFolderIsNamed()
    {
        QFETCH(QString, folder);
        const QString path = m_dir.filePath(u"blocked-"_s + folder);
        QVERIFY(QDir().mkpath(path));
        writeCsv(m_dir, u"blocked-%1/%1"_s.arg(folder), "");
        auto refused = Workspace::openOrCreate(path);
        QVERIFY(!refused);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QDir(path).filePath(folder) + u" is a file"_s), qPrintable(message));
        QVERIFY2(message.contains(u"keeps its %1 in a folder"_s.arg(folder)), qPrintable(message));
        QVERIFY2(message.contains(u"Move or rename the file"_s), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "tst_workspace_store.moc"
