#pragma once

#include "core/common/Result.h"
#include "core/train/TrainingPlan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

// The only place that talks to libxgboost's C API. Every handle is owned by an RAII wrapper and
// every failure becomes an Error carrying XGBoost's own message.
namespace grove::xgb {

// Rows of a dataset, in order, as row-major float32 batches: numbers as stored, categories as
// their index in the training categories, missing as NaN.
class RowBatches
{
public:
    RowBatches(const DataSide& side, std::span<const std::uint32_t> rows, std::size_t batchRows = 16384);

    void reset() { m_position = 0; }
    bool next(); // prepares the next batch; false at the end
    // Every row at once, into `values` (rows x columns) and `labels`, without a batch between.
    void gatherAll(std::vector<float>& values, std::vector<float>& labels) const;
    const float* values() const { return m_values.data(); }
    const float* labels() const { return m_labels.data(); }
    std::size_t rows() const { return m_batchSize; }
    std::size_t columns() const { return m_side.featureColumns.size(); }
    std::size_t totalRows() const { return m_rows.size(); }
    std::size_t firstRow() const { return m_position - m_batchSize; } // index into the row list

private:
    void gather(std::size_t first, std::size_t count, float* values, float* labels) const;

    const DataSide& m_side;
    std::span<const std::uint32_t> m_rows;
    std::size_t m_batchRows;
    std::size_t m_position = 0;
    std::size_t m_batchSize = 0;
    std::size_t m_gathered = std::size_t(-1); // first row of the batch in the buffer
    std::vector<float> m_values;
    std::vector<float> m_labels;
};

class DMatrix
{
public:
    DMatrix() = default;
    explicit DMatrix(void* handle) : m_handle(handle) {}
    DMatrix(DMatrix&& other) noexcept : m_handle(std::exchange(other.m_handle, nullptr)) {}
    DMatrix& operator=(DMatrix&& other) noexcept;
    ~DMatrix();
    void* handle() const { return m_handle; }

private:
    void* m_handle = nullptr;
};

// A QuantileDMatrix built from batches (the training data's cuts are shared with `reference`).
Result<DMatrix> quantileMatrix(RowBatches& batches, const std::vector<FeatureSpec>& features, int maxBin,
                               int threads, const DMatrix* reference);

// An ordinary DMatrix holding the values themselves (approx and exact need them, and evaluating
// or predicting on it is faster than on a QuantileDMatrix).
Result<DMatrix> denseMatrix(const RowBatches& batches, const std::vector<FeatureSpec>& features, int threads);
// The same for a row-major block of `rows` × features values, without labels.
Result<DMatrix> denseMatrix(const float* values, std::size_t rows, const std::vector<FeatureSpec>& features, int threads);

// Sets the labels of a matrix (one per row).
Status setLabels(const DMatrix& matrix, std::span<const float> labels);

struct Evaluation
{
    QString split;
    QString metric;
    double value = 0;
};
// Parses "[3]\ttrain-logloss:0.5\tvalid-auc:0.9" into its values.
QList<Evaluation> parseEvaluation(const QString& line, const QStringList& splits);

class Booster
{
public:
    static Result<Booster> create(std::span<const DMatrix* const> cache);
    static Result<Booster> load(const QByteArray& model);
    Booster(Booster&& other) noexcept : m_handle(std::exchange(other.m_handle, nullptr)) {}
    Booster& operator=(Booster&& other) noexcept;
    ~Booster();

    Status setParameters(const QList<QPair<QString, QString>>& parameters);
    // Names and types of the features, kept in the model: feature importance is reported by
    // name, and a model file read elsewhere knows its columns.
    Status setFeatures(const std::vector<FeatureSpec>& features);
    Status update(int iteration, const DMatrix& train);
    Result<QList<Evaluation>> evaluate(int iteration, std::span<const DMatrix* const> matrices, const QStringList& names);
    Result<QByteArray> save() const; // UBJ
    Result<QByteArray> saveJson() const; // XGBoost's JSON model format
    // Predictions for a row-major float32 block; `iterations` 0 means every tree. Returns
    // rows x outputs values (outputs > 1 for multiclass probabilities).
    Result<std::vector<float>> predict(const float* values, std::size_t rows, std::size_t columns, int iterations,
                                       std::size_t& outputs) const;
    // The same for the rows of a matrix. For a matrix the booster was created with and every
    // tree, XGBoost returns the predictions it keeps up to date for the evaluations.
    Result<std::vector<float>> predict(const DMatrix& matrix, int iterations, std::size_t& outputs) const;
    // XGBoost's exact TreeSHAP on the rows of a matrix: per row and output group, each
    // feature's contribution and the bias last (`interactions`: every pair, the bias last in both
    // directions). `shape` receives the dimensions (rows, groups, features + 1[, features + 1]).
    Result<std::vector<float>> contributions(const DMatrix& matrix, int iterations, bool interactions,
                                             std::vector<std::size_t>& shape) const;
    // Gain, weight and cover per feature name: {"gain": {...}, "weight": {...}, "cover": {...}}.
    Result<QJsonObject> importance() const;
    Result<int> boostedRounds() const;
    // A model with the first `rounds` rounds only (as a model stopped early predicts).
    Result<Booster> slice(int rounds) const;

private:
    Booster() = default;
    Result<QByteArray> saveAs(const char* config) const;
    void* m_handle = nullptr;
};

QString libraryVersion();

// Messages XGBoost logged (warnings such as unused parameters) since the last call; the same
// messages are no longer printed on stderr.
QStringList takeLogMessages();
// XGBoost's own words for the last failure of a call on this thread, without Grove's context.
QString lastFailureDetail();

} // namespace grove::xgb
