#include "core/common/DurableFile.h"

#include <QFile>
#include <QUuid>

#include <cerrno>
#include <stdio.h> // renameat2 and RENAME_NOREPLACE (glibc 2.28 and later, with _GNU_SOURCE)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace grove {
namespace {

QByteArray native(const QString& path) { return QFile::encodeName(path); }

} // namespace

void syncFolder(const QString& path)
{
    const int folder = ::open(native(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
}

int writeDurably(const QString& path, QByteArrayView bytes)
{
    const QByteArray name = native(path);
    int file = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (file < 0)
        return errno;
    const auto fail = [&](int error) {
        ::close(file);
        ::unlink(name.constData());
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
        ::unlink(name.constData());
        return error;
    }
    return 0;
}

int createDurably(const QString& path, QByteArrayView bytes, bool useLinks)
{
    if (useLinks) {
        const qsizetype slash = path.lastIndexOf(u'/');
        const QString temporary = path.left(slash + 1) + QStringLiteral(".entry-") +
                                  QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".json");
        if (const int error = writeDurably(temporary, bytes); error != 0)
            return error;
        const QByteArray temporaryName = native(temporary);
        int linkError = ::link(temporaryName.constData(), native(path).constData()) == 0 ? 0 : errno;
        if (linkError != 0) {
            // NFS may resend a link whose reply was lost and report EEXIST for our own link: the
            // link count of the temporary file tells.
            struct stat info;
            if (::stat(temporaryName.constData(), &info) == 0 && info.st_nlink == 2)
                linkError = 0;
        }
        if (linkError == 0) {
            ::unlink(temporaryName.constData());
            syncFolder(path.left(slash));
            return 0;
        }
        if (linkError != EPERM && linkError != EOPNOTSUPP && linkError != ENOSYS) {
            ::unlink(temporaryName.constData());
            return linkError;
        }
        // No hard links: a rename that never replaces is just as atomic, where the share has it.
        const int renameError = ::renameat2(AT_FDCWD, temporaryName.constData(), AT_FDCWD, native(path).constData(),
                                            RENAME_NOREPLACE) == 0
                                    ? 0
                                    : errno;
        if (renameError == 0) {
            syncFolder(path.left(slash));
            return 0;
        }
        ::unlink(temporaryName.constData());
        if (renameError != EINVAL && renameError != ENOSYS && renameError != EOPNOTSUPP)
            return renameError;
    }
    // Neither: create the final name exclusively and write the entry into it (a reader may see it
    // before it is complete, and reads an entry that does not parse again).
    if (const int error = writeDurably(path, bytes); error != 0)
        return error;
    syncFolder(path.left(path.lastIndexOf(u'/')));
    return 0;
}

} // namespace grove
