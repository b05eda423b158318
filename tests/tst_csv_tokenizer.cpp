// The CSV tokenizer (fields, quoting, line endings, errors), the record boundaries used to split
// work between threads, the index of field ends the reader's fast path uses, and delimiter
// sniffing.

#include "core/data/CsvFormat.h"
#include "core/data/StopIndex.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <string>

using namespace grove;

Q_DECLARE_METATYPE(grove::RecordStatus)

namespace {

struct Parsed
{
    QList<QByteArrayList> records;
    RecordStatus last = RecordStatus::End;
    qsizetype errorOffset = -1;
};

Parsed tokenize(const QByteArray& text, char delimiter = ',')
{
    CsvDialect dialect;
    dialect.delimiter = delimiter;
    CsvTokenizer tokenizer(dialect);
    Parsed parsed;
    const char* pos = text.constData();
    const char* end = pos + text.size();
    std::vector<FieldView> fields;
    std::string scratch;
    for (;;) {
        const char* errorAt = nullptr;
        const RecordStatus status = tokenizer.next(pos, end, true, fields, &errorAt);
        if (status == RecordStatus::Blank)
            continue;
        if (status != RecordStatus::Ok) {
            parsed.last = status;
            if (errorAt)
                parsed.errorOffset = errorAt - text.constData();
            return parsed;
        }
        QByteArrayList record;
        for (const FieldView& field : fields) {
            const std::string_view value = field.text(scratch);
            record << QByteArray(value.data(), qsizetype(value.size()));
        }
        parsed.records << record;
    }
}

} // namespace

class TestCsvTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void records_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<QByteArrayList>>("expected");
        using L = QList<QByteArrayList>;
        QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("lone cr") << QByteArray("a,b\r1,2\r") << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n") << L{{"a"}, {"b"}};
        QTest::newRow("empty fields") << QByteArray(",,\n") << L{{"", "", ""}};
        QTest::newRow("quoted delimiter") << QByteArray("\"Rome, IT\",2\n") << L{{"Rome, IT", "2"}};
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << L{{"say \"hi\"", "x"}};
        QTest::newRow("newline inside quotes") << QByteArray("\"two\nlines\",3\n") << L{{"two\nlines", "3"}};
        QTest::newRow("crlf inside quotes") << QByteArray("\"a\r\nb\"\r\n") << L{{"a\r\nb"}};
        QTest::newRow("quote inside unquoted field") << QByteArray("5'11\",x\n") << L{{"5'11\"", "x"}};
        QTest::newRow("blank after closing quote") << QByteArray("\"a\"  ,b\n") << L{{"a", "b"}};
        QTest::newRow("empty quoted") << QByteArray("\"\",1\n") << L{{"", "1"}};
        QTest::newRow("utf8") << QByteArray("größe,€\n") << L{{"größe", "€"}};
    }

    void records()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<QByteArrayList>, expected);
        const Parsed parsed = tokenize(text);
        QCOMPARE(parsed.last, RecordStatus::End);
        QCOMPARE(parsed.records, expected);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<RecordStatus>("status");
        QTest::addColumn<int>("offset");
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << RecordStatus::UnterminatedQuote << 6;
        QTest::newRow("text after quote") << QByteArray("\"a\"b,c\n") << RecordStatus::TextAfterQuote << 3;
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(RecordStatus, status);
        QFETCH(int, offset);
        const Parsed parsed = tokenize(text);
        QCOMPARE(parsed.last, status);
        QCOMPARE(parsed.errorOffset, offset);
    }

    void needsMoreAtTheEndOfABuffer()
    {
        CsvDialect dialect;
        CsvTokenizer tokenizer(dialect);
        std::vector<FieldView> fields;
        for (const QByteArray& text : {QByteArray("a,b"), QByteArray("\"a,b\nc"), QByteArray("a\r"), QByteArray("\"x\"")}) {
            const char* pos = text.constData();
            QCOMPARE(tokenizer.next(pos, pos + text.size(), false, fields, nullptr), RecordStatus::NeedMore);
        }
    }

    void otherDelimiters()
    {
        QCOMPARE(tokenize("a;b\n1;2,5\n", ';').records, (QList<QByteArrayList>{{"a", "b"}, {"1", "2,5"}}));
        QCOMPARE(tokenize("a\tb\n1\t\n", '\t').records, (QList<QByteArrayList>{{"a", "b"}, {"1", ""}}));
        QCOMPARE(tokenize("a|b\n", '|').records, (QList<QByteArrayList>{{"a", "b"}}));
    }

    // Cutting a buffer at lastRecordBoundary must never split a record, whatever the quoting.
    void recordBoundariesAgreeWithTheTokenizer()
    {
        std::mt19937 random(42);
        const char pieces[][8] = {"a", "bc", ",", "\n", "\"", "\"\"", "\r\n", "x y", "1.5"};
        CsvDialect dialect;
        for (int round = 0; round < 300; ++round) {
            // A valid file: random fields, each either plain or quoted with anything inside.
            QByteArray text;
            const int records = 1 + int(random() % 12);
            for (int r = 0; r < records; ++r) {
                const int fields = 1 + int(random() % 4);
                for (int f = 0; f < fields; ++f) {
                    if (f)
                        text += ',';
                    if (random() % 2) {
                        text += '"';
                        const int parts = int(random() % 4);
                        for (int p = 0; p < parts; ++p) {
                            const char* piece = pieces[random() % 9];
                            text += QByteArray(piece) == "\"" ? QByteArray("\"\"") : QByteArray(piece);
                        }
                        text += '"';
                    } else {
                        text += QByteArray("abc").left(int(random() % 4));
                    }
                }
                // Old Mac files end records with a lone CR, which the tokenizer accepts too: a
                // quote right after one opens a quoted field.
                const char* endings[] = {"\n", "\r\n", "\r"};
                text += endings[random() % 3];
            }
            const Parsed whole = tokenize(text);
            QCOMPARE(whole.last, RecordStatus::End);
            for (qsizetype cut = 0; cut <= text.size(); ++cut) {
                const char* begin = text.constData();
                const char* boundary = lastRecordBoundary(begin, begin + cut, dialect);
                // The prefix up to the boundary holds only complete records, and they are the
                // first records of the whole file.
                const Parsed prefix = tokenize(text.left(boundary - begin));
                QCOMPARE(prefix.last, RecordStatus::End);
                QVERIFY(prefix.records.size() <= whole.records.size());
                QCOMPARE(prefix.records, whole.records.mid(0, prefix.records.size()));
                if (boundary != begin)
                    QCOMPARE(boundary[-1], '\n');
            }
        }
    }

    // The index must name the same field end as reading byte by byte would, from any position,
    // for blocks of every length (shorter than, equal to, and longer than its 64-byte words) and
    // fields longer than two words; and it must say when a block is not plain ASCII.
    void stopIndexFindsEveryFieldEnd()
    {
        std::mt19937 random(7);
        using Width = csv_detail::StopIndex::Width;
        csv_detail::StopIndex index;
        for (int round = 0; round < 400; ++round) {
            const char delimiter = round % 3 == 0 ? ';' : ',';
            std::size_t size = std::size_t(round < 200 ? round : random() % 1200);
            std::string text;
            const int longRun = int(random() % 4) == 0 ? int(random() % 300) : 0;
            while (text.size() < size) {
                const unsigned roll = random() % 100;
                if (roll < 10)
                    text += ',';
                else if (roll < 13)
                    text += ';';
                else if (roll < 16)
                    text += '\n';
                else if (roll < 18)
                    text += '\r';
                else if (roll == 18)
                    text += char(0xC3); // a byte outside ASCII
                else if (roll == 19)
                    text += '\0';
                else if (roll == 20 && longRun > 0)
                    text += std::string(std::size_t(longRun), 'x');
                else
                    text += char('0' + random() % 10);
            }
            text.resize(size);
            // Stop bytes, a byte outside ASCII and a NUL right after the block must not be seen:
            // the index reads nothing beyond it.
            const std::string stored = text + std::string(",\x80\0\n,\n", 6);
            const char* begin = stored.data();
            const char* end = begin + size;
            const bool plain = std::all_of(text.begin(), text.end(),
                                           [](char c) { return c != 0 && static_cast<unsigned char>(c) < 0x80; });
            // Every way of building it that this processor can run gives the same index.
            for (const auto width : {Width::Best, Width::Bytes1, Width::Bytes16, Width::Bytes32}) {
                if (!csv_detail::StopIndex::supports(width))
                    continue;
                index.build(begin, size, delimiter, width);
                QCOMPARE(index.plainAscii(), plain);
                for (const char* p = begin; p <= end; ++p) {
                    const char* expected = p;
                    while (expected != end && *expected != delimiter && *expected != '\n' && *expected != '\r')
                        ++expected;
                    if (index.next(p) != expected)
                        QFAIL(qPrintable(QStringLiteral("round %1, size %2, width %3: from %4 the index found %5, not %6")
                                             .arg(round).arg(size).arg(int(width)).arg(p - begin)
                                             .arg(index.next(p) - begin).arg(expected - begin)));
                }
            }
        }
    }

    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << ',';
        QTest::newRow("semicolon with decimal commas") << QByteArray("a;b\n1,5;2,5\n3,0;4,1\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << '\t';
        QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << '|';
        QTest::newRow("quoted commas do not count") << QByteArray("a;b\n\"1,2,3\";4\n\"5,6\";7\n") << ';';
        QTest::newRow("single column falls back") << QByteArray("value\n1\n2\n") << ',';
    }

    void sniffing()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, delimiter);
        QCOMPARE(sniffDelimiter(std::string_view(text.constData(), std::size_t(text.size())), true, ','), delimiter);
    }
};

QTEST_APPLESS_MAIN(TestCsvTokenizer)
#include "tst_csv_tokenizer.moc"
