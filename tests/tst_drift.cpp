// Drift checks: the reference profile of a model's data, PSI and the two-sample
// Kolmogorov-Smirnov test against it, worked out by hand; a reference file refused, with the
// field named, when anything in it is wrong. tests/parity/drift_parity.py compares the same
// figures with scipy.stats.ks_2samp(method='asymp') and a NumPy PSI.

#include "core/evaluate/Drift.h"
#include "core/evaluate/DriftReference.h"
#include "core/evaluate/Kolmogorov.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();

std::vector<float> range(int from, int count)
{
    std::vector<float> values(static_cast<std::size_t>(count));
    std::iota(values.begin(), values.end(), float(from));
    return values;
}

DriftColumn numeric(const QString& name, const std::vector<float>& values)
{
    DriftColumn column;
    column.name = name;
    column.numbers = values;
    return column;
}

DriftColumn categorical(const QString& name, const std::vector<std::uint32_t>& codes, const QStringList& categories)
{
    DriftColumn column;
    column.name = name;
    column.categorical = true;
    column.codes = codes;
    column.categories = categories;
    return column;
}

ReferenceProfile referenceOf(std::span<const DriftColumn> columns, std::span<const float> scores = {})
{
    auto reference = buildReference(columns, scores);
    if (!reference)
        qFatal("%s", qPrintable(reference.error().message));
    return *reference;
}

DriftReport driftOf(const ReferenceProfile& reference, std::span<const DriftColumn> columns, std::span<const float> scores = {},
                    const DriftOptions& options = {})
{
    auto report = computeDrift(reference, columns, scores, options);
    if (!report)
        qFatal("%s", qPrintable(report.error().message));
    return *report;
}

// A small valid reference as JSON: one numeric and one categorical feature, and scores.
QJsonObject validReferenceJson()
{
    const std::vector<float> x = {1, 2, 3, 4, 5, 6, 7, 8, kMissing, 10}, scores = {0.1f, 0.5f, 0.9f};
    const std::vector<std::uint32_t> codes = {0, 1, 1, 0};
    const DriftColumn columns[] = {numeric(u"x"_s, x), categorical(u"colour"_s, codes, {u"red"_s, u"blue"_s})};
    return referenceOf(columns, scores).toJson();
}

// Sets the value at a path of keys and list indexes ("features", 0, "edges").
void setAt(QJsonValueRef target, QList<QVariant> path, const QJsonValue& value)
{
    if (path.isEmpty()) {
        target = value;
        return;
    }
    const QVariant head = path.takeFirst();
    if (head.typeId() == QMetaType::Int) {
        QJsonArray array = target.toArray();
        setAt(array[head.toInt()], path, value);
        target = array;
    } else {
        QJsonObject object = target.toObject();
        setAt(object[head.toString()], path, value);
        target = object;
    }
}

} // namespace

class TestDrift : public QObject
{
    Q_OBJECT

private slots:
    void identicalDataHaveNoDrift()
    {
        std::vector<float> x = range(0, 1000);
        std::shuffle(x.begin(), x.end(), std::mt19937(7));
        const DriftColumn columns[] = {numeric(u"x"_s, x)};
        const ReferenceProfile reference = referenceOf(columns, x);
        QCOMPARE(reference.features[0].numeric.edges.size(), 9u);
        for (double share : reference.features[0].numeric.shares)
            QCOMPARE(share, 0.1);
        const DriftReport report = driftOf(reference, columns, x);
        const FeatureDrift& f = report.features[0];
        QCOMPARE(f.distribution.psi, 0.0);
        QCOMPARE(f.distribution.ks, 0.0);
        QCOMPARE(f.distribution.ksPValue, 1.0);
        QCOMPARE(f.missingRateChange, 0.0);
        QVERIFY(report.prediction);
        QCOMPARE(report.prediction->psi, 0.0);
        QVERIFY(!report.alert);
    }

    // 0..999 against 500..1499: the first five deciles are empty (1e-4 each), the last holds 60 %.
    void aKnownShift()
    {
        const std::vector<float> before = range(0, 1000), after = range(500, 1000);
        const DriftColumn reference[] = {numeric(u"x"_s, before)}, current[] = {numeric(u"x"_s, after)};
        const DriftReport report = driftOf(referenceOf(reference), current);
        const double expected = 5 * (1e-4 - 0.1) * std::log(1e-4 / 0.1) + (0.6 - 0.1) * std::log(6.0);
        QVERIFY(std::abs(report.features[0].distribution.psi - expected) < 1e-12);
        QCOMPARE(report.features[0].distribution.ks, 0.5);
        // scipy.stats.ks_2samp(range(1000), range(500, 1500), method='asymp').pvalue
        QVERIFY(std::abs(report.features[0].distribution.ksPValue / 4.1132799581816557e-116 - 1) < 1e-9);
        QVERIFY(report.features[0].alert);
        QVERIFY(report.alert);
        QCOMPARE(report.toJson().value(u"alert"_s).toBool(), true);
    }

    // {1,2,3,4} against {3,...,7}: D = 1 - 2/5 at 4; the effective n is round(20/9) = 2, where
    // the Kolmogorov distribution is 2 (1 - D)^2 = 0.32 (Ruben and Gambino).
    void ksByHand()
    {
        const std::vector<double> a = {1, 2, 3, 4}, b = {3, 4, 5, 6, 7};
        const KsTest test = ksTwoSample(a, b);
        QCOMPARE(test.statistic, 0.6);
        QVERIFY(std::abs(test.pValue - 0.32) < 1e-15);
        QCOMPARE(kolmogorovSurvival(10, 0.0), 1.0);
        QCOMPARE(kolmogorovSurvival(10, 1.0), 0.0);
        QCOMPARE(kolmogorovSurvival(10, 0.04), 1.0); // below 1/(2n) every sample is farther
        const std::vector<float> values = {3, 4, 5, 6, 7};
        NumericReference reference = numericReference(std::vector<float>{1, 2, 3, 4});
        const DistributionDrift drift = numericDrift(reference, values);
        QCOMPARE(drift.ks, 0.6);
        QVERIFY(std::abs(drift.ksPValue - 0.32) < 1e-15);
    }

    // The bins' shares and D of new data against a reference, counted the slow way: every value
    // placed by a search of the edges, D from ksTwoSample() over the reference's whole sample.
    // Ties with the reference's values and with its edges, values outside its range, missing
    // values, a constant reference and one spread over many orders of magnitude.
    void sharesAndKsAgainstACount_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("rounded normal, ties") << 0;
        QTest::newRow("constant reference") << 1;
        QTest::newRow("orders of magnitude") << 2;
        QTest::newRow("one cluster and outliers") << 3;
    }
    void sharesAndKsAgainstACount()
    {
        QFETCH(int, shape);
        std::mt19937 random(7 + shape);
        std::normal_distribution<float> normal;
        auto draw = [&](float step) {
            switch (shape) {
            case 1:
                return 2.5f;
            case 2:
                return std::ldexp(1.0f, int(normal(random) * 15)) * (normal(random) < 0 ? -1.0f : 1.0f);
            case 3:
                return random() % 100 == 0 ? normal(random) * 1e6f : 1.0f + std::round(normal(random) * 4) * 1e-6f;
            default:
                return std::round(normal(random) / step) * step;
            }
        };
        std::vector<float> before(3000), after(20000);
        for (float& v : before)
            v = draw(0.1f);
        for (float& v : after)
            v = draw(0.05f) * (shape == 1 ? 1.0f : 1.3f);
        after[5] = kMissing;
        after[6] = std::numeric_limits<float>::infinity();
        after[7] = 1e30f;
        after[8] = -1e30f;
        const NumericReference reference = numericReference(before);
        QCOMPARE(reference.sample.size(), before.size()); // the whole sample, so D is exact
        const DistributionDrift drift = numericDrift(reference, after);

        // Every value but the missing one; the infinity is beyond every other value.
        std::vector<double> finite;
        std::vector<double> counts(reference.edges.size() + 1, 0.0);
        for (float v : after) {
            if (std::isnan(v))
                continue;
            const double x = std::isinf(v) ? 2.0 * double(std::numeric_limits<float>::max()) : double(v);
            finite.push_back(x);
            counts[std::size_t(std::lower_bound(reference.edges.begin(), reference.edges.end(), x) -
                               reference.edges.begin())] += 1;
        }
        QCOMPARE(counts.back() >= 1, true);
        QCOMPARE(drift.rows, std::int64_t(finite.size()));
        QCOMPARE(drift.shares.size(), counts.size());
        for (std::size_t i = 0; i < counts.size(); ++i)
            QCOMPARE(drift.shares[i], counts[i] / double(finite.size()));
        std::sort(finite.begin(), finite.end());
        QCOMPARE(drift.ks, ksTwoSample(reference.sample, finite).statistic);
    }

    // One case of each way the Kolmogorov distribution is computed, against
    // scipy.stats.kstwo.sf(d, n) (SciPy 1.10), so that every branch runs in the sanitizer build.
    void kolmogorovDistribution_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("d");
        QTest::addColumn<double>("expected");
        QTest::newRow("ruben-gambino small n") << qint64(10) << 0.08 << 0.9999978058034054;
        QTest::newRow("ruben-gambino large n") << qint64(1000) << 0.0008 << 1.0;
        QTest::newRow("ruben-gambino upper") << qint64(10) << 0.92 << 2.1474836479999892e-11;
        QTest::newRow("smirnov above 0.5") << qint64(50) << 0.6 << 9.634070456142374e-18;
        QTest::newRow("durbin matrix small n") << qint64(50) << 0.1 << 0.6623112704658186;
        QTest::newRow("pomeranz") << qint64(50) << 0.2 << 0.03143877776953241;
        QTest::newRow("smirnov small n") << qint64(100) << 0.25 << 5.408871776434847e-06;
        QTest::newRow("smirnov") << qint64(1000) << 0.06 << 0.001428597887952891;
        QTest::newRow("durbin matrix") << qint64(1000) << 0.012 << 0.9984464668620097;
        QTest::newRow("pelz-good") << qint64(200000) << 0.002 << 0.39995085369038097;
        QTest::newRow("far tail") << qint64(10000) << 0.2 << 0.0;
        QTest::newRow("smirnov approximation") << qint64(2000000) << 0.0012 << 0.006297183259583361;
    }

    void kolmogorovDistribution()
    {
        QFETCH(qint64, n);
        QFETCH(double, d);
        QFETCH(double, expected);
        const double got = kolmogorovSurvival(n, d);
        QVERIFY2(std::abs(got - expected) <= 1e-12 + 1e-9 * expected, qPrintable(QString::number(got, 'g', 17)));
    }

    void emptyBinsCountWithEpsilon()
    {
        const std::vector<double> reference = {0.5, 0.5, 0}, current = {0.5, 0, 0.5};
        const double expected = 2 * (0.5 - 1e-4) * std::log(0.5 / 1e-4);
        QVERIFY(std::abs(populationStabilityIndex(reference, current) - expected) < 1e-12);
        // Ties collapse bins: 90 % zeros leave one bin for them and a few for the rest.
        std::vector<float> tied(900, 0.0f);
        for (int i = 1; i <= 100; ++i)
            tied.push_back(float(i));
        const NumericReference numeric = numericReference(tied);
        QCOMPARE(numeric.edges.front(), 0.0);
        QVERIFY(std::is_sorted(numeric.edges.begin(), numeric.edges.end()));
        QVERIFY(std::adjacent_find(numeric.edges.begin(), numeric.edges.end()) == numeric.edges.end());
        QCOMPARE(numeric.shares.front(), 0.9);
        QCOMPARE(numeric.shares.size(), numeric.edges.size() + 1);
        QCOMPARE(numericDrift(numeric, tied).psi, 0.0);
    }

    void missingValues()
    {
        std::vector<float> before = range(0, 10), after = range(0, 10), none(5, kMissing), back = range(0, 4);
        before[0] = kMissing;
        // Missing is NaN only: an infinity is a value, in the top or bottom bin.
        after[0] = after[1] = after[2] = kMissing;
        after[3] = std::numeric_limits<float>::infinity();
        after[4] = -std::numeric_limits<float>::infinity();
        const DriftColumn reference[] = {numeric(u"x"_s, before), numeric(u"gone"_s, none)};
        const DriftColumn current[] = {numeric(u"x"_s, after), numeric(u"gone"_s, back)};
        const ReferenceProfile profile = referenceOf(reference);
        QCOMPARE(profile.features[0].missingRate, 0.1);
        QCOMPARE(profile.features[1].missingRate, 1.0);
        QVERIFY(profile.features[1].numeric.empty());
        const DriftReport report = driftOf(profile, current);
        QVERIFY(std::abs(report.features[0].missingRateChange - 0.2) < 1e-15);
        const DistributionDrift& x = report.features[0].distribution;
        QCOMPARE(x.rows, std::int64_t(7));
        QCOMPARE(x.shares.front(), 1.0 / 7); // -inf, below the reference's lowest edge (1.8)
        QCOMPARE(x.shares.back(), 2.0 / 7);  // 9 and inf, above its highest (8.2)

        // A missing rate up by 0.2 is over the default threshold of 0.1: an alert of its own.
        QVERIFY(report.features[0].missingAlert);
        QVERIFY(report.features[0].alert);
        QVERIFY(!driftOf(profile, current, {}, DriftOptions{0.2, 0.25}).features[0].missingAlert);
        // An all-missing reference has nothing to compare with: no PSI, no KS; that the column
        // now has values is a change of the missing rate.
        const FeatureDrift& gone = report.features[1];
        QVERIFY(std::isnan(gone.distribution.psi));
        QVERIFY(std::isnan(gone.distribution.ks));
        QCOMPARE(gone.missingRateChange, -1.0);
        QVERIFY(!gone.psiAlert);
        QVERIFY(gone.missingAlert);
        const QJsonObject json = report.toJson().value(u"features"_s).toArray().at(1).toObject();
        QVERIFY(json.value(u"psi"_s).isNull());
        QVERIFY(json.value(u"ks_pvalue"_s).isNull());
        // All missing on both sides.
        const DriftColumn stillNone[] = {numeric(u"x"_s, none), numeric(u"gone"_s, none)};
        const DriftReport empty = driftOf(profile, stillNone);
        QVERIFY(std::isnan(empty.features[1].distribution.psi));
        QCOMPARE(empty.features[1].missingRateChange, 0.0);
    }

    // Infinities on both sides of a column: a range from one to the other that a double holds,
    // the lowest and highest bins, and every value counted (the sanitizer build checks the look-ups).
    void infinitiesOnBothSides()
    {
        const float inf = std::numeric_limits<float>::infinity();
        std::vector<float> before = range(1, 8), after{-inf, 5, inf, inf};
        before.push_back(inf);
        before.push_back(-inf);
        const DriftColumn reference[] = {numeric(u"x"_s, before)};
        const DriftColumn current[] = {numeric(u"x"_s, after)};
        const ReferenceProfile profile = referenceOf(reference);
        QCOMPARE(profile.features[0].missingRate, 0.0);
        QVERIFY(std::isfinite(profile.features[0].numeric.edges.back()));
        const DriftReport report = driftOf(profile, current);
        const DistributionDrift& x = report.features[0].distribution;
        QCOMPARE(x.rows, std::int64_t(4));
        QCOMPARE(x.shares.front(), 0.25);
        QCOMPARE(x.shares.back(), 0.5);
        QVERIFY(std::isfinite(x.psi) && std::isfinite(x.ks));
    }

    void unseenCategories()
    {
        const std::vector<std::uint32_t> before = {0, 0, 1, 1, 0xFFFFFFFFu};
        // Current dictionary in another order, with two new categories.
        const std::vector<std::uint32_t> after = {0, 1, 1, 1, 2, 3, 0xFFFFFFFFu, 0xFFFFFFFFu};
        const DriftColumn reference[] = {categorical(u"c"_s, before, {u"a"_s, u"b"_s})};
        const DriftColumn current[] = {categorical(u"c"_s, after, {u"b"_s, u"c"_s, u"a"_s, u"d"_s})};
        const ReferenceProfile profile = referenceOf(reference);
        QCOMPARE(profile.features[0].categories.size(), 2u);
        QCOMPARE(profile.features[0].missingRate, 0.2);
        const DriftReport report = driftOf(profile, current);
        const FeatureDrift& f = report.features[0];
        QCOMPARE(f.unseenRows, 4);
        QCOMPARE(f.unseen.size(), 2u);
        QCOMPARE(f.unseen[0].value, u"c"_s);
        QCOMPARE(f.unseen[0].count, 3);
        QCOMPARE(f.unseen[1].value, u"d"_s);
        // Buckets a, b, other: reference 1/2, 1/2, 0; new 1/6, 1/6, 4/6.
        const double expected = 2 * (1.0 / 6 - 0.5) * std::log((1.0 / 6) / 0.5) + (4.0 / 6 - 1e-4) * std::log((4.0 / 6) / 1e-4);
        QVERIFY(std::abs(f.distribution.psi - expected) < 1e-12);
        QVERIFY(std::isnan(f.distribution.ks));
        QVERIFY(std::abs(f.missingRateChange - (0.25 - 0.2)) < 1e-15);
        const QJsonObject json = report.toJson().value(u"features"_s).toArray().at(0).toObject();
        const QJsonArray unseen = json.value(u"unseen_categories"_s).toArray();
        QCOMPARE(unseen.size(), 2);
        QCOMPARE(unseen.at(0).toObject().value(u"value"_s).toString(), u"c"_s);
        QCOMPARE(json.value(u"unseen_rows"_s).toInt(), 4);
    }

    // Beyond maxCategories the rarest categories share one bin, "other".
    void rareCategoriesShareABin()
    {
        const std::vector<std::uint32_t> codes = {0, 0, 0, 1, 1, 2};
        const DriftColumn columns[] = {categorical(u"c"_s, codes, {u"a"_s, u"b"_s, u"c"_s})};
        auto profile = buildReference(columns, {}, {.bins = 10, .sampleSize = 10000, .maxCategories = 2});
        QVERIFY(profile);
        QCOMPARE(profile->features[0].categories.size(), 2u);
        QCOMPARE(profile->features[0].otherShare, 1.0 / 6);
        const DriftReport report = driftOf(*profile, columns);
        QCOMPARE(report.features[0].distribution.psi, 0.0);
        QCOMPARE(report.features[0].unseenRows, 1);
    }

    void newDataMustHaveTheFeatures()
    {
        const std::vector<float> x = range(0, 10);
        const std::vector<std::uint32_t> codes = {0, 1};
        const DriftColumn reference[] = {numeric(u"x"_s, x)};
        const ReferenceProfile profile = referenceOf(reference);
        const DriftColumn renamed[] = {numeric(u"y"_s, x)}, retyped[] = {categorical(u"x"_s, codes, {u"a"_s, u"b"_s})};
        const auto missing = computeDrift(profile, renamed, {});
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"\"x\""_s));
        QVERIFY(!computeDrift(profile, retyped, {}));
        const DriftColumn twice[] = {numeric(u"x"_s, x), numeric(u"x"_s, x)};
        QVERIFY(!buildReference(twice, {}));
    }

    void referenceRoundTrips()
    {
        const QJsonObject json = validReferenceJson();
        const QByteArray bytes = QJsonDocument(json).toJson();
        const auto parsed = ReferenceProfile::parse(bytes, u"reference.json"_s);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->toJson(), json);
        QCOMPARE(parsed->features[1].categories[0].value, u"blue"_s); // ties: by name
    }

    void hostileReferenceRefused_data()
    {
        QTest::addColumn<QList<QVariant>>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        auto row = [](const char* name, QList<QVariant> path, QJsonValue value, QString field) {
            QTest::newRow(name) << path << value << field;
        };
        row("unknown field", {u"extra"_s}, 1, u"extra"_s);
        row("other format", {u"format"_s}, u"something"_s, u"format"_s);
        row("newer version", {u"version"_s}, 2, u"version"_s);
        row("no features", {u"features"_s}, QJsonValue(QJsonValue::Undefined), u"features"_s);
        row("features not a list", {u"features"_s}, u"x"_s, u"features"_s);
        row("feature not an object", {u"features"_s, 0}, 3, u"features[0]"_s);
        row("unknown kind", {u"features"_s, 0, u"kind"_s}, u"text"_s, u"features[0].kind"_s);
        row("empty name", {u"features"_s, 0, u"name"_s}, u""_s, u"features[0].name"_s);
        row("same name twice", {u"features"_s, 1, u"name"_s}, u"x"_s, u"features[1].name"_s);
        row("missing rate above 1", {u"features"_s, 0, u"missing_rate"_s}, 1.5, u"features[0].missing_rate"_s);
        row("rows not whole", {u"features"_s, 0, u"rows"_s}, 1.5, u"features[0].rows"_s);
        row("rows negative", {u"features"_s, 0, u"rows"_s}, -1, u"features[0].rows"_s);
        row("edges decrease", {u"features"_s, 0, u"edges"_s, 1}, -5.0, u"features[0].edges[1]"_s);
        row("share not a number", {u"features"_s, 0, u"shares"_s, 0}, u"0.1"_s, u"features[0].shares[0]"_s);
        row("shares do not add up", {u"features"_s, 0, u"shares"_s, 0}, 0.0, u"features[0].shares"_s);
        row("one share too many", {u"features"_s, 0, u"edges"_s}, QJsonArray{}, u"features[0].shares"_s);
        row("sample unsorted", {u"features"_s, 0, u"sample"_s, 0}, 1e9, u"features[0].sample[1]"_s);
        row("sample null", {u"features"_s, 0, u"sample"_s, 0}, QJsonValue::Null, u"features[0].sample[0]"_s);
        row("negative category share", {u"features"_s, 1, u"categories"_s, 0, u"share"_s}, -0.5, u"features[1].categories[0].share"_s);
        row("category twice", {u"features"_s, 1, u"categories"_s, 1, u"value"_s}, u"blue"_s, u"features[1].categories[1]"_s);
        row("numeric field on a category", {u"features"_s, 1, u"edges"_s}, QJsonArray{}, u"features[1].edges"_s);
        row("prediction not an object", {u"prediction"_s}, QJsonArray{}, u"prediction"_s);
        row("prediction without sample", {u"prediction"_s, u"sample"_s}, QJsonValue(QJsonValue::Undefined), u"prediction.sample"_s);
    }

    void hostileReferenceRefused()
    {
        QFETCH(QList<QVariant>, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject json = validReferenceJson();
        if (value.isUndefined() && path.size() == 1) {
            json.remove(path[0].toString());
        } else if (value.isUndefined()) {
            QJsonObject prediction = json[u"prediction"_s].toObject();
            prediction.remove(path[1].toString());
            json[u"prediction"_s] = prediction;
        } else {
            const QString key = path.takeFirst().toString();
            setAt(json[key], path, value);
        }
        const auto parsed = ReferenceProfile::parse(QJsonDocument(json).toJson(), u"reference.json"_s);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, ErrorKind::BadInput);
        QVERIFY2(parsed.error().message.contains(u"field "_s + field + u' ') ||
                     parsed.error().message.contains(u"in "_s + field + u' '),
                 qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(u"reference.json"_s));
    }

    void hostileTextRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << u"not JSON"_s;
        QTest::newRow("a list") << QByteArray("[1, 2]") << u"not a JSON object"_s;
        QTest::newRow("NaN") << QByteArray("{\"features\": [NaN]}") << u"not JSON"_s;
    }

    void hostileTextRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto parsed = ReferenceProfile::parse(text, u"reference.json"_s);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    }

    // A number too large for a double is refused by the parser; infinity and NaN put into an
    // object by code are refused by the field checks.
    void infinityRefused()
    {
        QByteArray text = QJsonDocument(validReferenceJson()).toJson(QJsonDocument::Compact);
        text.insert(text.indexOf("\"sample\":[") + 10, "1e999,");
        const auto parsed = ReferenceProfile::parse(text, u"reference.json"_s);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(u"not JSON"_s), qPrintable(parsed.error().message));
        for (double bad : {std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()}) {
            QJsonObject json = validReferenceJson();
            setAt(json[u"features"_s], {0, u"sample"_s, 0}, bad);
            const auto refused = ReferenceProfile::fromJson(json);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(u"features[0].sample[0]"_s), qPrintable(refused.error().message));
        }
    }

    void sizesAreBounded()
    {
        QJsonObject json = validReferenceJson();
        QJsonArray huge;
        for (int i = 0; i < 1000001; ++i)
            huge.append(0.5);
        QJsonObject prediction = json[u"prediction"_s].toObject();
        prediction[u"sample"_s] = huge;
        json[u"prediction"_s] = prediction;
        const auto parsed = ReferenceProfile::fromJson(json);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(u"prediction.sample"_s), qPrintable(parsed.error().message));
    }

    // Large references keep evenly spaced order statistics, so that KS stays cheap.
    void largeReferencesKeepASample()
    {
        const std::vector<float> x = range(0, 100000);
        const NumericReference reference = numericReference(x, {.bins = 10, .sampleSize = 1000});
        QCOMPARE(reference.sample.size(), 1000u);
        QCOMPARE(reference.sample.front(), 50.0);
        QCOMPARE(reference.sample.back(), 99950.0);
        QCOMPARE(numericDrift(reference, x).ks, 0.0005);
    }
};

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
