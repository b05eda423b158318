#pragma once

#include "core/model/ModelSchema.h"
#include "core/model/RunConfig.h"
#include "core/model/RunRecord.h"
#include "core/model/RunSetup.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
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

// Where a version copied from another registry (or from another model of the same one) came
// from, as the copy's metadata.json records it under "copied_from".
struct CopiedVersion
{
    QString registry; // the source registry folder
    QString model;
    int version = 0;
    QString manifestSha256; // of the source version's MANIFEST.sha256, as it was copied
    QDateTime copiedAt;     // UTC
    QString copiedBy, copiedOn;

    QJsonObject toJson() const;
    static CopiedVersion fromJson(const QJsonObject& json);
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
    // The versions this one is a copy of, the one it was copied from first (a copy of a copy
    // names both); empty for a version exported from a run.
    QList<CopiedVersion> copiedFrom;

    QJsonObject toJson() const;
    // metadata.json of a copy: `source` (the source version's document) as it is, with `model`
    // as its model and `copy` first in "copied_from", so that nothing a newer Grove wrote into
    // the source's document is lost on the way.
    static QJsonObject copiedDocument(const QJsonObject& source, const QString& model, const CopiedVersion& copy);
    // Reads what toJson() writes. A registry folder is shared, so the file may be damaged or
    // hostile: what is missing or of the wrong type stays empty, and schema.isUsable() tells
    // whether the version can score data.
    static ModelMetadata fromJson(const QJsonObject& json);

    // The key figure, "auc 0.931": the metric its run stopped on (the last one configured), on
    // the validation data, as the exported model achieves it. Empty when there is none.
    QString keyMetric() const;
};

} // namespace grove
