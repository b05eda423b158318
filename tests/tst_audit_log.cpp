// The hash-chained audit logs: entries written by racing writers stay one unbroken chain, and
// every kind of tampering (an edited entry, an edited entry with its hash recomputed, a removed
// entry, a link, a stray file) is reported where it is. The workspace writes its log when a
// change commits, with what changed before and after, and nothing when it rolls back.
#include "tests/TestFiles.h"

#include "core/common/AuditLog.h"
#include "core/common/Sha256.h"
#include "core/store/Database.h"
#include "core/store/DatasetStore.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using grove::AuditLog;

class TestAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static grove::AuditReading readAll(const AuditLog& log)
    {
        auto reading = log.read();
        if (!reading)
            qFatal("%s", qPrintable(reading.error().message));
        return *reading;
    }
    static QString entryPath(const AuditLog& log, qint64 sequence)
    {
        return QDir(log.folder()).filePath(AuditLog::entryFileName(sequence));
    }
    static void overwrite(const QString& path, const QByteArray& bytes)
    {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    AuditLog filledLog(const QString& name, int entries)
    {
        AuditLog log(m_dir.filePath(name), u"the test log"_s);
        for (int i = 1; i <= entries; ++i) {
            auto written = log.append({u"dataset.renamed"_s, u"dataset:%1"_s.arg(i), QJsonObject{{u"name"_s, u"a"_s}},
                                       QJsonObject{{u"name"_s, u"b"_s}}, QJsonObject{{u"i"_s, i}}});
            if (!written)
                qFatal("%s", qPrintable(written.error().message));
        }
        return log;
    }

private slots:
    void entriesAreChainedInOrder()
    {
        const AuditLog log = filledLog(u"plain"_s, 3);
        const grove::AuditReading reading = readAll(log);
        QVERIFY2(reading.intact(), qPrintable(reading.problems.join(u'\n')));
        QCOMPARE(reading.entries.size(), 3);
        QCOMPARE(reading.entries[0].previous, QString(64, u'0'));
        for (int i = 0; i < 3; ++i) {
            const grove::AuditEntry& entry = reading.entries[i];
            QCOMPARE(entry.sequence, i + 1);
            QCOMPARE(entry.object, u"dataset:%1"_s.arg(i + 1));
            QCOMPARE(entry.before.toObject().value(u"name"_s).toString(), u"a"_s);
            QCOMPARE(entry.after.toObject().value(u"name"_s).toString(), u"b"_s);
            QVERIFY(!entry.user.isEmpty() && entry.time.isValid());
            if (i > 0)
                QCOMPARE(entry.previous, reading.entries[i - 1].hash);
        }
        // One JSON object per entry, each ending with its hash: readable with any JSON tool.
        const QByteArray bytes = grove::test::readFile(entryPath(log, 2));
        QVERIFY(bytes.endsWith("\"}\n"));
        QVERIFY(bytes.contains("\"hash\":\"" + reading.entries[1].hash.toLatin1() + '"'));
        QVERIFY(!(QFileInfo(entryPath(log, 2)).permissions() & QFile::WriteOwner)); // read-only once written
    }

    void racingWritersMakeOneUnbrokenChain()
    {
        AuditLog log(m_dir.filePath(u"race"_s), u"the test log"_s);
        std::vector<std::jthread> writers;
        std::atomic<int> failures{0};
        for (int w = 0; w < 4; ++w)
            writers.emplace_back([&log, &failures, w] {
                for (int i = 0; i < 25; ++i) {
                    if (!log.append({u"run.created"_s, u"run:%1-%2"_s.arg(w).arg(i), {}, {}, {}}))
                        ++failures;
                }
            });
        writers.clear();
        QCOMPARE(failures.load(), 0);
        const grove::AuditReading reading = readAll(log);
        QVERIFY2(reading.intact(), qPrintable(reading.problems.join(u'\n')));
        QCOMPARE(reading.entries.size(), 100);
    }

    void anEditedEntryIsCaught()
    {
        const AuditLog log = filledLog(u"edited"_s, 4);
        const QString path = entryPath(log, 2);
        overwrite(path, grove::test::readFile(path).replace("\"b\"", "\"c\""));
        const grove::AuditReading reading = readAll(log);
        QCOMPARE(reading.problems.size(), 1);
        QVERIFY2(reading.problems[0].contains(u"00000002.json was changed after it was written"_s), qPrintable(reading.problems[0]));
    }

    void anEditedEntryWithItsHashRecomputedBreaksTheNextLink()
    {
        const AuditLog log = filledLog(u"rehashed"_s, 4);
        const QString path = entryPath(log, 2);
        QByteArray bytes = grove::test::readFile(path).replace("\"b\"", "\"c\"");
        bytes.chop(1);
        const qsizetype at = bytes.lastIndexOf(",\"hash\":\"");
        QByteArray body = bytes.left(at) + '}';
        overwrite(path, bytes.left(at) + ",\"hash\":\"" + grove::Sha256::hash(body).toHex() + "\"}\n");
        const grove::AuditReading reading = readAll(log);
        QCOMPARE(reading.problems.size(), 1);
        QVERIFY2(reading.problems[0].contains(u"00000003.json does not follow the entry before it"_s),
                 qPrintable(reading.problems[0]));
    }

    void removedLinkedAndStrayEntriesAreCaught()
    {
        const AuditLog log = filledLog(u"removed"_s, 5);
        QVERIFY(QFile::remove(entryPath(log, 3)));
        QVERIFY(QFile::remove(entryPath(log, 5)));
        QVERIFY(QFile::link(entryPath(log, 1), entryPath(log, 5)));
        grove::test::writeFile(QDir(log.folder()).filePath(u"notes.txt"_s), "hello");
        const QString problems = readAll(log).problems.join(u'\n');
        QVERIFY2(problems.contains(u"Entries 3 to 3 are missing"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"00000004.json does not follow"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"00000005.json is a symbolic link"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"\"notes.txt\" is not an entry"_s), qPrintable(problems));
    }

    void aLinkPlantedAsTheNewestEntryDoesNotStopTheLog()
    {
        const AuditLog log = filledLog(u"planted"_s, 2);
        QVERIFY(QFile::link(entryPath(log, 1), entryPath(log, 3)));
        auto written = log.append({u"run.created"_s, u"run:9"_s, {}, {}, {}});
        QVERIFY2(written, qPrintable(grove::test::errorText(written)));
        QCOMPARE(written->sequence, 4);
        const grove::AuditReading reading = readAll(log);
        QCOMPARE(reading.problems.size(), 1); // the link, and nothing after it
        QVERIFY2(reading.problems[0].contains(u"00000003.json is a symbolic link"_s), qPrintable(reading.problems[0]));
        QCOMPARE(reading.entries.back().object, u"run:9"_s);
    }

    void aFolderPlantedAtTheNextNumberIsSteppedOver()
    {
        const AuditLog log = filledLog(u"folder-planted"_s, 2);
        QVERIFY(QDir().mkpath(entryPath(log, 3)));
        auto written = log.append({u"run.created"_s, u"run:1"_s, {}, {}, {}});
        QVERIFY2(written, qPrintable(grove::test::errorText(written)));
        QCOMPARE(written->sequence, 4);
        const grove::AuditReading reading = readAll(log);
        QCOMPARE(reading.entries.size(), 3);
        QCOMPARE(reading.problems.size(), 1);
        QVERIFY2(reading.problems[0].contains(u"00000003.json"_s), qPrintable(reading.problems[0]));
    }

    // The largest number an entry may have: continuing from it would stop the log. The log goes
    // on after the real entries, and reading it reports the planted file.
    void aPlantedHugeNumberDoesNotStopTheLog()
    {
        const AuditLog log = filledLog(u"number-planted"_s, 1);
        grove::test::writeFile(QDir(log.folder()).filePath(u"999999999999.json"_s), "{}");
        for (qint64 expected : {2, 3}) {
            auto written = log.append({u"run.created"_s, u"run:1"_s, {}, {}, {}});
            QVERIFY2(written, qPrintable(grove::test::errorText(written)));
            QCOMPARE(written->sequence, expected);
        }
        const grove::AuditReading reading = readAll(log);
        QVERIFY(!reading.intact());
        QVERIFY2(reading.problems.join(u' ').contains(u"999999999999"_s), qPrintable(reading.problems.join(u' ')));
    }

    // With the oldest entries removed, the log goes on after its newest, never from 1 again.
    void removedEntriesDoNotRestartTheNumbers()
    {
        const AuditLog log = filledLog(u"oldest-removed"_s, 5);
        for (qint64 number : {1, 2, 3})
            QVERIFY(QFile::remove(entryPath(log, number)));
        auto written = log.append({u"run.created"_s, u"run:1"_s, {}, {}, {}});
        QVERIFY2(written, qPrintable(grove::test::errorText(written)));
        QCOMPARE(written->sequence, 6);
        // A copy of an entry planted under a higher number is not its entry either.
        QVERIFY(QFile::copy(entryPath(log, 4), entryPath(log, 5000)));
        auto next = log.append({u"run.created"_s, u"run:2"_s, {}, {}, {}});
        QVERIFY2(next, qPrintable(grove::test::errorText(next)));
        QCOMPARE(next->sequence, 7);
    }

    void aLinkedLogFolderIsNeitherReadNorWritten()
    {
        const AuditLog target = filledLog(u"link-target"_s, 3);
        const QString folder = m_dir.filePath(u"linked"_s);
        QVERIFY(QFile::link(target.folder(), folder));
        AuditLog log(folder, u"the test log"_s);
        QVERIFY(!log.append({u"x.y"_s, u"z"_s, {}, {}, {}}));
        QCOMPARE(readAll(log).entries.size(), 0);
        QCOMPARE(readAll(log).problems.size(), 1);
        QCOMPARE(readAll(target).entries.size(), 3);
    }

    void theWorkspaceLogsCommittedChangesWithBeforeAndAfter()
    {
        const QString directory = m_dir.filePath(u"ws"_s);
        auto workspace = grove::Workspace::openOrCreate(directory);
        QVERIFY2(workspace, qPrintable(grove::test::errorText(workspace)));
        grove::Database& database = workspace->database();
        QVERIFY(grove::recordEvent(database, u"dataset.renamed"_s, u"dataset:1"_s, u"{}"_s,
                                   QJsonObject{{u"name"_s, u"old"_s}}, QJsonObject{{u"name"_s, u"new"_s}}));
        {
            grove::Transaction rolledBack(database);
            QVERIFY(grove::recordEvent(database, u"dataset.deleted"_s, u"dataset:1"_s));
        }
        {
            grove::Transaction committed(database);
            QVERIFY(grove::recordEvent(database, u"run.trashed"_s, u"run:7"_s));
            QCOMPARE(readAll(AuditLog(AuditLog::workspaceFolder(directory), u"t"_s)).entries.size(), 1); // not yet
            QVERIFY(committed.commit());
        }
        const grove::AuditReading reading = readAll(AuditLog(AuditLog::workspaceFolder(directory), u"t"_s));
        QVERIFY(reading.intact());
        QCOMPARE(reading.entries.size(), 2);
        QCOMPARE(reading.entries[0].action, u"dataset.renamed"_s);
        QCOMPARE(reading.entries[0].before.toObject().value(u"name"_s).toString(), u"old"_s);
        QCOMPARE(reading.entries[0].after.toObject().value(u"name"_s).toString(), u"new"_s);
        QCOMPARE(reading.entries[1].action, u"run.trashed"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
