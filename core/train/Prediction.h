#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/data/ParsedTable.h"
#include "core/model/ModelSchema.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace grove {

class Workspace;
struct DataSide;

struct PredictionSummary
{
    qint64 rows = 0;
    QStringList columns;        // written to the output
    QStringList unusedColumns;  // input columns the model does not use
    qint64 unseenCategories = 0; // cells with a category the training data did not have (scored as missing)
    std::optional<double> threshold; // binary: the score from which a row is predicted positive
};

// Scores a CSV/TSV/LIBSVM file with a model and its schema (features with their categories,
// classes, task) and writes a CSV with one row of predictions per input row: the probability of
// the positive class and the predicted class (binary), one probability per class and the
// predicted class (multiclass), or the value (regression). Input columns are matched to the
// model's features by name; a missing feature or one of the wrong type is an error. `iterations`
// limits the prediction to the first rounds of the model (0: all of them). With `contributions`,
// each row also gets XGBoost's TreeSHAP value of every feature and the bias, on the margin scale
// (columns contribution_FEATURE and contribution_bias; per class for multiclass).
Result<PredictionSummary> predictFile(const QByteArray& model, const ModelSchema& schema, const QString& inputPath,
                                      const QString& outputPath, JobControl& control, int iterations = 0,
                                      bool contributions = false, double threshold = 0.5);

// One feature column of a scored file, in memory as the reader left it: in runs of consecutive
// rows (its chunks), numbers (NaN where missing, as read) or codes into the file's own
// categories (kMissingCode where missing).
struct InputColumn
{
    bool categorical = false;
    std::vector<std::span<const float>> numbers;
    std::vector<std::span<const std::uint32_t>> codes;
    QStringList categories; // the file's categories, by code
};

// A file scored without writing the predictions: what predictFile reads (the same checks of the
// columns), the feature columns in the schema's order, the model's raw outputs (rows x outputs)
// and the SHA-256 of the file's bytes, taken while it was read. Nothing is written to disk.
struct ScoredFile
{
    PredictionSummary summary;
    std::vector<InputColumn> features;
    std::vector<float> scores;
    std::size_t outputs = 1;
    QString inputSha256;                     // hex
    std::shared_ptr<const ParsedTable> table; // holds the columns' values
};
Result<ScoredFile> scoreFile(const QByteArray& model, const ModelSchema& schema, const QString& inputPath,
                             JobControl& control, int iterations = 0);

// A model's raw outputs (rows x outputs) on rows of a dataset read as its training read them
// (a training plan's side: categories already the model's), in the order of `rows`.
Result<std::vector<float>> scoreRows(const QByteArray& model, const DataSide& side, std::span<const std::uint32_t> rows,
                                     int iterations, std::size_t& outputs);

// The same with the model of a finished run in the workspace. With early stopping only the rounds
// up to the best one predict, as for the run's held-out predictions; a binary run decides the
// class at its saved decision threshold.
Result<PredictionSummary> predictWithRun(Workspace& workspace, qint64 runId, const QString& inputPath,
                                         const QString& outputPath, JobControl& control, bool contributions = false);

} // namespace grove
