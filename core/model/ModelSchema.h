#pragma once

#include "core/model/RunConfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace grove {

// One input column of a model, as it was trained.
struct FeatureColumn
{
    QString name;
    bool categorical = false;
    QStringList categories; // a category's code is its index here (the order of first appearance)

    bool operator==(const FeatureColumn&) const = default;
};

// What a model takes and gives: its task, target, features (with their categories) and classes.
// Stored with the run ("schema" in its configuration) and in an exported version's metadata;
// prediction reads the input by it.
struct ModelSchema
{
    std::optional<Task> task;
    QString objective; // empty: the task's default
    QString target;
    QList<FeatureColumn> features;
    QStringList classes; // classification: the label of each class code

    // Whether it can be predicted with: a known task and at least one feature.
    bool isUsable() const { return task.has_value() && !features.isEmpty(); }
    const FeatureColumn* feature(QStringView name) const;

    QJsonObject toJson() const;
    // Reads what toJson() writes. It never fails: what is missing or of the wrong type stays
    // empty, and isUsable() tells whether enough was there (the file may be damaged or hostile).
    static ModelSchema fromJson(const QJsonObject& json);

    bool operator==(const ModelSchema&) const = default;
};

} // namespace grove
