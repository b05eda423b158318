#pragma once

#include "core/common/AuditLog.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace grove {

// The lifecycle stage of a model version. Every version starts at None.
enum class Stage
{
    None,
    Staging,
    Production,
    Archived
};

// "None", "Staging", "Production", "Archived": the names written in the history files.
QString stageKey(Stage stage);
// The stage named by `key`, without regard to case; nothing for an unknown name.
std::optional<Stage> stageFromKey(const QString& key);

// One version moving from one stage to another.
struct StageChange
{
    int version = 0;
    Stage from = Stage::None, to = Stage::None;
    QString reason, user, host;
    QDateTime time; // UTC
};

// One alias of a model being set (from 0), moved, or removed (to 0).
struct AliasChange
{
    QString alias;
    int from = 0, to = 0; // the versions it pointed to before and after; 0: none
    QString reason, user, host;
    QDateTime time; // UTC
};

// One file of the history. A promotion to Production that archives the previous Production
// version holds both changes, so that both are recorded or neither is. An entry written by
// setAlias() or removeAlias() holds one alias change and no stage change.
struct HistoryEntry
{
    int sequence = 0; // 1, 2, 3... with no gaps
    QList<StageChange> changes;
    QList<AliasChange> aliasChanges;
};

struct ModelVersion
{
    QString model;
    int version = 0;
    QString path;              // absolute path of <root>/<model>/<version>
    Stage stage = Stage::None; // derived from the history
    QDateTime published;       // UTC, from VERSION.json; invalid when that cannot be read
    QStringList aliases;       // derived from the history, sorted
};

struct VersionCheck
{
    bool ok = false;
    // One sentence per problem, each starting with the file concerned, e.g. "model.ubj: its
    // SHA-256 differs from MANIFEST.sha256 (the file was changed after publishing)".
    QStringList problems;
};

// A shared registry folder: immutable model versions with checksums and an append-only stage
// history, written by several people at once, possibly over a network share. There is no
// database, and no guarantee rests on a lock (publishers lock a file only so that their
// leftovers can be told from busy ones); every guarantee rests on operations the file system
// does atomically (rename without replacing, link, create exclusively).
//
//   <root>/<model>/<N>/            a version: the published files, VERSION.json (when and where
//                                  it was published, the file sizes) and MANIFEST.sha256 (in
//                                  sha256sum's format, so `sha256sum -c` works in the folder)
//   <root>/<model>/history/000001.json ...   one file per stage or alias change, never
//                                  rewritten: one JSON object, so a reason cannot forge another
//                                  change
//   <root>/.audit/00000001.json ...   the registry's hash-chained audit log (AuditLog): every
//                                  export, copy, promotion, alias move and drift check
//
// Names starting with '.publishing-' (a publisher's temporary folder and its lock file) and
// '.entry-' (a history entry being written) belong to writers that are busy or were killed;
// readers ignore them, and removeLeftovers() removes those whose publisher is gone.
//
// A shared folder is hostile input: below the registry folder nothing is read or written
// through a symbolic link (a linked model, version or history folder, or file, is reported as
// damaged), every file Grove parses has a size cap (RegistryDetail.h) and is read only after its
// size and SHA-256 matched, and the history is replayed entry by entry, so a forged entry is
// reported instead of making two Production versions.
//
// Model names: letters and digits (any script), '-', '_', '.', and spaces inside; not starting
// with '.', '-' or a space; not ending with '.' or a space; not a Windows device name (CON,
// NUL, COM1...); at most kMaxNameLength characters. Names that differ only by case are the same
// model on Windows and macOS shares, so publishing refuses a name that differs only by case from
// an existing model.
//
// Aliases: a model's free-form names for its versions (MLflow's aliases), each pointing to one
// version; a version may have several. Setting, moving and removing one is an entry of the same
// history, written and replayed like a stage change: the alias's version is what the replay
// gives, and an entry whose "from" differs from the replayed state is damage.
class Registry
{
public:
    static constexpr int kMaxNameLength = 64;
    static constexpr int kMaxReasonLength = 1000;

    explicit Registry(const QString& root);
    QString root() const; // absolute and clean
    // Whether the registry folder exists: false before the first publish, and for a share that
    // is not mounted, which callers may want to tell from an empty registry.
    bool exists() const;

    // The files every version holds besides the published ones; publish() refuses them.
    static QString manifestFileName(); // MANIFEST.sha256
    static QString recordFileName();   // VERSION.json
    // <root>/<model>/monitoring/: the drift checks' reports (core/services/DriftCheck), kept
    // outside the versions; verification leaves it alone.
    static QString monitoringFolderName();

    // Empty when acceptable, else why not and what to do.
    static QString validateModelName(const QString& name);
    // The same rules for the name of a file inside a version (at most 255 characters).
    static QString validateFileName(const QString& name);
    // The model name rules for an alias, which also may not be a number (it would read as a
    // version).
    static QString validateAliasName(const QString& name);

    // Publishes `files` (file name -> bytes; plain names, no folders) as the next version of
    // `model`, creating the registry folder and the model folder when needed. Everything is
    // written and synced in a hidden folder next to the versions, then renamed to <N> without
    // replacing anything, trying N+1 when another publisher took N: concurrent publishers never
    // get the same number and never lose a version, and readers never see half a version.
    // Published files are made read-only (best effort).
    Result<ModelVersion> publish(const QString& model, const QMap<QString, QByteArray>& files);

    // The models with at least one version, by name without regard to case; empty when the
    // registry folder does not exist (see exists()).
    Result<QStringList> models();
    // Ascending; NotFound for an unknown model. An error when the history cannot be read, since
    // the stages would be unknown.
    Result<QList<ModelVersion>> versions(const QString& model);
    Result<ModelVersion> version(const QString& model, int version);

    // Recomputes every file's SHA-256 against the manifest; also reports files missing from the
    // folder, files the manifest does not list, and a missing or malformed manifest.
    Result<VersionCheck> verify(const QString& model, int version);
    // The bytes of one file, only when the whole version verifies; otherwise an error naming
    // the problems. The bytes returned are the bytes that were checked.
    Result<QByteArray> readFile(const QString& model, int version, const QString& file);
    // The bytes of several files in one check of the version (a file the version does not list
    // is left out of the result).
    Result<QMap<QString, QByteArray>> readFiles(const QString& model, int version, const QStringList& files);
    // The error for a file a version does not list.
    Error missingFile(const QString& model, int version, const QString& file) const;

    // Every history entry of `model`, in order (empty when nothing was ever promoted). An entry
    // that cannot be read or parsed, or a missing entry, is an error naming the file.
    Result<QList<HistoryEntry>> history(const QString& model);
    // The stage of a version after replaying the history (None when never promoted).
    Result<Stage> stage(const QString& model, int version);
    // The stage of every version mentioned in `history`, after replaying it in order. history()
    // checks that every change starts from the stage its version is in, so this is the one
    // replay of a history it returned.
    static QMap<int, Stage> stagesAfter(const QList<HistoryEntry>& history);

    // Everything in the registry folder (or in the folder of `model`) that is not a model, a
    // version, a history entry or a busy writer's temporary file: links, files, folders with
    // other names, model folders without versions. One sentence per entry, starting with its
    // path relative to the registry folder.
    Result<QStringList> strayEntries(const QString& model = {}) const;
    // Removes the temporary folders of publishers that were killed (their lock can be taken)
    // and model folders left empty, in the whole registry or in `model`'s folder. Returns what
    // was removed, relative to the registry folder. Best effort: a read-only share is left as
    // it is.
    QStringList removeLeftovers(const QString& model = {});

    // Moves `version` to `to`, recording the reason (required, one line without control or
    // bidirectional formatting characters, at most kMaxReasonLength characters), the user (the login name when empty), the host and the UTC time. Promoting
    // to Production archives the current Production version in the same entry, so that a model
    // has at most one Production version. A version that fails verification is not promoted;
    // moving to None (withdrawing) is allowed. Concurrent promotions each get their own
    // sequence number: an entry is created under its final name only if no other writer took
    // it, and otherwise the history is read again and the change recomputed. Returns the entry
    // written; nothing is written on error. Error kinds: BadInput for the reason, NotFound for an
    // unknown model or version, Conflict when the version is already in `to`, Io for a version
    // that fails verification, a damaged history or a failed write.
    Result<HistoryEntry> promote(const QString& model, int version, Stage to, const QString& reason,
                                 const QString& user);

    // The aliases of `model` (alias -> version) after replaying its history.
    Result<QMap<QString, int>> aliases(const QString& model);
    static QMap<QString, int> aliasesAfter(const QList<HistoryEntry>& history);
    // The version `alias` points to; NotFound naming the alias and listing the model's aliases
    // when it has no such alias, Io when it points to a version that is not in the registry.
    Result<int> resolveAlias(const QString& model, const QString& alias);
    // Points `alias` at `version`, setting it or moving it from the version it points to now;
    // recorded like a promotion (reason, user, host, time), and written the same way: the entry
    // is created under its sequence number only if no other writer took it, and otherwise the
    // history is read again and the move recomputed, so that racing writers each record the move
    // from the version the alias really had. The version must verify. Error kinds as promote()'s;
    // Conflict when the alias points to `version` already, or when another alias of the model
    // differs from `alias` only by case.
    Result<HistoryEntry> setAlias(const QString& model, const QString& alias, int version,
                                  const QString& reason, const QString& user);
    // Removes `alias`; with `expected`, only while it points to that version (Conflict
    // otherwise). NotFound when the model has no such alias.
    Result<HistoryEntry> removeAlias(const QString& model, const QString& alias, const QString& reason,
                                     const QString& user, int expected = 0);
    // One sentence per alias of `model` that points to a version the registry does not have (a
    // forged entry, or a version deleted by hand), for `registry verify`.
    Result<QStringList> aliasProblems(const QString& model);

    // The registry's audit log (<root>/.audit). Every change this class makes (promote, alias
    // moves) is written to it; exports, copies and drift checks write theirs with audit().
    AuditLog auditLog() const;
    // Appends `change` to the audit log. The change itself is done already, so a log that cannot
    // be written is warned about (and returned) rather than undoing it.
    Status audit(const AuditChange& change) const;

private:
    QString modelPath(const QString& model) const;
    // The version numbers of `model`, ascending; an error for an invalid name, a missing
    // registry folder or a model without versions.
    Result<QList<int>> versionNumbers(const QString& model) const;
    // The folder of one version; NotFound when it does not exist.
    Result<QString> versionPath(const QString& model, int version) const;

    QString m_root;
};

} // namespace grove
