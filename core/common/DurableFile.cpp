#include "core/common/DurableFile.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <stdio.h> // renameat2 and RENAME_NOREPLACE (glibc 2.28 and later, with _GNU_SOURCE)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace grove {
namespace {

QByteArray native(const QString& path) { return QFile::encodeName(path); }

// The folder and the name of `path`; the folder opened, or -1 with errno set.
int openParent(const QString& path, QString& name)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    name = path.mid(slash + 1);
    const QString folder = slash < 0 ? QStringLiteral(".") : slash == 0 ? QStringLiteral("/") : path.left(slash);
    return ::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

// Runs `work` on the opened parent folder of `path`; returns its result or the errno of opening.
template <typename Work>
int inParent(const QString& path, Work work)
{
    QString name;
    const int folder = openParent(path, name);
    if (folder < 0)
        return errno;
    const int result = work(folder, name);
    ::close(folder);
    return result;
}

} // namespace

void Descriptor::reset(int fd)
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
}

int openFolderBelow(const QString& root, const QStringList& below, Descriptor& folder)
{
    folder.reset(::open(native(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (folder.get() < 0)
        return errno;
    for (const QString& name : below) {
        const int next = ::openat(folder.get(), native(name).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0) {
            const int error = errno;
            folder.reset();
            return error;
        }
        folder.reset(next);
    }
    return 0;
}

void syncFolder(const QString& path)
{
    const int folder = ::open(native(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
}

int writeDurablyAt(int folder, const QString& name, QByteArrayView bytes)
{
    const QByteArray encoded = native(name);
    int file = ::openat(folder, encoded.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (file < 0)
        return errno;
    const auto fail = [&](int error) {
        ::close(file);
        ::unlinkat(folder, encoded.constData(), 0);
        return error;
    };
    const char* data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(file, data, std::size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return fail(errno);
        }
        data += written;
        left -= written;
    }
    if (::fsync(file) != 0)
        return fail(errno);
    ::fchmod(file, 0444);
    // close() reports late write errors on network file systems.
    if (::close(file) != 0) {
        const int error = errno;
        ::unlinkat(folder, encoded.constData(), 0);
        return error;
    }
    return 0;
}

int writeDurably(const QString& path, QByteArrayView bytes)
{
    return inParent(path, [&](int folder, const QString& name) { return writeDurablyAt(folder, name, bytes); });
}

int createDurablyAt(int folder, const QString& name, QByteArrayView bytes, bool useLinks)
{
    const QByteArray target = native(name);
    if (useLinks) {
        const QString temporary = kDurableTemporaryPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces) +
                                  QStringLiteral(".json");
        if (const int error = writeDurablyAt(folder, temporary, bytes); error != 0)
            return error;
        const QByteArray temporaryName = native(temporary);
        int linkError = ::linkat(folder, temporaryName.constData(), folder, target.constData(), 0) == 0 ? 0 : errno;
        if (linkError != 0) {
            // NFS may resend a link whose reply was lost and report EEXIST for our own link: the
            // link count of the temporary file tells.
            struct stat info;
            if (::fstatat(folder, temporaryName.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_nlink == 2)
                linkError = 0;
        }
        if (linkError == 0) {
            ::unlinkat(folder, temporaryName.constData(), 0);
            ::fsync(folder);
            return 0;
        }
        if (linkError != EPERM && linkError != EOPNOTSUPP && linkError != ENOSYS && linkError != EMLINK) {
            ::unlinkat(folder, temporaryName.constData(), 0);
            return linkError;
        }
        // No hard links: a rename that never replaces is just as atomic, where the share has it.
        const int renameError =
            ::renameat2(folder, temporaryName.constData(), folder, target.constData(), RENAME_NOREPLACE) == 0 ? 0 : errno;
        if (renameError == 0) {
            ::fsync(folder);
            return 0;
        }
        ::unlinkat(folder, temporaryName.constData(), 0);
        if (renameError != EINVAL && renameError != ENOSYS && renameError != EOPNOTSUPP)
            return renameError;
    }
    // Neither: create the final name exclusively and write the entry into it (a reader may see it
    // before it is complete, and reads an entry that does not parse again).
    if (const int error = writeDurablyAt(folder, name, bytes); error != 0)
        return error;
    ::fsync(folder);
    return 0;
}

int readRegularFileAt(int folder, const QString& name, qint64 limit, QByteArray& content)
{
    content.clear();
    const int file = ::openat(folder, native(name).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (file < 0)
        return errno;
    const auto read = [&]() -> int {
        struct stat info;
        if (::fstat(file, &info) != 0)
            return errno;
        if (S_ISDIR(info.st_mode))
            return EISDIR;
        if (!S_ISREG(info.st_mode))
            return EINVAL;
        if (info.st_size > limit)
            return EFBIG;
        content.reserve(qsizetype(info.st_size));
        char buffer[64 * 1024];
        for (;;) {
            const ssize_t got = ::read(file, buffer, sizeof buffer);
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0)
                return errno;
            if (got == 0)
                return 0;
            if (content.size() + got > limit)
                return EFBIG;
            content.append(buffer, qsizetype(got));
        }
    };
    const int error = read();
    ::close(file);
    if (error != 0)
        content.clear();
    return error;
}

int listFolderAt(int folder, QStringList& names)
{
    // fdopendir() takes the descriptor over, and reads from its offset: a fresh one.
    const int copy = ::openat(folder, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (copy < 0)
        return errno;
    DIR* listing = ::fdopendir(copy);
    if (!listing) {
        const int error = errno;
        ::close(copy);
        return error;
    }
    int error = 0;
    for (;;) {
        errno = 0;
        const dirent* entry = ::readdir(listing);
        if (!entry) {
            error = errno;
            break;
        }
        const QString name = QFile::decodeName(entry->d_name);
        if (name != QStringLiteral(".") && name != QStringLiteral(".."))
            names << name;
    }
    ::closedir(listing);
    return error;
}

int createDurably(const QString& path, QByteArrayView bytes, bool useLinks)
{
    return inParent(path, [&](int folder, const QString& name) { return createDurablyAt(folder, name, bytes, useLinks); });
}

qint64 claimNumberedEntry(const QString& folder, qint64 atLeast, const std::function<int(qint64)>& create, int& error)
{
    qint64 number = std::max<qint64>(atLeast, 1);
    for (const QString& name : QDir(folder).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)) {
        bool isNumber = false;
        const qint64 used = name.section(u'.', 0, 0).toLongLong(&isNumber);
        // A number no workspace reaches (a file planted as 9223372036854775807) is not counted.
        if (isNumber && used >= number && used < (qint64(1) << 53))
            number = used + 1;
    }
    for (int attempt = 0; attempt < 100; ++attempt, ++number) {
        error = create(number);
        if (error == 0)
            return number;
        if (error != EEXIST)
            return 0;
    }
    return 0;
}

bool sameFile(const QString& a, const QString& b)
{
    struct stat first, second;
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 && ::stat(QFile::encodeName(b).constData(), &second) == 0 &&
           first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

} // namespace grove
