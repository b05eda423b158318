// Copying a version to another registry: the copy verifies, its metadata.json names the source
// (registry, model, version, manifest hash), and a damaged source, a destination that cannot be
// written, a bad name or an interrupted copy leave nothing behind in the destination.

#include "tests/TestFiles.h"

#include "core/common/Sha256.h"
#include "core/model/ModelMetadata.h"
#include "core/registry/Registry.h"
#include "core/registry/VersionCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <random>
#include <sys/resource.h>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;
using namespace grove;

Q_DECLARE_METATYPE(grove::ErrorKind)

namespace {

QByteArray randomBytes(int size, unsigned seed)
{
    std::mt19937 random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(random());
    return bytes;
}

// What an export puts in a version, more or less; metadata.json has a field that this Grove does
// not know, as a newer one might write.
QMap<QString, QByteArray> versionFiles(int seed, int modelSize = 256 * 1024)
{
    const QJsonObject metadata{{u"format"_s, u"grove-model-version/1"_s},
                               {u"model"_s, u"churn"_s},
                               {u"run"_s, QJsonObject{{u"id"_s, seed}}},
                               {u"from_a_newer_grove"_s, u"kept"_s}};
    return {{u"model.ubj"_s, randomBytes(modelSize, unsigned(seed))},
            {u"metadata.json"_s, QJsonDocument(metadata).toJson()},
            {u"MLmodel"_s, QByteArray("flavors:\n  xgboost:\n    model_format: ubj\n")},
            {u"MODEL_CARD.md"_s, QByteArray("# churn\n")}};
}

using grove::test::readFile;

// Published files are read-only.
bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner);
    return !grove::test::writeFile(path, bytes).isEmpty();
}

// Every name in a folder, hidden ones too.
QStringList entries(const QString& path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QString describe(const Result<VersionCopy>& copy) { return copy ? u"ok"_s : copy.error().toString(); }

ModelMetadata metadataOf(Registry& registry, const QString& model, int version)
{
    auto bytes = registry.readFile(model, version, u"metadata.json"_s);
    return bytes ? ModelMetadata::fromJson(QJsonDocument::fromJson(*bytes).object()) : ModelMetadata();
}

// Writes past `limit` bytes in any file fail with EFBIG while it lives, even for root (who may
// write to a read-only folder).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t limit)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_saved;
        lowered.rlim_cur = limit;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class TestRegistryCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_registries = 0;

    // A registry with churn versions 1 and 2, and an empty destination registry.
    std::pair<QString, QString> registries()
    {
        const QString source = m_dir.filePath(u"source %1"_s.arg(++m_registries));
        const QString destination = m_dir.filePath(u"destination %1"_s.arg(m_registries));
        Registry registry(source);
        if (!registry.publish(u"churn"_s, versionFiles(1)) || !registry.publish(u"churn"_s, versionFiles(2)) ||
            !QDir().mkpath(destination))
            return {};
        return {source, destination};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aCopyVerifiesAndNamesItsSource()
    {
        const auto [sourceRoot, destinationRoot] = registries();
        QVERIFY(!sourceRoot.isEmpty());
        Registry source(sourceRoot), destination(destinationRoot);
        JobControl control;
        auto copy = copyVersion(source, u"churn"_s, 2, destination, u"churn"_s, control);
        QVERIFY2(copy, qPrintable(describe(copy)));
        QCOMPARE(copy->version.version, 1);
        QCOMPARE(copy->version.path, destination.root() + u"/churn/1"_s);
        auto check = destination.verify(u"churn"_s, 1);
        QVERIFY(check && check->ok);

        // The files are the source's, byte for byte, but metadata.json and VERSION.json.
        const QString from = sourceRoot + u"/churn/2/"_s, to = copy->version.path + u'/';
        for (const QString& file : {u"model.ubj"_s, u"MLmodel"_s, u"MODEL_CARD.md"_s})
            QCOMPARE(readFile(to + file), readFile(from + file));
        QCOMPARE(entries(copy->version.path), entries(from));
        QVERIFY(copy->bytes > 256 * 1024);

        // The lineage: registry, model, version, and the hash of the manifest that was checked.
        const QString manifestHash = QString::fromLatin1(Sha256::hash(readFile(from + u"MANIFEST.sha256"_s)).toHex());
        const ModelMetadata metadata = metadataOf(destination, u"churn"_s, 1);
        QCOMPARE(metadata.copiedFrom.size(), 1);
        const CopiedVersion& lineage = metadata.copiedFrom.front();
        QCOMPARE(lineage.registry, source.root());
        QCOMPARE(lineage.model, u"churn"_s);
        QCOMPARE(lineage.version, 2);
        QCOMPARE(lineage.manifestSha256, manifestHash);
        QCOMPARE(copy->source.manifestSha256, manifestHash);
        QVERIFY(lineage.copiedAt.isValid() && !lineage.copiedBy.isEmpty());
        QCOMPARE(metadata.run.id, qint64(2));
        // What this Grove does not know of the source's document is kept.
        const QJsonObject json = QJsonDocument::fromJson(readFile(to + u"metadata.json"_s)).object();
        QCOMPARE(json.value(u"from_a_newer_grove"_s).toString(), u"kept"_s);

        // Another name, in the same registry: fine; the copy's metadata names the new model.
        auto renamed = copyVersion(source, u"churn"_s, 1, source, u"churn-eu"_s, control);
        QVERIFY2(renamed, qPrintable(describe(renamed)));
        QCOMPARE(renamed->version.path, source.root() + u"/churn-eu/1"_s);
        QCOMPARE(metadataOf(source, u"churn-eu"_s, 1).model, u"churn-eu"_s);
        QCOMPARE(metadataOf(source, u"churn-eu"_s, 1).copiedFrom.front().version, 1);

        // A copy of a copy names both, the nearer first.
        const QString thirdRoot = m_dir.filePath(u"third"_s);
        QVERIFY(QDir().mkpath(thirdRoot));
        Registry third(thirdRoot);
        auto again = copyVersion(destination, u"churn"_s, 1, third, u"churn"_s, control);
        QVERIFY2(again, qPrintable(describe(again)));
        const QList<CopiedVersion> chain = metadataOf(third, u"churn"_s, 1).copiedFrom;
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain[0].registry, destination.root());
        QCOMPARE(chain[1].registry, source.root());
        QVERIFY(third.verify(u"churn"_s, 1)->ok);
        // The next copy is the next version.
        auto next = copyVersion(source, u"churn"_s, 1, destination, u"churn"_s, control);
        QVERIFY2(next, qPrintable(describe(next)));
        QCOMPARE(next->version.version, 2);
    }

    void aDamagedSourceIsRefusedNamingTheFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("problem");
        QTest::newRow("byte changed") << u"byte changed"_s << u"model.ubj: its SHA-256 differs"_s;
        QTest::newRow("truncated") << u"truncated"_s << u"model.ubj: truncated"_s;
        QTest::newRow("metadata changed") << u"metadata changed"_s << u"metadata.json: its SHA-256 differs"_s;
        QTest::newRow("extra file") << u"extra file"_s << u"notes.txt: not listed in MANIFEST.sha256"_s;
        QTest::newRow("replaced by a link") << u"replaced by a link"_s << u"model.ubj: a symbolic link"_s;
        QTest::newRow("missing") << u"missing"_s << u"MLmodel: listed in MANIFEST.sha256 but missing"_s;
    }
    void aDamagedSourceIsRefusedNamingTheFile()
    {
        QFETCH(QString, damage);
        QFETCH(QString, problem);
        const auto [sourceRoot, destinationRoot] = registries();
        QVERIFY(!sourceRoot.isEmpty());
        const QString folder = sourceRoot + u"/churn/2/"_s;
        const QByteArray model = readFile(folder + u"model.ubj"_s);
        if (damage == u"byte changed"_s) {
            QByteArray bytes = model;
            bytes[bytes.size() - 10] = char(bytes[bytes.size() - 10] ^ 0x01); // the last block read
            QVERIFY(writeBytes(folder + u"model.ubj"_s, bytes));
        } else if (damage == u"truncated"_s) {
            QVERIFY(writeBytes(folder + u"model.ubj"_s, model.left(1000)));
        } else if (damage == u"metadata changed"_s) {
            QVERIFY(writeBytes(folder + u"metadata.json"_s, readFile(folder + u"metadata.json"_s).replace("kept", "KEPT")));
        } else if (damage == u"extra file"_s) {
            QVERIFY(writeBytes(folder + u"notes.txt"_s, "added later"));
        } else if (damage == u"replaced by a link"_s) {
            QVERIFY(writeBytes(m_dir.filePath(u"elsewhere.ubj"_s), model));
            QVERIFY(QFile::remove(folder + u"model.ubj"_s));
            QVERIFY(QFile::link(m_dir.filePath(u"elsewhere.ubj"_s), folder + u"model.ubj"_s));
        } else if (damage == u"missing"_s) {
            QVERIFY(QFile::remove(folder + u"MLmodel"_s));
        }
        Registry source(sourceRoot), destination(destinationRoot);
        JobControl control;
        auto copy = copyVersion(source, u"churn"_s, 2, destination, u"churn"_s, control);
        QVERIFY(!copy);
        QCOMPARE(copy.error().kind, ErrorKind::Io);
        QVERIFY2(copy.error().message.contains(problem), qPrintable(copy.error().message));
        QVERIFY2(copy.error().message.contains(u"not copied"_s), qPrintable(copy.error().message));
        QCOMPARE(entries(destinationRoot), QStringList()); // no model folder, no temporary folder
        // The intact version copies.
        QVERIFY(copyVersion(source, u"churn"_s, 1, destination, u"churn"_s, control));
    }

    void aDestinationThatCannotBeWrittenIsLeftClean()
    {
        const auto [sourceRoot, destinationRoot] = registries();
        QVERIFY(!sourceRoot.isEmpty());
        Registry source(sourceRoot), destination(destinationRoot);
        JobControl control;
        {
            // The disk refuses model.ubj half-way (as a full disk would).
            FileSizeLimit limit(64 * 1024);
            QVERIFY(limit.ok());
            auto copy = copyVersion(source, u"churn"_s, 2, destination, u"churn"_s, control);
            QVERIFY(!copy);
            QCOMPARE(copy.error().kind, ErrorKind::Io);
            QVERIFY2(copy.error().message.contains(u"model.ubj"_s), qPrintable(copy.error().message));
            QVERIFY2(copy.error().message.contains(u"Nothing was published"_s), qPrintable(copy.error().message));
        }
        QCOMPARE(entries(destinationRoot), QStringList());

        // A read-only destination (root writes anyway, so this part needs another user).
        if (::geteuid() != 0) {
            QVERIFY(QFile::setPermissions(destinationRoot, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            auto copy = copyVersion(source, u"churn"_s, 2, destination, u"churn"_s, control);
            QFile::setPermissions(destinationRoot,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QVERIFY(!copy);
            QCOMPARE(copy.error().kind, ErrorKind::Io);
            QCOMPARE(entries(destinationRoot), QStringList());
        }

        // Interrupted: nothing either.
        control.requestInterruption();
        auto cancelled = copyVersion(source, u"churn"_s, 2, destination, u"churn"_s, control);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QCOMPARE(entries(destinationRoot), QStringList());
    }

    void refusedBeforeAnythingIsWritten_data()
    {
        QTest::addColumn<QString>("destination"); // relative to the test folder; "source" for the same
        QTest::addColumn<QString>("model");       // in the destination
        QTest::addColumn<int>("version");         // of the source
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing destination") << u"nowhere/registry"_s << u"churn"_s << 2 << ErrorKind::NotFound
                                             << u"does not exist"_s;
        QTest::newRow("destination is a file") << u"a file"_s << u"churn"_s << 2 << ErrorKind::BadInput
                                               << u"is a file, not a folder"_s;
        QTest::newRow("invalid name") << u"empty"_s << u"../churn"_s << 2 << ErrorKind::BadInput << u"../churn"_s;
        QTest::newRow("differs only by case") << u"has Churn"_s << u"churn"_s << 2 << ErrorKind::Conflict
                                              << u"\"Churn\""_s;
        QTest::newRow("same registry, same model") << u"source"_s << u"churn"_s << 2 << ErrorKind::BadInput
                                                   << u"--model NAME"_s;
        QTest::newRow("no such version") << u"empty"_s << u"churn"_s << 7 << ErrorKind::NotFound
                                         << u"no version 7"_s;
    }
    void refusedBeforeAnythingIsWritten()
    {
        QFETCH(QString, destination);
        QFETCH(QString, model);
        QFETCH(int, version);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, message);
        const auto [sourceRoot, emptyRoot] = registries();
        QVERIFY(!sourceRoot.isEmpty());
        QString root = m_dir.filePath(destination + QString::number(m_registries));
        if (destination == u"source"_s)
            root = sourceRoot;
        else if (destination == u"empty"_s)
            root = emptyRoot;
        else if (destination == u"a file"_s)
            QVERIFY(writeBytes(root, "not a registry"));
        else if (destination == u"has Churn"_s)
            QVERIFY(Registry(root).publish(u"Churn"_s, versionFiles(3)));
        const QStringList before = QFileInfo(root).isDir() ? entries(root) : QStringList();
        Registry source(sourceRoot), target(root);
        JobControl control;
        auto copy = copyVersion(source, u"churn"_s, version, target, model, control);
        QVERIFY(!copy);
        QCOMPARE(copy.error().kind, kind);
        QVERIFY2(copy.error().message.contains(message), qPrintable(copy.error().message));
        if (QFileInfo(root).isDir())
            QCOMPARE(entries(root), before);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"nowhere"_s)));
        QCOMPARE(entries(sourceRoot + u"/churn"_s), (QStringList{u"1"_s, u"2"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRegistryCopy)
#include "tst_registry_copy.moc"
