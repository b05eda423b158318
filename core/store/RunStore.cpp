#include "core/store/RunStore.h"

#include "core/common/HugePages.h"

#include "core/common/Process.h"
#include "core/common/SafeText.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#include <limits>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunStore)
};

const QString kColumns =
    u"r.id, r.experiment_id, e.name, r.dataset_id, r.valid_dataset_id, r.status, r.created_at, r.started_at, "
    "r.finished_at, r.heartbeat_at, r.user, r.host, r.process, r.config, r.environment, r.rounds_done, r.rounds_total, "
    "r.best_iteration, r.final_metrics, r.best_metrics, r.importance, r.model_sha256, r.message, r.reproduced_from, "
    "r.note, r.deleted_at, (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM run_tags t WHERE t.run_id = r.id ORDER BY tag)), "
    "r.decision"_s;
const QString kFrom = u"FROM runs r JOIN experiments e ON e.id = r.experiment_id"_s;

QDateTime parseTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}
// From the column's bytes: "2026-12-04T16:05:01.123Z", as storedTime() writes it, is read directly
// (a list of 10,000 runs reads 40,000 of these); anything else as parseTime(QString) reads it.
QDateTime parseTime(QByteArrayView text)
{
    if (text.isEmpty())
        return {};
    auto digits = [text](qsizetype at, qsizetype count) {
        int value = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    if (text.size() == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' &&
        text[19] == '.' && text[23] == 'Z') {
        const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
        const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2), ms = digits(20, 3);
        const QDate date(year, month, day);
        const QTime time(hour, minute, second, ms);
        if (std::min({year, month, day, hour, minute, second, ms}) >= 0 && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return parseTime(QString::fromUtf8(text));
}
QString json(const QJsonObject& object) { return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)); }
// From the column's UTF-8 bytes as stored (no round trip through QString): listing 10,000 runs
// parses 50,000 of these, and many are just "{}".
QJsonObject object(const QByteArray& utf8)
{
    if (utf8.isEmpty() || utf8 == "{}")
        return {};
    return QJsonDocument::fromJson(utf8).object();
}

// A JSON column's bytes; none for an empty object, which most runs store for some columns.
QByteArray document(const Statement& s, int column, PackedBytes* packed)
{
    const QByteArrayView bytes = s.bytes(column);
    if (bytes == "{}")
        return {};
    return packed ? packed->copy(bytes) : bytes.toByteArray();
}

// What reading thousands of rows shares between them: the JSON columns packed into large
// blocks, and the text the rows repeat (experiment, user, host, process) read once.
struct ListingMemory
{
    PackedBytes documents;
    struct Repeated
    {
        QByteArray bytes;
        QString text;
    };
    Repeated repeated[4];

    QString text(const Statement& s, int column, Repeated& last)
    {
        const QByteArrayView bytes = s.bytes(column);
        if (bytes != last.bytes || last.text.isNull()) {
            last.bytes = bytes.toByteArray();
            last.text = s.text(column);
        }
        return last.text;
    }
};

// The columns of kColumns that fingerprint() hashes.
enum FingerprintColumn { StatusColumn = 5, FinishedColumn = 8, HeartbeatColumn = 9, RoundsColumn = 15, NoteColumn = 24, TagsColumn = 26 };

// What a runs list shows of a run that can change (status, progress, times, note, tags), hashed from
// the row's stored bytes. The list query and fingerprints() both use it, so their values agree.
quint64 fingerprint(const Statement& s, int status, int rounds, int heartbeat, int finished, int note, int tags)
{
    QByteArray key;
    key.reserve(160);
    key.append(s.bytes(status)).append('|').append(QByteArray::number(s.integer(rounds))).append('|');
    key.append(s.bytes(heartbeat)).append('|').append(s.bytes(finished)).append('|');
    key.append(s.bytes(note)).append('|').append(s.bytes(tags));
    return qHash(key);
}

// Reads the row into a new record `r`; its JSON columns go to `documents` when given, else are
// parsed. `memory` is shared by the rows of one listing.
void readRun(const Statement& s, RunRecord& r, RunDocuments* documents = nullptr, ListingMemory* memory = nullptr)
{
    r.id = s.integer(0);
    r.experimentId = s.integer(1);
    auto text = [&](int column, int repeated) {
        return memory ? memory->text(s, column, memory->repeated[repeated]) : s.text(column);
    };
    PackedBytes* const packed = memory ? &memory->documents : nullptr;
    r.experiment = text(2, 0);
    r.datasetId = s.integer(3);
    if (!s.isNull(4))
        r.validDatasetId = s.integer(4);
    r.status = runStatusFromKey(s.text(5)).value_or(RunStatus::Failed);
    r.createdAt = parseTime(s.bytes(6));
    r.startedAt = parseTime(s.bytes(7));
    r.finishedAt = parseTime(s.bytes(8));
    r.heartbeatAt = parseTime(s.bytes(9));
    r.user = text(10, 1);
    r.host = text(11, 2);
    r.process = text(12, 3);
    RunDocuments parsedNow;
    RunDocuments& d = documents ? *documents : parsedNow;
    // The JSON columns stay as stored bytes (no round trip through QString).
    d.config = document(s, 13, packed);
    d.environment = document(s, 14, packed);
    r.roundsDone = int(s.integer(15));
    r.roundsTotal = int(s.integer(16));
    if (!s.isNull(17))
        r.bestIteration = int(s.integer(17));
    d.finalMetrics = document(s, 18, packed);
    d.bestMetrics = document(s, 19, packed);
    d.importance = document(s, 20, packed);
    r.modelSha256 = s.text(21);
    r.message = s.text(22);
    if (!s.isNull(23))
        r.reproducedFrom = s.integer(23);
    r.note = s.text(24);
    r.deletedAt = parseTime(s.bytes(25));
    if (!s.isNull(26))
        r.tags = s.text(26).split(QChar(31), Qt::SkipEmptyParts);
    if (const QByteArrayView decision = s.bytes(27); decision.size() > 2)
        r.decision = RunDecision::fromJson(QJsonDocument::fromJson(decision.toByteArray()).object());
    if (!documents)
        parseRunDocuments(r, d);
}

QByteArray packValues(const std::vector<double>& values)
{
    return QByteArray(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(double)));
}

// Straight from SQLite's copy of the column: one copy of the values, not two.
std::vector<double> unpackValues(QByteArrayView blob)
{
    std::vector<double> values(std::size_t(blob.size()) / sizeof(double));
    std::memcpy(values.data(), blob.constData(), values.size() * sizeof(double));
    return values;
}

} // namespace

void parseRunDocuments(RunRecord& r, const RunDocuments& d)
{
    r.setup = RunSetup::fromJson(object(d.config));
    r.environment = object(d.environment);
    r.finalMetrics = object(d.finalMetrics);
    r.bestMetrics = object(d.bestMetrics);
    r.importance = object(d.importance);
}

Result<qint64> RunStore::experimentId(const QString& name)
{
    const QString trimmed = name.trimmed().isEmpty() ? u"Default"_s : name.trimmed();
    auto insert = m_database.prepare(u"INSERT OR IGNORE INTO experiments (name, created_at) VALUES (?, ?)"_s);
    if (!insert)
        return insert.error();
    insert->bind(1, trimmed).bind(2, storedTime(QDateTime::currentDateTimeUtc()));
    if (auto status = insert->run(); !status)
        return status.error();
    auto select = m_database.prepare(u"SELECT id FROM experiments WHERE name = ?"_s);
    if (!select)
        return select.error();
    select->bind(1, trimmed);
    auto row = select->step();
    if (!row)
        return row.error();
    return select->integer(0);
}

Result<QStringList> RunStore::experiments()
{
    auto statement = m_database.prepare(u"SELECT name FROM experiments ORDER BY name COLLATE NOCASE"_s);
    if (!statement)
        return statement.error();
    QStringList names;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return names;
        names << statement->text(0);
    }
}

Result<qint64> RunStore::create(RunRecord r, const std::function<Result<qint64>(qint64)>& claimId)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    auto experiment = experimentId(r.experiment);
    if (!experiment)
        return experiment.error();
    const auto claimed = claimNextId(m_database, u"runs"_s, claimId);
    if (!claimed)
        return claimed.error();
    // The creating process owns the run from the start, so that a queued run of a running
    // window is not taken for abandoned by another process.
    auto statement = m_database.prepare(
        u"INSERT INTO runs (experiment_id, dataset_id, valid_dataset_id, status, created_at, user, host, config, "
        "environment, rounds_total, reproduced_from, process, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, *experiment).bind(2, r.datasetId);
    if (r.validDatasetId)
        statement->bind(3, *r.validDatasetId);
    else
        statement->bindNull(3);
    statement->bind(4, runStatusKey(r.status))
        .bind(5, storedTime(QDateTime::currentDateTimeUtc()))
        .bind(6, currentUserName())
        .bind(7, QSysInfo::machineHostName())
        .bind(8, json(r.setup.toJson()))
        .bind(9, json(r.environment))
        .bind(10, r.roundsTotal);
    if (r.reproducedFrom)
        statement->bind(11, *r.reproducedFrom);
    else
        statement->bindNull(11);
    statement->bind(12, r.process.isEmpty() ? processIdentity() : r.process);
    if (*claimed)
        statement->bind(13, **claimed);
    else
        statement->bindNull(13);
    if (auto status = statement->run(); !status)
        return status.error();
    const qint64 id = m_database.lastInsertId();
    if (auto status = recordEvent(m_database, u"run.created"_s, u"run:%1"_s.arg(id),
                                  json({{u"experiment"_s, r.experiment}, {u"dataset"_s, r.datasetId}}), QJsonValue(),
                                  QJsonObject{{u"status"_s, runStatusKey(r.status)},
                                              {u"experiment"_s, r.experiment},
                                              {u"dataset"_s, r.datasetId}});
        !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status RunStore::markRunning(qint64 id, const QString& process)
{
    auto statement = m_database.prepare(
        u"UPDATE runs SET status = 'running', started_at = ?, heartbeat_at = ?, process = ? WHERE id = ?"_s);
    if (!statement)
        return statement.error();
    const QString now = storedTime(QDateTime::currentDateTimeUtc());
    statement->bind(1, now).bind(2, now).bind(3, process).bind(4, id);
    return statement->run();
}

Status RunStore::heartbeat(qint64 id, int roundsDone)
{
    auto statement = m_database.prepare(u"UPDATE runs SET heartbeat_at = ?, rounds_done = ? WHERE id = ?"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, storedTime(QDateTime::currentDateTimeUtc())).bind(2, roundsDone).bind(3, id);
    return statement->run();
}

Status RunStore::saveHistory(qint64 id, const std::vector<StoredSeries>& history)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    for (const StoredSeries& series : history) {
        auto statement = m_database.prepare(
            u"INSERT OR REPLACE INTO run_metrics (run_id, split, metric, fold, vals) VALUES (?, ?, ?, ?, ?)"_s);
        if (!statement)
            return statement.error();
        statement->bind(1, id).bind(2, series.split).bind(3, series.metric).bind(4, series.fold).bind(5, packValues(series.values));
        if (auto status = statement->run(); !status)
            return status;
    }
    return transaction.commit();
}

Status RunStore::finish(qint64 id, RunStatus status, const QString& message, const RunRecord* results)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    QJsonValue previous;
    if (auto select = m_database.prepare(u"SELECT status FROM runs WHERE id = ?"_s)) {
        select->bind(1, id);
        if (auto row = select->step(); row && *row)
            previous = QJsonObject{{u"status"_s, select->text(0)}};
    }
    auto statement = m_database.prepare(
        u"UPDATE runs SET status = ?, message = ?, finished_at = ?, heartbeat_at = ?, rounds_done = COALESCE(?, rounds_done), "
        "best_iteration = COALESCE(?, best_iteration), final_metrics = COALESCE(?, final_metrics), "
        "best_metrics = COALESCE(?, best_metrics), importance = COALESCE(?, importance), "
        "model_sha256 = COALESCE(?, model_sha256) WHERE id = ?"_s);
    if (!statement)
        return statement.error();
    const QString now = storedTime(QDateTime::currentDateTimeUtc());
    statement->bind(1, runStatusKey(status)).bind(2, message).bind(3, now).bind(4, now);
    for (int i = 5; i <= 10; ++i)
        statement->bindNull(i);
    if (results) {
        statement->bind(5, results->roundsDone);
        if (results->bestIteration)
            statement->bind(6, *results->bestIteration);
        statement->bind(7, json(results->finalMetrics))
            .bind(8, json(results->bestMetrics))
            .bind(9, json(results->importance));
        if (!results->modelSha256.isEmpty())
            statement->bind(10, results->modelSha256);
    }
    statement->bind(11, id);
    if (auto s = statement->run(); !s)
        return s;
    if (m_database.changes() == 0)
        return transaction.commit(); // no such run: nothing to record
    if (auto s = recordEvent(m_database, u"run."_s + runStatusKey(status), u"run:%1"_s.arg(id),
                             json({{u"message"_s, message}}), previous,
                             message.isEmpty() ? QJsonObject{{u"status"_s, runStatusKey(status)}}
                                               : QJsonObject{{u"status"_s, runStatusKey(status)}, {u"message"_s, message}});
        !s)
        return s;
    return transaction.commit();
}

Result<std::optional<RunRecord>> RunStore::byId(qint64 id)
{
    auto statement = m_database.prepare(u"SELECT %1 %2 WHERE r.id = ?"_s.arg(kColumns, kFrom));
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<RunRecord>();
    std::optional<RunRecord> run(std::in_place);
    readRun(*statement, *run);
    return run;
}

Result<RunRecord> RunStore::find(const QString& reference)
{
    QString text = reference.trimmed();
    if (text.startsWith(u'#'))
        text = text.mid(1);
    if (text.startsWith(u"run-"_s, Qt::CaseInsensitive))
        text = text.mid(4);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok) {
        auto found = byId(id);
        if (!found)
            return found.error();
        if (found->has_value())
            return **found;
    }
    return Error::notFound(Text::tr("There is no run \"%1\" in this workspace. Use a run id as listed by \"grove-cli runs\".")
                               .arg(reference.trimmed()));
}

Status RunStore::select(const QString& experiment, Trash trash, RunListing& listing, bool withFingerprints)
{
    QStringList conditions;
    if (!experiment.isEmpty())
        conditions << u"e.name = ?"_s;
    if (trash == Trash::Exclude)
        conditions << u"r.deleted_at IS NULL"_s;
    else if (trash == Trash::Only)
        conditions << u"r.deleted_at IS NOT NULL"_s;
    const QString where = conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s);
    // Room for every run at once: growing the lists step by step would move 10,000 records many
    // times. SQLite counts on the smallest index: a few pages, not the table's rows.
    auto count = m_database.prepare(u"SELECT count(*) FROM runs"_s);
    if (!count)
        return count.error();
    auto counted = count->step();
    if (!counted)
        return counted.error();
    const qint64 rows = *counted ? count->integer(0) : 0;
    listing.runs.reserve(rows);
    adviseHugePages(listing.runs.data(), std::size_t(rows) * sizeof(RunRecord)); // 1 KiB a run

    listing.documents.reserve(std::size_t(rows));
    if (withFingerprints)
        listing.fingerprints.reserve(rows);
    auto statement = m_database.prepare(u"SELECT %1 %2 %3 ORDER BY r.id"_s.arg(kColumns, kFrom, where));
    if (!statement)
        return statement.error();
    if (!experiment.isEmpty())
        statement->bind(1, experiment.trimmed());
    ListingMemory memory;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        listing.documents.emplace_back();
        readRun(*statement, listing.runs.emplaceBack(), &listing.documents.back(), &memory); // in place: no copy
        if (withFingerprints)
            listing.fingerprints.insert(listing.runs.back().id, fingerprint(*statement, StatusColumn, RoundsColumn, HeartbeatColumn,
                                                                             FinishedColumn, NoteColumn, TagsColumn));
    }
}

Result<QList<RunRecord>> RunStore::list(const QString& experiment, Trash trash)
{
    RunListing listing;
    if (auto status = select(experiment, trash, listing, false); !status)
        return status.error();
    // Parsing the JSON columns is most of the time a long list takes: a second thread parses half
    // of them.
    RunRecord* records = listing.runs.data();
    const std::vector<RunDocuments>& documents = listing.documents;
    auto parse = [records, &documents](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            parseRunDocuments(records[i], documents[i]);
    };
    const std::size_t half = documents.size() / 2;
    if (documents.size() < 2000 || std::thread::hardware_concurrency() < 2) {
        parse(0, documents.size());
        return std::move(listing.runs);
    }
    std::thread helper(parse, half, documents.size());
    parse(0, half);
    helper.join();
    return std::move(listing.runs);
}

Result<RunListing> RunStore::listUnparsed()
{
    RunListing listing;
    if (auto status = select({}, Trash::Exclude, listing, true); !status)
        return status.error();
    return listing;
}

Result<std::vector<StoredSeries>> RunStore::history(qint64 id)
{
    auto statement = m_database.prepare(
        u"SELECT split, metric, fold, vals FROM run_metrics WHERE run_id = ? ORDER BY fold, split DESC, metric"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    std::vector<StoredSeries> history;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return history;
        history.push_back({statement->text(0), statement->text(1), int(statement->integer(2)), unpackValues(statement->bytes(3))});
    }
}

Result<qint64> RunStore::runsUsingDataset(qint64 datasetId)
{
    auto statement = m_database.prepare(u"SELECT count(*) FROM runs WHERE dataset_id = ? OR valid_dataset_id = ?"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, datasetId).bind(2, datasetId);
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->integer(0);
}

Result<qint64> RunStore::externalChanges()
{
    auto statement = m_database.prepare(u"PRAGMA data_version"_s);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->integer(0);
}

Result<QHash<qint64, quint64>> RunStore::fingerprints()
{
    // The same columns (and tag order) as kColumns, for fingerprint().
    auto statement = m_database.prepare(
        u"SELECT r.id, r.status, r.rounds_done, r.heartbeat_at, r.finished_at, r.note, "
        "(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM run_tags t WHERE t.run_id = r.id ORDER BY tag)) "
        "FROM runs r WHERE r.deleted_at IS NULL"_s);
    if (!statement)
        return statement.error();
    QHash<qint64, quint64> fingerprints;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return fingerprints;
        fingerprints.insert(statement->integer(0), fingerprint(*statement, 1, 2, 3, 4, 5, 6));
    }
}

Result<QList<qint64>> RunStore::recoverInterrupted()
{
    auto statement = m_database.prepare(u"SELECT id, process FROM runs WHERE status IN ('queued', 'running')"_s);
    if (!statement)
        return statement.error();
    std::vector<qint64> dead;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString process = statement->text(1);
        // A queued run without a process belongs to whoever queued it; the creating process
        // stores its identity as soon as it owns the run.
        if (process.isEmpty() || !processIsAlive(process))
            dead.push_back(statement->integer(0));
    }
    QList<qint64> changed;
    for (qint64 id : dead) {
        auto update = m_database.prepare(
            u"UPDATE runs SET status = 'interrupted', message = ?, finished_at = COALESCE(heartbeat_at, created_at) "
            "WHERE id = ? AND status IN ('queued', 'running')"_s);
        if (!update)
            return update.error();
        update->bind(1, Text::tr("The process that was running this run ended before the run did.")).bind(2, id);
        if (auto status = update->run(); !status)
            return status.error();
        if (m_database.changes() == 0)
            continue; // its process finished it meanwhile
        changed << id;
        (void)recordEvent(m_database, u"run.interrupted"_s, u"run:%1"_s.arg(id), u"{}"_s, QJsonValue(),
                          QJsonObject{{u"status"_s, u"interrupted"_s}});
    }
    return changed;
}

} // namespace grove
