#pragma once

#include "core/evaluate/Evaluation.h"

#include <QJsonObject>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace grove {

// Which slice each held-out row falls in, for one column of the scored data.
struct SliceKeys
{
    QString column;
    QStringList names;       // the slices, in display order
    std::vector<int> slice;  // per held-out row, an index into names
    qsizetype distinct = 0;  // categories the column has among these rows (0 for a numeric column)
    bool grouped = false;    // the rarer categories were put together as "other"
};

// A numeric column cut at its quantiles among the held-out rows into `bins` slices (fewer when
// values repeat); rows without a value form a slice of their own.
SliceKeys numericSlices(const QString& column, std::span<const float> values, int bins);
// A categorical column: a slice per category. With more than `maxSlices` categories, the most
// frequent `maxSlices - 1` keep theirs and the rest form "other". `categoryOf` gives a row's
// category, or nothing when it is missing.
SliceKeys categoricalSlices(const QString& column, std::span<const std::optional<QString>> categories, int maxSlices);

struct SliceOptions
{
    DecisionOptions decisions;
    double margin = 0.05; // a slice is flagged when its key figure is worse than the whole by more
    int bootstrap = 200;  // resamples for the intervals of AUC and RMSE
    quint64 seed = 1;
};

// An estimate with its 95 % interval.
struct Interval
{
    double value = 0, low = 0, high = 0;
};

struct SliceFigures
{
    QString name;
    std::int64_t rows = 0;
    // Binary: AUC (bootstrap interval), accuracy, precision and recall at the threshold (Wilson
    // intervals). Multiclass: accuracy (Wilson). Regression: RMSE (bootstrap) and MAE.
    std::optional<Interval> auc, accuracy, precision, recall, rmse;
    std::optional<double> mae;
    bool worse = false; // its key figure (AUC, accuracy, RMSE) is worse than the whole's by more than the margin
};

struct SliceReport
{
    SliceKeys keys;
    QString keyFigure; // "auc", "accuracy" or "rmse"
    SliceFigures whole;
    std::vector<SliceFigures> slices;
    double margin = 0;

    // `slices`: a list of { "slice", "rows", "metrics", "worse" }, with the whole as `all`.
    QJsonObject toJson() const;
};

SliceReport evaluateSlices(const HeldOutPredictions& predictions, const SliceKeys& keys, const SliceOptions& options = {});

// Wilson's 95 % interval for `successes` of `trials`.
Interval wilson(std::int64_t successes, std::int64_t trials);

} // namespace grove
