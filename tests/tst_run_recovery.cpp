// A training process that dies (SIGKILL) leaves its run interrupted, with the history saved up to
// then, and the rest of the workspace intact; Ctrl-C (SIGINT) cancels a run cleanly.

#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "tests/TrainingData.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include "tests/TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Run = grove::test::CliRun;

Run cli(const QStringList& arguments) { return grove::test::runCli(arguments); }

QByteArray fileBytes(const QString& path) { return grove::test::readFile(path); }

} // namespace

class TestRunRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    qint64 m_finishedRun = 0;
    QString m_finishedSha;

    Run grove(QStringList arguments) const { return cli(QStringList{u"--workspace"_s, m_ws} + arguments); }

    QJsonObject runById(qint64 id) const
    {
        const QJsonArray runs = grove({u"runs"_s, u"--json"_s}).json().value(u"runs"_s).toArray();
        for (const QJsonValue& value : runs) {
            if (value.toObject().value(u"run_id"_s).toInteger() == id)
                return value.toObject();
        }
        return {};
    }

    // A training that would take hours: many rounds with a tiny learning rate.
    void startLongTraining(QProcess& process) const
    {
        process.start(QStringLiteral(GROVE_CLI_PATH),
                      {u"--workspace"_s, m_ws, u"train"_s, u"--dataset"_s, u"large"_s, u"--target"_s, u"label"_s,
                       u"--exclude"_s, u"grade"_s, u"--exclude"_s, u"amount"_s, u"--rounds"_s, u"100000"_s,
                       u"--param"_s, u"eta=0.001"_s, u"--threads"_s, u"1"_s});
        process.closeWriteChannel();
    }

    // Waits until the newest run trains and has saved progress (its heartbeat counts rounds).
    QJsonObject waitForProgress(qint64 id, QProcess& process) const
    {
        QDeadlineTimer deadline(90000);
        while (!deadline.hasExpired() && process.state() == QProcess::Running) {
            const QJsonObject run = runById(id);
            if (run.value(u"status"_s).toString() == u"running"_s && run.value(u"rounds_done"_s).toInt() > 0)
                return run;
            QTest::qWait(200);
        }
        return {};
    }

    qint64 nextRunId() const
    {
        const QJsonArray runs = grove({u"runs"_s, u"--json"_s}).json().value(u"runs"_s).toArray();
        return runs.isEmpty() ? 1 : runs.last().toObject().value(u"run_id"_s).toInteger() + 1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        const QString large = grove::test::writeFile(m_dir.filePath(u"large.csv"_s),
                                                     grove::test::syntheticCsv(grove::test::syntheticRows(4000, 21)));
        const QString small = grove::test::writeFile(m_dir.filePath(u"small.csv"_s),
                                                     grove::test::syntheticCsv(grove::test::syntheticRows(200, 22)));
        QCOMPARE(grove({u"import"_s, large}).exitCode, 0);
        QCOMPARE(grove({u"import"_s, small}).exitCode, 0);
        Run trained = grove({u"train"_s, u"--dataset"_s, u"small"_s, u"--target"_s, u"label"_s, u"--rounds"_s, u"5"_s, u"--json"_s});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.describe()));
        m_finishedRun = trained.json().value(u"run_id"_s).toInteger();
        m_finishedSha = trained.json().value(u"model_sha256"_s).toString();
        QVERIFY(!m_finishedSha.isEmpty());
    }

    void killedTrainingIsInterrupted()
    {
        const qint64 id = nextRunId();
        QProcess process;
        startLongTraining(process);
        QVERIFY(process.waitForStarted());
        const QJsonObject running = waitForProgress(id, process);
        QVERIFY2(!running.isEmpty(), qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QTest::qWait(300);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        // Opening the workspace finds the run without its process.
        auto workspace = grove::Workspace::openOrCreate(m_ws);
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().message));
        grove::RunStore store(workspace->database());
        auto run = store.byId(id);
        QVERIFY(run && run->has_value());
        const grove::RunRecord& record = **run;
        QCOMPARE(record.status, grove::RunStatus::Interrupted);
        QVERIFY(!record.message.isEmpty());
        QVERIFY(record.finishedAt.isValid());
        QVERIFY(record.roundsDone >= running.value(u"rounds_done"_s).toInt());
        QVERIFY(record.roundsDone < 100000);

        // The history up to the last save before the kill is kept.
        auto history = store.history(id);
        QVERIFY(history);
        int series = 0;
        for (const grove::StoredSeries& s : *history) {
            if (s.fold != -1)
                continue;
            ++series;
            QVERIFY2(!s.values.empty() && int(s.values.size()) <= record.roundsDone,
                     qPrintable(u"%1-%2: %3 values, %4 rounds"_s.arg(s.split, s.metric).arg(s.values.size()).arg(record.roundsDone)));
            QVERIFY(int(s.values.size()) >= running.value(u"rounds_done"_s).toInt());
            for (double v : s.values)
                QVERIFY(std::isfinite(v));
        }
        QCOMPARE(series, 6); // logloss, error and auc on train and valid

        // The CLI shows the same.
        const QJsonObject listed = runById(id);
        QCOMPARE(listed.value(u"status"_s).toString(), u"interrupted"_s);
        Run shown = grove({u"show"_s, QString::number(id), u"--json"_s});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().value(u"history"_s).toArray().size(), 6);

        // Everything else is as it was, and the workspace still trains.
        const QJsonObject finished = runById(m_finishedRun);
        QCOMPARE(finished.value(u"status"_s).toString(), u"finished"_s);
        QCOMPARE(finished.value(u"model_sha256"_s).toString(), m_finishedSha);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(fileBytes(m_ws + u"/runs/%1/model.ubj"_s.arg(m_finishedRun)),
                                                              QCryptographicHash::Sha256).toHex()),
                 m_finishedSha);
        const QJsonArray datasets = grove({u"datasets"_s, u"--json"_s}).json().value(u"datasets"_s).toArray();
        QCOMPARE(datasets.size(), 2);
        QCOMPARE(grove({u"profile"_s, u"large"_s, u"--json"_s}).json().value(u"rows"_s).toInt(), 4000);
        Run again = grove({u"train"_s, u"--dataset"_s, u"small"_s, u"--target"_s, u"label"_s, u"--rounds"_s, u"3"_s, u"--json"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        // An interrupted run has no model to reproduce.
        QCOMPARE(grove({u"reproduce"_s, QString::number(id)}).exitCode, 2);
    }

    void ctrlCCancelsTheRun()
    {
        const qint64 id = nextRunId();
        QProcess process;
        startLongTraining(process);
        QVERIFY(process.waitForStarted());
        const QJsonObject running = waitForProgress(id, process);
        QVERIFY2(!running.isEmpty(), qPrintable(QString::fromUtf8(process.readAllStandardError())));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1); // the CLI's status for a cancelled command
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"cancelled"_s), qPrintable(err));

        const QJsonObject run = runById(id);
        QCOMPARE(run.value(u"status"_s).toString(), u"cancelled"_s);
        QVERIFY(!run.value(u"finished_at"_s).isNull());
        // What was trained until Ctrl-C is recorded: the rounds the message counts, each with
        // its metrics.
        const int rounds = run.value(u"rounds_done"_s).toInt();
        QVERIFY2(rounds >= running.value(u"rounds_done"_s).toInt(), qPrintable(QString::number(rounds)));
        const QString message = run.value(u"message"_s).toString();
        const QRegularExpressionMatch counted = QRegularExpression(u"(\\d+) round"_s).match(message);
        QVERIFY2(counted.hasMatch(), qPrintable(message));
        QCOMPARE(counted.captured(1).toInt(), rounds);
        Run shown = grove({u"show"_s, QString::number(id), u"--json"_s});
        const QJsonArray history = shown.json().value(u"history"_s).toArray();
        QCOMPARE(history.size(), 6);
        for (const QJsonValue& series : history)
            QCOMPARE(series.toObject().value(u"values"_s).toArray().size(), rounds);
        QVERIFY(!QFile::exists(m_ws + u"/runs/%1/model.ubj"_s.arg(id)));
    }
};

QTEST_GUILESS_MAIN(TestRunRecovery)
#include "tst_run_recovery.moc"
