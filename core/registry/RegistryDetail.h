#pragma once

#include "core/common/DurableFile.h"

// Helpers shared by the files of the registry: Registry.cpp (publishing and reading versions),
// RegistryFiles.cpp (durable file operations, manifests), RegistryHistory.cpp (stage history)
// and RegistryNames.cpp (name rules). Not part of the public API.

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/registry/Registry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <utility>

namespace grove::registry_detail {

inline const QString kManifest = QStringLiteral("MANIFEST.sha256");
inline const QString kRecord = QStringLiteral("VERSION.json");
inline constexpr int kFormat = 1;          // of VERSION.json and of the history entries
// Of a history entry that records an alias change: older Grove versions refuse to replay it
// instead of silently ignoring the alias (entries with stage changes only keep format 1).
inline constexpr int kAliasFormat = 2;
inline constexpr int kMaxAttempts = 10000; // numbers taken by others before giving up

// The largest file of each kind that Grove parses from a registry; anything larger is reported
// as damaged without being read. Real files are far smaller (a manifest has a line per file, a
// history entry a reason of at most Registry::kMaxReasonLength characters; metadata.json grows
// with the features and their categories, a few MiB for thousands of columns).
inline constexpr qint64 kMaxManifestSize = 1 << 20;      // MANIFEST.sha256
inline constexpr qint64 kMaxRecordSize = 1 << 20;        // VERSION.json
inline constexpr qint64 kMaxHistoryEntrySize = 1 << 20;  // history/NNNNNN.json
inline constexpr qint64 kMaxMetadataSize = 64 << 20;     // metadata.json
inline constexpr qint64 kMaxDescriptionSize = 16 << 20;  // MLmodel, MODEL_CARD.md, requirements.txt
// The cap for a file of a version by its name; -1 for files Grove does not parse itself (the
// model, which XGBoost reads once its SHA-256 matched).
qint64 maxParsedSize(const QString& fileName);

// --- Registry.cpp ---

// The version a folder name stands for: "1", "2"... (no sign, no leading zero), else 0.
int versionNumber(const QString& name);

// --- RegistryFiles.cpp: file operations ---

// Test seam: GROVE_REGISTRY_FALLBACKS=1 takes the paths meant for file systems without
// RENAME_NOREPLACE or hard links (some network shares), so that the tests cover them too.
bool forceFallbacks();

QByteArray native(const QString& path);
QString systemError(int error);

// Times as VERSION.json and the history entries write them: UTC, ISO 8601 with milliseconds.
QString timestamp(const QDateTime& time);
QDateTime parseTime(const QString& text);

// The names in a folder, without "." and "..". Returns 0 or the errno value of the failure.
int listFolder(const QString& path, QStringList& names);
// Whether `path` is a folder, following a link (for the registry folder itself, which may be a
// link to a share).
bool isFolder(const QString& path);
// Whether `path` is a folder itself, not a link to one: everything below the registry folder.
bool isPlainFolder(const QString& path);
// "a symbolic link", "a file"...: what `path` is, for messages about something that should be a
// plain folder or file; empty when it does not exist.
QString entryKind(const QString& path);
// Why the model `model` cannot be published to the registry folder `root`: when `root` is a
// version, a model or a folder within one, or lies inside another registry (one with an audit
// log), writing there would break that registry's checks. `root` may be a registry itself; up to
// three folders above it are looked at.
std::optional<Error> nestedRegistryProblem(const QString& root, const QString& model);
// Descriptor, openFolderBelow(), listFolderAt(), readRegularFileAt(), syncFolder() and
// writeDurably(): core/common/DurableFile.h.

// --- Registry.cpp: publishing ---

// What a publisher wrote into its temporary folder: each file's size and SHA-256 (64 lowercase
// hex digits), by name.
struct WrittenFile
{
    qint64 size = 0;
    QByteArray digest;
};
using WrittenFiles = QMap<QString, WrittenFile>;
// Writes the files of a version into `folder`, the publisher's temporary folder (plain names,
// each created exclusively and synced, as writeDurably does), and says what it wrote; an error
// ends the publishing, and the folder is removed.
using VersionWriter = std::function<Result<WrittenFiles>(const QString& folder)>;
// Publishes what `write` writes as the next version of `model` in the registry `root`, as
// Registry::publish() publishes its files: the same checks of the names (after writing), the same
// VERSION.json and manifest (from the digests given), the same atomic rename.
Result<ModelVersion> publishVersion(const QString& root, const QString& model, const VersionWriter& write);
// The error for a file of a version that could not be written: nothing was published.
Error publishWriteFailed(const QString& model, const QString& path, int error);

// --- RegistryFiles.cpp: manifests and version records ---

// One line of a manifest.
struct ManifestLine
{
    QString name;
    QByteArray digest; // 64 lowercase hex digits
};
// The lines of a manifest; each malformed line, name given twice or name that cannot be a file
// of a version adds a problem naming its line.
QList<ManifestLine> parseManifest(const QByteArray& text, QStringList& problems);
// The manifest of files (file name -> SHA-256 in hex), in sha256sum's text format.
QByteArray makeManifest(const QMap<QString, QByteArray>& digests);

// What VERSION.json says; sizes of -1 and an invalid time where it says nothing usable.
struct VersionRecord
{
    QDateTime published;
    QMap<QString, qint64> sizes;
};
VersionRecord parseVersionRecord(const QByteArray& text);

// Receives the bytes of the listed files of a version while checkVersionFolder() reads and hashes
// them, so that a copy reads and hashes each file once. A file that does not match the manifest
// is reported among the problems; a sink that fails returns false, which ends the check.
class VersionSink
{
public:
    virtual ~VersionSink() = default;
    // Before the first bytes of the listed file `name`.
    virtual bool begin(const QString& name) = 0;
    virtual bool write(QByteArrayView bytes) = 0;
    // After the last bytes, once the file matched its line of the manifest (`digest`: 64
    // lowercase hex digits, `size`: the bytes read).
    virtual bool end(const QByteArray& digest, qint64 size) = 0;
};

// Every problem of version `version` of `model` in the registry `root`. Each file of `wanted`
// that is listed and whose content matches the manifest (or the manifest itself) goes with its
// bytes into `contents`, so that the bytes served are the bytes checked, and one check serves
// several files. A file larger than its cap, or of another size than VERSION.json (itself
// checked against the manifest) recorded, is reported without being read. With a `sink`, every
// listed file's bytes also go to it as they are read.
QStringList checkVersionFolder(const QString& root, const QString& model, int version,
                               const QStringList& wanted = {},
                               QMap<QString, QByteArray>* contents = nullptr,
                               VersionSink* sink = nullptr);
// The error for a version that fails checkVersionFolder(): `message`, the problems, and what
// to do.
Error failedCheck(const QString& message, const QString& path, const QStringList& problems);

// --- RegistryHistory.cpp ---

inline const QString kHistoryFolder = QStringLiteral("history");
QString historyEntryName(int sequence); // 000001.json
// The sequence number of a history file name, 0 for any other name.
int historyEntryNumber(const QString& name);
// The entry `sequence` from the bytes of its file, or why it is not one.
std::optional<HistoryEntry> parseHistoryEntry(const QByteArray& text, int sequence, QString& why);
// The stage of every version after replaying `history` in order (and, when `aliases` is given,
// the version of every alias). An entry that moves a version from another stage than the one it
// is in, that leaves two versions in Production, or that moves an alias from another version
// than the one it points to, makes the history contradictory: then nothing, `why` says what
// contradicts and `sequence` which entry.
std::optional<QMap<int, Stage>> replayHistory(const QList<HistoryEntry>& history, QString& why,
                                              int& sequence, QMap<QString, int>* aliases = nullptr);

// Writes the entry that `decide` makes of the history as it is now under the next sequence
// number, reading the history again and deciding anew whenever another writer took that number
// first. `decide` returns the changes (the sequence is set here) or an error that ends the
// attempt. `refused` starts every message ("Version 2 of model "churn" was not moved to
// Production"). The history folder is created when needed, and never written through a link.
Result<HistoryEntry> appendHistoryEntry(
    const QString& root, const QString& model, const QString& refused,
    const std::function<Result<HistoryEntry>(const QList<HistoryEntry>&)>& decide);
// Writes each change of a history entry just written to the registry's audit log
// (RegistryAudit.cpp).
void auditHistoryEntry(const QString& root, const QString& model, const HistoryEntry& entry);
// The problem with a reason for the history (required, one line, at most
// Registry::kMaxReasonLength characters) as a sentence after `refused`, or empty.
QString reasonProblem(const QString& refused, const QString& reason);

// --- RegistryAliases.cpp ---

// An alias change as a history entry writes it, and read back (nothing, and why, when it is not
// one: an invalid alias name, versions or time, or no move at all).
QJsonObject aliasChangeToJson(const AliasChange& change);
std::optional<AliasChange> parseAliasChange(const QJsonObject& object, QString& why);
// Applies `change` to `aliases`, or says why it contradicts them.
bool replayAliasChange(const AliasChange& change, QMap<QString, int>& aliases, QString& why);

// Every entry of the stage history of `model` in the registry `root`, in order (none when
// nothing was ever promoted); an entry that is missing, unreadable, malformed or that
// contradicts the entries before it is an error naming it.
Result<QList<HistoryEntry>> readHistory(const QString& root, const QString& model);

// --- RegistryLeftovers.cpp ---

// A publisher holds an exclusive lock on "<temporary folder>.lock" while it writes the
// temporary folder; the lock goes with the process, however it ends.
QString publishingLockName(const QString& temporaryFolder);
// The lock of one publisher: "<temporary folder>.lock", created exclusively and locked
// (flock). Unlocked and removed when it goes. On a file system without locks the file is removed
// at once, so that no cleanup can mistake the temporary folder for a leftover; such a folder
// stays when its publisher is killed.
class PublishingLock
{
public:
    // `error` is 0, EAGAIN when a cleanup of leftovers got to the file first (try again under
    // another name), or the errno value of creating the file.
    PublishingLock(const QString& path, int& error);
    ~PublishingLock();
    PublishingLock(const PublishingLock&) = delete;
    PublishingLock& operator=(const PublishingLock&) = delete;

private:
    QString m_path;
    Descriptor m_file;
    bool m_locked = false;
};
bool isPublishingFolder(const QString& name); // .publishing-*
bool isPublishingLock(const QString& name);   // .publishing-*.lock
// Removes, in the model folder `folder`, the temporary folders and lock files of publishers
// that are gone (their lock can be taken), and the model folder itself when that leaves it
// empty. Returns the names removed.
QStringList removeAbandonedPublishing(const QString& folder);

} // namespace grove::registry_detail
