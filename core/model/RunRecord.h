#pragma once

#include "core/model/RunSetup.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace grove {

enum class RunStatus { Queued, Running, Finished, Failed, Cancelled, Interrupted };
QString runStatusKey(RunStatus status); // "queued", "running", ...
std::optional<RunStatus> runStatusFromKey(QStringView key);
QString runStatusDisplayName(RunStatus status);
bool isActive(RunStatus status); // queued or running

struct RunRecord
{
    qint64 id = 0;
    qint64 experimentId = 0;
    QString experiment;
    qint64 datasetId = 0;
    std::optional<qint64> validDatasetId;
    RunStatus status = RunStatus::Queued;
    QDateTime createdAt, startedAt, finishedAt, heartbeatAt; // UTC
    QString user;
    QString host;
    QString process; // identity of the process that trains it (see processIdentity())
    RunSetup setup;          // its configuration, schema and data, as recorded when it was queued
    QJsonObject environment;
    int roundsDone = 0;
    int roundsTotal = 0;
    std::optional<int> bestIteration;
    QJsonObject finalMetrics;
    QJsonObject bestMetrics;
    QJsonObject importance;
    QString modelSha256;
    QString message;
    std::optional<qint64> reproducedFrom;
    QStringList tags;     // in name order
    QString note;
    QDateTime deletedAt;  // set while the run is in the trash

    // Seconds from start to finish (or to now, or to the last heartbeat of an interrupted run).
    double durationSeconds() const;
    QString target() const;
    // The rounds its model predicts with: those up to the best iteration when early stopping
    // chose it; 0 means every round (the model file holds the rounds after the best one too).
    int predictionRounds() const;
    QString datasetName() const;
};

} // namespace grove
