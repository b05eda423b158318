// Snapshot files: a bit-identical round trip, detection of damage and tampering, and refusal
// of files from a newer Grove.

#include "core/data/ParsedTable.h"
#include "core/data/Snapshot.h"
#include "core/data/TableSummary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cmath>
#include <limits>
#include <random>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

// A table with awkward values: NaN, -0, infinities, denormals, and text with every kind of byte.
ParsedTable makeTable()
{
    ParsedTable table;
    table.rows = 1003;
    std::mt19937 random(5);
    ParsedColumn numbers;
    numbers.name = u"x"_s;
    // Split into uneven chunks, as parser threads produce them.
    for (int chunk : {500, 3, 500}) {
        std::vector<float> values;
        for (int i = 0; i < chunk; ++i)
            values.push_back(std::bit_cast<float>(std::uint32_t(random())));
        numbers.numbers.push_back(std::move(values));
    }
    numbers.numbers[1] = {-0.0f, std::numeric_limits<float>::infinity(), std::numeric_limits<float>::denorm_min()};
    numbers.numbers[0][0] = std::numeric_limits<float>::quiet_NaN();
    table.columns.push_back(std::move(numbers));

    ParsedColumn words;
    words.name = u"größe"_s;
    words.numeric = false;
    words.type = ColumnType::Categorical;
    const std::string values[] = {"", "a,b", "line\nbreak", "ünï", std::string("nul\0byte", 8), "x"};
    std::vector<std::uint32_t> codes;
    for (int i = 0; i < 1003; ++i)
        codes.push_back(i % 7 == 6 ? kMissingCode : words.dictionary.intern(values[i % 6]));
    words.codes.push_back(std::move(codes));
    table.columns.push_back(std::move(words));
    return table;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestSnapshotFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    ParsedTable m_table;
    TableSummary m_summary;

private slots:
    void initTestCase()
    {
        m_table = makeTable();
        JobControl control;
        auto summary = summarizeTable(m_table, 2, ProgressSlice(control, 0, 1, {}));
        QVERIFY(summary);
        m_summary = *summary;
        m_path = m_dir.filePath(u"table.gds"_s);
        QVERIFY(writeSnapshot(m_table, m_summary, m_path));
    }

    void roundTripIsBitIdentical()
    {
        auto snapshot = Snapshot::open(m_path);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
        QCOMPARE(snapshot->rows(), 1003);
        QCOMPARE(snapshot->columnCount(), 2);
        QCOMPARE(snapshot->contentHash(), m_summary.contentHash);
        QCOMPARE(snapshot->column(1).name, u"größe"_s);
        QCOMPARE(snapshot->column(1).type, ColumnType::Categorical);

        const auto stored = snapshot->numbers(0);
        std::size_t row = 0;
        for (const auto& chunk : m_table.columns[0].numbers) {
            for (float value : chunk) {
                QCOMPARE(std::bit_cast<std::uint32_t>(stored[row]), std::bit_cast<std::uint32_t>(value));
                ++row;
            }
        }
        QCOMPARE(row, std::size_t(1003));

        const auto codes = snapshot->codes(1);
        const auto& original = m_table.columns[1].codes.front();
        for (std::size_t i = 0; i < original.size(); ++i) {
            QCOMPARE(codes[i], original[i]);
            if (codes[i] != kMissingCode)
                QCOMPARE(std::string(snapshot->category(1, codes[i])), m_table.columns[1].dictionary.at(codes[i]));
        }
        QCOMPARE(snapshot->category(1, 4), std::string_view("nul\0byte", 8));
        QVERIFY(snapshot->numbers(1).empty());
        QVERIFY(snapshot->codes(0).empty());
        QVERIFY(snapshot->verify());

        auto profile = snapshot->profile();
        QVERIFY(profile);
        QCOMPARE(profile->rows, 1003);
        QCOMPARE(profile->columns.size(), 2);
        QCOMPARE(profile->columns[1].missing, 1003 / 7);
    }

    void contentHashIgnoresChunking()
    {
        ParsedTable rechunked = makeTable();
        std::vector<float> all;
        for (const auto& chunk : rechunked.columns[0].numbers)
            all.insert(all.end(), chunk.begin(), chunk.end());
        rechunked.columns[0].numbers = {all};
        JobControl control;
        auto summary = summarizeTable(rechunked, 1, ProgressSlice(control, 0, 1, {}));
        QVERIFY(summary);
        QCOMPARE(summary->contentHash, m_summary.contentHash);

        // One changed value changes the hash.
        rechunked.columns[0].numbers[0][10] += 1.0f;
        auto changed = summarizeTable(rechunked, 1, ProgressSlice(control, 0, 1, {}));
        QVERIFY(changed->contentHash != m_summary.contentHash);
    }

    void damageIsDetected_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("openFails");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("flipped byte in numbers") << u"number"_s << false << u"column \"x\""_s;
        QTest::newRow("flipped byte in text") << u"text"_s << false << u"größe"_s;
        QTest::newRow("truncated") << u"truncate"_s << true << u"truncated"_s;
        QTest::newRow("wrong magic") << u"magic"_s << true << u"not a Grove snapshot"_s;
        QTest::newRow("only a header") << u"header"_s << true << u"truncated"_s;
        QTest::newRow("empty") << u"empty"_s << true << u"shorter than its header"_s;
    }

    void damageIsDetected()
    {
        QFETCH(QString, damage);
        QFETCH(bool, openFails);
        QFETCH(QString, phrase);
        QByteArray bytes = readAll(m_path);
        auto intact = Snapshot::open(m_path);
        QVERIFY(intact);
        if (damage == u"number"_s)
            bytes[qsizetype(intact->column(0).dataOffset + 40)] ^= 0x01;
        else if (damage == u"text"_s)
            bytes[qsizetype(intact->column(1).dictionaryBytes + 1)] ^= 0x20;
        else if (damage == u"truncate"_s)
            bytes.truncate(bytes.size() - 100);
        else if (damage == u"magic"_s)
            bytes[0] = 'X';
        else if (damage == u"header"_s)
            bytes.truncate(64);
        else
            bytes.clear();
        const QString copy = m_dir.filePath(u"damaged-%1.gds"_s.arg(damage));
        writeAll(copy, bytes);
        auto opened = Snapshot::open(copy);
        if (openFails) {
            QVERIFY(!opened);
            QVERIFY2(opened.error().message.contains(phrase), qPrintable(opened.error().toString()));
            return;
        }
        QVERIFY(opened);
        auto verified = opened->verify();
        QVERIFY(!verified);
        QVERIFY2(verified.error().message.contains(phrase), qPrintable(verified.error().toString()));
        QVERIFY(verified.error().message.contains(u"Import the dataset again"_s));
    }

    void newerFormatIsRefused()
    {
        QByteArray bytes = readAll(m_path);
        bytes[8] = char(Snapshot::kFormatVersion + 1);
        const QString copy = m_dir.filePath(u"newer.gds"_s);
        writeAll(copy, bytes);
        auto opened = Snapshot::open(copy);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, ErrorKind::BadInput);
        QVERIFY(opened.error().message.contains(u"newer version of Grove"_s));
    }

    void writerLeavesNothingWhenNotCommitted()
    {
        QTemporaryDir dir;
        {
            auto writer = SnapshotWriter::create(m_table, dir.path());
            QVERIFY(writer);
            QVERIFY(writer->writeData(m_table));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
            // Not finished, not committed: the destructor removes the temporary file.
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFile)
#include "tst_snapshot_file.moc"
