#include "core/common/SafeText.h"
#include "core/registry/Registry.h"
#include "core/registry/RegistryDetail.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

// What else than models, versions and history entries a registry folder holds: leftovers of
// publishers that were killed (removed once their lock can be taken), and anything unexpected
// (reported by `registry verify`).

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Registry)
};

const QString kPublishingPrefix = u".publishing-"_s;
const QString kLockSuffix = u".lock"_s;

} // namespace

namespace registry_detail {

QString publishingLockName(const QString& temporaryFolder)
{
    return temporaryFolder + kLockSuffix;
}

bool isPublishingFolder(const QString& name)
{
    return name.startsWith(kPublishingPrefix) && !name.endsWith(kLockSuffix);
}

bool isPublishingLock(const QString& name)
{
    return name.startsWith(kPublishingPrefix) && name.endsWith(kLockSuffix);
}

PublishingLock::PublishingLock(const QString& path, int& error) : m_path(path)
{
    m_file.reset(::open(native(path).constData(),
                        O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    error = m_file.get() < 0 ? errno : 0;
    if (error != 0)
        return;
    if (::flock(m_file.get(), LOCK_EX | LOCK_NB) != 0) {
        // EWOULDBLOCK: a cleanup took the new file for a leftover and holds it; it may remove a
        // folder of this name at any moment, so the caller starts again under another name.
        // Anything else: the file system has no locks (see the class comment).
        error = errno == EWOULDBLOCK ? EAGAIN : 0;
        ::unlink(native(m_path).constData());
        m_file.reset();
        return;
    }
    // A cleanup may have locked, judged and removed the file between its creation and the lock
    // above: then the lock is on a file that no longer has this name, and protects nothing.
    struct stat locked, named;
    if (::fstat(m_file.get(), &locked) != 0 || ::lstat(native(m_path).constData(), &named) != 0 ||
        locked.st_dev != named.st_dev || locked.st_ino != named.st_ino) {
        error = EAGAIN;
        m_file.reset();
        return;
    }
    m_locked = true;
}

PublishingLock::~PublishingLock()
{
    // Removed while still locked, so that a cleanup never sees it unlocked with a folder that is
    // still wanted.
    if (m_locked)
        ::unlink(native(m_path).constData());
}

QStringList removeAbandonedPublishing(const QString& folder)
{
    QStringList names, removed;
    if (listFolder(folder, names) != 0)
        return removed;
    for (const QString& name : std::as_const(names)) {
        if (!isPublishingLock(name))
            continue;
        const QString lockPath = folder + u'/' + name;
        Descriptor lock(::open(native(lockPath).constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC));
        if (lock.get() < 0 || ::flock(lock.get(), LOCK_EX | LOCK_NB) != 0)
            continue; // its publisher is still writing (or the lock cannot be known)
        const QString temporary = name.chopped(kLockSuffix.size());
        const QString temporaryPath = folder + u'/' + temporary;
        if (isPlainFolder(temporaryPath) && QDir(temporaryPath).removeRecursively())
            removed << temporary;
        if (::unlink(native(lockPath).constData()) == 0)
            removed << name;
    }
    // An empty model folder is a leftover too (of a publisher killed before its lock was in
    // it); rmdir() removes only an empty folder, and a publisher that loses it makes it again.
    ::rmdir(native(folder).constData());
    return removed;
}

} // namespace registry_detail

using namespace registry_detail;

QStringList Registry::removeLeftovers(const QString& model)
{
    QStringList models = model.isEmpty() ? QStringList() : QStringList{model};
    if (model.isEmpty() && listFolder(m_root, models) != 0)
        return {};
    models.sort();
    QStringList removed;
    for (const QString& name : std::as_const(models)) {
        const QString folder = modelPath(name);
        if (!validateModelName(name).isEmpty() || !isPlainFolder(folder))
            continue;
        for (const QString& leftover : removeAbandonedPublishing(folder))
            removed << name + u'/' + leftover;
        if (!isPlainFolder(folder))
            removed << name;
    }
    return removed;
}

namespace {

QString shown(const QString& relative)
{
    return escapeUnsafeText(relative);
}

QString linkProblem(const QString& relative)
{
    return Text::tr("%1: a symbolic link. Grove never reads or writes through links in a "
                    "registry; remove it, or put the folder itself in its place.")
        .arg(shown(relative));
}

QString strangeProblem(const QString& relative, const QString& kind)
{
    return Text::tr("%1: %2 that is not part of the registry (Grove does not read it). Move it "
                    "out of the registry folder.")
        .arg(shown(relative), kind);
}

// Whether an entry that cannot be found again by its listed name has a name that is not valid
// UTF-8: such a name is listed with U+FFFD in it, which no longer names the entry. Reported,
// since Grove cannot check what it cannot open; anything else was removed meanwhile.
bool unreadableName(const QString& name, const QString& relative, QStringList& problems)
{
    if (!name.contains(QChar::ReplacementCharacter))
        return false;
    problems << Text::tr("%1: a name that is not valid UTF-8, so Grove cannot open or check it. Rename it, or "
                         "move it out of the registry folder.")
                    .arg(shown(relative));
    return true;
}

void inspectHistory(const QString& folder, const QString& relative, QStringList& problems)
{
    QStringList names;
    if (const int error = listFolder(folder, names); error != 0) {
        problems << Text::tr("%1: cannot be listed (%2).").arg(shown(relative), systemError(error));
        return;
    }
    names.sort();
    for (const QString& name : std::as_const(names)) {
        const QString path = folder + u'/' + name, item = relative + u'/' + name;
        struct stat info;
        if (::lstat(native(path).constData(), &info) != 0) {
            unreadableName(name, item, problems); // or gone meanwhile
            continue;
        }
        if (S_ISLNK(info.st_mode))
            problems << linkProblem(item);
        else if (S_ISREG(info.st_mode) &&
                 (historyEntryNumber(name) > 0 || name.startsWith(u".entry-"_s)))
            continue; // an entry, or one being written
        else
            problems << strangeProblem(item, entryKind(path));
    }
}

void inspectModel(const QString& folder, const QString& model, QStringList& problems)
{
    QStringList names;
    if (const int error = listFolder(folder, names); error != 0) {
        problems << Text::tr("%1: cannot be listed (%2).").arg(shown(model), systemError(error));
        return;
    }
    names.sort();
    bool versionOrPublisher = false;
    for (const QString& name : std::as_const(names)) {
        const QString path = folder + u'/' + name, item = model + u'/' + name;
        struct stat info;
        if (::lstat(native(path).constData(), &info) != 0) {
            unreadableName(name, item, problems);
            continue;
        }
        const bool plainFolder = S_ISDIR(info.st_mode);
        const bool number = versionNumber(name) > 0;
        if (S_ISLNK(info.st_mode)) {
            problems << linkProblem(item);
        } else if (number && plainFolder) {
            versionOrPublisher = true; // verified version by version
        } else if (number) {
            problems << Text::tr("%1: %2, not a version folder; the version cannot be used.")
                            .arg(shown(item), entryKind(path));
        } else if (name == kHistoryFolder && plainFolder) {
            inspectHistory(path, item, problems);
        } else if (name == Registry::monitoringFolderName() && plainFolder) {
            // drift reports, appended by every check; nothing a version depends on
        } else if ((isPublishingFolder(name) && plainFolder) ||
                   (isPublishingLock(name) && S_ISREG(info.st_mode))) {
            versionOrPublisher = true; // a version being published
        } else if (plainFolder) {
            problems << Text::tr("%1: a folder whose name is not a version number (1, 2, 3...), "
                                 "so Grove does not check or use it. Move it out of the registry "
                                 "folder.")
                            .arg(shown(item));
        } else {
            problems << strangeProblem(item, entryKind(path));
        }
    }
    if (!versionOrPublisher)
        problems << Text::tr("%1: a model folder without any version. Remove it.").arg(shown(model));
}

} // namespace

QString Registry::monitoringFolderName()
{
    return QStringLiteral("monitoring");
}

Result<QStringList> Registry::strayEntries(const QString& model) const
{
    QStringList problems;
    if (!model.isEmpty()) {
        if (const QString problem = validateModelName(model); !problem.isEmpty())
            return Error::badInput(problem);
        const QString folder = modelPath(model);
        struct stat info;
        if (::lstat(native(folder).constData(), &info) != 0)
            return problems; // versions() tells that the model does not exist
        if (S_ISLNK(info.st_mode))
            problems << linkProblem(model);
        else if (!S_ISDIR(info.st_mode))
            problems << strangeProblem(model, entryKind(folder));
        else
            inspectModel(folder, model, problems);
        return problems;
    }
    QStringList names;
    if (const int error = listFolder(m_root, names); error != 0) {
        Error failure = Error::io(Text::tr("The registry folder %1 cannot be read (%2). Check "
                                           "your permission to read it.")
                                      .arg(m_root, systemError(error)));
        failure.file = m_root;
        return failure;
    }
    names.sort();
    QHash<QString, QString> folded; // models whose names differ only by case
    for (const QString& name : std::as_const(names)) {
        const QString path = modelPath(name);
        struct stat info;
        if (::lstat(native(path).constData(), &info) != 0) {
            unreadableName(name, name, problems);
            continue;
        }
        if (S_ISDIR(info.st_mode) && !name.startsWith(u'.')) {
            if (const QString other = folded.value(name.toCaseFolded()); !other.isEmpty())
                problems << Text::tr("%1 and %2: model folders whose names differ only by case, which makes them one "
                                     "folder on Windows and macOS shares. Rename or remove one of them.")
                                .arg(shown(other), shown(name));
            folded.insert(name.toCaseFolded(), name);
        }
        if (S_ISLNK(info.st_mode))
            problems << linkProblem(name);
        else if (!S_ISDIR(info.st_mode))
            problems << strangeProblem(name, entryKind(path));
        else if (path == AuditLog::registryFolder(m_root))
            continue; // the audit log, whose entries AuditLog::read() checks
        else if (const QString problem = validateModelName(name); !problem.isEmpty())
            problems << Text::tr("%1: a folder that is not a model (%2). Grove does not check or "
                                 "use it; move it out of the registry folder.")
                            .arg(shown(name), problem);
        else
            inspectModel(path, name, problems);
    }
    return problems;
}

} // namespace grove
