// grove-cli against hostile input, run as a separate process: parameters that are not finite
// numbers, and free text (names, tags, notes) with line breaks, escape sequences and bidi
// overrides. Bad input is refused with exit status 2 before anything is recorded, and text that
// is already stored (by an older Grove, or taken from a file) is printed escaped.

#include "tests/TrainingData.h"

#include "core/store/Database.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

using Run = test::CliRun;

// The first character a terminal would act on (other than the line breaks between lines), or -1.
int firstUnsafe(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n')
            continue;
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e) ||
            (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029)
            return int(i);
    }
    return -1;
}

#define VERIFY_PRINTABLE(text)                                                                                         \
    do {                                                                                                               \
        const QString printed_ = (text);                                                                               \
        const int at_ = firstUnsafe(printed_);                                                                         \
        QVERIFY2(at_ < 0, qPrintable(u"unsafe U+%1 at %2 in: %3"_s.arg(int(printed_.at(std::max(at_, 0)).unicode()), 4, 16, QChar(u'0')) \
                                         .arg(at_)                                                                     \
                                         .arg(printed_.toHtmlEscaped())));                                             \
    } while (false)

} // namespace

class TestCliInputChecks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QStringList m_runIds;

    Run grove(const QStringList& arguments, const QString& workspace = {}) const
    {
        return test::runCli(QStringList{u"--workspace"_s, workspace.isEmpty() ? m_ws : workspace} + arguments);
    }
    QString write(const QString& name, const QByteArray& content) const
    {
        return test::writeFile(m_dir.filePath(name), content);
    }
    qsizetype count(const QString& command, const QString& key) const
    {
        return grove({command, u"--json"_s}).json().value(key).toArray().size();
    }
    QString train(const QString& workspace, const QStringList& extra = {}) const
    {
        Run run = grove(QStringList{u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"label"_s, u"--rounds"_s,
                                    u"2"_s, u"--threads"_s, u"1"_s, u"--json"_s} +
                            extra,
                        workspace);
        if (run.exitCode != 0)
            return {};
        return QString::number(run.json().value(u"run_id"_s).toInteger());
    }

    // Runs a command that must be refused (exit 2, the message naming `phrase`) and checks that
    // the workspace's datasets, comparisons and runs stayed as they were. An import's FILE is
    // filled in here.
    Run refusedWithNothingStored(QStringList arguments, const QString& phrase) const
    {
        if (arguments[0] == u"import"_s)
            arguments[1] = write(u"other.csv"_s, test::syntheticCsv(test::syntheticRows(30, 9)));
        const QByteArray datasets = grove({u"datasets"_s, u"--json"_s}).out;
        const QByteArray comparisons = grove({u"comparisons"_s, u"--json"_s}).out;
        const qsizetype runs = count(u"runs"_s, u"runs"_s);
        Run run = grove(arguments);
        [&] {
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(phrase), qPrintable(run.err));
            QCOMPARE(grove({u"datasets"_s, u"--json"_s}).out, datasets);
            QCOMPARE(grove({u"comparisons"_s, u"--json"_s}).out, comparisons);
            QCOMPARE(count(u"runs"_s, u"runs"_s), runs);
        }();
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        const QString csv = write(u"synth.csv"_s, test::syntheticCsv(test::syntheticRows(120, 3)));
        Run imported = grove({u"import"_s, csv, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        for (int i = 0; i < 2; ++i) {
            const QString id = train(m_ws);
            QVERIFY(!id.isEmpty());
            m_runIds << id;
        }
        Run saved = grove({u"compare"_s, m_runIds[0], m_runIds[1], u"--save"_s, u"Pair"_s, u"--json"_s});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.describe()));
    }

    void nonFiniteNumbersRecordNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("config"); // a --config file, when not empty
        QTest::addColumn<QString>("field");     // the message names it
        const QByteArray none;
        for (const char* value : {"nan", "NaN", "-nan", "inf", "-inf", "Infinity", "1e999"}) {
            for (const char* name : {"alpha", "gamma", "eta", "max_depth", "max_delta_step"}) {
                QTest::addRow("--param %s=%s", name, value)
                    << QStringList{u"--param"_s, u"%1=%2"_s.arg(QLatin1StringView(name), QLatin1StringView(value))} << none
                    << QString::fromLatin1(name);
            }
            QTest::addRow("--valid-fraction %s", value) << QStringList{u"--valid-fraction"_s, QString::fromLatin1(value)}
                                                         << none << u"valid-fraction"_s;
        }
        const QByteArray head = R"({"dataset": "synth", "target": "label", )";
        QTest::newRow("config alpha \"nan\"") << QStringList{} << head + R"("params": {"alpha": "nan"}})" << u"alpha"_s;
        QTest::newRow("config lambda \"-Infinity\"") << QStringList{} << head + R"("params": {"lambda": "-Infinity"}})" << u"lambda"_s;
        QTest::newRow("config gamma 1e999") << QStringList{} << head + R"("params": {"gamma": 1e999}})" << u"gamma"_s;
        QTest::newRow("config extra \"inf\"") << QStringList{} << head + R"("params": {"extra": {"max_delta_step": "inf"}}})"
                                              << u"max_delta_step"_s;
        QTest::newRow("config fraction 1e999") << QStringList{} << head + R"("validation": {"kind": "holdout", "fraction": 1e999}})"
                                               << u"fraction"_s;
    }

    void nonFiniteNumbersRecordNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, config);
        QFETCH(QString, field);
        const qsizetype before = count(u"runs"_s, u"runs"_s);
        QStringList command{u"train"_s, u"--json"_s};
        if (config.isEmpty())
            command << u"--dataset"_s << u"synth"_s << u"--target"_s << u"label"_s;
        else
            command << u"--config"_s << write(u"config.json"_s, config);
        Run run = grove(command + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(run.err.contains(field), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"started"_s) && !run.err.contains(u"failed"_s), qPrintable(run.err));
        QCOMPARE(count(u"runs"_s, u"runs"_s), before);
        QCOMPARE(QDir(m_ws + u"/runs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), before);
    }

    void controlCharactersInNamesAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("phrase");
        const QStringList hostile{u"two\nlines"_s, u"\x1b[2J\x1b[31mred"_s, u"ok\rforged"_s, u"bell\x07"_s,
                                  u"txt\u202egpj"_s, u"a\u2028b"_s};
        const QStringList tags{u"line break"_s, u"escape"_s, u"carriage return"_s, u"bell"_s, u"bidi override"_s,
                               u"line separator"_s};
        for (qsizetype i = 0; i < hostile.size(); ++i) {
            const QByteArray tag = tags[i].toUtf8();
            QTest::addRow("train --experiment, %s", tag.constData())
                << QStringList{u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"label"_s, u"--experiment"_s, hostile[i]}
                << u"experiment name"_s;
            QTest::addRow("import --name, %s", tag.constData())
                << QStringList{u"import"_s, QString(), u"--name"_s, hostile[i]} << u"dataset name"_s;
            QTest::addRow("rename, %s", tag.constData()) << QStringList{u"rename"_s, u"synth"_s, hostile[i]} << u"dataset name"_s;
            QTest::addRow("compare --save, %s", tag.constData())
                << QStringList{u"compare"_s, m_runIds[0], m_runIds[1], u"--save"_s, hostile[i]} << u"comparison name"_s;
            QTest::addRow("comparisons --rename, %s", tag.constData())
                << QStringList{u"comparisons"_s, u"--rename"_s, u"Pair"_s, hostile[i]} << u"comparison name"_s;
        }
    }

    void controlCharactersInNamesAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, phrase);
        const Run run = refusedWithNothingStored(arguments, phrase);
        if (QTest::currentTestFailed())
            return;
        // The message says what to do, and does not carry the character to the terminal.
        QVERIFY2(run.err.contains(u"single line"_s), qPrintable(run.err));
        VERIFY_PRINTABLE(run.err);
    }

    // An option given an empty value (a script's unset variable) is refused, not read as left
    // out: the import would otherwise take the file's name, the run the "Default" experiment.
    void emptyNamesAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("phrase");
        for (const QString& empty : {QString(), u"  "_s}) {
            const QByteArray tag = empty.isEmpty() ? "empty" : "blanks";
            QTest::addRow("import --name, %s", tag.constData())
                << QStringList{u"import"_s, QString(), u"--name"_s, empty} << u"name cannot be empty"_s;
            QTest::addRow("train --experiment, %s", tag.constData())
                << QStringList{u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"label"_s, u"--experiment"_s, empty}
                << u"--experiment was given an empty name"_s;
            QTest::addRow("runs --experiment, %s", tag.constData())
                << QStringList{u"runs"_s, u"--experiment"_s, empty} << u"--experiment was given an empty name"_s;
        }
    }

    void emptyNamesAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, phrase);
        refusedWithNothingStored(arguments, phrase);
    }

    void notesAndTagsRefuseControlCharacters()
    {
        auto workspace = Workspace::openOrCreate(m_ws);
        QVERIFY(workspace);
        RunStore store(workspace->database());
        const qint64 id = m_runIds[0].toLongLong();
        // A note may have several lines and tabs; nothing else that moves the cursor.
        VERIFY_OK(store.setNote(id, u"first try\n\teta 0.3"_s));
        for (const QString& note : {u"red\x1b[31m"_s, u"line\r\nnext"_s, u"abc\u202edef"_s, u"bell\x07"_s}) {
            const Status status = store.setNote(id, note);
            QVERIFY(!status);
            QCOMPARE(status.error().kind, ErrorKind::BadInput);
            QVERIFY2(status.error().message.startsWith(u"The note contains"_s), qPrintable(status.error().message));
        }
        VERIFY_OK(store.setTags(id, {u"baseline"_s}));
        for (const QString& tag : {u"a\u202eb"_s, u"x\u2066y"_s, u"bell\x07"_s, u"two\nlines"_s}) {
            const Status status = store.setTags(id, {u"fine"_s, tag});
            QVERIFY(!status);
            QVERIFY2(status.error().message.startsWith(u"The tag"_s), qPrintable(status.error().message));
            VERIFY_PRINTABLE(status.error().message);
        }
        // What the CLI shows is what was kept.
        Run shown = grove({u"show"_s, m_runIds[0], u"--json"_s});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().value(u"note"_s).toString(), u"first try\n\teta 0.3"_s);
        QCOMPARE(shown.json().value(u"tags"_s).toArray(), QJsonArray{u"baseline"_s});
        Run text = grove({u"show"_s, m_runIds[0]});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("  tags: baseline\n"), text.out.constData());
        QVERIFY2(text.out.contains("  note: first try\n        \\teta 0.3\n"), text.out.constData());
    }

    // A workspace written before these checks (or by hand) can hold anything: every listing
    // prints it escaped, one row per record.
    void storedTextIsPrintedEscaped()
    {
        const QString legacy = m_dir.filePath(u"legacy"_s);
        const QString csv = write(u"synth2.csv"_s, test::syntheticCsv(test::syntheticRows(60, 5)));
        QCOMPARE(grove({u"import"_s, csv, u"--name"_s, u"synth"_s}, legacy).exitCode, 0);
        const QString runId = train(legacy, {u"--experiment"_s, u"sweep"_s});
        QVERIFY(!runId.isEmpty());
        QCOMPARE(train(legacy, {u"--experiment"_s, u"other"_s}).isEmpty(), false);
        QCOMPARE(grove({u"compare"_s, u"1"_s, u"2"_s, u"--save"_s, u"Pair"_s}, legacy).exitCode, 0);

        const QString forged = u"evil\n9   forged  finished\x1b[31m\x07\u202e"_s;
        {
            auto workspace = Workspace::openOrCreate(legacy);
            QVERIFY(workspace);
            Database& database = workspace->database();
            for (const QString& sql : {u"UPDATE datasets SET name = ?"_s, u"UPDATE experiments SET name = ? || id"_s,
                                       u"UPDATE comparisons SET name = ?"_s, u"UPDATE runs SET note = ?"_s,
                                       u"UPDATE run_tags SET tag = ?"_s}) {
                auto statement = database.prepare(sql);
                QVERIFY(statement);
                statement->bind(1, forged);
                VERIFY_OK(statement->run());
            }
            auto tag = database.prepare(u"INSERT INTO run_tags (run_id, tag) VALUES (?, ?)"_s);
            QVERIFY(tag);
            tag->bind(1, runId.toLongLong()).bind(2, forged);
            VERIFY_OK(tag->run());
        }
        const QString escaped = u"evil\\n9   forged  finished\\e[31m\\x07\\u202e"_s;
        struct Listing
        {
            QStringList arguments;
            int lines; // what the listing prints without forged rows
        };
        const QList<Listing> listings{{{u"datasets"_s}, 2},
                                      {{u"runs"_s}, 3},
                                      {{u"comparisons"_s}, 2},
                                      {{u"profile"_s, u"1"_s}, 10},
                                      {{u"show"_s, runId}, -1},
                                      {{u"compare"_s, u"1"_s, u"2"_s}, -1}};
        for (const Listing& listing : listings) {
            Run run = grove(listing.arguments, legacy);
            QVERIFY2(run.exitCode == 0, qPrintable(listing.arguments.join(u' ') + u": "_s + run.describe()));
            const QString out = QString::fromUtf8(run.out);
            VERIFY_PRINTABLE(out);
            if (listing.lines >= 0)
                QCOMPARE(out.count(u'\n'), listing.lines);
            if (listing.arguments[0] != u"compare"_s)
                QVERIFY2(out.contains(escaped), qPrintable(listing.arguments.join(u' ') + u":\n"_s + out));
        }
        // --json stays exact: the JSON writer escapes, and a reader gets the text back.
        Run json = grove({u"datasets"_s, u"--json"_s}, legacy);
        QCOMPARE(json.json().value(u"datasets"_s).toArray().at(0).toObject().value(u"name"_s).toString(), forged);
        // A name quoted in an error message is escaped too.
        Run missing = grove({u"train"_s, u"--dataset"_s, u"1"_s, u"--target"_s, forged}, legacy);
        QCOMPARE(missing.exitCode, 2);
        VERIFY_PRINTABLE(missing.err);
    }

    // Column names and categories come from files: the profile prints them escaped.
    void importedTextIsPrintedEscaped()
    {
        const QString workspace = m_dir.filePath(u"imported"_s);
        const QString csv = write(u"hostile.csv"_s, "id,\xe2\x80\xae" "evil\x1b[31m,kind\n1,2,\"a\x07\"\n2,3,b\xe2\x80\xae\n3,4,\"two\nlines\"\n");
        Run imported = grove({u"import"_s, csv, u"--name"_s, u"hostile"_s}, workspace);
        if (imported.exitCode == 2) {
            // Refusing such a file is fine too, with a printable message.
            VERIFY_PRINTABLE(imported.err);
            return;
        }
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        Run profile = grove({u"profile"_s, u"hostile"_s}, workspace);
        QCOMPARE(profile.exitCode, 0);
        const QString out = QString::fromUtf8(profile.out);
        VERIFY_PRINTABLE(out);
        QCOMPARE(out.count(u'\n'), 2 + 1 + 3); // title, blank line, header, three columns
        QVERIFY2(out.contains(u"\\u202eevil\\e[31m"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliInputChecks)
#include "tst_cli_input_checks.moc"
