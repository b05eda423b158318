#pragma once

#include "core/common/Result.h"
#include "core/model/RunRecord.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QString>

#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace grove {

// A run's JSON columns (configuration, environment, metrics, importance) as stored, in UTF-8:
// a list of thousands of runs shows few of them, so it parses them when they are needed.
struct RunDocuments
{
    QByteArray config, environment, finalMetrics, bestMetrics, importance;
};
// Fills the record's JSON fields from the stored text.
void parseRunDocuments(RunRecord& run, const RunDocuments& documents);

// The runs of a list as read from the store, their JSON columns not parsed yet.
struct RunListing
{
    QList<RunRecord> runs;               // in id order; config, metrics and the like are empty
    std::vector<RunDocuments> documents; // documents[i] belongs to runs[i]
    QHash<qint64, quint64> fingerprints; // as RunStore::fingerprints() gives them
};

struct StoredSeries
{
    QString split;
    QString metric;
    int fold = -1;
    std::vector<double> values;
};

// The runs and experiments tables and the metric histories.
class RunStore
{
public:
    explicit RunStore(Database& database) : m_database(database) {}

    Result<qint64> experimentId(const QString& name); // created on demand
    Result<QStringList> experiments();

    // Records a new run. `claimId` is called inside the transaction with the next free id of the
    // table and returns the id to use (see Workspace::claimRunDirectory), or an error.
    Result<qint64> create(RunRecord record, const std::function<Result<qint64>(qint64)>& claimId = {});
    Status markRunning(qint64 id, const QString& process);
    Status heartbeat(qint64 id, int roundsDone);
    Status saveHistory(qint64 id, const std::vector<StoredSeries>& history);
    // Ends a run: status, message, and for finished runs the results.
    Status finish(qint64 id, RunStatus status, const QString& message, const RunRecord* results = nullptr);

    Result<std::optional<RunRecord>> byId(qint64 id);
    Result<RunRecord> find(const QString& reference); // an id, "#id" or "run-id"
    enum class Trash { Exclude, Only, Include };
    // Runs in id order; runs in the trash only when asked for.
    Result<QList<RunRecord>> list(const QString& experiment = {}, Trash trash = Trash::Exclude);
    // Every run not in the trash, as list() reads them but without parsing their JSON columns,
    // and with their fingerprints, all from one query: what a runs list needs to show its rows.
    Result<RunListing> listUnparsed();

    // Replaces the run's tags (trimmed, without duplicates; a tag has no spaces or commas).
    Status setTags(qint64 id, const QStringList& tags);
    Status setNote(qint64 id, const QString& note);
    // The decision threshold (and costs) chosen for a binary run; refused when out of range.
    Status setDecision(qint64 id, const RunDecision& decision);
    // The trash keeps a run, with its files, until it is restored or emptied.
    Status moveToTrash(qint64 id);
    Status restoreFromTrash(qint64 id);
    // Deletes the records of runs in the trash for good (their history and tags too); a run
    // reproduced from one of them keeps its own record. Returns the ids deleted.
    Result<QList<qint64>> emptyTrash();
    // Empty when the tag is acceptable, else why not.
    static QString validateTag(const QString& tag);
    // The same for a note: several lines are fine, other control characters are not.
    static QString validateNote(const QString& note);
    Result<std::vector<StoredSeries>> history(qint64 id);
    Result<qint64> runsUsingDataset(qint64 datasetId);
    // Changes whenever another connection (another process, or a training thread) has committed
    // to the workspace since the last call on this connection: a cheap test before reloading.
    Result<qint64> externalChanges();
    // For every run not in the trash, a fingerprint of what a run list shows of it (status,
    // progress, times, note, tags), without reading configurations or metrics: comparing two
    // of these tells which runs to read again.
    Result<QHash<qint64, quint64>> fingerprints();

    // Runs left running or queued by a process that no longer exists become interrupted.
    // Returns the ids of those that changed.
    Result<QList<qint64>> recoverInterrupted();

private:
    Status select(const QString& experiment, Trash trash, RunListing& listing, bool withFingerprints);

    Database& m_database;
};

// listUnparsed() of the workspace in `directory`, for a pool thread. Connects only: never creates
// or migrates the workspace.
Result<RunListing> listRunsUnparsed(const QString& directory);

} // namespace grove
