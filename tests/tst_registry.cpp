// The shared registry folder: model names, publishing versions with their checksum manifest,
// readers that never see half a version, publishers in several processes, tampered versions
// reported and never served, stage changes and their history, concurrent promotions, and a
// damaged history named.
//
// The binary also runs as a worker for the tests across processes; the workers of a test wait
// for the same start time (milliseconds since the epoch), so that they really race:
//   tst_registry --publish-worker START ROOT MODEL COUNT WORKER
//   tst_registry --promote-worker START ROOT MODEL COUNT WORKER VERSION,VERSION,...

#include "core/common/Sha256.h"
#include "core/registry/Registry.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <random>
#include <tuple>
#include <thread>

using namespace Qt::StringLiterals;
using namespace grove;

Q_DECLARE_METATYPE(grove::ErrorKind)

namespace {

template <typename T> QString describe(const Result<T>& result)
{
    return result ? u"ok"_s : result.error().toString();
}
QString describe(const Result<VersionCheck>& check)
{
    return check ? check->problems.join(u'\n') : check.error().toString();
}

QByteArray randomBytes(int size, unsigned seed)
{
    std::mt19937 random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(random());
    return bytes;
}

// What an export puts in a version, more or less.
QMap<QString, QByteArray> modelFiles(int seed, int modelSize = 4096)
{
    return {{u"model.ubj"_s, randomBytes(modelSize, unsigned(seed))},
            {u"metadata.json"_s, QByteArray("{\"run\": ") + QByteArray::number(seed) + "}\n"},
            {u"MLmodel"_s, QByteArray("flavors:\n  xgboost:\n    model_format: ubj\n")},
            {u"model card.md"_s, QByteArray("# Churn model\n")}};
}

QString payload(int worker, int index)
{
    return u"worker %1 index %2"_s.arg(worker).arg(index);
}

QMap<QString, QByteArray> workerFiles(int worker, int index)
{
    return {{u"payload.txt"_s, payload(worker, index).toUtf8()},
            {u"model.ubj"_s, randomBytes(16384, unsigned(worker * 1000 + index))}};
}

// Every name in a folder, hidden ones too.
QStringList entries(const QString& path)
{
    QStringList names =
        QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

bool makeWritable(const QString& path)
{
    return QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner);
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    makeWritable(path);
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int productionCount(const QMap<int, Stage>& stages)
{
    return int(std::count(stages.begin(), stages.end(), Stage::Production));
}

// Waits for the start time in arguments[2] and drops the first three arguments.
QStringList waitForStart(const QStringList& arguments)
{
    const qint64 start = arguments.value(2).toLongLong();
    while (QDateTime::currentMSecsSinceEpoch() < start)
        QThread::usleep(200);
    return arguments.mid(3);
}

int publishWorker(const QStringList& arguments)
{
    Registry registry(arguments.value(0));
    const QString model = arguments.value(1);
    const int count = arguments.value(2).toInt();
    const int worker = arguments.value(3).toInt();
    QTextStream out(stdout);
    for (int index = 0; index < count; ++index) {
        auto version = registry.publish(model, workerFiles(worker, index));
        if (!version) {
            QTextStream(stderr) << version.error().toString() << '\n';
            return 1;
        }
        out << index << ' ' << version->version << '\n';
    }
    return 0;
}

// Promotes the given versions to Production in turn. Prints "S <sequence>" for an entry
// written and "A" for a version found already in Production (another worker was first).
int promoteWorker(const QStringList& arguments)
{
    Registry registry(arguments.value(0));
    const QString model = arguments.value(1);
    const int count = arguments.value(2).toInt();
    const int worker = arguments.value(3).toInt();
    QList<int> versions;
    for (const QString& text : arguments.value(4).split(u','))
        versions << text.toInt();
    QTextStream out(stdout);
    for (int index = 0; index < count; ++index) {
        const int version = versions[(index + worker) % versions.size()];
        auto entry = registry.promote(model, version, Stage::Production,
                                      u"worker %1 promotion %2"_s.arg(worker).arg(index),
                                      u"worker-%1"_s.arg(worker));
        if (entry)
            out << "S " << entry->sequence << '\n';
        else if (entry.error().kind == ErrorKind::Conflict)
            out << "A\n";
        else {
            QTextStream(stderr) << entry.error().toString() << '\n';
            return 1;
        }
    }
    return 0;
}

QProcess* startWorker(QObject* parent, const QString& kind, qint64 start,
                      const QStringList& arguments)
{
    auto* process = new QProcess(parent);
    process->start(QCoreApplication::applicationFilePath(),
                   QStringList{kind, QString::number(start)} + arguments);
    return process;
}

// A start time that leaves every worker process time to start and wait.
qint64 startTime()
{
    return QDateTime::currentMSecsSinceEpoch() + 1000;
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qInfo("fallbacks (plain rename, exclusive create): %s",
              qEnvironmentVariableIntValue("GROVE_REGISTRY_FALLBACKS") ? "forced" : "off");
    }

    void modelNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem"); // a part of the message; empty when accepted

        QTest::newRow("plain") << u"churn"_s << QString();
        QTest::newRow("dash underscore dot") << u"ok-name_1.2"_s << QString();
        QTest::newRow("space inside") << u"Churn model v2"_s << QString();
        QTest::newRow("underscore first") << u"_private"_s << QString();
        QTest::newRow("one letter") << u"a"_s << QString();
        QTest::newRow("accents") << u"Modèle-été"_s << QString();
        QTest::newRow("combining accent") << u"e\u0301te\u0301"_s << QString();
        QTest::newRow("cyrillic") << u"модель_7"_s << QString();
        QTest::newRow("chinese") << u"客户流失模型"_s << QString();
        QTest::newRow("64 characters") << QString(64, u'x') << QString();
        QTest::newRow("device name inside") << u"console"_s << QString();
        QTest::newRow("COM10 is no device") << u"COM10"_s << QString();
        QTest::newRow("con-model") << u"con-model"_s << QString();

        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("dot") << u"."_s << u"stands for a folder"_s;
        QTest::newRow("dot dot") << u".."_s << u"stands for a folder"_s;
        QTest::newRow("hidden") << u".hidden"_s << u"starts with '.'"_s;
        QTest::newRow("slash") << u"a/b"_s << u"separates folders"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"separates folders"_s;
        QTest::newRow("con") << u"con"_s << u"device on Windows (CON)"_s;
        QTest::newRow("CON.txt") << u"CON.txt"_s << u"device on Windows (CON)"_s;
        QTest::newRow("lpt9") << u"lpt9"_s << u"device on Windows (LPT9)"_s;
        QTest::newRow("Com1.model") << u"Com1.model"_s << u"device on Windows (COM1)"_s;
        QTest::newRow("nul.tar.gz") << u"nul.tar.gz"_s << u"device on Windows (NUL)"_s;
        QTest::newRow("COM superscript") << u"COM\u00B9"_s << u"device on Windows"_s;
        QTest::newRow("65 characters") << QString(65, u'x') << u"at most 64"_s;
        QTest::newRow("too many bytes")
            << QString::fromUcs4(std::u32string(64, U'\U0001D4B3').data(), 64) << u"256 bytes"_s;
        // The name is quoted with the character escaped, as the listings print it.
        QTest::newRow("tab") << u"tab\tname"_s << u"\"tab\\tname\" contains a control character (U+0009)"_s;
        QTest::newRow("line break") << u"line\nbreak"_s << u"\"line\\nbreak\" contains a control character (U+000A)"_s;
        QTest::newRow("trailing dot") << u"trailing."_s << u"ends with a space or a '.'"_s;
        QTest::newRow("trailing space") << u"trailing "_s << u"ends with a space or a '.'"_s;
        QTest::newRow("leading space") << u" leading"_s << u"starts with a space"_s;
        QTest::newRow("leading dash") << u"-rf"_s << u"read as an option"_s;
        QTest::newRow("question mark") << u"what?"_s << u"Windows does not allow"_s;
        QTest::newRow("colon") << u"a:b"_s << u"Windows does not allow"_s;
        QTest::newRow("star") << u"a*b"_s << u"Windows does not allow"_s;
        QTest::newRow("pipe") << u"a|b"_s << u"Windows does not allow"_s;
        QTest::newRow("angle") << u"a<b"_s << u"Windows does not allow"_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"Windows does not allow"_s;
        QTest::newRow("hash") << u"a#b"_s << u"\"#\" (U+0023), which is not allowed"_s;
        QTest::newRow("no-break space") << u"a\u00A0b"_s << u"(U+00A0)"_s;
        QTest::newRow("emoji") << u"model🙂"_s << u"(U+1F642)"_s;
    }
    void modelNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        const QString message = Registry::validateModelName(name);
        if (problem.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            return;
        }
        QVERIFY2(message.contains(problem), qPrintable(message));
        // A refused name cannot be published either, and nothing is created for it.
        QTemporaryDir dir;
        Registry registry(dir.filePath(u"registry"_s));
        auto published = registry.publish(name, modelFiles(1));
        QVERIFY(!published);
        QCOMPARE(published.error().kind, ErrorKind::BadInput);
        QVERIFY(!QFileInfo::exists(registry.root()));
    }

    void stageKeys()
    {
        for (Stage stage : {Stage::None, Stage::Staging, Stage::Production, Stage::Archived})
            QVERIFY(stageFromKey(stageKey(stage)) == stage);
        QCOMPARE(stageKey(Stage::Production), u"Production"_s);
        QVERIFY(stageFromKey(u"production"_s) == Stage::Production);
        QVERIFY(stageFromKey(u"ARCHIVED"_s) == Stage::Archived);
        QVERIFY(!stageFromKey(u"prod"_s));
        QVERIFY(!stageFromKey(QString()));
    }

    void publishNumbersVersionsAndWritesTheManifest()
    {
        QTemporaryDir dir;
        // A missing parent is refused (a share that is not mounted); the registry folder itself
        // is created by the first publication.
        Registry missingParent(dir.filePath(u"share/registry"_s));
        auto refused = missingParent.publish(u"churn"_s, modelFiles(1));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"does not exist"_s), qPrintable(refused.error().message));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"share"_s)));
        QVERIFY(QDir(dir.path()).mkdir(u"share"_s));
        Registry registry(dir.filePath(u"share/registry"_s));
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QList<QMap<QString, QByteArray>> published;
        for (int number = 1; number <= 3; ++number) {
            published << modelFiles(number);
            auto version = registry.publish(u"churn"_s, published.last());
            QVERIFY2(version, qPrintable(describe(version)));
            QCOMPARE(version->version, number);
            QCOMPARE(version->model, u"churn"_s);
            QCOMPARE(version->path, registry.root() + u"/churn/"_s + QString::number(number));
            QCOMPARE(version->stage, Stage::None);
            QVERIFY(version->published >= before);
            QVERIFY(version->published <= QDateTime::currentDateTimeUtc());
            QCOMPARE(version->published.timeSpec(), Qt::UTC);
        }
        QCOMPARE(*registry.models(), QStringList{u"churn"_s});
        // No temporary folder is left behind; the numbers are the only entries.
        QCOMPARE(entries(registry.root() + u"/churn"_s), (QStringList{u"1"_s, u"2"_s, u"3"_s}));

        auto versions = registry.versions(u"churn"_s);
        QVERIFY2(versions, qPrintable(describe(versions)));
        QCOMPARE(versions->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(versions->at(i).version, i + 1);
            QVERIFY(versions->at(i).published.isValid());
        }
        auto second = registry.version(u"churn"_s, 2);
        QVERIFY2(second, qPrintable(describe(second)));
        QCOMPARE(second->published, versions->at(1).published);

        // The manifest: every file but itself, sorted by name, in sha256sum's format.
        const QString folder = second->path;
        QStringList expectedFiles = published[1].keys();
        expectedFiles << Registry::recordFileName() << Registry::manifestFileName();
        expectedFiles.sort();
        QCOMPARE(entries(folder), expectedFiles);
        QMap<QString, QByteArray> onDisk = published[1];
        onDisk.insert(Registry::recordFileName(),
                      readBytes(folder + u'/' + Registry::recordFileName()));
        QList<QByteArray> names;
        for (const QString& name : onDisk.keys())
            names << name.toUtf8();
        std::sort(names.begin(), names.end());
        QByteArray expectedManifest;
        for (const QByteArray& name : names)
            expectedManifest +=
                Sha256::hash(onDisk.value(QString::fromUtf8(name))).toHex() + "  " + name + '\n';
        QCOMPARE(readBytes(folder + u"/MANIFEST.sha256"_s), expectedManifest);

        const QString sha256sum = QStandardPaths::findExecutable(u"sha256sum"_s);
        if (sha256sum.isEmpty()) {
            qInfo("sha256sum is not installed; the manifest is checked by Grove only");
        } else {
            QProcess check;
            check.setWorkingDirectory(folder);
            check.start(sha256sum, {u"--check"_s, u"--strict"_s, u"MANIFEST.sha256"_s});
            QVERIFY(check.waitForFinished(30000));
            const QByteArray output = check.readAllStandardOutput();
            QVERIFY2(check.exitCode() == 0, output + check.readAllStandardError());
            QVERIFY(output.contains("model.ubj: OK"));
            QVERIFY(output.contains("model card.md: OK"));
        }

        // Published files are read-only.
        for (const QString& name : entries(folder)) {
            const QFile::Permissions permissions = QFile::permissions(folder + u'/' + name);
            QVERIFY2(!(permissions & (QFileDevice::WriteOwner | QFileDevice::WriteGroup |
                                      QFileDevice::WriteOther)),
                     qPrintable(name));
        }

        auto check = registry.verify(u"churn"_s, 2);
        QVERIFY2(check, qPrintable(describe(check)));
        QVERIFY2(check->ok, qPrintable(check->problems.join(u'\n')));
        for (auto it = published[1].begin(); it != published[1].end(); ++it) {
            auto bytes = registry.readFile(u"churn"_s, 2, it.key());
            QVERIFY2(bytes, qPrintable(describe(bytes)));
            QCOMPARE(*bytes, it.value());
        }
        QCOMPARE(*registry.readFile(u"churn"_s, 2, u"MANIFEST.sha256"_s), expectedManifest);

        auto missingFile = registry.readFile(u"churn"_s, 2, u"notes.txt"_s);
        QVERIFY(!missingFile);
        QCOMPARE(missingFile.error().kind, ErrorKind::NotFound);
        auto outside = registry.readFile(u"churn"_s, 2, u"../1/model.ubj"_s);
        QVERIFY(!outside);
        QCOMPARE(outside.error().kind, ErrorKind::BadInput);
        auto noVersion = registry.version(u"churn"_s, 4);
        QVERIFY(!noVersion);
        QCOMPARE(noVersion.error().kind, ErrorKind::NotFound);
        QVERIFY2(noVersion.error().message.contains(u"latest version is 3"_s),
                 qPrintable(noVersion.error().message));
        auto noModel = registry.versions(u"retention"_s);
        QVERIFY(!noModel);
        QCOMPARE(noModel.error().kind, ErrorKind::NotFound);
        QVERIFY(noModel.error().message.contains(u"\"retention\""_s));

        QVERIFY(registry.exists());

        // A registry folder that does not exist (yet) has no models; exists() tells it apart.
        Registry unmounted(dir.filePath(u"unmounted"_s));
        QVERIFY(!unmounted.exists());
        auto none = unmounted.models();
        QVERIFY2(none, qPrintable(describe(none)));
        QVERIFY(none->isEmpty());
        auto noRoot = unmounted.versions(u"churn"_s);
        QVERIFY(!noRoot);
        QCOMPARE(noRoot.error().kind, ErrorKind::NotFound);
        QVERIFY2(noRoot.error().message.contains(dir.filePath(u"unmounted"_s)),
                 qPrintable(noRoot.error().message));
    }

    void publishRefusesBadFiles_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no files") << QStringList() << u"no files"_s;
        QTest::newRow("folder") << QStringList{u"a/b.json"_s} << u"separates folders"_s;
        QTest::newRow("parent") << QStringList{u"../model.ubj"_s} << u"separates folders"_s;
        QTest::newRow("hidden") << QStringList{u".model.ubj"_s} << u"starts with '.'"_s;
        QTest::newRow("manifest") << QStringList{u"MANIFEST.sha256"_s} << u"writes MANIFEST"_s;
        QTest::newRow("manifest by case") << QStringList{u"manifest.SHA256"_s} << u"itself"_s;
        QTest::newRow("record") << QStringList{u"VERSION.json"_s} << u"itself"_s;
        QTest::newRow("case twins")
            << QStringList{u"Model.ubj"_s, u"model.ubj"_s} << u"differ only by case"_s;
    }
    void publishRefusesBadFiles()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        Registry registry(dir.filePath(u"registry"_s));
        QMap<QString, QByteArray> files;
        for (const QString& name : names)
            files.insert(name, "bytes");
        auto published = registry.publish(u"churn"_s, files);
        QVERIFY(!published);
        QCOMPARE(published.error().kind, ErrorKind::BadInput);
        QVERIFY2(published.error().message.contains(problem),
                 qPrintable(published.error().message));
        QVERIFY(!QFileInfo::exists(registry.root()));
    }

    // Temporary folders of crashed publishers, hidden files and folders without versions are
    // not models or versions; names that differ only by case are one model.
    void readersSkipWhatIsNotAVersion()
    {
        QTemporaryDir dir;
        Registry registry(dir.filePath(u"registry"_s));
        QVERIFY(registry.publish(u"churn"_s, modelFiles(1)));
        const QString root = registry.root();
        QVERIFY(QDir().mkpath(root + u"/churn/.publishing-crashed"_s));
        QVERIFY(writeBytes(root + u"/churn/.publishing-crashed/model.ubj"_s, "half"));
        QVERIFY(QDir().mkpath(root + u"/churn/007"_s));
        QVERIFY(QDir().mkpath(root + u"/churn/history"_s));
        QVERIFY(writeBytes(root + u"/churn/history/.entry-crashed.json"_s, "{half"));
        QVERIFY(QDir().mkpath(root + u"/.trash/1"_s));
        QVERIFY(QDir().mkpath(root + u"/no-versions-yet/.publishing-x"_s));
        QVERIFY(writeBytes(root + u"/README.txt"_s, "shared models"));

        QCOMPARE(*registry.models(), QStringList{u"churn"_s});
        auto versions = registry.versions(u"churn"_s);
        QVERIFY2(versions, qPrintable(describe(versions)));
        QCOMPARE(versions->size(), 1);
        QVERIFY(registry.history(u"churn"_s)->isEmpty());
        QVERIFY(!registry.versions(u"no-versions-yet"_s));
        QCOMPARE(registry.publish(u"churn"_s, modelFiles(2))->version, 2);

        QVERIFY(registry.publish(u"beta"_s, modelFiles(3)));
        QVERIFY(registry.publish(u"Alpha"_s, modelFiles(4)));
        QVERIFY(registry.publish(u"gamma"_s, modelFiles(5)));
        QCOMPARE(*registry.models(), (QStringList{u"Alpha"_s, u"beta"_s, u"churn"_s, u"gamma"_s}));
        auto twin = registry.publish(u"CHURN"_s, modelFiles(6));
        QVERIFY(!twin);
        QCOMPARE(twin.error().kind, ErrorKind::Conflict);
        QVERIFY2(twin.error().message.contains(u"\"churn\""_s), qPrintable(twin.error().message));
    }

    // While versions are being published, every version a reader lists verifies.
    void readersNeverSeeHalfAVersion()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"registry"_s);
        Registry registry(root);
        QVERIFY(registry.publish(u"live"_s, modelFiles(0)));

        std::atomic<bool> done = false;
        QString publishError;
        std::thread publisher([&] {
            Registry own(root);
            for (int i = 1; i <= 50 && publishError.isEmpty(); ++i) {
                // Large enough that writing a version takes a while.
                auto version = own.publish(u"live"_s, modelFiles(i, 256 * 1024));
                if (!version)
                    publishError = version.error().toString();
            }
            done = true;
        });
        int listings = 0, checks = 0, largest = 0;
        QStringList failures;
        while (!done && failures.size() < 5) {
            auto versions = registry.versions(u"live"_s);
            ++listings;
            if (!versions) {
                failures << versions.error().toString();
                continue;
            }
            for (const ModelVersion& version : *versions) {
                auto check = registry.verify(u"live"_s, version.version);
                ++checks;
                if (!check)
                    failures << check.error().toString();
                else if (!check->ok)
                    failures
                        << u"version %1: %2"_s.arg(version.version).arg(check->problems.join(u' '));
            }
            largest = std::max(largest, int(versions->size()));
        }
        publisher.join();
        QVERIFY2(publishError.isEmpty(), qPrintable(publishError));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(registry.versions(u"live"_s)->size(), 51);
        qInfo("%d listings and %d checks while publishing; up to %d versions seen", listings,
              checks, largest);
        QVERIFY(listings > 1);
    }

    // A cleanup of leftovers running all the while (as every publisher runs one) may take the
    // lock file of a publisher that has just created it: that publisher must start again under
    // another name, never write a folder the cleanup is removing.
    void cleanupsWhilePublishingNeverTearAVersion()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"registry"_s);
        QVERIFY(Registry(root).publish(u"busy"_s, modelFiles(0)));
        std::atomic<bool> done = false;
        std::atomic<int> cleanups = 0;
        std::thread cleaner([&] {
            Registry own(root);
            while (!done) {
                own.removeLeftovers(u"busy"_s);
                ++cleanups;
            }
        });
        constexpr int kPublishers = 2, kEach = 40;
        std::vector<QString> errors(kPublishers);
        std::vector<std::thread> publishers;
        for (int p = 0; p < kPublishers; ++p)
            publishers.emplace_back([&, p] {
                Registry own(root);
                for (int i = 0; i < kEach && errors[p].isEmpty(); ++i) {
                    auto version = own.publish(u"busy"_s, modelFiles(1 + p * kEach + i, 4096));
                    if (!version)
                        errors[p] = version.error().toString();
                }
            });
        for (std::thread& publisher : publishers)
            publisher.join();
        done = true;
        cleaner.join();
        for (const QString& error : errors)
            QVERIFY2(error.isEmpty(), qPrintable(error));
        Registry registry(root);
        auto versions = registry.versions(u"busy"_s);
        QVERIFY2(versions, qPrintable(describe(versions)));
        QCOMPARE(versions->size(), 1 + kPublishers * kEach);
        for (const ModelVersion& version : *versions) {
            auto check = registry.verify(u"busy"_s, version.version);
            QVERIFY2(check && check->ok,
                     qPrintable(u"version %1: %2"_s.arg(version.version).arg(describe(check))));
        }
        qInfo("%d cleanups while publishing", int(cleanups));
    }

    // 4 processes x 25 publishes into one model: versions 1..100, each payload once.
    void publishersInSeveralProcessesGetDistinctVersions()
    {
        constexpr int kWorkers = 4, kEach = 25;
        QTemporaryDir dir;
        const QString root = dir.filePath(u"registry"_s);
        QList<QProcess*> workers;
        const qint64 start = startTime();
        for (int worker = 0; worker < kWorkers; ++worker)
            workers << startWorker(
                this, u"--publish-worker"_s, start,
                {root, u"shared"_s, QString::number(kEach), QString::number(worker)});
        QMap<int, QString> claimed; // version -> payload, as the workers were told
        for (int worker = 0; worker < kWorkers; ++worker) {
            QProcess* process = workers[worker];
            QVERIFY(process->waitForFinished(240000));
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     process->readAllStandardError().constData());
            const QList<QByteArray> lines = process->readAllStandardOutput().trimmed().split('\n');
            QCOMPARE(lines.size(), kEach);
            for (const QByteArray& line : lines) {
                const QList<QByteArray> fields = line.split(' ');
                const int version = fields.value(1).toInt();
                QVERIFY2(!claimed.contains(version),
                         qPrintable(u"version %1 was given twice"_s.arg(version)));
                claimed.insert(version, payload(worker, fields.value(0).toInt()));
            }
        }
        const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - start;
        qInfo("%d processes x %d publishes: %lld ms, %.1f versions/s", kWorkers, kEach, elapsed,
              kWorkers * kEach * 1000.0 / double(std::max<qint64>(elapsed, 1)));

        Registry registry(root);
        auto versions = registry.versions(u"shared"_s);
        QVERIFY2(versions, qPrintable(describe(versions)));
        QCOMPARE(versions->size(), kWorkers * kEach);
        QSet<QString> payloads;
        for (int i = 0; i < versions->size(); ++i) {
            const int number = versions->at(i).version;
            QCOMPARE(number, i + 1);
            auto check = registry.verify(u"shared"_s, number);
            QVERIFY2(check && check->ok, qPrintable(describe(check)));
            auto bytes = registry.readFile(u"shared"_s, number, u"payload.txt"_s);
            QVERIFY2(bytes, qPrintable(describe(bytes)));
            QCOMPARE(QString::fromUtf8(*bytes), claimed.value(number));
            payloads.insert(QString::fromUtf8(*bytes));
        }
        for (int worker = 0; worker < kWorkers; ++worker) {
            for (int index = 0; index < kEach; ++index)
                QVERIFY2(payloads.contains(payload(worker, index)),
                         qPrintable(payload(worker, index) + u" was lost"_s));
        }
        QCOMPARE(entries(root + u"/shared"_s).size(), kWorkers * kEach); // no temporary folder
    }

    void tamperedVersionsAreReportedAndNotServed_data()
    {
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<QString>("problem"); // the one problem expected

        QTest::newRow("byte changed")
            << u"byte changed"_s
            << u"model.ubj: its SHA-256 differs from MANIFEST.sha256 (the file was changed after "
               "publishing)."_s;
        QTest::newRow("truncated")
            << u"truncated"_s << u"model.ubj: truncated to 100 of its 4096 bytes"_s;
        QTest::newRow("deleted") << u"deleted"_s
                                 << u"metadata.json: listed in MANIFEST.sha256 but missing."_s;
        QTest::newRow("extra file")
            << u"extra file"_s << u"notes.txt: not listed in MANIFEST.sha256"_s;
        QTest::newRow("manifest deleted")
            << u"manifest deleted"_s << u"MANIFEST.sha256 is missing or unreadable"_s;
        QTest::newRow("manifest edited")
            << u"manifest edited"_s << u"model.ubj: its SHA-256 differs"_s;
        QTest::newRow("manifest lists a path")
            << u"manifest lists a path"_s
            << u"MANIFEST.sha256, line 6: \"../1/model.ubj\" is not the name of a file"_s;
        QTest::newRow("replaced by a link")
            << u"replaced by a link"_s << u"model.ubj: a symbolic link"_s;
    }
    void tamperedVersionsAreReportedAndNotServed()
    {
        QFETCH(QString, tampering);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        Registry registry(dir.filePath(u"registry"_s));
        QVERIFY(registry.publish(u"churn"_s, modelFiles(1)));
        auto version = registry.publish(u"churn"_s, modelFiles(2));
        QVERIFY(version);
        const QString folder = version->path;
        const QString model = folder + u"/model.ubj"_s;
        const QString manifest = folder + u"/MANIFEST.sha256"_s;
        const QByteArray original = readBytes(model);

        if (tampering == u"byte changed"_s) {
            QByteArray bytes = original;
            bytes[1000] = char(bytes[1000] ^ 0x01);
            QVERIFY(writeBytes(model, bytes));
        } else if (tampering == u"truncated"_s) {
            QVERIFY(writeBytes(model, original.left(100)));
        } else if (tampering == u"deleted"_s) {
            QVERIFY(QFile::remove(folder + u"/metadata.json"_s));
        } else if (tampering == u"extra file"_s) {
            QVERIFY(writeBytes(folder + u"/notes.txt"_s, "added later"));
        } else if (tampering == u"manifest deleted"_s) {
            QVERIFY(QFile::remove(manifest));
        } else if (tampering == u"manifest edited"_s) {
            QByteArray text = readBytes(manifest);
            const QByteArray digest = Sha256::hash(original).toHex();
            QVERIFY(text.contains(digest));
            text.replace(digest, Sha256::hash("something else").toHex());
            QVERIFY(writeBytes(manifest, text));
        } else if (tampering == u"manifest lists a path"_s) {
            const QByteArray other = readBytes(folder + u"/../1/model.ubj"_s);
            QVERIFY(writeBytes(manifest, readBytes(manifest) + Sha256::hash(other).toHex() +
                                             "  ../1/model.ubj\n"));
        } else if (tampering == u"replaced by a link"_s) {
            QVERIFY(writeBytes(dir.filePath(u"elsewhere.ubj"_s), original));
            QVERIFY(QFile::remove(model));
            QVERIFY(QFile::link(dir.filePath(u"elsewhere.ubj"_s), model));
        }

        auto check = registry.verify(u"churn"_s, 2);
        QVERIFY2(check, qPrintable(describe(check)));
        QVERIFY(!check->ok);
        QCOMPARE(check->problems.size(), 1);
        QVERIFY2(check->problems.front().startsWith(problem), qPrintable(check->problems.front()));

        // No file of the version is served, not even an untouched one.
        for (const QString& file : {u"model.ubj"_s, u"MLmodel"_s}) {
            auto bytes = registry.readFile(u"churn"_s, 2, file);
            QVERIFY(!bytes);
            QCOMPARE(bytes.error().kind, ErrorKind::Io);
            QVERIFY2(bytes.error().message.contains(problem), qPrintable(bytes.error().message));
            QVERIFY(bytes.error().message.contains(folder));
        }
        // Nor is it promoted; the other version is untouched.
        auto promoted = registry.promote(u"churn"_s, 2, Stage::Staging, u"looks fine"_s, u"eve"_s);
        QVERIFY(!promoted);
        QVERIFY2(promoted.error().message.contains(problem), qPrintable(promoted.error().message));
        QVERIFY(registry.history(u"churn"_s)->isEmpty());
        QVERIFY(registry.verify(u"churn"_s, 1)->ok);
        QVERIFY(registry.readFile(u"churn"_s, 1, u"model.ubj"_s));
    }

    void stagesFollowTheHistory()
    {
        QTemporaryDir dir;
        Registry registry(dir.filePath(u"registry"_s));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(registry.publish(u"churn"_s, modelFiles(i)));
        const QString host = QSysInfo::machineHostName();
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);

        auto first =
            registry.promote(u"churn"_s, 1, Stage::Staging, u"first candidate"_s, u"alice"_s);
        QVERIFY2(first, qPrintable(describe(first)));
        QCOMPARE(first->sequence, 1);
        QCOMPARE(first->changes.size(), 1);
        const StageChange& change = first->changes.front();
        QCOMPARE(change.version, 1);
        QCOMPARE(change.from, Stage::None);
        QCOMPARE(change.to, Stage::Staging);
        QCOMPARE(change.reason, u"first candidate"_s);
        QCOMPARE(change.user, u"alice"_s);
        QCOMPARE(change.host, host);
        QCOMPARE(change.time.timeSpec(), Qt::UTC);
        QVERIFY(change.time >= before && change.time <= QDateTime::currentDateTimeUtc());

        auto second =
            registry.promote(u"churn"_s, 1, Stage::Production, u"AUC 0.91 on holdout"_s, u"bob"_s);
        QVERIFY2(second, qPrintable(describe(second)));
        QCOMPARE(second->sequence, 2);
        QCOMPARE(second->changes.size(), 1);
        QCOMPARE(second->changes[0].from, Stage::Staging);
        QCOMPARE(second->changes[0].to, Stage::Production);

        // A second Production version archives the first in the same entry.
        auto third = registry.promote(u"churn"_s, 2, Stage::Production, u"AUC 0.93"_s, u"carol"_s);
        QVERIFY2(third, qPrintable(describe(third)));
        QCOMPARE(third->sequence, 3);
        QCOMPARE(third->changes.size(), 2);
        QCOMPARE(third->changes[0].version, 2);
        QCOMPARE(third->changes[0].from, Stage::None);
        QCOMPARE(third->changes[0].to, Stage::Production);
        QCOMPARE(third->changes[1].version, 1);
        QCOMPARE(third->changes[1].from, Stage::Production);
        QCOMPARE(third->changes[1].to, Stage::Archived);
        QCOMPARE(third->changes[1].user, u"carol"_s);
        QCOMPARE(third->changes[1].reason, u"AUC 0.93"_s);

        QCOMPARE(*registry.stage(u"churn"_s, 1), Stage::Archived);
        QCOMPARE(*registry.stage(u"churn"_s, 2), Stage::Production);
        QCOMPARE(*registry.stage(u"churn"_s, 3), Stage::None);
        auto versions = registry.versions(u"churn"_s);
        QVERIFY(versions);
        QCOMPARE(versions->at(0).stage, Stage::Archived);
        QCOMPARE(versions->at(1).stage, Stage::Production);
        QCOMPARE(versions->at(2).stage, Stage::None);
        QCOMPARE(registry.version(u"churn"_s, 2)->stage, Stage::Production);

        // The history as read back is what was written, in order.
        auto history = registry.history(u"churn"_s);
        QVERIFY2(history, qPrintable(describe(history)));
        const QList<HistoryEntry> written{*first, *second, *third};
        QCOMPARE(history->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(history->at(i).sequence, i + 1);
            QCOMPARE(history->at(i).changes.size(), written[i].changes.size());
            for (int c = 0; c < written[i].changes.size(); ++c) {
                const StageChange& read = history->at(i).changes[c];
                const StageChange& wrote = written[i].changes[c];
                QCOMPARE(read.version, wrote.version);
                QCOMPARE(read.from, wrote.from);
                QCOMPARE(read.to, wrote.to);
                QCOMPARE(read.reason, wrote.reason);
                QCOMPARE(read.user, wrote.user);
                QCOMPARE(read.host, wrote.host);
                QCOMPARE(read.time, wrote.time);
            }
            if (i > 0)
                QVERIFY(history->at(i).changes[0].time >= history->at(i - 1).changes[0].time);
        }
        const QString historyFolder = registry.root() + u"/churn/history"_s;
        QCOMPARE(entries(historyFolder),
                 (QStringList{u"000001.json"_s, u"000002.json"_s, u"000003.json"_s}));

        // Refusals write nothing.
        const auto refused = [&](Result<HistoryEntry> result, ErrorKind kind, const QString& part) {
            if (result)
                return u"was accepted"_s;
            if (result.error().kind != kind || !result.error().message.contains(part))
                return result.error().message;
            if (entries(historyFolder).size() != 3)
                return u"wrote a history file"_s;
            return QString();
        };
        QString why = refused(registry.promote(u"churn"_s, 3, Stage::Staging, u"  \n"_s, u"dan"_s),
                              ErrorKind::BadInput, u"needs a reason"_s);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why =
            refused(registry.promote(u"churn"_s, 3, Stage::Staging, QString(1001, u'x'), u"dan"_s),
                    ErrorKind::BadInput, u"1001 characters"_s);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = refused(registry.promote(u"churn"_s, 2, Stage::Production, u"again"_s, u"dan"_s),
                      ErrorKind::Conflict, u"already in Production"_s);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = refused(registry.promote(u"churn"_s, 9, Stage::Staging, u"typo"_s, u"dan"_s),
                      ErrorKind::NotFound, u"no version 9"_s);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = refused(registry.promote(u"retention"_s, 1, Stage::Staging, u"typo"_s, u"dan"_s),
                      ErrorKind::NotFound, u"\"retention\""_s);
        QVERIFY2(why.isEmpty(), qPrintable(why));

        // Withdrawing is allowed; a reason of exactly the limit is kept; an empty user becomes
        // the login name.
        auto withdrawn = registry.promote(u"churn"_s, 2, Stage::None, u"withdrawn"_s, u"erin"_s);
        QVERIFY2(withdrawn, qPrintable(describe(withdrawn)));
        QCOMPARE(withdrawn->changes.size(), 1);
        QCOMPARE(*registry.stage(u"churn"_s, 2), Stage::None);
        auto longReason = registry.promote(u"churn"_s, 3, Stage::Staging, QString(1000, u'y'), {});
        QVERIFY2(longReason, qPrintable(describe(longReason)));
        QCOMPARE(longReason->changes[0].reason.size(), 1000);
        QVERIFY(!longReason->changes[0].user.isEmpty());
        QCOMPARE(registry.history(u"churn"_s)->back().changes[0].reason, QString(1000, u'y'));

        // After every entry, at most one version is in Production.
        history = registry.history(u"churn"_s);
        QVERIFY(history);
        QCOMPARE(history->size(), 5);
        for (int i = 1; i <= history->size(); ++i)
            QVERIFY(productionCount(Registry::stagesAfter(history->mid(0, i))) <= 1);

        // A temporary file of a crashed writer is not an entry.
        QVERIFY(writeBytes(historyFolder + u"/.entry-crashed.json"_s, "{half"));
        QCOMPARE(registry.history(u"churn"_s)->size(), 5);
        QVERIFY(registry.promote(u"churn"_s, 3, Stage::Production, u"ship it"_s, u"erin"_s));
        QCOMPARE(registry.history(u"churn"_s)->size(), 6);
    }

    void aliasesFollowTheHistory()
    {
        QTemporaryDir dir;
        Registry registry(dir.filePath(u"registry"_s));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(registry.publish(u"churn"_s, modelFiles(i)));
        QVERIFY(registry.promote(u"churn"_s, 1, Stage::Staging, u"candidate"_s, u"alice"_s));
        const QString host = QSysInfo::machineHostName();
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);

        // Set: from no version to version 1.
        auto set = registry.setAlias(u"churn"_s, u"champion"_s, 1, u"first to serve"_s, u"alice"_s);
        QVERIFY2(set, qPrintable(describe(set)));
        QCOMPARE(set->sequence, 2);
        QVERIFY(set->changes.isEmpty());
        QCOMPARE(set->aliasChanges.size(), 1);
        const AliasChange change = set->aliasChanges.front();
        QCOMPARE(change.alias, u"champion"_s);
        QCOMPARE(change.from, 0);
        QCOMPARE(change.to, 1);
        QCOMPARE(change.reason, u"first to serve"_s);
        QCOMPARE(change.user, u"alice"_s);
        QCOMPARE(change.host, host);
        QVERIFY(change.time >= before && change.time <= QDateTime::currentDateTimeUtc());
        QCOMPARE(*registry.resolveAlias(u"churn"_s, u"champion"_s), 1);

        // A version may have several aliases; the versions list them.
        QVERIFY(registry.setAlias(u"churn"_s, u"shadow"_s, 1, u"compare online"_s, u"bob"_s));
        QCOMPARE(registry.version(u"churn"_s, 1)->aliases, (QStringList{u"champion"_s, u"shadow"_s}));
        // Move: the entry records where it came from.
        auto moved = registry.setAlias(u"churn"_s, u"champion"_s, 3, u"retrained"_s, u"bob"_s);
        QVERIFY2(moved, qPrintable(describe(moved)));
        QCOMPARE(moved->sequence, 4);
        QCOMPARE(moved->aliasChanges.front().from, 1);
        QCOMPARE(moved->aliasChanges.front().to, 3);
        auto versions = registry.versions(u"churn"_s);
        QVERIFY(versions);
        QCOMPARE(versions->at(0).aliases, QStringList{u"shadow"_s});
        QCOMPARE(versions->at(1).aliases, QStringList());
        QCOMPARE(versions->at(2).aliases, QStringList{u"champion"_s});
        QCOMPARE(versions->at(0).stage, Stage::Staging); // stages stay as they were
        // Remove; with a version, only while it points there.
        const QString historyFolder = registry.root() + u"/churn/history"_s;
        auto guarded = registry.removeAlias(u"churn"_s, u"shadow"_s, u"done"_s, u"carol"_s, 2);
        QVERIFY(!guarded);
        QCOMPARE(guarded.error().kind, ErrorKind::Conflict);
        QVERIFY2(guarded.error().message.contains(u"points to version 1, not to version 2"_s),
                 qPrintable(guarded.error().message));
        auto removed = registry.removeAlias(u"churn"_s, u"shadow"_s, u"done comparing"_s, u"carol"_s, 1);
        QVERIFY2(removed, qPrintable(describe(removed)));
        QCOMPARE(removed->aliasChanges.front().from, 1);
        QCOMPARE(removed->aliasChanges.front().to, 0);
        QCOMPARE(*registry.aliases(u"churn"_s), (QMap<QString, int>{{u"champion"_s, 3}}));

        // The history as read back: every change, who, why, from where to where.
        auto history = registry.history(u"churn"_s);
        QVERIFY2(history, qPrintable(describe(history)));
        QCOMPARE(history->size(), 5);
        QStringList moves;
        for (const HistoryEntry& entry : *history) {
            for (const AliasChange& c : entry.aliasChanges)
                moves << u"%1 %2>%3 %4 %5"_s.arg(c.alias).arg(c.from).arg(c.to).arg(c.user, c.reason);
        }
        QCOMPARE(moves, (QStringList{u"champion 0>1 alice first to serve"_s, u"shadow 0>1 bob compare online"_s,
                                     u"champion 1>3 bob retrained"_s, u"shadow 1>0 carol done comparing"_s}));
        QCOMPARE(Registry::aliasesAfter(*history), (QMap<QString, int>{{u"champion"_s, 3}}));
        // Entries with an alias change are of format 2; stage changes keep format 1, which older
        // Grove versions read.
        QVERIFY(readBytes(historyFolder + u"/000001.json"_s).contains("\"format\": 1"));
        QVERIFY(readBytes(historyFolder + u"/000002.json"_s).contains("\"format\": 2"));

        // Refusals write nothing.
        const auto refused = [&](Result<HistoryEntry> result, ErrorKind kind, const QString& part) {
            if (result)
                return u"was accepted"_s;
            if (result.error().kind != kind || !result.error().message.contains(part))
                return result.error().message;
            if (entries(historyFolder).size() != 5)
                return u"wrote a history file"_s;
            return QString();
        };
        const QList<std::tuple<Result<HistoryEntry>, ErrorKind, QString>> refusals{
            {registry.setAlias(u"churn"_s, u"champion"_s, 3, u"again"_s, u"dan"_s), ErrorKind::Conflict,
             u"points to version 3 already"_s},
            {registry.setAlias(u"churn"_s, u"champion"_s, 2, u" "_s, u"dan"_s), ErrorKind::BadInput,
             u"needs a reason"_s},
            {registry.setAlias(u"churn"_s, u"champion"_s, 2, QString(1001, u'x'), u"dan"_s), ErrorKind::BadInput,
             u"1001 characters"_s},
            {registry.setAlias(u"churn"_s, u"Champion"_s, 2, u"case"_s, u"dan"_s), ErrorKind::Conflict,
             u"\"champion\", which differs only by case"_s},
            {registry.setAlias(u"churn"_s, u"42"_s, 2, u"number"_s, u"dan"_s), ErrorKind::BadInput,
             u"would read as a version number"_s},
            {registry.setAlias(u"churn"_s, u"a/b"_s, 2, u"path"_s, u"dan"_s), ErrorKind::BadInput,
             u"The alias \"a/b\" contains \"/\""_s},
            {registry.setAlias(u"churn"_s, u"next"_s, 9, u"typo"_s, u"dan"_s), ErrorKind::NotFound, u"no version 9"_s},
            {registry.setAlias(u"retention"_s, u"next"_s, 1, u"typo"_s, u"dan"_s), ErrorKind::NotFound,
             u"\"retention\""_s},
            {registry.removeAlias(u"churn"_s, u"shadow"_s, u"gone"_s, u"dan"_s), ErrorKind::NotFound,
             u"its aliases are: champion (version 3)"_s},
        };
        for (const auto& refusal : refusals) {
            const QString why = refused(std::get<0>(refusal), std::get<1>(refusal), std::get<2>(refusal));
            QVERIFY2(why.isEmpty(), qPrintable(why + u" (expected: "_s + std::get<2>(refusal) + u')'));
        }
        // An unknown alias names itself and lists the model's aliases.
        auto unknown = registry.resolveAlias(u"churn"_s, u"champoin"_s);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
        QVERIFY2(unknown.error().message.contains(u"no alias \"champoin\"; its aliases are: champion (version 3)"_s),
                 qPrintable(unknown.error().message));
        QVERIFY(registry.aliasProblems(u"churn"_s)->isEmpty());
        // A stage change after alias changes replays on top of them.
        QVERIFY(registry.promote(u"churn"_s, 3, Stage::Production, u"ship"_s, u"erin"_s));
        QCOMPARE(registry.history(u"churn"_s)->size(), 6);
        QCOMPARE(registry.version(u"churn"_s, 3)->aliases, QStringList{u"champion"_s});
    }

    // Two processes promote versions to Production in turn, racing for each sequence number.
    void concurrentPromotionsKeepOneProduction()
    {
        constexpr int kWorkers = 2, kEach = 10;
        QTemporaryDir dir;
        const QString root = dir.filePath(u"registry"_s);
        Registry registry(root);
        for (int i = 1; i <= 3; ++i)
            QVERIFY(registry.publish(u"churn"_s, modelFiles(i)));
        QList<QProcess*> workers;
        const qint64 start = startTime();
        for (int worker = 0; worker < kWorkers; ++worker)
            workers << startWorker(
                this, u"--promote-worker"_s, start,
                {root, u"churn"_s, QString::number(kEach), QString::number(worker), u"1,2,3"_s});
        QList<int> sequences;
        int alreadyThere = 0;
        for (QProcess* process : std::as_const(workers)) {
            QVERIFY(process->waitForFinished(240000));
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     process->readAllStandardError().constData());
            for (const QByteArray& line : process->readAllStandardOutput().trimmed().split('\n')) {
                if (line == "A")
                    ++alreadyThere;
                else
                    sequences << line.mid(2).toInt();
            }
        }
        QCOMPARE(sequences.size() + alreadyThere, kWorkers * kEach);
        std::sort(sequences.begin(), sequences.end());
        // No sequence number was given to two writers, and none is missing.
        for (int i = 0; i < sequences.size(); ++i)
            QCOMPARE(sequences[i], i + 1);

        auto history = registry.history(u"churn"_s);
        QVERIFY2(history, qPrintable(describe(history)));
        QCOMPARE(history->size(), sequences.size());
        QMap<int, Stage> stages;
        for (const HistoryEntry& entry : *history) {
            for (const StageChange& change : entry.changes) {
                // Each writer decided on the history as it was just before its entry.
                QCOMPARE(change.from, stages.value(change.version, Stage::None));
                stages.insert(change.version, change.to);
            }
            QCOMPARE(productionCount(stages), 1);
        }
        QCOMPARE(stages, Registry::stagesAfter(*history));
        qInfo("%d promotions written, %d found the version in Production already",
              int(sequences.size()), alreadyThere);
    }

    void damagedHistoryIsNamed_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << u"not JSON"_s << u"not valid JSON"_s;
        QTest::newRow("empty") << u"empty"_s << u"not valid JSON"_s;
        QTest::newRow("another entry's content") << u"copied"_s << u"sequence number is not 2"_s;
        QTest::newRow("unknown stage") << u"unknown stage"_s << u"no valid version, stages"_s;
        QTest::newRow("deleted") << u"deleted"_s << u"000002.json is missing"_s;
        QTest::newRow("a folder") << u"folder"_s << u"000002.json"_s;
    }
    void damagedHistoryIsNamed()
    {
        QFETCH(QString, damage);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        Registry registry(dir.filePath(u"registry"_s));
        QVERIFY(registry.publish(u"churn"_s, modelFiles(1)));
        QVERIFY(registry.publish(u"churn"_s, modelFiles(2)));
        QVERIFY(registry.promote(u"churn"_s, 1, Stage::Staging, u"try"_s, u"a"_s));
        QVERIFY(registry.promote(u"churn"_s, 1, Stage::Production, u"go"_s, u"a"_s));
        QVERIFY(registry.promote(u"churn"_s, 2, Stage::Staging, u"next"_s, u"a"_s));
        const QString folder = registry.root() + u"/churn/history"_s;
        const QString path = folder + u"/000002.json"_s;

        if (damage == u"not JSON"_s) {
            QVERIFY(writeBytes(path, "{\"format\": 1, \"sequence\": 2, \"changes\": ["));
        } else if (damage == u"empty"_s) {
            QVERIFY(writeBytes(path, {}));
        } else if (damage == u"copied"_s) {
            QVERIFY(writeBytes(path, readBytes(folder + u"/000001.json"_s)));
        } else if (damage == u"unknown stage"_s) {
            QByteArray text = readBytes(path);
            QVERIFY(text.contains("\"Production\""));
            QVERIFY(writeBytes(path, text.replace("\"Production\"", "\"Live\"")));
        } else if (damage == u"deleted"_s) {
            QVERIFY(QFile::remove(path));
        } else if (damage == u"folder"_s) {
            QVERIFY(QFile::remove(path));
            QVERIFY(QDir().mkdir(path));
        }

        auto history = registry.history(u"churn"_s);
        QVERIFY(!history);
        QCOMPARE(history.error().kind, ErrorKind::Io);
        QVERIFY2(history.error().message.contains(path), qPrintable(history.error().message));
        QVERIFY2(history.error().message.contains(problem), qPrintable(history.error().message));
        QCOMPARE(history.error().file, path);
        // Nothing that depends on the stages pretends to know them, and nothing is written.
        QVERIFY(!registry.stage(u"churn"_s, 1));
        QVERIFY(!registry.versions(u"churn"_s));
        auto promoted = registry.promote(u"churn"_s, 2, Stage::Production, u"go"_s, u"a"_s);
        QVERIFY(!promoted);
        QCOMPARE(promoted.error().file, path);
        QVERIFY(!QFileInfo::exists(folder + u"/000004.json"_s));
        // The versions themselves still verify and can be read.
        QVERIFY(registry.verify(u"churn"_s, 1)->ok);
        QVERIFY(registry.readFile(u"churn"_s, 1, u"model.ubj"_s));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.value(1) == u"--publish-worker"_s)
        return publishWorker(waitForStart(arguments));
    if (arguments.value(1) == u"--promote-worker"_s)
        return promoteWorker(waitForStart(arguments));
    TestRegistry test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registry.moc"
