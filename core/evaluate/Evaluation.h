#pragma once

#include "core/model/HeldOutPredictions.h"
#include "core/model/RunRecord.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace grove {

// How a binary model's scores become decisions, and what mistakes cost: what a run saves as its
// decision (core/model/RunRecord.h).
using DecisionOptions = RunDecision;

// The confusion counts of one cut, and the figures drawn from them.
struct Confusion
{
    double threshold = 0.5;
    std::int64_t truePositives = 0, falsePositives = 0, trueNegatives = 0, falseNegatives = 0;

    std::int64_t rows() const { return truePositives + falsePositives + trueNegatives + falseNegatives; }
    double precision() const;   // NaN when nothing is predicted positive
    double recall() const;      // NaN without positives
    double specificity() const; // NaN without negatives
    double f1() const;
    double accuracy() const;
    double mcc() const;         // Matthews correlation; 0 when a margin is empty, as scikit-learn
    double cost(const DecisionOptions& options) const; // per row
};

// Every cut of a set of scores, from one sort: the distinct scores from high to low, and how many
// positives and negatives score at least each. ROC and precision-recall curves, their areas and
// the confusion at any threshold (a binary search) come from it.
class ThresholdCurve
{
public:
    // `positive[i]` tells whether row i belongs to the positive class. Scores must be finite.
    static ThresholdCurve of(std::span<const float> scores, std::span<const std::uint8_t> positive);

    std::int64_t positives() const { return m_positives; }
    std::int64_t negatives() const { return m_negatives; }
    std::size_t cuts() const { return m_thresholds.size(); }
    float threshold(std::size_t cut) const { return m_thresholds[cut]; }
    // Cumulative counts at cut i: rows scoring at least threshold(i).
    std::int64_t truePositives(std::size_t cut) const { return m_truePositives[cut]; }
    std::int64_t falsePositives(std::size_t cut) const { return m_falsePositives[cut]; }

    Confusion at(double threshold) const;
    double auc() const;              // area under the ROC curve, ties counted half (NaN for one class)
    double averagePrecision() const; // sum over cuts of (recall step) × precision, as scikit-learn
    // The cut with the least cost among every distinct score (and "nothing positive").
    Confusion cheapest(const DecisionOptions& options) const;

private:
    // The counts when the rows up to cut `cut` are positive (-1: none), at `threshold`.
    Confusion counts(std::ptrdiff_t cut, double threshold) const;

    std::vector<float> m_thresholds;
    std::vector<std::int64_t> m_truePositives, m_falsePositives;
    std::int64_t m_positives = 0, m_negatives = 0;
};

struct CalibrationBin
{
    double from = 0, to = 0;
    std::int64_t rows = 0;
    double meanScore = 0, positiveRate = 0;
};

struct BinaryEvaluation
{
    std::int64_t rows = 0;
    ThresholdCurve curve;
    Confusion chosen;   // at the chosen threshold
    Confusion cheapest; // at the cost-optimal threshold
    DecisionOptions options;
    double auc = 0, averagePrecision = 0, brier = 0, logLoss = 0, expectedCalibrationError = 0;
    std::vector<CalibrationBin> calibration; // 10 equal-width bins of the score
    // Cumulative gain at each percent of rows taken by score, high to low (index 0 is 1 %).
    std::vector<double> gain;
    // Scores of each class in 20 equal-width bins over [0, 1]: index 0 negatives, 1 positives.
    std::vector<std::int64_t> scoreHistogram[2];
};

struct ClassFigures
{
    QString label;
    std::int64_t support = 0;
    double precision = 0, recall = 0, f1 = 0, auc = 0; // auc: one class against the rest
};

struct MulticlassEvaluation
{
    std::int64_t rows = 0;
    int classes = 0;
    std::vector<std::int64_t> confusion; // classes × classes, rows are the true classes
    std::vector<ClassFigures> perClass;
    std::vector<ThresholdCurve> oneVsRest;
    double accuracy = 0, logLoss = 0;
    double macroPrecision = 0, macroRecall = 0, macroF1 = 0;
    double weightedPrecision = 0, weightedRecall = 0, weightedF1 = 0;
};

struct RegressionEvaluation
{
    std::int64_t rows = 0;
    double rmse = 0, mae = 0, r2 = 0, meanError = 0;
    // Quantiles of the absolute error: 50 %, 90 %, 95 %, 99 % and the largest.
    double absoluteErrorQuantiles[5] = {};
    double residualFrom = 0, residualTo = 0;
    std::vector<std::int64_t> residualHistogram; // 40 equal-width bins from residualFrom to residualTo
};

// A run's held-out predictions evaluated: one of the three, by the task.
struct Evaluation
{
    Task task = Task::Binary;
    QStringList classes;
    bool crossValidated = false;
    std::optional<BinaryEvaluation> binary;
    std::optional<MulticlassEvaluation> multiclass;
    std::optional<RegressionEvaluation> regression;

    // The figures scripts read (`grove-cli evaluate --json`): for binary `auc`,
    // `average_precision`, `brier`, `log_loss`, `threshold`, `confusion_matrix` [[tn, fp], [fn, tp]]
    // and more; for multiclass `confusion_matrix` (K×K) and `per_class`; for regression `rmse`,
    // `mae`, `r2`.
    QJsonObject toJson() const;
};

// A figure as JSON: null when it does not exist (NaN), as JSON has no NaN.
QJsonValue jsonNumber(double value);

// Evaluates every row of `predictions`: one sort of the scores (per class for multiclass).
Evaluation evaluate(const HeldOutPredictions& predictions, const DecisionOptions& options = {});

BinaryEvaluation evaluateBinary(std::span<const float> scores, std::span<const std::uint8_t> positive,
                                const DecisionOptions& options = {});
MulticlassEvaluation evaluateMulticlass(std::span<const float> probabilities, std::span<const float> labels,
                                        const QStringList& classes);
RegressionEvaluation evaluateRegression(std::span<const float> predictions, std::span<const float> values);

} // namespace grove
