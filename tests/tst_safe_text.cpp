// Free text from users and files (names, tags, notes, reasons): which characters are refused in
// single-line and multi-line fields, what the message says, and how text is escaped for a
// terminal.

#include "core/common/SafeText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace grove;

class TestSafeText : public QObject
{
    Q_OBJECT

private slots:
    void singleLineFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("unsafeAt"); // 1-based character of the first unsafe one; 0: none
        QTest::addColumn<QString>("described");
        QTest::newRow("plain") << u"Depth sweep"_s << 0 << QString();
        QTest::newRow("empty") << QString() << 0 << QString();
        QTest::newRow("accents and emoji") << u"Größe – 🌳"_s << 0 << QString();
        QTest::newRow("right-to-left script") << u"نموذج"_s << 0 << QString();
        QTest::newRow("backslash") << u"C:\\runs\\n"_s << 0 << QString();
        QTest::newRow("no-break space") << u"a\u00a0b"_s << 0 << QString();
        QTest::newRow("line break") << u"first\nforged row"_s << 6 << u"a line break"_s;
        QTest::newRow("carriage return") << u"ok\rforged"_s << 3 << u"a carriage return"_s;
        QTest::newRow("tab") << u"a\tb"_s << 2 << u"a tab"_s;
        QTest::newRow("escape sequence") << u"red\x1b[31m"_s << 4 << u"an escape character"_s;
        QTest::newRow("bell") << u"ding\x07"_s << 5 << u"U+0007"_s;
        QTest::newRow("nul") << QString(u"a\0b"_s) << 2 << u"U+0000"_s;
        QTest::newRow("delete") << u"a\x7f"_s << 2 << u"U+007F"_s;
        QTest::newRow("C1 next line") << u"a\u0085b"_s << 2 << u"U+0085"_s;
        QTest::newRow("C1 CSI") << u"a\u009b31m"_s << 2 << u"U+009B"_s;
        QTest::newRow("right-to-left override") << u"txt\u202egpj.exe"_s << 4 << u"U+202E"_s;
        QTest::newRow("left-to-right embedding") << u"\u202aa"_s << 1 << u"U+202A"_s;
        QTest::newRow("first strong isolate") << u"a\u2068b"_s << 2 << u"U+2068"_s;
        QTest::newRow("pop directional isolate") << u"a\u2069"_s << 2 << u"U+2069"_s;
        QTest::newRow("right-to-left mark") << u"a\u200fb"_s << 2 << u"U+200F"_s;
        QTest::newRow("Arabic letter mark") << u"\u061c"_s << 1 << u"U+061C"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s << 2 << u"U+2028"_s;
        QTest::newRow("paragraph separator") << u"a\u2029b"_s << 2 << u"U+2029"_s;
    }

    void singleLineFields()
    {
        QFETCH(QString, value);
        QFETCH(int, unsafeAt);
        QFETCH(QString, described);
        const auto found = findUnsafeCharacter(value);
        QCOMPARE(found.has_value(), unsafeAt > 0);
        if (found)
            QCOMPARE(*found + 1, unsafeAt);
        const QString problem = singleLineFieldProblem(u"The tag"_s, value);
        QCOMPARE(problem.isEmpty(), unsafeAt == 0);
        if (unsafeAt > 0) {
            // What, which character, where, and what to do.
            QVERIFY2(problem.startsWith(u"The tag contains "_s), qPrintable(problem));
            QVERIFY2(problem.contains(described), qPrintable(problem));
            QVERIFY2(problem.contains(u"at character %1"_s.arg(unsafeAt)), qPrintable(problem));
            QVERIFY2(problem.contains(u"single line"_s), qPrintable(problem));
            // The message itself never carries the character.
            QVERIFY2(!findUnsafeCharacter(problem), qPrintable(problem));
        }
    }

    void multiLineFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("unsafeAt");
        QTest::newRow("one line") << u"first try"_s << 0;
        QTest::newRow("several lines and tabs") << u"first try\n\tthen eta 0.1\nthen 0.05"_s << 0;
        QTest::newRow("carriage return") << u"line\r\nnext"_s << 5;
        QTest::newRow("escape sequence") << u"ok\n\x1b]0;title\x07"_s << 4;
        QTest::newRow("right-to-left override") << u"a\n\u202eb"_s << 3;
        QTest::newRow("form feed") << u"a\fb"_s << 2;
    }

    void multiLineFields()
    {
        QFETCH(QString, value);
        QFETCH(int, unsafeAt);
        const auto found = findUnsafeCharacter(value, true);
        QCOMPARE(found.has_value(), unsafeAt > 0);
        if (found)
            QCOMPARE(*found + 1, unsafeAt);
        const QString problem = multiLineFieldProblem(u"The note"_s, value);
        QCOMPARE(problem.isEmpty(), unsafeAt == 0);
        if (unsafeAt > 0) {
            QVERIFY2(problem.startsWith(u"The note contains "_s), qPrintable(problem));
            QVERIFY2(problem.contains(u"at character %1"_s.arg(unsafeAt)), qPrintable(problem));
            QVERIFY2(!findUnsafeCharacter(problem), qPrintable(problem));
        }
        // Single-line fields refuse what notes allow.
        if (value.contains(u'\n'))
            QVERIFY(!singleLineFieldProblem(u"The tag"_s, value).isEmpty());
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"Depth sweep"_s << u"Depth sweep"_s;
        QTest::newRow("unicode stays") << u"Größe 🌳 نموذج"_s << u"Größe 🌳 نموذج"_s;
        QTest::newRow("backslashes stay") << u"a\\nb"_s << u"a\\nb"_s;
        QTest::newRow("forged row") << u"x\n2   forged  finished"_s << u"x\\n2   forged  finished"_s;
        QTest::newRow("carriage return and tab") << u"a\rb\tc"_s << u"a\\rb\\tc"_s;
        QTest::newRow("colour") << u"\x1b[31mred\x1b[0m"_s << u"\\e[31mred\\e[0m"_s;
        QTest::newRow("bell and nul") << QString(u"\x07\0"_s) << u"\\x07\\x00"_s;
        QTest::newRow("delete and C1") << u"\x7f\u0085"_s << u"\\x7f\\x85"_s;
        QTest::newRow("bidi override") << u"abc\u202edef"_s << u"abc\\u202edef"_s;
        QTest::newRow("isolate and separators") << u"\u2066\u2028\u2029"_s << u"\\u2066\\u2028\\u2029"_s;
    }

    void escaping()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(escapeUnsafeText(text), escaped);
        QVERIFY(!findUnsafeCharacter(escapeUnsafeText(text)));
        // Escaping twice changes nothing more: escaped text is safe text.
        QCOMPARE(escapeUnsafeText(escaped), escaped);
    }
};

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safe_text.moc"
