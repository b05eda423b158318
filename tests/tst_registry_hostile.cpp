// The registry folder as hostile input: links planted anywhere below it, stray files and
// folders, forged history entries, control characters in reasons, oversized files, leftovers of
// publishers that were killed, and a registry path that is a file.
//
// The binary also runs as a worker that starts publishing and then waits to be killed:
//   tst_registry_hostile --hang-while-publishing ROOT MODEL
#include "tests/TestFiles.h"

#include "core/common/Sha256.h"
#include "core/registry/Registry.h"
#include "core/registry/RegistryDetail.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <unistd.h>

#include <sys/stat.h>
using namespace Qt::StringLiterals;
using namespace grove;
using grove::test::readFile;

namespace {

QMap<QString, QByteArray> versionFiles(int seed)
{
    return {{u"model.ubj"_s, QByteArray(4096, char('a' + seed % 26))},
            {u"metadata.json"_s, "{\"run\": {\"id\": " + QByteArray::number(seed) + "}}\n"},
            {u"MODEL_CARD.md"_s, "# churn\n"}};
}

// Every name in a folder, hidden ones too.
QStringList entries(const QString& path)
{
    QStringList names = QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

// Replaces a published file (read-only) with `bytes`.
bool rewrite(const QString& path, const QByteArray& bytes)
{
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner);
    return !grove::test::writeFile(path, bytes).isEmpty();
}

// Rewrites the manifest line of `name` with `digest`, keeping the manifest's own record right.
bool setManifestDigest(const QString& folder, const QString& name, const QByteArray& digest)
{
    QByteArray manifest;
    for (const QByteArray& line : readFile(folder + u"/MANIFEST.sha256"_s).split('\n')) {
        if (line.isEmpty())
            continue;
        manifest += (line.mid(66) == name.toUtf8() ? digest + "  " + name.toUtf8() : line) + '\n';
    }
    return rewrite(folder + u"/MANIFEST.sha256"_s, manifest);
}

// Writes a history entry as another program (or a hand edit) could.
bool writeEntry(const QString& root, int sequence, const QJsonArray& changes)
{
    QDir().mkpath(root + u"/churn/history"_s);
    const QJsonObject entry{{u"format"_s, 1}, {u"sequence"_s, sequence}, {u"changes"_s, changes}};
    return !grove::test::writeFile(root + u"/churn/history/%1.json"_s.arg(sequence, 6, 10, QLatin1Char('0')),
                                   QJsonDocument(entry).toJson())
                .isEmpty();
}

// Writes a history entry with alias changes (format 2), as another program could.
bool writeAliasEntry(const QString& root, int sequence, const QJsonArray& aliases)
{
    QDir().mkpath(root + u"/churn/history"_s);
    const QJsonObject entry{
        {u"format"_s, 2}, {u"sequence"_s, sequence}, {u"changes"_s, QJsonArray()}, {u"aliases"_s, aliases}};
    return !grove::test::writeFile(root + u"/churn/history/%1.json"_s.arg(sequence, 6, 10, QLatin1Char('0')),
                                   QJsonDocument(entry).toJson())
                .isEmpty();
}

QJsonObject aliasChange(const QString& alias, const QJsonValue& from, const QJsonValue& to)
{
    return {{u"alias"_s, alias}, {u"from"_s, from},        {u"to"_s, to},
            {u"reason"_s, u"r"_s}, {u"user"_s, u"mallory"_s}, {u"host"_s, u"h"_s},
            {u"time"_s, u"2026-01-01T00:00:00.000Z"_s}};
}

QJsonObject change(int version, const QString& from, const QString& to, const QString& reason = u"r"_s)
{
    return {{u"version"_s, version}, {u"from"_s, from},        {u"to"_s, to},
            {u"reason"_s, reason},   {u"user"_s, u"mallory"_s}, {u"host"_s, u"h"_s},
            {u"time"_s, u"2026-01-01T00:00:00.000Z"_s}};
}

int hangWhilePublishing(const QStringList& arguments)
{
    // What a publisher holds halfway through: its lock, and a temporary folder with some files.
    const QString folder = arguments.value(0) + u'/' + arguments.value(1);
    QDir().mkpath(folder);
    const QString temporary = folder + u"/.publishing-killed"_s;
    int error = 0;
    registry_detail::PublishingLock lock(registry_detail::publishingLockName(temporary), error);
    if (error != 0 || !QDir().mkdir(temporary) || grove::test::writeFile(temporary + u"/model.ubj"_s, "half").isEmpty())
        return 1;
    QTextStream(stdout) << "ready" << Qt::endl;
    QThread::sleep(600);
    return 0;
}

} // namespace

class TestRegistryHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root, m_outside;

    // A registry with two versions of churn, and an intact copy of version 1 outside it.
    Registry fresh()
    {
        const QString base = m_dir.filePath(QString::number(++m_count));
        m_root = base + u"/registry"_s;
        m_outside = base + u"/outside"_s;
        QDir().mkpath(base);
        Registry registry(m_root);
        [&] {
            QVERIFY(registry.publish(u"churn"_s, versionFiles(1)));
            QVERIFY(registry.publish(u"churn"_s, versionFiles(2)));
            QVERIFY(QDir().mkpath(m_outside));
            QVERIFY(QProcess::execute(u"cp"_s, {u"-a"_s, m_root + u"/churn"_s, m_outside + u"/churn"_s}) == 0);
        }();
        return registry;
    }
    int m_count = 0;

private slots:
    void linkedFoldersAreDamaged_data()
    {
        QTest::addColumn<QString>("link");    // below the registry
        QTest::addColumn<QString>("target");  // below the outside folder
        QTest::addColumn<QString>("problem"); // in the message of every refused use
        QTest::newRow("version folder") << u"churn/3"_s << u"churn/1"_s << u"churn/3 is a symbolic link"_s;
        QTest::newRow("model folder") << u"fraud"_s << u"churn"_s << u"fraud is a symbolic link"_s;
        QTest::newRow("history folder") << u"churn/history"_s << u"churn/history"_s
                                        << u"churn/history is a symbolic link"_s;
    }
    void linkedFoldersAreDamaged()
    {
        QFETCH(QString, link);
        QFETCH(QString, target);
        QFETCH(QString, problem);
        Registry registry = fresh();
        QVERIFY(QDir().mkpath(m_outside + u"/churn/history"_s));
        QVERIFY(QFile::link(m_outside + u'/' + target, m_root + u'/' + link));
        const QStringList outsideBefore = entries(m_outside + u'/' + target);
        const QString model = link.section(u'/', 0, 0);
        const int version = link.endsWith(u"/3"_s) ? 3 : 1;

        // Reading through the link is refused, with the link named.
        QStringList messages;
        if (link != u"churn/history"_s) {
            auto check = registry.verify(model, version);
            QVERIFY(!check);
            QCOMPARE(check.error().kind, ErrorKind::Io);
            messages << check.error().message
                     << grove::test::errorText(registry.readFile(model, version, u"model.ubj"_s));
        } else {
            messages << grove::test::errorText(registry.history(model));
        }
        messages << grove::test::errorText(registry.version(model, version))
                 << grove::test::errorText(registry.promote(model, version, Stage::Production, u"ship"_s, u"eve"_s));
        for (const QString& message : std::as_const(messages))
            QVERIFY2(message.contains(problem), qPrintable(message));
        // Nor is anything written through it: a linked model folder is not published to.
        auto published = registry.publish(model, versionFiles(3));
        QCOMPARE(bool(published), model == u"churn"_s);
        QCOMPARE(entries(m_outside + u'/' + target), outsideBefore);
        // verify of the whole registry reports it.
        auto stray = registry.strayEntries();
        QVERIFY2(stray && stray->join(u'\n').contains(link + u": a symbolic link"_s), qPrintable(stray->join(u'\n')));
        // A model folder that is a link is no model.
        QCOMPARE(*registry.models(), QStringList{u"churn"_s});
    }

    void strayEntriesAreReported()
    {
        Registry registry = fresh();
        const QStringList folders{u"churn/007"_s, u"churn/v2"_s, u"churn/.trash"_s, u".git"_s, u"CON"_s, u"-rf"_s,
                                  u"empty model"_s};
        for (const QString& folder : folders)
            QVERIFY(QDir().mkpath(m_root + u'/' + folder));
        const QStringList files{u"README.txt"_s, u"churn/notes.txt"_s, u"churn/history/000001.json.bak"_s,
                                u"churn/4"_s};
        for (const QString& file : files) {
            QVERIFY(QDir().mkpath(QFileInfo(m_root + u'/' + file).path()));
            QVERIFY(!grove::test::writeFile(m_root + u'/' + file, "x").isEmpty());
        }
        QVERIFY(QFile::link(m_outside, m_root + u"/churn/history/link.json"_s));
        // What writers that are busy leave is expected, and not reported.
        QVERIFY(QDir().mkpath(m_root + u"/churn/.publishing-busy"_s));
        QVERIFY(!grove::test::writeFile(m_root + u"/churn/.publishing-busy.lock"_s, {}).isEmpty());
        QVERIFY(!grove::test::writeFile(m_root + u"/churn/history/.entry-busy.json"_s, "{").isEmpty());

        auto stray = registry.strayEntries();
        QVERIFY2(stray, qPrintable(grove::test::errorText(stray)));
        const QString text = stray->join(u'\n');
        QCOMPARE(stray->size(), folders.size() + files.size() + 1);
        for (const QString& name : folders + files + QStringList{u"churn/history/link.json"_s})
            QVERIFY2(text.contains(name + u": "_s), qPrintable(name + u" not in:\n"_s + text));
        QVERIFY2(text.contains(u"empty model: a model folder without any version"_s), qPrintable(text));
        QVERIFY(!text.contains(u"busy"_s));
        // One model's inventory.
        QCOMPARE(registry.strayEntries(u"churn"_s)->size(), 7);
    }

    // Names that are not valid UTF-8 cannot be opened by the names Qt lists, and models whose
    // names differ only by case are one folder on other systems: both are reported, not skipped.
    void unreadableNamesAndCaseTwinsAreReported()
    {
        Registry registry = fresh();
        const QByteArray root = QFile::encodeName(m_root);
        for (const QByteArray& name : {QByteArray("/bad\xff"), QByteArray("/churn/3\xff"), QByteArray("/churn/history/000099\xfe.json")}) {
            const QByteArray path = root + name;
            if (name.endsWith(".json"))
                QVERIFY(QDir().mkpath(m_root + u"/churn/history"_s));
            const int made = name.endsWith(".json") ? ::close(::open(path.constData(), O_CREAT | O_WRONLY, 0644))
                                                    : ::mkdir(path.constData(), 0755);
            if (made != 0 && errno == EILSEQ)
                QSKIP("this file system refuses names that are not UTF-8");
            QCOMPARE(made, 0);
        }
        QVERIFY(QDir().mkpath(m_root + u"/CHURN/1"_s));
        auto stray = registry.strayEntries();
        QVERIFY2(stray, qPrintable(grove::test::errorText(stray)));
        const QString text = stray->join(u'\n');
        QCOMPARE(text.count(u"not valid UTF-8"_s), 3);
        QVERIFY2(text.contains(u"CHURN and churn: model folders whose names differ only by case"_s), qPrintable(text));
    }

    void contradictingHistoryIsDamage_data()
    {
        QTest::addColumn<QJsonArray>("forged"); // entry 3, after 1 None → Staging, 2 Staging → Production
        QTest::addColumn<QString>("problem");
        QTest::newRow("from the wrong stage")
            << QJsonArray{change(2, u"Staging"_s, u"Production"_s)}
            << u"it moves version 2 from Staging, but version 2 is in None"_s;
        QTest::newRow("second Production")
            << QJsonArray{change(2, u"None"_s, u"Production"_s)} << u"it leaves versions 1, 2 in Production"_s;
        QTest::newRow("newline-forged row")
            << QJsonArray{change(1, u"Production"_s, u"Archived"_s, u"x\n2026-01-01 00:00  2  None  Production"_s),
                          change(1, u"Production"_s, u"Archived"_s)}
            << u"it moves version 1 from Production, but version 1 is in Archived"_s;
    }
    void contradictingHistoryIsDamage()
    {
        QFETCH(QJsonArray, forged);
        QFETCH(QString, problem);
        Registry registry = fresh();
        QVERIFY(registry.promote(u"churn"_s, 1, Stage::Staging, u"try"_s, u"ana"_s));
        QVERIFY(registry.promote(u"churn"_s, 1, Stage::Production, u"ship"_s, u"ana"_s));
        QVERIFY(writeEntry(m_root, 3, forged));
        const QString path = m_root + u"/churn/history/000003.json"_s;

        auto history = registry.history(u"churn"_s);
        QVERIFY(!history);
        QCOMPARE(history.error().file, path);
        QVERIFY2(history.error().message.contains(path + u" contradicts"_s), qPrintable(history.error().message));
        QVERIFY2(history.error().message.contains(problem), qPrintable(history.error().message));
        // Nothing that depends on the stages pretends to know them, and nothing is written.
        QVERIFY(!registry.versions(u"churn"_s));
        QVERIFY(!registry.stage(u"churn"_s, 2));
        QVERIFY(!registry.promote(u"churn"_s, 2, Stage::Archived, u"fix"_s, u"ana"_s));
        QVERIFY(!QFileInfo::exists(m_root + u"/churn/history/000004.json"_s));
    }

    void forgedAliasEntriesAreDamage_data()
    {
        QTest::addColumn<QJsonObject>("forged"); // entry 3, after 1 None → Staging, 2 champion set on 1
        QTest::addColumn<QString>("problem");
        QTest::newRow("from the wrong version")
            << aliasChange(u"champion"_s, 2, 1)
            << u"it moves alias \"champion\" from version 2, but the alias points to version 1"_s;
        QTest::newRow("set again as new") << aliasChange(u"champion"_s, QJsonValue(), 2)
                                          << u"it sets alias \"champion\" as new, but the alias points to version 1"_s;
        QTest::newRow("removing an alias never set")
            << aliasChange(u"shadow"_s, 1, QJsonValue()) << u"it moves alias \"shadow\" from version 1, but the alias is not set"_s;
        QTest::newRow("control characters in the name")
            << aliasChange(u"champ\x1b[2J\u202Eion"_s, QJsonValue(), 2) << u"an alias change has no valid alias name"_s;
        QTest::newRow("a number as name") << aliasChange(u"2"_s, QJsonValue(), 2)
                                          << u"an alias change has no valid alias name"_s;
        QTest::newRow("no move") << aliasChange(u"champion"_s, 1, 1) << u"an alias change has no valid versions"_s;
        QTest::newRow("a version that is no number")
            << aliasChange(u"champion"_s, 1, u"2"_s) << u"an alias change has no valid versions"_s;
    }
    void forgedAliasEntriesAreDamage()
    {
        QFETCH(QJsonObject, forged);
        QFETCH(QString, problem);
        Registry registry = fresh();
        QVERIFY(registry.promote(u"churn"_s, 1, Stage::Staging, u"try"_s, u"ana"_s));
        QVERIFY(registry.setAlias(u"churn"_s, u"champion"_s, 1, u"serve"_s, u"ana"_s));
        QVERIFY(writeAliasEntry(m_root, 3, {forged}));
        const QString path = m_root + u"/churn/history/000003.json"_s;

        auto history = registry.history(u"churn"_s);
        QVERIFY(!history);
        QCOMPARE(history.error().file, path);
        QVERIFY2(history.error().message.contains(path), qPrintable(history.error().message));
        QVERIFY2(history.error().message.contains(problem), qPrintable(history.error().message));
        // Nothing that depends on the history pretends to know it, and nothing is written.
        QVERIFY(!registry.versions(u"churn"_s));
        QVERIFY(!registry.aliases(u"churn"_s));
        QVERIFY(!registry.resolveAlias(u"churn"_s, u"champion"_s));
        QVERIFY(!registry.setAlias(u"churn"_s, u"champion"_s, 2, u"fix"_s, u"ana"_s));
        QVERIFY(!registry.removeAlias(u"churn"_s, u"champion"_s, u"fix"_s, u"ana"_s));
        QVERIFY(!QFileInfo::exists(m_root + u"/churn/history/000004.json"_s));
    }

    // A replay that holds together, but ends with an alias on a version the model does not have.
    void anAliasOnAMissingVersionIsReported()
    {
        Registry registry = fresh();
        QVERIFY(registry.setAlias(u"churn"_s, u"champion"_s, 2, u"serve"_s, u"ana"_s));
        QVERIFY(writeAliasEntry(m_root, 2, {aliasChange(u"ghost"_s, QJsonValue(), 7)}));
        auto problems = registry.aliasProblems(u"churn"_s);
        QVERIFY2(problems, qPrintable(grove::test::errorText(problems)));
        QCOMPARE(problems->size(), 1);
        QVERIFY2(problems->front().contains(u"alias \"ghost\" points to version 7, which the model does not have"_s),
                 qPrintable(problems->front()));
        auto ghost = registry.resolveAlias(u"churn"_s, u"ghost"_s);
        QVERIFY(!ghost);
        QCOMPARE(ghost.error().kind, ErrorKind::Io);
        QVERIFY2(ghost.error().message.contains(u"points to version 7, which is not in the registry"_s),
                 qPrintable(ghost.error().message));
        QCOMPARE(*registry.resolveAlias(u"churn"_s, u"champion"_s), 2);
    }

    void hostileAliasNamesAndReasonsAreRefused_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("problem");
        QTest::newRow("line feed in the name") << u"champ\nion"_s << u"ok"_s << u"a control character (U+000A)"_s;
        QTest::newRow("escape in the name") << u"champ\x1b[2J"_s << u"ok"_s << u"a control character (U+001B)"_s;
        QTest::newRow("override in the name") << u"champ\u202Eion"_s << u"ok"_s << u"(U+202E), which is not allowed"_s;
        QTest::newRow("separator in the name") << u"../champion"_s << u"ok"_s << u"which separates folders"_s;
        QTest::newRow("option-like name") << u"-rf"_s << u"ok"_s << u"starts with '-'"_s;
        QTest::newRow("too long a name") << QString(65, u'a') << u"ok"_s << u"at most 64"_s;
        QTest::newRow("line feed in the reason") << u"champion"_s << u"ok\n2026-01-01 00:00  @champion  -  1"_s
                                                 << u"The reason contains a line break"_s;
        QTest::newRow("escape in the reason") << u"champion"_s << u"ok \x1b[2J"_s << u"an escape character"_s;
        QTest::newRow("override in the reason") << u"champion"_s << u"ok \u202Edesrever"_s << u"U+202E"_s;
    }
    void hostileAliasNamesAndReasonsAreRefused()
    {
        QFETCH(QString, alias);
        QFETCH(QString, reason);
        QFETCH(QString, problem);
        Registry registry = fresh();
        for (const auto& result : {registry.setAlias(u"churn"_s, alias, 1, reason, u"eve"_s),
                                   registry.removeAlias(u"churn"_s, alias, reason, u"eve"_s)}) {
            QVERIFY(!result);
            QCOMPARE(result.error().kind, ErrorKind::BadInput);
            QVERIFY2(result.error().message.contains(problem), qPrintable(result.error().message));
            // The name, quoted in the message, cannot break its line.
            QVERIFY(!result.error().message.contains(u'\n') && !result.error().message.contains(u'\x1b'));
        }
        QVERIFY(!registry.resolveAlias(u"churn"_s, alias));
        QVERIFY(!QFileInfo::exists(m_root + u"/churn/history"_s));
    }

    void reasonsWithControlCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("character");
        QTest::newRow("line feed") << u"ok\n2026-01-01 00:00  2  None  Production  eve  forged"_s << u"a line break at character 3"_s;
        QTest::newRow("carriage return") << u"ok\rforged"_s << u"a carriage return"_s;
        QTest::newRow("escape") << u"ok \x1b[2J"_s << u"an escape character"_s;
        QTest::newRow("bell") << u"ok \a"_s << u"U+0007"_s;
        QTest::newRow("tab") << u"ok\tforged"_s << u"a tab"_s;
        QTest::newRow("right-to-left override") << u"ok \u202Edesrever"_s << u"U+202E"_s;
        QTest::newRow("line separator") << u"ok\u2028forged"_s << u"U+2028"_s;
    }
    void reasonsWithControlCharactersAreRefused()
    {
        QFETCH(QString, reason);
        QFETCH(QString, character);
        Registry registry = fresh();
        auto promoted = registry.promote(u"churn"_s, 1, Stage::Production, reason, u"eve"_s);
        QVERIFY(!promoted);
        QCOMPARE(promoted.error().kind, ErrorKind::BadInput);
        QVERIFY2(promoted.error().message.contains(u"The reason"_s), qPrintable(promoted.error().message));
        QVERIFY2(promoted.error().message.contains(character), qPrintable(promoted.error().message));
        QVERIFY(!QFileInfo::exists(m_root + u"/churn/history"_s));
    }

    // A 1 GB file (sparse, so the test costs no disk) is reported from its size, never read.
    void oversizedFilesAreNotRead_data()
    {
        QTest::addColumn<bool>("recordAgrees"); // VERSION.json and the manifest were forged to match its size
        QTest::addColumn<QString>("problem");
        QTest::newRow("another size than published")
            << false << u"metadata.json: 1073741824 bytes instead of the 19 published"_s;
        QTest::newRow("over the cap") << true << u"metadata.json: 1.0 GiB, more than the 64.0 MiB Grove reads"_s;
    }
    void oversizedFilesAreNotRead()
    {
        QFETCH(bool, recordAgrees);
        QFETCH(QString, problem);
        Registry registry = fresh();
        const QString folder = m_root + u"/churn/2"_s;
        const QString metadata = folder + u"/metadata.json"_s;
        QFile::setPermissions(metadata, QFile::permissions(metadata) | QFileDevice::WriteOwner);
        QVERIFY(::truncate(QFile::encodeName(metadata).constData(), 1 << 30) == 0);
        if (recordAgrees) {
            QByteArray record = readFile(folder + u"/VERSION.json"_s);
            QVERIFY(record.contains("\"metadata.json\": 19"));
            QVERIFY(rewrite(folder + u"/VERSION.json"_s, record.replace("\"metadata.json\": 19", "\"metadata.json\": 1073741824")));
            QVERIFY(setManifestDigest(folder, u"metadata.json"_s, QByteArray(64, 'a')));
            QVERIFY(setManifestDigest(folder, u"VERSION.json"_s, Sha256::hash(record).toHex()));
        }
        QElapsedTimer timer;
        timer.start();
        auto bytes = registry.readFile(u"churn"_s, 2, u"metadata.json"_s);
        auto check = registry.verify(u"churn"_s, 2);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!bytes);
        QVERIFY2(bytes.error().message.contains(problem), qPrintable(bytes.error().message));
        QVERIFY(!check->ok);
        QCOMPARE(check->problems, QStringList{check->problems.value(0)});
        QVERIFY2(check->problems.value(0).startsWith(problem), qPrintable(check->problems.value(0)));
    }

    // A manifest whose line ends became CR LF is one problem, named as such, not a problem per
    // line; the files are still checked by name.
    void aManifestWithWindowsLineEndsIsOneProblem()
    {
        Registry registry = fresh();
        const QString manifest = m_root + u"/churn/2/MANIFEST.sha256"_s;
        QByteArray text = readFile(manifest);
        QVERIFY(text.count('\n') > 3);
        QVERIFY(rewrite(manifest, text.replace("\n", "\r\n")));
        auto check = registry.verify(u"churn"_s, 2);
        QVERIFY(check);
        QVERIFY(!check->ok);
        QCOMPARE(check->problems.size(), 1);
        QVERIFY2(check->problems.front().contains(u"CR LF"_s), qPrintable(check->problems.front()));
    }

    void oversizedManifestsAndHistoryEntriesAreNotRead()
    {
        Registry registry = fresh();
        const QString manifest = m_root + u"/churn/1/MANIFEST.sha256"_s;
        QFile::setPermissions(manifest, QFile::permissions(manifest) | QFileDevice::WriteOwner);
        QVERIFY(::truncate(QFile::encodeName(manifest).constData(), 1 << 30) == 0);
        auto check = registry.verify(u"churn"_s, 1);
        QVERIFY2(check->problems.value(0).contains(u"MANIFEST.sha256 is larger than 1.0 MiB"_s),
                 qPrintable(check->problems.join(u'\n')));

        QVERIFY(registry.promote(u"churn"_s, 2, Stage::Staging, u"try"_s, u"ana"_s));
        const QString entry = m_root + u"/churn/history/000001.json"_s;
        QFile::setPermissions(entry, QFile::permissions(entry) | QFileDevice::WriteOwner);
        QVERIFY(::truncate(QFile::encodeName(entry).constData(), 1 << 30) == 0);
        QElapsedTimer timer;
        timer.start();
        auto history = registry.history(u"churn"_s);
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!history);
        QVERIFY2(history.error().message.contains(u"larger than 1048576 bytes"_s), qPrintable(history.error().message));
    }

    void leftoversOfKilledPublishersAreRemoved()
    {
        Registry registry = fresh();
        // A publisher killed halfway through.
        QProcess worker;
        worker.start(QCoreApplication::applicationFilePath(), {u"--hang-while-publishing"_s, m_root, u"churn"_s});
        QVERIFY(worker.waitForReadyRead(30000));
        QCOMPARE(worker.readLine().trimmed(), QByteArray("ready"));
        // While it lives, its folder stays; a new publisher does not touch it either.
        QVERIFY(registry.removeLeftovers().isEmpty());
        QCOMPARE(registry.publish(u"churn"_s, versionFiles(3))->version, 3);
        QVERIFY(QFileInfo::exists(m_root + u"/churn/.publishing-killed/model.ubj"_s));
        worker.kill();
        QVERIFY(worker.waitForFinished(30000));
        QVERIFY(QFileInfo::exists(m_root + u"/churn/.publishing-killed.lock"_s));

        // A model folder left empty by a publisher killed before its lock was in it.
        QVERIFY(QDir().mkpath(m_root + u"/fraud"_s));
        // A folder of an older Grove without a lock is not known to be abandoned: it stays.
        QVERIFY(QDir().mkpath(m_root + u"/churn/.publishing-old"_s));
        const QStringList removed = registry.removeLeftovers();
        QCOMPARE(removed, (QStringList{u"churn/.publishing-killed"_s, u"churn/.publishing-killed.lock"_s, u"fraud"_s}));
        QCOMPARE(entries(m_root + u"/churn"_s), (QStringList{u".publishing-old"_s, u"1"_s, u"2"_s, u"3"_s}));
        QCOMPARE(entries(m_root), QStringList{u"churn"_s});
        // A publisher cleans the model folder it publishes to, too.
        QVERIFY(QDir().mkpath(m_root + u"/churn/.publishing-dead"_s));
        QVERIFY(!grove::test::writeFile(m_root + u"/churn/.publishing-dead.lock"_s, {}).isEmpty());
        QCOMPARE(registry.publish(u"churn"_s, versionFiles(4))->version, 4);
        QCOMPARE(entries(m_root + u"/churn"_s), (QStringList{u".publishing-old"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s}));
    }

    void aFailedPublishLeavesNoEmptyModelFolder()
    {
        Registry registry = fresh();
        // Writes past 2000 bytes fail (EFBIG), as a full disk would.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old;
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        rlimit small = old;
        small.rlim_cur = 2000;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        auto newModel = registry.publish(u"fraud"_s, versionFiles(1));
        auto existing = registry.publish(u"churn"_s, versionFiles(3));
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &old) == 0);
        QVERIFY(!newModel);
        QVERIFY2(newModel.error().message.contains(u"was not published"_s), qPrintable(newModel.error().message));
        QVERIFY(!existing);
        // The model folder this publish made is gone; the one that existed stays, as it was.
        QCOMPARE(entries(m_root), QStringList{u"churn"_s});
        QCOMPARE(entries(m_root + u"/churn"_s), (QStringList{u"1"_s, u"2"_s}));
    }

    void aRegistryPathThatIsAFileIsNamedSo()
    {
        const QString file = grove::test::writeFile(m_dir.filePath(u"registry.txt"_s), "not a folder");
        Registry registry(file);
        QVERIFY(!registry.exists());
        auto published = registry.publish(u"churn"_s, versionFiles(1));
        QVERIFY(!published);
        QCOMPARE(published.error().kind, ErrorKind::BadInput);
        QVERIFY2(published.error().message.contains(u"is a file, not a folder"_s), qPrintable(published.error().message));
        auto versions = registry.versions(u"churn"_s);
        QVERIFY2(versions.error().message.contains(u"is a file, not a folder"_s), qPrintable(versions.error().message));
        QCOMPARE(readFile(file), QByteArray("not a folder"));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.value(1) == u"--hang-while-publishing"_s)
        return hangWhilePublishing(arguments.mid(2));
    TestRegistryHostile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registry_hostile.moc"
