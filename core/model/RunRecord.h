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

// How a binary run's scores become decisions, as its owner chose on the Evaluation tab or with
// `grove-cli evaluate --save`: a row is the positive class when its score is at least
// `threshold`. The costs are what the cost-optimal threshold was sought with.
struct RunDecision
{
    std::optional<double> threshold; // unset: 0.5
    double costFalsePositive = 1.0;
    double costFalseNegative = 1.0;

    double effectiveThreshold() const { return threshold.value_or(0.5); }
    bool isDefault() const { return !threshold && costFalsePositive == 1.0 && costFalseNegative == 1.0; }
    // {"threshold", "cost_fp", "cost_fn"}; empty when isDefault().
    QJsonObject toJson() const;
    // What toJson() writes; anything out of range (a threshold outside [0, 1], a negative or
    // non-finite cost) is left at its default.
    static RunDecision fromJson(const QJsonObject& json);
    // Empty when the values are acceptable, else why not.
    QString problem() const;
    bool operator==(const RunDecision&) const = default;
};

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
    RunDecision decision; // binary runs: the decision threshold chosen for it

    // Seconds from start to finish (or to now, or to the last heartbeat of an interrupted run).
    double durationSeconds() const;
    QString target() const;
    // The rounds its model predicts with: those up to the best iteration when early stopping
    // chose it; 0 means every round (the model file holds the rounds after the best one too).
    int predictionRounds() const;
    QString datasetName() const;
};

} // namespace grove
