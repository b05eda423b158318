#pragma once

#include "core/model/ModelSchema.h"
#include "core/model/RunConfig.h"
#include "core/model/RunRecord.h"
#include "core/model/RunSetup.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace grove {

// The run a model version was exported from, as metadata.json records it.
struct ExportedRun
{
    qint64 id = 0;
    QString experiment;
    QString workspace; // the workspace folder it was trained in
    QString trainedBy, trainedOn;
    QDateTime startedAt, finishedAt; // UTC
    QString modelSha256;             // of the run's own model file (before cutting at the best round)
    QStringList tags;
    QString note;

    QJsonObject toJson() const;
};

// What a version's model achieves, as its run measured it.
struct ExportedMetrics
{
    QJsonObject final, best; // split -> metric -> value, after the last round and at the best one
    QJsonObject model;       // those the exported model achieves (best when it was cut there)
    std::optional<int> bestIteration;
    int rounds = 0;
};

// metadata.json of a registry version: lineage (run, data, configuration, environment, author),
// metrics, the validation report that let it leave, and what scoring needs (schema, rounds).
// This is the one place that reads and writes that document.
struct ModelMetadata
{
    QString format = QStringLiteral("grove-model-version/1");
    QString model;
    QString modelUuid;
    QDateTime exportedAt; // UTC
    QString exportedBy, exportedOn;
    ExportedRun run;
    TrainingData data;
    RunConfig config;        // the run's resolved configuration
    QString configProblem;   // why "config" could not be read; empty when it was
    QString modelSha256;     // of model.ubj in the version
    ExportedMetrics metrics;
    QJsonObject validation;  // the ValidationReport, as it writes itself
    QJsonObject environment; // where the run trained (EnvironmentInfo)
    QJsonObject exportedWith; // where it was exported
    ModelSchema schema;
    RunDecision decision;  // binary: the decision threshold chosen for the run (0.5 when none was)
    int predictRounds = 0; // the rounds of model.ubj to predict with; 0: all of them
    int roundsInModel = 0;
    // The features the training data had missing values in ("optional_inputs"): MLmodel's
    // signature does not require them, and Python's loader scores such a column that is left out
    // as missing in every row.
    QStringList optionalInputs;

    QJsonObject toJson() const;
    // Reads what toJson() writes. A registry folder is shared, so the file may be damaged or
    // hostile: what is missing or of the wrong type stays empty, and schema.isUsable() tells
    // whether the version can score data.
    static ModelMetadata fromJson(const QJsonObject& json);

    // The key figure, "auc 0.931": the metric its run stopped on (the last one configured), on
    // the validation data, as the exported model achieves it. Empty when there is none.
    QString keyMetric() const;
};

} // namespace grove
