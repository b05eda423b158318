// Comparing runs: which settings differ, what each run has, and the JSON grove-cli prints.

#include "core/runs/GroupSignificance.h"
#include "core/runs/RunComparison.h"
#include "core/runs/RunGroups.h"
#include "core/runs/Significance.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <numeric>

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

// A run validated by `kind` ("kfold": as many folds as `foldFinals` has, "holdout": a quarter held
// out) with split seed `splitSeed` and run seed `runSeed`.
RunRecord resampledRun(qint64 id, const QJsonObject& params, const QString& kind, quint64 splitSeed,
                       const std::vector<double>& foldFinals, int runSeed = 0)
{
    QJsonObject validation{{u"kind"_s, kind}, {u"seed"_s, QString::number(splitSeed)}};
    if (kind == u"kfold"_s)
        validation.insert(u"folds"_s, int(foldFinals.size()));
    else
        validation.insert(u"fraction"_s, 0.25);
    RunRecord run = makeRun(id, params, u"Default"_s, u"churn"_s, validation);
    run.setup.config.seed = quint64(runSeed);
    return run;
}

// Each fold's validation AUC over three rounds, ending at `finals`.
std::vector<StoredSeries> foldHistory(const std::vector<double>& finals)
{
    std::vector<StoredSeries> history;
    for (std::size_t f = 0; f < finals.size(); ++f)
        history.push_back({u"valid"_s, u"auc"_s, int(f), {0.5, 0.6, finals[f]}});
    return history;
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

    // Repeats of one configuration (all but the seeds equal) form a group; one setting groups by
    // its values; without grouping each run is its own group.
    void groupsByConfigurationOrSetting()
    {
        const QJsonObject shallow{{u"max_depth"_s, 2}}, deep{{u"max_depth"_s, 6}};
        const QList<RunRecord> runs{resampledRun(1, shallow, u"kfold"_s, 7, {}), resampledRun(2, deep, u"kfold"_s, 7, {}),
                                    resampledRun(3, shallow, u"kfold"_s, 8, {}), resampledRun(4, deep, u"kfold"_s, 8, {}, 5)};
        const QList<RunGroup> byConfiguration = groupRuns(compareRuns(runs), Grouping::fromText(u"configuration"_s));
        QCOMPARE(byConfiguration.size(), 2); // run 4 also differs in its run seed: still a repeat of run 2
        QCOMPARE(byConfiguration[0].label, u"max_depth=2"_s);
        QCOMPARE(byConfiguration[0].members, (QList<int>{0, 2}));
        QCOMPARE(byConfiguration[1].members, (QList<int>{1, 3}));
        const QList<RunGroup> bySeed = groupRuns(compareRuns(runs), Grouping::fromText(u"validation.seed"_s));
        QCOMPARE(bySeed.size(), 2);
        QCOMPARE(bySeed[1].label, u"validation.seed=8"_s);
        QCOMPARE(groupRuns(compareRuns(runs), Grouping::fromText(u"none"_s)).size(), 4);
        QCOMPARE(groupRuns(compareRuns(runs), {})[3].label, u"Run 4"_s);
        QCOMPARE(groupOf(bySeed, 3), 1);
        // The experiment and the thread count are bookkeeping: a repeat filed elsewhere, or run on
        // more threads, is still a repeat.
        RunRecord elsewhere = resampledRun(5, shallow, u"kfold"_s, 9, {});
        elsewhere.setup.config.experiment = u"other"_s;
        elsewhere.setup.config.threads = 4;
        const QList<RunRecord> withBookkeeping = runs + QList<RunRecord>{elsewhere};
        const QList<RunGroup> repeats = groupRuns(compareRuns(withBookkeeping), Grouping::fromText(u"configuration"_s));
        QCOMPARE(repeats.size(), 2);
        QCOMPARE(repeats[0].label, u"max_depth=2"_s);
        QCOMPARE(repeats[0].members, (QList<int>{0, 2, 4}));
        QVERIFY(settingsThatVary(withBookkeeping, repeats[0]).isEmpty());
        QCOMPARE(Grouping::fromText(u"params.max_depth"_s).toText(), u"params.max_depth"_s);
    }

    void curvesSummarized()
    {
        const std::vector<double> a{1, 2, 3}, b{3, 4}, c{NAN, 6};
        const CurveSummary range = summarizeCurves({&a, &b, &c}, Spread::MinMax);
        QCOMPARE(range.mean, (std::vector<double>{2, 4, 3}));
        QCOMPARE(range.low[1], 2.0);
        QCOMPARE(range.high[1], 6.0);
        QVERIFY(std::isnan(range.low[2])); // one curve left: no band
        const CurveSummary spread = summarizeCurves({&a, &b, &c}, Spread::StdDev);
        QCOMPARE(spread.low[1], 2.0);  // 4 - 2 (sample std of 2, 4, 6)
        QCOMPARE(spread.high[0], 2 + std::sqrt(2.0));
        const Summary s = summarize({0.8, 0.9, NAN, 1.0});
        QCOMPARE(s.n, 3);
        QVERIFY(std::abs(s.mean - 0.9) < 1e-12 && std::abs(s.std - 0.1) < 1e-12);
        // A cross-validated run's curve on its validation data is the mean over its folds.
        const std::vector<StoredSeries> history{{u"valid"_s, u"auc"_s, 0, {0.5, 0.7}}, {u"valid"_s, u"auc"_s, 1, {0.7, 0.9}},
                                                {u"train"_s, u"auc"_s, -1, {0.9, 1.0}}};
        QCOMPARE(runCurve(history, u"auc"_s, u"valid"_s), (std::vector<double>{0.6, 0.8}));
        QCOMPARE(runCurve(history, u"auc"_s, u"train"_s), (std::vector<double>{0.9, 1.0}));
    }

    // Two configurations, each cross-validated with 3 folds on split seeds 7 and 8: the k·r = 6
    // differences by (seed, fold), t = mean / sqrt((1/6 + 1/2) var), 5 degrees of freedom; with
    // one seed the same as Nadeau and Bengio's test on the folds.
    void repeatedKFoldByHand()
    {
        const QJsonObject shallow{{u"max_depth"_s, 2}}, deep{{u"max_depth"_s, 6}};
        const std::vector<double> base7{0.80, 0.82, 0.81}, base8{0.79, 0.83, 0.80};
        const std::vector<double> deep7{0.84, 0.85, 0.83}, deep8{0.82, 0.86, 0.85};
        const QList<RunRecord> runs{resampledRun(1, shallow, u"kfold"_s, 7, base7), resampledRun(2, shallow, u"kfold"_s, 8, base8),
                                    resampledRun(3, deep, u"kfold"_s, 8, deep8), resampledRun(4, deep, u"kfold"_s, 7, deep7)};
        const std::vector<std::vector<StoredSeries>> histories{
            foldHistory(base7), foldHistory(base8), foldHistory(deep8), foldHistory(deep7)};
        const QList<RunGroup> groups = groupRuns(compareRuns(runs), Grouping::fromText(u"configuration"_s));
        const GroupSignificance result = significanceOfGroups(runs, histories, groups, 0, 0.05);
        QVERIFY2(result.firstProblem().isEmpty(), qPrintable(result.firstProblem()));
        QCOMPARE(result.others.size(), 1);
        const GroupTest& test = result.others.front();
        QCOMPARE(test.design, u"repeated k-fold"_s);
        QCOMPARE(test.repeats, 2);
        QCOMPARE(test.tests.size(), 1);
        const PairedTest& auc = test.tests.front().second;
        std::vector<double> d;
        for (int f = 0; f < 3; ++f)
            d.push_back(deep7[f] - base7[f]);
        for (int f = 0; f < 3; ++f)
            d.push_back(deep8[f] - base8[f]);
        const double mean = std::accumulate(d.begin(), d.end(), 0.0) / 6;
        double variance = 0;
        for (double v : d)
            variance += (v - mean) * (v - mean) / 5;
        const double t = mean / std::sqrt((1.0 / 6 + 1.0 / 2) * variance);
        QCOMPARE(auc.folds, 6);
        QVERIFY(std::abs(auc.meanDifference - mean) < 1e-12);
        QVERIFY(std::abs(auc.t - t) < 1e-9);
        QVERIFY(std::abs(auc.pValue - studentTwoSidedP(t, 5)) < 1e-12);
        QCOMPARE(auc.verdict, u"better"_s);
        QCOMPARE(result.wins, 1);
        const QJsonObject json = result.toJson(runs, groups, Grouping::fromText(u"configuration"_s));
        QCOMPARE(json.value(u"baseline"_s).toString(), u"max_depth=2"_s);
        const QJsonObject deepJson = json.value(u"groups"_s).toObject().value(u"max_depth=6"_s).toObject();
        QCOMPARE(deepJson.value(u"tests"_s).toObject().value(u"valid.auc"_s).toObject().value(u"df"_s).toInt(), 5);
        QCOMPARE(deepJson.value(u"runs"_s).toArray(), (QJsonArray{3, 4}));

        // Run by run: the runs of split seed 7 alone are Nadeau and Bengio's test on 3 folds.
        const QList<RunRecord> pair{runs[0], runs[3]};
        const GroupSignificance single =
            significanceOfGroups(pair, {histories[0], histories[3]}, groupRuns(compareRuns(pair), {}), 0, 0.05);
        const PairedTest expected = correctedPairedTTest(base7, deep7, 0.05, true);
        QCOMPARE(single.others.front().design, u"k-fold"_s);
        QVERIFY(std::abs(single.others.front().tests.front().second.t - expected.t) < 1e-12);
    }

    // Three held-out runs a configuration, fraction 0.25, paired by split seed: t = mean / sqrt((1/3
    // + 0.25/0.75) var), 2 degrees of freedom; logloss is better when smaller.
    void repeatedHoldoutByHand()
    {
        const QJsonObject a{{u"eta"_s, 0.3}}, b{{u"eta"_s, 0.1}};
        QList<RunRecord> runs;
        std::vector<std::vector<StoredSeries>> histories;
        const std::vector<double> first{0.40, 0.42, 0.45}, second{0.35, 0.36, 0.395}; // 0.05 to 0.06 lower
        for (int j = 0; j < 3; ++j) {
            runs << resampledRun(10 + j, a, u"holdout"_s, 100 + j, {}) << resampledRun(20 + j, b, u"holdout"_s, 100 + j, {});
            histories.push_back({{u"valid"_s, u"logloss"_s, -1, {0.7, first[j]}}});
            histories.push_back({{u"valid"_s, u"logloss"_s, -1, {0.7, second[j]}}});
        }
        const QList<RunGroup> groups = groupRuns(compareRuns(runs), Grouping::fromText(u"params.eta"_s));
        QCOMPARE(groups.size(), 2);
        const GroupSignificance result = significanceOfGroups(runs, histories, groups, 0, 0.05);
        QVERIFY2(result.firstProblem().isEmpty(), qPrintable(result.firstProblem()));
        const GroupTest& test = result.others.front();
        QCOMPARE(test.design, u"repeated holdout"_s);
        const double d0 = second[0] - first[0], d1 = second[1] - first[1], d2 = second[2] - first[2];
        const double mean = (d0 + d1 + d2) / 3;
        const double variance = ((d0 - mean) * (d0 - mean) + (d1 - mean) * (d1 - mean) + (d2 - mean) * (d2 - mean)) / 2;
        const double t = mean / std::sqrt((1.0 / 3 + 0.25 / 0.75) * variance);
        const PairedTest& logloss = test.tests.front().second;
        QCOMPARE(test.tests.front().first, u"valid.logloss"_s);
        QVERIFY(std::abs(logloss.t - t) < 1e-9);
        QVERIFY(std::abs(logloss.pValue - studentTwoSidedP(t, 2)) < 1e-12);
        QVERIFY2(logloss.pValue < 0.01, qPrintable(QString::number(logloss.pValue)));
        QVERIFY(logloss.meanDifference < 0);
        QCOMPARE(logloss.verdict, u"better"_s); // a lower log loss is better
    }

    // Grouped by a setting, a group whose runs also differ in another setting holds several
    // learners, not repeats of one: it is refused, naming the setting, and the other groups are
    // still tested. Repeats may differ in their seeds and bookkeeping.
    void aGroupMustHoldRepeatsOfOneLearner()
    {
        const std::vector<double> f{0.80, 0.82, 0.81}, g{0.84, 0.85, 0.83};
        auto run = [&](qint64 id, int depth, double eta, quint64 splitSeed, const std::vector<double>& folds) {
            return resampledRun(id, {{u"max_depth"_s, depth}, {u"eta"_s, eta}}, u"kfold"_s, splitSeed, folds, int(id));
        };
        QList<RunRecord> runs{run(1, 2, 0.3, 7, f), run(2, 2, 0.3, 8, f), run(3, 4, 0.3, 7, g), run(4, 4, 0.3, 8, g),
                              run(5, 6, 0.3, 7, g), run(6, 6, 0.1, 8, g)};
        runs[3].setup.config.experiment = u"other"_s;
        runs[3].setup.config.threads = 4;
        std::vector<std::vector<StoredSeries>> histories;
        for (int i = 0; i < runs.size(); ++i)
            histories.push_back(foldHistory(i < 2 ? f : g));
        const Grouping byDepth = Grouping::fromText(u"params.max_depth"_s);
        const QList<RunGroup> groups = groupRuns(compareRuns(runs), byDepth);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(settingsThatVary(runs, groups[2]), QStringList{u"params.eta"_s});
        const GroupSignificance result = significanceOfGroups(runs, histories, groups, 0, 0.05);
        QCOMPARE(result.tested(), 1);
        QCOMPARE(result.others[0].label, u"max_depth=4"_s);
        QVERIFY2(result.others[0].problem.isEmpty(), qPrintable(result.others[0].problem));
        QCOMPARE(result.others[0].design, u"repeated k-fold"_s);
        const QStringList problems = result.problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(u"max_depth=6"_s) && problems[0].contains(u"not repeats of one configuration"_s) &&
                     problems[0].contains(u"params.eta"_s),
                 qPrintable(problems[0]));
        // JSON: the tested groups, and the refusals as sentences.
        const QJsonObject json = result.toJson(runs, groups, byDepth);
        QCOMPARE(json.value(u"groups"_s).toObject().keys(), QStringList{u"max_depth=4"_s});
        QCOMPARE(json.value(u"problems"_s).toArray(), QJsonArray{problems[0]});
        // A mixed baseline: nothing is tested.
        const GroupSignificance mixedBaseline = significanceOfGroups(runs, histories, groups, 2, 0.05);
        QCOMPARE(mixedBaseline.tested(), 0);
        QVERIFY(mixedBaseline.problem.contains(u"params.eta"_s));
        QCOMPARE(designName(u"repeated holdout"_s), u"repeated holdout"_s); // English: the key's words
    }

    // Groups that do not share their resamples are refused, naming what differs.
    void refusalsNameWhatDiffers_data()
    {
        QTest::addColumn<QList<RunRecord>>("runs");
        QTest::addColumn<QString>("expected");
        const QJsonObject shallow{{u"max_depth"_s, 2}}, deep{{u"max_depth"_s, 6}};
        const std::vector<double> f{0.8, 0.81, 0.82};
        QTest::newRow("split seeds") << QList<RunRecord>{resampledRun(1, shallow, u"kfold"_s, 7, f),
                                                         resampledRun(2, deep, u"kfold"_s, 8, f)}
                                     << u"the split seeds (7 and 8)"_s;
        RunRecord otherData = resampledRun(2, deep, u"kfold"_s, 7, f);
        otherData.setup.data.dataset.contentHash = u"other"_s;
        QTest::newRow("dataset") << QList<RunRecord>{resampledRun(1, shallow, u"kfold"_s, 7, f), otherData}
                                 << u"the dataset snapshot"_s;
        QTest::newRow("folds") << QList<RunRecord>{resampledRun(1, shallow, u"kfold"_s, 7, f),
                                                   resampledRun(2, deep, u"kfold"_s, 7, {0.8, 0.8})}
                               << u"the number of folds (3 and 2)"_s;
        QTest::newRow("validation") << QList<RunRecord>{resampledRun(1, shallow, u"kfold"_s, 7, f),
                                                        resampledRun(2, deep, u"holdout"_s, 7, {})}
                                    << u"the validation (cross-validation and held-out rows)"_s;
        QTest::newRow("a seed twice in a group")
            << QList<RunRecord>{resampledRun(1, shallow, u"kfold"_s, 7, f), resampledRun(2, shallow, u"kfold"_s, 7, f, 3),
                                resampledRun(3, deep, u"kfold"_s, 7, f)}
            << u"two runs with split seed 7"_s;
        QTest::newRow("a single holdout") << QList<RunRecord>{resampledRun(1, shallow, u"holdout"_s, 7, {}),
                                                              resampledRun(2, deep, u"holdout"_s, 7, {})}
                                          << u"a single held-out evaluation cannot be tested"_s;
    }

    void refusalsNameWhatDiffers()
    {
        QFETCH(QList<RunRecord>, runs);
        QFETCH(QString, expected);
        std::vector<std::vector<StoredSeries>> histories;
        for (const RunRecord& run : runs) {
            std::vector<double> finals;
            for (int f = 0; f < run.setup.config.validation.folds; ++f)
                finals.push_back(0.8 + 0.01 * f);
            histories.push_back(run.setup.config.validation.kind == ValidationKind::KFold
                                    ? foldHistory(finals)
                                    : std::vector<StoredSeries>{{u"valid"_s, u"auc"_s, -1, {0.8}}});
        }
        const QList<RunGroup> groups = groupRuns(compareRuns(runs), Grouping::fromText(u"configuration"_s));
        const GroupSignificance result = significanceOfGroups(runs, histories, groups, 0, 0.05);
        QVERIFY2(result.firstProblem().contains(expected), qPrintable(result.firstProblem()));
        QCOMPARE(result.wins + result.ties + result.losses, 0);
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
