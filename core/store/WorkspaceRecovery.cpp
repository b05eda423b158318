#include "core/store/WorkspaceRecovery.h"

#include "core/common/Process.h"
#include "core/common/SafeText.h"
#include "core/common/Sha256.h"
#include "core/data/Snapshot.h"
#include "core/model/SweepDefinition.h"
#include "core/store/Database.h"
#include "core/store/DatasetStore.h"
#include "core/store/RunFile.h"
#include "core/store/RunStore.h"
#include "core/store/Schema.h"
#include "core/store/SweepFile.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <map>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

// SQLite's NOCASE, which the names of datasets and sweeps use: only A to Z fold.
QString foldedName(const QString& name)
{
    QString folded = name;
    for (QChar& c : folded) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return folded;
}


struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::WorkspaceRecovery)
};

const QString kDatabaseName = u"grove.db"_s;
const QStringList kDatabaseSuffixes = {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s};

QString native(const QString& path) { return QDir::toNativeSeparators(path); }
QString json(const QJsonObject& object) { return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)); }
QString timestamp(const QDateTime& time) { return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString(); }

// Opens and passes SQLite's quick check, with Grove's tables.
bool isUsable(const QString& path)
{
    auto database = Database::openReadOnly(path);
    if (!database)
        return false;
    auto version = database->userVersion();
    auto check = database->prepare(u"PRAGMA quick_check"_s);
    if (!version || *version < 1 || !check || !check->step().ok() || check->text(0) != u"ok"_s)
        return false;
    auto runs = database->prepare(u"SELECT count(*) FROM runs"_s);
    return runs && runs->step().ok();
}

struct FoundSnapshot
{
    QString contentHash;
    QString fileName;
    qint64 rows = 0;
    qint64 columns = 0;
    qint64 sizeBytes = 0;
    QDateTime modified;
};

QList<FoundSnapshot> findSnapshots(const QString& folder, QStringList& problems)
{
    QList<FoundSnapshot> found;
    const QFileInfoList files = QDir(folder).entryInfoList({u"*"_s + QString::fromLatin1(Snapshot::kExtension)},
                                                           QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        auto snapshot = Snapshot::open(file.absoluteFilePath());
        Status verified = snapshot ? snapshot->verify() : Status(snapshot.error());
        if (!verified) {
            problems << Text::tr("datasets/%1 was not recovered: %2").arg(file.fileName(), verified.error().message);
            continue;
        }
        if (file.completeBaseName() != snapshot->contentHash()) {
            problems << Text::tr("datasets/%1 was not recovered: its content has the hash %2, not the one its name says.")
                            .arg(file.fileName(), snapshot->contentHash());
            continue;
        }
        found << FoundSnapshot{snapshot->contentHash(), file.fileName(), snapshot->rows(), qint64(snapshot->columnCount()),
                               file.size(), file.lastModified().toUTC()};
    }
    return found;
}

QList<RunFileContents> findRuns(const QString& folder, QStringList& problems)
{
    QList<RunFileContents> runs;
    for (const QString& name : QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isNumber = false;
        const qint64 id = name.toLongLong(&isNumber);
        if (!isNumber || id <= 0)
            continue;
        const QString path = QDir(folder).filePath(name + u"/run.json"_s);
        if (!QFileInfo::exists(path)) {
            problems << Text::tr("runs/%1 was not recovered: it has no run.json (it was made by an older Grove, or "
                                 "its run was never recorded).")
                            .arg(name);
            continue;
        }
        auto contents = readRunFile(path);
        if (!contents) {
            problems << Text::tr("runs/%1 was not recovered: its run.json is %2.").arg(name, contents.error().message);
            continue;
        }
        if (contents->record.id != id) {
            problems << Text::tr("runs/%1 was not recovered: its run.json is the record of run %2.")
                            .arg(name)
                            .arg(contents->record.id);
            continue;
        }
        runs << std::move(contents.value());
    }
    std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.record.id < b.record.id; });
    return runs;
}

// The datasets a run was trained and validated on, as its record names them.
QList<DatasetLineage> datasetsOfRun(const RunRecord& run)
{
    QList<DatasetLineage> datasets{run.setup.data.dataset};
    if (run.setup.data.validDataset)
        datasets << *run.setup.data.validDataset;
    return datasets;
}

// Ids and names for the snapshots: those that runs recorded (the newest run's name wins) where
// they do not collide, made up otherwise.
QList<RecoveredDataset> nameDatasets(const QList<FoundSnapshot>& snapshots, const QList<RunFileContents>& runs)
{
    QSet<QString> present;
    for (const FoundSnapshot& snapshot : snapshots)
        present.insert(snapshot.contentHash);
    std::map<QString, DatasetLineage> recorded; // content hash -> {id, name}
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        for (const DatasetLineage& dataset : datasetsOfRun(run->record))
            recorded.try_emplace(dataset.contentHash, dataset);
    }
    QList<RecoveredDataset> datasets;
    QSet<qint64> ids;
    QSet<QString> names;
    for (const FoundSnapshot& snapshot : snapshots) {
        RecoveredDataset dataset{0, {}, snapshot.contentHash, false};
        if (auto it = recorded.find(snapshot.contentHash); it != recorded.end()) {
            const qint64 id = it->second.id;
            const QString name = it->second.name.trimmed();
            if (id > 0 && !ids.contains(id)) {
                dataset.id = id;
                ids.insert(id);
            }
            if (DatasetStore::validateName(name).isEmpty() && !names.contains(foldedName(name))) {
                dataset.name = name;
                dataset.nameFromRuns = true;
                names.insert(foldedName(name));
            }
        }
        datasets << dataset;
    }
    qint64 next = ids.isEmpty() ? 1 : *std::max_element(ids.cbegin(), ids.cend()) + 1;
    for (RecoveredDataset& dataset : datasets) {
        if (dataset.id == 0)
            dataset.id = next++;
        for (int suffix = 1; dataset.name.isEmpty(); ++suffix) {
            const QString name = u"recovered-"_s + dataset.contentHash.left(12) + (suffix > 1 ? u"-%1"_s.arg(suffix) : QString());
            if (!names.contains(foldedName(name))) {
                dataset.name = name;
                names.insert(foldedName(name));
            }
        }
    }
    return datasets;
}

Status insertDataset(Database& database, const RecoveredDataset& dataset, const FoundSnapshot& snapshot)
{
    auto statement = database.prepare(
        u"INSERT INTO datasets (id, name, content_hash, row_count, column_count, snapshot, size_bytes, source_path, "
        "source_format, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?, ?)"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, dataset.id)
        .bind(2, dataset.name)
        .bind(3, dataset.contentHash)
        .bind(4, snapshot.rows)
        .bind(5, snapshot.columns)
        .bind(6, snapshot.fileName)
        .bind(7, snapshot.sizeBytes)
        .bind(8, timestamp(snapshot.modified))
        .bind(9, currentUserName());
    return statement->run();
}

// Points the run's configuration at the datasets' ids in the rebuilt database.
void repointDatasets(RunRecord& run, qint64 trainId, std::optional<qint64> validId)
{
    run.setup.config.dataset = QString::number(trainId);
    run.setup.data.dataset.id = trainId;
    if (validId) {
        if (run.setup.config.validation.kind == ValidationKind::Dataset)
            run.setup.config.validation.dataset = QString::number(*validId);
        if (run.setup.data.validDataset)
            run.setup.data.validDataset->id = *validId;
    }
    run.datasetId = trainId;
    run.validDatasetId = validId;
}

Status insertRun(Database& database, const RunRecord& r, qint64 experimentId)
{
    auto statement = database.prepare(
        u"INSERT INTO runs (id, experiment_id, dataset_id, valid_dataset_id, status, created_at, started_at, finished_at, "
        "heartbeat_at, user, host, process, config, environment, rounds_done, rounds_total, best_iteration, final_metrics, "
        "best_metrics, importance, model_sha256, message, reproduced_from, note, deleted_at, decision) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement)
        return statement.error();
    auto optionalText = [&](int index, const QString& text) {
        if (text.isEmpty())
            statement->bindNull(index);
        else
            statement->bind(index, text);
    };
    statement->bind(1, r.id).bind(2, experimentId).bind(3, r.datasetId);
    if (r.validDatasetId)
        statement->bind(4, *r.validDatasetId);
    else
        statement->bindNull(4);
    statement->bind(5, runStatusKey(r.status)).bind(6, timestamp(r.createdAt.isValid() ? r.createdAt : r.startedAt));
    optionalText(7, timestamp(r.startedAt));
    optionalText(8, timestamp(r.finishedAt));
    optionalText(9, timestamp(r.heartbeatAt));
    statement->bind(10, r.user)
        .bind(11, r.host)
        .bind(12, r.process)
        .bind(13, json(r.setup.toJson()))
        .bind(14, json(r.environment))
        .bind(15, r.roundsDone)
        .bind(16, r.roundsTotal);
    if (r.bestIteration)
        statement->bind(17, *r.bestIteration);
    else
        statement->bindNull(17);
    statement->bind(18, json(r.finalMetrics)).bind(19, json(r.bestMetrics)).bind(20, json(r.importance));
    optionalText(21, r.modelSha256);
    statement->bind(22, r.message);
    if (r.reproducedFrom)
        statement->bind(23, *r.reproducedFrom);
    else
        statement->bindNull(23);
    statement->bind(24, r.note);
    optionalText(25, timestamp(r.deletedAt));
    statement->bind(26, json(r.decision.toJson()));
    return statement->run();
}

QString fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            return {};
        hash.addData(chunk);
    }
    return QString::fromLatin1(hash.result().toHex());
}

// A run whose record says it ended well must have the model it trained; one that had not ended
// when its record was last written ended without saying so.
void settleStatus(RunRecord& run, const QString& runFolder, RecoveryReport& report)
{
    if (isActive(run.status)) {
        run.status = RunStatus::Interrupted;
        run.message = Text::tr("Recovered from run.json: the run had not ended when its record was last saved.");
        if (!run.finishedAt.isValid())
            run.finishedAt = run.heartbeatAt.isValid() ? run.heartbeatAt : run.createdAt;
        report.interruptedRuns << run.id;
        return;
    }
    if (run.status == RunStatus::Finished && fileSha256(QDir(runFolder).filePath(u"model.ubj"_s)) != run.modelSha256) {
        run.status = RunStatus::Failed;
        run.message = Text::tr("Recovered without its model: model.ubj is missing or is not the file this run trained.");
        report.problems << Text::tr("Run %1 was recovered as failed: its model.ubj is missing or differs from the one it "
                                    "trained.")
                               .arg(run.id);
    }
}

// Whether `run` is the run a sweep's trial names: one of the sweep's runs (their experiment is
// the sweep's name), trained with the trial's values of the searched parameters. A run id the
// trials file names may since have gone to another run (the trash was emptied, the id reused).
bool isTrialRun(const RunRecord& run, const SweepRecord& sweep, const SweepTrial& trial)
{
    if (run.experiment != sweep.name)
        return false;
    for (auto it = trial.params.begin(); it != trial.params.end(); ++it) {
        const QJsonValue stored = run.setup.setting(QString(u"params."_s + it.key()));
        const QJsonValue wanted = it.value();
        const bool same = wanted.isDouble() ? (stored.isDouble() && stored.toDouble() == wanted.toDouble()) ||
                                                  (stored.isString() && stored.toString().toDouble() == wanted.toDouble())
                                            : stored.toVariant().toString() == wanted.toVariant().toString();
        if (!same)
            return false;
    }
    return true;
}

// The sweeps from their own records (sweeps/<id>.json and <id>.trials.jsonl). A sweep that was
// running is stopped (resume continues it); a trial that does not fit its definition is left
// out, one whose run was not recovered (or is not its run) loses the link to it, and one that
// was being trained is stopped, as the runs are interrupted.
void recoverSweeps(Database& database, const QString& directory, const std::map<qint64, const RunRecord*>& runs,
                   RecoveryReport& report)
{
    const QDir folder(QDir(directory).filePath(u"sweeps"_s));
    std::map<qint64, QString> files;
    for (const QString& name : folder.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        bool isNumber = false;
        const qint64 id = name.chopped(5).toLongLong(&isNumber);
        if (isNumber && id > 0 && name == u"%1.json"_s.arg(id))
            files.emplace(id, name);
    }
    SweepStore store(database);
    QSet<QString> taken;
    for (const auto& [id, name] : files) {
        auto contents = readSweepFiles(directory, id);
        auto refuse = [&, name = name](const QString& why) {
            report.problems << Text::tr("sweeps/%1 was not recovered: %2.").arg(name, why);
        };
        if (!contents) {
            refuse(contents.error().message);
            continue;
        }
        SweepRecord& sweep = contents->record;
        if (sweep.id != id) {
            refuse(Text::tr("it is the record of sweep %1").arg(sweep.id));
            continue;
        }
        auto definition = SweepDefinition::fromJson(sweep.definition, SweepDefinition::kAnyCores);
        if (!definition) {
            refuse(Text::tr("its definition cannot be read (%1)").arg(definition.error().message));
            continue;
        }
        if (definition->name != sweep.name || taken.contains(foldedName(sweep.name))) {
            refuse(Text::tr("its name \"%1\" is not its definition's, or another sweep has it").arg(escapeUnsafeText(sweep.name)));
            continue;
        }
        if (sweep.status == u"running"_s)
            sweep.status = u"stopped"_s;
        // A line that does not fit is left out before the last line of each trial is taken, so
        // that a damaged line does not hide the trial's state before it.
        std::vector<SweepTrial> fitting;
        for (SweepTrial& trial : contents->lines) {
            const bool fits = trial.point.size() == definition->space.size() && trial.trial < definition->trials &&
                              trial.repeat < definition->repeats &&
                              (definition->strategy == SweepStrategy::Halving || trial.rung == 0);
            if (!fits) {
                report.problems << Text::tr("sweeps/%1: a line of trial %2 (repeat %3) was left out: it does not fit "
                                            "the sweep's definition.")
                                       .arg(name)
                                       .arg(trial.trial)
                                       .arg(trial.repeat); // from 0, as sweep-show numbers them
                continue;
            }
            fitting.push_back(std::move(trial));
        }
        std::vector<SweepTrial> trials = latestTrials(fitting);
        for (SweepTrial& trial : trials) {
            if (trial.runId) {
                const auto run = runs.find(*trial.runId);
                if (run == runs.end() || !isTrialRun(*run->second, sweep, trial))
                    trial.runId.reset();
            }
            if (trial.inProgress())
                trial.status = u"stopped"_s;
        }
        for (const QString& problem : contents->problems)
            report.problems << Text::tr("sweeps/%1: %2").arg(name, problem);
        if (auto status = store.restore(sweep, trials); !status) {
            refuse(status.error().message);
            continue;
        }
        taken.insert(foldedName(sweep.name));
        report.sweeps << id;
    }
}

Status rebuild(Database& database, const QString& directory, RecoveryReport& report)
{
    const QList<FoundSnapshot> snapshots = findSnapshots(QDir(directory).filePath(u"datasets"_s), report.problems);
    const QString runsFolder = QDir(directory).filePath(u"runs"_s);
    QList<RunFileContents> runs = findRuns(runsFolder, report.problems);

    const QList<RecoveredDataset> datasets = nameDatasets(snapshots, runs);
    QHash<QString, qint64> idOfHash;
    for (qsizetype i = 0; i < datasets.size(); ++i) {
        if (auto status = insertDataset(database, datasets[i], snapshots[i]); !status)
            return status;
        idOfHash.insert(datasets[i].contentHash, datasets[i].id);
    }
    report.datasets = datasets;

    RunStore store(database);
    QSet<qint64> recovered;
    std::map<qint64, const RunRecord*> recoveredRuns;
    for (RunFileContents& contents : runs) {
        RunRecord& run = contents.record;
        if (!run.setup.problem.isEmpty()) {
            report.problems << Text::tr("Run %1 was not recovered: its configuration cannot be read (%2).")
                                   .arg(run.id)
                                   .arg(run.setup.problem);
            continue;
        }
        const QList<DatasetLineage> used = datasetsOfRun(run);
        QList<qint64> ids;
        for (const DatasetLineage& dataset : used) {
            const QString& hash = dataset.contentHash;
            if (!idOfHash.contains(hash))
                break;
            ids << idOfHash.value(hash);
        }
        if (ids.size() != used.size()) {
            report.problems << Text::tr("Run %1 was not recovered: a dataset it used has no usable snapshot in datasets/.")
                                   .arg(run.id);
            continue;
        }
        repointDatasets(run, ids.front(), ids.size() > 1 ? std::optional<qint64>(ids[1]) : std::nullopt);
        if (run.reproducedFrom && !recovered.contains(*run.reproducedFrom))
            run.reproducedFrom.reset();
        settleStatus(run, QDir(runsFolder).filePath(QString::number(run.id)), report);
        auto experiment = store.experimentId(run.experiment);
        if (!experiment)
            return experiment.error();
        if (auto status = insertRun(database, run, *experiment); !status)
            return status;
        if (auto status = store.saveHistory(run.id, contents.history); !status)
            return status;
        if (!run.tags.isEmpty()) {
            if (auto status = store.setTags(run.id, run.tags); !status)
                report.problems << Text::tr("The tags of run %1 were not recovered: %2").arg(run.id).arg(status.error().message);
        }
        recovered.insert(run.id);
        recoveredRuns.emplace(run.id, &run);
        report.runs << run.id;
    }
    recoverSweeps(database, directory, recoveredRuns, report);
    return {};
}

// Returns once the database is closed: closing the last connection folds the WAL into the file.
Status build(const QString& path, const QString& directory, RecoveryReport& report)
{
    auto database = Database::open(path);
    if (!database)
        return database.error();
    if (auto status = migrate(*database, schemaMigrations()); !status)
        return status;
    return rebuild(*database, directory, report);
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : kDatabaseSuffixes)
        QFile::remove(path + suffix);
}

} // namespace

Result<RecoveryReport> recoverWorkspace(const QString& directory, const RecoveryOptions& options)
{
    const QString absolute = QDir::cleanPath(QDir(directory).absolutePath());
    const QDir folder(absolute);
    if (!folder.exists(u"datasets"_s) && !folder.exists(u"runs"_s))
        return Error::notFound(Text::tr("%1 has no datasets or runs folder: there is nothing to recover a workspace from.")
                                   .arg(native(absolute)));
    if (::access(QFile::encodeName(absolute).constData(), W_OK) != 0)
        return Error::io(Text::tr("Cannot recover the workspace %1: the folder cannot be written.").arg(native(absolute)));
    const QString databasePath = folder.filePath(kDatabaseName);
    if (QFileInfo(databasePath).size() > 0 && !options.replaceUsableDatabase && isUsable(databasePath))
        return Error::conflict(Text::tr("The database of %1 is usable, so there is nothing to recover. To rebuild it from "
                                        "the folders anyway, add --force (the current grove.db is kept as "
                                        "grove.db.damaged-<time>).")
                                   .arg(native(absolute)));

    RecoveryReport report;
    report.directory = absolute;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    if (QFileInfo::exists(databasePath) || QFileInfo::exists(databasePath + u"-wal"_s))
        report.keptDatabase = databasePath + u".damaged-"_s + stamp;

    // Built beside the old database and put in place only when complete: an interrupted
    // recovery leaves the workspace as it found it.
    const QString building = databasePath + u".recovering"_s;
    removeDatabaseFiles(building);
    if (auto status = build(building, absolute, report); !status) {
        removeDatabaseFiles(building);
        return status.error();
    }

    if (!report.keptDatabase.isEmpty()) {
        for (const QString& suffix : kDatabaseSuffixes) {
            if (!QFileInfo::exists(databasePath + suffix))
                continue;
            if (!QFile::rename(databasePath + suffix, report.keptDatabase + suffix))
                return Error::io(Text::tr("Cannot move %1 aside to %2; the workspace was not changed.")
                                     .arg(native(databasePath + suffix), native(report.keptDatabase + suffix)));
        }
    }
    if (!QFile::rename(building, databasePath))
        return Error::io(Text::tr("Cannot put the rebuilt database %1 in place of %2.").arg(native(building), native(databasePath)));

    // Recorded as soon as the rebuilt database is in place: a recovery that failed before is not
    // one, and one that got this far is, whatever fails after.
    {
        auto database = Database::open(databasePath);
        auto recorded = database ? recordEvent(*database, u"workspace.recovered"_s, u"workspace"_s,
                                               json({{u"datasets"_s, qint64(report.datasets.size())},
                                                     {u"runs"_s, qint64(report.runs.size())},
                                                     {u"sweeps"_s, qint64(report.sweeps.size())},
                                                     {u"kept_database"_s, report.keptDatabase},
                                                     {u"problems"_s, qint64(report.problems.size())}}))
                                 : Status(database.error());
        if (!recorded)
            report.problems << recorded.error().message;
    }
    // The runs whose status recovery settled say so in their own records too.
    auto workspace = Workspace::openOrCreate(absolute);
    if (!workspace)
        return workspace.error();
    for (qint64 id : report.runs)
        (void)writeRunFile(*workspace, id);
    for (qint64 id : report.sweeps)
        (void)writeSweepFile(*workspace, id, true); // the trials as recovered: without stale run ids
    return report;
}

} // namespace grove
