#pragma once

#include "core/common/Result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace grove {

// One column of data as the drift checks read it, in a snapshot's form: numbers (NaN and ±inf
// are missing) or category codes into `categories` (a code beyond them, such as the snapshot's
// missing code, is missing). Views only; the caller keeps the data.
struct DriftColumn
{
    QString name;
    bool categorical = false;
    std::span<const float> numbers;
    std::span<const std::uint32_t> codes;
    QStringList categories;
    // New data may instead come as consecutive runs of values, in row order (the chunks a file
    // was parsed in, not copied into one): computeDrift() reads these when `numbers` or `codes`
    // is empty. buildReference() reads `numbers` and `codes` only.
    std::vector<std::span<const float>> numberRuns;
    std::vector<std::span<const std::uint32_t>> codeRuns;

    std::vector<std::span<const float>> numbersInRuns() const
    {
        return numbers.empty() ? numberRuns : std::vector<std::span<const float>>{numbers};
    }
    std::vector<std::span<const std::uint32_t>> codesInRuns() const
    {
        return codes.empty() ? codeRuns : std::vector<std::span<const std::uint32_t>>{codes};
    }
    std::size_t rows() const
    {
        std::size_t count = 0;
        if (categorical) {
            for (std::span<const std::uint32_t> run : codesInRuns())
                count += run.size();
        } else {
            for (std::span<const float> run : numbersInRuns())
                count += run.size();
        }
        return count;
    }
};

// What the reference holds of a numeric distribution. Bin i holds the values in
// (edges[i-1], edges[i]] (the first bin everything up to edges[0], the last everything above
// the last edge); `shares` are the reference's share of each bin; `sample` is the reference's
// sorted values for the Kolmogorov-Smirnov test: every value, or evenly spaced order statistics
// when there are more than ReferenceOptions::sampleSize.
struct NumericReference
{
    std::vector<double> edges;  // strictly increasing; at most bins - 1
    std::vector<double> shares; // edges.size() + 1, adding up to 1 (empty without values)
    std::vector<double> sample; // sorted, finite

    bool empty() const { return sample.empty(); }
};

struct CategoryShare
{
    QString value;
    double share = 0; // of the rows that are not missing
};

struct FeatureReference
{
    QString name;
    bool categorical = false;
    std::int64_t rows = 0;
    double missingRate = 0;
    NumericReference numeric;              // numeric features
    std::vector<CategoryShare> categories; // categorical: most frequent first
    double otherShare = 0;                 // categorical: the share of categories left out
};

struct ReferenceOptions
{
    int bins = 10;                       // quantile bins of a numeric feature (2 to 100)
    std::size_t sampleSize = 10000;      // sorted values kept per feature for KS
    std::size_t maxCategories = 1000;    // categories kept; the rest are counted as "other"
};

// What new data are compared with: a model's training data, feature by feature, and the
// distribution of its scores on the held-out rows. Written next to a model as JSON and read
// back strictly (a shared registry is hostile ground): fromJson() checks every field, bounds
// every size, refuses NaN and infinities, and names the field that is wrong.
struct ReferenceProfile
{
    static constexpr int kVersion = 1;
    std::vector<FeatureReference> features;
    NumericReference prediction; // empty when no scores were given

    const FeatureReference* feature(const QString& name) const;

    QJsonObject toJson() const;
    static Result<ReferenceProfile> fromJson(const QJsonObject& json);
    // Parses a document of at most kMaxBytes; `where` names it in messages.
    static Result<ReferenceProfile> parse(QByteArrayView bytes, const QString& where);
    static constexpr qsizetype kMaxBytes = qsizetype(512) << 20;
};

// The numeric part of a reference from values (non-finite ones are left out).
NumericReference numericReference(std::span<const float> values, const ReferenceOptions& options = {});

// Builds the reference of `columns` (names must be distinct) and of `scores` (may be empty).
Result<ReferenceProfile> buildReference(std::span<const DriftColumn> columns, std::span<const float> scores,
                                        const ReferenceOptions& options = {});

} // namespace grove
