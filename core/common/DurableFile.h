#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace grove {

// An open file descriptor, closed when it goes.
class Descriptor
{
public:
    explicit Descriptor(int fd = -1) : m_fd(fd) {}
    ~Descriptor() { reset(); }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }
    void reset(int fd = -1);

private:
    int m_fd;
};

// Opens the folder `root`/`below`[0]/`below`[1]..., following a link only at `root`: a link or
// anything else than a folder below it fails (ELOOP or ENOTDIR), so that nothing is read or
// written through a link planted in a shared folder. Returns 0 or the errno value.
int openFolderBelow(const QString& root, const QStringList& below, Descriptor& folder);

// Creates `path` exclusively (never through a link), writes `bytes`, syncs, and makes the file
// read-only (best effort). Returns 0 or the errno value; a file this call created is removed again
// on failure. What the registry and the audit logs write once and never change.
int writeDurably(const QString& path, QByteArrayView bytes);
// The same for `name` in the open folder `folder`.
int writeDurablyAt(int folder, const QString& name, QByteArrayView bytes);

// Syncs a folder so that the names created in it survive a crash. Best effort: some file systems
// refuse to sync a folder, and the files themselves are synced already.
void syncFolder(const QString& path);

// Writes `bytes` as the new file `path`, which must not exist: a complete, synced file under a
// hidden name in the same folder, then a hard link to `path`, so that a reader never sees part of
// it. link(2) fails with EEXIST when the name is taken: then nothing is written and EEXIST is
// returned. On a file system without hard links the hidden file is renamed to `path` without
// replacing (renameat2 RENAME_NOREPLACE), and without that either (or with `useLinks` false, the
// registry's test seam) the file is created under its name exclusively and written there.
// Returns 0 or the errno value.
int createDurably(const QString& path, QByteArrayView bytes, bool useLinks = true);
// The same for `name` in the open folder `folder`: a caller that opened the folder without
// following links writes into that very folder, whatever is renamed or linked meanwhile.
int createDurablyAt(int folder, const QString& name, QByteArrayView bytes, bool useLinks = true);

// Reads the regular file `name` in the open folder `folder` (AT_FDCWD: `name` is a path) whole
// into `content`, as a file on a shared folder is read: never through a symbolic link (ELOOP),
// never from a folder (EISDIR) or anything else that is not a regular file (EINVAL; a FIFO put
// in its place does not block the reader), and not beyond `limit` bytes (EFBIG, also when the
// file grows while it is read). Returns 0 or the errno value; `content` is empty on failure.
int readRegularFileAt(int folder, const QString& name, qint64 limit, QByteArray& content);

// The names in the open folder `folder` ("." and ".." left out), read through a descriptor of
// its own. Returns 0 or the errno value.
int listFolderAt(int folder, QStringList& names);

// Claims a number for a new entry of `folder` (a run's folder, a sweep's files): the lowest one
// from `atLeast` (at least 1) up that is above the number every name in `folder` starts with
// (the entry of a record the database lost keeps its number), for which `create` succeeds.
// `create` makes the entry exclusively and returns 0, EEXIST when the number is taken (the next
// one is tried, 100 in all), or another errno value, which ends the claim. Returns the number, or
// 0 with `error` set (EEXIST: no free number was found).
qint64 claimNumberedEntry(const QString& folder, qint64 atLeast, const std::function<int(qint64)>& create, int& error);

// Whether the paths `a` and `b` name the same file or folder (followed through links; a second
// hard link counts): false when either cannot be looked at.
bool sameFile(const QString& a, const QString& b);

// How the hidden files createDurably() writes before linking them begin; a reader of such a
// folder skips them (one stays behind only when its writer was killed).
inline const QString kDurableTemporaryPrefix = QStringLiteral(".entry-");

} // namespace grove
