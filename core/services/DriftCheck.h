#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/evaluate/Drift.h"
#include "core/evaluate/DriftReference.h"
#include "core/model/RunRecord.h"
#include "core/registry/ModelExport.h"
#include "core/store/Workspace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>

namespace grove {

class Registry;

// The drift reference a version keeps: reference.json, listed in its manifest like every file.
inline constexpr char kDriftReferenceFile[] = "reference.json";

// The reference of a finished run of this workspace: its training rows (the dataset's snapshot,
// checked against the run's lineage) feature by feature, and its scores on the held-out rows
// (predictions.f32). A multiclass model's score is its highest class probability.
Result<ReferenceProfile> runDriftReference(Workspace& workspace, const RunRecord& run);

// {reference.json: the run's reference}: what every export adds to a version
// (ExtraVersionFiles).
Result<QMap<QString, QByteArray>> driftReferenceFiles(Workspace& workspace, const RunRecord& run);

// exportRun() with the drift reference among the version's files: what `grove-cli export` and
// the window's Export both call.
Result<ModelVersion> exportRunWithDriftReference(Workspace& workspace, Registry& registry, qint64 runId,
                                                 const QString& model);

// What a drift check compares, as `grove-cli drift` asks for it.
struct DriftCheckRequest
{
    QString version;   // REGISTRY/MODEL/VERSION or REGISTRY/MODEL@ALIAS
    QString inputPath; // the new data, read as predict reads them
    double psiThreshold = 0.2;
    double missingThreshold = 0.1; // the largest change of a missing rate that is no alert
    // Opens the workspace, only for a version exported without a reference: its reference is
    // then built from the workspace's copy of the training data (found by content hash).
    std::function<Result<Workspace>()> openWorkspace;
};

struct DriftCheckOutcome
{
    VersionReference version; // resolved
    ReferenceProfile reference; // what the new data were compared with
    DriftReport report;
    qint64 rows = 0;
    bool referenceFromWorkspace = false; // the version has no reference.json
    QString referenceNote;               // says where the reference came from when not the version
    QString inputSha256;
    QString reportPath;    // the report kept under REGISTRY/MODEL/monitoring/
    QString reportProblem; // why no report could be kept (then reportPath is empty)
    QJsonObject json;   // what the report holds
};

// The whole check: the version is resolved and verified, the new data are read and scored with
// it (the column checks of predict: a missing feature, a column of the wrong type and a file
// without rows are refused, naming the column), each feature and the scores are compared with
// the version's reference, and the result is kept as a new report in the model's monitoring
// folder (keepDriftReport()). A report that cannot be kept does not fail the check.
Result<DriftCheckOutcome> checkDrift(const DriftCheckRequest& request, JobControl& control);

} // namespace grove
