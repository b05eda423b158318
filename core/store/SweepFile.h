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
//   appended when the database records the change; a trial's last line is its state.
// The database stays the reference while it is usable.
struct SweepFileContents
{
    SweepRecord record;
    std::vector<SweepTrial> trials; // by trial, repeat and rung, each as its last line says
    QStringList problems;           // lines of the trials file that could not be read
};

// What Grove reads of these files at most (a 1,000-trial sweep writes about 1 MB of trials).
inline constexpr qint64 kSweepRecordLimit = qint64(4) << 20;
inline constexpr qint64 kSweepTrialsLimit = qint64(256) << 20;

QString sweepFilePath(const QString& workspaceDirectory, qint64 sweepId);
QString sweepTrialsPath(const QString& workspaceDirectory, qint64 sweepId);

QJsonObject sweepRecordJson(const SweepRecord& record);
QJsonObject sweepTrialJson(const SweepTrial& trial);
Result<SweepRecord> parseSweepRecord(const QJsonObject& json);
Result<SweepTrial> parseSweepTrial(const QJsonObject& json);

// Both files' contents, as read from disk: the record must be whole, a line of the trials file
// that cannot be read is skipped and named in `problems` (the last one may have been cut short
// by a crash).
Result<SweepFileContents> parseSweepFiles(const QByteArray& record, const QByteArray& trials);
// Reads both files as files of a shared folder are read: not through a link, and not beyond the
// limits above. A sweep without a trials file has no trials.
Result<SweepFileContents> readSweepFiles(const QString& workspaceDirectory, qint64 sweepId);

// Writes the sweep's record as the database has it now (and, for a sweep without a trials file,
// one made by an earlier Grove, its trials so far).
Status writeSweepFile(Workspace& workspace, qint64 sweepId);
// Appends the trial's state to the sweep's trials file.
Status appendSweepTrial(const Workspace& workspace, qint64 sweepId, const SweepTrial& trial);

} // namespace grove
