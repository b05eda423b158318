// Snapshot files: a bit-identical round trip, detection of damage and tampering, refusal of
// files from a newer Grove, and damaged files refused with a message instead of read out of bounds.

#include "core/data/ParsedTable.h"
#include "core/data/Snapshot.h"
#include "core/data/TableSummary.h"
#include "tests/SnapshotReading.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstring>
#include <functional>
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

// A dozen rows with every kind of column and missing values in each, small enough to damage
// every byte of it in turn.
ParsedTable makeSmallTable()
{
    ParsedTable table;
    table.rows = 12;
    ParsedColumn numbers;
    numbers.name = u"amount"_s;
    std::vector<float> values;
    for (int i = 0; i < 12; ++i)
        values.push_back(i % 5 == 4 ? std::numeric_limits<float>::quiet_NaN() : float(i) * 1.5f);
    numbers.numbers.push_back(std::move(values));
    table.columns.push_back(std::move(numbers));
    const char* const kinds[][4] = {{"red", "blue", "", "green"}, {"id-1", "id-22", "id-333", ""}};
    const QString names[] = {u"color"_s, u"id"_s};
    const ColumnType types[] = {ColumnType::Categorical, ColumnType::Text};
    for (int c = 0; c < 2; ++c) {
        ParsedColumn column;
        column.name = names[c];
        column.numeric = false;
        column.type = types[c];
        std::vector<std::uint32_t> codes;
        for (int i = 0; i < 12; ++i) {
            const char* value = kinds[c][(i * (c + 1)) % 4];
            codes.push_back(*value ? column.dictionary.intern(value) : kMissingCode);
        }
        column.codes.push_back(std::move(codes));
        table.columns.push_back(std::move(column));
    }
    ParsedColumn label;
    label.name = u"label"_s;
    label.numeric = false;
    label.type = ColumnType::Categorical;
    std::vector<std::uint32_t> codes;
    for (int i = 0; i < 12; ++i)
        codes.push_back(i == 7 ? kMissingCode : label.dictionary.intern(i % 3 ? "yes" : "no"));
    label.codes.push_back(std::move(codes));
    table.columns.push_back(std::move(label));
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

// The header fields, at their offsets (docs/snapshot-format.md).
enum HeaderField : qsizetype {
    Version = 8,
    HeaderSize = 12,
    Rows = 16,
    Columns = 24,
    Flags = 28,
    DirectoryOffset = 32,
    DirectorySize = 40,
    ProfileOffset = 48,
    ProfileSize = 56,
};

template <typename T>
void put(QByteArray& bytes, qsizetype offset, T value)
{
    std::memcpy(bytes.data() + offset, &value, sizeof value);
}

template <typename T>
T get(const QByteArray& bytes, qsizetype offset)
{
    T value;
    std::memcpy(&value, bytes.constData() + offset, sizeof value);
    return value;
}

// The file with another directory: appended, with the header pointing to it.
QByteArray withDirectoryBytes(QByteArray bytes, const QByteArray& encoded)
{
    put<quint64>(bytes, DirectoryOffset, quint64(bytes.size()));
    put<quint64>(bytes, DirectorySize, quint64(encoded.size()));
    return bytes + encoded;
}

// The file with its directory changed by `change`, so that any field can be given any value.
QByteArray withDirectory(const QByteArray& bytes, const std::function<void(QCborMap&)>& change)
{
    const auto offset = get<quint64>(bytes, DirectoryOffset), size = get<quint64>(bytes, DirectorySize);
    QCborMap directory = QCborValue::fromCbor(bytes.mid(qsizetype(offset), qsizetype(size))).toMap();
    change(directory);
    return withDirectoryBytes(bytes, directory.toCborValue().toCbor());
}

// The same for one field of one column's entry.
QByteArray withColumnField(const QByteArray& bytes, int column, const QString& key, const QCborValue& value)
{
    return withDirectory(bytes, [&](QCborMap& directory) {
        QCborArray columns = directory.value(u"columns"_s).toArray();
        QCborMap entry = columns.at(column).toMap();
        entry.insert(key, value);
        columns[column] = entry;
        directory.insert(u"columns"_s, columns);
    });
}

QByteArray withRows(QByteArray bytes, quint64 rows)
{
    put<quint64>(bytes, Rows, rows);
    return withDirectory(bytes, [rows](QCborMap& directory) { directory.insert(u"rows"_s, qint64(rows)); });
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

    // Every header field, offset, size and code that could send a reader out of bounds (or make it
    // allocate without limit) is checked when the file is opened.
    void structuralDamageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("phrase");
        const QByteArray good = readAll(m_path);
        auto intact = Snapshot::open(m_path);
        QVERIFY(intact);
        const auto fileSize = quint64(good.size());
        const Snapshot::Column& numbers = intact->column(0);
        const Snapshot::Column& words = intact->column(1);
        auto patched = [&good](qsizetype offset, auto value) {
            QByteArray bytes = good;
            put(bytes, offset, value);
            return bytes;
        };
        auto code = [&](qsizetype row, std::uint32_t value) { return patched(qsizetype(words.dataOffset) + row * 4, value); };
        auto dictionaryEnd = [&](quint64 index, quint64 value) {
            return patched(qsizetype(words.dictionaryOffsets + index * 8), value);
        };

        // The header.
        QTest::newRow("rows 2^62") << withRows(good, quint64(1) << 62) << u"claims 4611686018427387904 rows"_s;
        QTest::newRow("rows 2^64-1") << withRows(good, ~quint64(0)) << u"more than a snapshot can hold"_s;
        QTest::newRow("rows just past the limit") << withRows(good, Snapshot::kMaxRows + 1) << u"claims 4294967296 rows"_s;
        QTest::newRow("more rows than the file holds") << withRows(good, 100000) << u"lies outside the file"_s;
        QTest::newRow("rows 2^62 in the header only") << patched(Rows, quint64(1) << 62) << u"more than a snapshot"_s;
        QTest::newRow("rows differ from the directory") << patched(Rows, quint64(1002)) << u"inconsistent directory"_s;
        QTest::newRow("column count differs") << patched(Columns, std::uint32_t(3)) << u"inconsistent directory"_s;
        QTest::newRow("format version 0") << patched(Version, std::uint32_t(0)) << u"invalid header"_s;
        QTest::newRow("header size") << patched(HeaderSize, std::uint32_t(32)) << u"invalid header"_s;
        QTest::newRow("unknown flags") << patched(Flags, std::uint32_t(1)) << u"invalid header"_s;
        QTest::newRow("directory past the end") << patched(DirectoryOffset, fileSize) << u"truncated"_s;
        QTest::newRow("directory in the header") << patched(DirectoryOffset, quint64(8)) << u"truncated"_s;
        QTest::newRow("directory size wraps") << patched(DirectorySize, ~quint64(0)) << u"truncated"_s;
        QTest::newRow("profile offset wraps") << patched(ProfileOffset, ~quint64(7)) << u"truncated"_s;
        QTest::newRow("profile size wraps") << patched(ProfileSize, ~quint64(0) - 100) << u"truncated"_s;

        // The directory.
        QByteArray garbled = good;
        garbled[qsizetype(get<quint64>(good, DirectoryOffset))] = char(0xff);
        QTest::newRow("unreadable directory") << garbled << u"unreadable directory"_s;
        QTest::newRow("directory is an array")
            << withDirectoryBytes(good, QCborValue(QCborArray{1, 2}).toCbor()) << u"unreadable directory"_s;
        QTest::newRow("no content hash")
            << withDirectory(good, [](QCborMap& d) { d.remove(u"content_hash"_s); }) << u"no valid content hash"_s;
        QTest::newRow("content hash not hex")
            << withDirectory(good, [](QCborMap& d) { d.insert(u"content_hash"_s, u"../"_s.repeated(21) + u"x"_s); })
            << u"no valid content hash"_s;
        QTest::newRow("columns missing")
            << withDirectory(good, [](QCborMap& d) { d.remove(u"columns"_s); }) << u"inconsistent directory"_s;
        QTest::newRow("column is not a map")
            << withDirectory(good, [](QCborMap& d) { d.insert(u"columns"_s, QCborArray{1, 2}); }) << u"inconsistent directory"_s;
        QTest::newRow("column without a name") << withColumnField(good, 0, u"name"_s, 7) << u"a column has no name"_s;
        QTest::newRow("unknown type") << withColumnField(good, 0, u"type"_s, u"complex"_s) << u"unknown type"_s;
        QTest::newRow("unknown storage") << withColumnField(good, 0, u"storage"_s, u"f64"_s) << u"unknown storage"_s;
        QTest::newRow("categorical stored as numbers")
            << withColumnField(good, 1, u"storage"_s, u"f32"_s) << u"does not match its storage"_s;
        QTest::newRow("numeric stored as codes")
            << withColumnField(good, 0, u"storage"_s, u"dict"_s) << u"does not match its storage"_s;
        QTest::newRow("digest missing") << withColumnField(good, 0, u"sha256"_s, QByteArray("short")) << u"no valid digest"_s;

        // Column data.
        QTest::newRow("data past the end") << withColumnField(good, 0, u"data"_s, qint64(1) << 40) << u"column \"x\" lies outside"_s;
        QTest::newRow("data in the header") << withColumnField(good, 0, u"data"_s, 0) << u"lies outside the file"_s;
        QTest::newRow("data offset negative") << withColumnField(good, 0, u"data"_s, -64) << u"lies outside the file"_s;
        QTest::newRow("data offset misaligned") << withColumnField(good, 0, u"data"_s, 66) << u"lies outside the file"_s;
        QTest::newRow("data offset not a number") << withColumnField(good, 0, u"data"_s, u"64"_s) << u"lies outside the file"_s;
        QTest::newRow("data runs past the end")
            << withColumnField(good, 0, u"data"_s, qint64(fileSize - 64)) << u"lies outside the file"_s;

        // Dictionaries and codes.
        QTest::newRow("category code out of range") << code(5, 6) << u"refers to category 6 in row 6, but has only 6 categories"_s;
        QTest::newRow("category code huge") << code(1002, 0xFFFFFFFEu) << u"refers to category 4294967294 in row 1003"_s;
        QTest::newRow("category count 2^61 (offsets size wraps)")
            << withColumnField(good, 1, u"dict_count"_s, qint64(1) << 61) << u"impossible number of categories"_s;
        QTest::newRow("category count negative")
            << withColumnField(good, 1, u"dict_count"_s, -1) << u"impossible number of categories"_s;
        QTest::newRow("category count 2^32-1")
            << withColumnField(good, 1, u"dict_count"_s, qint64(0xFFFFFFFFu)) << u"categories outside the file"_s;
        QTest::newRow("category count larger")
            << withColumnField(good, 1, u"dict_count"_s, 7) << u"inconsistent category list"_s;
        QTest::newRow("category count smaller")
            << withColumnField(good, 1, u"dict_count"_s, 2) << u"inconsistent category list"_s;
        QTest::newRow("category offsets past the end")
            << withColumnField(good, 1, u"dict_offsets"_s, qint64(1) << 40) << u"categories outside the file"_s;
        QTest::newRow("category offsets misaligned")
            << withColumnField(good, 1, u"dict_offsets"_s, qint64(words.dictionaryOffsets + 4)) << u"categories outside the file"_s;
        QTest::newRow("category bytes past the end")
            << withColumnField(good, 1, u"dict_bytes"_s, (qint64(1) << 62) - 2) << u"categories outside the file"_s;
        QTest::newRow("category bytes size wraps")
            << withColumnField(good, 1, u"dict_size"_s, -1) << u"categories outside the file"_s;
        QTest::newRow("category ends out of order") << dictionaryEnd(2, 1u << 30) << u"inconsistent category list"_s;
        QTest::newRow("first category ends before it starts") << dictionaryEnd(0, 3) << u"inconsistent category list"_s;
        QTest::newRow("last category ends past the bytes")
            << dictionaryEnd(words.dictionaryCount, words.dictionaryBytesSize + 1) << u"inconsistent category list"_s;
        Q_UNUSED(numbers);
    }

    void structuralDamageIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, phrase);
        const QString path = m_dir.filePath(u"structure.gds"_s);
        writeAll(path, bytes);
        auto opened = Snapshot::open(path);
        QVERIFY2(!opened, "a damaged snapshot was opened");
        const QString message = opened.error().message;
        QVERIFY2(message.contains(phrase), qPrintable(message));
        // What, where, and what to do.
        QVERIFY2(message.contains(u"is damaged"_s) && message.contains(path) &&
                     message.contains(u"Import the dataset again from its source file"_s),
                 qPrintable(message));
    }

    // Changing any byte of a small snapshot (or cutting it short anywhere) never makes opening
    // and using it crash, and a change to column data is always found, by open() or verify().
    void everyDamagedByteIsSafe()
    {
        ParsedTable table = makeSmallTable();
        JobControl control;
        auto summary = summarizeTable(table, 1, ProgressSlice(control, 0, 1, {}));
        QVERIFY(summary);
        const QString original = m_dir.filePath(u"small.gds"_s);
        QVERIFY(writeSnapshot(table, *summary, original));
        auto intact = Snapshot::open(original);
        QVERIFY(intact);
        QVERIFY(intact->verify());
        QVERIFY(test::readEverything(*intact) > 0);
        // Where column data lies: the bytes the content hash covers.
        std::vector<bool> covered;
        const QByteArray good = readAll(original);
        covered.assign(std::size_t(good.size()), false);
        for (qsizetype c = 0; c < intact->columnCount(); ++c) {
            const Snapshot::Column& column = intact->column(c);
            for (quint64 i = 0; i < quint64(intact->rows()) * 4; ++i)
                covered[column.dataOffset + i] = true;
            for (quint64 i = 0; i < column.dictionaryBytesSize; ++i)
                covered[column.dictionaryBytes + i] = true;
        }

        const QString path = m_dir.filePath(u"flipped.gds"_s);
        int opened = 0, refused = 0;
        auto check = [&](const QByteArray& bytes, bool dataChanged, const QString& what) {
            writeAll(path, bytes);
            auto snapshot = Snapshot::open(path);
            if (!snapshot) {
                ++refused;
                QVERIFY2(!snapshot.error().message.isEmpty(), qPrintable(what));
                return;
            }
            ++opened;
            test::readEverything(*snapshot);
            if (dataChanged)
                QVERIFY2(!snapshot->verify(), qPrintable(what + u": a change to column data went unnoticed"_s));
        };
        for (qsizetype position = 0; position < good.size(); ++position) {
            for (int mask : {0x01, 0xff}) {
                QByteArray bytes = good;
                bytes[position] = char(bytes[position] ^ mask);
                check(bytes, covered[std::size_t(position)], u"byte %1 ^ 0x%2"_s.arg(position).arg(mask, 0, 16));
                if (QTest::currentTestFailed())
                    return;
            }
            check(good.left(position), false, u"cut at %1"_s.arg(position));
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d damaged files refused, %d opened and read safely", refused, opened);
        QVERIFY(refused > 0 && opened > 0);
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
