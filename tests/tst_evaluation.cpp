// Evaluating held-out predictions: figures computed by hand (and, for random data, by brute
// force), the stored predictions file refused when damaged, and the conversion of an older
// run's predictions.csv. tests/parity/evaluation_parity.py compares the same figures with
// scikit-learn on real runs.

#include "core/evaluate/Evaluation.h"
#include "core/evaluate/Slices.h"
#include "core/model/HeldOutPredictions.h"
#include "core/model/StoredExplanation.h"
#include "core/services/RunEvaluation.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

HeldOutPredictions binaryPredictions(std::vector<float> scores, std::vector<float> labels)
{
    HeldOutPredictions p;
    p.task = Task::Binary;
    p.classes = QStringList{u"no"_s, u"yes"_s};
    for (std::size_t i = 0; i < scores.size(); ++i) {
        p.rows.push_back(std::uint32_t(i * 3));
        p.folds.push_back(-1);
    }
    p.scores = std::move(scores);
    p.labels = std::move(labels);
    return p;
}

std::vector<std::uint8_t> positives(const std::vector<float>& labels)
{
    std::vector<std::uint8_t> positive;
    for (float label : labels)
        positive.push_back(label == 1.0f);
    return positive;
}

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private slots:
    // Four rows, worked out by hand (scikit-learn gives the same: roc_auc_score 0.75,
    // average_precision_score 0.8333, brier_score_loss 0.158125).
    void binaryFiguresByHand()
    {
        const Evaluation e = evaluate(binaryPredictions({0.1f, 0.4f, 0.35f, 0.8f}, {0, 0, 1, 1}));
        QVERIFY(e.binary);
        const BinaryEvaluation& b = *e.binary;
        QCOMPARE(b.rows, 4);
        QCOMPARE(b.auc, 0.75);
        QVERIFY(std::abs(b.averagePrecision - 5.0 / 6.0) < 1e-12);
        QVERIFY(std::abs(b.brier - (0.01 + 0.16 + 0.4225 + 0.04) / 4) < 1e-6);
        const double logLoss = -(std::log(0.9) + std::log(0.6) + std::log(0.35) + std::log(0.8)) / 4;
        QVERIFY(std::abs(b.logLoss - logLoss) < 1e-6);
        // At 0.5 only 0.8 is positive: TP 1, FP 0, TN 2, FN 1.
        QCOMPARE(b.chosen.truePositives, 1);
        QCOMPARE(b.chosen.falsePositives, 0);
        QCOMPARE(b.chosen.trueNegatives, 2);
        QCOMPARE(b.chosen.falseNegatives, 1);
        QCOMPARE(b.chosen.precision(), 1.0);
        QCOMPARE(b.chosen.recall(), 0.5);
        QVERIFY(std::abs(b.chosen.f1() - 2.0 / 3.0) < 1e-12);
        QCOMPARE(b.chosen.accuracy(), 0.75);
        QCOMPARE(b.chosen.specificity(), 1.0);
        QVERIFY(std::abs(b.chosen.mcc() - 1.0 / std::sqrt(3.0)) < 1e-12);
        // A score equal to the threshold is positive.
        const Confusion at = b.curve.at(0.35);
        QCOMPARE(at.truePositives, 2);
        QCOMPARE(at.falsePositives, 1);
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(u"confusion_matrix"_s).toArray(),
                 (QJsonArray{QJsonArray{2, 0}, QJsonArray{1, 1}}));
        QCOMPARE(json.value(u"threshold"_s).toDouble(), 0.5);
        QCOMPARE(json.value(u"auc"_s).toDouble(), 0.75);
    }

    // Tied scores count half in the AUC, and fall on the same side of every threshold.
    void tiesCountHalf()
    {
        const Evaluation e = evaluate(binaryPredictions({0.5f, 0.5f, 0.5f, 0.5f}, {0, 1, 0, 1}));
        QCOMPARE(e.binary->auc, 0.5);
        QCOMPARE(e.binary->averagePrecision, 0.5);
        QCOMPARE(e.binary->curve.cuts(), std::size_t(1));
        // 0 and -0 are one score; the thresholds come back as the scores were, high to low.
        const ThresholdCurve zeros = ThresholdCurve::of(std::vector<float>{0.0f, -0.0f, 0.25f, -0.5f},
                                                        std::vector<std::uint8_t>{1, 0, 1, 0});
        QCOMPARE(zeros.cuts(), std::size_t(3));
        QCOMPARE(zeros.threshold(0), 0.25f);
        QCOMPARE(zeros.threshold(1), 0.0f);
        QCOMPARE(zeros.threshold(2), -0.5f);
        QCOMPARE(zeros.truePositives(1), 2);
        QCOMPARE(zeros.falsePositives(1), 1);
        const Evaluation one = evaluate(binaryPredictions({0.2f, 0.7f}, {1, 1}));
        QVERIFY(std::isnan(one.binary->auc)); // one class only: no ROC curve
        QVERIFY(one.toJson().value(u"auc"_s).isNull());
    }

    // On random scores, the confusion at any threshold is what counting gives, and the
    // cost-optimal threshold has the least cost of every distinct score.
    void thresholdsAndCostAgainstBruteForce()
    {
        std::mt19937 random(7);
        std::uniform_real_distribution<float> uniform(0, 1);
        std::vector<float> scores, labels;
        for (int i = 0; i < 2000; ++i) {
            const float score = std::round(uniform(random) * 200) / 200; // many ties
            scores.push_back(score);
            labels.push_back(uniform(random) < score ? 1.0f : 0.0f);
        }
        DecisionOptions options;
        options.costFalsePositive = 1;
        options.costFalseNegative = 4;
        const BinaryEvaluation b = evaluateBinary(scores, positives(labels), options);
        auto count = [&](double threshold) {
            Confusion c;
            for (std::size_t i = 0; i < scores.size(); ++i) {
                const bool predicted = scores[i] >= float(threshold), truth = labels[i] == 1;
                (predicted ? (truth ? c.truePositives : c.falsePositives) : (truth ? c.falseNegatives : c.trueNegatives)) += 1;
            }
            return c;
        };
        for (double threshold : {0.0, 0.013, 0.25, 0.5, 0.5001, 0.77, 1.0}) {
            const Confusion expected = count(threshold), got = b.curve.at(threshold);
            QCOMPARE(got.truePositives, expected.truePositives);
            QCOMPARE(got.falsePositives, expected.falsePositives);
            QCOMPARE(got.trueNegatives, expected.trueNegatives);
            QCOMPARE(got.falseNegatives, expected.falseNegatives);
        }
        double least = count(2.0).cost(options);
        for (float score : scores)
            least = std::min(least, count(score).cost(options));
        QCOMPARE(b.cheapest.cost(options), least);
        QCOMPARE(count(b.cheapest.threshold).cost(options), least);
        // The AUC as the share of (positive, negative) pairs ordered right, ties half.
        double pairs = 0, right = 0;
        for (std::size_t i = 0; i < scores.size(); ++i)
            for (std::size_t j = 0; j < scores.size(); ++j)
                if (labels[i] == 1 && labels[j] == 0) {
                    pairs += 1;
                    right += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
        QVERIFY(std::abs(b.auc - right / pairs) < 1e-12);
        // Gain ends at every positive, and calibration bins hold every row.
        QCOMPARE(b.gain.back(), 1.0);
        std::int64_t binned = 0;
        for (const CalibrationBin& bin : b.calibration)
            binned += bin.rows;
        QCOMPARE(binned, std::int64_t(scores.size()));
    }

    void multiclassByHand()
    {
        // True classes 0, 0, 1, 2, 2; predicted (argmax) 0, 1, 1, 2, 0.
        const std::vector<float> probabilities{0.7f, 0.2f, 0.1f, 0.3f, 0.6f, 0.1f, 0.2f, 0.7f, 0.1f,
                                               0.1f, 0.1f, 0.8f, 0.5f, 0.2f, 0.3f};
        const std::vector<float> labels{0, 0, 1, 2, 2};
        const MulticlassEvaluation m = evaluateMulticlass(probabilities, labels, {u"a"_s, u"b"_s, u"c"_s});
        QCOMPARE(m.confusion, (std::vector<std::int64_t>{1, 1, 0, 0, 1, 0, 1, 0, 1}));
        QCOMPARE(m.accuracy, 0.6);
        // a: precision 1/2, recall 1/2; b: precision 1/2, recall 1; c: precision 1, recall 1/2.
        QCOMPARE(m.perClass[0].precision, 0.5);
        QCOMPARE(m.perClass[1].recall, 1.0);
        QCOMPARE(m.perClass[2].precision, 1.0);
        QCOMPARE(m.perClass[2].support, 2);
        QVERIFY(std::abs(m.macroPrecision - 2.0 / 3.0) < 1e-12);
        QVERIFY(std::abs(m.weightedRecall - (0.5 * 2 + 1.0 * 1 + 0.5 * 2) / 5) < 1e-12);
        const double logLoss = -(std::log(0.7) + std::log(0.3) + std::log(0.7) + std::log(0.8) + std::log(0.3)) / 5;
        QVERIFY(std::abs(m.logLoss - logLoss) < 1e-6);
    }

    void regressionByHand()
    {
        const RegressionEvaluation r = evaluateRegression(std::vector<float>{2, 4, 6, 9}, std::vector<float>{1, 4, 7, 8});
        // Residuals 1, 0, -1, 1.
        QCOMPARE(r.rmse, std::sqrt(3.0 / 4));
        QCOMPARE(r.mae, 0.75);
        QCOMPARE(r.meanError, 0.25);
        // Mean 5, total sum of squares 16 + 1 + 4 + 9 = 30.
        QCOMPARE(r.r2, 1 - 3.0 / 30);
        QCOMPARE(r.absoluteErrorQuantiles[4], 1.0);
        QCOMPARE(r.absoluteErrorQuantiles[0], 1.0); // sorted 0, 1, 1, 1
        std::int64_t binned = 0;
        for (std::int64_t count : r.residualHistogram)
            binned += count;
        QCOMPARE(binned, 4);
    }

    void slicesAccountForEveryRow()
    {
        // Numbers: most rows share the smallest value, some are missing.
        std::vector<float> values(100, 0.0f);
        for (int i = 80; i < 95; ++i)
            values[std::size_t(i)] = float(i);
        for (int i = 95; i < 100; ++i)
            values[std::size_t(i)] = std::nanf("");
        const SliceKeys numeric = numericSlices(u"x"_s, values, 5);
        QVERIFY(numeric.names.size() >= 3);
        QCOMPARE(numeric.names.front(), u"< 80"_s); // the zeros alone, not "all 0"
        QCOMPARE(numeric.names.back(), u"(missing)"_s);
        QCOMPARE(numeric.slice.size(), values.size());
        QCOMPARE(numeric.slice[0], 0);
        QCOMPARE(numeric.slice[99], int(numeric.names.size()) - 1);
        // Categories: beyond the limit, the rarest together as "other".
        std::vector<std::optional<QString>> categories;
        for (int i = 0; i < 60; ++i)
            categories.emplace_back(i % 2 ? u"a"_s : u"b"_s);
        for (int i = 0; i < 30; ++i)
            categories.emplace_back(u"rare%1"_s.arg(i % 10));
        categories.emplace_back();
        const SliceKeys grouped = categoricalSlices(u"c"_s, categories, 4);
        QVERIFY(grouped.grouped);
        QCOMPARE(grouped.distinct, 12);
        QCOMPARE(grouped.names.size(), 5); // a, b, rare0, other, (missing)
        QVERIFY(grouped.names[3].startsWith(u"other"_s));

        // A slice where the model is worse than elsewhere is flagged; counts add up.
        std::mt19937 random(3);
        std::uniform_real_distribution<float> uniform(0, 1);
        HeldOutPredictions p = binaryPredictions({}, {});
        std::vector<std::optional<QString>> region;
        for (int i = 0; i < 1000; ++i) {
            const bool noisy = i % 4 == 0;
            const float label = uniform(random) < 0.5f ? 1.0f : 0.0f;
            p.rows.push_back(std::uint32_t(i));
            p.folds.push_back(-1);
            p.labels.push_back(label);
            p.scores.push_back(noisy ? uniform(random) : std::clamp(label * 0.6f + uniform(random) * 0.4f, 0.0f, 1.0f));
            region.emplace_back(noisy ? u"north"_s : u"south"_s);
        }
        const SliceKeys keys = categoricalSlices(u"region"_s, region, 20);
        const SliceReport report = evaluateSlices(p, keys);
        qint64 rows = 0;
        for (const SliceFigures& f : report.slices) {
            rows += f.rows;
            QCOMPARE(f.worse, f.name == u"north"_s);
            QVERIFY(f.auc && f.auc->low <= f.auc->value && f.auc->value <= f.auc->high);
        }
        QCOMPARE(rows, 1000);
        // The same seed gives the same intervals.
        const SliceReport again = evaluateSlices(p, keys);
        QCOMPARE(again.toJson(), report.toJson());
    }

    // The bootstrap interval of a slice's AUC is as wide as the AUC's standard error says
    // (Hanley and McNeil, 1982), and the same on every call: 20,000 rows × 200 resamples, large
    // enough that the resamples are spread over threads.
    void bootstrapAucIntervalMatchesItsStandardError()
    {
        std::mt19937 random(11);
        std::normal_distribution<float> noise(0, 1);
        HeldOutPredictions p = binaryPredictions({}, {});
        std::vector<std::optional<QString>> region;
        double positives = 0;
        for (int i = 0; i < 20000; ++i) {
            const float label = i % 3 == 0 ? 1.0f : 0.0f;
            positives += label;
            p.rows.push_back(std::uint32_t(i));
            p.folds.push_back(-1);
            p.labels.push_back(label);
            p.scores.push_back(1 / (1 + std::exp(-(label * 1.5f - 0.75f + noise(random)))));
            region.emplace_back(u"all"_s);
        }
        const SliceReport report = evaluateSlices(p, categoricalSlices(u"region"_s, region, 20));
        QCOMPARE(report.slices.size(), size_t(1));
        const Interval auc = *report.slices.front().auc;
        const double a = auc.value, n1 = positives, n0 = 20000 - positives;
        const double q1 = a / (2 - a), q2 = 2 * a * a / (1 + a);
        const double se = std::sqrt((a * (1 - a) + (n1 - 1) * (q1 - a * a) + (n0 - 1) * (q2 - a * a)) / (n1 * n0));
        const double width = auc.high - auc.low;
        QVERIFY2(width > 0.7 * 3.92 * se && width < 1.3 * 3.92 * se,
                 qPrintable(u"width %1, Hanley-McNeil %2"_s.arg(width).arg(3.92 * se)));
        QVERIFY(auc.low < a && a < auc.high);
        const SliceReport again = evaluateSlices(p, categoricalSlices(u"region"_s, region, 20));
        QCOMPARE(again.slices.front().auc->low, auc.low);
        QCOMPARE(again.slices.front().auc->high, auc.high);
    }

    void wilsonIntervals()
    {
        const Interval half = wilson(5, 10);
        QCOMPARE(half.value, 0.5);
        QVERIFY(std::abs(half.low - 0.2366) < 1e-4 && std::abs(half.high - 0.7634) < 1e-4);
        const Interval none = wilson(0, 20);
        QCOMPARE(none.low, 0.0);
        QVERIFY(std::abs(none.high - 0.1611) < 1e-4);
        QVERIFY(std::isnan(wilson(0, 0).value));
    }

    // The stored form reads back as written; any damage is refused with the file named.
    void predictionsFileRoundTripsAndRefusesDamage()
    {
        HeldOutPredictions p = binaryPredictions({0.1f, 0.9f, 0.4f}, {0, 1, 1});
        p.folds = {0, 1, 2};
        const QByteArray bytes = p.encode();
        auto back = HeldOutPredictions::decode(bytes, u"p.f32"_s);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->scores, p.scores);
        QCOMPARE(back->rows, p.rows);
        QCOMPARE(back->folds, p.folds);
        QCOMPARE(back->classes, p.classes);
        QVERIFY(back->crossValidated());
        for (qsizetype at = 0; at < bytes.size(); ++at) {
            QByteArray damaged = bytes;
            damaged[at] = char(damaged[at] ^ 0x20);
            auto read = HeldOutPredictions::decode(damaged, u"p.f32"_s);
            QVERIFY2(!read.ok(), qPrintable(u"byte %1"_s.arg(at)));
            QVERIFY(read.error().message.contains(u"p.f32"_s));
        }
        for (qsizetype size : {0, 10, 40, int(bytes.size()) - 1})
            QVERIFY(!HeldOutPredictions::decode(bytes.first(size), u"p.f32"_s).ok());
        // A header claiming 2^40 rows is refused by its length, before anything is allocated.
        QByteArray huge = bytes;
        const std::uint64_t rows = std::uint64_t(1) << 40;
        std::memcpy(huge.data() + 16, &rows, sizeof rows);
        QVERIFY(!HeldOutPredictions::decode(huge, u"p.f32"_s).ok());
        // Labels outside the classes, or scores that are not numbers, are not written.
        HeldOutPredictions wrong = p;
        wrong.labels[1] = 2;
        QVERIFY(!wrong.problem().isEmpty());
        QVERIFY(!HeldOutPredictions::decode(wrong.encode(), u"p.f32"_s).ok());
        wrong = p;
        wrong.scores[0] = std::nanf("");
        QVERIFY(!wrong.problem().isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(u"predictions.f32"_s);
        QVERIFY(p.write(path).ok());
        auto read = HeldOutPredictions::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read->labels, p.labels);
        QVERIFY(!HeldOutPredictions::read(dir.filePath(u"missing.f32"_s)).ok());
    }

    // A run's stored explanation reads back as written, for every output; damage anywhere, and a
    // header whose sizes do not add up, are refused with the file named.
    void storedExplanationRoundTripsAndRefusesDamage()
    {
        StoredExplanation e;
        e.features = {u"age"_s, u"plan"_s};
        e.classes = {u"a"_s, u"b"_s, u"c"_s};
        e.heldOutRows = 5;
        e.requestedRows = 2;
        e.seed = 7;
        e.interactions = true;
        e.baseValues = {0.1, -0.2, 0.3};
        e.sample = {1, 4};
        e.values = {30, std::nanf(""), 41, 2};
        e.contributions = {0.5f, -0.25f, 0.1f, 0.2f, 0, 0, 1, 2, 3, 4, 5, 6};
        e.partners = {1, 0, -1, -1, 1, 0};
        e.partnerStrength = {0.5f, 0.5f, 0, 0, 0.1f, 0.1f};
        QVERIFY2(e.problem().isEmpty(), qPrintable(e.problem()));
        const QByteArray bytes = e.encode();
        auto back = StoredExplanation::decode(bytes, u"x.f32"_s);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->features, e.features);
        QCOMPARE(back->classes, e.classes);
        QCOMPARE(back->baseValues, e.baseValues);
        QCOMPARE(back->sample, e.sample);
        QCOMPARE(back->contributions, e.contributions);
        QCOMPARE(back->partners, e.partners);
        QVERIFY(std::isnan(back->values[1]));
        QCOMPARE(back->encode(), bytes);
        for (qsizetype at = 0; at < bytes.size(); ++at) {
            QByteArray damaged = bytes;
            damaged[at] = char(damaged[at] ^ 0x04);
            auto read = StoredExplanation::decode(damaged, u"x.f32"_s);
            QVERIFY2(!read.ok(), qPrintable(u"byte %1"_s.arg(at)));
            QVERIFY(read.error().message.contains(u"x.f32"_s));
        }
        for (qsizetype size : {0, 20, 56, int(bytes.size()) - 1})
            QVERIFY(!StoredExplanation::decode(bytes.first(size), u"x.f32"_s).ok());
        QByteArray huge = bytes; // a sample of 2^61 rows: its size overflows, refused before reading
        const std::uint64_t rows = std::uint64_t(1) << 61;
        std::memcpy(huge.data() + 24, &rows, sizeof rows);
        QVERIFY(!StoredExplanation::decode(huge, u"x.f32"_s).ok());
        StoredExplanation wrong = e;
        wrong.partners[0] = 0; // a feature cannot be its own partner
        QVERIFY(!wrong.problem().isEmpty());
        QVERIFY(!StoredExplanation::decode(wrong.encode(), u"x.f32"_s).ok());
        wrong = e;
        wrong.sample = {4, 1};
        QVERIFY(!wrong.problem().isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(u"explanations.f32"_s);
        QVERIFY(e.write(path).ok());
        auto read = StoredExplanation::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read->partnerStrength, e.partnerStrength);
        QVERIFY(!StoredExplanation::read(dir.filePath(u"missing.f32"_s)).ok());
    }

    // An older run's predictions.csv, as Grove wrote it, reads as the same predictions; class
    // labels with commas and quotes included.
    void predictionsCsvOfOlderRuns()
    {
        const QByteArray binary = "row,fold,\"churned, really\",\"probability_yes \"\"sure\"\"\",predicted\n"
                                  "1,1,no,0.125,no\n"
                                  "4,2,\"yes \"\"sure\"\"\",0.75,\"yes \"\"sure\"\"\"\n";
        auto p = heldOutPredictionsFromCsv(binary, Task::Binary, {u"no"_s, u"yes \"sure\""_s}, u"predictions.csv"_s);
        QVERIFY2(p.ok(), qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->rows, (std::vector<std::uint32_t>{0, 3}));
        QCOMPARE(p->folds, (std::vector<std::int32_t>{0, 1}));
        QCOMPARE(p->labels, (std::vector<float>{0, 1}));
        QCOMPARE(p->scores, (std::vector<float>{0.125f, 0.75f}));

        const QByteArray regression = "row,price,prediction\n2,10.5,11\n3,7,6.5\n";
        auto r = heldOutPredictionsFromCsv(regression, Task::Regression, {}, u"predictions.csv"_s);
        QVERIFY(r.ok());
        QCOMPARE(r->folds, (std::vector<std::int32_t>{-1, -1}));
        QCOMPARE(r->labels, (std::vector<float>{10.5f, 7}));

        // Unknown class, a missing field, a number that is not one: refused with the line.
        for (const QByteArray& bad : {QByteArray("row,t,probability_yes,predicted\n1,maybe,0.5,no\n"),
                                      QByteArray("row,t,probability_yes,predicted\n1,no,0.5\n"),
                                      QByteArray("row,t,probability_yes,predicted\n1,no,abc,no\n"),
                                      QByteArray("row,t,probability_yes,predicted\n0,no,0.5,no\n")}) {
            auto refused = heldOutPredictionsFromCsv(bad, Task::Binary, {u"no"_s, u"yes"_s}, u"predictions.csv"_s);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(u"predictions.csv, line 2"_s), qPrintable(refused.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
