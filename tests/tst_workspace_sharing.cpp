// The window and grove-cli on one workspace at once: a connection the window opens for
// background work must not take away the locks of its other connections. Closing any
// descriptor of grove.db drops them all (POSIX locks belong to the process), and a grove-cli
// command that then finished took itself for the last user, folded the write-ahead log into the
// database and deleted it: every later change of the window went into the deleted log and was
// lost.

#include "core/store/DatasetStore.h"
#include "core/store/Workspace.h"
#include "tests/TestFiles.h"
#include "tests/TrainingData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWorkspaceSharing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void changesSurviveACommandBesideABackgroundConnection()
    {
        QVERIFY(m_dir.isValid());
        const QString ws = m_dir.filePath(u"ws"_s);
        const QString csv = grove::test::writeFile(m_dir.filePath(u"data.csv"_s),
                                                   grove::test::syntheticCsv(grove::test::syntheticRows(40, 7)));
        const auto imported = grove::test::runCli({u"--workspace"_s, ws, u"import"_s, csv, u"--name"_s, u"first"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));

        auto window = grove::Workspace::openOrCreate(ws);
        QVERIFY2(window.ok(), qPrintable(window ? QString() : window.error().message));
        grove::DatasetStore datasets(window->database());
        QVERIFY(datasets.rename(1, u"second"_s).ok());
        // A view opens a connection of its own, as the window's background work does.
        {
            auto background = grove::Workspace::connect(ws);
            QVERIFY(background.ok());
            auto again = grove::Workspace::openOrCreate(ws);
            QVERIFY(again.ok());
        }
        const auto listed = grove::test::runCli({u"--workspace"_s, ws, u"datasets"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        QVERIFY2(QFile::exists(ws + u"/grove.db-wal"_s), "the log of a workspace still open was deleted");

        QVERIFY(datasets.rename(1, u"third"_s).ok());
        const auto after = grove::test::runCli({u"--workspace"_s, ws, u"datasets"_s, u"--json"_s});
        QVERIFY2(after.exitCode == 0, qPrintable(after.describe()));
        const QJsonArray names = after.json().value(u"datasets"_s).toArray();
        QCOMPARE(names.size(), 1);
        QCOMPARE(names[0].toObject().value(u"name"_s).toString(), u"third"_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSharing)
#include "tst_workspace_sharing.moc"
