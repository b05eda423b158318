#include "core/store/Schema.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

const Migration kMigrations[] = {
    {1, uR"sql(
CREATE TABLE datasets (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    content_hash  TEXT NOT NULL UNIQUE,
    row_count     INTEGER NOT NULL,
    column_count  INTEGER NOT NULL,
    snapshot      TEXT NOT NULL,
    size_bytes    INTEGER NOT NULL,
    source_path   TEXT NOT NULL,
    source_format TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    imported_by   TEXT NOT NULL
);
CREATE TABLE events (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    host    TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
)sql"_s},
    {2, uR"sql(
CREATE TABLE experiments (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL
);
CREATE TABLE runs (
    id               INTEGER PRIMARY KEY,
    experiment_id    INTEGER NOT NULL REFERENCES experiments(id),
    dataset_id       INTEGER NOT NULL REFERENCES datasets(id) ON DELETE RESTRICT,
    valid_dataset_id INTEGER REFERENCES datasets(id) ON DELETE RESTRICT,
    status           TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    started_at       TEXT,
    finished_at      TEXT,
    heartbeat_at     TEXT,
    user             TEXT NOT NULL,
    host             TEXT NOT NULL,
    process          TEXT,
    config           TEXT NOT NULL,
    environment      TEXT NOT NULL DEFAULT '{}',
    rounds_done      INTEGER NOT NULL DEFAULT 0,
    rounds_total     INTEGER NOT NULL,
    best_iteration   INTEGER,
    final_metrics    TEXT NOT NULL DEFAULT '{}',
    best_metrics     TEXT NOT NULL DEFAULT '{}',
    importance       TEXT NOT NULL DEFAULT '{}',
    model_sha256     TEXT,
    message          TEXT NOT NULL DEFAULT '',
    reproduced_from  INTEGER REFERENCES runs(id)
);
CREATE INDEX runs_by_experiment ON runs(experiment_id);
CREATE INDEX runs_by_status ON runs(status);
CREATE TABLE run_metrics (
    run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    split   TEXT NOT NULL,
    metric  TEXT NOT NULL,
    fold    INTEGER NOT NULL DEFAULT -1,
    vals    BLOB NOT NULL,
    PRIMARY KEY (run_id, split, metric, fold)
);
)sql"_s},
    // Tags, notes and the trash: what people add to runs to find them again.
    {3, uR"sql(
ALTER TABLE runs ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE runs ADD COLUMN deleted_at TEXT;
CREATE TABLE run_tags (
    run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    tag     TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (run_id, tag)
);
CREATE INDEX run_tags_by_tag ON run_tags(tag);
)sql"_s},
    // Saved comparisons: a name for a set of runs and the chart settings they were looked at
    // with. Run ids are kept as written even after a run is deleted for good, so that reopening
    // can say which runs are gone; run_created_at tells such a run from a later run that was
    // given the same id.
    {4, uR"sql(
CREATE TABLE comparisons (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    run_ids        TEXT NOT NULL,
    run_created_at TEXT NOT NULL DEFAULT '[]',
    view_settings  TEXT NOT NULL DEFAULT '{}',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
)sql"_s},
    // Validation: the reports of the checks a run passed or failed before export, and the rules
    // each experiment remembers.
    {5, uR"sql(
CREATE TABLE validation_reports (
    id         INTEGER PRIMARY KEY,
    run_id     INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    passed     INTEGER NOT NULL,
    report     TEXT NOT NULL
);
CREATE INDEX validation_reports_by_run ON validation_reports(run_id);
ALTER TABLE experiments ADD COLUMN validation_rules TEXT NOT NULL DEFAULT '[]';
)sql"_s},
    // Settings that belong to the workspace, so that the window and grove-cli agree on them
    // (the registry folder).
    {6, uR"sql(
CREATE TABLE workspace_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql"_s},
    // The decision threshold (and the costs it was chosen with) a binary run's owner saved.
    {7, uR"sql(
ALTER TABLE runs ADD COLUMN decision TEXT NOT NULL DEFAULT '{}';
)sql"_s},
    // Sweeps: a definition (what is searched, how, with what budget) and its trials, each a run
    // once it is queued; what a sweep needs to be resumed after a stop or a crash.
    {8, uR"sql(
CREATE TABLE sweeps (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    definition TEXT NOT NULL,
    status     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE sweep_trials (
    sweep_id INTEGER NOT NULL REFERENCES sweeps(id) ON DELETE CASCADE,
    trial    INTEGER NOT NULL,
    repeat   INTEGER NOT NULL DEFAULT 0,
    rung     INTEGER NOT NULL DEFAULT 0,
    point    TEXT NOT NULL,
    params   TEXT NOT NULL,
    run_id   INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    status   TEXT NOT NULL,
    value    REAL,
    train_seconds REAL,
    PRIMARY KEY (sweep_id, trial, repeat, rung)
);
CREATE INDEX sweep_trials_by_run ON sweep_trials(run_id);
)sql"_s},
    // The highest id each table has ever given, so that an id is never given twice: the audit
    // log names datasets, runs and sweeps by id, and a deleted one's id must not come back.
    {9, uR"sql(
CREATE TABLE id_counters (
    name TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);
INSERT INTO id_counters SELECT 'datasets', COALESCE(MAX(id), 0) FROM datasets;
INSERT INTO id_counters SELECT 'runs', COALESCE(MAX(id), 0) FROM runs;
INSERT INTO id_counters SELECT 'sweeps', COALESCE(MAX(id), 0) FROM sweeps;
)sql"_s},
};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Schema)
};

} // namespace

std::span<const Migration> schemaMigrations() { return kMigrations; }

int latestSchemaVersion() { return kMigrations[std::size(kMigrations) - 1].version; }

Status migrate(Database& database, std::span<const Migration> migrations)
{
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    for (const Migration& step : migrations) {
        auto current = database.userVersion();
        if (!current)
            return current.error();
        if (*current >= step.version)
            continue;
        Transaction transaction(database);
        if (!transaction.begun())
            return transaction.begun();
        // Another process may have migrated while we waited for the lock.
        current = database.userVersion();
        if (!current)
            return current.error();
        if (*current >= step.version)
            continue;
        if (*current != step.version - 1)
            return Error::internal(Text::tr("The workspace schema is at version %1 but the next step "
                                      "expects version %2.")
                                       .arg(*current)
                                       .arg(step.version - 1));
        if (auto status = database.exec(step.sql); !status)
            return status.error();
        if (auto status = database.exec(u"PRAGMA user_version = %1"_s.arg(step.version)); !status)
            return status.error();
        if (auto status = transaction.commit(); !status)
            return status.error();
    }
    auto current = database.userVersion();
    if (!current)
        return current.error();
    if (*current > latest)
        return Error::badInput(Text::tr("This workspace was created by a newer version of Grove (schema "
                                  "%1; this version knows up to %2). Update Grove to open it.")
                                   .arg(*current)
                                   .arg(latest));
    return {};
}

} // namespace grove
