#include "core/evaluate/Evaluation.h"

#include <QJsonArray>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double ratio(double a, double b) { return b > 0 ? a / b : kNaN; }

// Probabilities are clipped as scikit-learn's log_loss does, so that a confident mistake costs
// a large finite amount.
double logOf(double p)
{
    constexpr double kEpsilon = 1e-15;
    return std::log(std::clamp(p, kEpsilon, 1 - kEpsilon));
}

// The bin of `share` (0 to 1) among `bins`: values outside, infinities and NaN go to the end bins
// (converting them to int directly would be undefined).
std::size_t binOf(double share, int bins)
{
    if (!(share > 0)) // NaN too
        return 0;
    if (share >= 1)
        return std::size_t(bins - 1);
    return std::min(std::size_t(share * bins), std::size_t(bins - 1));
}

QJsonArray numbers(const std::vector<std::int64_t>& values)
{
    QJsonArray array;
    for (std::int64_t value : values)
        array.append(qint64(value));
    return array;
}

QJsonObject confusionJson(const Confusion& c, const DecisionOptions& options)
{
    return {{u"threshold"_s, c.threshold},
            {u"confusion_matrix"_s, QJsonArray{QJsonArray{qint64(c.trueNegatives), qint64(c.falsePositives)},
                                               QJsonArray{qint64(c.falseNegatives), qint64(c.truePositives)}}},
            {u"precision"_s, jsonNumber(c.precision())},
            {u"recall"_s, jsonNumber(c.recall())},
            {u"f1"_s, jsonNumber(c.f1())},
            {u"accuracy"_s, jsonNumber(c.accuracy())},
            {u"specificity"_s, jsonNumber(c.specificity())},
            {u"mcc"_s, jsonNumber(c.mcc())},
            {u"expected_cost"_s, jsonNumber(c.cost(options))}};
}

} // namespace

double Confusion::precision() const { return ratio(double(truePositives), double(truePositives + falsePositives)); }
double Confusion::recall() const { return ratio(double(truePositives), double(truePositives + falseNegatives)); }
double Confusion::specificity() const { return ratio(double(trueNegatives), double(trueNegatives + falsePositives)); }
double Confusion::accuracy() const { return ratio(double(truePositives + trueNegatives), double(rows())); }

double Confusion::f1() const
{
    // 2 TP / (2 TP + FP + FN): defined whenever there is a positive, predicted or true.
    return ratio(2.0 * double(truePositives), 2.0 * double(truePositives) + double(falsePositives + falseNegatives));
}

double Confusion::mcc() const
{
    const double tp = double(truePositives), fp = double(falsePositives), tn = double(trueNegatives),
                 fn = double(falseNegatives);
    const double denominator = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn);
    return denominator > 0 ? (tp * tn - fp * fn) / std::sqrt(denominator) : 0.0;
}

double Confusion::cost(const DecisionOptions& options) const
{
    return ratio(options.costFalsePositive * double(falsePositives) + options.costFalseNegative * double(falseNegatives),
                 double(rows()));
}

namespace {

// A float as an unsigned integer in the same order (negative values below positive ones).
std::uint32_t orderedBits(float value)
{
    if (value == 0)
        value = 0.0f; // -0 ties with 0
    const auto bits = std::bit_cast<std::uint32_t>(value);
    return bits & 0x80000000u ? ~bits : bits | 0x80000000u;
}

float fromOrderedBits(std::uint32_t ordered)
{
    return std::bit_cast<float>(ordered & 0x80000000u ? ordered & 0x7fffffffu : ~ordered);
}

} // namespace

ThresholdCurve ThresholdCurve::of(std::span<const float> scores, std::span<const std::uint8_t> positive)
{
    ThresholdCurve curve;
    const std::size_t n = std::min(scores.size(), positive.size());
    // One sort, high scores first, of keys that hold the score and the class together: sorting
    // them in place is several times faster than sorting row numbers by a score looked up
    // elsewhere. Within a tie the order does not matter: a cut falls only after the last of them.
    std::vector<std::uint64_t> keys(n);
    for (std::size_t i = 0; i < n; ++i)
        keys[i] = (std::uint64_t(~orderedBits(scores[i])) << 32) | (positive[i] ? 1u : 0u);
    std::sort(keys.begin(), keys.end());
    std::int64_t tp = 0, fp = 0;
    for (std::size_t i = 0; i < n; ++i) {
        (keys[i] & 1 ? tp : fp) += 1;
        const std::uint32_t score = std::uint32_t(keys[i] >> 32);
        if (i + 1 == n || std::uint32_t(keys[i + 1] >> 32) != score) {
            curve.m_thresholds.push_back(fromOrderedBits(~score));
            curve.m_truePositives.push_back(tp);
            curve.m_falsePositives.push_back(fp);
        }
    }
    curve.m_positives = tp;
    curve.m_negatives = fp;
    return curve;
}

QJsonValue jsonNumber(double value) { return std::isfinite(value) ? QJsonValue(value) : QJsonValue(); }

Confusion ThresholdCurve::counts(std::ptrdiff_t cut, double threshold) const
{
    Confusion c;
    c.threshold = threshold;
    if (cut >= 0) {
        c.truePositives = m_truePositives[std::size_t(cut)];
        c.falsePositives = m_falsePositives[std::size_t(cut)];
    }
    c.falseNegatives = m_positives - c.truePositives;
    c.trueNegatives = m_negatives - c.falsePositives;
    return c;
}

Confusion ThresholdCurve::at(double threshold) const
{
    // The last cut whose score is at least the threshold (thresholds fall from high to low).
    // Compared as float32, as the scores are stored: a threshold of 0.35 takes a score shown as 0.35.
    const float cutAt = float(threshold);
    const auto end = std::partition_point(m_thresholds.begin(), m_thresholds.end(),
                                          [cutAt](float score) { return score >= cutAt; });
    return counts(std::ptrdiff_t(end - m_thresholds.begin()) - 1, threshold);
}

double ThresholdCurve::auc() const
{
    if (m_positives == 0 || m_negatives == 0)
        return kNaN;
    // Trapezoids between consecutive cuts, from (0, 0): a tie between classes counts half.
    double area = 0;
    std::int64_t tpBefore = 0, fpBefore = 0;
    for (std::size_t i = 0; i < m_thresholds.size(); ++i) {
        area += double(m_falsePositives[i] - fpBefore) * double(m_truePositives[i] + tpBefore) / 2.0;
        tpBefore = m_truePositives[i];
        fpBefore = m_falsePositives[i];
    }
    return area / (double(m_positives) * double(m_negatives));
}

double ThresholdCurve::averagePrecision() const
{
    if (m_positives == 0)
        return kNaN;
    double sum = 0;
    std::int64_t tpBefore = 0;
    for (std::size_t i = 0; i < m_thresholds.size(); ++i) {
        const std::int64_t tp = m_truePositives[i];
        if (tp != tpBefore)
            sum += double(tp - tpBefore) / double(m_positives) * double(tp) / double(tp + m_falsePositives[i]);
        tpBefore = tp;
    }
    return sum;
}

Confusion ThresholdCurve::cheapest(const DecisionOptions& options) const
{
    // "Nothing positive" first: a threshold above every score.
    const float top = m_thresholds.empty() ? 1.0f : m_thresholds.front();
    Confusion best = at(std::nextafter(top, std::numeric_limits<float>::infinity()));
    double bestCost = best.cost(options);
    for (std::size_t i = 0; i < m_thresholds.size(); ++i) {
        const Confusion c = counts(std::ptrdiff_t(i), m_thresholds[i]);
        if (const double cost = c.cost(options); cost < bestCost) {
            best = c;
            bestCost = cost;
        }
    }
    return best;
}

BinaryEvaluation evaluateBinary(std::span<const float> scores, std::span<const std::uint8_t> positive,
                                const DecisionOptions& options)
{
    BinaryEvaluation e;
    const std::size_t n = std::min(scores.size(), positive.size());
    e.rows = std::int64_t(n);
    e.options = options;
    e.curve = ThresholdCurve::of(scores.first(n), positive.first(n));
    e.chosen = e.curve.at(options.threshold.value_or(0.5));
    e.cheapest = e.curve.cheapest(options);
    e.auc = e.curve.auc();
    e.averagePrecision = e.curve.averagePrecision();

    constexpr int kCalibrationBins = 10, kHistogramBins = 20;
    e.calibration.resize(kCalibrationBins);
    std::vector<double> binScores(kCalibrationBins), binPositives(kCalibrationBins);
    e.scoreHistogram[0].assign(kHistogramBins, 0);
    e.scoreHistogram[1].assign(kHistogramBins, 0);
    double brier = 0, logLoss = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double p = scores[i];
        const int y = positive[i] ? 1 : 0;
        brier += (p - y) * (p - y);
        logLoss -= y ? logOf(p) : logOf(1 - p);
        const std::size_t bin = binOf(p, kCalibrationBins);
        e.calibration[bin].rows += 1;
        binScores[bin] += p;
        binPositives[bin] += y;
        e.scoreHistogram[y][binOf(p, kHistogramBins)] += 1;
    }
    e.brier = n ? brier / double(n) : kNaN;
    e.logLoss = n ? logLoss / double(n) : kNaN;
    double ece = 0;
    for (int b = 0; b < kCalibrationBins; ++b) {
        CalibrationBin& bin = e.calibration[std::size_t(b)];
        bin.from = double(b) / kCalibrationBins;
        bin.to = double(b + 1) / kCalibrationBins;
        if (bin.rows > 0) {
            bin.meanScore = binScores[std::size_t(b)] / double(bin.rows);
            bin.positiveRate = binPositives[std::size_t(b)] / double(bin.rows);
            ece += double(bin.rows) / double(n) * std::abs(bin.meanScore - bin.positiveRate);
        }
    }
    e.expectedCalibrationError = n ? ece : kNaN;

    // Cumulative gain: the share of positives among the top k % of rows by score. Rows that tie
    // at the border count in proportion, so that the curve does not depend on the order of ties.
    const ThresholdCurve& c = e.curve;
    e.gain.resize(100);
    std::size_t cut = 0;
    for (int percent = 1; percent <= 100; ++percent) {
        const double taken = double(n) * percent / 100.0;
        while (cut < c.cuts() && double(c.truePositives(cut) + c.falsePositives(cut)) < taken)
            ++cut;
        double positivesTaken = 0;
        if (cut < c.cuts()) {
            const double rowsBefore = cut ? double(c.truePositives(cut - 1) + c.falsePositives(cut - 1)) : 0;
            const double tpBefore = cut ? double(c.truePositives(cut - 1)) : 0;
            const double rowsHere = double(c.truePositives(cut) + c.falsePositives(cut)) - rowsBefore;
            const double tpHere = double(c.truePositives(cut)) - tpBefore;
            positivesTaken = tpBefore + (rowsHere > 0 ? tpHere * (taken - rowsBefore) / rowsHere : 0);
        } else {
            positivesTaken = double(c.positives());
        }
        e.gain[std::size_t(percent - 1)] = ratio(positivesTaken, double(c.positives()));
    }
    return e;
}

MulticlassEvaluation evaluateMulticlass(std::span<const float> probabilities, std::span<const float> labels,
                                        const QStringList& classes)
{
    MulticlassEvaluation e;
    const std::size_t k = std::size_t(classes.size());
    const std::size_t n = k ? std::min(labels.size(), probabilities.size() / k) : 0;
    e.rows = std::int64_t(n);
    e.classes = int(k);
    e.confusion.assign(k * k, 0);
    double logLoss = 0;
    std::int64_t correct = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const float* p = probabilities.data() + i * k;
        if (!(labels[i] >= 0) || labels[i] >= float(k))
            continue; // not a class: HeldOutPredictions::problem() refuses such files
        const std::size_t truth = std::size_t(labels[i]);
        // The predicted class: the most probable, the first of equals (as argmax).
        const std::size_t predicted = std::size_t(std::max_element(p, p + k) - p);
        e.confusion[truth * k + predicted] += 1;
        correct += predicted == truth;
        logLoss -= logOf(p[truth]);
    }
    e.accuracy = ratio(double(correct), double(n));
    e.logLoss = n ? logLoss / double(n) : kNaN;
    std::vector<float> scores(n);
    std::vector<std::uint8_t> positive(n);
    for (std::size_t c = 0; c < k; ++c) {
        ClassFigures f;
        f.label = classes[qsizetype(c)];
        std::int64_t predictedAs = 0;
        for (std::size_t other = 0; other < k; ++other) {
            f.support += e.confusion[c * k + other];
            predictedAs += e.confusion[other * k + c];
        }
        const double tp = double(e.confusion[c * k + c]);
        // As scikit-learn with zero_division=0: an undefined share counts 0 in the averages.
        f.precision = predictedAs ? tp / double(predictedAs) : 0.0;
        f.recall = f.support ? tp / double(f.support) : 0.0;
        f.f1 = f.precision + f.recall > 0 ? 2 * f.precision * f.recall / (f.precision + f.recall) : 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            scores[i] = probabilities[i * k + c];
            positive[i] = labels[i] == float(c);
        }
        e.oneVsRest.push_back(ThresholdCurve::of(scores, positive));
        f.auc = e.oneVsRest.back().auc();
        e.macroPrecision += f.precision / double(k);
        e.macroRecall += f.recall / double(k);
        e.macroF1 += f.f1 / double(k);
        const double weight = n ? double(f.support) / double(n) : 0.0;
        e.weightedPrecision += f.precision * weight;
        e.weightedRecall += f.recall * weight;
        e.weightedF1 += f.f1 * weight;
        e.perClass.push_back(f);
    }
    return e;
}

RegressionEvaluation evaluateRegression(std::span<const float> predictions, std::span<const float> values)
{
    RegressionEvaluation e;
    const std::size_t n = std::min(predictions.size(), values.size());
    e.rows = std::int64_t(n);
    if (n == 0) {
        e.rmse = e.mae = e.r2 = e.meanError = kNaN;
        return e;
    }
    double mean = 0;
    for (std::size_t i = 0; i < n; ++i)
        mean += values[i];
    mean /= double(n);
    double squared = 0, absolute = 0, total = 0, error = 0;
    std::vector<float> absoluteErrors(n);
    std::vector<double> residuals(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double residual = double(predictions[i]) - double(values[i]);
        residuals[i] = residual;
        squared += residual * residual;
        absolute += std::abs(residual);
        error += residual;
        total += (double(values[i]) - mean) * (double(values[i]) - mean);
        absoluteErrors[i] = float(std::abs(residual));
    }
    e.rmse = std::sqrt(squared / double(n));
    e.mae = absolute / double(n);
    e.meanError = error / double(n);
    e.r2 = total > 0 ? 1 - squared / total : kNaN;
    // Quantiles as numpy's default (linear between the two nearest ranks).
    std::sort(absoluteErrors.begin(), absoluteErrors.end());
    const double shares[5] = {0.5, 0.9, 0.95, 0.99, 1.0};
    for (int q = 0; q < 5; ++q) {
        const double position = shares[q] * double(n - 1);
        const std::size_t below = std::size_t(position);
        const std::size_t above = std::min(below + 1, n - 1);
        e.absoluteErrorQuantiles[q] =
            absoluteErrors[below] + (position - double(below)) * (double(absoluteErrors[above]) - absoluteErrors[below]);
    }
    const auto [low, high] = std::minmax_element(residuals.begin(), residuals.end());
    e.residualFrom = *low;
    e.residualTo = *high > *low ? *high : *low + 1;
    constexpr int kBins = 40;
    e.residualHistogram.assign(kBins, 0);
    // A single value, or values too large for their spread to show in a double, all fall in one bin.
    const double width = e.residualTo - e.residualFrom;
    for (double residual : residuals)
        e.residualHistogram[width > 0 ? binOf((residual - e.residualFrom) / width, kBins) : 0] += 1;
    return e;
}

Evaluation evaluate(const HeldOutPredictions& predictions, const DecisionOptions& options)
{
    Evaluation e;
    e.task = predictions.task;
    e.classes = predictions.classes;
    e.crossValidated = predictions.crossValidated();
    switch (predictions.task) {
    case Task::Binary: {
        std::vector<std::uint8_t> positive(predictions.size());
        for (std::size_t i = 0; i < positive.size(); ++i)
            positive[i] = predictions.labels[i] == 1.0f;
        e.binary = evaluateBinary(predictions.scores, positive, options);
        break;
    }
    case Task::Multiclass:
        e.multiclass = evaluateMulticlass(predictions.scores, predictions.labels, predictions.classes);
        break;
    case Task::Regression:
        e.regression = evaluateRegression(predictions.scores, predictions.labels);
        break;
    }
    return e;
}

QJsonObject Evaluation::toJson() const
{
    QJsonObject json{{u"task"_s, taskKey(task)}, {u"cross_validated"_s, crossValidated}};
    if (binary) {
        const BinaryEvaluation& b = *binary;
        json.insert(u"rows"_s, qint64(b.rows));
        json.insert(u"positives"_s, qint64(b.curve.positives()));
        json.insert(u"classes"_s, QJsonArray::fromStringList(classes));
        json.insert(u"auc"_s, jsonNumber(b.auc));
        json.insert(u"average_precision"_s, jsonNumber(b.averagePrecision));
        json.insert(u"brier"_s, jsonNumber(b.brier));
        json.insert(u"log_loss"_s, jsonNumber(b.logLoss));
        json.insert(u"expected_calibration_error"_s, jsonNumber(b.expectedCalibrationError));
        const QJsonObject chosen = confusionJson(b.chosen, b.options);
        for (auto it = chosen.begin(); it != chosen.end(); ++it)
            json.insert(it.key(), it.value());
        json.insert(u"cost_false_positive"_s, b.options.costFalsePositive);
        json.insert(u"cost_false_negative"_s, b.options.costFalseNegative);
        json.insert(u"cost_optimal"_s, confusionJson(b.cheapest, b.options));
        QJsonArray calibration;
        for (const CalibrationBin& bin : b.calibration)
            calibration.append(QJsonObject{{u"from"_s, bin.from},
                                           {u"to"_s, bin.to},
                                           {u"rows"_s, qint64(bin.rows)},
                                           {u"mean_score"_s, bin.rows ? QJsonValue(bin.meanScore) : QJsonValue()},
                                           {u"positive_rate"_s, bin.rows ? QJsonValue(bin.positiveRate) : QJsonValue()}});
        json.insert(u"calibration"_s, calibration);
        QJsonArray gain, lift;
        for (std::size_t i = 0; i < b.gain.size(); i += 10) { // deciles: 10 %, 20 %, ... 100 %
            const std::size_t at = i + 9;
            gain.append(jsonNumber(b.gain[at]));
            lift.append(jsonNumber(b.gain[at] / (double(at + 1) / 100.0)));
        }
        json.insert(u"gain_by_decile"_s, gain);
        json.insert(u"lift_by_decile"_s, lift);
    } else if (multiclass) {
        const MulticlassEvaluation& m = *multiclass;
        json.insert(u"rows"_s, qint64(m.rows));
        json.insert(u"classes"_s, QJsonArray::fromStringList(classes));
        QJsonArray matrix;
        for (int t = 0; t < m.classes; ++t)
            matrix.append(numbers(std::vector<std::int64_t>(m.confusion.begin() + t * m.classes,
                                                            m.confusion.begin() + (t + 1) * m.classes)));
        json.insert(u"confusion_matrix"_s, matrix);
        QJsonArray perClass;
        for (const ClassFigures& f : m.perClass)
            perClass.append(QJsonObject{{u"class"_s, f.label},
                                        {u"support"_s, qint64(f.support)},
                                        {u"precision"_s, f.precision},
                                        {u"recall"_s, f.recall},
                                        {u"f1"_s, f.f1},
                                        {u"auc_one_vs_rest"_s, jsonNumber(f.auc)}});
        json.insert(u"per_class"_s, perClass);
        json.insert(u"accuracy"_s, jsonNumber(m.accuracy));
        json.insert(u"log_loss"_s, jsonNumber(m.logLoss));
        json.insert(u"macro"_s, QJsonObject{{u"precision"_s, m.macroPrecision}, {u"recall"_s, m.macroRecall}, {u"f1"_s, m.macroF1}});
        json.insert(u"weighted"_s,
                    QJsonObject{{u"precision"_s, m.weightedPrecision}, {u"recall"_s, m.weightedRecall}, {u"f1"_s, m.weightedF1}});
    } else if (regression) {
        const RegressionEvaluation& r = *regression;
        json.insert(u"rows"_s, qint64(r.rows));
        json.insert(u"rmse"_s, jsonNumber(r.rmse));
        json.insert(u"mae"_s, jsonNumber(r.mae));
        json.insert(u"r2"_s, jsonNumber(r.r2));
        json.insert(u"mean_error"_s, jsonNumber(r.meanError));
        json.insert(u"absolute_error_quantiles"_s,
                    QJsonObject{{u"0.5"_s, r.absoluteErrorQuantiles[0]},
                                {u"0.9"_s, r.absoluteErrorQuantiles[1]},
                                {u"0.95"_s, r.absoluteErrorQuantiles[2]},
                                {u"0.99"_s, r.absoluteErrorQuantiles[3]},
                                {u"max"_s, r.absoluteErrorQuantiles[4]}});
    }
    return json;
}

} // namespace grove
