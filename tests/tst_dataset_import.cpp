// Importing files into a workspace: what is stored for good files (read back from the
// snapshot), what is reported for bad ones (file, line, column, kind), and that a failed or
// cancelled import leaves nothing behind.

#include "core/data/ParsedTable.h"
#include "core/services/DatasetImport.h"
#include "core/store/DatasetStore.h"
#include "core/store/Workspace.h"
#include "tests/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace grove;

Q_DECLARE_METATYPE(grove::ErrorKind)

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    return test::writeFile(dir.filePath(name), content);
}

struct Imported
{
    ImportResult result;
    Snapshot snapshot;
};

// Column values as text, as a reader of the snapshot sees them ("" for missing).
QStringList columnValues(const Snapshot& snapshot, const QString& name)
{
    const qsizetype c = snapshot.indexOf(name);
    QStringList values;
    if (c < 0)
        return values;
    if (snapshot.column(c).numeric) {
        for (float v : snapshot.numbers(c))
            values << (std::isnan(v) ? QString() : QString::number(double(v), 'g', 9));
    } else {
        for (std::uint32_t code : snapshot.codes(c)) {
            const std::string_view text = snapshot.category(c, code);
            values << (code == kMissingCode ? QString() : QString::fromUtf8(text.data(), qsizetype(text.size())));
        }
    }
    return values;
}

} // namespace

class TestDatasetImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    // Imports `csv` with two reader threads and expects it to be refused at the given place,
    // with nothing stored.
    void expectImportError(const QByteArray& csv, int line, int column, const QString& phrase)
    {
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        ImportOptions options;
        options.path = write(m_files, u"deep.csv"_s, csv);
        options.threads = 2;
        auto result = importInto(workspace, options);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(phrase), qPrintable(result.error().toString()));
        QCOMPARE(result.error().line, qint64(line));
        QCOMPARE(result.error().column, qint64(column));
        verifyNothingStored(workspace);
    }

    Result<ImportResult> importInto(Workspace& workspace, const ImportOptions& options)
    {
        JobControl control;
        return importDataset(workspace, options, control);
    }

    // Imports `content` as CSV with the given delimiter.
    Result<ImportResult> importWithDelimiter(Workspace& workspace, const QByteArray& content, char delimiter)
    {
        ImportOptions options;
        options.path = write(m_files, u"odd-delimiter.csv"_s, content);
        options.format = DatasetFormat::Csv;
        options.delimiter = delimiter;
        return importInto(workspace, options);
    }

    Workspace freshWorkspace(QTemporaryDir& dir)
    {
        auto workspace = Workspace::openOrCreate(dir.filePath(u"ws"_s));
        if (!workspace)
            qFatal("%s", qPrintable(workspace.error().toString()));
        return std::move(workspace.value());
    }

    void verifyNothingStored(Workspace& workspace)
    {
        QVERIFY(DatasetStore(workspace.database()).list()->isEmpty());
        const QStringList files = QDir(workspace.datasetsDirectory()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
    }

private slots:
    void goodFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("probeColumn");
        QTest::addColumn<QStringList>("probeValues");
        QTest::addColumn<int>("rows");

        const QStringList ab{u"a"_s, u"b"_s};
        QTest::newRow("plain") << QByteArray("a,b\n1,x\n2,y\n") << u"plain.csv"_s << ab
                               << QStringList{u"numeric"_s, u"categorical"_s} << u"a"_s << QStringList{u"1"_s, u"2"_s} << 2;
        QTest::newRow("utf8 bom and crlf") << QByteArray("\xEF\xBB\xBF" "a,b\r\n1,x\r\n2,y\r\n") << u"bom.csv"_s << ab
                                           << QStringList{u"numeric"_s, u"categorical"_s} << u"b"_s
                                           << QStringList{u"x"_s, u"y"_s} << 2;
        QTest::newRow("quoted delimiters and newlines")
            << QByteArray("a,b\n1,\"Rome, IT\"\n2,\"two\nlines\"\n3,\"say \"\"hi\"\"\"\n") << u"quoted.csv"_s << ab
            << QStringList{u"numeric"_s, u"categorical"_s} << u"b"_s
            << QStringList{u"Rome, IT"_s, u"two\nlines"_s, u"say \"hi\""_s} << 3;
        QTest::newRow("missing markers") << QByteArray("a,b\n1,x\nNA,\n,?\nnull,N/A\nNaN,None\n6,x\n") << u"missing.csv"_s << ab
                                         << QStringList{u"numeric"_s, u"categorical"_s} << u"a"_s
                                         << QStringList{u"1"_s, {}, {}, {}, {}, u"6"_s} << 6;
        QTest::newRow("inf and nan cells") << QByteArray("a\n1\ninf\n-inf\nnan\n") << u"inf.csv"_s << QStringList{u"a"_s}
                                           << QStringList{u"numeric"_s} << u"a"_s
                                           << QStringList{u"1"_s, u"inf"_s, u"-inf"_s, {}} << 4;
        QTest::newRow("semicolon") << QByteArray("a;b\n1,5;x\n2,5;y\n") << u"semi.csv"_s << ab
                                   << QStringList{u"categorical"_s, u"categorical"_s} << u"a"_s
                                   << QStringList{u"1,5"_s, u"2,5"_s} << 2;
        QTest::newRow("tab by extension") << QByteArray("a\tb\n1\tx y\n") << u"tabs.tsv"_s << ab
                                          << QStringList{u"numeric"_s, u"categorical"_s} << u"b"_s << QStringList{u"x y"_s} << 1;
        QTest::newRow("pipe") << QByteArray("a|b\n1|x\n2|y\n") << u"pipe.txt"_s << ab
                              << QStringList{u"numeric"_s, u"categorical"_s} << u"a"_s << QStringList{u"1"_s, u"2"_s} << 2;
        QTest::newRow("blank lines and no final newline") << QByteArray("a,b\n\n1,x\n\n2,y") << u"blank.csv"_s << ab
                                                          << QStringList{u"numeric"_s, u"categorical"_s} << u"a"_s
                                                          << QStringList{u"1"_s, u"2"_s} << 2;
        QTest::newRow("identifier column") << QByteArray("customer_id,v\n101,1\n102,2\n103,3\n") << u"ids.csv"_s
                                           << QStringList{u"customer_id"_s, u"v"_s} << QStringList{u"text"_s, u"numeric"_s}
                                           << u"customer_id"_s << QStringList{u"101"_s, u"102"_s, u"103"_s} << 3;
        QTest::newRow("leading zeros are codes") << QByteArray("zip,v\n01234,1\n02345,2\n01234,3\n") << u"zip.csv"_s
                                                 << QStringList{u"zip"_s, u"v"_s}
                                                 << QStringList{u"categorical"_s, u"numeric"_s} << u"zip"_s
                                                 << QStringList{u"01234"_s, u"02345"_s, u"01234"_s} << 3;
        QTest::newRow("empty header name") << QByteArray(",b\n1,2\n") << u"unnamed.csv"_s
                                           << QStringList{u"column_1"_s, u"b"_s} << QStringList{u"numeric"_s, u"numeric"_s}
                                           << u"column_1"_s << QStringList{u"1"_s} << 1;
    }

    // A delimiter that can also be part of a number ('.', '-', 'e', a digit) splits every record
    // as the tokenizer does: the fast path of plain numbers must not read "1.5" as one number
    // when '.' separates the fields.
    void delimitersInsideNumbers_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("firstColumn");
        QTest::addColumn<QStringList>("lastColumn");
        QTest::newRow("dot") << '.' << QByteArray("a.b.c\n1.5.2\n3.25.7\n") << QStringList{u"1"_s, u"3"_s}
                             << QStringList{u"2"_s, u"7"_s};
        QTest::newRow("minus") << '-' << QByteArray("a-b-c\n-5-3\n4-0.5-1.25\n") << QStringList{QString(), u"4"_s}
                               << QStringList{u"3"_s, u"1.25"_s};
        QTest::newRow("e") << 'e' << QByteArray("aeb\n1e5\n2.5e7\n") << QStringList{u"1"_s, u"2.5"_s}
                           << QStringList{u"5"_s, u"7"_s};
        QTest::newRow("digit") << '9' << QByteArray("a9b\n1.5912\n3910\n") << QStringList{u"1.5"_s, u"3"_s}
                               << QStringList{u"12"_s, u"10"_s};
    }

    void delimitersInsideNumbers()
    {
        QFETCH(char, delimiter);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, firstColumn);
        QFETCH(QStringList, lastColumn);
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        auto result = importWithDelimiter(workspace, content, delimiter);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        auto snapshot = openSnapshot(workspace, result->dataset);
        QVERIFY(snapshot);
        QCOMPARE(columnValues(*snapshot, snapshot->column(0).name), firstColumn);
        QCOMPARE(columnValues(*snapshot, snapshot->column(snapshot->columnCount() - 1).name), lastColumn);
    }

    // ... and a record with one field too many is refused, also where the fast path could read two
    // fields as one number ("1.5" with '.' between fields) and so count right. The bad record
    // comes after the preview's sample, so that the reader, not the preview, meets it.
    void delimitersInsideNumbersCountFields_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QByteArray>("good");
        QTest::addColumn<QByteArray>("bad");
        QTest::newRow("dot") << '.' << QByteArray("1.5\n") << QByteArray("1.5.2\n");
        QTest::newRow("minus") << '-' << QByteArray("4-3\n") << QByteArray("-5-3\n");
    }

    void delimitersInsideNumbersCountFields()
    {
        QFETCH(char, delimiter);
        QFETCH(QByteArray, good);
        QFETCH(QByteArray, bad);
        QByteArray content = QByteArray("a") + delimiter + "b\n";
        for (int i = 0; i < 3000; ++i)
            content += good;
        content += bad;
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        auto result = importWithDelimiter(workspace, content, delimiter);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"has 3 fields but the header has 2"_s), qPrintable(result.error().toString()));
        QCOMPARE(result.error().line, qint64(3002));
        verifyNothingStored(workspace);
    }

    void goodFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(QStringList, columns);
        QFETCH(QStringList, types);
        QFETCH(QString, probeColumn);
        QFETCH(QStringList, probeValues);
        QFETCH(int, rows);
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        ImportOptions options;
        options.path = write(m_files, fileName, content);
        auto result = importInto(workspace, options);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->dataset.rows, qint64(rows));
        auto snapshot = openSnapshot(workspace, result->dataset);
        QVERIFY(snapshot);
        QVERIFY(snapshot->verify());
        QStringList names, kinds;
        for (qsizetype c = 0; c < snapshot->columnCount(); ++c) {
            names << snapshot->column(c).name;
            kinds << columnTypeKey(snapshot->column(c).type);
        }
        QCOMPARE(names, columns);
        QCOMPARE(kinds, types);
        const QStringList values = columnValues(*snapshot, probeColumn);
        QCOMPARE(values.size(), rows);
        QCOMPARE(values.mid(0, probeValues.size()), probeValues);
    }

    void missingValuesAreCountedNotStoredAsText()
    {
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        ImportOptions options;
        options.path = write(m_files, u"counts.csv"_s, "a,b\n1,x\nNA,\n,?\n4,y\n");
        auto result = importInto(workspace, options);
        QVERIFY(result);
        const DatasetProfile& profile = result->profile;
        QCOMPARE(profile.columns[0].missing, 2);
        QCOMPARE(profile.columns[1].missing, 2);
        QCOMPARE(profile.columns[1].distinct, 2);
    }

    void wideFile()
    {
        QByteArray csv;
        for (int c = 0; c < 20000; ++c)
            csv += (c ? "," : "") + QByteArray("c") + QByteArray::number(c);
        csv += '\n';
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 20000; ++c)
                csv += (c ? "," : "") + QByteArray::number(r * 100000 + c);
            csv += '\n';
        }
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        ImportOptions options;
        options.path = write(m_files, u"wide.csv"_s, csv);
        auto result = importInto(workspace, options);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->dataset.columns, 20000);
        QCOMPARE(result->dataset.rows, 3);
        auto snapshot = openSnapshot(workspace, result->dataset);
        QCOMPARE(columnValues(*snapshot, u"c19999"_s), (QStringList{u"19999"_s, u"119999"_s, u"219999"_s}));
    }

    void hugeField()
    {
        const QByteArray big(6 * 1024 * 1024, 'z');
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        ImportOptions options;
        options.path = write(m_files, u"hugefield.csv"_s, "id,blob\n1,\"" + big + "\"\n2,small\n");
        auto result = importInto(workspace, options);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        auto snapshot = openSnapshot(workspace, result->dataset);
        const QStringList blob = columnValues(*snapshot, u"blob"_s);
        QCOMPARE(blob.size(), 2);
        QCOMPARE(blob[0].size(), big.size());
        QCOMPARE(blob[1], u"small"_s);
    }

    // A column that looks numeric in the sample but holds text after row 5,000 is read again as
    // text, with every value intact.
    void textLateInANumericColumn()
    {
        QByteArray csv = "n,code\n";
        for (int i = 0; i < 6000; ++i)
            csv += QByteArray::number(i % 7) + ',' + (i == 5500 ? QByteArray("unknown") : QByteArray::number(i % 3)) + '\n';
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        ImportOptions options;
        options.path = write(m_files, u"late.csv"_s, csv);
        options.threads = 2;
        auto result = importInto(workspace, options);
        QVERIFY(result);
        auto snapshot = openSnapshot(workspace, result->dataset);
        QCOMPARE(snapshot->column(1).type, ColumnType::Categorical);
        QCOMPARE(snapshot->column(0).type, ColumnType::Numeric);
        const QStringList codes = columnValues(*snapshot, u"code"_s);
        QCOMPARE(codes.size(), 6000);
        QCOMPARE(codes[5500], u"unknown"_s);
        QCOMPARE(codes[5501], u"2"_s);
        QCOMPARE(codes[0], u"0"_s);
    }

    void typeOverrides()
    {
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        ImportOptions options;
        options.path = write(m_files, u"override.csv"_s, "grade,score\n1,10\n2,20\n1,30\n");
        options.typeOverrides.insert(u"grade"_s, ColumnType::Categorical);
        auto result = importInto(workspace, options);
        QVERIFY(result);
        auto snapshot = openSnapshot(workspace, result->dataset);
        QCOMPARE(snapshot->column(0).type, ColumnType::Categorical);
        QCOMPARE(columnValues(*snapshot, u"grade"_s), (QStringList{u"1"_s, u"2"_s, u"1"_s}));
        QCOMPARE(result->profile.columns[0].inferredType, ColumnType::Numeric);

        // Forcing text to be numeric names the column and the value.
        QTemporaryDir other;
        Workspace second = freshWorkspace(other);
        ImportOptions forced;
        forced.path = write(m_files, u"forced.csv"_s, "city,n\nRome,1\nOslo,2\n");
        forced.typeOverrides.insert(u"city"_s, ColumnType::Numeric);
        auto failed = importInto(second, forced);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, ErrorKind::BadInput);
        QVERIFY(failed.error().message.contains(u"\"city\""_s));
        QVERIFY(failed.error().message.contains(u"Rome"_s));
        QCOMPARE(failed.error().line, 2);
        verifyNothingStored(second);

        ImportOptions unknown;
        unknown.path = forced.path;
        unknown.typeOverrides.insert(u"nope"_s, ColumnType::Text);
        auto noColumn = importInto(second, unknown);
        QVERIFY(!noColumn);
        QVERIFY(noColumn.error().message.contains(u"nope"_s));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("phrase");

        QTest::newRow("empty") << QByteArray() << ErrorKind::BadInput << 0 << 0 << u"is empty"_s;
        QTest::newRow("header only") << QByteArray("a,b,c\n") << ErrorKind::BadInput << 0 << 0 << u"no data rows"_s;
        QTest::newRow("short row") << QByteArray("a,b,c\n1,2,3\n4,5\n") << ErrorKind::BadInput << 3 << 4 << u"has 2 fields"_s;
        QTest::newRow("long row") << QByteArray("a,b\n1,2\n3,4\n5,6,7\n") << ErrorKind::BadInput << 4 << 5 << u"has 3 fields"_s;
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << ErrorKind::BadInput << 2 << 3
                                            << u"closing quote is missing"_s;
        QTest::newRow("text after quote") << QByteArray("a,b\n1,\"x\"y\n") << ErrorKind::BadInput << 2 << 6
                                          << u"after a closing quote"_s;
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x00\x00\x00\x00\x01", 11) << ErrorKind::BadInput << 1 << 7
                                << u"binary"_s;
        QTest::newRow("invalid utf8") << QByteArray("a,b\n1,ok\n2,caf\xE9\n") << ErrorKind::BadInput << 3 << 6
                                      << u"UTF-8"_s;
        QTest::newRow("utf16") << QByteArray("\xFF\xFE" "a\x00,\x00" "b\x00", 8) << ErrorKind::BadInput << 1 << 1
                               << u"UTF-16"_s;
        QTest::newRow("duplicate names") << QByteArray("a,b,a\n1,2,3\n") << ErrorKind::BadInput << 1 << 5
                                         << u"both named \"a\""_s;
    }

    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(ErrorKind, kind);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, phrase);
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        ImportOptions options;
        options.path = write(m_files, QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".csv"_s, content);
        auto result = importInto(workspace, options);
        QVERIFY(!result);
        const Error& error = result.error();
        QCOMPARE(error.kind, kind);
        QVERIFY2(error.message.contains(phrase), qPrintable(error.toString()));
        QVERIFY2(error.toString().contains(options.path), qPrintable(error.toString()));
        QCOMPARE(error.line, qint64(line));
        QCOMPARE(error.column, qint64(column));
        verifyNothingStored(workspace);
    }

    // Errors found deep in a file (not in the preview sample) are located exactly too, also
    // when the file is read by several threads in blocks.
    void errorsDeepInALargeFile()
    {
        QByteArray csv = "a,b,c\n";
        for (int i = 0; i < 300000; ++i)
            csv += "1.5,2.5," + QByteArray::number(i) + '\n';
        csv += "1,2\n";
        for (int i = 0; i < 1000; ++i)
            csv += "1,2,3\n";
        expectImportError(csv, 300002, 4, u"has 2 fields"_s);
    }

    // A NUL byte or broken UTF-8 far past the preview sample is found by the block readers, and
    // the first of the two in the file is the one reported.
    void byteProblemsDeepInALargeFile_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("NUL") << QByteArray("1,2\0,3\n", 7) << QByteArray() << 4 << u"NUL byte"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("1,2,x\xFF\n") << QByteArray() << 6 << u"UTF-8"_s;
        QTest::newRow("NUL before invalid UTF-8") << QByteArray("\0,2,3\n", 6) << QByteArray("1,2,\xC3\n") << 1
                                                  << u"NUL byte"_s;
        QTest::newRow("invalid UTF-8 before NUL") << QByteArray("1,\xE2\x82,3\n") << QByteArray("1,2\0,3\n", 7)
                                                  << 3 << u"UTF-8"_s;
    }

    void byteProblemsDeepInALargeFile()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QFETCH(int, column);
        QFETCH(QString, phrase);
        QByteArray csv = "a,b,c\n";
        for (int i = 0; i < 200000; ++i)
            csv += "1.5,2.5," + QByteArray::number(i) + '\n';
        csv += first;
        for (int i = 0; i < 1000; ++i)
            csv += "1,2,3\n";
        csv += second;
        expectImportError(csv, 200002, column, phrase);
    }

    void pathProblems()
    {
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        ImportOptions missing;
        missing.path = m_files.filePath(u"does-not-exist.csv"_s);
        auto notFound = importInto(workspace, missing);
        QVERIFY(!notFound);
        QCOMPARE(notFound.error().kind, ErrorKind::NotFound);
        QVERIFY(notFound.error().message.contains(u"does not exist"_s));

        ImportOptions folder;
        folder.path = m_files.path();
        auto isFolder = importInto(workspace, folder);
        QVERIFY(!isFolder);
        QVERIFY(isFolder.error().message.contains(u"is a folder"_s));
        verifyNothingStored(workspace);
    }

    void unreadableFile()
    {
        const QString path = write(m_files, u"secret.csv"_s, "a,b\n1,2\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        if (geteuid() != 0) {
            QTemporaryDir dir;
            Workspace workspace = freshWorkspace(dir);
            ImportOptions options;
            options.path = path;
            auto result = importInto(workspace, options);
            QVERIFY(!result);
            QVERIFY(result.error().message.contains(u"cannot be read"_s));
            verifyNothingStored(workspace);
            return;
        }
        // Root reads anything; run the import as an unprivileged user instead.
        if (QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
            QSKIP("running as root without setpriv: cannot make a file unreadable");
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"ws"_s);
        QVERIFY(QDir().mkpath(workspace));
        QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777));
        QFile::setPermissions(workspace, QFileDevice::Permissions(0x7777));
        QFile::setPermissions(m_files.path(), QFileDevice::Permissions(0x7777));
        QProcess cli;
        cli.start(u"setpriv"_s, {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                 QStringLiteral(GROVE_CLI_PATH), u"--workspace"_s, workspace, u"import"_s, path});
        QVERIFY(cli.waitForFinished(30000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(err.contains(u"cannot be read"_s), qPrintable(err));
        QVERIFY(QDir(workspace + u"/datasets"_s).entryList(QDir::Files | QDir::Hidden).isEmpty() ||
                !QDir(workspace + u"/datasets"_s).exists());
    }

    void identicalContentIsStoredOnce()
    {
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        ImportOptions csv;
        csv.path = write(m_files, u"same.csv"_s, "a,b\n1,x\n2,y\n");
        auto first = importInto(workspace, csv);
        QVERIFY(first);
        QVERIFY(!first->alreadyImported);

        ImportOptions again = csv;
        again.name = u"another name"_s;
        auto second = importInto(workspace, again);
        QVERIFY(second);
        QVERIFY(second->alreadyImported);
        QCOMPARE(second->dataset.id, first->dataset.id);

        // The same table written differently (TSV, CRLF, quotes) is the same content.
        ImportOptions tsv;
        tsv.path = write(m_files, u"same.tsv"_s, "a\tb\r\n\"1\"\tx\r\n2\ty\r\n");
        auto third = importInto(workspace, tsv);
        QVERIFY(third);
        QVERIFY(third->alreadyImported);
        QCOMPARE(third->dataset.contentHash, first->dataset.contentHash);
        QCOMPARE(DatasetStore(workspace.database()).list()->size(), 1);
        QCOMPARE(QDir(workspace.datasetsDirectory()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        // Different types make different content.
        ImportOptions retyped = csv;
        retyped.typeOverrides.insert(u"a"_s, ColumnType::Categorical);
        auto fourth = importInto(workspace, retyped);
        QVERIFY(fourth);
        QVERIFY(!fourth->alreadyImported);
        QVERIFY(fourth->dataset.contentHash != first->dataset.contentHash);
        QCOMPARE(fourth->dataset.name, u"same (2)"_s);
    }

    void explicitNameTakenFailsBeforeReading()
    {
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        ImportOptions options;
        options.path = write(m_files, u"named.csv"_s, "a\n1\n");
        options.name = u"Sales"_s;
        QVERIFY(importInto(workspace, options));
        ImportOptions clash;
        clash.path = write(m_files, u"other.csv"_s, "b\n2\n");
        clash.name = u"sales"_s;
        auto result = importInto(workspace, clash);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Conflict);
        QCOMPARE(DatasetStore(workspace.database()).list()->size(), 1);
    }

    void cancelledImportStoresNothing()
    {
        QByteArray csv = "a,b\n";
        for (int i = 0; i < 400000; ++i)
            csv += QByteArray::number(i) + ",0.25\n";
        QTemporaryDir dir;
        Workspace workspace = freshWorkspace(dir);
        ImportOptions options;
        options.path = write(m_files, u"cancel.csv"_s, csv);
        JobControl control;
        bool requested = false;
        control.setProgressCallback([&](double fraction, const QString&) {
            if (fraction > 0.1 && !requested) {
                requested = true;
                control.requestInterruption();
            }
        });
        auto result = importDataset(workspace, options, control);
        QVERIFY(requested);
        QVERIFY(!result);
        QVERIFY(result.error().isCancelled());
        verifyNothingStored(workspace);
    }

    void threadsDoNotChangeTheResult()
    {
        QByteArray csv = "x,y,label\n";
        for (int i = 0; i < 200000; ++i)
            csv += QByteArray::number(i * 0.001, 'f', 3) + ',' + (i % 5 ? "a" : "\"b,c\"") + ',' + QByteArray::number(i % 2) + '\n';
        const QString path = write(m_files, u"threads.csv"_s, csv);
        QString hash;
        for (int threads : {1, 2, 3}) {
            QTemporaryDir dir;
            Workspace workspace = freshWorkspace(dir);
            ImportOptions options;
            options.path = path;
            options.threads = threads;
            auto result = importInto(workspace, options);
            QVERIFY(result);
            QCOMPARE(result->dataset.rows, 200000);
            if (hash.isEmpty())
                hash = result->dataset.contentHash;
            QCOMPARE(result->dataset.contentHash, hash);
        }
    }
};

QTEST_GUILESS_MAIN(TestDatasetImport)
#include "tst_dataset_import.moc"
