// The drift check's own tree scorer against XGBoost's predictor: real models of every kind
// Grove trains (binary, multiclass, regression), early-stopped ones scored with their first
// rounds, forests of several trees per round, a base score other than 0.5, and rows with missing,
// infinite and repeated values (so that values fall exactly on split points). Models it cannot
// score as XGBoost does (categorical splits, dart, linear) must be left to XGBoost.

#include "core/train/ForestScorer.h"
#include "core/train/TrainingPlan.h"
#include "core/train/Xgboost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>
#include <random>
#include <set>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

constexpr std::size_t kFeatures = 6;

struct Data
{
    std::vector<float> values;
    std::vector<float> labels;
    std::size_t rows = 0;
};

// Coarse values (steps of 0.25) repeat, so split points are values of the data too; about 8 %
// are missing and a few infinite.
Data makeData(std::size_t rows, unsigned seed, int classes, bool regression, bool categorical = false,
              bool infinite = false)
{
    std::mt19937 random(seed);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<float> uniform;
    Data data;
    data.rows = rows;
    for (std::size_t r = 0; r < rows; ++r) {
        float signal = 0;
        for (std::size_t c = 0; c < kFeatures; ++c) {
            float v = std::round(normal(random) * 4.0f) / 4.0f;
            if (categorical && c == 0)
                v = float(random() % 4);
            signal += v * float(c % 3 == 0 ? 1 : -0.5);
            const float roll = uniform(random);
            if (roll < 0.08f)
                v = std::numeric_limits<float>::quiet_NaN();
            else if (infinite && roll < 0.085f)
                v = roll < 0.0825f ? std::numeric_limits<float>::infinity() : -std::numeric_limits<float>::infinity();
            data.values.push_back(v);
        }
        signal += normal(random);
        if (regression)
            data.labels.push_back(signal * 3.0f + 10.0f);
        else if (classes > 2)
            data.labels.push_back(float(signal < -0.7f ? 0 : signal < 0.7f ? 1 : 2));
        else
            data.labels.push_back(signal > 0 ? 1.0f : 0.0f);
    }
    return data;
}

std::vector<FeatureSpec> featureSpecs(bool categorical)
{
    std::vector<FeatureSpec> features;
    for (std::size_t c = 0; c < kFeatures; ++c) {
        FeatureSpec spec{u"f%1"_s.arg(c), categorical && c == 0, {}};
        if (spec.categorical)
            spec.categories = {"a", "b", "c", "d"};
        features.push_back(spec);
    }
    return features;
}

xgb::Booster train(const Data& data, const QList<QPair<QString, QString>>& parameters, int rounds,
                   bool categorical = false)
{
    auto matrix = xgb::denseMatrix(data.values.data(), data.rows, featureSpecs(categorical), 1);
    if (!matrix)
        qFatal("matrix: %s", qPrintable(matrix.error().message));
    if (!xgb::setLabels(*matrix, data.labels))
        qFatal("labels");
    const xgb::DMatrix* cache[] = {&*matrix};
    auto booster = xgb::Booster::create(cache);
    if (!booster)
        qFatal("booster");
    if (!booster->setFeatures(featureSpecs(categorical)) || !booster->setParameters(parameters))
        qFatal("parameters");
    for (int i = 0; i < rounds; ++i) {
        if (!booster->update(i, *matrix))
            qFatal("update");
    }
    return std::move(*booster);
}

} // namespace

class TestForestScorer : public QObject
{
    Q_OBJECT

private slots:
    void scoresAsXgboostDoes_data()
    {
        QTest::addColumn<QString>("objective");
        QTest::addColumn<int>("classes");
        QTest::addColumn<QString>("extra");   // name=value
        QTest::addColumn<int>("iterations"); // 0: every round

        QTest::newRow("binary") << u"binary:logistic"_s << 2 << QString() << 0;
        QTest::newRow("binary, base score 0.3") << u"binary:logistic"_s << 2 << u"base_score=0.3"_s << 0;
        QTest::newRow("binary, first 7 rounds (stopped early)") << u"binary:logistic"_s << 2 << QString() << 7;
        QTest::newRow("binary, deep trees") << u"binary:logistic"_s << 2 << u"max_depth=10"_s << 0;
        QTest::newRow("binary, lossguide") << u"binary:logistic"_s << 2 << u"grow_policy=lossguide"_s << 0;
        QTest::newRow("binary, max_depth 16 (the deepest taken)")
            << u"binary:logistic"_s << 2 << u"max_depth=16;min_child_weight=0;lambda=0"_s << 0;
        QTest::newRow("forest of 3 per round") << u"binary:logistic"_s << 2 << u"num_parallel_tree=3"_s << 0;
        QTest::newRow("logistic regression") << u"reg:logistic"_s << 2 << QString() << 0;
        QTest::newRow("regression") << u"reg:squarederror"_s << 0 << QString() << 0;
        QTest::newRow("regression, first 4 rounds") << u"reg:squarederror"_s << 0 << QString() << 4;
        QTest::newRow("multiclass") << u"multi:softprob"_s << 3 << QString() << 0;
        QTest::newRow("multiclass, first 5 rounds") << u"multi:softprob"_s << 3 << QString() << 5;
        QTest::newRow("multiclass forest of 2 per round, first 4 rounds")
            << u"multi:softprob"_s << 3 << u"num_parallel_tree=2"_s << 4;
    }

    void scoresAsXgboostDoes()
    {
        QFETCH(QString, objective);
        QFETCH(int, classes);
        QFETCH(QString, extra);
        QFETCH(int, iterations);
        const bool regression = classes == 0;
        const Data training = makeData(3000, 7, classes, regression);
        QList<QPair<QString, QString>> parameters{{u"objective"_s, objective}, {u"tree_method"_s, u"hist"_s},
                                                  {u"nthread"_s, u"1"_s}, {u"seed"_s, u"3"_s},
                                                  {u"subsample"_s, u"0.8"_s}, {u"colsample_bynode"_s, u"0.8"_s}};
        if (classes > 2)
            parameters << qMakePair(u"num_class"_s, QString::number(classes));
        for (const QString& setting : extra.split(u';', Qt::SkipEmptyParts))
            parameters << qMakePair(setting.section(u'=', 0, 0), setting.section(u'=', 1));
        const xgb::Booster booster = train(training, parameters, 20);
        auto json = booster.saveJson();
        QVERIFY(json);
        const auto forest = ForestScorer::compile(*json, iterations);
        QVERIFY(forest);
        QCOMPARE(forest->outputs(), std::size_t(classes > 2 ? classes : 1));
        QCOMPARE(forest->features(), kFeatures);

        // The training rows (values on the split points) and new ones, in a count that leaves a
        // short last block.
        for (const Data& rows : {training, makeData(5003, 11, classes, regression, false, true)}) {
            std::size_t outputs = 0;
            auto expected = booster.predict(rows.values.data(), rows.rows, kFeatures, iterations, outputs);
            QVERIFY(expected);
            QCOMPARE(outputs, forest->outputs());
            std::vector<float> scores(rows.rows * outputs, -1.0f);
            forest->score(rows.values.data(), rows.rows, kFeatures, scores.data(), 2);
            // Same trees, same order of additions in float, same transformation: the very same
            // scores, not merely close ones.
            for (std::size_t i = 0; i < scores.size(); ++i)
                QCOMPARE(scores[i], (*expected)[i]);
            // Fewer rows than a block, and none.
            for (std::size_t few : {0, 1, 15, 17}) {
                std::vector<float> head(few * outputs + 1, -7.0f);
                forest->score(rows.values.data(), few, kFeatures, head.data(), 2);
                for (std::size_t i = 0; i < few * outputs; ++i)
                    QCOMPARE(head[i], (*expected)[i]);
                QCOMPARE(head.back(), -7.0f); // nothing written past the rows
            }
        }
    }

    // Margins far beyond where the logistic function saturates in float, set by hand in a
    // trained model's leaves: the scores there must be XGBoost's too.
    void extremeMarginsAsXgboostDoes()
    {
        const Data data = makeData(2000, 13, 2, false);
        const xgb::Booster trained = train(data, {{u"objective"_s, u"binary:logistic"_s}, {u"max_depth"_s, u"3"_s}}, 1);
        // Edited as text: XGBoost's reader wants numbers written as it writes them.
        QByteArray json = *trained.saveJson();
        const QJsonObject tree = QJsonDocument::fromJson(json)
                                     .object()[u"learner"_s][u"gradient_booster"_s][u"model"_s][u"trees"_s][0]
                                     .toObject();
        const QJsonArray left = tree[u"left_children"_s].toArray();
        const QByteArray key = "\"split_conditions\":[";
        const qsizetype from = json.indexOf(key) + key.size();
        const qsizetype to = json.indexOf(']', from);
        QVERIFY(from >= key.size() && to > from);
        QList<QByteArray> conditions = json.mid(from, to - from).split(',');
        QCOMPARE(conditions.size(), left.size());
        const char* extremes[] = {"-200.5", "-104.5", "-89.25", "-88.7", "-87.5", "-17.25",
                                  "0.5",    "16.7",   "17.25",  "88.8",  "104.5", "200.5"};
        int next = 0;
        for (qsizetype n = 0; n < left.size(); ++n) {
            if (left[n].toInt() == -1)
                conditions[n] = extremes[next++ % std::size(extremes)];
        }
        QVERIFY(next >= 6);
        json = json.left(from) + conditions.join(',') + json.mid(to);
        auto edited = xgb::Booster::load(json);
        QVERIFY2(edited, edited ? "" : qPrintable(edited.error().message));
        const auto forest = ForestScorer::compile(json, 0);
        QVERIFY(forest);
        std::size_t outputs = 0;
        auto expected = edited->predict(data.values.data(), data.rows, kFeatures, 0, outputs);
        QVERIFY(expected);
        std::vector<float> scores(data.rows);
        forest->score(data.values.data(), data.rows, kFeatures, scores.data(), 1);
        // The leaves are reached, the saturated ones included (margins below -88.7 all give 0).
        QVERIFY(std::set<float>(scores.begin(), scores.end()).size() >= std::size_t(next) - 2);
        QCOMPARE(*std::min_element(scores.begin(), scores.end()), 0.0f);
        for (std::size_t i = 0; i < data.rows; ++i)
            QCOMPARE(scores[i], (*expected)[i]);
    }

    void leavesToXgboostWhatItCannotScoreExactly()
    {
        const Data binary = makeData(1500, 5, 2, false);
        auto compiles = [](const xgb::Booster& booster) {
            auto json = booster.saveJson();
            return json && ForestScorer::compile(*json, 0).has_value();
        };
        QVERIFY(compiles(train(binary, {{u"objective"_s, u"binary:logistic"_s}}, 3)));
        QVERIFY(!compiles(train(binary, {{u"objective"_s, u"binary:logistic"_s}, {u"booster"_s, u"dart"_s}}, 3)));
        QVERIFY(!compiles(train(binary, {{u"objective"_s, u"binary:logistic"_s}, {u"booster"_s, u"gblinear"_s}}, 3)));
        QVERIFY(!compiles(train(binary, {{u"objective"_s, u"binary:hinge"_s}}, 3)));
        QVERIFY(!compiles(train(binary, {{u"objective"_s, u"reg:pseudohubererror"_s}}, 3)));
        const Data categorical = makeData(1500, 5, 2, false, true);
        QVERIFY(!compiles(train(categorical,
                                {{u"objective"_s, u"binary:logistic"_s}, {u"tree_method"_s, u"hist"_s},
                                 {u"max_cat_to_onehot"_s, u"1"_s}},
                                5, true)));
        // Trees deeper than kMaxDepth (grown on noise): every row would take that many steps.
        QVERIFY(!compiles(train(makeData(4000, 17, 2, true),
                                {{u"objective"_s, u"reg:squarederror"_s}, {u"max_depth"_s, u"24"_s},
                                 {u"min_child_weight"_s, u"0"_s}, {u"lambda"_s, u"0"_s}, {u"eta"_s, u"1"_s}},
                                2)));
        // More rounds than the model has (XGBoost refuses that too), or a model written by
        // another XGBoost version, whose predictor may add or transform differently.
        const xgb::Booster three = train(binary, {{u"objective"_s, u"binary:logistic"_s}}, 3);
        const QByteArray json = *three.saveJson();
        QVERIFY(ForestScorer::compile(json, 3));
        QVERIFY(!ForestScorer::compile(json, 4));
        QVERIFY(json.contains("\"version\":[1,7,"));
        QVERIFY(!ForestScorer::compile(QByteArray(json).replace("\"version\":[1,7,", "\"version\":[2,0,"), 0));
        QVERIFY(!ForestScorer::compile(QByteArray(json).replace("\"num_class\":\"0\"", "\"num_class\":\"3\""), 0));
        QVERIFY(!ForestScorer::compile(QByteArray(json).replace("\"num_feature\":\"6\"", "\"num_feature\":\"nan\""), 0));
        QVERIFY(!ForestScorer::compile("{not json", 0));
        QVERIFY(!ForestScorer::compile("{}", 0));
    }
};

QTEST_GUILESS_MAIN(TestForestScorer)
#include "tst_forest_scorer.moc"
