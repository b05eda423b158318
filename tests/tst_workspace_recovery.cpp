// A workspace that lost its database: grove-cli refuses to start afresh over its datasets and
// runs (a new run 1 would overwrite runs/1/model.ubj), and grove-cli recover rebuilds grove.db
// from the folders so that runs, show, predict --run and validate work again and new runs get
// new ids. Also: new runs never reuse a run folder that exists.

#include "tests/TestFiles.h"
#include "tests/TrainingData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = grove::test::CliRun;

QString sha256(const QString& path)
{
    return QString::fromLatin1(QCryptographicHash::hash(grove::test::readFile(path), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestWorkspaceRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_trainCsv;
    QString m_validCsv;
    QString m_scoreCsv;

    static Run grove(const QString& workspace, QStringList arguments)
    {
        return grove::test::runCli(QStringList{u"--workspace"_s, workspace} + arguments);
    }

    // A workspace with two datasets and two finished runs, one validated on the second dataset.
    QString makeWorkspace(const QString& name)
    {
        const QString ws = m_dir.filePath(name);
        if (grove(ws, {u"import"_s, m_trainCsv, u"--name"_s, u"churn train"_s}).exitCode != 0 ||
            grove(ws, {u"import"_s, m_validCsv, u"--name"_s, u"holdout"_s}).exitCode != 0)
            return {};
        if (grove(ws, {u"train"_s, u"--dataset"_s, u"churn train"_s, u"--target"_s, u"label"_s, u"--exclude"_s, u"grade"_s,
                       u"--exclude"_s, u"amount"_s, u"--rounds"_s, u"4"_s, u"--threads"_s, u"1"_s, u"--experiment"_s, u"first"_s})
                    .exitCode != 0 ||
            grove(ws, {u"train"_s, u"--dataset"_s, u"churn train"_s, u"--valid-dataset"_s, u"holdout"_s, u"--target"_s,
                       u"label"_s, u"--exclude"_s, u"grade"_s, u"--exclude"_s, u"amount"_s, u"--rounds"_s, u"6"_s,
                       u"--early-stopping"_s, u"2"_s, u"--threads"_s, u"1"_s})
                    .exitCode != 0)
            return {};
        return ws;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_trainCsv = grove::test::writeFile(m_dir.filePath(u"train.csv"_s),
                                            grove::test::syntheticCsv(grove::test::syntheticRows(300, 31)));
        m_validCsv = grove::test::writeFile(m_dir.filePath(u"valid.csv"_s),
                                            grove::test::syntheticCsv(grove::test::syntheticRows(120, 32)));
        m_scoreCsv = grove::test::writeFile(m_dir.filePath(u"score.csv"_s),
                                            grove::test::syntheticCsv(grove::test::syntheticRows(10, 33)));
    }

    void lostDatabaseIsRefused_data()
    {
        QTest::addColumn<QByteArray>("database"); // what grove.db becomes; "-" removes it
        QTest::addColumn<QString>("phrase");
        QTest::newRow("missing") << QByteArray("-") << u"grove.db is missing"_s;
        QTest::newRow("empty") << QByteArray() << u"grove.db is empty"_s;
        QTest::newRow("not a database") << QByteArray("this is not SQLite\n") << u"is not a database"_s;
    }

    void lostDatabaseIsRefused()
    {
        QFETCH(QByteArray, database);
        QFETCH(QString, phrase);
        const QString ws = makeWorkspace(u"refused-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(!ws.isEmpty());
        const QString model = ws + u"/runs/1/model.ubj"_s;
        const QString modelSha = sha256(model);
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(ws + u"/grove.db"_s + suffix);
        if (database != "-")
            QVERIFY(!grove::test::writeFile(ws + u"/grove.db"_s, database).isEmpty());

        for (const QStringList& command :
             {QStringList{u"runs"_s}, QStringList{u"datasets"_s},
              QStringList{u"import"_s, m_trainCsv, u"--name"_s, u"again"_s},
              QStringList{u"train"_s, u"--dataset"_s, u"1"_s, u"--target"_s, u"label"_s, u"--rounds"_s, u"2"_s}}) {
            const Run refused = grove(ws, command);
            QVERIFY2(refused.exitCode == 2, qPrintable(command.front() + u": "_s + refused.describe()));
            QVERIFY2(refused.err.contains(phrase), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(u"grove-cli recover --workspace "_s + ws), qPrintable(refused.err));
            QVERIFY(refused.out.isEmpty());
        }
        // Nothing was started over the old data.
        QCOMPARE(sha256(model), modelSha);
        QCOMPARE(QFileInfo::exists(ws + u"/grove.db"_s), database != "-");
        QCOMPARE(grove::test::readFile(ws + u"/grove.db"_s), database == "-" ? QByteArray() : database);
    }

    void recoverRebuildsTheDatabase()
    {
        const QString ws = makeWorkspace(u"recovered"_s);
        QVERIFY(!ws.isEmpty());
        const QJsonArray before = grove(ws, {u"runs"_s, u"--json"_s}).json().value(u"runs"_s).toArray();
        QCOMPARE(before.size(), 2);
        const Run shownBefore = grove(ws, {u"show"_s, u"2"_s, u"--json"_s});
        QVERIFY(QFile::exists(ws + u"/runs/2/run.json"_s));
        const QString model1 = sha256(ws + u"/runs/1/model.ubj"_s);
        QVERIFY(QFile::remove(ws + u"/grove.db"_s));
        QFile::remove(ws + u"/grove.db-wal"_s);
        QFile::remove(ws + u"/grove.db-shm"_s);

        const Run recovered = grove(ws, {u"recover"_s, u"--json"_s});
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.describe()));
        const QJsonObject report = recovered.json();
        QCOMPARE(report.value(u"runs"_s).toArray(), (QJsonArray{1, 2}));
        const QJsonArray datasets = report.value(u"datasets"_s).toArray();
        QCOMPARE(datasets.size(), 2);
        QVERIFY(report.value(u"problems"_s).toArray().isEmpty());
        QVERIFY(report.value(u"kept_database"_s).isNull()); // there was none to keep

        // The datasets are back under their ids and names, as the runs recorded them.
        const QJsonArray listed = grove(ws, {u"datasets"_s, u"--json"_s}).json().value(u"datasets"_s).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].toObject().value(u"name"_s).toString(), u"churn train"_s);
        QCOMPARE(listed[0].toObject().value(u"id"_s).toInt(), 1);
        QCOMPARE(listed[1].toObject().value(u"name"_s).toString(), u"holdout"_s);
        QCOMPARE(grove(ws, {u"profile"_s, u"holdout"_s, u"--json"_s}).json().value(u"rows"_s).toInt(), 120);

        // The runs, with their status, metrics, history and experiment.
        const QJsonArray after = grove(ws, {u"runs"_s, u"--json"_s}).json().value(u"runs"_s).toArray();
        QCOMPARE(after.size(), 2);
        for (qsizetype i = 0; i < after.size(); ++i) {
            const QJsonObject a = after[i].toObject();
            const QJsonObject b = before[i].toObject();
            for (const QString& key : {u"run_id"_s, u"experiment"_s, u"status"_s, u"final_metrics"_s, u"best_metrics"_s,
                                       u"best_iteration"_s, u"model_sha256"_s, u"rounds_done"_s, u"created_at"_s})
                QVERIFY2(a.value(key) == b.value(key), qPrintable(key));
        }
        const Run shownAfter = grove(ws, {u"show"_s, u"2"_s, u"--json"_s});
        QCOMPARE(shownAfter.exitCode, 0);
        QCOMPARE(shownAfter.json().value(u"history"_s), shownBefore.json().value(u"history"_s));
        QCOMPARE(shownAfter.json().value(u"config"_s), shownBefore.json().value(u"config"_s));

        // Its model predicts and validates; new runs do not collide with recovered ones.
        const Run predicted = grove(ws, {u"predict"_s, u"--run"_s, u"1"_s, u"--input"_s, m_scoreCsv, u"--output"_s,
                                         m_dir.filePath(u"scores.csv"_s)});
        QVERIFY2(predicted.exitCode == 0, qPrintable(predicted.describe()));
        const Run validated = grove(ws, {u"validate"_s, u"2"_s});
        QVERIFY2(validated.exitCode == 0, qPrintable(validated.describe()));
        const Run trained = grove(ws, {u"train"_s, u"--dataset"_s, u"churn train"_s, u"--target"_s, u"label"_s,
                                       u"--exclude"_s, u"grade"_s, u"--exclude"_s, u"amount"_s, u"--rounds"_s, u"2"_s,
                                       u"--threads"_s, u"1"_s, u"--json"_s});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.describe()));
        QCOMPARE(trained.json().value(u"run_id"_s).toInt(), 3);
        QCOMPARE(sha256(ws + u"/runs/1/model.ubj"_s), model1);

        // Over a usable database, recover refuses unless forced, and keeps the old one aside.
        const Run refused = grove(ws, {u"recover"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--force"_s), qPrintable(refused.err));
        const Run forced = grove(ws, {u"recover"_s, u"--force"_s});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
        QVERIFY2(forced.out.contains("Recovered 2 datasets, 3 runs and 0 sweeps"), forced.out.constData());
        const QStringList kept = QDir(ws).entryList({u"grove.db.damaged-*"_s});
        QVERIFY2(!kept.isEmpty(), qPrintable(QDir(ws).entryList().join(u' ')));
        QVERIFY(QFileInfo(ws + u"/"_s + kept.front()).size() > 0);
    }

    void recoverNamesWhatItCannotRecover()
    {
        const QString ws = makeWorkspace(u"partial"_s);
        QVERIFY(!ws.isEmpty());
        // A dataset no run used has no recorded name; a run folder without run.json, a damaged
        // run.json and a finished run whose model is gone.
        QVERIFY(grove(ws, {u"import"_s, m_scoreCsv, u"--name"_s, u"unused"_s}).exitCode == 0);
        QVERIFY(QDir().mkpath(ws + u"/runs/9"_s));
        QVERIFY(!grove::test::writeFile(ws + u"/runs/2/run.json"_s, "{\"format\": \"grove-run\", trunc").isEmpty());
        QVERIFY(QFile::remove(ws + u"/runs/1/model.ubj"_s));
        QVERIFY(!grove::test::writeFile(ws + u"/grove.db"_s, "garbage").isEmpty());
        QFile::remove(ws + u"/grove.db-wal"_s);
        QFile::remove(ws + u"/grove.db-shm"_s);

        const Run recovered = grove(ws, {u"recover"_s});
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.describe()));
        QVERIFY2(recovered.out.contains("Recovered 3 datasets, 1 run and 0 sweeps into"), recovered.out.constData());
        QVERIFY2(recovered.out.contains("had no recorded name; it is now \"recovered-"), recovered.out.constData());
        QVERIFY2(recovered.err.contains(u"runs/9 was not recovered: it has no run.json"_s), qPrintable(recovered.err));
        QVERIFY2(recovered.err.contains(u"runs/2 was not recovered: its run.json is not valid JSON"_s), qPrintable(recovered.err));
        QVERIFY2(recovered.err.contains(u"Run 1 was recovered as failed"_s), qPrintable(recovered.err));
        const QStringList kept = QDir(ws).entryList({u"grove.db.damaged-*"_s});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(grove::test::readFile(ws + u"/"_s + kept.front()), QByteArray("garbage"));
        const QJsonObject run1 = grove(ws, {u"show"_s, u"1"_s, u"--json"_s}).json();
        QCOMPARE(run1.value(u"status"_s).toString(), u"failed"_s);
        // A new run skips the ids of every run folder, recovered or not.
        const Run trained = grove(ws, {u"train"_s, u"--dataset"_s, u"churn train"_s, u"--target"_s, u"label"_s,
                                       u"--exclude"_s, u"grade"_s, u"--exclude"_s, u"amount"_s, u"--rounds"_s, u"2"_s,
                                       u"--threads"_s, u"1"_s, u"--json"_s});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.describe()));
        QCOMPARE(trained.json().value(u"run_id"_s).toInt(), 10);
        QVERIFY(QDir(ws + u"/runs/9"_s).isEmpty());
    }

    // Dataset names are unique up to the letter case of A to Z only (SQLite's NOCASE): "Äpfel" and
    // "äpfel" are two names, and recover gives both back.
    void recoverKeepsNamesThatDifferBeyondAscii()
    {
        const QString ws = m_dir.filePath(u"accents"_s);
        const QString other = grove::test::writeFile(m_dir.filePath(u"other.csv"_s),
                                                     grove::test::syntheticCsv(grove::test::syntheticRows(80, 34)));
        const QStringList names{u"Äpfel"_s, u"äpfel"_s};
        const QStringList files{m_validCsv, other};
        for (int i = 0; i < 2; ++i) {
            const Run imported = grove(ws, {u"import"_s, files[i], u"--name"_s, names[i]});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
            const Run trained = grove(ws, {u"train"_s, u"--dataset"_s, names[i], u"--target"_s, u"label"_s, u"--exclude"_s,
                                           u"grade"_s, u"--exclude"_s, u"amount"_s, u"--rounds"_s, u"2"_s, u"--threads"_s, u"1"_s});
            QVERIFY2(trained.exitCode == 0, qPrintable(trained.describe()));
        }
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(ws + u"/grove.db"_s + suffix);
        const Run recovered = grove(ws, {u"recover"_s});
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.describe()));
        QVERIFY2(!recovered.out.contains("had no recorded name"), recovered.out.constData());
        const QJsonArray listed = grove(ws, {u"datasets"_s, u"--json"_s}).json().value(u"datasets"_s).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].toObject().value(u"name"_s).toString(), names[0]);
        QCOMPARE(listed[1].toObject().value(u"name"_s).toString(), names[1]);
    }

    // A sweep keeps its own record and its trials' (sweeps/<id>.json, <id>.trials.jsonl), from
    // which recover rebuilds it: the same trials, values and best configuration, with two trials
    // trained at once. One whose record says it was running is stopped, to be resumed; a line of
    // its trials cut short by a crash is skipped and named, as is a line that does not fit the
    // sweep, and a record that is not the sweep its name says; a trial whose run was not
    // recovered keeps its value but no longer names the run.
    void recoverRebuildsSweeps()
    {
        const QString ws = m_dir.filePath(u"sweeps"_s);
        QVERIFY(grove(ws, {u"import"_s, m_trainCsv, u"--name"_s, u"data"_s}).exitCode == 0);
        const QString config = grove::test::writeFile(
            m_dir.filePath(u"sweep.json"_s),
            R"({"name": "depth and eta", "dataset": "data", "target": "label", "exclude": ["grade", "amount"],
                "rounds": 3, "objective_metric": "valid.auc", "strategy": "grid", "parallel": 2,
                "space": {"max_depth": [2, 3], "eta": [0.1, 0.3]}})");
        const Run swept = grove(ws, {u"sweep"_s, u"--config"_s, config, u"--json"_s});
        QVERIFY2(swept.exitCode == 0, qPrintable(swept.describe()));
        const QJsonObject before = grove(ws, {u"sweep-show"_s, u"1"_s, u"--json"_s}).json();
        QJsonArray trials = before.value(u"trials"_s).toArray();
        QCOMPARE(trials.size(), 4);
        QCOMPARE(before.value(u"status"_s).toString(), u"finished"_s);

        // The record as a crash during the sweep would have left it, a damaged line of the first
        // trial and a torn last line, a record under another sweep's name, and one trial's run
        // without its run.json.
        QByteArray record = grove::test::readFile(ws + u"/sweeps/1.json"_s);
        QVERIFY(record.contains("\"status\":\"finished\""));
        QVERIFY(!grove::test::writeFile(ws + u"/sweeps/1.json"_s, record.replace("\"status\":\"finished\"", "\"status\":\"running\"")).isEmpty());
        QFile lines(ws + u"/sweeps/1.trials.jsonl"_s);
        QVERIFY(lines.open(QIODevice::Append));
        lines.write("{\"trial\": 0, \"repeat\": 0, \"rung\": 0, \"point\": [], \"status\": \"running\"}\n");
        lines.write("{\"trial\": 3, \"repeat\": 0, \"rung\": 0, \"sta");
        lines.close();
        QVERIFY(!grove::test::writeFile(ws + u"/sweeps/7.json"_s, record.replace("\"id\":1", "\"id\":3")).isEmpty());
        QJsonObject lost = trials[3].toObject();
        const qint64 lostRun = lost.value(u"run_id"_s).toInteger();
        QVERIFY(QFile::remove(ws + u"/runs/%1/run.json"_s.arg(lostRun)));
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(ws + u"/grove.db"_s + suffix);

        const Run recovered = grove(ws, {u"recover"_s, u"--json"_s});
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.describe()));
        QCOMPARE(recovered.json().value(u"sweeps"_s).toArray(), QJsonArray{1});
        const QStringList problems = recovered.json().value(u"problems"_s).toVariant().toStringList();
        for (const QString& expected : {u"sweeps/1.json: line 10 of its trials was skipped"_s,
                                        u"sweeps/1.json: a line of trial 0 (repeat 0) was left out"_s, // numbered as sweep-show numbers them
                                        u"sweeps/7.json was not recovered: it is the record of sweep 3"_s})
            QVERIFY2(problems.filter(expected).size() == 1, qPrintable(expected + u"\nin:\n"_s + problems.join(u'\n')));

        QJsonObject after = grove(ws, {u"sweep-show"_s, u"1"_s, u"--json"_s}).json();
        QCOMPARE(after.value(u"status"_s).toString(), u"stopped"_s);
        after.insert(u"status"_s, u"finished"_s);
        lost.insert(u"run_id"_s, QJsonValue());
        trials[3] = lost;
        QJsonObject expected = before;
        expected.insert(u"trials"_s, trials);
        QJsonObject best = expected.value(u"best"_s).toObject();
        QJsonArray bestRuns;
        for (const QJsonValue& id : best.value(u"run_ids"_s).toArray()) {
            if (id.toInteger() != lostRun)
                bestRuns.append(id);
        }
        best.insert(u"run_ids"_s, bestRuns);
        if (best.value(u"run_id"_s).toInteger() == lostRun)
            best.remove(u"run_id"_s);
        expected.insert(u"best"_s, best);
        QCOMPARE(after, expected);
        // Resumed, it has nothing left to train and finishes; its files follow, without the
        // run it no longer names.
        const Run resumed = grove(ws, {u"sweep"_s, u"--resume"_s, u"depth and eta"_s, u"--json"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        QCOMPARE(grove(ws, {u"sweep-show"_s, u"1"_s, u"--json"_s}).json().value(u"trials"_s).toArray(), trials);
        QVERIFY(grove::test::readFile(ws + u"/sweeps/1.json"_s).contains("\"status\":\"finished\""));
        QVERIFY(!grove::test::readFile(ws + u"/sweeps/1.trials.jsonl"_s).contains("\"run_id\":%1,"_ba.replace("%1", QByteArray::number(lostRun))));
    }

    // A sweep made before sweeps kept their own record has none; the next change of its status
    // (here a resume) writes the record and every trial so far, and recover rebuilds it whole.
    void anEarlierSweepGetsItsRecordWhenItNextChanges()
    {
        const QString ws = m_dir.filePath(u"earlier-sweep"_s);
        QVERIFY(grove(ws, {u"import"_s, m_trainCsv, u"--name"_s, u"data"_s}).exitCode == 0);
        const QString config = grove::test::writeFile(
            m_dir.filePath(u"earlier-sweep.json"_s),
            R"({"name": "earlier", "dataset": "data", "target": "label", "exclude": ["grade", "amount"], "rounds": 2,
                "objective_metric": "valid.auc", "strategy": "grid", "parallel": 1, "space": {"max_depth": [2, 3]}})");
        QVERIFY(grove(ws, {u"sweep"_s, u"--config"_s, config}).exitCode == 0);
        const QJsonObject before = grove(ws, {u"sweep-show"_s, u"earlier"_s, u"--json"_s}).json();
        QCOMPARE(before.value(u"trials"_s).toArray().size(), 2);
        QVERIFY(QFile::remove(ws + u"/sweeps/1.json"_s));
        QVERIFY(QFile::remove(ws + u"/sweeps/1.trials.jsonl"_s));

        QVERIFY(grove(ws, {u"sweep"_s, u"--resume"_s, u"earlier"_s}).exitCode == 0);
        QCOMPARE(grove::test::readFile(ws + u"/sweeps/1.trials.jsonl"_s).count('\n'), 2);
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(ws + u"/grove.db"_s + suffix);
        const Run recovered = grove(ws, {u"recover"_s, u"--json"_s});
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.describe()));
        QCOMPARE(recovered.json().value(u"sweeps"_s).toArray(), QJsonArray{1});
        QCOMPARE(grove(ws, {u"sweep-show"_s, u"earlier"_s, u"--json"_s}).json(), before);
    }

    void newRunsNeverReuseAFolder()
    {
        const QString ws = m_dir.filePath(u"folders"_s);
        QVERIFY(grove(ws, {u"import"_s, m_trainCsv, u"--name"_s, u"data"_s}).exitCode == 0);
        // A folder left by a run the database does not know (say, from before a restore).
        QVERIFY(QDir().mkpath(ws + u"/runs/1"_s));
        const QString stray = grove::test::writeFile(ws + u"/runs/1/model.ubj"_s, "someone else's model");
        const Run trained = grove(ws, {u"train"_s, u"--dataset"_s, u"data"_s, u"--target"_s, u"label"_s, u"--exclude"_s,
                                       u"grade"_s, u"--exclude"_s, u"amount"_s, u"--rounds"_s, u"2"_s, u"--json"_s});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.describe()));
        QCOMPARE(trained.json().value(u"run_id"_s).toInt(), 2);
        QCOMPARE(grove::test::readFile(stray), QByteArray("someone else's model"));
        QVERIFY(QFile::exists(ws + u"/runs/2/model.ubj"_s));
        const QJsonObject record = QJsonDocument::fromJson(grove::test::readFile(ws + u"/runs/2/run.json"_s)).object();
        QCOMPARE(record.value(u"status"_s).toString(), u"finished"_s);
        QCOMPARE(record.value(u"model_sha256"_s).toString(), sha256(ws + u"/runs/2/model.ubj"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceRecovery)
#include "tst_workspace_recovery.moc"
