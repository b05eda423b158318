// Number cells: what counts as a number, as missing, or as text, and that the fast padded parser
// gives exactly the float that reading as float64 and casting to float32 gives.

#include "core/data/NumberParser.h"

#include <QTest>

#include <array>
#include <cmath>
#include <cstdlib>
#include <random>
#include <string>

using namespace grove;

Q_DECLARE_METATYPE(grove::CellKind)

namespace {

std::array<bool, 256> commaStops()
{
    std::array<bool, 256> stops{};
    stops[','] = stops['\n'] = stops['\r'] = true;
    return stops;
}

// Runs the padded parser on `token` followed by zero padding.
const char* parsePadded(const std::string& token, float& value, std::string& storage)
{
    static const auto stops = commaStops();
    storage = token + std::string(kNumberParserPadding + 8, '\0');
    return parsePlainNumberPadded(storage.data(), storage.data() + token.size(), stops.data(), value);
}

bool sameBits(float a, float b) { return std::memcmp(&a, &b, sizeof a) == 0; }

QString mismatch(const std::string& token, float value, float expected)
{
    return QStringLiteral("'%1': got %2, strtod gives %3")
        .arg(QString::fromStdString(token))
        .arg(double(value), 0, 'g', 9)
        .arg(double(expected), 0, 'g', 9);
}

} // namespace

class TestNumberParsing : public QObject
{
    Q_OBJECT

private slots:
    void cells_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<CellKind>("kind");
        QTest::addColumn<double>("value");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("integer") << QByteArray("42") << CellKind::Number << 42.0;
        QTest::newRow("negative") << QByteArray("-7.25") << CellKind::Number << -7.25;
        QTest::newRow("plus sign") << QByteArray("+5") << CellKind::Number << 5.0;
        QTest::newRow("two signs") << QByteArray("+-5") << CellKind::NotNumber << 0.0;
        QTest::newRow("leading dot") << QByteArray(".5") << CellKind::Number << 0.5;
        QTest::newRow("trailing dot") << QByteArray("3.") << CellKind::Number << 3.0;
        QTest::newRow("exponent") << QByteArray("1.5e3") << CellKind::Number << 1500.0;
        QTest::newRow("negative exponent") << QByteArray("2E-2") << CellKind::Number << 0.02;
        QTest::newRow("blanks around") << QByteArray("  12.5\t") << CellKind::Number << 12.5;
        QTest::newRow("inf") << QByteArray("inf") << CellKind::Number << inf;
        QTest::newRow("-Infinity") << QByteArray("-Infinity") << CellKind::Number << -inf;
        QTest::newRow("overflow") << QByteArray("1e400") << CellKind::Number << inf;
        // Beyond double's range in plain digits: infinity as with an exponent, never 0.
        QTest::newRow("310 digits") << (QByteArray("1") + QByteArray(309, '0')) << CellKind::Number << inf;
        QTest::newRow("-400 digits") << (QByteArray("-9") + QByteArray(399, '0') + ".5") << CellKind::Number << -inf;
        QTest::newRow("digits and a negative exponent") << (QByteArray("1") + QByteArray(400, '0') + "e-50")
                                                        << CellKind::Number << inf;
        QTest::newRow("underflow") << QByteArray("1e-400") << CellKind::Number << 0.0;
        QTest::newRow("underflow in digits") << (QByteArray("0.") + QByteArray(400, '0') + "1") << CellKind::Number << 0.0;
        QTest::newRow("digits and a large negative exponent") << (QByteArray("1") + QByteArray(100, '0') + "e-500")
                                                              << CellKind::Number << 0.0;
        QTest::newRow("many digits") << QByteArray("3.14159265358979323846264338327950288")
                                     << CellKind::Number << 3.14159265358979323846;
        QTest::newRow("empty") << QByteArray("") << CellKind::Missing << 0.0;
        QTest::newRow("blank") << QByteArray("   ") << CellKind::Missing << 0.0;
        for (const char* marker : {"NA", "na", "N/A", "NaN", "nan", "NAN", "null", "NULL", "None", "?", " NA "})
            QTest::newRow(marker) << QByteArray(marker) << CellKind::Missing << 0.0;
        QTest::newRow("hex") << QByteArray("0x10") << CellKind::NotNumber << 0.0;
        QTest::newRow("thousands separator") << QByteArray("1,234") << CellKind::NotNumber << 0.0;
        QTest::newRow("word") << QByteArray("apple") << CellKind::NotNumber << 0.0;
        QTest::newRow("number and unit") << QByteArray("12kg") << CellKind::NotNumber << 0.0;
        QTest::newRow("two dots") << QByteArray("1.2.3") << CellKind::NotNumber << 0.0;
        QTest::newRow("lone minus") << QByteArray("-") << CellKind::NotNumber << 0.0;
    }

    void cells()
    {
        QFETCH(QByteArray, text);
        QFETCH(CellKind, kind);
        QFETCH(double, value);
        double parsed = 0;
        const std::string_view view(text.constData(), std::size_t(text.size()));
        QCOMPARE(parseNumberCell(view, parsed), kind);
        if (kind == CellKind::Number)
            QCOMPARE(parsed, value);
        float single = 0;
        QCOMPARE(parseNumberCell(view, single), kind);
        if (kind == CellKind::Number)
            QCOMPARE(single, float(value));
        QCOMPARE(isMissingMarker(view), kind == CellKind::Missing);
    }

    void wholeNumbers()
    {
        QVERIFY(isWholeNumber(0));
        QVERIFY(isWholeNumber(-12));
        QVERIFY(isWholeNumber(1e15));
        QVERIFY(!isWholeNumber(0.5));
        QVERIFY(!isWholeNumber(-1e-9));
        QVERIFY(!isWholeNumber(1e19)); // beyond the range it checks
        QVERIFY(!isWholeNumber(std::nan("")));
    }

    void paddedParserStopsWhereTheCellEnds()
    {
        std::string storage;
        float value = 0;
        const std::string csv = "-0.653742,1.5\n";
        static const auto stops = commaStops();
        storage = csv + std::string(16, '\0');
        const char* stop = parsePlainNumberPadded(storage.data(), storage.data() + csv.size(), stops.data(), value);
        QVERIFY(stop);
        QCOMPARE(*stop, ',');
        QCOMPARE(value, -0.653742f);
        // Anything it does not handle is left to the general parser.
        for (const char* token : {"+5", " 5", "1e5", "nan", "NA", "", "-", ".", "12kg", "1.2.3",
                                  "12345678901234567890", "0.000000000000000000000001"}) {
            QVERIFY2(!parsePadded(token, value, storage), token);
        }
        QVERIFY(parsePadded("-0", value, storage));
        QVERIFY(std::signbit(value));
    }

    // Millions of random tokens: whenever the padded parser accepts one, its float must be the
    // float32 of the correctly rounded float64, bit for bit.
    void paddedParserMatchesStrtod()
    {
        std::mt19937_64 random(20261122);
        const char alphabet[] = "0123456789.-e+,x ";
        std::string storage;
        qint64 accepted = 0;
        for (int i = 0; i < 3'000'000; ++i) {
            std::string token;
            if (random() % 4 == 0) {
                const int length = 1 + int(random() % 12);
                for (int k = 0; k < length; ++k)
                    token.push_back(alphabet[random() % (sizeof alphabet - 1)]);
            } else {
                if (random() % 2)
                    token.push_back('-');
                const int whole = int(random() % 10);
                for (int k = 0; k < whole; ++k)
                    token.push_back(char('0' + random() % 10));
                if (random() % 3) {
                    token.push_back('.');
                    const int fraction = int(random() % 13);
                    for (int k = 0; k < fraction; ++k)
                        token.push_back(char('0' + random() % 10));
                }
            }
            float value = 0;
            const char* stop = parsePadded(token, value, storage);
            if (!stop)
                continue;
            ++accepted;
            const std::string consumed(storage.data(), std::size_t(stop - storage.data()));
            const float expected = static_cast<float>(std::strtod(consumed.c_str(), nullptr));
            if (!sameBits(value, expected))
                QFAIL(qPrintable(mismatch(token, value, expected)));
            if (stop != storage.data() + token.size())
                QVERIFY(commaStops()[static_cast<unsigned char>(*stop)]);
        }
        QVERIFY(accepted > 1'000'000);
    }

    // Up to eight digits with a mantissa below 2^24 take one float division; the result must be
    // what float64 rounded to float32 gives, for every count of fraction digits, at the ends of
    // that range too, and with either sign.
    void shortNumbersMatchStrtod()
    {
        std::mt19937 random(11);
        std::string storage;
        for (const std::string token : {"-0.00000000", "-0.0", "-0", "0.00000001", "16777215", "16777216",
                                        "-1677721.5", "1.6777217", "99999999", "0.99999999"}) {
            float value = 0;
            QVERIFY2(parsePadded(token, value, storage), token.c_str());
            const float expected = static_cast<float>(std::strtod(token.c_str(), nullptr));
            if (!sameBits(value, expected))
                QFAIL(qPrintable(mismatch(token, value, expected)));
        }
        for (int fraction = 0; fraction <= 8; ++fraction) {
            for (int i = 0; i < 200'000; ++i) {
                std::uint32_t mantissa = random() % (1u << 24);
                if (i < 64)
                    mantissa = i < 32 ? std::uint32_t(i) : (1u << 24) - 1 - std::uint32_t(i - 32);
                std::string digits = std::to_string(mantissa);
                if (int(digits.size()) <= fraction)
                    digits.insert(0, std::size_t(fraction + 1) - digits.size(), '0');
                std::string token = digits;
                if (fraction > 0)
                    token.insert(token.size() - std::size_t(fraction), 1, '.');
                if (random() % 2)
                    token.insert(0, 1, '-');
                float value = 0;
                QVERIFY2(parsePadded(token, value, storage), token.c_str());
                const float expected = static_cast<float>(std::strtod(token.c_str(), nullptr));
                if (!sameBits(value, expected))
                    QFAIL(qPrintable(mismatch(token, value, expected)));
            }
        }
    }

    // Decimals that lie next to a point halfway between two floats are where a shortcut would
    // round the wrong way.
    void paddedParserNearRoundingMidpoints()
    {
        std::mt19937_64 random(7);
        std::string storage;
        qint64 accepted = 0;
        for (int i = 0; i < 1'000'000; ++i) {
            const float f = std::ldexp(float(random() % 16777216) / 16777216.0f + 0.5f, int(random() % 40) - 20);
            const double midpoint = (double(f) + double(std::nextafter(f, 1e30f))) / 2;
            char text[64];
            const int precision = random() % 3 == 0 ? 17 : 6 + int(random() % 12);
            const int length = std::snprintf(text, sizeof text, "%.*f", precision, random() % 2 ? midpoint : -midpoint);
            if (length > 30)
                continue;
            float value = 0;
            if (!parsePadded(text, value, storage))
                continue;
            ++accepted;
            const float expected = static_cast<float>(std::strtod(text, nullptr));
            if (!sameBits(value, expected))
                QFAIL(qPrintable(QStringLiteral("%1: got %2, strtod gives %3")
                                     .arg(QString::fromLatin1(text))
                                     .arg(double(value), 0, 'g', 9)
                                     .arg(double(expected), 0, 'g', 9)));
        }
        QVERIFY(accepted > 500'000);
    }
};

QTEST_APPLESS_MAIN(TestNumberParsing)
#include "tst_number_parsing.moc"
