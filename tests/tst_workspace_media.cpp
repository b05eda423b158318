// A workspace on media that cannot take writes: on a read-only mount the commands that only read
// work and the others say why they cannot; on a full disk the message gives the system's reason
// and the path, not "Unknown error", and nothing half-written is left. Both need mount (root);
// without it they are skipped.

#include "tests/TestFiles.h"
#include "tests/TrainingData.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using Run = grove::test::CliRun;

Run cli(const QString& workspace, QStringList arguments)
{
    return grove::test::runCli(QStringList{u"--workspace"_s, workspace} + arguments);
}

using grove::test::runProgram;

// Unmounts when the test ends, however it ends.
struct Mount
{
    QString path;
    bool mounted = false;
    ~Mount()
    {
        if (mounted)
            runProgram(u"umount"_s, {path});
    }
};

} // namespace

class TestWorkspaceMedia : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv;

    static QStringList trainArguments(int rounds)
    {
        return {u"train"_s, u"--dataset"_s, u"data"_s, u"--target"_s, u"label"_s, u"--exclude"_s, u"grade"_s,
                u"--exclude"_s, u"amount"_s, u"--rounds"_s, QString::number(rounds), u"--threads"_s, u"1"_s};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (::geteuid() != 0)
            QSKIP("mounting a read-only or a small file system needs root");
        m_csv = grove::test::writeFile(m_dir.filePath(u"data.csv"_s),
                                       grove::test::syntheticCsv(grove::test::syntheticRows(200, 41)));
    }

    void readOnlyWorkspaceServesReads()
    {
        const QString ws = m_dir.filePath(u"ws"_s);
        QCOMPARE(cli(ws, {u"import"_s, m_csv, u"--name"_s, u"data"_s}).exitCode, 0);
        QCOMPARE(cli(ws, trainArguments(2)).exitCode, 0);
        QCOMPARE(cli(ws, trainArguments(3)).exitCode, 0);
        grove::test::ReadOnlyMount mount(ws, m_dir.filePath(u"ro"_s));
        if (!mount.mounted)
            QSKIP("cannot make a read-only bind mount here");

        const QStringList reads[] = {
            {u"datasets"_s}, {u"profile"_s, u"data"_s}, {u"runs"_s}, {u"show"_s, u"2"_s}, {u"compare"_s, u"1"_s, u"2"_s},
            {u"comparisons"_s},
            {u"predict"_s, u"--run"_s, u"1"_s, u"--input"_s, m_csv, u"--output"_s, m_dir.filePath(u"scores.csv"_s)}};
        for (const QStringList& command : reads) {
            const Run result = cli(mount.path, command);
            QVERIFY2(result.exitCode == 0, qPrintable(command.join(u' ') + u": "_s + result.describe()));
        }
        QCOMPARE(cli(mount.path, {u"runs"_s, u"--json"_s}).json().value(u"runs"_s).toArray().size(), 2);

        const QStringList writes[] = {trainArguments(2), {u"import"_s, m_csv, u"--name"_s, u"other"_s},
                                      {u"rename"_s, u"data"_s, u"renamed"_s}, {u"validate"_s, u"1"_s}};
        for (const QStringList& command : writes) {
            const Run result = cli(mount.path, command);
            QVERIFY2(result.exitCode == 1, qPrintable(command.join(u' ') + u": "_s + result.describe()));
            QVERIFY2(result.err.contains(u"cannot be changed: it is on a read-only file system"_s), qPrintable(result.err));
        }
    }

    void fullDiskSaysWhy()
    {
        Mount mount{m_dir.filePath(u"small"_s)};
        QVERIFY(QDir().mkpath(mount.path));
        mount.mounted = runProgram(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=1M"_s, u"tmpfs"_s, mount.path});
        if (!mount.mounted)
            QSKIP("cannot mount a small tmpfs here");
        const QString ws = QDir(mount.path).filePath(u"ws"_s);
        QCOMPARE(cli(ws, {u"import"_s, m_csv, u"--name"_s, u"data"_s}).exitCode, 0);

        // A dataset larger than the space left.
        const QString large = grove::test::writeFile(m_dir.filePath(u"large.csv"_s),
                                                     grove::test::syntheticCsv(grove::test::syntheticRows(60000, 42)));
        const Run imported = cli(ws, {u"import"_s, large, u"--name"_s, u"large"_s});
        QVERIFY2(imported.exitCode == 1, qPrintable(imported.describe()));
        QVERIFY2(imported.err.contains(u"No space left on device"_s), qPrintable(imported.err));
        QVERIFY2(imported.err.contains(ws + u"/datasets/"_s), qPrintable(imported.err));
        QVERIFY(!imported.err.contains(u"Unknown error"_s));
        QCOMPARE(QDir(ws + u"/datasets"_s).entryList(QDir::Files | QDir::Hidden).size(), 1); // nothing half-written
        QCOMPARE(cli(ws, {u"datasets"_s, u"--json"_s}).json().value(u"datasets"_s).toArray().size(), 1);

        // Training on a disk with no room left.
        QFile filler(QDir(mount.path).filePath(u"filler"_s));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
        const Run trained = cli(ws, trainArguments(5));
        QCOMPARE(trained.exitCode, 1);
        QVERIFY2(trained.err.contains(u"No space left on device"_s) || trained.err.contains(u"The disk is full"_s),
                 qPrintable(trained.err));
        QVERIFY2(trained.err.contains(ws), qPrintable(trained.err));
        QVERIFY(!trained.err.contains(u"Unknown error"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceMedia)
#include "tst_workspace_media.moc"
