#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace grove {

// The global part of a run's explanation for every output at once (each class of a multiclass
// run): XGBoost's TreeSHAP values on a seeded sample of the held-out rows, with the values the
// features had, and with interactions the feature each one interacts with most. What the
// Explanations tab and `grove-cli explain` show without computing again. Stored with the run as
// `explanations.f32`: float32 values, the sizes in a header checked against the file's length, a
// SHA-256 of the content at the end. A file that does not read is computed again and replaced.
struct StoredExplanation
{
    QStringList features;
    QStringList classes;                   // multiclass: one output per class; empty otherwise
    std::uint64_t heldOutRows = 0;         // how many rows the run held out
    std::int32_t requestedRows = 0;        // the sample size asked for (ExplainOptions::sampleRows)
    std::uint64_t seed = 0;                // the sample's seed
    bool interactions = false;             // whether partners were computed
    std::vector<double> baseValues;        // per output
    std::vector<std::uint32_t> sample;     // positions among the held-out rows, increasing
    std::vector<float> values;             // sample × features (NaN: missing)
    std::vector<float> contributions;      // sample × outputs × features
    std::vector<std::int32_t> partners;    // with interactions: outputs × features, -1 for none
    std::vector<float> partnerStrength;    // with interactions: outputs × features

    std::size_t outputs() const { return classes.isEmpty() ? 1 : std::size_t(classes.size()); }
    // Whether the parts agree with each other; empty when so.
    QString problem() const;

    QByteArray encode() const;
    // Reads what encode() wrote; anything else is refused with what is wrong and `where`.
    static Result<StoredExplanation> decode(QByteArrayView bytes, const QString& where);
    // Reads the file at `path`, its header checked against the file's length first.
    static Result<StoredExplanation> read(const QString& path);
    Status write(const QString& path) const; // atomically
};

} // namespace grove
