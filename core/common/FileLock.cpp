#include "core/common/FileLock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace grove {

bool lockNewFile(QFile& file)
{
    const int descriptor = file.handle();
    if (descriptor < 0)
        return false;
    if (::flock(descriptor, LOCK_EX | LOCK_NB) != 0)
        // EWOULDBLOCK: a cleanup holds it and is removing it. Other errors: the file system has
        // no locks, and a cleanup cannot take the lock either, so the file is safe.
        return errno != EWOULDBLOCK;
    // A cleanup that opened the file before we locked it may have removed it since: then the
    // path no longer names our file.
    struct stat opened = {};
    struct stat named = {};
    return ::fstat(descriptor, &opened) == 0 && ::stat(QFile::encodeName(file.fileName()).constData(), &named) == 0 &&
           opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

int removeAbandonedFiles(const QString& folder, const QString& prefix)
{
    int removed = 0;
    const QStringList names = QDir(folder).entryList({prefix + u'*'}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        const QByteArray path = QFile::encodeName(QDir(folder).filePath(name));
        const int descriptor = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (descriptor < 0)
            continue;
        // Held while the file is removed, so that its writer, if it locks it only now, sees that
        // the path is gone (see lockNewFile).
        if (::flock(descriptor, LOCK_EX | LOCK_NB) == 0 && ::unlink(path.constData()) == 0)
            ++removed;
        ::close(descriptor);
    }
    return removed;
}

HeldFileLock::~HeldFileLock()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor); // closing releases the lock
}

bool HeldFileLock::tryLock(const QString& path)
{
    if (m_descriptor >= 0)
        return true;
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (descriptor < 0)
        return false;
    if (::flock(descriptor, LOCK_EX | LOCK_NB) != 0) {
        ::close(descriptor);
        return false;
    }
    m_descriptor = descriptor;
    return true;
}

bool HeldFileLock::lockFolder(const QString& path, int timeoutMs, bool* busy)
{
    if (busy)
        *busy = false;
    if (m_descriptor >= 0)
        return true;
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    // Polled rather than blocking, so that a holder that hangs (stopped, or on a stuck network
    // share) costs a bounded wait and a message instead of a frozen window.
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (::flock(descriptor, LOCK_EX | LOCK_NB) == 0) {
            m_descriptor = descriptor;
            return true;
        }
        const int error = errno;
        if ((error != EWOULDBLOCK && error != EINTR) || deadline.hasExpired()) {
            if (busy)
                *busy = error == EWOULDBLOCK;
            ::close(descriptor);
            return false;
        }
        QThread::msleep(5);
    }
}

bool isFileLockHeld(const QString& path)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (descriptor < 0)
        return false;
    const bool held = ::flock(descriptor, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(descriptor);
    return held;
}

} // namespace grove
