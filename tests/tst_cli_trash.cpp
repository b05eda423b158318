// grove-cli trash, restore, empty-trash and runs --trash, run as a separate process: what the
// window's Move to Trash, Undo and Empty Trash do, headless.

#include "tests/TestFiles.h"
#include "tests/TrainingData.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliTrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    grove::test::CliRun grove(const QStringList& arguments) const
    {
        return grove::test::runCli(QStringList{u"--workspace"_s, m_ws} + arguments);
    }
    QList<qint64> listed(const QStringList& options = {}) const
    {
        QList<qint64> ids;
        const auto run = grove(QStringList{u"runs"_s, u"--json"_s} + options);
        for (const QJsonValue& value : run.json().value(u"runs"_s).toArray())
            ids << value.toObject().value(u"run_id"_s).toInteger();
        return ids;
    }
    // What runs/<id>/run.json, the copy `recover` rebuilds from, says about the trash.
    bool inTrashOnDisk(qint64 id) const
    {
        const QByteArray bytes = grove::test::readFile(QDir(m_ws).filePath(u"runs/%1/run.json"_s.arg(id)));
        const QJsonValue deleted = QJsonDocument::fromJson(bytes).object().value(u"deleted_at"_s);
        return deleted.isString() && !deleted.toString().isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        const QString csv = grove::test::writeFile(m_dir.filePath(u"synth.csv"_s),
                                                   grove::test::syntheticCsv(grove::test::syntheticRows(200, 5)));
        QCOMPARE(grove({u"import"_s, csv}).exitCode, 0);
        for (int i = 0; i < 3; ++i) {
            const auto run = grove({u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"label"_s, u"--rounds"_s,
                                    u"3"_s, u"--seed"_s, QString::number(i), u"--json"_s});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
        QCOMPARE(listed(), (QList<qint64>{1, 2, 3}));
    }

    void trashRestoreAndEmpty()
    {
        // A mistyped id moves nothing, not even the runs named before it.
        const auto mistyped = grove({u"trash"_s, u"1"_s, u"99"_s});
        QCOMPARE(mistyped.exitCode, 2);
        QVERIFY2(mistyped.err.contains(u"\"99\""_s), qPrintable(mistyped.err));
        QCOMPARE(listed(), (QList<qint64>{1, 2, 3}));
        QCOMPARE(grove({u"trash"_s}).exitCode, 2);

        const auto trashed = grove({u"trash"_s, u"1"_s, u"2"_s});
        QVERIFY2(trashed.exitCode == 0, qPrintable(trashed.describe()));
        QVERIFY2(trashed.out.contains("1, 2") && trashed.out.contains("grove-cli restore"), trashed.out.constData());
        QCOMPARE(listed(), QList<qint64>{3});
        QCOMPARE(listed({u"--trash"_s}), (QList<qint64>{1, 2}));
        // The listing says when each was moved there.
        const QByteArray table = grove({u"runs"_s, u"--trash"_s}).out;
        QVERIFY2(table.startsWith("ID ") && table.split('\n').first().endsWith("TRASHED"), table.constData());
        QVERIFY(!grove({u"runs"_s}).out.contains("TRASHED"));
        QVERIFY(inTrashOnDisk(1));
        QVERIFY(!inTrashOnDisk(3));
        // show says where a run is, in words and in JSON.
        const auto shown = grove({u"show"_s, u"1"_s});
        QVERIFY2(shown.out.contains("in the trash since") && shown.out.contains("grove-cli restore 1"), shown.out.constData());
        QVERIFY(!grove({u"show"_s, u"3"_s}).out.contains("in the trash"));
        const QJsonObject shownJson = grove({u"show"_s, u"1"_s, u"--json"_s}).json();
        QCOMPARE(shownJson.value(u"in_trash"_s).toBool(), true);
        QVERIFY(!shownJson.value(u"trashed_at"_s).toString().isEmpty());
        QCOMPARE(grove({u"show"_s, u"3"_s, u"--json"_s}).json().value(u"in_trash"_s).toBool(), false);

        // Moving a run that is there already changes nothing and says so.
        const QJsonObject again = grove({u"trash"_s, u"2"_s, u"3"_s, u"--json"_s}).json();
        QCOMPARE(again.value(u"trashed"_s).toArray(), QJsonArray{3});
        QCOMPARE(again.value(u"unchanged"_s).toArray(), QJsonArray{2});

        const auto restored = grove({u"restore"_s, u"1"_s, u"3"_s});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
        QCOMPARE(listed(), (QList<qint64>{1, 3}));
        QVERIFY(!inTrashOnDisk(1));

        // Without --yes nothing is deleted, and the runs that would be are named.
        const auto asked = grove({u"empty-trash"_s});
        QCOMPARE(asked.exitCode, 2);
        QVERIFY2(asked.err.contains(u"--yes"_s) && asked.err.contains(u": 2."_s), qPrintable(asked.err));
        QVERIFY(QDir(m_ws).exists(u"runs/2"_s));
        QCOMPARE(listed({u"--trash"_s}), QList<qint64>{2});

        const auto emptied = grove({u"empty-trash"_s, u"--yes"_s, u"--json"_s});
        QVERIFY2(emptied.exitCode == 0, qPrintable(emptied.describe()));
        QCOMPARE(emptied.json().value(u"deleted"_s).toInt(), 1);
        QVERIFY(!QDir(m_ws).exists(u"runs/2"_s));
        QCOMPARE(grove({u"show"_s, u"2"_s}).exitCode, 2);
        QCOMPARE(listed(), (QList<qint64>{1, 3}));
        QVERIFY(listed({u"--trash"_s}).isEmpty());
        QVERIFY(grove({u"runs"_s, u"--trash"_s}).out.contains("The trash is empty"));

        // Each move is in the workspace's audit log.
        const QByteArray log = grove({u"log"_s}).out;
        QCOMPARE(log.count("run.trashed"), 3);
        QCOMPARE(log.count("run.restored"), 2);
        QCOMPARE(log.count("trash.emptied"), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliTrash)
#include "tst_cli_trash.moc"
