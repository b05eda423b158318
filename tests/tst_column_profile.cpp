// Column profiles against an independent computation: exact statistics, numpy-style quartiles,
// histograms that account for every value, exact and estimated distinct counts, top values,
// type decisions and hints.

#include "core/common/HugePages.h"
#include "core/data/ParsedTable.h"
#include "core/data/TableSummary.h"
#include "core/data/TypeInference.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <set>

using namespace Qt::StringLiterals;
using namespace grove;

Q_DECLARE_METATYPE(grove::ColumnType)

Q_DECLARE_METATYPE(std::vector<float>)

namespace {

ParsedColumn numericColumn(const QString& name, const std::vector<float>& values, std::size_t chunkSize = 4096)
{
    ParsedColumn column;
    column.name = name;
    for (std::size_t i = 0; i < values.size(); i += chunkSize)
        column.numbers.emplace_back(values.begin() + qsizetype(i),
                                    values.begin() + qsizetype(std::min(values.size(), i + chunkSize)));
    return column;
}

ParsedColumn textColumn(const QString& name, const std::vector<std::string>& values)
{
    ParsedColumn column;
    column.name = name;
    column.numeric = false;
    column.type = ColumnType::Categorical;
    std::vector<std::uint32_t> codes;
    for (const std::string& value : values)
        codes.push_back(value == "<missing>" ? kMissingCode : column.dictionary.intern(value));
    column.codes.push_back(std::move(codes));
    return column;
}

DatasetProfile summarize(ParsedTable& table)
{
    JobControl control;
    auto summary = summarizeTable(table, 2, ProgressSlice(control, 0, 1, {}));
    if (!summary)
        qFatal("%s", qPrintable(summary.error().toString()));
    return summary->profile;
}

double percentile(std::vector<double> sorted, double q)
{
    const double h = double(sorted.size() - 1) * q;
    const auto lower = std::size_t(std::floor(h));
    const std::size_t upper = std::min(lower + 1, sorted.size() - 1);
    return sorted[lower] + (h - double(lower)) * (sorted[upper] - sorted[lower]);
}

} // namespace

class TestColumnProfile : public QObject
{
    Q_OBJECT

private slots:
    // Thousands of stored documents are packed into shared blocks: each copy must still behave
    // as a QByteArray of its own, and outlive the packing and its neighbours.
    void packedBytesBehaveAsByteArraysOfTheirOwn()
    {
        QList<QByteArray> copies;
        QList<QByteArray> expected;
        {
            PackedBytes packed;
            QVERIFY(packed.copy(QByteArrayView()).isNull());
            // 3,000 documents of 2 KiB cross the 4 MiB block boundary at least once.
            for (int i = 0; i < 3000; ++i) {
                QByteArray text = QByteArray::number(i).repeated(2048 / QByteArray::number(i).size());
                copies << packed.copy(text);
                expected << text;
            }
            copies << packed.copy(QByteArray(6 << 20, 'x')); // larger than a block
            expected << QByteArray(6 << 20, 'x');
        } // the packing is gone; the copies keep their blocks
        QCOMPARE(copies, expected);
        for (const QByteArray& copy : copies)
            QCOMPARE(copy.constData()[copy.size()], '\0'); // null-terminated, as QByteArray promises
        QByteArray changed = copies[10];
        changed.append("tail");
        changed[0] = '#';
        QCOMPARE(copies[10], expected[10]); // changing a copy detaches it
        QCOMPARE(copies[11], expected[11]);
        copies.remove(0, 1500); // dropping half of a block's copies leaves the others intact
        QCOMPARE(copies, expected.mid(1500));
        QByteArray last = copies.takeLast();
        copies.clear();
        last.append("more"); // the only reference left: may grow in place
        QCOMPARE(last, expected.last() + "more");
    }

    // Column parts either own their values or view a table's ColumnMemory; copying and moving
    // must keep each kind pointing at the right values, and the summary must not care which.
    void columnPartsOwnOrViewTheirValues()
    {
        auto memory = std::make_shared<ColumnMemory>();
        const std::span<float> room = memory->allocate<float>(5);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(room.data()) % 64, std::uintptr_t(0));
        std::iota(room.begin(), room.end(), 1.0f);

        ColumnPart<float> owned = std::vector<float>{10, 20, 30};
        ColumnPart<float> view = ColumnPart<float>::view(room);
        ColumnPart<float> ownedCopy = owned;
        QVERIFY(ownedCopy.data() != owned.data()); // a copy of owned values is a new vector
        ownedCopy[0] = 11;
        QCOMPARE(owned[0], 10.0f);
        ColumnPart<float> viewCopy = view;
        QCOMPARE(viewCopy.data(), room.data()); // a copy of a view views the same memory
        ColumnPart<float>& alias = ownedCopy;
        ownedCopy = std::move(alias); // moving a part onto itself keeps it
        QCOMPARE(ownedCopy.size(), std::size_t(3));
        QCOMPARE(ownedCopy[0], 11.0f);
        ColumnPart<float> moved = std::move(owned);
        QCOMPARE(moved.size(), std::size_t(3));
        QCOMPARE(moved[2], 30.0f);
        QVERIFY(owned.empty());

        // Regions are big, but a request larger than one still gets its own.
        const std::span<std::uint32_t> large = memory->allocate<std::uint32_t>(std::size_t(20) << 20);
        large.back() = 7;
        QCOMPARE(room[4], 5.0f);

        ParsedTable viewed;
        viewed.rows = 8;
        viewed.memory = memory;
        ParsedColumn a;
        a.name = u"x"_s;
        a.numbers.push_back(std::move(view));
        a.numbers.push_back(std::move(moved));
        viewed.columns.push_back(std::move(a));
        ParsedTable plain;
        plain.rows = 8;
        plain.columns.push_back(numericColumn(u"x"_s, {1, 2, 3, 4, 5, 10, 20, 30}));
        JobControl control;
        auto fromViews = summarizeTable(viewed, 1, ProgressSlice(control, 0, 1, {}));
        auto fromVectors = summarizeTable(plain, 1, ProgressSlice(control, 0, 1, {}));
        QVERIFY(fromViews && fromVectors);
        QCOMPARE(fromViews->contentHash, fromVectors->contentHash);
        QCOMPARE(fromViews->profile.columns[0].max, 30.0);
    }

    // Small columns where a quartile's neighbours are the last copy of the smallest value and the
    // next value up, or where every value is the same: the quartiles are numpy's.
    void quartilesAtTheEndsOfRepeats_data()
    {
        QTest::addColumn<std::vector<float>>("values");
        QTest::newRow("repeats at both ends") << std::vector<float>{1, 1, 2, 3, 3};
        QTest::newRow("rank after the last smallest") << std::vector<float>{0, 0, 0, 5, 6, 7, 9, 9};
        QTest::newRow("constant") << std::vector<float>{4, 4, 4, 4};
        QTest::newRow("one value") << std::vector<float>{7};
        QTest::newRow("two values, many copies") << std::vector<float>(70000, 2.5f);
    }

    void quartilesAtTheEndsOfRepeats()
    {
        QFETCH(std::vector<float>, values);
        if (values.size() == 70000)
            std::fill(values.begin() + 52000, values.end(), -1.0f); // bucketed: more than 65,536 values
        ParsedTable table;
        table.rows = qint64(values.size());
        table.columns.push_back(numericColumn(u"v"_s, values));
        const ColumnProfile p = summarize(table).columns.front();
        std::vector<double> sorted(values.begin(), values.end());
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(*p.q1, percentile(sorted, 0.25));
        QCOMPARE(*p.median, percentile(sorted, 0.5));
        QCOMPARE(*p.q3, percentile(sorted, 0.75));
    }

    void numericStatistics_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("seed");
        // Where NaN and -inf appear: among every 100 values, only among the first 3000 (values
        // are handled in batches, and a batch of finite values takes another path), or nowhere.
        QTest::addColumn<QString>("special");
        // The finite values: skewed (lognormal), a 0/1 label, or most of them at the two ends
        // with a few between (where a quartile falls among many copies of one key, or not).
        QTest::addColumn<QString>("shape");
        QTest::newRow("two values (quartile ranks out of order)") << 2 << 5 << u"everywhere"_s << u"skewed"_s;
        QTest::newRow("tiny") << 7 << 1 << u"everywhere"_s << u"skewed"_s;
        QTest::newRow("small") << 1000 << 2 << u"everywhere"_s << u"skewed"_s;
        QTest::newRow("large (bucketed quantiles)") << 300000 << 3 << u"everywhere"_s << u"skewed"_s;
        QTest::newRow("large, NaN and -inf only at the start") << 300000 << 4 << u"start"_s << u"skewed"_s;
        QTest::newRow("large, all finite") << 300001 << 6 << u"nowhere"_s << u"skewed"_s;
        QTest::newRow("small 0/1 label") << 1001 << 7 << u"nowhere"_s << u"label"_s;
        QTest::newRow("large 0/1 label") << 200001 << 8 << u"nowhere"_s << u"label"_s;
        QTest::newRow("large 0/1 label with NaN and -inf") << 200000 << 9 << u"everywhere"_s << u"label"_s;
        QTest::newRow("large, most at the ends") << 200000 << 10 << u"nowhere"_s << u"ends"_s;
        QTest::newRow("small, most at the ends") << 999 << 11 << u"nowhere"_s << u"ends"_s;
    }

    void numericStatistics()
    {
        QFETCH(int, count);
        QFETCH(int, seed);
        QFETCH(QString, special);
        QFETCH(QString, shape);
        std::mt19937 random{std::uint32_t(seed)};
        std::lognormal_distribution<float> skewed(0.0f, 1.5f);
        auto finiteValue = [&] {
            if (shape == u"label")
                return random() % 10 < 3 ? 1.0f : 0.0f;
            if (shape == u"ends") {
                const unsigned roll = random() % 100;
                return roll < 45 ? -3.5f : roll < 90 ? 12.25f : float(random() % 1000) / 100.0f;
            }
            return skewed(random) - 2.0f;
        };
        std::vector<float> values;
        qint64 missing = 0, infinite = 0;
        for (int i = 0; i < count; ++i) {
            int roll = int(random() % 100);
            if (special == u"nowhere" || (special == u"start" && i >= 3000))
                roll = std::max(roll, 2);
            if (roll == 0) {
                values.push_back(std::numeric_limits<float>::quiet_NaN());
                ++missing;
            } else if (roll == 1 && count > 10) {
                values.push_back(-std::numeric_limits<float>::infinity());
                ++infinite;
            } else {
                values.push_back(finiteValue());
            }
        }
        ParsedTable table;
        table.rows = count;
        table.columns.push_back(numericColumn(u"v"_s, values));
        const ColumnProfile p = summarize(table).columns.front();

        std::vector<double> finite;
        std::set<float> distinct;
        for (float v : values) {
            if (std::isnan(v))
                continue;
            distinct.insert(v);
            if (std::isfinite(v))
                finite.push_back(v);
        }
        std::sort(finite.begin(), finite.end());
        const double mean = std::accumulate(finite.begin(), finite.end(), 0.0) / double(finite.size());
        double squares = 0;
        for (double v : finite)
            squares += (v - mean) * (v - mean);
        const double stddev = std::sqrt(squares / double(finite.size() - 1));

        QCOMPARE(p.type, ColumnType::Numeric);
        QCOMPARE(p.missing, missing);
        QCOMPARE(p.infinite, infinite);
        if (distinct.size() <= 65536) {
            QCOMPARE(p.distinct, qint64(distinct.size()));
            QVERIFY(!p.distinctIsEstimate);
        } else {
            QVERIFY(p.distinctIsEstimate);
            QVERIFY(std::abs(double(p.distinct) - double(distinct.size())) < 0.03 * double(distinct.size()));
        }
        QCOMPARE(*p.min, finite.front());
        QCOMPARE(*p.max, finite.back());
        QVERIFY(std::abs(*p.mean - mean) <= 1e-9 * std::max(1.0, std::abs(mean)));
        QVERIFY(std::abs(*p.stddev - stddev) <= 1e-9 * std::max(1.0, stddev));
        QCOMPARE(*p.q1, percentile(finite, 0.25));
        QCOMPARE(*p.median, percentile(finite, 0.5));
        QCOMPARE(*p.q3, percentile(finite, 0.75));

        // The histogram covers the finite range, in order, and counts every finite value once.
        QVERIFY(!p.histogram.isEmpty());
        qint64 binned = 0;
        for (qsizetype b = 0; b < p.histogram.size(); ++b) {
            binned += p.histogram[b].count;
            QVERIFY(p.histogram[b].upper > p.histogram[b].lower);
            if (b > 0)
                QCOMPARE(p.histogram[b].lower, p.histogram[b - 1].upper);
        }
        QCOMPARE(binned, qint64(finite.size()));
        QVERIFY(p.histogram.front().lower <= finite.front());
        QVERIFY(p.histogram.back().upper >= finite.back());
    }

    void wholeNumbersGetOneBinPerValue()
    {
        ParsedTable table;
        table.rows = 600;
        std::vector<float> values;
        for (int i = 0; i < 600; ++i)
            values.push_back(float(i % 5 + 1)); // 1..5, 120 each
        table.columns.push_back(numericColumn(u"stars"_s, values));
        const ColumnProfile p = summarize(table).columns.front();
        QVERIFY(p.allIntegers);
        QCOMPARE(p.histogram.size(), 5);
        for (const HistogramBin& bin : p.histogram) {
            QCOMPARE(bin.count, 120);
            QCOMPARE(bin.upper - bin.lower, 1.0);
        }
        QVERIFY(p.hints.contains(QString::fromLatin1(hints::CategoricalCandidate)));
    }

    void distinctCountsAreExactThenEstimated()
    {
        ParsedTable table;
        const int count = 250000;
        table.rows = count;
        std::vector<float> unique(static_cast<std::size_t>(count)), repeated(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i) {
            unique[std::size_t(i)] = float(i) * 0.5f;      // 250,000 distinct
            repeated[std::size_t(i)] = float(i % 65536);   // exactly 65,536 distinct
        }
        table.columns.push_back(numericColumn(u"unique"_s, unique));
        table.columns.push_back(numericColumn(u"repeated"_s, repeated));
        const DatasetProfile profile = summarize(table);
        const ColumnProfile& estimated = profile.columns[0];
        QVERIFY(estimated.distinctIsEstimate);
        QVERIFY2(std::abs(double(estimated.distinct) - count) < 0.03 * count, qPrintable(QString::number(estimated.distinct)));
        QCOMPARE(profile.columns[1].distinct, 65536);
        QVERIFY(!profile.columns[1].distinctIsEstimate);
    }

    void negativeAndPositiveZeroAreOneValue()
    {
        ParsedTable table;
        table.rows = 4;
        table.columns.push_back(numericColumn(u"z"_s, {0.0f, -0.0f, 0.0f, 1.0f}));
        QCOMPARE(summarize(table).columns.front().distinct, 2);
    }

    void textColumns()
    {
        ParsedTable table;
        std::vector<std::string> plan, ids, notes;
        for (int i = 0; i < 200; ++i) {
            plan.push_back(i % 10 == 0 ? "<missing>" : i % 3 == 0 ? "gold" : i % 3 == 1 ? "silver" : "bronze");
            std::string id = std::to_string(10000 + i);
            id.insert(id.begin(), 'C'); // not "C" + ..., which trips GCC 12's -Wrestrict at -O3
            ids.push_back(std::move(id));
            notes.emplace_back(std::size_t(100), char('a' + i % 3));
        }
        table.rows = 200;
        table.columns.push_back(textColumn(u"plan"_s, plan));
        table.columns.push_back(textColumn(u"customer"_s, ids));
        table.columns.push_back(textColumn(u"notes"_s, notes));
        const DatasetProfile profile = summarize(table);

        const ColumnProfile& planProfile = profile.columns[0];
        QCOMPARE(planProfile.type, ColumnType::Categorical);
        QCOMPARE(planProfile.missing, 20);
        QCOMPARE(planProfile.distinct, 3);
        QCOMPARE(planProfile.topValues.size(), 3);
        qint64 total = 0;
        for (qsizetype i = 0; i < planProfile.topValues.size(); ++i) {
            total += planProfile.topValues[i].count;
            if (i > 0)
                QVERIFY(planProfile.topValues[i - 1].count >= planProfile.topValues[i].count);
        }
        QCOMPARE(total, 180);

        QCOMPARE(profile.columns[1].type, ColumnType::Text);
        QVERIFY(profile.columns[1].hints.contains(QString::fromLatin1(hints::Identifier)));
        QCOMPARE(profile.columns[1].topValues.size(), 10);
        QCOMPARE(profile.columns[2].type, ColumnType::Text);
        QVERIFY(profile.columns[2].hints.contains(QString::fromLatin1(hints::FreeText)));
        QCOMPARE(profile.columns[2].meanLength, 100.0);
    }

    void aUserChoiceIsKept()
    {
        ParsedTable table;
        table.rows = 50;
        std::vector<std::string> codes;
        for (int i = 0; i < 50; ++i)
            codes.push_back(std::to_string(i)); // all distinct: Grove alone would say text
        ParsedColumn column = textColumn(u"code"_s, codes);
        column.forcedType = ColumnType::Categorical;
        table.columns.push_back(std::move(column));
        const ColumnProfile p = summarize(table).columns.front();
        QCOMPARE(p.type, ColumnType::Categorical);
        QCOMPARE(p.inferredType, ColumnType::Numeric);
    }

    void targetCandidate()
    {
        ParsedTable table;
        table.rows = 30;
        std::vector<float> a(30), label(30), constant(30, 1.0f);
        for (int i = 0; i < 30; ++i) {
            a[std::size_t(i)] = float(i);
            label[std::size_t(i)] = float(i % 2);
        }
        table.columns.push_back(numericColumn(u"label"_s, label));
        table.columns.push_back(numericColumn(u"a"_s, a));
        table.columns.push_back(numericColumn(u"constant"_s, constant));
        const DatasetProfile profile = summarize(table);
        // Named like a target beats being last; a constant column is never the target.
        QVERIFY(profile.columns[0].hints.contains(QString::fromLatin1(hints::TargetCandidate)));
        QVERIFY(!profile.columns[2].hints.contains(QString::fromLatin1(hints::TargetCandidate)));
        QVERIFY(profile.columns[2].hints.contains(QString::fromLatin1(hints::Constant)));
    }

    void inference_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("numbers");
        QTest::addColumn<int>("others");
        QTest::addColumn<int>("distinct");
        QTest::addColumn<bool>("integers");
        QTest::addColumn<bool>("leadingZeros");
        QTest::addColumn<double>("meanLength");
        QTest::addColumn<ColumnType>("expected");
        QTest::newRow("plain numbers") << u"x"_s << 100 << 0 << 80 << false << false << 4.0 << ColumnType::Numeric;
        QTest::newRow("unique ids named id") << u"user_id"_s << 100 << 0 << 100 << true << false << 4.0 << ColumnType::Text;
        QTest::newRow("unique integers otherwise") << u"count"_s << 100 << 0 << 100 << true << false << 4.0 << ColumnType::Numeric;
        QTest::newRow("camelCase id") << u"customerId"_s << 50 << 0 << 50 << true << false << 4.0 << ColumnType::Text;
        QTest::newRow("zip codes") << u"zip"_s << 100 << 0 << 30 << true << true << 5.0 << ColumnType::Categorical;
        QTest::newRow("strings") << u"city"_s << 0 << 100 << 12 << true << false << 6.0 << ColumnType::Categorical;
        QTest::newRow("mostly distinct strings") << u"email"_s << 0 << 100 << 90 << true << false << 20.0 << ColumnType::Text;
        QTest::newRow("long text") << u"comment"_s << 0 << 100 << 5 << true << false << 120.0 << ColumnType::Text;
        QTest::newRow("mixed") << u"size"_s << 60 << 40 << 9 << true << false << 2.0 << ColumnType::Categorical;
        QTest::newRow("all missing") << u"empty"_s << 0 << 0 << 0 << true << false << 0.0 << ColumnType::Numeric;
    }

    void inference()
    {
        QFETCH(QString, name);
        QFETCH(int, numbers);
        QFETCH(int, others);
        QFETCH(int, distinct);
        QFETCH(bool, integers);
        QFETCH(bool, leadingZeros);
        QFETCH(double, meanLength);
        QFETCH(ColumnType, expected);
        ColumnObservation o;
        o.name = name;
        o.numbers = numbers;
        o.others = others;
        o.distinct = distinct;
        o.allIntegers = integers;
        o.leadingZeros = leadingZeros;
        o.meanLength = meanLength;
        QCOMPARE(inferColumnType(o), expected);
    }
};

QTEST_GUILESS_MAIN(TestColumnProfile)
#include "tst_column_profile.moc"
