// kill -9 at random moments: an import, a training run and an export are killed again and again
// (the seed is printed; GROVE_CRASH_SEED=N repeats a sequence). After each kill the database
// passes PRAGMA integrity_check, every earlier dataset, run and registry version is intact (its
// files hash-equal to before), the killed run reads as interrupted (or is not recorded), the
// registry verifies, no half-written snapshot is listed, and a killed import's temporary file is
// gone once the workspace is opened again.

#include "core/data/Snapshot.h"
#include "core/store/Database.h"
#include "tests/TestFiles.h"
#include "tests/TrainingData.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

constexpr int kKillsPerOperation = 10;

QByteArray fileSha(const QString& path)
{
    return QCryptographicHash::hash(grove::test::readFile(path), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestCrashConsistency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QRandomGenerator m_random;
    // What must survive every later kill: file path -> SHA-256, and what the CLI lists.
    QMap<QString, QByteArray> m_files;
    QMap<qint64, QString> m_datasets; // id -> content hash
    QMap<qint64, QString> m_runs;     // id -> status
    int m_versions = 0;
    int m_kills = 0;

    grove::test::CliRun grove(QStringList arguments) const
    {
        return grove::test::runCli(QStringList{u"--workspace"_s, m_ws} + arguments, {}, 60000);
    }

    QStringList trainArguments(int rounds, const QString& eta) const
    {
        return {u"train"_s, u"--dataset"_s, u"base"_s, u"--target"_s, u"label"_s, u"--exclude"_s, u"grade"_s, u"--exclude"_s,
                u"amount"_s, u"--rounds"_s, QString::number(rounds), u"--param"_s, u"eta="_s + eta, u"--threads"_s, u"1"_s};
    }

    // Starts grove-cli, kills it with SIGKILL after a random delay (unless it ended before).
    void killDuring(const QStringList& arguments, int minMs, int maxMs)
    {
        QProcess process;
        process.start(QStringLiteral(GROVE_CLI_PATH), QStringList{u"--workspace"_s, m_ws} + arguments);
        QVERIFY(process.waitForStarted());
        process.closeWriteChannel();
        const int delay = minMs + int(m_random.bounded(maxMs - minMs + 1));
        process.waitForFinished(delay);
        if (process.state() == QProcess::NotRunning)
            return; // it finished first
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(30000));
        ++m_kills;
    }

    void remember(const QString& path) { m_files.insert(path, fileSha(path)); }

    void rememberRegistry()
    {
        QDirIterator files(m_ws + u"/registry/m"_s, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (!path.contains(u"/."_s)) // a version being published is not one yet
                m_files.insert(path, m_files.value(path, fileSha(path)));
        }
    }

    // Everything a kill must not have damaged; then what the killed command completed, if it
    // did, becomes part of what must survive the next kills.
    void checkWorkspace(const QString& after)
    {
        // Opening the workspace (any command does) settles what the killed process left.
        const grove::test::CliRun listed = grove({u"datasets"_s, u"--json"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(after + u": "_s + listed.describe()));
        QVERIFY2(QDir(m_ws + u"/datasets"_s).entryList({u".incoming-*"_s}, QDir::Files | QDir::Hidden).isEmpty(),
                 qPrintable(after));
        {
            auto database = grove::Database::open(m_ws + u"/grove.db"_s);
            QVERIFY2(database, qPrintable(after));
            auto check = database->prepare(u"PRAGMA integrity_check"_s);
            QVERIFY(check && check->step().ok());
            QCOMPARE(check->text(0), u"ok"_s);
        }

        QMap<qint64, QString> datasets;
        for (const QJsonValue& value : listed.json().value(u"datasets"_s).toArray()) {
            const QJsonObject dataset = value.toObject();
            datasets.insert(dataset.value(u"id"_s).toInteger(), dataset.value(u"content_hash"_s).toString());
            // Nothing half-made is listed: every listed snapshot is whole.
            const QString snapshot = dataset.value(u"snapshot"_s).toString();
            if (!m_files.contains(snapshot)) {
                auto opened = grove::Snapshot::open(snapshot);
                QVERIFY2(opened && opened->verify(), qPrintable(after + u": "_s + snapshot));
                remember(snapshot);
            }
        }
        for (auto it = m_datasets.cbegin(); it != m_datasets.cend(); ++it)
            QVERIFY2(datasets.value(it.key()) == it.value(), qPrintable(after + u": dataset %1"_s.arg(it.key())));
        m_datasets = datasets;

        const grove::test::CliRun runs = grove({u"runs"_s, u"--json"_s});
        QVERIFY2(runs.exitCode == 0, qPrintable(after + u": "_s + runs.describe()));
        QMap<qint64, QString> statuses;
        for (const QJsonValue& value : runs.json().value(u"runs"_s).toArray()) {
            const QJsonObject run = value.toObject();
            const qint64 id = run.value(u"run_id"_s).toInteger();
            const QString status = run.value(u"status"_s).toString();
            statuses.insert(id, status);
            QVERIFY2(status == u"finished"_s || status == u"interrupted"_s, qPrintable(after + u": run is "_s + status));
            if (status == u"finished"_s) {
                const QString model = m_ws + u"/runs/%1/model.ubj"_s.arg(id);
                QCOMPARE(QString::fromLatin1(fileSha(model)), run.value(u"model_sha256"_s).toString());
                remember(model);
            }
        }
        for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it)
            QVERIFY2(statuses.value(it.key()) == it.value(), qPrintable(after + u": run %1"_s.arg(it.key())));
        m_runs = statuses;

        const grove::test::CliRun verified = grove({u"registry"_s, u"verify"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(after + u": "_s + verified.describe()));
        const grove::test::CliRun models = grove({u"registry"_s, u"list"_s, u"--json"_s});
        const int versions = models.json().value(u"models"_s).toArray().first().toObject().value(u"versions"_s).toInt();
        QVERIFY2(versions >= m_versions, qPrintable(after));
        m_versions = versions;
        rememberRegistry();

        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
            QVERIFY2(fileSha(it.key()) == it.value(), qPrintable(after + u": "_s + it.key() + u" changed"_s));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bool fromEnvironment = false;
        const quint32 seed = qEnvironmentVariable("GROVE_CRASH_SEED").toUInt(&fromEnvironment);
        const quint32 used = fromEnvironment ? seed : QRandomGenerator::global()->generate();
        qInfo("seed %u (repeat with GROVE_CRASH_SEED=%u)", used, used);
        m_random.seed(used);

        m_ws = m_dir.filePath(u"ws"_s);
        const QString base = grove::test::writeFile(m_dir.filePath(u"base.csv"_s),
                                                    grove::test::syntheticCsv(grove::test::syntheticRows(1500, 51)));
        QCOMPARE(grove({u"import"_s, base, u"--name"_s, u"base"_s}).exitCode, 0);
        QCOMPARE(grove(trainArguments(3, u"0.3"_s)).exitCode, 0);
        QCOMPARE(grove({u"validate"_s, u"1"_s}).exitCode, 0);
        QCOMPARE(grove({u"export"_s, u"1"_s, u"--model"_s, u"m"_s}).exitCode, 0);
        checkWorkspace(u"setup"_s);
        QCOMPARE(m_versions, 1);
    }

    void killedImports()
    {
        for (int i = 0; i < kKillsPerOperation; ++i) {
            // New content every time, so that each import writes a snapshot.
            const QString csv = grove::test::writeFile(
                m_dir.filePath(u"import-%1.csv"_s.arg(i)),
                grove::test::syntheticCsv(grove::test::syntheticRows(20000, 1000 + quint64(i))));
            killDuring({u"import"_s, csv, u"--name"_s, u"import %1"_s.arg(i)}, 0, 400);
            checkWorkspace(u"import %1"_s.arg(i));
            QFile::remove(csv);
        }
    }

    void killedTrainings()
    {
        for (int i = 0; i < kKillsPerOperation; ++i) {
            const qint64 before = m_runs.isEmpty() ? 0 : m_runs.lastKey();
            killDuring(trainArguments(100000, u"0.001"_s), 50, 1000);
            checkWorkspace(u"training %1"_s.arg(i));
            // The killed run is interrupted (or was never recorded), in its record too.
            for (auto it = m_runs.upperBound(before); it != m_runs.cend(); ++it) {
                QCOMPARE(it.value(), u"interrupted"_s);
                const QJsonObject record =
                    QJsonDocument::fromJson(grove::test::readFile(m_ws + u"/runs/%1/run.json"_s.arg(it.key()))).object();
                QCOMPARE(record.value(u"status"_s).toString(), u"interrupted"_s);
                QVERIFY(!QFile::exists(m_ws + u"/runs/%1/model.ubj"_s.arg(it.key())));
            }
        }
    }

    void killedExports()
    {
        for (int i = 0; i < kKillsPerOperation; ++i) {
            killDuring({u"export"_s, u"1"_s, u"--model"_s, u"m"_s}, 0, 300);
            checkWorkspace(u"export %1"_s.arg(i));
        }
        // The workspace still works as a whole.
        QCOMPARE(grove(trainArguments(2, u"0.3"_s)).exitCode, 0);
        QCOMPARE(grove({u"export"_s, u"1"_s, u"--model"_s, u"m"_s}).exitCode, 0);
        checkWorkspace(u"the end"_s);
        qInfo("%d of %d processes were killed before they finished", m_kills, 3 * kKillsPerOperation);
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crash_consistency.moc"
