#pragma once

#include "core/common/Result.h"
#include "core/store/RunStore.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace grove {

class Workspace;

// runs/<id>/run.json: a run's own copy of its record (configuration, status, times, metrics,
// importance, per-round history, tags and note), so that the workspace database can be rebuilt
// from the folders (grove-cli recover). It is rewritten atomically whenever the run changes
// status and when it ends; the database stays the reference while it is usable.
struct RunFileContents
{
    RunRecord record;
    std::vector<StoredSeries> history;
};

QString runFilePath(const Workspace& workspace, qint64 runId);
QJsonObject runFileJson(const RunRecord& record, const std::vector<StoredSeries>& history);
Result<RunFileContents> parseRunFile(const QJsonObject& json);
Result<RunFileContents> readRunFile(const QString& path);

// Writes the run's record as the database has it now to runs/<id>/run.json (creating the folder
// of a run queued by an older Grove).
Status writeRunFile(Workspace& workspace, qint64 runId);

} // namespace grove
