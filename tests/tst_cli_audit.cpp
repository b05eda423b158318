// The audit trail as a team reads it: `grove-cli log` lists who did what to which object, with
// before and after, for the workspace (import, rename, train, validate, export, trash, empty
// trash) and for a registry (export, promotion, alias moves, copy, drift check); `--since`
// filters by time; an edited entry of either log is caught, by `log` and by `registry verify`.
#include "tests/TestFiles.h"
#include "tests/TrainingData.h"

#include "core/common/AuditLog.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliAudit : public QObject
{
    Q_OBJECT

    using Run = grove::test::CliRun;
    QTemporaryDir m_dir;
    QString m_ws, m_registry, m_training;
    qint64 m_run = 0;

    Run grove(const QStringList& arguments) const
    {
        return grove::test::runCli(QStringList{u"--workspace"_s, m_ws} + arguments);
    }
    Run mustRun(const QStringList& arguments) const
    {
        const Run run = grove(arguments);
        if (run.exitCode != 0)
            qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(run.describe()));
        return run;
    }
    static QStringList actions(const QJsonObject& log, const QString& object = {})
    {
        QStringList list;
        for (const QJsonValue& entry : log.value(u"entries"_s).toArray()) {
            if (object.isEmpty() || entry.toObject().value(u"object"_s).toString() == object)
                list << entry.toObject().value(u"action"_s).toString();
        }
        return list;
    }
    static QJsonObject entry(const QJsonObject& log, const QString& action)
    {
        for (const QJsonValue& value : log.value(u"entries"_s).toArray()) {
            if (value.toObject().value(u"action"_s).toString() == action)
                return value.toObject();
        }
        return {};
    }
    // Changes one value in the newest entry whose file contains `text`, as a hand edit would.
    static bool editEntry(const QString& folder, const QByteArray& text, const QByteArray& replacement)
    {
        QStringList names = QDir(folder).entryList({u"*.json"_s}, QDir::Files, QDir::Name | QDir::Reversed);
        for (const QString& name : names) {
            const QString path = QDir(folder).filePath(name);
            QByteArray bytes = grove::test::readFile(path);
            if (!bytes.contains(text))
                continue;
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            grove::test::writeFile(path, bytes.replace(text, replacement));
            return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        m_registry = m_dir.filePath(u"registry"_s);
        m_training = grove::test::writeFile(m_dir.filePath(u"synth.csv"_s),
                                            grove::test::syntheticCsv(grove::test::syntheticRows(400, 5)));
        QCOMPARE(mustRun({u"import"_s, m_training}).exitCode, 0);
        QCOMPARE(mustRun({u"rename"_s, u"synth"_s, u"customers"_s}).exitCode, 0);
        const QStringList train{u"train"_s, u"--dataset"_s, u"customers"_s, u"--target"_s, u"label"_s, u"--exclude"_s,
                                u"grade"_s, u"--exclude"_s, u"amount"_s, u"--rounds"_s, u"5"_s, u"--json"_s};
        const Run trained = mustRun(train);
        QCOMPARE(trained.exitCode, 0);
        m_run = trained.json().value(u"run_id"_s).toInteger();
        const QString id = QString::number(m_run);
        QCOMPARE(mustRun({u"validate"_s, id, u"--rule"_s, u"valid.auc >= 0.5"_s}).exitCode, 0);
        QCOMPARE(mustRun({u"export"_s, id, u"--model"_s, u"churn"_s, u"--registry"_s, m_registry}).exitCode, 0);
        QCOMPARE(mustRun({u"export"_s, id, u"--model"_s, u"churn"_s, u"--registry"_s, m_registry}).exitCode, 0);
        // A second run, trashed, restored, trashed again and deleted for good, as the window does it.
        const Run second = mustRun(train);
        QCOMPARE(second.exitCode, 0);
        const qint64 other = second.json().value(u"run_id"_s).toInteger();
        auto workspace = grove::Workspace::openOrCreate(m_ws);
        QVERIFY(workspace);
        grove::RunStore runs(workspace->database());
        QVERIFY(runs.moveToTrash(other));
        QVERIFY(runs.restoreFromTrash(other));
        QVERIFY(runs.moveToTrash(other));
        QVERIFY(grove::emptyRunTrash(*workspace));

        // The registry's side: promotions, alias moves, a drift check and a copy. Every slot below
        // only reads what these left, so that each can also run alone.
        QCOMPARE(mustRun({u"registry"_s, u"promote"_s, u"churn"_s, u"1"_s, u"--stage"_s, u"Production"_s, u"--reason"_s,
                          u"first"_s, u"--registry"_s, m_registry})
                     .exitCode,
                 0);
        QCOMPARE(mustRun({u"registry"_s, u"promote"_s, u"churn"_s, u"2"_s, u"--stage"_s, u"Production"_s, u"--reason"_s,
                          u"better"_s, u"--registry"_s, m_registry})
                     .exitCode,
                 0);
        for (const QStringList& alias : {QStringList{u"set"_s, u"churn"_s, u"champion"_s, u"1"_s},
                                         QStringList{u"set"_s, u"churn"_s, u"champion"_s, u"2"_s},
                                         QStringList{u"remove"_s, u"churn"_s, u"champion"_s}})
            QCOMPARE(mustRun(QStringList{u"registry"_s, u"alias"_s} + alias +
                             QStringList{u"--reason"_s, u"test"_s, u"--registry"_s, m_registry})
                         .exitCode,
                     0);
        QCOMPARE(mustRun({u"drift"_s, u"--model"_s, m_registry + u"/churn/2"_s, u"--input"_s, m_training}).exitCode, 0);
        const QString production = m_dir.filePath(u"production"_s);
        QVERIFY(QDir().mkpath(production));
        QCOMPARE(mustRun({u"registry"_s, u"copy"_s, m_registry + u"/churn/2"_s, production}).exitCode, 0);
    }

    void theWorkspaceLogSaysWhoDidWhat()
    {
        const Run log = grove({u"log"_s, u"--json"_s});
        QVERIFY2(log.exitCode == 0, qPrintable(log.describe()));
        const QJsonObject json = log.json();
        QCOMPARE(json.value(u"intact"_s).toBool(), true);
        const QString run = u"run:%1"_s.arg(m_run);
        QCOMPARE(actions(json, u"dataset:1"_s), (QStringList{u"dataset.imported"_s, u"dataset.renamed"_s}));
        QCOMPARE(actions(json, run),
                 (QStringList{u"run.created"_s, u"run.finished"_s, u"run.validated"_s, u"run.exported"_s, u"run.exported"_s}));
        QCOMPARE(actions(json, u"run:%1"_s.arg(m_run + 1)),
                 (QStringList{u"run.created"_s, u"run.finished"_s, u"run.trashed"_s, u"run.restored"_s, u"run.trashed"_s}));
        QVERIFY(actions(json).contains(u"trash.emptied"_s));
        const QJsonObject renamed = entry(json, u"dataset.renamed"_s);
        QCOMPARE(renamed.value(u"before"_s).toObject().value(u"name"_s).toString(), u"synth"_s);
        QCOMPARE(renamed.value(u"after"_s).toObject().value(u"name"_s).toString(), u"customers"_s);
        QVERIFY(!renamed.value(u"user"_s).toString().isEmpty());
        QCOMPARE(renamed.value(u"host"_s).toString(), QSysInfo::machineHostName());
        QVERIFY(QDateTime::fromString(renamed.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());
        const QJsonObject finished = entry(json, u"run.finished"_s);
        QCOMPARE(finished.value(u"before"_s).toObject().value(u"status"_s).toString(), u"running"_s);
        QCOMPARE(finished.value(u"after"_s).toObject().value(u"status"_s).toString(), u"finished"_s);
        QCOMPARE(entry(json, u"trash.emptied"_s).value(u"before"_s).toObject().value(u"runs"_s).toArray().size(), 1);

        // The text form: one row per entry, and the chain's state.
        const Run text = grove({u"log"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("dataset.renamed") && text.out.contains("name: synth → customers") &&
                     text.out.contains("The chain is intact"),
                 text.out.constData());
    }

    void sinceFiltersByTime()
    {
        const Run future = grove({u"log"_s, u"--since"_s, u"2999-01-01"_s, u"--json"_s});
        QCOMPARE(future.exitCode, 0);
        QCOMPARE(future.json().value(u"entries"_s).toArray().size(), 0);
        QVERIFY(future.json().value(u"total"_s).toInt() > 10);
        const Run past = grove({u"log"_s, u"--since"_s, u"2000-01-01T00:00"_s, u"--json"_s});
        QCOMPARE(past.json().value(u"entries"_s).toArray().size(), past.json().value(u"total"_s).toInt());
        // A time between two entries keeps only the later ones.
        const QJsonArray all = past.json().value(u"entries"_s).toArray();
        const QDateTime first = QDateTime::fromString(all.first().toObject().value(u"time"_s).toString(), Qt::ISODateWithMs);
        qint64 later = 0;
        for (const QJsonValue& e : all)
            later += QDateTime::fromString(e.toObject().value(u"time"_s).toString(), Qt::ISODateWithMs) > first ? 1 : 0;
        QVERIFY(later > 0 && later < all.size());
        const QString between = first.addMSecs(1).toString(Qt::ISODateWithMs);
        const Run since = grove({u"log"_s, u"--since"_s, between, u"--json"_s});
        QCOMPARE(since.exitCode, 0);
        QCOMPARE(since.json().value(u"entries"_s).toArray().size(), later);
        const Run bad = grove({u"log"_s, u"--since"_s, u"last tuesday"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"is not a date"_s), qPrintable(bad.err));
        // 02:30 on the night Berlin's clocks skip from 02:00 to 03:00 is a date all the same.
        const QByteArray zone = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        const Run skipped = grove({u"log"_s, u"--since"_s, u"2026-03-29T02:30"_s, u"--json"_s});
        zone.isNull() ? qunsetenv("TZ") : qputenv("TZ", zone);
        QVERIFY2(skipped.exitCode == 0, qPrintable(skipped.describe()));
        QCOMPARE(skipped.json().value(u"entries"_s).toArray().size(), all.size());
    }

    void theRegistryLogHasExportsPromotionsAliasesCopiesAndDriftChecks()
    {
        const QString production = m_dir.filePath(u"production"_s);
        const Run log = grove({u"log"_s, u"--registry"_s, m_registry, u"--json"_s});
        QVERIFY2(log.exitCode == 0, qPrintable(log.describe()));
        const QJsonObject json = log.json();
        QCOMPARE(actions(json, u"churn/1"_s),
                 (QStringList{u"version.exported"_s, u"version.promoted"_s, u"version.promoted"_s}));
        QCOMPARE(actions(json, u"churn/2"_s), (QStringList{u"version.exported"_s, u"version.promoted"_s, u"drift.checked"_s}));
        QCOMPARE(actions(json, u"churn@champion"_s), (QStringList{u"alias.set"_s, u"alias.moved"_s, u"alias.removed"_s}));
        const QJsonObject archived = json.value(u"entries"_s).toArray()[4].toObject(); // after 2's promotion, 1 archived
        QCOMPARE(archived.value(u"object"_s).toString(), u"churn/1"_s);
        QCOMPARE(archived.value(u"before"_s).toObject().value(u"stage"_s).toString(), u"Production"_s);
        QCOMPARE(archived.value(u"after"_s).toObject().value(u"stage"_s).toString(), u"Archived"_s);
        const QJsonObject moved = entry(json, u"alias.moved"_s);
        QCOMPARE(moved.value(u"before"_s).toObject().value(u"version"_s).toInt(), 1);
        QCOMPARE(moved.value(u"after"_s).toObject().value(u"version"_s).toInt(), 2);
        QCOMPARE(entry(json, u"drift.checked"_s).value(u"after"_s).toObject().value(u"alert"_s).toBool(), false);
        QCOMPARE(entry(json, u"version.exported"_s).value(u"after"_s).toObject().value(u"run"_s).toInteger(), m_run);

        const Run copied = grove({u"log"_s, u"--registry"_s, production, u"--json"_s});
        QCOMPARE(actions(copied.json()), QStringList{u"version.copied"_s});
        QVERIFY(entry(copied.json(), u"version.copied"_s).value(u"after"_s).toObject().value(u"source"_s).toString().endsWith(
            u"/churn/2"_s));
        const Run verify = grove({u"registry"_s, u"verify"_s, u"--registry"_s, m_registry, u"--json"_s});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(verify.json().value(u"audit"_s).toObject().value(u"intact"_s).toBool(), true);
    }

    // Rebuilding a lost database is an event of its own, logged once the rebuilt database is in
    // place, after everything that came before it; the log outlives the database.
    void aRecoveryIsLoggedAfterTheRebuiltDatabaseIsInPlace()
    {
        const int before = int(actions(grove({u"log"_s, u"--json"_s}).json()).size());
        QVERIFY(before > 10);
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(QDir(m_ws).filePath(u"grove.db"_s + suffix));
        const Run recovered = grove({u"recover"_s, u"--json"_s});
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.describe()));
        const QJsonObject json = grove({u"log"_s, u"--json"_s}).json();
        QCOMPARE(json.value(u"intact"_s).toBool(), true);
        const QStringList all = actions(json);
        QCOMPARE(all.size(), before + 1);
        QCOMPARE(all.count(u"workspace.recovered"_s), 1);
        const QJsonObject entry = TestCliAudit::entry(json, u"workspace.recovered"_s);
        QCOMPARE(entry.value(u"seq"_s).toInteger(), qint64(before + 1));
        QCOMPARE(entry.value(u"details"_s).toObject().value(u"runs"_s).toInteger(), 1);
        QCOMPARE(entry.value(u"details"_s).toObject().value(u"datasets"_s).toInteger(), 1);
    }

    void anEditedEntryOfEitherLogIsCaught()
    {
        // The registry: someone makes the promotion look as if it had another reason.
        QVERIFY(editEntry(grove::AuditLog::registryFolder(m_registry), "\"better\"", "\"forced\""));
        const Run verify = grove({u"registry"_s, u"verify"_s, u"--registry"_s, m_registry});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("FAILED: audit log:") && verify.out.contains("was changed after it was written"),
                 verify.out.constData());
        const Run registryLog = grove({u"log"_s, u"--registry"_s, m_registry});
        QCOMPARE(registryLog.exitCode, 1);
        QVERIFY2(registryLog.err.contains(u"DAMAGED:"_s), qPrintable(registryLog.err));

        // The workspace: the rename's old name is changed.
        QVERIFY(editEntry(grove::AuditLog::workspaceFolder(m_ws), "\"synth\"", "\"other\""));
        const Run log = grove({u"log"_s, u"--json"_s});
        QCOMPARE(log.exitCode, 1);
        QCOMPARE(log.json().value(u"intact"_s).toBool(), false);
        QVERIFY2(log.err.contains(u"was changed after it was written"_s), qPrintable(log.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
