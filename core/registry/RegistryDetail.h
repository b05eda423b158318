#pragma once

// Helpers shared by the files of the registry: Registry.cpp (publishing and reading versions),
// RegistryFiles.cpp (durable file operations, manifests), RegistryHistory.cpp (stage history)
// and RegistryNames.cpp (name rules). Not part of the public API.

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/registry/Registry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace grove::registry_detail {

inline const QString kManifest = QStringLiteral("MANIFEST.sha256");
inline const QString kRecord = QStringLiteral("VERSION.json");
inline constexpr int kFormat = 1;          // of VERSION.json and of the history entries
inline constexpr int kMaxAttempts = 10000; // numbers taken by others before giving up

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
bool isFolder(const QString& path);
// Syncs a folder so that the names created in it survive a crash. Best effort: some file
// systems refuse to sync a folder, and the files themselves are synced already.
void syncFolder(const QString& path);
// Creates `path` exclusively, writes `bytes`, syncs, and makes the file read-only (best effort).
// Returns 0 or the errno value; a file this call created is removed again on failure.
int writeDurably(const QString& path, QByteArrayView bytes);
// Reads a manifest, a record or a history entry: a regular file of at most 4 MiB, not a link.
// Returns 0 or an errno value (EFBIG for a larger file).
int readSmallFile(const QString& path, QByteArray& content);

// --- RegistryFiles.cpp: manifests ---

// The manifest of `files` (file name -> bytes), in sha256sum's text format.
QByteArray makeManifest(const QMap<QString, QByteArray>& files);
// Every problem of the version folder at `path`. When `wanted` names a listed file whose
// content matches the manifest (or the manifest itself), its bytes go to `content`, so that the
// bytes served are the bytes checked.
QStringList checkVersionFolder(const QString& path, const QString& wanted = {},
                               std::optional<QByteArray>* content = nullptr);
// The error for a version that fails checkVersionFolder(): `message`, the problems, and what
// to do.
Error failedCheck(const QString& message, const QString& path, const QStringList& problems);

// --- RegistryNames.cpp ---

// --- RegistryHistory.cpp ---

// Every entry of the stage history of the model in `modelFolder`, in order (none when nothing
// was ever promoted); an entry that is missing, unreadable or malformed is an error naming it.
Result<QList<HistoryEntry>> readHistory(const QString& modelFolder, const QString& model);

} // namespace grove::registry_detail
