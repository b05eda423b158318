#pragma once

#include "core/common/Result.h"
#include "core/data/DatasetProfile.h"
#include "core/data/Snapshot.h"
#include "core/store/DatasetStore.h"
#include "core/model/ModelSchema.h"

#include <QJsonObject>

#include <string>
#include <vector>

namespace grove {

// A feature as the model sees it: numbers as they are, categories as their index in
// `categories` (the mapping is kept with the run so that new data is scored the same way).
struct FeatureSpec
{
    QString name;
    bool categorical = false;
    std::vector<std::string> categories;
};

// How the rows of one dataset reach XGBoost: which snapshot columns feed which feature, with the
// codes of categorical columns translated to the training categories.
struct DataSide
{
    Snapshot snapshot;
    DatasetRecord dataset;
    std::vector<qsizetype> featureColumns;               // snapshot column per feature
    std::vector<std::vector<float>> categoryRemap;       // per feature: code -> category index (NaN: unseen); empty for numbers and for the training side
    std::vector<float> labels;                           // per snapshot row; NaN where the target is missing
};

// A configuration checked against its data and made explicit: task, classes, features, splits
// and every parameter. Building one is the validation: any problem is reported before training.
struct TrainingPlan
{
    RunConfig config; // resolved: task, metrics, objective, threads filled in
    Task task = Task::Regression;
    QStringList classes; // class labels in index order (classification)
    std::vector<FeatureSpec> features;
    DataSide train;
    std::optional<DataSide> validation; // a second dataset
    std::vector<std::uint32_t> trainRows;   // holdout / dataset validation: rows that train
    std::vector<std::uint32_t> validRows;   // holdout: rows held out
    std::vector<std::uint8_t> fold;         // k-fold: fold of each usable training row, 255 = unused
    qint64 rowsWithoutTarget = 0;

    int numClass() const { return task == Task::Multiclass ? int(classes.size()) : 1; }
    // The XGBoost parameters, in the order they are set.
    QList<QPair<QString, QString>> boosterParameters() const;
    // What a scorer needs: features with their categories, classes, task, objective.
    ModelSchema schema() const;
};

inline constexpr int kMaxClasses = 1000;

// Checks `config` against the dataset it names and builds the plan. `validationDataset` is the
// resolved second dataset when the config asks for one.
Result<TrainingPlan> planTraining(const RunConfig& config, const DatasetRecord& dataset, Snapshot snapshot,
                                  const std::optional<std::pair<DatasetRecord, Snapshot>>& validationDataset);

// The task Grove proposes for a target column.
Task guessTask(const Snapshot& snapshot, qsizetype targetColumn);
// The same proposal from a column's profile (as the New Run dialog has it); empty for a column
// that cannot be a target (text, all missing, constant).
std::optional<Task> guessTask(const ColumnProfile& column);

} // namespace grove
