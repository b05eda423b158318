// Comparing runs: which settings differ, what each run has, and the JSON grove-cli prints.

#include "core/runs/RunComparison.h"
#include "core/runs/Significance.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

RunRecord makeRun(qint64 id, const QJsonObject& params, const QString& experiment = u"Default"_s,
                  const QString& dataset = u"churn"_s, const QJsonObject& validation = {{u"kind"_s, u"holdout"_s}, {u"fraction"_s, 0.2}})
{
    RunRecord run;
    run.id = id;
    run.experiment = experiment;
    run.setup = RunSetup::fromJson(QJsonObject{{u"dataset"_s, QString::number(id)}, // ids differ between workspaces: not a setting
                             {u"target"_s, u"churned"_s},
                             {u"params"_s, params},
                             {u"validation"_s, validation},
                             {u"rounds"_s, 100},
                             {u"metrics"_s, QJsonArray{u"logloss"_s, u"auc"_s}},
                             {u"experiment"_s, experiment},
                             {u"data"_s, QJsonObject{{u"dataset"_s, QJsonObject{{u"name"_s, dataset}, {u"content_hash"_s, u"abc"_s + dataset}}}}},
                             {u"schema"_s, QJsonObject{{u"features"_s, QJsonArray{u"a"_s}}}}});
    run.finalMetrics = QJsonObject{{u"valid"_s, QJsonObject{{u"auc"_s, 0.9 + id / 100.0}}}};
    return run;
}

} // namespace

class TestRunComparison : public QObject
{
    Q_OBJECT

private slots:
    // Student's t from tables, and the corrected test by hand: 5 folds, differences 1..5 (mean 3,
    // variance 2.5), t = 3 / sqrt((1/5 + 1/4) · 2.5) = 2.8284271; a constant improvement is
    // certain; no difference is a tie.
    void correctedTTestByHand()
    {
        QVERIFY(std::abs(studentTwoSidedP(2.776445105, 4) - 0.05) < 1e-9);
        QVERIFY(std::abs(studentTwoSidedP(12.70620474, 1) - 0.05) < 1e-9);
        QVERIFY(std::abs(studentQuantile(0.975, 4) - 2.776445105) < 1e-8);
        QVERIFY(std::abs(studentQuantile(0.025, 9) + 2.262157163) < 1e-8);
        const PairedTest test = correctedPairedTTest({0, 0, 0, 0, 0}, {1, 2, 3, 4, 5}, 0.05, true);
        QCOMPARE(test.folds, 5);
        QCOMPARE(test.meanDifference, 3.0);
        QVERIFY(std::abs(test.t - 2.8284271247461903) < 1e-12);
        QVERIFY(test.pValue > 0.04 && test.pValue < 0.05);
        QCOMPARE(test.verdict, QStringLiteral("better"));
        QVERIFY(std::abs(test.low - (3 - 2.776445105 * 3 / 2.8284271247461903)) < 1e-7);
        QCOMPARE(correctedPairedTTest({0, 0, 0}, {1, 2, 3}, 0.05, false).verdict, QStringLiteral("tie")); // p 0.17
        QCOMPARE(correctedPairedTTest({0.5, 0.6}, {0.4, 0.5}, 0.05, true).verdict, QStringLiteral("worse")); // constant
        QCOMPARE(correctedPairedTTest({0.5, 0.6}, {0.5, 0.6}, 0.05, true).verdict, QStringLiteral("tie"));
    }

    void differingSettings_data()
    {
        QTest::addColumn<QList<RunRecord>>("runs");
        QTest::addColumn<QStringList>("differing");
        const QJsonObject base{{u"eta"_s, 0.3}, {u"max_depth"_s, 6}};
        QJsonObject deeper = base;
        deeper.insert(u"max_depth"_s, 8);
        QJsonObject withExtra = base;
        withExtra.insert(u"extra"_s, QJsonObject{{u"max_leaves"_s, u"31"_s}});
        QJsonObject slower = base;
        slower.insert(u"eta"_s, 0.1);
        QTest::newRow("identical configurations") << QList<RunRecord>{makeRun(1, base), makeRun(2, base)} << QStringList{};
        QTest::newRow("one parameter") << QList<RunRecord>{makeRun(1, base), makeRun(2, deeper)} << QStringList{u"params.max_depth"_s};
        QTest::newRow("an extra parameter only one run has")
            << QList<RunRecord>{makeRun(1, base), makeRun(2, withExtra)} << QStringList{u"params.max_leaves"_s};
        QTest::newRow("three runs, two differ in different places")
            << QList<RunRecord>{makeRun(1, base), makeRun(2, deeper), makeRun(3, slower)}
            << QStringList{u"params.eta"_s, u"params.max_depth"_s};
        QTest::newRow("across experiments")
            << QList<RunRecord>{makeRun(1, base, u"a"_s), makeRun(2, base, u"b"_s)} << QStringList{u"experiment"_s};
        QTest::newRow("other data")
            << QList<RunRecord>{makeRun(1, base), makeRun(2, base, u"Default"_s, u"credit"_s)}
            << QStringList{u"dataset"_s, u"dataset.content_hash"_s};
        QTest::newRow("other validation")
            << QList<RunRecord>{makeRun(1, base), makeRun(2, base, u"Default"_s, u"churn"_s, {{u"kind"_s, u"kfold"_s}, {u"folds"_s, 5}})}
            << QStringList{u"validation.folds"_s, u"validation.fraction"_s, u"validation.kind"_s};
    }

    void differingSettings()
    {
        QFETCH(QList<RunRecord>, runs);
        QFETCH(QStringList, differing);
        const RunComparison comparison = compareRuns(runs);
        QCOMPARE(comparison.differing, differing);
        // Bookkeeping is not compared: the dataset id and the schema.
        QVERIFY(!comparison.settings.contains(u"schema.features"_s));
        QCOMPARE(comparison.settings.value(u"dataset"_s).first(), runs.first().datasetName());
        QCOMPARE(comparison.settings.value(u"metrics"_s).first(), u"logloss, auc"_s);
    }

    void jsonNamesEachRunsValue()
    {
        const QJsonObject leaves{{u"max_leaves"_s, u"31"_s}};
        QJsonObject deeper{{u"eta"_s, 0.3}, {u"max_depth"_s, 8}, {u"extra"_s, leaves}};
        const RunComparison comparison =
            compareRuns({makeRun(4, {{u"eta"_s, 0.3}, {u"max_depth"_s, 6}, {u"extra"_s, leaves}}), makeRun(7, deeper),
                         makeRun(9, {{u"eta"_s, 0.3}})});
        const QJsonObject json = comparison.toJson();
        const QJsonObject depth = json.value(u"differing"_s).toObject().value(u"params.max_depth"_s).toObject();
        QCOMPARE(depth.value(u"4"_s).toString(), u"6"_s);
        QCOMPARE(depth.value(u"7"_s).toString(), u"8"_s);
        QCOMPARE(depth.value(u"9"_s).toString(), u"6"_s); // XGBoost's default, recorded with the run
        const QJsonObject maxLeaves = json.value(u"differing"_s).toObject().value(u"params.max_leaves"_s).toObject();
        QCOMPARE(maxLeaves.value(u"4"_s).toString(), u"31"_s);
        QVERIFY(maxLeaves.value(u"9"_s).isNull()); // the run has no such setting
        QVERIFY(json.value(u"same"_s).toArray().contains(u"params.eta"_s));
        const QJsonArray runs = json.value(u"runs"_s).toArray();
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs[1].toObject().value(u"run_id"_s).toInteger(), 7);
        QCOMPARE(runs[1].toObject().value(u"final"_s).toObject().value(u"valid"_s).toObject().value(u"auc"_s).toDouble(), 0.97);
        // Numbers print as written, not with float noise.
        QCOMPARE(comparison.settings.value(u"validation.fraction"_s).first(), u"0.2"_s);
    }
};

QTEST_MAIN(TestRunComparison)
#include "tst_run_comparison.moc"
