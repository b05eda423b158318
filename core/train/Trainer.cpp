#include "core/train/Trainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Trainer)
};

const QString kTrain = u"train"_s;
const QString kValid = u"valid"_s;

// The matrix XGBoost trains on: a QuantileDMatrix for hist (binned once, about a byte per value,
// read straight from the snapshot in batches); approx and exact need the values themselves.
Result<xgb::DMatrix> trainingMatrix(const TrainingPlan& plan, std::span<const std::uint32_t> rows)
{
    // Batches of up to 128 MiB: XGBoost reads the data three times (counting, sketching, binning)
    // and runs its parallel loops once per batch, so one large batch takes less time than many
    // small ones; typical data fit in one, which is gathered from the snapshot once.
    constexpr std::size_t kBatchValues = std::size_t(32) << 20;
    const std::size_t columns = std::max<std::size_t>(1, plan.features.size());
    const std::size_t batchRows = std::max<std::size_t>(16384, kBatchValues / columns);
    xgb::RowBatches batches(plan.train, rows, batchRows);
    if (plan.config.params.treeMethod != u"hist"_s)
        return xgb::denseMatrix(batches, plan.features, plan.config.threads);
    return xgb::quantileMatrix(batches, plan.features, plan.config.params.maxBin, plan.config.threads, nullptr);
}

// The matrix of the rows evaluated every round and predicted at the end: an ordinary DMatrix for
// every tree method. XGBoost predicts from its values directly, while on a QuantileDMatrix it looks
// each value up from its bins (GHistIndexMatrix::GetFvalue, about a tenth of the CPU time of the
// training benchmark). It takes 8 bytes per value instead of one, for the validation rows only.
Result<xgb::DMatrix> evaluationMatrix(const TrainingPlan& plan, const DataSide& side,
                                      std::span<const std::uint32_t> rows)
{
    return xgb::denseMatrix(xgb::RowBatches(side, rows), plan.features, plan.config.threads);
}

struct SingleResult
{
    std::optional<xgb::Booster> booster;
    std::shared_ptr<xgb::DMatrix> valid; // the validation rows, kept for the held-out predictions
    int roundsTrained = 0;
    int bestIteration = -1;
    QJsonObject finalMetrics;
    QJsonObject bestMetrics;
    double matrixSeconds = 0; // building the DMatrix(es)
    double roundSeconds = 0;  // creating the booster and the rounds with their evaluations
};

QJsonObject metricsAt(const std::vector<MetricSeries>& history, int fold, int round)
{
    QJsonObject bySplit;
    for (const MetricSeries& series : history) {
        if (series.fold != fold || round < 0 || std::size_t(round) >= series.values.size())
            continue;
        QJsonObject split = bySplit.value(series.split).toObject();
        split.insert(series.metric, series.values[std::size_t(round)]);
        bySplit.insert(series.split, split);
    }
    return bySplit;
}

MetricSeries& seriesFor(std::vector<MetricSeries>& history, const QString& split, const QString& metric, int fold)
{
    for (MetricSeries& series : history) {
        if (series.split == split && series.metric == metric && series.fold == fold)
            return series;
    }
    history.push_back({split, metric, fold, {}});
    return history.back();
}

// One training: the whole run, a fold, or the refit after cross-validation (no validation).
// A matrix from the cache, or built for this training alone.
Result<std::shared_ptr<xgb::DMatrix>> matrix(MatrixCache* cache, const QString& key,
                                             const std::function<Result<xgb::DMatrix>()>& build)
{
    if (cache)
        return cache->get(key, build);
    auto built = build();
    if (!built)
        return built.error();
    return std::make_shared<xgb::DMatrix>(std::move(*built));
}

Result<SingleResult> trainOnce(const TrainingPlan& plan, std::span<const std::uint32_t> trainRows,
                               const DataSide* validSide, std::span<const std::uint32_t> validRows, int rounds,
                               int fold, int folds, std::vector<MetricSeries>& history, JobControl& control,
                               const Trainer::RoundCallback& onRound, MatrixCache* cache)
{
    QElapsedTimer stepTimer;
    stepTimer.start();
    // The training matrix depends on the rows (the fold), the tree method and the bins.
    const QString trainKey = u"train %1 %2 %3 %4"_s.arg(fold).arg(validSide ? 1 : 0).arg(plan.config.params.treeMethod)
                                 .arg(plan.config.params.maxBin);
    auto train = matrix(cache, trainKey, [&] { return trainingMatrix(plan, trainRows); });
    if (!train)
        return train.error();
    std::shared_ptr<xgb::DMatrix> valid;
    if (validSide) {
        auto built = matrix(cache, u"valid %1"_s.arg(fold), [&] { return evaluationMatrix(plan, *validSide, validRows); });
        if (!built)
            return built.error();
        valid = std::move(*built);
    }
    const double matrixSeconds = double(stepTimer.nsecsElapsed()) / 1e9;
    stepTimer.restart();
    std::vector<const xgb::DMatrix*> matrices{train->get()};
    QStringList names{kTrain};
    if (valid) {
        matrices.push_back(valid.get());
        names << kValid;
    }
    auto booster = xgb::Booster::create(matrices);
    if (!booster)
        return booster.error();
    if (auto status = booster->setParameters(plan.boosterParameters()); !status)
        return status.error();
    if (auto status = booster->setFeatures(plan.features); !status)
        return status.error();

    SingleResult result;
    result.matrixSeconds = matrixSeconds;
    const QString primary = plan.config.metrics.isEmpty() ? QString() : plan.config.metrics.back();
    const bool maximize = metricIsMaximized(primary);
    double best = maximize ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        if (control.isInterruptionRequested())
            return Error::cancelled();
        if (auto status = booster->update(round, **train); !status)
            return status.error();
        auto evaluations = booster->evaluate(round, matrices, names);
        if (!evaluations)
            return evaluations.error();
        for (const xgb::Evaluation& e : *evaluations) {
            MetricSeries& series = seriesFor(history, e.split, e.metric, fold);
            series.values.resize(std::size_t(round) + 1, std::nan(""));
            series.values[std::size_t(round)] = e.value;
            if (valid && e.split == kValid && e.metric == primary &&
                (maximize ? e.value > best : e.value < best)) {
                best = e.value;
                result.bestIteration = round;
            }
        }
        result.roundsTrained = round + 1;
        if (onRound)
            onRound({fold, folds, round, rounds, *evaluations, double(timer.nsecsElapsed()) / 1e9}, history);
        if (valid && plan.config.earlyStoppingRounds > 0 && result.bestIteration >= 0 &&
            round - result.bestIteration >= plan.config.earlyStoppingRounds)
            break;
    }
    result.roundSeconds = double(stepTimer.nsecsElapsed()) / 1e9;
    result.finalMetrics = metricsAt(history, fold, result.roundsTrained - 1);
    if (result.bestIteration >= 0)
        result.bestMetrics = metricsAt(history, fold, result.bestIteration);
    result.booster = std::move(booster.value());
    result.valid = std::move(valid);
    return result;
}

// Appends the predictions of `booster` for the validation matrix (the rows `rows` of `side`) to the
// outcome's held-out predictions. With every tree, XGBoost already has them from the last round's
// evaluation.
Status predictValidation(const xgb::Booster& booster, const xgb::DMatrix& valid, const DataSide& side,
                         std::span<const std::uint32_t> rows, int iterations, int fold, TrainingOutcome& outcome)
{
    std::size_t outputs = 1;
    auto values = booster.predict(valid, iterations, outputs);
    if (!values)
        return values.error();
    if (values->size() != rows.size() * outputs)
        return Error::internal(
            Text::tr("XGBoost predicted %1 values for %2 rows.").arg(values->size()).arg(rows.size()));
    outcome.outputs = outputs;
    outcome.predictions.insert(outcome.predictions.end(), values->begin(), values->end());
    for (std::uint32_t row : rows) {
        outcome.predictionRows.push_back(row);
        outcome.predictionFolds.push_back(fold);
        outcome.predictionLabels.push_back(side.labels[row]);
    }
    return {};
}

} // namespace

Status predictRows(const TrainingPlan& plan, const xgb::Booster& booster, const DataSide& side,
                   std::span<const std::uint32_t> rows, int iterations, int fold, TrainingOutcome& outcome)
{
    xgb::RowBatches batches(side, rows);
    while (batches.next()) {
        std::size_t outputs = 1;
        auto values = booster.predict(batches.values(), batches.rows(), batches.columns(), iterations, outputs);
        if (!values)
            return values.error();
        outcome.outputs = outputs;
        outcome.predictions.insert(outcome.predictions.end(), values->begin(), values->end());
        for (std::size_t i = 0; i < batches.rows(); ++i) {
            const std::uint32_t row = rows[batches.firstRow() + i];
            outcome.predictionRows.push_back(row);
            outcome.predictionFolds.push_back(fold);
            outcome.predictionLabels.push_back(side.labels[row]);
        }
    }
    Q_UNUSED(plan);
    return {};
}

namespace {

// Mean and standard deviation over folds of each (split, metric).
void foldStatistics(const std::vector<QJsonObject>& perFold, QJsonObject& mean, QJsonObject& spread)
{
    for (const QString& split : {kTrain, kValid}) {
        QJsonObject means, deviations;
        const QStringList metrics = perFold.empty() ? QStringList() : perFold.front().value(split).toObject().keys();
        for (const QString& metric : metrics) {
            std::vector<double> values;
            for (const QJsonObject& fold : perFold)
                values.push_back(fold.value(split).toObject().value(metric).toDouble());
            const double m = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
            double squares = 0;
            for (double v : values)
                squares += (v - m) * (v - m);
            means.insert(metric, m);
            deviations.insert(metric, values.size() > 1 ? std::sqrt(squares / double(values.size() - 1)) : 0.0);
        }
        if (!means.isEmpty()) {
            mean.insert(split, means);
            spread.insert(split + u"_std"_s, deviations);
        }
    }
}

} // namespace

Result<std::shared_ptr<xgb::DMatrix>> MatrixCache::get(const QString& key, const std::function<Result<xgb::DMatrix>()>& build)
{
    if (auto found = m_matrices.find(key); found != m_matrices.end())
        return found->second;
    auto built = build();
    if (!built)
        return built.error();
    auto shared = std::make_shared<xgb::DMatrix>(std::move(*built));
    m_matrices.emplace(key, shared);
    return shared;
}

Status Trainer::dryRun(const TrainingPlan& plan)
{
    // A handful of rows of each class reach XGBoost for one round; any parameter or metric it
    // rejects fails here.
    std::vector<std::uint32_t> rows;
    const auto& source = plan.trainRows;
    for (std::size_t i = 0; i < source.size() && rows.size() < 64; i += std::max<std::size_t>(1, source.size() / 64))
        rows.push_back(source[i]);
    if (plan.task != Task::Regression) {
        // Every class must appear, or multiclass objectives complain about labels.
        std::vector<bool> seen(std::size_t(plan.classes.size()), false);
        for (std::uint32_t r : rows)
            seen[std::size_t(plan.train.labels[r])] = true;
        for (std::uint32_t r : source) {
            const auto label = std::size_t(plan.train.labels[r]);
            if (!seen[label]) {
                seen[label] = true;
                rows.push_back(r);
            }
        }
        std::sort(rows.begin(), rows.end());
    }
    TrainingPlan probe = plan;
    probe.config.earlyStoppingRounds = 0;
    std::vector<MetricSeries> history;
    JobControl control;
    auto result = trainOnce(probe, rows, &plan.train, rows, 1, -1, 1, history, control, {}, nullptr);
    xgb::takeLogMessages();
    if (!result) {
        if (result.error().kind != ErrorKind::BadInput || xgb::lastFailureDetail().isEmpty())
            return result.error();
        QString detail = xgb::lastFailureDetail().trimmed();
        if (!detail.endsWith(u'.'))
            detail += u'.';
        return Error::badInput(Text::tr("XGBoost rejects these parameters or metrics: %1 Check the names and values "
                                        "of the parameters (and metrics) given.")
                                   .arg(detail));
    }
    return {};
}

Result<TrainingOutcome> Trainer::train(const TrainingPlan& plan, JobControl& control, const RoundCallback& onRound,
                                       MatrixCache* matrices)
{
    TrainingOutcome outcome;
    xgb::takeLogMessages();
    QElapsedTimer total;
    total.start();
    const int rounds = plan.config.rounds;
    // Seconds per step, added up over folds: building the matrices, the rounds (with the
    // booster's creation and the evaluations), the held-out predictions.
    double matrixSeconds = 0, roundSeconds = 0, predictSeconds = 0;
    QElapsedTimer stepTimer;

    std::optional<xgb::Booster> finalBooster;
    if (plan.config.validation.kind != ValidationKind::KFold) {
        const DataSide& validSide = plan.validation ? *plan.validation : plan.train;
        auto result = trainOnce(plan, plan.trainRows, &validSide, plan.validRows, rounds, -1, 1, outcome.history,
                                control, onRound, matrices);
        if (!result)
            return result.error();
        matrixSeconds += result->matrixSeconds;
        roundSeconds += result->roundSeconds;
        outcome.roundsTrained = result->roundsTrained;
        outcome.bestIteration = result->bestIteration;
        outcome.finalMetrics = result->finalMetrics;
        outcome.bestMetrics = result->bestMetrics;
        const int iterations = plan.config.earlyStoppingRounds > 0 && result->bestIteration >= 0 ? result->bestIteration + 1 : 0;
        stepTimer.start();
        auto status = predictValidation(*result->booster, *result->valid, validSide, plan.validRows, iterations, -1,
                                        outcome);
        if (!status)
            return status.error();
        result->valid.reset();
        predictSeconds += double(stepTimer.nsecsElapsed()) / 1e9;
        finalBooster = std::move(result->booster);
    } else {
        const int folds = plan.config.validation.folds;
        std::vector<QJsonObject> finals, bests;
        double bestSum = 0;
        for (int f = 0; f < folds; ++f) {
            std::vector<std::uint32_t> trainRows, validRows;
            for (std::uint32_t r : plan.trainRows)
                (plan.fold[r] == f ? validRows : trainRows).push_back(r);
            auto result = trainOnce(plan, trainRows, &plan.train, validRows, rounds, f, folds + 1, outcome.history,
                                    control, onRound, matrices);
            if (!result)
                return result.error();
            matrixSeconds += result->matrixSeconds;
            roundSeconds += result->roundSeconds;
            finals.push_back(result->finalMetrics);
            bests.push_back(result->bestMetrics);
            bestSum += result->bestIteration;
            const int iterations = plan.config.earlyStoppingRounds > 0 && result->bestIteration >= 0 ? result->bestIteration + 1 : 0;
            stepTimer.start();
            auto status = predictValidation(*result->booster, *result->valid, plan.train, validRows, iterations, f,
                                            outcome);
            if (!status)
                return status.error();
            predictSeconds += double(stepTimer.nsecsElapsed()) / 1e9;
        }
        QJsonObject spread, bestSpread;
        foldStatistics(finals, outcome.finalMetrics, spread);
        foldStatistics(bests, outcome.bestMetrics, bestSpread);
        for (auto it = spread.constBegin(); it != spread.constEnd(); ++it)
            outcome.finalMetrics.insert(it.key(), it.value());
        for (auto it = bestSpread.constBegin(); it != bestSpread.constEnd(); ++it)
            outcome.bestMetrics.insert(it.key(), it.value());
        outcome.bestIteration = int(std::lround(bestSum / folds));
        // The model to keep: all rows, for as many rounds as the folds found best (early
        // stopping), or the configured rounds.
        const int refitRounds = plan.config.earlyStoppingRounds > 0 ? outcome.bestIteration + 1 : rounds;
        auto refit = trainOnce(plan, plan.trainRows, nullptr, {}, refitRounds, -1, folds + 1, outcome.history,
                               control, onRound, matrices);
        if (!refit)
            return refit.error();
        matrixSeconds += refit->matrixSeconds;
        roundSeconds += refit->roundSeconds;
        outcome.roundsTrained = refit->roundsTrained;
        // Out-of-fold predictions in row order.
        std::vector<std::size_t> order(outcome.predictionRows.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return outcome.predictionRows[a] < outcome.predictionRows[b]; });
        TrainingOutcome sorted;
        for (std::size_t i : order) {
            sorted.predictionRows.push_back(outcome.predictionRows[i]);
            sorted.predictionFolds.push_back(outcome.predictionFolds[i]);
            sorted.predictionLabels.push_back(outcome.predictionLabels[i]);
            sorted.predictions.insert(sorted.predictions.end(), outcome.predictions.begin() + qsizetype(i * outcome.outputs),
                                      outcome.predictions.begin() + qsizetype((i + 1) * outcome.outputs));
        }
        outcome.predictionRows = std::move(sorted.predictionRows);
        outcome.predictionFolds = std::move(sorted.predictionFolds);
        outcome.predictionLabels = std::move(sorted.predictionLabels);
        outcome.predictions = std::move(sorted.predictions);
        finalBooster = std::move(refit->booster);
    }

    stepTimer.start();
    auto model = finalBooster->save();
    if (!model)
        return model.error();
    outcome.model = *model;
    auto importance = finalBooster->importance();
    if (!importance)
        return importance.error();
    outcome.importance = *importance;
    outcome.warnings = xgb::takeLogMessages();
    const double modelSeconds = double(stepTimer.nsecsElapsed()) / 1e9;
    outcome.stepSeconds << qMakePair(u"matrices"_s, matrixSeconds) << qMakePair(u"rounds"_s, roundSeconds)
                        << qMakePair(u"predict"_s, predictSeconds) << qMakePair(u"model"_s, modelSeconds)
                        << qMakePair(u"train"_s, double(total.nsecsElapsed()) / 1e9);
    return outcome;
}

} // namespace grove
