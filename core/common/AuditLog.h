#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace grove {

// What was done, to what, and what changed: one entry of an audit log before it is written.
struct AuditChange
{
    QString action; // "dataset.renamed", "version.promoted"...
    QString object; // what it was done to: "dataset:3", "churn/2"...
    QJsonValue before; // what changed, as it was; null when nothing was there or nothing changed
    QJsonValue after;  // ... and as it is now
    QJsonObject details; // anything else worth keeping
};

// One entry as written: the change, who made it where and when, its place in the log and the
// hashes that chain it to the entry before it.
struct AuditEntry : AuditChange
{
    qint64 sequence = 0; // 1, 2, 3...
    QDateTime time;      // UTC
    QString user, host;
    QString previous; // the hash of the entry before (64 zeros for the first)
    QString hash;     // SHA-256 of this entry's bytes up to its hash

    // {"seq", "time", "user", "host", "action", "object", "before", "after", "details", "prev",
    // "hash"}: what `grove-cli log --json` prints of an entry.
    QJsonObject toJson() const;
    // What changed, in one line: "stage: Staging → Production", "name: a → b"; a value only
    // before ("name: a → –") or only after ("version: 3"); empty when nothing is recorded.
    QString changeSummary() const;
};

// A log read back: the entries in order, and every place where the chain does not hold.
struct AuditReading
{
    QList<AuditEntry> entries;
    // The entries at or after `time` (all of them for an invalid time).
    QList<AuditEntry> since(const QDateTime& time) const;
    QStringList problems; // empty when every entry is intact and chained to the one before
    bool intact() const { return problems.isEmpty(); }
};

// An append-only, hash-chained audit log: one JSON file per entry (00000001.json, 00000002.json,
// ... in one folder), written once, complete and synced, under a hidden name and then linked to
// its number, which fails when another process took that number first (it then tries the next):
// several processes, on one machine or sharing a network folder, append without a lock and
// without losing an entry. Each entry holds the hash of the entry before it and the SHA-256 of
// its own bytes, so that an edited, removed, reordered or inserted entry breaks the chain where
// it is, and read() says where. (Removing the newest entries leaves a chain that still holds;
// keep the newest hash elsewhere to tell.) Nothing is read or written through a link below the
// log's parent folder.
class AuditLog
{
public:
    // `folder` is made when the first entry is written; `name` names the log in messages ("the
    // workspace's audit log").
    AuditLog(QString folder, QString name);

    static QString workspaceFolder(const QString& workspaceDirectory); // <workspace>/audit
    static QString registryFolder(const QString& registryRoot);        // <registry>/.audit
    static constexpr qint64 kMaxEntryBytes = 256 * 1024;

    QString folder() const { return m_folder; }

    // Writes the change as the next entry, by the current user on this host, now.
    Result<AuditEntry> append(const AuditChange& change) const;
    // Every entry, each checked against its hash and the one before. A log that does not exist
    // yet is empty; a folder that cannot be listed is an error.
    Result<AuditReading> read() const;

    // An entry from the bytes of its file, or nothing with `why` said; `intact` tells whether its
    // content still matches the hash it states. What read() does with every file.
    static std::optional<AuditEntry> parseEntry(QByteArrayView bytes, bool& intact, QString& why);

    // "00000012.json" for 12; 0 for a name that is not an entry's.
    static QString entryFileName(qint64 sequence);
    static qint64 entrySequence(const QString& fileName);

private:
    QString m_folder;
    QString m_name;
};

} // namespace grove
