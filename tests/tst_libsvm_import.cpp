// LIBSVM / SVMlight files: columns, sparse values as missing, query ids, comments, format
// detection, and bad lines reported with their line and column.

#include "core/data/LibsvmReader.h"
#include "core/data/ParsedTable.h"
#include "core/services/DatasetImport.h"
#include "core/store/Workspace.h"
#include "tests/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace grove;

class TestLibsvmImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& content) { return test::writeFile(m_dir.filePath(name), content); }

    Result<ImportResult> importFile(const QString& path, Workspace& workspace)
    {
        ImportOptions options;
        options.path = path;
        JobControl control;
        return importDataset(workspace, options, control);
    }

private slots:
    void sparseRowsBecomeColumns()
    {
        auto workspace = Workspace::openOrCreate(m_dir.filePath(u"ws1"_s));
        QVERIFY(workspace);
        const QString path = write(u"data.svm"_s,
                                   "# a comment line\n"
                                   "1 qid:3 1:0.5 3:2   # trailing comment\n"
                                   "0 qid:3 2:-1.25\n"
                                   "\n"
                                   "1 qid:4 1:1 2:2 3:3 10:7\n");
        auto result = importFile(path, *workspace);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->format, DatasetFormat::Libsvm);
        QCOMPARE(result->dataset.rows, 3);
        auto snapshot = openSnapshot(*workspace, result->dataset);
        QVERIFY(snapshot);
        QStringList names;
        for (qsizetype c = 0; c < snapshot->columnCount(); ++c)
            names << snapshot->column(c).name;
        QCOMPARE(names, (QStringList{u"label"_s, u"qid"_s, u"f1"_s, u"f2"_s, u"f3"_s, u"f10"_s}));
        const auto label = snapshot->numbers(0);
        QCOMPARE(label[0], 1.0f);
        QCOMPARE(label[1], 0.0f);
        QCOMPARE(snapshot->numbers(1)[2], 4.0f);
        const auto f2 = snapshot->numbers(snapshot->indexOf(u"f2"_s));
        QVERIFY(std::isnan(f2[0])); // absent means missing
        QCOMPARE(f2[1], -1.25f);
        QCOMPARE(f2[2], 2.0f);
        QCOMPARE(snapshot->numbers(snapshot->indexOf(u"f10"_s))[2], 7.0f);
        QVERIFY(result->profile.columns[0].hints.contains(u"target_candidate"_s));
    }

    void detection_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("libsvm");
        QTest::newRow("by extension") << u"a.libsvm"_s << QByteArray("1 1:2\n") << true;
        QTest::newRow("by content") << u"a.txt"_s << QByteArray("1 1:2 3:4\n-1 2:1\n") << true;
        QTest::newRow("csv by content") << u"b.txt"_s << QByteArray("a,b\n1,2\n") << false;
        QTest::newRow("single numbers are csv") << u"c.txt"_s << QByteArray("1\n2\n") << false;
        // Detection goes by the shape of the first line with data: a bad index or value further
        // on must get the LIBSVM reader's message, not turn the file into a one-column CSV.
        QTest::newRow("bad index on line 2") << u"d.txt"_s << QByteArray("1 1:0.5 3:1.2\n0 2:0.1 x:9\n") << true;
        QTest::newRow("bad first line") << u"e.txt"_s << QByteArray("1 1:0.5 3\n") << true;
        QTest::newRow("after a comment") << u"f"_s << QByteArray("# features\n\n1 1:2\n") << true;
        QTest::newRow("byte order mark") << u"g.txt"_s << QByteArray("\xEF\xBB\xBF" "1 1:0.5 2:1.5") << true;
        QTest::newRow("no newline") << u"h.txt"_s << QByteArray("1 1:0.5") << true;
        QTest::newRow("time in a csv") << u"i.txt"_s << QByteArray("20240101 12:30:00,5\n") << false;
        QTest::newRow("header first") << u"k.txt"_s << QByteArray("label 1:a\n1 1:2\n") << false;
        QTest::newRow("comments only") << u"l.txt"_s << QByteArray("# 1 1:2\n") << false;
        QByteArray longLine = "1";
        for (int i = 1; longLine.size() < 70 * 1024; ++i)
            longLine += " " + QByteArray::number(i) + ":0.25";
        QTest::newRow("first line longer than the sample") << u"m.txt"_s << (longLine + "\n") << true;
    }

    void detection()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(bool, libsvm);
        ImportOptions options;
        options.path = write(name, content);
        QCOMPARE(resolveFormat(options) == DatasetFormat::Libsvm, libsvm);
    }

    void badLines_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("label not a number") << QByteArray("1 1:2\nyes 1:3\n") << 2 << 1 << u"label"_s;
        QTest::newRow("missing colon") << QByteArray("1 1:2\n0 1:2 5\n") << 2 << 7 << u"index:value"_s;
        QTest::newRow("decreasing indices") << QByteArray("1 3:1 2:1\n") << 1 << 7 << u"must increase"_s;
        QTest::newRow("bad value") << QByteArray("1 1:abc\n") << 1 << 5 << u"not a number"_s;
        QTest::newRow("bad index") << QByteArray("1 x:1\n") << 1 << 3 << u"feature index"_s;
        // The first problem in the file is reported, whatever the size of the blocks read.
        QTest::newRow("binary data") << QByteArray("1 1:2\n0 1:3 \0\n", 14) << 2 << 7 << u"binary data"_s;
        QTest::newRow("error before binary data") << QByteArray("1 x:1\n0 1:\0\n", 12) << 1 << 3 << u"feature index"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("1 1:2\n0 1:\xff\n") << 2 << 5 << u"UTF-8"_s;
    }

    void badLines()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, phrase);
        auto workspace = Workspace::openOrCreate(m_dir.filePath(u"ws-bad-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'))));
        QVERIFY(workspace);
        const QString path = write(u"bad.svm"_s, content);
        auto result = importFile(path, *workspace);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::BadInput);
        QVERIFY2(result.error().message.contains(phrase), qPrintable(result.error().toString()));
        QCOMPARE(result.error().file, path);
        QCOMPARE(result.error().line, qint64(line));
        QCOMPARE(result.error().column, qint64(column));
        QVERIFY(QDir(workspace->datasetsDirectory()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // Found by the file's content, the format's own errors with their place in the file.
    void detectedFilesGetLibsvmErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("bad index") << QByteArray("1 1:0.5 3:1.2\n0 2:0.1 x:9\n") << 2 << 9 << u"feature index \"x\""_s;
        QTest::newRow("missing value") << QByteArray("1 1:0.5 3\n") << 1 << 9 << u"index:value"_s;
        QTest::newRow("csv line later") << QByteArray("1 1:0.5\na,b\n") << 2 << 1 << u"label"_s;
    }

    void detectedFilesGetLibsvmErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, phrase);
        auto workspace = Workspace::openOrCreate(m_dir.filePath(u"ws-detected-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-')));
        QVERIFY(workspace);
        const QString path = write(u"detected.txt"_s, content);
        auto result = importFile(path, *workspace);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::BadInput);
        QVERIFY2(result.error().message.contains(phrase), qPrintable(result.error().toString()));
        QCOMPARE(result.error().file, path);
        QCOMPARE(result.error().line, qint64(line));
        QCOMPARE(result.error().column, qint64(column));
        QVERIFY(QDir(workspace->datasetsDirectory()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // A byte order mark is skipped wherever the first newline is: a file without one used to
    // make the reader check memory past its buffer, and refuse the file as invalid UTF-8.
    void byteOrderMark_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("rows");
        QTest::addColumn<float>("lastF2");
        const QByteArray bom = "\xEF\xBB\xBF";
        QTest::newRow("no newline") << bom + "1 1:0.5 2:1.5" << 1 << 1.5f;
        QTest::newRow("newline") << bom + "1 1:0.5 2:1.5\n" << 1 << 1.5f;
        QTest::newRow("crlf") << bom + "1 1:0.5 2:1.5\r\n0 2:3\r\n" << 2 << 3.0f;
        // A first line longer than a read block (4 MB): it waits for the rest of the line.
        QTest::newRow("long first line") << bom + "1 1:0.5 2:1.5 # " + QByteArray(5 << 20, 'x') + "\n0 2:-1" << 2 << -1.0f;
    }

    void byteOrderMark()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, rows);
        QFETCH(float, lastF2);
        auto workspace = Workspace::openOrCreate(m_dir.filePath(u"ws-bom-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-')));
        QVERIFY(workspace);
        const QString path = write(u"bom.svm"_s, content);
        auto result = importFile(path, *workspace);
        QVERIFY2(result, qPrintable(test::errorText(result)));
        QCOMPARE(result->format, DatasetFormat::Libsvm);
        QCOMPARE(result->dataset.rows, rows);
        auto snapshot = openSnapshot(*workspace, result->dataset);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->column(0).name, u"label"_s);
        QCOMPARE(snapshot->numbers(0)[0], 1.0f);
        QCOMPARE(snapshot->numbers(snapshot->indexOf(u"f1"_s))[0], 0.5f);
        QCOMPARE(snapshot->numbers(snapshot->indexOf(u"f2"_s))[rows - 1], lastF2);
    }

    void byteOrderMarkIsNotAColumn()
    {
        auto workspace = Workspace::openOrCreate(m_dir.filePath(u"ws-bom-error"_s));
        QVERIFY(workspace);
        const QString path = write(u"bom-error.svm"_s, "\xEF\xBB\xBF" "1 x:1\n");
        auto result = importFile(path, *workspace);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"feature index"_s), qPrintable(result.error().toString()));
        QCOMPARE(result.error().line, 1);
        QCOMPARE(result.error().column, 3);
    }

    void typeChangesAreRefused()
    {
        ImportOptions options;
        options.path = write(u"typed.svm"_s, "1 1:1\n");
        options.typeOverrides.insert(u"label"_s, ColumnType::Categorical);
        auto preview = previewDataset(options);
        QVERIFY(!preview);
        QVERIFY(preview.error().message.contains(u"LIBSVM"_s));
    }
};

QTEST_GUILESS_MAIN(TestLibsvmImport)
#include "tst_libsvm_import.moc"
