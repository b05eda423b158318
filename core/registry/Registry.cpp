#include "core/registry/Registry.h"

#include "core/common/Process.h"
#include "core/common/SafeText.h"
#include "core/common/Sha256.h"
#include "core/registry/RegistryDetail.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSysInfo>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <stdio.h> // renameat2 and RENAME_NOREPLACE (glibc 2.28 and later, with _GNU_SOURCE)
#include <sys/stat.h>
#include <utility>

// Publishing versions and reading them back. The file operations and the manifests are in
// RegistryFiles.cpp, the name rules in RegistryNames.cpp, the stage history in
// RegistryHistory.cpp.

using namespace Qt::StringLiterals;

namespace grove {

using namespace registry_detail;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Registry)
};

// Removes a temporary folder unless it was renamed into place.
class TemporaryFolder
{
public:
    explicit TemporaryFolder(QString path) : m_path(std::move(path)) {}
    ~TemporaryFolder()
    {
        if (!m_path.isEmpty())
            QDir(m_path).removeRecursively();
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    const QString& path() const { return m_path; }
    void release() { m_path.clear(); }
    void remove()
    {
        if (!m_path.isEmpty())
            QDir(m_path).removeRecursively();
        m_path.clear();
    }

private:
    QString m_path;
};

Error registryMissing(const QString& root)
{
    if (const QString kind = entryKind(root); !kind.isEmpty() && !isFolder(root)) {
        Error error = Error::notFound(
            Text::tr("The registry folder %1 is %2, not a folder. Give the path of the registry "
                     "folder itself.")
                .arg(root, kind));
        error.file = root;
        return error;
    }
    Error error = Error::notFound(
        Text::tr("The registry folder %1 does not exist. Check that the shared folder is "
                 "mounted and that the path is right; publishing a model creates the folder.")
            .arg(root));
    error.file = root;
    return error;
}

QDateTime publishedTime(const QString& root, const QString& model, int version)
{
    Descriptor folder;
    QByteArray text;
    if (openFolderBelow(root, {model, QString::number(version)}, folder) != 0 ||
        readRegularFileAt(folder.get(), kRecord, kMaxRecordSize, text) != 0)
        return {};
    return parseVersionRecord(text).published;
}

// The aliases that point to `version`, by name.
QStringList aliasesOf(const QMap<QString, int>& aliases, int version)
{
    QStringList names;
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        if (it.value() == version)
            names << it.key();
    }
    return names;
}

// The error for an entry below the registry folder that should be a plain folder and is a
// link or something else.
Error notAPlainFolder(const QString& path, const QString& what)
{
    Error error = Error::io(Text::tr("%1 is %2, not %3: Grove never reads or writes through "
                                     "links or anything else than plain folders in a registry. "
                                     "Remove it, or replace it by the folder itself.")
                                .arg(path, entryKind(path), what));
    error.file = path;
    return error;
}

} // namespace

namespace registry_detail {

int versionNumber(const QString& name)
{
    if (name.isEmpty() || name.size() > 9 || name.front() == u'0')
        return 0;
    for (QChar c : name) {
        if (c < u'0' || c > u'9')
            return 0;
    }
    return name.toInt();
}

} // namespace registry_detail

Registry::Registry(const QString& root) : m_root(QDir::cleanPath(QDir(root).absolutePath())) {}

QString Registry::root() const
{
    return m_root;
}

bool Registry::exists() const
{
    return isFolder(m_root);
}
QString Registry::manifestFileName()
{
    return kManifest;
}
QString Registry::recordFileName()
{
    return kRecord;
}

QString Registry::modelPath(const QString& model) const
{
    return m_root + u'/' + model;
}

Result<QList<int>> Registry::versionNumbers(const QString& model) const
{
    if (const QString problem = validateModelName(model); !problem.isEmpty())
        return Error::badInput(problem);
    const QString folder = modelPath(model);
    if (const QString kind = entryKind(folder); !kind.isEmpty() && !isPlainFolder(folder))
        return notAPlainFolder(folder, Text::tr("a model folder"));
    QStringList names;
    const int error = listFolder(folder, names);
    if (error != 0 && error != ENOENT && error != ENOTDIR) {
        Error failure = Error::io(Text::tr("The model folder %1 cannot be read (%2). Check your "
                                           "permission to read the registry folder.")
                                      .arg(folder, systemError(error)));
        failure.file = folder;
        return failure;
    }
    QList<int> numbers;
    for (const QString& name : std::as_const(names)) {
        if (const int number = versionNumber(name); number > 0 && isPlainFolder(folder + u'/' + name))
            numbers << number;
    }
    if (numbers.isEmpty()) {
        if (!isFolder(m_root))
            return registryMissing(m_root);
        return Error::notFound(Text::tr("There is no model named \"%1\" in the registry %2. Check "
                                        "the name against the models listed there; names are "
                                        "case-sensitive.")
                                   .arg(model, m_root));
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

Result<QString> Registry::versionPath(const QString& model, int version) const
{
    auto numbers = versionNumbers(model);
    if (!numbers)
        return numbers.error();
    const QString path = modelPath(model) + u'/' + QString::number(version);
    if (!numbers->contains(version) && !entryKind(path).isEmpty())
        return notAPlainFolder(path, Text::tr("a version folder"));
    if (!numbers->contains(version))
        return Error::notFound(
            Text::tr("Model \"%1\" has no version %2 in the registry %3; its "
                     "latest version is %4.")
                .arg(model, QString::number(version), m_root, QString::number(numbers->last())));
    return path;
}

namespace {

// The problem with the names of the files of a version, or nothing.
std::optional<Error> fileNamesProblem(const QString& model, const QStringList& names)
{
    if (names.isEmpty())
        return Error::badInput(Text::tr("The model \"%1\" was not published: there are no files "
                                        "to publish.")
                                   .arg(model));
    QSet<QString> folded;
    for (const QString& name : names) {
        if (const QString problem = Registry::validateFileName(name); !problem.isEmpty())
            return Error::badInput(
                Text::tr("The model \"%1\" was not published. %2").arg(model, problem));
        if (name.compare(kManifest, Qt::CaseInsensitive) == 0 ||
            name.compare(kRecord, Qt::CaseInsensitive) == 0)
            return Error::badInput(Text::tr("The model \"%1\" was not published: the registry "
                                            "writes %2 itself, so no file given can have that "
                                            "name. Rename that file.")
                                       .arg(model, name));
        if (folded.contains(name.toCaseFolded()))
            return Error::badInput(Text::tr("The model \"%1\" was not published: \"%2\" and "
                                            "another file differ only by case, which makes them "
                                            "one file on Windows and macOS shares. Rename one of "
                                            "them.")
                                       .arg(model, name));
        folded.insert(name.toCaseFolded());
    }
    return std::nullopt;
}

} // namespace

namespace registry_detail {

Error publishWriteFailed(const QString& model, const QString& path, int error)
{
    Error failure = Error::io(Text::tr("The model \"%1\" was not published: writing %2 failed "
                                       "(%3). Nothing was published; check the free space and "
                                       "your permission to write to the registry folder, then "
                                       "try again.")
                                  .arg(model, path, systemError(error)));
    failure.file = path;
    return failure;
}

Result<ModelVersion> publishVersion(const QString& root, const QString& model, const VersionWriter& write)
{
    if (const QString problem = Registry::validateModelName(model); !problem.isEmpty())
        return Error::badInput(problem);
    if (auto nested = nestedRegistryProblem(root, model))
        return *nested;
    // Only the registry folder itself is created: a missing parent usually means a share that
    // is not mounted, and creating it would publish to the local disk instead.
    if (const QString kind = entryKind(root); !kind.isEmpty() && !isFolder(root)) {
        Error error = Error::badInput(Text::tr("The model \"%1\" was not published: the registry "
                                               "folder %2 is %3, not a folder. Give the path of "
                                               "the registry folder itself.")
                                          .arg(model, root, kind));
        error.file = root;
        return error;
    }
    if (!isFolder(root) && !QDir().mkdir(root) &&
        !isFolder(root)) { // another writer may have made it
        const bool parentMissing = !isFolder(QFileInfo(root).absolutePath());
        Error error = Error::io(
            (parentMissing
                 ? Text::tr(
                       "The model \"%1\" was not published: the folder %2, which should hold the "
                       "registry folder, does not exist. Check that the shared folder is mounted "
                       "and that the registry path is right.")
                       .arg(model, QFileInfo(root).absolutePath())
                 : Text::tr("The model \"%1\" was not published: the registry folder %2 cannot be "
                            "created. Check that you may write to %3.")
                       .arg(model, root, QFileInfo(root).absolutePath())));
        error.file = root;
        return error;
    }
    QStringList models;
    if (const int error = listFolder(root, models); error != 0) {
        Error failure = Error::io(Text::tr("The model \"%1\" was not published: the registry "
                                           "folder %2 cannot be read (%3).")
                                      .arg(model, root, systemError(error)));
        failure.file = root;
        return failure;
    }
    for (const QString& other : std::as_const(models)) {
        if (other != model && other.compare(model, Qt::CaseInsensitive) == 0 &&
            isPlainFolder(root + u'/' + other))
            return Error::conflict(Text::tr("The model \"%1\" was not published: the registry "
                                            "%2 has a model \"%3\", and names that differ only by "
                                            "case are one folder on Windows and macOS shares. "
                                            "Publish it as \"%3\", or choose another name.")
                                       .arg(model, root, other));
    }

    const QString folder = root + u'/' + model;
    // The model folder, and in it this publisher's lock and temporary folder. A failed export
    // removes the model folder again when it made it and nothing else is in it; another
    // publisher (or the cleanup of leftovers) may remove an empty model folder at any moment,
    // so it is made again when it vanished before the lock file was in it.
    bool madeModelFolder = false;
    std::optional<PublishingLock> lock;
    QString temporaryPath;
    for (int attempt = 0; attempt < 100 && !lock; ++attempt) {
        if (::mkdir(native(folder).constData(), 0777) == 0)
            madeModelFolder = true;
        else if (errno != EEXIST)
            return publishWriteFailed(model, folder, errno);
        const QString kind = entryKind(folder);
        if (kind.isEmpty())
            continue; // removed meanwhile
        if (!isPlainFolder(folder)) {
            Error error = notAPlainFolder(folder, Text::tr("a model folder"));
            error.message = Text::tr("The model \"%1\" was not published: %2")
                                .arg(model, error.message);
            return error;
        }
        // Everything is written under a hidden name first; readers skip names starting with '.'.
        temporaryPath =
            folder + u"/.publishing-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        int error = 0;
        lock.emplace(publishingLockName(temporaryPath), error);
        if (error == ENOENT || error == EAGAIN) {
            // The model folder vanished meanwhile (make it again), or a cleanup took the lock.
            lock.reset();
            continue;
        }
        if (error != 0)
            return publishWriteFailed(model, publishingLockName(temporaryPath), error);
    }
    if (!lock)
        return publishWriteFailed(model, folder, ENOENT);
    // The lock file is in the model folder now, so no one removes the folder. Leftovers of
    // publishers that were killed go first.
    removeAbandonedPublishing(folder);
    const auto removeModelFolder = [&] {
        if (madeModelFolder)
            ::rmdir(native(folder).constData()); // only when empty: others may be publishing
    };
    TemporaryFolder temporary(temporaryPath);
    if (::mkdir(native(temporary.path()).constData(), 0777) != 0) {
        const int error = errno;
        temporary.release();
        lock.reset();
        removeModelFolder();
        return publishWriteFailed(model, temporaryPath, error);
    }
    const auto failed = [&](const QString& path, int error) {
        temporary.remove();
        lock.reset();
        removeModelFolder();
        return publishWriteFailed(model, path, error);
    };

    auto written = write(temporary.path());
    if (written) {
        if (auto problem = fileNamesProblem(model, written->keys()))
            written = *problem;
    }
    if (!written) {
        temporary.remove();
        lock.reset();
        removeModelFolder();
        return written.error();
    }
    const QDateTime published = parseTime(timestamp(QDateTime::currentDateTimeUtc()));
    QJsonObject sizes;
    QMap<QString, QByteArray> digests;
    for (auto it = written->begin(); it != written->end(); ++it) {
        sizes.insert(it.key(), it->size);
        digests.insert(it.key(), it->digest);
    }
    const QJsonObject record{{u"format"_s, kFormat},
                             {u"model"_s, model},
                             {u"published"_s, timestamp(published)},
                             {u"user"_s, currentUserName()},
                             {u"host"_s, QSysInfo::machineHostName()},
                             {u"files"_s, sizes}};
    const QByteArray recordBytes = QJsonDocument(record).toJson(QJsonDocument::Indented);
    digests.insert(kRecord, Sha256::hash(recordBytes).toHex());
    // The manifest is written last, once every file is written.
    for (const auto& [name, bytes] : {std::pair(kRecord, recordBytes), std::pair(kManifest, makeManifest(digests))}) {
        const QString path = temporary.path() + u'/' + name;
        if (const int error = writeDurably(path, bytes); error != 0)
            return failed(path, error);
    }
    syncFolder(temporary.path());

    int next = 1;
    const auto skipTaken = [&] {
        QStringList names;
        listFolder(folder, names);
        for (const QString& name : std::as_const(names))
            next = std::max(next, versionNumber(name) + 1);
    };
    skipTaken();
    bool noReplace = !forceFallbacks();
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        const QString target = folder + u'/' + QString::number(next);
        const QByteArray from = native(temporary.path()), to = native(target);
        const int result = noReplace ? ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD,
                                                   to.constData(), RENAME_NOREPLACE)
                                     : ::rename(from.constData(), to.constData());
        if (result == 0) {
            temporary.release();
            syncFolder(folder);
            ModelVersion version;
            version.model = model;
            version.version = next;
            version.path = target;
            version.published = published;
            return version;
        }
        const int error = errno;
        if (noReplace && (error == EINVAL || error == ENOSYS || error == EOPNOTSUPP)) {
            // The file system cannot rename without replacing; a plain rename of a folder still
            // fails on an existing version, because a version folder is never empty.
            noReplace = false;
            continue;
        }
        if (error != EEXIST && error != ENOTEMPTY && error != ENOTDIR) {
            Error failure =
                Error::io(Text::tr("The model \"%1\" was not published: moving %2 to "
                                   "%3 failed (%4). Nothing was published; check your "
                                   "permission to write to the registry folder, then "
                                   "try again.")
                              .arg(model, temporary.path(), target, systemError(error)));
            failure.file = target;
            temporary.remove();
            lock.reset();
            removeModelFolder();
            return failure;
        }
        // Another publisher took this number: move past it and past anything published since.
        ++next;
        skipTaken();
    }
    temporary.remove();
    lock.reset();
    removeModelFolder();
    return Error::conflict(Text::tr("The model \"%1\" was not published: other publishers took "
                                    "%2 version numbers in a row. Try again.")
                               .arg(model, QString::number(kMaxAttempts)));
}

} // namespace registry_detail

Result<ModelVersion> Registry::publish(const QString& model, const QMap<QString, QByteArray>& files)
{
    if (const QString problem = validateModelName(model); !problem.isEmpty())
        return Error::badInput(problem);
    // Checked before writing too: each name becomes a path in the temporary folder.
    if (auto problem = fileNamesProblem(model, files.keys()))
        return *problem;
    return publishVersion(m_root, model, [&](const QString& folder) -> Result<WrittenFiles> {
        WrittenFiles written;
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QString path = folder + u'/' + it.key();
            if (const int error = writeDurably(path, it.value()); error != 0)
                return publishWriteFailed(model, path, error);
            written.insert(it.key(), {qint64(it.value().size()), Sha256::hash(it.value()).toHex()});
        }
        return written;
    });
}

Result<QStringList> Registry::models()
{
    QStringList names;
    if (const int error = listFolder(m_root, names); error == ENOENT) {
        return QStringList(); // nothing was published yet (or the share is not mounted: exists())
    } else if (error != 0) {
        Error failure = Error::io(Text::tr("The registry folder %1 cannot be read (%2). Check "
                                           "your permission to read it.")
                                      .arg(m_root, systemError(error)));
        failure.file = m_root;
        return failure;
    }
    QStringList models;
    for (const QString& name : std::as_const(names)) {
        // Hidden and temporary entries fail the name check; versionNumbers() needs a version.
        if (validateModelName(name).isEmpty() && versionNumbers(name).ok())
            models << name;
    }
    std::sort(models.begin(), models.end(), [](const QString& a, const QString& b) {
        const int order = a.compare(b, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a < b;
    });
    return models;
}

Result<QList<ModelVersion>> Registry::versions(const QString& model)
{
    auto numbers = versionNumbers(model);
    if (!numbers)
        return numbers.error();
    auto entries = readHistory(m_root, model);
    if (!entries)
        return entries.error();
    const QMap<int, Stage> stages = stagesAfter(*entries);
    const QMap<QString, int> aliases = aliasesAfter(*entries);
    QList<ModelVersion> list;
    for (int number : std::as_const(*numbers)) {
        ModelVersion version;
        version.model = model;
        version.version = number;
        version.path = modelPath(model) + u'/' + QString::number(number);
        version.stage = stages.value(number, Stage::None);
        version.published = publishedTime(m_root, model, number);
        version.aliases = aliasesOf(aliases, number);
        list << version;
    }
    return list;
}

Result<ModelVersion> Registry::version(const QString& model, int version)
{
    auto path = versionPath(model, version);
    if (!path)
        return path.error();
    auto entries = readHistory(m_root, model);
    if (!entries)
        return entries.error();
    ModelVersion found;
    found.model = model;
    found.version = version;
    found.path = *path;
    found.stage = stagesAfter(*entries).value(version, Stage::None);
    found.aliases = aliasesOf(aliasesAfter(*entries), version);
    found.published = publishedTime(m_root, model, version);
    return found;
}

Result<VersionCheck> Registry::verify(const QString& model, int version)
{
    auto path = versionPath(model, version);
    if (!path)
        return path.error();
    VersionCheck check;
    check.problems = checkVersionFolder(m_root, model, version);
    check.ok = check.problems.isEmpty();
    return check;
}

Result<QMap<QString, QByteArray>> Registry::readFiles(const QString& model, int version, const QStringList& files)
{
    auto path = versionPath(model, version);
    if (!path)
        return path.error();
    for (const QString& file : files) {
        if (!validateFileName(file).isEmpty())
            return Error::badInput(Text::tr("\"%1\" is not the name of a file in version %2 of model "
                                            "\"%3\"; a version holds files without folders.")
                                       .arg(escapeUnsafeText(file), QString::number(version), model));
    }
    QMap<QString, QByteArray> contents;
    const QStringList problems = checkVersionFolder(m_root, model, version, files, &contents);
    if (!problems.isEmpty())
        return failedCheck(Text::tr("Version %1 of model \"%2\" in %3 fails its checksum check, so "
                                    "none of its files is read:")
                               .arg(QString::number(version), model, *path),
                           *path, problems);
    return contents;
}

Result<QByteArray> Registry::readFile(const QString& model, int version, const QString& file)
{
    auto contents = readFiles(model, version, {file});
    if (!contents)
        return contents.error();
    if (!contents->contains(file))
        return missingFile(model, version, file);
    return contents->take(file);
}

Error Registry::missingFile(const QString& model, int version, const QString& file) const
{
    const QString manifest = modelPath(model) + u'/' + QString::number(version) + u'/' + kManifest;
    return Error::notFound(Text::tr("Version %1 of model \"%2\" has no file \"%3\"; its "
                                    "files are listed in %4.")
                               .arg(QString::number(version), model, file, manifest));
}

} // namespace grove
