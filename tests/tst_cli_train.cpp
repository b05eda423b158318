// grove-cli train, runs, show, compare (and saved comparisons), reproduce and predict, run as a
// separate process the way a user or a pipeline runs them: the JSON documents, the files they
// point to, exit statuses.

#include "tests/TrainingData.h"

#include "core/store/RunStore.h"
#include "core/train/TrainingJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include "tests/TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using Run = grove::test::CliRun;

Run cli(const QStringList& arguments) { return grove::test::runCli(arguments); }

QByteArray fileBytes(const QString& path) { return grove::test::readFile(path); }

QList<QStringList> csvLines(const QString& path)
{
    QList<QStringList> lines;
    for (const QByteArray& line : fileBytes(path).split('\n')) {
        if (!line.isEmpty())
            lines << QString::fromUtf8(line).split(u',');
    }
    return lines;
}

} // namespace

class TestCliTrain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QList<grove::test::SyntheticRow> m_rows;
    qint64 m_binaryRun = 0;

    Run grove(QStringList arguments) const { return cli(QStringList{u"--workspace"_s, m_ws} + arguments); }
    QString write(const QString& name, const QByteArray& content) const
    {
        return grove::test::writeFile(m_dir.filePath(name), content);
    }
    QJsonArray runs() const { return grove({u"runs"_s, u"--json"_s}).json().value(u"runs"_s).toArray(); }
    QJsonArray comparisons() const
    {
        return grove({u"comparisons"_s, u"--json"_s}).json().value(u"comparisons"_s).toArray();
    }
    QStringList comparisonNames() const
    {
        QStringList names;
        for (const QJsonValue& value : comparisons())
            names << value.toObject().value(u"name"_s).toString();
        return names;
    }
    // The ids of the runs a filter keeps, in id order.
    QStringList idsOf(const QString& filter) const
    {
        QStringList ids;
        for (const QJsonValue& value : grove({u"runs"_s, u"--json"_s, u"--filter"_s, filter})
                                           .json()
                                           .value(u"runs"_s)
                                           .toArray())
            ids << QString::number(value.toObject().value(u"run_id"_s).toInteger());
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        m_rows = grove::test::syntheticRows(300, 11);
        const QString csv = write(u"synth.csv"_s, grove::test::syntheticCsv(m_rows));
        Run imported = grove({u"import"_s, csv, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    }

    void trainPrintsTheRunAsJson()
    {
        Run run = grove({u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"label"_s, u"--exclude"_s, u"grade"_s,
                         u"--exclude"_s, u"amount"_s, u"--rounds"_s, u"12"_s, u"--threads"_s, u"2"_s, u"--param"_s,
                         u"max_depth=3"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError); // stdout is one JSON document
        m_binaryRun = json.value(u"run_id"_s).toInteger();
        QVERIFY(m_binaryRun > 0);
        QCOMPARE(json.value(u"status"_s).toString(), u"finished"_s);
        QCOMPARE(json.value(u"rounds_done"_s).toInt(), 12);
        QCOMPARE(json.value(u"target"_s).toString(), u"label"_s);
        const QJsonObject metrics = json.value(u"final_metrics"_s).toObject();
        QCOMPARE(metrics.keys(), (QStringList{u"train"_s, u"valid"_s}));
        for (const QString& split : {u"train"_s, u"valid"_s}) {
            const QJsonObject values = metrics.value(split).toObject();
            for (const QString& metric : {u"logloss"_s, u"error"_s, u"auc"_s}) {
                QVERIFY2(values.value(metric).isDouble(), qPrintable(split + u'-' + metric));
                QVERIFY(values.value(metric).toDouble() >= 0);
            }
        }
        QVERIFY(json.value(u"best_iteration"_s).isDouble());
        const int best = json.value(u"best_iteration"_s).toInt();
        QVERIFY(best >= 0 && best < 12);
        // The model's hash is the SHA-256 of the model file.
        const QByteArray model = fileBytes(m_ws + u"/runs/%1/model.ubj"_s.arg(m_binaryRun));
        QVERIFY(!model.isEmpty());
        QCOMPARE(json.value(u"model_sha256"_s).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(model, QCryptographicHash::Sha256).toHex()));

        // Without --json, a sentence on stdout.
        Run human = grove({u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"label"_s, u"--rounds"_s, u"3"_s});
        QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
        QVERIFY2(human.out.contains("finished: 3 rounds"), human.out.constData());
    }

    // grove-cli evaluate on the run trained above: the keys scripts use, slices that account for
    // every held-out row (grade is excluded from its features: any column slices), and refusals.
    void evaluateScoresTheHeldOutRows()
    {
        QVERIFY(m_binaryRun > 0);
        const QString id = QString::number(m_binaryRun);
        Run evaluated = grove({u"evaluate"_s, id, u"--threshold"_s, u"0.3"_s, u"--json"_s});
        QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.describe()));
        const QJsonObject json = evaluated.json();
        for (const QString& key : {u"auc"_s, u"average_precision"_s, u"brier"_s, u"log_loss"_s})
            QVERIFY2(json.value(key).isDouble(), qPrintable(key));
        QCOMPARE(json.value(u"threshold"_s).toDouble(), 0.3);
        const QJsonArray matrix = json.value(u"confusion_matrix"_s).toArray();
        qint64 counted = 0;
        for (const QJsonValue& row : matrix)
            for (const QJsonValue& cell : row.toArray())
                counted += cell.toInteger();
        const qint64 heldOut = csvLines(m_ws + u"/runs/%1/predictions.csv"_s.arg(m_binaryRun)).size() - 1;
        QCOMPARE(counted, heldOut);
        QCOMPARE(json.value(u"rows"_s).toInteger(), heldOut);

        for (const QStringList& slicing : {QStringList{u"--slice-by"_s, u"grade"_s}, QStringList{u"--slice-by"_s, u"x2"_s, u"--bins"_s, u"3"_s}}) {
            Run sliced = grove(QStringList{u"evaluate"_s, id, u"--json"_s} + slicing);
            QVERIFY2(sliced.exitCode == 0, qPrintable(sliced.describe()));
            const QJsonArray slices = sliced.json().value(u"slices"_s).toArray();
            QVERIFY(slices.size() >= 3);
            qint64 rows = 0;
            for (const QJsonValue& slice : slices) {
                rows += slice.toObject().value(u"rows"_s).toInteger();
                QVERIFY(slice.toObject().value(u"metrics"_s).toObject().contains(u"accuracy"_s));
            }
            QCOMPARE(rows, heldOut);
        }
        Run human = grove({u"evaluate"_s, id, u"--slice-by"_s, u"grade"_s});
        QVERIFY2(human.exitCode == 0 && human.out.contains("By grade"), human.out.constData());

        // Usage errors (exit 2) and a damaged predictions file (exit 1), each named.
        const QList<QPair<QStringList, QString>> refused{
            {{u"--threshold"_s, u"1.5"_s}, u"--threshold must be a number from 0 to 1"_s},
            {{u"--cost-fn"_s, u"-1"_s}, u"--cost-fn must be a number of at least 0"_s},
            {{u"--slice-by"_s, u"nope"_s}, u"has no column \"nope\""_s},
            {{u"--bins"_s, u"3"_s}, u"go with --slice-by"_s}};
        for (const auto& [arguments, message] : refused) {
            Run run = grove(QStringList{u"evaluate"_s, id} + arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
        }
        const QString stored = m_ws + u"/runs/%1/predictions.f32"_s.arg(m_binaryRun);
        const QByteArray good = fileBytes(stored);
        QByteArray damaged = good;
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 1);
        write(u"damaged.f32"_s, damaged);
        QVERIFY(QFile::remove(stored) && QFile::copy(m_dir.filePath(u"damaged.f32"_s), stored));
        Run broken = grove({u"evaluate"_s, id});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(u"predictions.f32 are damaged"_s), qPrintable(broken.err));
        QCOMPARE(fileBytes(stored), damaged); // left for the user to see, not rewritten
        // Deleted, the predictions are read again from predictions.csv, to the same file.
        QVERIFY(QFile::remove(stored));
        QCOMPARE(grove({u"evaluate"_s, id, u"--threshold"_s, u"0.3"_s, u"--json"_s}).json(), json);
        QCOMPARE(fileBytes(stored), good);
        // Both files gone (a run from before either was kept): scored again from the model and the
        // snapshot, to the same numbers.
        const QString csv = m_ws + u"/runs/%1/predictions.csv"_s.arg(m_binaryRun);
        const QByteArray csvBytes = fileBytes(csv);
        QVERIFY(QFile::remove(stored) && QFile::remove(csv));
        QCOMPARE(grove({u"evaluate"_s, id, u"--threshold"_s, u"0.3"_s, u"--json"_s}).json(), json);
        QCOMPARE(fileBytes(stored), good);
        // ... but not from a model changed since training: the file is named, nothing written.
        const QString model = m_ws + u"/runs/%1/model.ubj"_s.arg(m_binaryRun);
        const QByteArray modelBytes = fileBytes(model);
        QVERIFY(QFile::remove(stored));
        write(u"changed.ubj"_s, modelBytes + ' ');
        QVERIFY(QFile::remove(model) && QFile::copy(m_dir.filePath(u"changed.ubj"_s), model));
        Run changed = grove({u"evaluate"_s, id});
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(changed.err.contains(u"model.ubj"_s) && changed.err.contains(u"changed after training"_s), qPrintable(changed.err));
        QVERIFY(!QFile::exists(stored));
        write(u"model.ubj"_s, modelBytes);
        QVERIFY(QFile::remove(model) && QFile::copy(m_dir.filePath(u"model.ubj"_s), model));
        write(u"predictions.csv"_s, csvBytes);
        QVERIFY(QFile::copy(m_dir.filePath(u"predictions.csv"_s), csv));
    }

    // grove-cli explain: mean |SHAP| largest first, one row's contributions that add up to its
    // margin, and a damaged model named, nothing written.
    void explainGivesShapValues()
    {
        QVERIFY(m_binaryRun > 0);
        const QString id = QString::number(m_binaryRun);
        Run explained = grove({u"explain"_s, id, u"--row"_s, u"2"_s, u"--json"_s});
        QVERIFY2(explained.exitCode == 0, qPrintable(explained.describe()));
        const QJsonObject json = explained.json();
        QVERIFY(json.value(u"base_value"_s).isDouble());
        const QJsonArray global = json.value(u"global"_s).toArray();
        QVERIFY(global.size() >= 3);
        for (qsizetype i = 1; i < global.size(); ++i)
            QVERIFY(global[i - 1].toObject().value(u"mean_abs"_s).toDouble() >= global[i].toObject().value(u"mean_abs"_s).toDouble());
        const QJsonObject row = json.value(u"rows"_s).toArray().first().toObject();
        QCOMPARE(row.value(u"index"_s).toInteger(), 2);
        double margin = json.value(u"base_value"_s).toDouble();
        const QJsonObject contributions = row.value(u"contributions"_s).toObject();
        QCOMPARE(contributions.size(), global.size());
        for (const QJsonValue& value : contributions)
            margin += value.toDouble();
        QVERIFY(std::abs(margin - row.value(u"margin"_s).toDouble()) < 1e-4);
        // The stored probability is the logistic of that margin.
        QVERIFY(std::abs(1 / (1 + std::exp(-margin)) - row.value(u"prediction"_s).toDouble()) < 1e-4);
        Run human = grove({u"explain"_s, id, u"--row"_s, u"2"_s, u"--interactions"_s});
        QVERIFY2(human.exitCode == 0 && human.out.contains("interacts most with") && human.out.contains("running margin"),
                 human.out.constData());

        // The global part is computed once and stored with the run; later calls read it back, the
        // same. A damaged file is computed again and replaced; a sample without interactions is
        // computed again when they are asked for.
        const QString cache = m_ws + u"/runs/%1/explanations.f32"_s.arg(m_binaryRun);
        QFile::remove(cache);
        Run first = grove({u"explain"_s, id, u"--json"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        QCOMPARE(first.json().value(u"cached"_s).toBool(true), false);
        const QByteArray stored = fileBytes(cache);
        QVERIFY(stored.startsWith("GRVEXPL1"));
        Run again = grove({u"explain"_s, id, u"--json"_s});
        QCOMPARE(again.json().value(u"cached"_s).toBool(), true);
        QCOMPARE(again.json().value(u"global"_s), first.json().value(u"global"_s));
        QCOMPARE(again.json().value(u"global"_s), global);
        QByteArray damaged = stored;
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x10);
        QVERIFY(!grove::test::writeFile(cache, damaged).isEmpty());
        Run repaired = grove({u"explain"_s, id, u"--json"_s});
        QVERIFY2(repaired.exitCode == 0, qPrintable(repaired.describe()));
        QCOMPARE(repaired.json().value(u"cached"_s).toBool(true), false);
        QCOMPARE(repaired.json().value(u"global"_s), global);
        QCOMPARE(fileBytes(cache), stored); // computed the same, byte for byte
        Run pairs = grove({u"explain"_s, id, u"--interactions"_s, u"--json"_s});
        QCOMPARE(pairs.json().value(u"cached"_s).toBool(true), false);
        QVERIFY(pairs.json().value(u"global"_s).toArray().first().toObject().contains(u"interacts_most_with"_s));
        QCOMPARE(grove({u"explain"_s, id, u"--json"_s}).json().value(u"cached"_s).toBool(), true);
        QCOMPARE(grove({u"explain"_s, id, u"--interactions"_s, u"--json"_s}).json().value(u"global"_s),
                 pairs.json().value(u"global"_s));

        for (const QStringList& arguments : {QStringList{u"--row"_s, u"100000"_s}, QStringList{u"--class"_s, u"x"_s},
                                             QStringList{u"--rows"_s, u"0"_s}}) {
            Run run = grove(QStringList{u"explain"_s, id} + arguments);
            QCOMPARE(run.exitCode, 2);
        }
        const QString model = m_ws + u"/runs/%1/model.ubj"_s.arg(m_binaryRun);
        const QByteArray good = fileBytes(model);
        write(u"truncated.ubj"_s, good.left(good.size() / 3));
        QVERIFY(QFile::remove(model) && QFile::copy(m_dir.filePath(u"truncated.ubj"_s), model));
        Run broken = grove({u"explain"_s, id});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(u"model.ubj"_s), qPrintable(broken.err));
        QCOMPARE(fileBytes(model), good.left(good.size() / 3)); // nothing written over it
        QVERIFY(!grove::test::writeFile(model, good).isEmpty()); // for the tests after this one
    }

    // predict --contributions: a column per feature and the bias, adding up to each row's margin.
    void predictWritesContributions()
    {
        QVERIFY(m_binaryRun > 0);
        const QString input = write(u"score.csv"_s, grove::test::syntheticCsv(m_rows.mid(0, 40)));
        const QString output = m_dir.filePath(u"contributions.csv"_s);
        Run run = grove({u"predict"_s, u"--run"_s, QString::number(m_binaryRun), u"--input"_s, input, u"--output"_s, output,
                         u"--contributions"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QList<QStringList> lines = csvLines(output);
        QCOMPARE(lines.size(), 41);
        const QStringList header = lines.front();
        QCOMPARE(header.last(), u"contribution_bias"_s);
        const qsizetype first = header.indexOf(u"contribution_x1"_s);
        QVERIFY(first > 0);
        for (qsizetype r = 1; r < lines.size(); ++r) {
            double margin = 0;
            for (qsizetype c = first; c < header.size(); ++c)
                margin += lines[r][c].toDouble();
            QVERIFY2(std::abs(1 / (1 + std::exp(-margin)) - lines[r][0].toDouble()) < 1e-5, qPrintable(lines[r].join(u',')));
        }
    }

    void runsAndShowDescribeTheRun()
    {
        QVERIFY(m_binaryRun > 0);
        const QJsonArray list = runs();
        QJsonObject listed;
        for (const QJsonValue& value : list) {
            if (value.toObject().value(u"run_id"_s).toInteger() == m_binaryRun)
                listed = value.toObject();
        }
        QVERIFY(!listed.isEmpty());
        QCOMPARE(listed.value(u"status"_s).toString(), u"finished"_s);
        QCOMPARE(listed.value(u"dataset"_s).toObject().value(u"name"_s).toString(), u"synth"_s);

        Run shown = grove({u"show"_s, QString::number(m_binaryRun), u"--json"_s});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        const QJsonObject json = shown.json();
        QCOMPARE(json.value(u"model_sha256"_s), listed.value(u"model_sha256"_s));
        QCOMPARE(json.value(u"final_metrics"_s), listed.value(u"final_metrics"_s));

        // The configuration as it was resolved: the choices made, the defaults filled in.
        const QJsonObject config = json.value(u"config"_s).toObject();
        QCOMPARE(config.value(u"target"_s).toString(), u"label"_s);
        QCOMPARE(config.value(u"task"_s).toString(), u"binary"_s);
        QCOMPARE(config.value(u"exclude"_s).toArray(), (QJsonArray{u"grade"_s, u"amount"_s}));
        QCOMPARE(config.value(u"rounds"_s).toInt(), 12);
        QCOMPARE(config.value(u"threads"_s).toInt(), 2);
        QCOMPARE(config.value(u"params"_s).toObject().value(u"max_depth"_s).toInt(), 3);
        QCOMPARE(config.value(u"params"_s).toObject().value(u"objective"_s).toString(), u"binary:logistic"_s);
        QCOMPARE(config.value(u"validation"_s).toObject().value(u"kind"_s).toString(), u"holdout"_s);
        const QJsonArray metrics = config.value(u"metrics"_s).toArray();
        QCOMPARE(metrics.size(), 3);
        // What the model expects of its input: the features in order, the classes.
        const QJsonObject schema = json.value(u"schema"_s).toObject();
        QStringList features;
        for (const QJsonValue& feature : schema.value(u"features"_s).toArray())
            features << feature.toObject().value(u"name"_s).toString();
        QCOMPARE(features, (QStringList{u"x1"_s, u"x2"_s, u"x3"_s, u"color"_s}));
        QCOMPARE(schema.value(u"classes"_s).toArray(), (QJsonArray{u"0"_s, u"1"_s}));

        // The history: every metric on both splits, one value per round, ending at the final metrics.
        const QJsonArray history = json.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 6);
        for (const QJsonValue& value : history) {
            const QJsonObject series = value.toObject();
            const QJsonArray values = series.value(u"values"_s).toArray();
            QCOMPARE(values.size(), 12);
            const double last = json.value(u"final_metrics"_s).toObject().value(series.value(u"split"_s).toString()).toObject()
                                    .value(series.value(u"metric"_s).toString()).toDouble(-1);
            QCOMPARE(values.last().toDouble(), last);
        }

        // The environment: the versions grove-cli --version reports, the threads used, the OS.
        Run version = cli({u"--version"_s});
        const QRegularExpressionMatch groveVersion = QRegularExpression(u"^grove-cli (\\S+)"_s).match(QString::fromUtf8(version.out));
        const QRegularExpressionMatch xgboost = QRegularExpression(u"libxgboost (\\S+?),"_s).match(QString::fromUtf8(version.out));
        QVERIFY(groveVersion.hasMatch() && xgboost.hasMatch());
        const QJsonObject environment = json.value(u"environment"_s).toObject();
        QCOMPARE(environment.value(u"grove"_s).toString(), groveVersion.captured(1));
        QCOMPARE(environment.value(u"xgboost"_s).toString(), xgboost.captured(1));
        QCOMPARE(environment.value(u"threads"_s).toInt(), 2);
        QVERIFY(!environment.value(u"os"_s).toString().isEmpty());

        Run human = grove({u"show"_s, QString::number(m_binaryRun)});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains(json.value(u"model_sha256"_s).toString().toLatin1()));

        Run unknown = grove({u"show"_s, u"9999"_s, u"--json"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(unknown.err.contains(u"9999"_s));
    }

    void theShownConfigurationTrainsAgain()
    {
        // `train --config` reads the "config" of `show --json`, as its help says.
        QVERIFY(m_binaryRun > 0);
        Run shown = grove({u"show"_s, QString::number(m_binaryRun), u"--json"_s});
        QCOMPARE(shown.exitCode, 0);
        const QString file = write(u"config.json"_s, QJsonDocument(shown.json().value(u"config"_s).toObject()).toJson());
        Run again = grove({u"train"_s, u"--config"_s, file, u"--json"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(again.json().value(u"status"_s).toString(), u"finished"_s);
        QVERIFY(again.json().value(u"run_id"_s).toInteger() != m_binaryRun);
        // Same data, same settings, same threads and seed: the same model.
        QCOMPARE(again.json().value(u"model_sha256"_s), shown.json().value(u"model_sha256"_s));

        // Options on the command line override the file.
        Run shorter = grove({u"train"_s, u"--config"_s, file, u"--rounds"_s, u"4"_s, u"--json"_s});
        QVERIFY2(shorter.exitCode == 0, qPrintable(shorter.describe()));
        QCOMPARE(shorter.json().value(u"rounds_done"_s).toInt(), 4);
        QVERIFY(shorter.json().value(u"model_sha256"_s) != shown.json().value(u"model_sha256"_s));
    }

    void reproduceMakesTheSameModel()
    {
        QVERIFY(m_binaryRun > 0);
        const qsizetype before = runs().size();
        Run run = grove({u"reproduce"_s, QString::number(m_binaryRun), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"identical"_s).toBool(), true);
        const qint64 rerun = json.value(u"run_id"_s).toInteger();
        QVERIFY(rerun > 0 && rerun != m_binaryRun);
        QCOMPARE(json.value(u"reproduced_from"_s).toInteger(), m_binaryRun);
        QCOMPARE(json.value(u"model_sha256"_s), json.value(u"original_model_sha256"_s));
        QCOMPARE(fileBytes(m_ws + u"/runs/%1/model.ubj"_s.arg(rerun)), fileBytes(m_ws + u"/runs/%1/model.ubj"_s.arg(m_binaryRun)));
        const QJsonArray after = runs();
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.last().toObject().value(u"reproduced_from"_s).toInteger(), m_binaryRun);
    }

    void predictBinaryMatchesColumnsByName()
    {
        QVERIFY(m_binaryRun > 0);
        const QList<grove::test::SyntheticRow> rows = grove::test::syntheticRows(25, 99);
        const QString input = write(u"score.csv"_s, grove::test::syntheticCsv(rows, {u"x1"_s, u"x2"_s, u"x3"_s, u"color"_s}));
        const QString output = m_dir.filePath(u"scored.csv"_s);
        Run run = grove({u"predict"_s, u"--run"_s, QString::number(m_binaryRun), u"--input"_s, input, u"--output"_s, output, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().value(u"rows"_s).toInt(), 25);
        const QList<QStringList> lines = csvLines(output);
        QCOMPARE(lines.size(), 26);
        // One probability column (of the positive class) and the predicted class.
        QCOMPARE(lines.front(), (QStringList{u"probability_1"_s, u"predicted"_s}));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const double p = lines[i][0].toDouble();
            QVERIFY(p > 0 && p < 1);
            QCOMPARE(lines[i][1], p >= 0.5 ? u"1"_s : u"0"_s);
        }

        // The same rows with the columns in another order, and with extra columns: the same output.
        const QString shuffled = write(u"score-shuffled.csv"_s,
                                       grove::test::syntheticCsv(rows, {u"grade"_s, u"color"_s, u"x3"_s, u"label"_s, u"x1"_s, u"x2"_s}));
        const QString shuffledOutput = m_dir.filePath(u"scored-shuffled.csv"_s);
        Run again = grove({u"predict"_s, u"--run"_s, QString::number(m_binaryRun), u"--input"_s, shuffled, u"--output"_s, shuffledOutput, u"--json"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(again.json().value(u"unused_columns"_s).toArray(), (QJsonArray{u"grade"_s, u"label"_s}));
        QCOMPARE(fileBytes(shuffledOutput), fileBytes(output));
    }

    void predictMulticlassWritesAColumnPerClass()
    {
        Run trained = grove({u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"grade"_s, u"--exclude"_s, u"label"_s,
                             u"--exclude"_s, u"amount"_s, u"--rounds"_s, u"8"_s, u"--threads"_s, u"2"_s, u"--json"_s});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.describe()));
        QCOMPARE(trained.json().value(u"task"_s).toString(), u"multiclass"_s);
        const QString runId = QString::number(trained.json().value(u"run_id"_s).toInteger());
        const QList<grove::test::SyntheticRow> rows = grove::test::syntheticRows(30, 5);
        const QString input = write(u"grades.csv"_s, grove::test::syntheticCsv(rows, {u"color"_s, u"x3"_s, u"x2"_s, u"x1"_s}));
        const QString output = m_dir.filePath(u"grades-scored.csv"_s);
        Run run = grove({u"predict"_s, u"--run"_s, runId, u"--input"_s, input, u"--output"_s, output});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QList<QStringList> lines = csvLines(output);
        QCOMPARE(lines.size(), 31);
        QSet<QString> expected;
        for (const auto& row : m_rows)
            expected.insert(u"probability_"_s + row.grade);
        const QStringList header = lines.front();
        QCOMPARE(header.size(), expected.size() + 1);
        QCOMPARE(QSet<QString>(header.begin(), header.end() - 1), expected);
        QCOMPARE(header.back(), u"predicted"_s);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            double sum = 0;
            qsizetype best = 0;
            for (qsizetype k = 0; k < header.size() - 1; ++k) {
                sum += lines[i][k].toDouble();
                if (lines[i][k].toDouble() > lines[i][best].toDouble())
                    best = k;
            }
            QVERIFY(std::abs(sum - 1) < 1e-5);
            QCOMPARE(u"probability_"_s + lines[i].back(), header[best]);
        }
    }

    void predictRegressionWritesTheValue()
    {
        Run trained = grove({u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"amount"_s, u"--exclude"_s, u"label"_s,
                             u"--exclude"_s, u"grade"_s, u"--rounds"_s, u"30"_s, u"--json"_s});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.describe()));
        QCOMPARE(trained.json().value(u"task"_s).toString(), u"regression"_s);
        QVERIFY(trained.json().value(u"final_metrics"_s).toObject().value(u"valid"_s).toObject().contains(u"rmse"_s));
        const QString input = write(u"amounts.csv"_s, grove::test::syntheticCsv(m_rows.mid(0, 40), {u"x1"_s, u"x2"_s, u"x3"_s, u"color"_s}));
        const QString output = m_dir.filePath(u"amounts-scored.csv"_s);
        Run run = grove({u"predict"_s, u"--run"_s, QString::number(trained.json().value(u"run_id"_s).toInteger()),
                         u"--input"_s, input, u"--output"_s, output});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QList<QStringList> lines = csvLines(output);
        QCOMPARE(lines.size(), 41);
        QCOMPARE(lines.front(), QStringList{u"prediction"_s});
        // Trained on these rows: close to the true values.
        double squares = 0;
        for (int i = 0; i < 40; ++i)
            squares += std::pow(lines[i + 1][0].toDouble() - m_rows[i].amount, 2);
        QVERIFY(std::sqrt(squares / 40) < 1.5);
    }

    void predictRefusesAFileWithoutAFeature()
    {
        QVERIFY(m_binaryRun > 0);
        const QString input = write(u"lacking.csv"_s, grove::test::syntheticCsv(m_rows.mid(0, 5), {u"x1"_s, u"color"_s, u"x3"_s}));
        const QString output = m_dir.filePath(u"lacking-scored.csv"_s);
        Run run = grove({u"predict"_s, u"--run"_s, QString::number(m_binaryRun), u"--input"_s, input, u"--output"_s, output, u"--json"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"x2"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(output));
    }

    // The output is never the file being scored (by name, through a link or a second name), and
    // a device is written to, not replaced by a file: --output /dev/null scores and keeps the device.
    void predictNeverReplacesItsInputOrADevice()
    {
        QVERIFY(m_binaryRun > 0);
        const QByteArray csv = grove::test::syntheticCsv(m_rows.mid(0, 8));
        const QString input = write(u"scored-in-place.csv"_s, csv);
        const QString link = m_dir.filePath(u"scored-link.csv"_s);
        QVERIFY(QFile::link(input, link));
        const QString second = m_dir.filePath(u"scored-second-name.csv"_s);
        QCOMPARE(::link(QFile::encodeName(input).constData(), QFile::encodeName(second).constData()), 0);
        for (const QString& output : {input, link, second}) {
            const Run refused = grove({u"predict"_s, u"--run"_s, QString::number(m_binaryRun), u"--input"_s, input, u"--output"_s, output});
            QVERIFY2(refused.exitCode == 2, qPrintable(refused.describe()));
            QVERIFY2(refused.err.contains(u"is the file being scored"_s), qPrintable(refused.err));
            QCOMPARE(grove::test::readFile(input), csv);
        }
        const Run folder = grove({u"predict"_s, u"--run"_s, QString::number(m_binaryRun), u"--input"_s, input, u"--output"_s, m_dir.path()});
        QCOMPARE(folder.exitCode, 2);
        QVERIFY2(folder.err.contains(u"is a folder"_s), qPrintable(folder.err));

        const Run discarded = grove({u"predict"_s, u"--run"_s, QString::number(m_binaryRun), u"--input"_s, input, u"--output"_s, u"/dev/null"_s});
        QVERIFY2(discarded.exitCode == 0, qPrintable(discarded.describe()));
        struct stat device{};
        QCOMPARE(::stat("/dev/null", &device), 0);
        QVERIFY(S_ISCHR(device.st_mode));
        QVERIFY(QDir(u"/dev"_s).entryList({u"null.*"_s}, QDir::AllEntries | QDir::System | QDir::Hidden).isEmpty());
        // To standard output: the predictions alone there, the summary on standard error.
        const Run piped = grove({u"predict"_s, u"--run"_s, QString::number(m_binaryRun), u"--input"_s, input, u"--output"_s, u"/dev/stdout"_s});
        QVERIFY2(piped.exitCode == 0, qPrintable(piped.describe()));
        const QList<QByteArray> lines = piped.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 9); // the header and 8 rows
        QCOMPARE(lines.front(), QByteArray("probability_1,predicted"));
        QVERIFY2(piped.err.contains(u"Wrote 8 predictions"_s), qPrintable(piped.err));
        // A device that does not exist is not made a file.
        QCOMPARE(grove({u"predict"_s, u"--run"_s, QString::number(m_binaryRun), u"--input"_s, input, u"--output"_s,
                        u"/dev/grove-no-such-device"_s}).exitCode, 2);
        QVERIFY(!QFileInfo::exists(u"/dev/grove-no-such-device"_s));
    }

    void rejectedTrainingRecordsNothing()
    {
        const qsizetype before = runs().size();
        Run run = grove({u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"label"_s, u"--param"_s, u"eta=0"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"eta"_s), qPrintable(run.err));
        Run unknown = grove({u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"lable"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"lable"_s), qPrintable(unknown.err));
        QCOMPARE(runs().size(), before);
    }

    void runsFiltersAndSorts()
    {
        // Two more runs that differ in depth, so that filters and sorting have something to choose.
        for (const QString& depth : {u"2"_s, u"5"_s}) {
            Run run = grove({u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"label"_s, u"--rounds"_s, u"8"_s,
                             u"--param"_s, u"max_depth="_s + depth, u"--experiment"_s, u"depths"_s, u"--json"_s});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
        auto ids = [this](const QStringList& options) {
            Run run = grove(QStringList{u"runs"_s, u"--json"_s} + options);
            QList<qint64> result;
            for (const QJsonValue& value : run.json().value(u"runs"_s).toArray())
                result << value.toObject().value(u"run_id"_s).toInteger();
            return result;
        };
        const QList<qint64> shallow = ids({u"--filter"_s, u"params.max_depth <= 2 and experiment = depths"_s});
        QCOMPARE(shallow.size(), 1);
        const QList<qint64> both = ids({u"--filter"_s, u"experiment = depths"_s, u"--sort"_s, u"-params.max_depth"_s});
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.last(), shallow.first()); // deeper first
        // Sorting by a metric puts the best first with "-".
        const QJsonArray sorted = grove({u"runs"_s, u"--json"_s, u"--sort"_s, u"-valid.auc"_s}).json().value(u"runs"_s).toArray();
        double previous = 2;
        for (const QJsonValue& value : sorted) {
            const QJsonValue auc = value.toObject().value(u"final_metrics"_s).toObject().value(u"valid"_s).toObject().value(u"auc"_s);
            if (!auc.isDouble())
                continue;
            QVERIFY(auc.toDouble() <= previous);
            previous = auc.toDouble();
        }
        // A bad expression: exit 2, nothing on stdout, the offending token named and underlined.
        Run bad = grove({u"runs"_s, u"--json"_s, u"--filter"_s, u"valid.auc > 0.9 and vald.auc > 1"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(bad.err.contains(u"character 21"_s) && bad.err.contains(u"vald.auc"_s) && bad.err.contains(u"^^^^^^^^"_s),
                 qPrintable(bad.err));
        Run badSort = grove({u"runs"_s, u"--sort"_s, u"speed"_s});
        QCOMPARE(badSort.exitCode, 2);
        QVERIFY2(badSort.err.contains(u"speed"_s), qPrintable(badSort.err));
    }

    void compareShowsWhatDiffers()
    {
        Run listed = grove({u"runs"_s, u"--json"_s, u"--filter"_s, u"experiment = depths"_s, u"--sort"_s, u"params.max_depth"_s});
        const QJsonArray runsJson = listed.json().value(u"runs"_s).toArray();
        QCOMPARE(runsJson.size(), 2);
        const QString shallow = QString::number(runsJson[0].toObject().value(u"run_id"_s).toInteger());
        const QString deep = QString::number(runsJson[1].toObject().value(u"run_id"_s).toInteger());
        Run compared = grove({u"compare"_s, shallow, deep, u"--json"_s});
        QVERIFY2(compared.exitCode == 0, qPrintable(compared.describe()));
        const QJsonObject differing = compared.json().value(u"differing"_s).toObject();
        QCOMPARE(differing.keys(), QStringList{u"params.max_depth"_s});
        QCOMPARE(differing.value(u"params.max_depth"_s).toObject().value(shallow).toString(), u"2"_s);
        QCOMPARE(differing.value(u"params.max_depth"_s).toObject().value(deep).toString(), u"5"_s);
        const QJsonArray metrics = compared.json().value(u"runs"_s).toArray();
        QCOMPARE(metrics.size(), 2);
        QVERIFY(metrics[0].toObject().value(u"final"_s).toObject().value(u"valid"_s).toObject().contains(u"auc"_s));
        // The text form lists the setting and the metrics side by side.
        Run text = grove({u"compare"_s, shallow, deep});
        QVERIFY(text.out.contains("params.max_depth") && text.out.contains("valid.auc"));
        QCOMPARE(grove({u"compare"_s, shallow}).exitCode, 2);
        Run missing = grove({u"compare"_s, shallow, u"9999"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"9999"_s), qPrintable(missing.err));
    }

    void aComparisonIsSavedAndReopened()
    {
        const QStringList depthRuns = idsOf(u"experiment = depths"_s);
        QCOMPARE(depthRuns.size(), 2);
        Run saved = grove(QStringList{u"compare"_s} + depthRuns +
                          QStringList{u"--save"_s, u"Depth sweep"_s, u"--json"_s});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.describe()));
        const QJsonObject differing = saved.json().value(u"differing"_s).toObject();
        QCOMPARE(differing.keys(), QStringList{u"params.max_depth"_s});
        QCOMPARE(saved.json().value(u"saved"_s).toObject().value(u"name"_s).toString(),
                 u"Depth sweep"_s);

        // Listed with its runs...
        const QJsonArray listed = comparisons();
        QCOMPARE(listed.size(), 1);
        const QJsonObject entry = listed[0].toObject();
        QCOMPARE(entry.value(u"name"_s).toString(), u"Depth sweep"_s);
        QCOMPARE(entry.value(u"run_count"_s).toInt(), 2);
        QCOMPARE(entry.value(u"run_ids"_s).toArray(),
                 (QJsonArray{depthRuns[0].toLongLong(), depthRuns[1].toLongLong()}));
        QVERIFY(entry.value(u"missing_run_ids"_s).toArray().isEmpty());
        QVERIFY(!entry.value(u"updated_at"_s).toString().isEmpty());
        Run table = grove({u"comparisons"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("Depth sweep") &&
                     table.out.contains(depthRuns.join(u", "_s).toUtf8()),
                 table.out.constData());

        // ...and reopened by name, in any case, as the same comparison.
        Run reopened = grove({u"compare"_s, u"--saved"_s, u"depth SWEEP"_s, u"--json"_s});
        QVERIFY2(reopened.exitCode == 0, qPrintable(reopened.describe()));
        QCOMPARE(reopened.json().value(u"differing"_s).toObject(), differing);
        QCOMPARE(reopened.json().value(u"runs"_s), saved.json().value(u"runs"_s));
        QVERIFY2(reopened.err.isEmpty(), qPrintable(reopened.err));
        Run text = grove({u"compare"_s, u"--saved"_s, u"Depth sweep"_s});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out, grove(QStringList{u"compare"_s} + depthRuns).out);

        // A bad name is refused before anything is stored.
        for (const QString& bad : {QString(), u"tab\there"_s, QString(101, u'x')}) {
            Run refused = grove(QStringList{u"compare"_s} + depthRuns +
                                QStringList{u"--save"_s, bad, u"--json"_s});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(refused.out.isEmpty());
            QVERIFY(!refused.err.isEmpty());
        }
        // So is a run that does not exist, or the same run twice.
        Run unknownRun = grove({u"compare"_s, depthRuns[0], u"9999"_s, u"--save"_s, u"Ghost"_s});
        QCOMPARE(unknownRun.exitCode, 2);
        QVERIFY2(unknownRun.err.contains(u"9999"_s), qPrintable(unknownRun.err));
        Run twice = grove({u"compare"_s, depthRuns[0], depthRuns[0], u"--save"_s, u"Twice"_s});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(u"twice"_s), qPrintable(twice.err));
        QCOMPARE(comparisons().size(), 1);

        // An unknown saved name is named in the error.
        Run unknown = grove({u"compare"_s, u"--saved"_s, u"Width sweep"_s, u"--json"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY2(unknown.err.contains(u"\"Width sweep\""_s), qPrintable(unknown.err));
    }

    void savedComparisonsAreRenamedAndDeleted()
    {
        const QStringList depthRuns = idsOf(u"experiment = depths"_s);
        QCOMPARE(grove(QStringList{u"compare"_s} + depthRuns + QStringList{u"--save"_s, u"Other"_s})
                     .exitCode,
                 0);
        QCOMPARE(comparisonNames(), (QStringList{u"Depth sweep"_s, u"Other"_s}));

        Run taken = grove({u"comparisons"_s, u"--rename"_s, u"Other"_s, u"depth sweep"_s});
        QCOMPARE(taken.exitCode, 2);
        QVERIFY2(taken.err.contains(u"\"Depth sweep\" already exists"_s), qPrintable(taken.err));
        Run renamed =
            grove({u"comparisons"_s, u"--rename"_s, u"other"_s, u"Depths, again"_s, u"--json"_s});
        QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.describe()));
        QCOMPARE(renamed.json().value(u"name"_s).toString(), u"Depths, again"_s);
        QCOMPARE(comparisonNames(), (QStringList{u"Depth sweep"_s, u"Depths, again"_s}));
        Run renamedMissing = grove({u"comparisons"_s, u"--rename"_s, u"Other"_s, u"Third"_s});
        QCOMPARE(renamedMissing.exitCode, 2);
        QVERIFY2(renamedMissing.err.contains(u"\"Other\""_s), qPrintable(renamedMissing.err));

        Run deleted = grove({u"comparisons"_s, u"--delete"_s, u"depths, AGAIN"_s});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.describe()));
        QVERIFY2(deleted.out.contains("\"Depths, again\""), deleted.out.constData());
        QCOMPARE(comparisonNames(), QStringList{u"Depth sweep"_s});
        QCOMPARE(idsOf(u"experiment = depths"_s), depthRuns); // the runs are kept
        Run again = grove({u"comparisons"_s, u"--delete"_s, u"Depths, again"_s});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"\"Depths, again\""_s), qPrintable(again.err));
    }

    void reopeningNamesTheRunsDeletedSince()
    {
        // Two runs of their own, to delete.
        QStringList doomed;
        for (const QString& depth : {u"3"_s, u"4"_s}) {
            Run run = grove({u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"label"_s,
                             u"--rounds"_s, u"5"_s, u"--param"_s, u"max_depth="_s + depth,
                             u"--experiment"_s, u"doomed"_s, u"--json"_s});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            doomed << QString::number(run.json().value(u"run_id"_s).toInteger());
        }
        const QStringList depthRuns = idsOf(u"experiment = depths"_s);
        QCOMPARE(grove(QStringList{u"compare"_s} + depthRuns + doomed +
                       QStringList{u"--save"_s, u"Four"_s})
                     .exitCode,
                 0);
        QCOMPARE(grove({u"compare"_s, depthRuns[0], doomed[0], u"--save"_s, u"Pair"_s}).exitCode,
                 0);

        // In the trash, the runs are still compared, with a note.
        {
            auto workspace = grove::Workspace::openOrCreate(m_ws);
            QVERIFY(workspace);
            grove::RunStore store(workspace->database());
            for (const QString& id : doomed)
                QVERIFY(store.moveToTrash(id.toLongLong()));
        }
        Run trashed = grove({u"compare"_s, u"--saved"_s, u"Four"_s, u"--json"_s});
        QVERIFY2(trashed.exitCode == 0, qPrintable(trashed.describe()));
        QCOMPARE(trashed.json().value(u"runs"_s).toArray().size(), 4);
        QVERIFY2(trashed.err.contains(u"trash"_s) && trashed.err.contains(doomed.join(u", "_s)),
                 qPrintable(trashed.err));

        // Deleted for good: a warning names them and the others are compared.
        {
            auto workspace = grove::Workspace::openOrCreate(m_ws);
            QVERIFY(workspace);
            QCOMPARE(grove::emptyRunTrash(*workspace).value(), 2);
        }
        Run reopened = grove({u"compare"_s, u"--saved"_s, u"Four"_s, u"--json"_s});
        QVERIFY2(reopened.exitCode == 0, qPrintable(reopened.describe()));
        QVERIFY2(reopened.err.contains(u"Warning"_s) && reopened.err.contains(doomed.join(u", "_s)),
                 qPrintable(reopened.err));
        QCOMPARE(reopened.json().value(u"runs"_s).toArray().size(), 2);
        QCOMPARE(reopened.json().value(u"differing"_s).toObject().keys(),
                 QStringList{u"params.max_depth"_s});
        const QJsonArray missing =
            reopened.json().value(u"saved"_s).toObject().value(u"missing_run_ids"_s).toArray();
        QCOMPARE(missing, (QJsonArray{doomed[0].toLongLong(), doomed[1].toLongLong()}));
        QJsonObject listed;
        for (const QJsonValue& value : comparisons()) {
            if (value.toObject().value(u"name"_s).toString() == u"Four"_s)
                listed = value.toObject();
        }
        QCOMPARE(listed.value(u"missing_run_ids"_s).toArray(), missing);

        // Fewer than two runs left: nothing to compare, and the message says why and what to do.
        Run pair = grove({u"compare"_s, u"--saved"_s, u"Pair"_s, u"--json"_s});
        QCOMPARE(pair.exitCode, 2);
        QVERIFY(pair.out.isEmpty());
        QVERIFY2(pair.err.contains(doomed[0]) && pair.err.contains(u"needs two runs"_s) &&
                     pair.err.contains(u"comparisons --delete"_s),
                 qPrintable(pair.err));
    }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "tst_cli_train.moc"
