#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/train/TrainingPlan.h"
#include "core/train/Xgboost.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace grove {

// The values of one metric on one split per round (fold -1 outside cross-validation).
struct MetricSeries
{
    QString split; // "train" or "valid"
    QString metric;
    int fold = -1;
    std::vector<double> values;
};

struct RoundUpdate
{
    int fold = -1;     // -1: the single training, or the final refit after cross-validation
    int folds = 1;
    int round = 0;     // 0-based
    int rounds = 0;
    QList<xgb::Evaluation> evaluations;
    double elapsedSeconds = 0;
};

struct TrainingOutcome
{
    QByteArray model;       // UBJ
    int roundsTrained = 0;
    int bestIteration = -1; // -1 without validation
    // {"train": {"auc": ...}, "valid": {...}}; cross-validation adds "valid_std" and "train_std".
    QJsonObject finalMetrics;
    QJsonObject bestMetrics;
    std::vector<MetricSeries> history;
    QJsonObject importance; // {"gain": {feature: value}, "weight": ..., "cover": ...}
    // Held-out predictions: one entry per validation row (out-of-fold rows for cross-validation).
    std::vector<std::uint32_t> predictionRows;
    std::vector<int> predictionFolds;
    std::vector<float> predictionLabels;
    std::vector<float> predictions; // rows x outputs
    std::size_t outputs = 1;
    QStringList warnings;
    // Seconds per step: "matrices" (building the DMatrix(es)), "rounds" (the booster and every
    // round with its evaluation, progress callbacks included), "predict" (held-out predictions),
    // "model" (saving it and its feature importance), and "train" for all of Trainer::train().
    QList<QPair<QString, double>> stepSeconds;
};

// Predicts `rows` of `side` with `booster` (`iterations` 0: every tree) and appends them to the
// outcome's held-out predictions, with their fold and label.
Status predictRows(const TrainingPlan& plan, const xgb::Booster& booster, const DataSide& side,
                   std::span<const std::uint32_t> rows, int iterations, int fold, TrainingOutcome& outcome);

// Matrices kept from one training to the next on the same rows: a sweep trains many
// configurations of one plan, and builds each matrix (the training rows per fold, tree method and
// bin count; the evaluated rows per fold) once instead of once per trial. Not for use by two
// trainings at the same time.
class MatrixCache
{
public:
    // The matrix stored under `key`, built by `build` the first time.
    Result<std::shared_ptr<xgb::DMatrix>> get(const QString& key, const std::function<Result<xgb::DMatrix>()>& build);
    std::size_t size() const { return m_matrices.size(); }

private:
    std::map<QString, std::shared_ptr<xgb::DMatrix>> m_matrices;
};

class Trainer
{
public:
    using RoundCallback = std::function<void(const RoundUpdate&, const std::vector<MetricSeries>&)>;

    // Lets XGBoost check the parameters and metrics on a few rows, so that a value it rejects is
    // reported before the real training starts, with XGBoost's own message.
    static Status dryRun(const TrainingPlan& plan);

    // Trains according to the plan. Cancellation is checked between rounds. With `matrices`, the
    // matrices are taken from it (and kept there) instead of built for this training alone.
    static Result<TrainingOutcome> train(const TrainingPlan& plan, JobControl& control, const RoundCallback& onRound,
                                         MatrixCache* matrices = nullptr);
};

} // namespace grove

Q_DECLARE_METATYPE(grove::RoundUpdate)
