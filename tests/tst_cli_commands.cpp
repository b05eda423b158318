// grove-cli as a user or a CI pipeline runs it: exit statuses, help and version, exactly one
// JSON document on stdout with --json, nothing on stdout when a command fails, every dataset
// command, and Ctrl-C during an import.

#include "tests/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

using Run = grove::test::CliRun;

Run cli(const QStringList& arguments, const QByteArray& input = {}) { return grove::test::runCli(arguments, input, 60000); }

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv;

    QString workspace(const QString& name) const { return m_dir.filePath(name); }
    QString write(const QString& name, const QByteArray& content) const
    {
        return grove::test::writeFile(m_dir.filePath(name), content);
    }

private slots:
    void initTestCase()
    {
        m_csv = write(u"people.csv"_s, "id,age,city,score,label\n"
                                       "1,34,Berlin,0.5,1\n2,NA,Paris,0.25,0\n3,45,\"Rome, IT\",,1\n4,29,Berlin,0.75,0\n");
    }

    void helpAndVersion()
    {
        Run help = cli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Usage: grove-cli"));
        for (const char* command :
             {"import", "datasets", "profile", "rename", "delete", "compare", "comparisons"})
            QVERIFY2(help.out.contains(command), command);

        Run version = cli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("grove-cli "));
        QVERIFY(version.out.contains("libxgboost 1.7"));

        for (const QString& command : {u"import"_s, u"datasets"_s, u"profile"_s, u"rename"_s,
                                       u"delete"_s, u"compare"_s, u"comparisons"_s}) {
            Run commandHelp = cli({command, u"--help"_s});
            QCOMPARE(commandHelp.exitCode, 0);
            QVERIFY2(commandHelp.out.contains("Usage: grove-cli"), commandHelp.out.constData());
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("no command") << QStringList{} << u"Usage"_s;
        QTest::newRow("unknown command") << QStringList{u"train-everything"_s} << u"Unknown command"_s;
        QTest::newRow("unknown option") << QStringList{u"datasets"_s, u"--colour"_s} << u"colour"_s;
        QTest::newRow("negative number as an argument")
            << QStringList{u"registry"_s, u"alias"_s, u"set"_s, u"churn"_s, u"champion"_s, u"-1"_s}
            << u"\"-1\" starts with \"-\" and is read as an option"_s;
        QTest::newRow("import without file") << QStringList{u"import"_s} << u"exactly one FILE"_s;
        QTest::newRow("bad format") << QStringList{u"import"_s, u"x.csv"_s, u"--format"_s, u"xlsx"_s} << u"xlsx"_s;
        QTest::newRow("bad delimiter") << QStringList{u"import"_s, u"x.csv"_s, u"--delimiter"_s, u"::"_s} << u"one character"_s;
        QTest::newRow("bad type") << QStringList{u"import"_s, u"x.csv"_s, u"--type"_s, u"age"_s} << u"COLUMN=TYPE"_s;
        QTest::newRow("bad threads") << QStringList{u"import"_s, u"x.csv"_s, u"--threads"_s, u"0"_s} << u"--threads"_s;
        QTest::newRow("profile without dataset") << QStringList{u"profile"_s} << u"DATASET"_s;
        QTest::newRow("compare one run")
            << QStringList{u"compare"_s, u"1"_s} << u"at least two RUN ids"_s;
        QTest::newRow("compare runs and a saved comparison")
            << QStringList{u"compare"_s, u"1"_s, u"2"_s, u"--saved"_s, u"best"_s} << u"not both"_s;
        QTest::newRow("compare --save and --saved")
            << QStringList{u"compare"_s, u"--saved"_s, u"a"_s, u"--save"_s, u"b"_s}
            << u"--rename"_s;
        QTest::newRow("compare --save without a name")
            << QStringList{u"compare"_s, u"1"_s, u"2"_s, u"--save"_s, u" "_s}
            << u"name given is empty"_s;
        QTest::newRow("compare --save with a line break")
            << QStringList{u"compare"_s, u"1"_s, u"2"_s, u"--save"_s, u"one\ntwo"_s} << u"contains a line break"_s;
        QTest::newRow("compare --save with a long name")
            << QStringList{u"compare"_s, u"1"_s, u"2"_s, u"--save"_s, QString(101, u'n')}
            << u"at most 100"_s;
        QTest::newRow("comparisons with an argument")
            << QStringList{u"comparisons"_s, u"best"_s} << u"\"best\""_s;
        QTest::newRow("comparisons --rename without the new name")
            << QStringList{u"comparisons"_s, u"--rename"_s, u"best"_s} << u"--rename OLD NEW"_s;
        QTest::newRow("comparisons --rename to a blank name")
            << QStringList{u"comparisons"_s, u"--rename"_s, u"best"_s, u""_s}
            << u"name given is empty"_s;
        QTest::newRow("comparisons --delete and --rename")
            << QStringList{u"comparisons"_s, u"--delete"_s, u"a"_s, u"--rename"_s, u"b"_s, u"c"_s}
            << u"not both"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, phrase);
        Run run = cli(QStringList{u"--workspace"_s, workspace(u"usage"_s)} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(phrase), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void importPrintsOneJsonDocument()
    {
        const QString ws = workspace(u"json"_s);
        Run run = cli({u"--workspace"_s, ws, u"import"_s, m_csv, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError); // all of stdout is one document
        const QJsonObject json = document.object();
        QCOMPARE(json.value(u"name"_s).toString(), u"people"_s);
        QVERIFY(json.value(u"id"_s).toInteger() > 0);
        QCOMPARE(json.value(u"content_hash"_s).toString().size(), 64);
        QCOMPARE(json.value(u"rows"_s).toInteger(), 4);
        QCOMPARE(json.value(u"already_imported"_s).toBool(), false);
        const QJsonArray columns = json.value(u"columns"_s).toArray();
        QCOMPARE(columns.size(), 5);
        QCOMPARE(columns[0].toObject().value(u"type"_s).toString(), u"text"_s);
        QCOMPARE(columns[1].toObject().value(u"name"_s).toString(), u"age"_s);
        QCOMPARE(columns[1].toObject().value(u"missing"_s).toInteger(), 1);
        QCOMPARE(columns[2].toObject().value(u"type"_s).toString(), u"categorical"_s);
        QVERIFY(QFile::exists(json.value(u"snapshot"_s).toString()));

        Run again = cli({u"--workspace"_s, ws, u"import"_s, m_csv, u"--json"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(u"already_imported"_s).toBool(), true);
        QCOMPARE(again.json().value(u"id"_s), json.value(u"id"_s));

        Run human = cli({u"--workspace"_s, ws, u"import"_s, m_csv});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("already in the workspace"));
    }

    void importOptions()
    {
        const QString ws = workspace(u"options"_s);
        const QString semicolons = write(u"semi.txt"_s, "a;b\n1;x\n2;y\n");
        Run run = cli({u"--workspace"_s, ws, u"import"_s, semicolons, u"--delimiter"_s, u";"_s, u"--name"_s,
                       u"Semis"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"name"_s).toString(), u"Semis"_s);
        QCOMPARE(run.json().value(u"column_count"_s).toInteger(), 2);

        const QString noHeader = write(u"noheader.tsv"_s, "1\tx\n2\ty\n");
        run = cli({u"--workspace"_s, ws, u"import"_s, noHeader, u"--no-header"_s, u"--format"_s, u"tsv"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"rows"_s).toInteger(), 2);
        QCOMPARE(run.json().value(u"columns"_s).toArray()[0].toObject().value(u"name"_s).toString(), u"column_1"_s);

        const QString typed = write(u"typed.csv"_s, "grade,v\n1,2\n2,3\n");
        run = cli({u"--workspace"_s, ws, u"import"_s, typed, u"--type"_s, u"grade=categorical"_s, u"--threads"_s,
                   u"1"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"columns"_s).toArray()[0].toObject().value(u"type"_s).toString(), u"categorical"_s);

        // A taken name is bad input.
        run = cli({u"--workspace"_s, ws, u"import"_s, m_csv, u"--name"_s, u"semis"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"already exists"_s));
    }

    void badInputIsReportedWithItsLocation()
    {
        const QString ws = workspace(u"bad"_s);
        const QString ragged = write(u"ragged.csv"_s, "a,b,c\n1,2,3\n4,5\n");
        Run run = cli({u"--workspace"_s, ws, u"import"_s, ragged, u"--json"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(ragged + u":3:4:"_s), qPrintable(run.err));

        run = cli({u"--workspace"_s, ws, u"import"_s, m_dir.filePath(u"missing.csv"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"does not exist"_s));
        run = cli({u"--workspace"_s, ws, u"import"_s, m_dir.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"is a folder"_s));

        Run listing = cli({u"--workspace"_s, ws, u"datasets"_s, u"--json"_s});
        QCOMPARE(listing.json().value(u"datasets"_s).toArray().size(), 0);
    }

    // The reports' reproductions, as a user runs them.
    void libsvmFilesAsReported()
    {
        const QString ws = workspace(u"libsvm"_s);
        const QString bom = write(u"f.svm"_s, "\xEF\xBB\xBF" "1 1:0.5 2:1.5");
        Run run = cli({u"--workspace"_s, ws, u"import"_s, bom, u"--format"_s, u"libsvm"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().value(u"rows"_s).toInteger(), 1);
        QCOMPARE(run.json().value(u"column_count"_s).toInteger(), 3);

        const QString bad = write(u"sparse.txt"_s, "1 1:0.5 3:1.2\n0 2:0.1 x:9\n");
        run = cli({u"--workspace"_s, ws, u"import"_s, bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(bad + u":2:9:"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"feature index"_s), qPrintable(run.err));
    }

    void datasetsProfileRenameDelete()
    {
        const QString ws = workspace(u"commands"_s);
        Run imported = cli({u"--workspace"_s, ws, u"import"_s, m_csv, u"--json"_s});
        QCOMPARE(imported.exitCode, 0);
        const QString id = QString::number(imported.json().value(u"id"_s).toInteger());
        const QString hash = imported.json().value(u"content_hash"_s).toString();

        Run listing = cli({u"--workspace"_s, ws, u"datasets"_s, u"--json"_s});
        QCOMPARE(listing.exitCode, 0);
        const QJsonArray datasets = listing.json().value(u"datasets"_s).toArray();
        QCOMPARE(datasets.size(), 1);
        QCOMPARE(datasets[0].toObject().value(u"short_hash"_s).toString(), hash.left(12));
        Run table = cli({u"--workspace"_s, ws, u"datasets"_s});
        QVERIFY(table.out.contains("people"));
        QVERIFY(table.out.contains(hash.left(12).toLatin1()));

        for (const QString& reference : {id, u"people"_s, u"PEOPLE"_s, hash.left(8)}) {
            Run profile = cli({u"--workspace"_s, ws, u"profile"_s, reference, u"--json"_s});
            QCOMPARE(profile.exitCode, 0);
            const QJsonObject json = profile.json();
            QCOMPARE(json.value(u"rows"_s).toInteger(), 4);
            const QJsonArray columns = json.value(u"columns"_s).toArray();
            QCOMPARE(columns.size(), 5);
            const QJsonObject score = columns[3].toObject();
            QCOMPARE(score.value(u"min"_s).toDouble(), 0.25);
            QCOMPARE(score.value(u"max"_s).toDouble(), 0.75);
            QCOMPARE(score.value(u"missing"_s).toInteger(), 1);
            QCOMPARE(json.value(u"dataset"_s).toObject().value(u"name"_s).toString(), u"people"_s);
        }
        Run humanProfile = cli({u"--workspace"_s, ws, u"profile"_s, u"people"_s});
        QVERIFY(humanProfile.out.contains("Berlin (2)"));
        QVERIFY(humanProfile.out.contains("likely target"));
        Run unknown = cli({u"--workspace"_s, ws, u"profile"_s, u"nobody"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(unknown.err.contains(u"no dataset \"nobody\""_s));

        Run renamed = cli({u"--workspace"_s, ws, u"rename"_s, u"people"_s, u"persons"_s});
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(cli({u"--workspace"_s, ws, u"rename"_s, u"persons"_s, u"123"_s}).exitCode, 2);

        // Without --yes and without a terminal, nothing is deleted.
        Run refused = cli({u"--workspace"_s, ws, u"delete"_s, u"persons"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(u"--yes"_s));
        QCOMPARE(cli({u"--workspace"_s, ws, u"datasets"_s, u"--json"_s}).json().value(u"datasets"_s).toArray().size(), 1);
        Run deleted = cli({u"--workspace"_s, ws, u"delete"_s, u"persons"_s, u"--yes"_s, u"--json"_s});
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.json().value(u"deleted"_s).toBool(), true);
        QCOMPARE(cli({u"--workspace"_s, ws, u"datasets"_s, u"--json"_s}).json().value(u"datasets"_s).toArray().size(), 0);
        QVERIFY(QDir(ws + u"/datasets"_s).entryList(QDir::Files).isEmpty());
    }

    void interruptStopsAnImportCleanly()
    {
        // Large enough that the import is still reading when the signal arrives.
        const QString path = m_dir.filePath(u"large.csv"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray block;
            for (int i = 0; i < 20000; ++i)
                block += "0.125,-3.5,17,42.25,0.001,9,1\n";
            file.write("a,b,c,d,e,f,g\n");
            for (int i = 0; i < 200; ++i)
                file.write(block);
        }
        const QString ws = workspace(u"interrupted"_s);
        QProcess process;
        process.start(QStringLiteral(GROVE_CLI_PATH), {u"--workspace"_s, ws, u"import"_s, path});
        QVERIFY(process.waitForStarted());
        // Wait until the workspace exists (the import has begun), then interrupt.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ws + u"/grove.db"_s), 10000);
        QTest::qWait(50);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(30000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        if (process.exitCode() == 0)
            QSKIP("the import finished before the interruption arrived");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(u"nothing was stored"_s), qPrintable(err));
        QCOMPARE(cli({u"--workspace"_s, ws, u"datasets"_s, u"--json"_s}).json().value(u"datasets"_s).toArray().size(), 0);
        QVERIFY(QDir(ws + u"/datasets"_s).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
