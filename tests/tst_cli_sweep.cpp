// grove-cli sweep, sweeps and sweep-show, run as separate processes the way a user or a pipeline
// runs them: every trial a run with the parameters it says, the best configuration, resuming
// after a SIGKILL without repeating a finished trial, and definitions refused by field.

#include "tests/TestFiles.h"
#include "tests/TrainingData.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <functional>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Run = grove::test::CliRun;

} // namespace

class TestCliSweep : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    Run grove(QStringList arguments) const { return grove::test::runCli(QStringList{u"--workspace"_s, m_ws} + arguments); }
    QString write(const QString& name, const QByteArray& content) const
    {
        return grove::test::writeFile(m_dir.filePath(name), content);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        const QString csv = write(u"synth.csv"_s, grove::test::syntheticCsv(grove::test::syntheticRows(400, 5)));
        Run imported = grove({u"import"_s, csv, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    }

    // A grid with repeats: every combination × every seed is a finished run carrying the trial's
    // parameters, and the best is the configuration with the best mean.
    void gridSweepTrainsEveryCombination()
    {
        const QString config = write(u"grid.json"_s, R"({"name": "grid", "dataset": "synth", "target": "label",
            "validation": {"fraction": 0.25, "seed": 3}, "rounds": 6, "objective_metric": "valid.logloss",
            "strategy": "grid", "repeats": 2, "fixed": {"subsample": 0.8},
            "space": {"max_depth": [2, 3], "eta": [0.1, 0.5]}})");
        Run run = grove({u"sweep"_s, u"--config"_s, config});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("is finished: 8 of 8"), run.out.constData());

        const QJsonObject shown = grove({u"sweep-show"_s, u"grid"_s, u"--json"_s}).json();
        QCOMPARE(shown.value(u"status"_s).toString(), u"finished"_s);
        const QJsonArray trials = shown.value(u"trials"_s).toArray();
        QCOMPARE(trials.size(), 8);
        QMap<int, QList<double>> values;
        QSet<QString> combinations;
        for (const QJsonValue& value : trials) {
            const QJsonObject t = value.toObject();
            QCOMPARE(t.value(u"status"_s).toString(), u"finished"_s);
            const QJsonObject params = t.value(u"params"_s).toObject();
            combinations.insert(u"%1/%2"_s.arg(params.value(u"max_depth"_s).toDouble()).arg(params.value(u"eta"_s).toDouble()));
            values[t.value(u"trial"_s).toInt()] << t.value(u"value"_s).toDouble();
            // The run is a normal run with the trial's parameters, in the sweep's experiment.
            const QJsonObject runJson =
                grove({u"show"_s, QString::number(t.value(u"run_id"_s).toInteger()), u"--json"_s}).json();
            const QJsonObject recorded = runJson.value(u"config"_s).toObject().value(u"params"_s).toObject();
            QCOMPARE(recorded.value(u"max_depth"_s).toDouble(), params.value(u"max_depth"_s).toDouble());
            QCOMPARE(recorded.value(u"eta"_s).toDouble(), params.value(u"eta"_s).toDouble());
            QCOMPARE(recorded.value(u"subsample"_s).toDouble(), 0.8);
            QCOMPARE(runJson.value(u"experiment"_s).toString(), u"grid"_s);
            QCOMPARE(runJson.value(u"final_metrics"_s).toObject().value(u"valid"_s).toObject().value(u"logloss"_s).toDouble(),
                     t.value(u"value"_s).toDouble());
        }
        QCOMPARE(combinations.size(), 4);
        // Two seeds of one configuration are two different models.
        QVERIFY(values[0][0] != values[0][1]);
        // log loss is minimized: the best is the lowest mean over the repeats.
        int bestTrial = -1;
        double best = 1e300;
        for (auto it = values.begin(); it != values.end(); ++it) {
            const double mean = (it.value()[0] + it.value()[1]) / 2;
            if (mean < best) {
                best = mean;
                bestTrial = it.key();
            }
        }
        const QJsonObject bestJson = shown.value(u"best"_s).toObject();
        QCOMPARE(bestJson.value(u"trial"_s).toInt(), bestTrial);
        QVERIFY(std::abs(bestJson.value(u"value"_s).toDouble() - best) < 1e-12);
        QCOMPARE(bestJson.value(u"run_ids"_s).toArray().size(), 2);

        // Importance of the two parameters, with a caution: 4 configurations are few.
        const QJsonObject importance = shown.value(u"importance"_s).toObject();
        QCOMPARE(importance.value(u"parameters"_s).toArray().size(), 2);
        QCOMPARE(importance.value(u"configurations"_s).toInt(), 4);
        QVERIFY(importance.value(u"caution"_s).toString().contains(u"rough guide"_s));

        // The progress lines number trials as sweep-show does (from 0), each repeat once, and
        // count the trial runs that have ended (in whatever order trials run at once end).
        QSet<QString> labels, counts;
        static const QRegularExpression progressLine(u"^(trial \\d+ repeat \\d+) \\((\\d+/8)\\)  run "_s);
        for (const QString& line : run.err.split(u'\n')) {
            if (const QRegularExpressionMatch match = progressLine.match(line); match.hasMatch()) {
                labels.insert(match.captured(1));
                counts.insert(match.captured(2));
            }
        }
        QSet<QString> expectedLabels, expectedCounts;
        for (int trial = 0; trial < 4; ++trial) {
            for (int repeat = 0; repeat < 2; ++repeat)
                expectedLabels.insert(u"trial %1 repeat %2"_s.arg(trial).arg(repeat));
        }
        for (int ended = 1; ended <= 8; ++ended)
            expectedCounts.insert(u"%1/8"_s.arg(ended));
        QVERIFY2(labels == expectedLabels && counts == expectedCounts, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Best: trial %1,"_s.arg(bestTrial).toUtf8()), run.out.constData());

        const QJsonArray sweeps = grove({u"sweeps"_s, u"--json"_s}).json().value(u"sweeps"_s).toArray();
        QCOMPARE(sweeps.size(), 1);
        QCOMPARE(sweeps[0].toObject().value(u"finished"_s).toInt(), 8);
        // The same name again is refused; the first sweep is left as it was.
        Run again = grove({u"sweep"_s, u"--config"_s, config});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"exists already"_s), qPrintable(again.err));
    }

    // Two trials at once, the cores split between them: every trial done once, each run with
    // its share of the threads, and the same figures as one at a time.
    void parallelTrials()
    {
        auto definition = [&](const QString& name, int parallel) {
            return write(name + u".json"_s, QStringLiteral(R"({"name": "%1", "dataset": "synth", "target": "label",
                "validation": {"folds": 3, "seed": 4}, "rounds": 8, "objective_metric": "valid.auc",
                "strategy": "grid", "parallel": %2, "space": {"max_depth": [2, 3, 4], "eta": [0.2, 0.4]}})")
                                                  .arg(name)
                                                  .arg(parallel)
                                                  .toUtf8());
        };
        Run alone = grove({u"sweep"_s, u"--config"_s, definition(u"one"_s, 1), u"--json"_s});
        QVERIFY2(alone.exitCode == 0, qPrintable(alone.describe()));
        Run together = grove({u"sweep"_s, u"--config"_s, definition(u"two"_s, 2), u"--json"_s});
        QVERIFY2(together.exitCode == 0, qPrintable(together.describe()));
        auto byTrial = [&](const QString& name) {
            QMap<int, QJsonObject> trials;
            for (const QJsonValue& value : grove({u"sweep-show"_s, name, u"--json"_s}).json().value(u"trials"_s).toArray())
                trials.insert(value.toObject().value(u"trial"_s).toInt(), value.toObject());
            return trials;
        };
        const auto one = byTrial(u"one"_s), two = byTrial(u"two"_s);
        QCOMPARE(two.size(), 6);
        QSet<qint64> runIds;
        for (int trial = 0; trial < 6; ++trial) {
            QCOMPARE(two[trial].value(u"status"_s).toString(), u"finished"_s);
            QCOMPARE(two[trial].value(u"params"_s).toObject(), one[trial].value(u"params"_s).toObject());
            QVERIFY(std::abs(two[trial].value(u"value"_s).toDouble() - one[trial].value(u"value"_s).toDouble()) < 1e-6);
            runIds.insert(two[trial].value(u"run_id"_s).toInteger());
            const QJsonObject run = grove({u"show"_s, QString::number(two[trial].value(u"run_id"_s).toInteger()), u"--json"_s}).json();
            const int cores = std::max(1, QThread::idealThreadCount());
            QCOMPARE(run.value(u"config"_s).toObject().value(u"threads"_s).toInt(), std::max(1, cores / 2));
        }
        QCOMPARE(runIds.size(), 6);
    }

    // A sweep killed with SIGKILL resumes: no finished trial is trained again, the interrupted
    // one keeps its configuration, and the sweep ends with the planned number of trials. While it
    // ran, a second runner was refused.
    void killedSweepResumes()
    {
        const QString config = write(u"random.json"_s, R"({"name": "killed", "dataset": "synth", "target": "label",
            "validation": {"folds": 3, "seed": 1}, "rounds": 40, "objective_metric": "valid.auc",
            "strategy": "random", "trials": 24, "seed": 11,
            "space": {"max_depth": {"int": [2, 6]}, "eta": {"log_uniform": [0.05, 0.5]}}})");
        QProcess sweep;
        sweep.start(QStringLiteral(GROVE_CLI_PATH), {u"--workspace"_s, m_ws, u"sweep"_s, u"--config"_s, config});
        QVERIFY(sweep.waitForStarted());
        // Kill it once a trial or two have ended, in the middle of whatever it does then.
        QDeadlineTimer deadline(60000);
        int finishedBeforeKill = 0;
        while (!deadline.hasExpired() && sweep.state() == QProcess::Running) {
            const QJsonObject shown = grove({u"sweep-show"_s, u"killed"_s, u"--json"_s}).json();
            finishedBeforeKill = shown.value(u"finished"_s).toInt();
            if (finishedBeforeKill >= 2)
                break;
            QThread::msleep(10);
        }
        QVERIFY2(sweep.state() == QProcess::Running, "the sweep ended before it could be killed");
        // A second runner of the same sweep is refused while the first one runs.
        Run second = grove({u"sweep"_s, u"--resume"_s, u"killed"_s});
        QCOMPARE(second.exitCode, 2);
        QVERIFY2(second.err.contains(u"being run already"_s), qPrintable(second.describe()));
        ::kill(pid_t(sweep.processId()), SIGKILL);
        QVERIFY(sweep.waitForFinished(10000));

        QJsonArray before = grove({u"sweep-show"_s, u"killed"_s, u"--json"_s}).json().value(u"trials"_s).toArray();
        QMap<int, QJsonObject> finishedBefore, startedBefore;
        for (const QJsonValue& value : before) {
            const QJsonObject t = value.toObject();
            startedBefore.insert(t.value(u"trial"_s).toInt(), t);
            if (t.value(u"status"_s).toString() == u"finished"_s)
                finishedBefore.insert(t.value(u"trial"_s).toInt(), t);
        }
        QVERIFY(finishedBefore.size() >= 2);
        QVERIFY(finishedBefore.size() < 24);

        Run resumed = grove({u"sweep"_s, u"--resume"_s, u"killed"_s, u"--json"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        const QJsonObject shown = grove({u"sweep-show"_s, u"killed"_s, u"--json"_s}).json();
        QCOMPARE(shown.value(u"status"_s).toString(), u"finished"_s);
        const QJsonArray trials = shown.value(u"trials"_s).toArray();
        QCOMPARE(trials.size(), 24);
        QSet<int> seen;
        for (const QJsonValue& value : trials) {
            const QJsonObject t = value.toObject();
            const int trial = t.value(u"trial"_s).toInt();
            QVERIFY(!seen.contains(trial));
            seen.insert(trial);
            QCOMPARE(t.value(u"status"_s).toString(), u"finished"_s);
            if (finishedBefore.contains(trial)) // not trained again: the same run
                QCOMPARE(t.value(u"run_id"_s).toInteger(), finishedBefore[trial].value(u"run_id"_s).toInteger());
            if (startedBefore.contains(trial)) // the interrupted one kept its configuration
                QCOMPARE(t.value(u"params"_s).toObject(), startedBefore[trial].value(u"params"_s).toObject());
        }
        // Resuming a finished sweep trains nothing more.
        Run nothing = grove({u"sweep"_s, u"--resume"_s, u"killed"_s, u"--json"_s});
        QCOMPARE(nothing.exitCode, 0);
        QCOMPARE(nothing.json().value(u"trials"_s).toArray(), trials);
    }

    // Successive halving: 9 configurations for 1 round, the best third for 3, the best of those
    // for 9; every promotion is exactly the best third of its rung. A time limit ends a sweep as
    // its budget: finished, with the trials it had time for.
    void halvingAndTimeLimit()
    {
        const QString config = write(u"halving.json"_s, R"({"name": "halving", "dataset": "synth", "target": "label",
            "rounds": 9, "objective_metric": "valid.auc", "strategy": "halving", "trials": 9, "seed": 2,
            "space": {"max_depth": {"int": [1, 6]}, "eta": {"log_uniform": [0.01, 0.5]}}})");
        Run run = grove({u"sweep"_s, u"--config"_s, config, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        // A trial is trained again at each rung it reaches: its progress lines say which.
        {
            const QString text = write(u"halving-text.json"_s, R"({"name": "halving text", "dataset": "synth",
                "target": "label", "rounds": 9, "objective_metric": "valid.auc", "strategy": "halving", "trials": 3,
                "seed": 2, "space": {"max_depth": {"int": [1, 6]}}})");
            Run printed = grove({u"sweep"_s, u"--config"_s, text});
            QVERIFY2(printed.exitCode == 0, qPrintable(printed.describe()));
            QVERIFY2(printed.err.contains(u"rung 0 (1/"_s) && printed.err.contains(u"rung 1 ("_s), qPrintable(printed.err));
        }
        const QJsonObject shown = grove({u"sweep-show"_s, u"halving"_s, u"--json"_s}).json();
        QCOMPARE(shown.value(u"planned"_s).toInt(), 13);
        QMap<int, QMap<int, double>> byRung; // rung -> trial -> value
        for (const QJsonValue& value : shown.value(u"trials"_s).toArray()) {
            const QJsonObject t = value.toObject();
            byRung[t.value(u"rung"_s).toInt()][t.value(u"trial"_s).toInt()] = t.value(u"value"_s).toDouble();
            const QJsonObject runJson = grove({u"show"_s, QString::number(t.value(u"run_id"_s).toInteger()), u"--json"_s}).json();
            const int rounds[] = {1, 3, 9};
            QCOMPARE(runJson.value(u"config"_s).toObject().value(u"rounds"_s).toInt(), rounds[t.value(u"rung"_s).toInt()]);
        }
        QCOMPARE(byRung.size(), 3);
        QCOMPARE(byRung[0].size(), 9);
        QCOMPARE(byRung[1].size(), 3);
        QCOMPARE(byRung[2].size(), 1);
        for (int rung : {0, 1}) {
            QList<double> values = byRung[rung].values();
            std::sort(values.begin(), values.end(), std::greater<double>());
            const double cut = values[byRung[rung + 1].size() - 1];
            for (int promoted : byRung[rung + 1].keys())
                QVERIFY(byRung[rung][promoted] >= cut);
        }
        QCOMPARE(shown.value(u"best"_s).toObject().value(u"trial"_s).toInt(), byRung[2].firstKey());

        const QString limited = write(u"limited.json"_s, R"({"name": "limited", "dataset": "synth", "target": "label",
            "rounds": 5, "objective_metric": "valid.auc", "trials": 500, "time_limit": 0.001, "parallel": 1,
            "space": {"max_depth": {"int": [1, 6]}}})");
        run = grove({u"sweep"_s, u"--config"_s, limited});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject stopped = grove({u"sweep-show"_s, u"limited"_s, u"--json"_s}).json();
        QCOMPARE(stopped.value(u"status"_s).toString(), u"finished"_s);
        QVERIFY(stopped.value(u"finished"_s).toInt() <= 2);
    }

    // A definition with a mistake is refused before anything is recorded, naming the field.
    void badDefinitionsAreRefused()
    {
        const QString empty = write(u"empty.json"_s, R"({"name": "e", "dataset": "synth", "target": "label",
            "objective_metric": "valid.auc", "trials": 3, "space": {}})");
        Run run = grove({u"sweep"_s, u"--config"_s, empty});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"\"space\" is empty"_s) && run.err.contains(u"empty.json"_s), qPrintable(run.err));
        const QString broken = write(u"broken.json"_s, "{\"name\": \"b\",\n \"trials\": 1e999}");
        run = grove({u"sweep"_s, u"--config"_s, broken});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"line 2"_s) && run.err.contains(u"trials"_s), qPrintable(run.err));
        run = grove({u"sweep"_s});
        QCOMPARE(run.exitCode, 2);
        run = grove({u"sweep-show"_s, u"nosuch"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"no sweep"_s), qPrintable(run.err));
        const QJsonArray sweeps = grove({u"sweeps"_s, u"--json"_s}).json().value(u"sweeps"_s).toArray();
        for (const QJsonValue& s : sweeps)
            QVERIFY(s.toObject().value(u"name"_s).toString() != u"e"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliSweep)
#include "tst_cli_sweep.moc"
