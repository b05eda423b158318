// A damaged dataset snapshot, met by grove-cli as a separate process: train refuses it with a
// message naming the file and what to do, validate reports a failed check, reproduce refuses
// data whose content hash no longer matches, and importing the source file again repairs it.

#include "tests/TestFiles.h"
#include "tests/TrainingData.h"

#include "core/data/Snapshot.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;
using grove::test::CliRun;

class TestCliDamagedSnapshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_csv;
    QString m_snapshot; // the path of synth's snapshot
    QString m_otherSnapshot;
    QByteArray m_intact;
    qint64 m_run = 0;

    CliRun grove(QStringList arguments) const
    {
        return grove::test::runCli(QStringList{u"--workspace"_s, m_ws} + arguments);
    }
    qsizetype runCount() const { return grove({u"runs"_s, u"--json"_s}).json().value(u"runs"_s).toArray().size(); }
    static QString snapshotOf(const CliRun& imported) { return imported.json().value(u"snapshot"_s).toString(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        m_csv = grove::test::writeFile(m_dir.filePath(u"synth.csv"_s),
                                       grove::test::syntheticCsv(grove::test::syntheticRows(200, 5)));
        CliRun imported = grove({u"import"_s, m_csv, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        m_snapshot = snapshotOf(imported);
        m_intact = grove::test::readFile(m_snapshot);
        QVERIFY2(!m_intact.isEmpty(), qPrintable(m_snapshot));
        const QString other = grove::test::writeFile(m_dir.filePath(u"other.csv"_s),
                                                     grove::test::syntheticCsv(grove::test::syntheticRows(150, 6)));
        imported = grove({u"import"_s, other, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        m_otherSnapshot = snapshotOf(imported);

        CliRun trained = grove({u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"label"_s, u"--exclude"_s,
                                u"grade"_s, u"--exclude"_s, u"amount"_s, u"--rounds"_s, u"5"_s, u"--threads"_s, u"1"_s,
                                u"--json"_s});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.describe()));
        m_run = trained.json().value(u"run_id"_s).toInteger();
        QVERIFY(m_run > 0);
    }

    void cleanup() { QVERIFY(grove::test::writeFile(m_snapshot, m_intact) == m_snapshot); }

    void damagedDataIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("a changed value") << u"value"_s << u"the data of column \"x1\" has changed"_s;
        QTest::newRow("a category code out of range") << u"code"_s << u"refers to category 99 in row 4"_s;
        QTest::newRow("truncated") << u"truncate"_s << u"truncated"_s;
        QTest::newRow("another dataset's snapshot") << u"swap"_s << u"holds other data"_s;
    }

    void damagedDataIsRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, phrase);
        auto snapshot = grove::Snapshot::open(m_snapshot);
        QVERIFY(snapshot);
        QByteArray bytes = m_intact;
        if (damage == u"value"_s) {
            bytes[qsizetype(snapshot->column(snapshot->indexOf(u"x1"_s)).dataOffset + 40)] ^= 0x04;
        } else if (damage == u"code"_s) {
            const std::uint32_t code = 99;
            std::memcpy(bytes.data() + snapshot->column(snapshot->indexOf(u"color"_s)).dataOffset + 3 * 4, &code, 4);
        } else if (damage == u"truncate"_s) {
            bytes.chop(10);
        } else {
            bytes = grove::test::readFile(m_otherSnapshot);
        }
        QVERIFY(grove::test::writeFile(m_snapshot, bytes) == m_snapshot);
        const qsizetype runs = runCount();

        // train: refused before a run is recorded, with what, where and what to do.
        CliRun trained = grove({u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"label"_s, u"--rounds"_s, u"3"_s});
        QCOMPARE(trained.exitCode, 1);
        for (const QString& part : {phrase, m_snapshot, u"Dataset \"synth\""_s, u"Import the dataset again"_s})
            QVERIFY2(trained.err.contains(part), qPrintable(part + u" not in: "_s + trained.err));
        QCOMPARE(runCount(), runs);

        // validate: a failed check in the report, exit 1 as for any failed check.
        CliRun validated = grove({u"validate"_s, QString::number(m_run), u"--json"_s});
        QCOMPARE(validated.exitCode, 1);
        const QJsonObject report = validated.json();
        QCOMPARE(report.value(u"passed"_s).toBool(true), false);
        bool schemaFailed = false;
        for (const QJsonValue& value : report.value(u"checks"_s).toArray()) {
            const QJsonObject check = value.toObject();
            if (check.value(u"name"_s).toString() == u"schema_matches"_s) {
                QCOMPARE(check.value(u"passed"_s).toBool(true), false);
                QVERIFY2(check.value(u"detail"_s).toString().contains(phrase), qPrintable(check.value(u"detail"_s).toString()));
                schemaFailed = true;
            }
        }
        QVERIFY2(schemaFailed, validated.out.constData());
        CliRun human = grove({u"validate"_s, QString::number(m_run)});
        QCOMPARE(human.exitCode, 1);
        QVERIFY2(human.out.contains("The input schema matches the training dataset") && human.out.contains("FAILED") &&
                     QString::fromUtf8(human.out).contains(phrase),
                 human.out.constData());

        // reproduce: the data are no longer those the run was trained on.
        CliRun reproduced = grove({u"reproduce"_s, QString::number(m_run)});
        QCOMPARE(reproduced.exitCode, 1);
        QVERIFY2(reproduced.err.contains(phrase), qPrintable(reproduced.err));
        QCOMPARE(runCount(), runs);
    }

    void importingAgainRepairs()
    {
        QByteArray bytes = m_intact;
        bytes[bytes.size() / 3] = char(bytes[bytes.size() / 3] ^ 0x10);
        QVERIFY(grove::test::writeFile(m_snapshot, bytes) == m_snapshot);
        CliRun imported = grove({u"import"_s, m_csv, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        QCOMPARE(imported.json().value(u"already_imported"_s).toBool(), true);
        QCOMPARE(imported.json().value(u"repaired_snapshot"_s).toBool(), true);
        QCOMPARE(grove::test::readFile(m_snapshot), m_intact);
        CliRun reproduced = grove({u"reproduce"_s, QString::number(m_run), u"--json"_s});
        QVERIFY2(reproduced.exitCode == 0, qPrintable(reproduced.describe()));
        QCOMPARE(reproduced.json().value(u"identical"_s).toBool(), true);

        // An intact snapshot is left as it is.
        imported = grove({u"import"_s, m_csv, u"--json"_s});
        QCOMPARE(imported.json().value(u"repaired_snapshot"_s).toBool(true), false);
    }
};

QTEST_GUILESS_MAIN(TestCliDamagedSnapshot)
#include "tst_cli_damaged_snapshot.moc"
