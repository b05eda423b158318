#pragma once

#include "core/common/Result.h"
#include "core/model/HeldOutPredictions.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace grove {

class JobControl;
class Workspace;
struct RunRecord;

struct ExplainOptions
{
    int sampleRows = 1000;              // held-out rows explained for the global view (a seeded sample beyond)
    quint64 seed = 1;
    std::optional<qint64> row;          // a held-out row to explain alone: its position in predictions.csv, from 0
    bool interactions = false;          // also SHAP interactions, on up to 200 of the sampled rows
    QString className;                  // multiclass: the class explained (default: the first)
    bool useCache = true;               // read and write the run's stored explanation (explanations.f32)
};

// One held-out row explained: how each feature moved the model's margin from the base value.
struct RowExplanation
{
    qint64 index = 0;                    // position among the held-out rows (predictions.csv order)
    qint64 datasetRow = 0;               // its row in the scored dataset, from 1
    double margin = 0;                   // base value + every contribution
    double prediction = 0;               // the stored held-out prediction (probability or value)
    std::vector<float> contributions;    // per feature
    QStringList values;                  // per feature, as a user reads it (category names, "missing")
    std::vector<float> interactions;     // with interactions: features × features; row i sums to contribution i
};

// XGBoost's exact TreeSHAP values of a run's model on its held-out rows, on the margin scale
// (log-odds for binary:logistic).
struct Explanation
{
    QStringList features;
    QStringList classes;                 // multiclass: every class; the explained one is classIndex
    int classIndex = 0;
    double baseValue = 0;
    qint64 heldOutRows = 0;
    std::vector<std::uint32_t> sample;   // positions of the explained rows among the held-out rows
    std::vector<float> contributions;    // sample × features
    std::vector<float> values;           // sample × features: the value each feature had (NaN: missing)
    std::vector<double> meanAbsolute;    // per feature, over the sample
    std::vector<int> strongestPartner;   // per feature with interactions: the feature it interacts with most, or -1
    std::vector<double> partnerStrength; // the mean |interaction| with that feature
    std::optional<RowExplanation> row;
    bool cached = false;                 // the global part was read from the run's stored explanation

    // Features by mean |contribution|, largest first.
    std::vector<int> ranking() const;
    // `base_value`, `global` ([{feature, mean_abs}], largest first), `rows` with --row, and more.
    QJsonObject toJson() const;
};

// Where a run's global explanation is stored: runs/<id>/explanations.f32.
QString explanationCachePath(const Workspace& workspace, qint64 runId);

// Explains the run's model (cut at its best iteration when early stopping chose one) on the rows
// it held out, read from its verified snapshot. The global part is computed once for every
// output and stored with the run; later calls with the same sample read it back (a stored file
// that does not read, or that answers other options, is computed again and replaced). A row
// explanation is computed each time. With `control`, the global part reports its progress and
// stops (Error::cancelled(), nothing stored) when interruption is requested.
Result<Explanation> explainRun(Workspace& workspace, const RunRecord& run, const HeldOutPredictions& predictions,
                               const ExplainOptions& options, JobControl* control = nullptr);

// One held-out row explained alone (the waterfall of a picked row); nothing is stored.
Result<RowExplanation> explainHeldOutRow(Workspace& workspace, const RunRecord& run, const HeldOutPredictions& predictions,
                                         qint64 index, const QString& className, bool interactions = false);

} // namespace grove
