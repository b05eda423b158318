#pragma once

#include "core/common/Result.h"
#include "core/store/SweepStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace grove {

class Workspace;

// A sweep's own copy of what the workspace database keeps of it, so that the database can be
// rebuilt from the folders (grove-cli recover), as runs/<id>/run.json is for a run:
// - sweeps/<id>.json: its record (name, definition, status, times), rewritten atomically
//   whenever its status changes;
// - sweeps/<id>.trials.jsonl: one JSON object per line for each change of one of its trials,
//   appended when the database has recorded the change; a trial's last line is its state.
// The database stays the reference while it is usable: a file that could not be written is
// written whole again from the database at the next change.
struct SweepFileContents
{
    SweepRecord record;
    std::vector<SweepTrial> lines; // every line of the trials file that could be read, in order
    QStringList problems;          // the lines that could not be read
};

// The trials as their last lines say, by trial, repeat and rung.
std::vector<SweepTrial> latestTrials(const std::vector<SweepTrial>& lines);

// What Grove reads of these files at most (a 1,000-trial sweep writes about 1 MB of trials).
inline constexpr qint64 kSweepRecordLimit = qint64(4) << 20;
inline constexpr qint64 kSweepTrialsLimit = qint64(256) << 20;

QString sweepFilePath(const QString& workspaceDirectory, qint64 sweepId);
QString sweepTrialsPath(const QString& workspaceDirectory, qint64 sweepId);

QJsonObject sweepRecordFileJson(const SweepRecord& record);
QJsonObject trialRecordJson(const SweepTrial& trial);
Result<SweepRecord> parseSweepRecord(const QJsonObject& json);
Result<SweepTrial> parseTrialRecord(const QJsonObject& json);

// Both files' contents, as read from disk: the record must be whole, a line of the trials file
// that cannot be read is skipped and named in `problems` (the last one may have been cut short
// by a crash).
Result<SweepFileContents> parseSweepFiles(const QByteArray& record, const QByteArray& trials);
// Reads both files as files of a shared folder are read: through no link below the workspace
// folder, and not beyond the limits above. A sweep without a trials file has no trials.
Result<SweepFileContents> readSweepFiles(const QString& workspaceDirectory, qint64 sweepId);

// For a new sweep: the first id from `atLeast` on that no file in sweeps/ uses (a sweep the
// database lost may have left its files), claimed by creating its empty trials file.
Result<qint64> claimSweepFiles(const QString& workspaceDirectory, qint64 atLeast);
// Writes the sweep's record as the database has it now; with `trialsToo`, or when the sweep
// has no trials file (one made by an earlier Grove, or one whose file could not be written),
// its trials file too.
Status writeSweepFile(Workspace& workspace, qint64 sweepId, bool trialsToo = false);
// Appends the trial's state to the sweep's trials file (synced to the disk once the trial has
// ended). When that fails, the file is removed, so
// that the next change writes it whole from the database (`store`'s) instead of leaving a gap.
Status appendSweepTrial(SweepStore& store, const QString& workspaceDirectory, qint64 sweepId, const SweepTrial& trial);

} // namespace grove
