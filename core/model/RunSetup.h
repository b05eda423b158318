#pragma once

#include "core/model/ModelSchema.h"
#include "core/model/RunConfig.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

#include <optional>

namespace grove {

// A dataset as a run recorded it: the id it had in the workspace, its name then, and its content.
struct DatasetLineage
{
    qint64 id = 0;
    QString name;
    QString contentHash; // SHA-256 of the snapshot's content, hex
    qint64 rows = 0;

    QJsonObject toJson() const;
    static DatasetLineage fromJson(const QJsonObject& json);
    bool operator==(const DatasetLineage&) const = default;
};

// The data a run was trained on ("data" in its configuration).
struct TrainingData
{
    DatasetLineage dataset;
    std::optional<DatasetLineage> validDataset; // when a second dataset validated it
    qint64 trainRows = 0;
    qint64 validRows = 0; // held out, or of the validation dataset; 0 without validation
    qint64 rowsWithoutTarget = 0;

    QJsonObject toJson() const;
    static TrainingData fromJson(const QJsonObject& json);
    bool operator==(const TrainingData&) const = default;
};

// Everything a run was set up with, as it is stored with the run (the configuration column, and
// "config" in run.json): the resolved configuration, the model's schema and the data's lineage.
// This is the one place that reads and writes that document.
struct RunSetup
{
    RunConfig config;
    ModelSchema schema;
    TrainingData data;
    // Why the stored configuration could not be read (damaged, or written by a newer Grove); empty
    // when it was read. The other fields then hold what could be read.
    QString problem;
    QJsonObject unread; // the stored document as it was, kept when `problem` is set

    // The stored form; a document that could not be read is written back as it was.
    QJsonObject toJson() const;
    // Its configuration part as stored (without schema and data).
    QJsonObject configJson() const;
    // Reads the stored form. Documents of older Groves read too: fields added since take their
    // defaults. It does not apply RunConfig::check(): checks added later must not hide old runs.
    static RunSetup fromJson(const QJsonObject& json);

    // A stored setting by the name the run query and comparisons use: "threads", "seed", or
    // "params.NAME" (typed or other parameters). Undefined when the run has no such setting.
    QJsonValue setting(QStringView name) const;
    // Every setting as text by a dotted name ("params.eta", "validation.folds"), for comparing
    // runs: other parameters appear as parameters like the others, datasets by name (and the
    // training data's content hash), not by their id in this workspace.
    QMap<QString, QString> settingsByName() const;
};

} // namespace grove
