#pragma once

#include "core/common/Result.h"
#include "core/evaluate/DriftReference.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace grove {

// Whether new data still look like the data a model was trained on: each feature, and the
// model's scores, against a ReferenceProfile.
//
// - PSI, the population stability index, Σ (a - e) ln(a / e) over the reference's bins (a
//   numeric feature's quantile bins; a categorical feature's categories and one bin for every
//   other value), where e is the reference's share of a bin and a the new data's, each at least
//   kPsiEpsilon (1e-4) so that an empty bin counts without dividing by zero. Missing values are
//   left out of the shares; their rate is compared on its own.
// - KS, the two-sample Kolmogorov-Smirnov statistic D between the reference's sorted sample and
//   every present value of the new data, with its p-value as scipy.stats.ks_2samp(...,
//   method='asymp') gives it (core/evaluate/Kolmogorov.h). Numeric features and scores only.
//   It is computed without sorting the new data: each value is placed among the reference's
//   distinct values by binary search, which gives the same D.
inline constexpr double kPsiEpsilon = 1e-4;

struct UnseenCategory
{
    QString value;
    std::int64_t count = 0;
};

struct DistributionDrift
{
    std::int64_t rows = 0;    // present values in the new data
    double psi = 0;           // NaN when either side has no value
    double ks = 0, ksPValue = 0; // NaN for categorical features or without values
    // The new data's share of each of the reference's bins (a categorical feature's categories,
    // then "other"), as PSI compares them; empty without values.
    std::vector<double> shares;
};

struct FeatureDrift
{
    QString name;
    bool categorical = false;
    std::int64_t rows = 0; // rows of the new data
    DistributionDrift distribution;
    double missingRate = 0, missingRateChange = 0; // the new data's rate, and new minus reference
    // Categorical: the rows whose category the reference does not list (a reference with more
    // than ReferenceOptions::maxCategories categories lists only the most frequent), and the
    // most frequent of those categories, at most kMaxUnseenListed.
    std::int64_t unseenRows = 0;
    std::vector<UnseenCategory> unseen;
    bool psiAlert = false;     // PSI above the threshold
    bool missingAlert = false; // the missing rate moved (up or down) by more than its threshold
    bool alert = false;        // either

    static constexpr std::size_t kMaxUnseenListed = 100;
};

struct DriftOptions
{
    double psiThreshold = 0.2;     // an alert when any PSI exceeds it
    double missingThreshold = 0.1; // an alert when a feature's missing rate moves by more than it
};

struct DriftReport
{
    std::vector<FeatureDrift> features;
    std::optional<DistributionDrift> prediction; // when the reference and the call both have scores
    double psiThreshold = 0.2;
    double missingThreshold = 0.1;
    bool alert = false;

    // {"features": [{"name", "kind", "rows", "psi", "ks", "ks_pvalue", "shares", "missing_rate",
    // "missing_rate_change", "unseen_rows", "unseen_categories": [{"value", "count"}], "alert"}],
    // "prediction": {"rows", "psi", "ks", "ks_pvalue", "shares"} or null, "psi_threshold",
    // "missing_threshold", "psi_epsilon", "alert"}; a figure that does not exist (NaN) is null.
    QJsonObject toJson() const;

    // The features over the PSI threshold, and those whose missing rate moved too far, by name
    // (raw: a front end escapes them); whether the scores' PSI is over the threshold.
    QStringList psiAlertNames() const { return namesWith(&FeatureDrift::psiAlert); }
    QStringList missingAlertNames() const { return namesWith(&FeatureDrift::missingAlert); }
    bool scoresDrifted() const { return prediction && prediction->psi > psiThreshold; }

private:
    QStringList namesWith(bool FeatureDrift::*alert) const;
};

// Σ (a - e) ln(a / e) with both shares raised to at least kPsiEpsilon; the spans have equal sizes.
double populationStabilityIndex(std::span<const double> referenceShares, std::span<const double> currentShares);

// The drift of a numeric distribution (new values; non-finite ones are missing) from a reference.
DistributionDrift numericDrift(const NumericReference& reference, std::span<const float> values);

// Every feature of `reference` against the column of the same name in `current` (other columns
// are ignored), and `scores` against the reference's scores when both exist. Features are
// spread over threads. Fails, naming the feature, when a column is missing or of the other kind.
Result<DriftReport> computeDrift(const ReferenceProfile& reference, std::span<const DriftColumn> current,
                                 std::span<const float> scores, const DriftOptions& options = {});

} // namespace grove
