#pragma once

#include <QString>

class QFile;

namespace grove {

// Temporary files that a writer owns while it works on them (an import's
// datasets/.incoming-*.gds). The writer holds an exclusive advisory lock (flock) on the open
// file; the lock goes away with the process, however it ends. A later process can then tell an
// abandoned file (nobody holds its lock) from one that is still being written, whatever its age.

// Locks `file`, which the caller has just created (QIODevice::NewOnly). False when the file was
// removed by a cleanup in another process between its creation and the lock: the caller should
// try again under another name.
bool lockNewFile(QFile& file);

// Removes the files in `folder` whose names start with `prefix` and whose lock nobody holds.
// Returns how many were removed.
int removeAbandonedFiles(const QString& folder, const QString& prefix);

// An exclusive advisory lock (flock) on a file, held for as long as the object lives, or its
// process: who runs a sweep holds its lock, so that a second runner, in another process or in the
// same one, is refused instead of training the same trials twice.
class HeldFileLock
{
public:
    HeldFileLock() = default;
    ~HeldFileLock();
    HeldFileLock(const HeldFileLock&) = delete;
    HeldFileLock& operator=(const HeldFileLock&) = delete;

    // Takes the lock on `path` (creating the file) without waiting. False when someone holds it
    // or the file cannot be opened.
    bool tryLock(const QString& path);
    // Takes the lock of the folder `path` itself (a link to a folder is followed), waiting up to
    // `timeoutMs` for whoever holds it. False when the folder cannot be opened, its file system
    // has no locks, or the holder kept it past the time (then `busy` is set).
    bool lockFolder(const QString& path, int timeoutMs, bool* busy = nullptr);
    bool isLocked() const { return m_descriptor >= 0; }

private:
    int m_descriptor = -1;
};

// Whether someone (this process included) holds the lock of `path` now; false when there is no
// such file.
bool isFileLockHeld(const QString& path);

} // namespace grove
