#include "core/train/Explanation.h"

#include "core/common/JobControl.h"
#include "core/model/RunRecord.h"
#include "core/model/StoredExplanation.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"
#include "core/train/Xgboost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <random>
#include <span>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr std::size_t kInteractionRows = 200;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Explanation)
};

Error unexpectedShape(bool interactions)
{
    return Error::internal(interactions ? Text::tr("XGBoost returned interactions of an unexpected shape.")
                                        : Text::tr("XGBoost returned contributions of an unexpected shape."));
}

// What the progress of an explanation names.
QString phaseName(bool interactions)
{
    return interactions ? Text::tr("SHAP interaction values") : Text::tr("SHAP values");
}

// A value as a user reads it: the number, the category's name, or "missing".
QString shown(const FeatureSpec& feature, float value)
{
    if (std::isnan(value))
        return Text::tr("missing");
    if (feature.categorical) {
        const auto index = std::size_t(value);
        return index < feature.categories.size() ? QString::fromStdString(feature.categories[index]) : Text::tr("unseen");
    }
    return QString::number(value, 'g', 7);
}

// `count` positions of `total`, seeded, in increasing order; all of them when count >= total.
std::vector<std::uint32_t> samplePositions(std::size_t total, std::size_t count, quint64 seed)
{
    std::vector<std::uint32_t> all(total);
    std::iota(all.begin(), all.end(), 0u);
    if (count >= total)
        return all;
    std::mt19937_64 random(seed);
    for (std::size_t i = 0; i < count; ++i)
        std::swap(all[i], all[i + std::uniform_int_distribution<std::size_t>(0, total - 1 - i)(random)]);
    all.resize(count);
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace

std::vector<int> Explanation::ranking() const
{
    std::vector<int> order(meanAbsolute.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return meanAbsolute[std::size_t(a)] > meanAbsolute[std::size_t(b)]; });
    return order;
}

QJsonObject Explanation::toJson() const
{
    QJsonArray global;
    for (int f : ranking()) {
        QJsonObject entry{{u"feature"_s, features[f]}, {u"mean_abs"_s, meanAbsolute[std::size_t(f)]}};
        if (!strongestPartner.empty() && strongestPartner[std::size_t(f)] >= 0) {
            entry.insert(u"interacts_most_with"_s, features[strongestPartner[std::size_t(f)]]);
            entry.insert(u"interaction_mean_abs"_s, partnerStrength[std::size_t(f)]);
        }
        global.append(entry);
    }
    QJsonObject json{{u"base_value"_s, baseValue},
                     {u"global"_s, global},
                     {u"sample_rows"_s, qint64(sample.size())},
                     {u"held_out_rows"_s, heldOutRows},
                     {u"scale"_s, u"margin"_s},
                     {u"cached"_s, cached}};
    if (!classes.isEmpty())
        json.insert(u"class"_s, classes.value(classIndex));
    if (row) {
        QJsonObject contributions, rowValues;
        for (qsizetype f = 0; f < features.size(); ++f) {
            contributions.insert(features[f], double(row->contributions[std::size_t(f)]));
            rowValues.insert(features[f], row->values.value(f));
        }
        QJsonObject entry{{u"index"_s, row->index},
                          {u"row"_s, row->datasetRow},
                          {u"prediction"_s, row->prediction},
                          {u"margin"_s, row->margin},
                          {u"contributions"_s, contributions},
                          {u"values"_s, rowValues}};
        if (!row->interactions.empty()) {
            QJsonObject interactions;
            for (qsizetype i = 0; i < features.size(); ++i) {
                QJsonObject with;
                for (qsizetype j = 0; j < features.size(); ++j)
                    with.insert(features[j], double(row->interactions[std::size_t(i * features.size() + j)]));
                interactions.insert(features[i], with);
            }
            entry.insert(u"interactions"_s, interactions);
        }
        json.insert(u"rows"_s, QJsonArray{entry});
    }
    return json;
}

namespace {

// The run's data and model, opened only when something must be computed.
struct Scorer
{
    TrainingPlan plan;
    xgb::Booster booster;
    const DataSide* side = nullptr;
    const HeldOutPredictions* predictions = nullptr;

    static Result<std::unique_ptr<Scorer>> open(Workspace& workspace, const RunRecord& run,
                                                const HeldOutPredictions& predictions)
    {
        auto config = runConfig(run);
        if (!config)
            return config.error();
        auto plan = prepareTraining(workspace, *config, false); // opens the data with its content hash checked
        if (!plan)
            return plan.error();
        const DataSide& side = plan->validation ? *plan->validation : plan->train;
        for (std::uint32_t row : predictions.rows) {
            if (qint64(row) >= side.snapshot.rows())
                return Error::io(Text::tr("The held-out predictions of run %1 name row %2, but its data have %3 rows.")
                                     .arg(run.id)
                                     .arg(qint64(row) + 1)
                                     .arg(side.snapshot.rows()));
        }
        auto booster = loadRunModel(workspace, run, true);
        if (!booster)
            return booster.error();
        auto scorer = std::unique_ptr<Scorer>(new Scorer{std::move(*plan), std::move(*booster)});
        scorer->side = scorer->plan.validation ? &*scorer->plan.validation : &scorer->plan.train;
        scorer->predictions = &predictions;
        return scorer;
    }

    // Contributions of a set of held-out positions: (rows, groups, features + 1), or with
    // interactions (rows, groups, features + 1, features + 1).
    Result<std::vector<float>> explain(std::span<const std::uint32_t> positions, bool interactions,
                                       std::vector<std::size_t>& shape, std::vector<float>* values) const
    {
        std::vector<std::uint32_t> rows;
        rows.reserve(positions.size());
        for (std::uint32_t position : positions)
            rows.push_back(predictions->rows[position]);
        xgb::RowBatches batches(*side, rows);
        if (values) {
            std::vector<float> labels;
            batches.gatherAll(*values, labels);
        }
        auto matrix = xgb::denseMatrix(batches, plan.features, plan.config.threads);
        if (!matrix)
            return matrix.error();
        return booster.contributions(*matrix, 0, interactions, shape);
    }

    // explain() over the positions in parts of `part` rows, checking for interruption and
    // reporting progress between parts: XGBoost cannot be stopped within a call, and the SHAP
    // values of a large model on many rows take minutes. A row's values do not depend on the
    // other rows', so the parts give the values of one call.
    Result<std::vector<float>> explainInParts(const std::vector<std::uint32_t>& positions, bool interactions,
                                              std::size_t part, std::vector<std::size_t>& shape,
                                              std::vector<float>* values, const ProgressSlice& progress) const
    {
        std::vector<float> all;
        shape.clear();
        if (values)
            values->clear();
        for (std::size_t start = 0; start < positions.size(); start += part) {
            if (progress.cancelled())
                return Error::cancelled();
            const auto slice = std::span(positions).subspan(start, std::min(part, positions.size() - start));
            std::vector<std::size_t> partShape;
            std::vector<float> partValues;
            auto computed = explain(slice, interactions, partShape, values ? &partValues : nullptr);
            if (!computed)
                return computed.error();
            if (partShape.empty() || partShape[0] != slice.size() ||
                (!shape.empty() && !std::equal(partShape.begin() + 1, partShape.end(), shape.begin() + 1, shape.end())))
                return unexpectedShape(interactions);
            if (shape.empty())
                shape = partShape;
            all.insert(all.end(), computed->begin(), computed->end());
            if (values)
                values->insert(values->end(), partValues.begin(), partValues.end());
            progress.report(double(start + slice.size()) / double(positions.size()));
        }
        if (!shape.empty())
            shape[0] = positions.size();
        return all;
    }
};

// Rows per XGBoost call when a whole sample is explained: a fraction of a second each for large
// models, so that a cancellation is answered soon.
constexpr std::size_t kContributionPart = 256;
constexpr std::size_t kInteractionPart = 16;

// Every output's global explanation, computed: contributions on the sample and, with
// interactions, each feature's strongest partner on up to kInteractionRows of it.
Result<StoredExplanation> computeGlobal(const Scorer& scorer, std::size_t heldOutRows, const ExplainOptions& options,
                                        JobControl* control)
{
    StoredExplanation stored;
    for (const FeatureSpec& feature : scorer.plan.features)
        stored.features << feature.name;
    if (scorer.plan.task == Task::Multiclass)
        stored.classes = scorer.plan.classes;
    stored.heldOutRows = heldOutRows;
    stored.requestedRows = options.sampleRows;
    stored.seed = options.seed;
    stored.interactions = options.interactions;
    stored.sample = samplePositions(heldOutRows, std::size_t(options.sampleRows), options.seed);

    const std::size_t features = scorer.plan.features.size(), groups = stored.outputs(), n = stored.sample.size();
    JobControl unwatched; // without a control: nobody to report to, nobody to cancel
    JobControl& watched = control ? *control : unwatched;
    const double split = options.interactions ? 0.5 : 1.0;
    const ProgressSlice contributionsProgress(watched, 0.0, split, phaseName(false));
    const ProgressSlice interactionsProgress(watched, split, 1.0, phaseName(true));
    std::vector<std::size_t> shape;
    auto all = scorer.explainInParts(stored.sample, false, kContributionPart, shape, &stored.values,
                                     contributionsProgress);
    if (!all)
        return all.error();
    if (shape != std::vector<std::size_t>{n, groups, features + 1})
        return unexpectedShape(false);
    stored.contributions.resize(n * groups * features);
    stored.baseValues.assign(groups, 0.0);
    for (std::size_t r = 0; r < n; ++r) {
        for (std::size_t k = 0; k < groups; ++k) {
            const float* values = all->data() + (r * groups + k) * (features + 1);
            std::copy(values, values + features, stored.contributions.begin() + std::ptrdiff_t((r * groups + k) * features));
            if (r == 0)
                stored.baseValues[k] = values[features];
        }
    }
    if (!options.interactions)
        return stored;

    std::vector<std::uint32_t> fewer = stored.sample;
    if (fewer.size() > kInteractionRows) {
        std::vector<std::uint32_t> subset;
        for (std::uint32_t i : samplePositions(fewer.size(), kInteractionRows, options.seed + 1))
            subset.push_back(fewer[i]);
        fewer = std::move(subset);
    }
    std::vector<std::size_t> pairShape;
    auto pairs = scorer.explainInParts(fewer, true, kInteractionPart, pairShape, nullptr, interactionsProgress);
    if (!pairs)
        return pairs.error();
    const std::size_t width = features + 1;
    if (pairShape != std::vector<std::size_t>{fewer.size(), groups, width, width})
        return unexpectedShape(true);
    stored.partners.assign(groups * features, -1);
    stored.partnerStrength.assign(groups * features, 0.0f);
    std::vector<double> strength(features * features);
    for (std::size_t k = 0; k < groups; ++k) {
        std::fill(strength.begin(), strength.end(), 0.0);
        for (std::size_t r = 0; r < fewer.size(); ++r) {
            const float* matrix = pairs->data() + (r * groups + k) * width * width;
            for (std::size_t i = 0; i < features; ++i)
                for (std::size_t j = 0; j < features; ++j)
                    strength[i * features + j] += std::abs(double(matrix[i * width + j])) / double(fewer.size());
        }
        for (std::size_t i = 0; i < features; ++i) {
            double best = 0;
            for (std::size_t j = 0; j < features; ++j) {
                if (j != i && strength[i * features + j] > best) {
                    best = strength[i * features + j];
                    stored.partners[k * features + i] = std::int32_t(j);
                }
            }
            stored.partnerStrength[k * features + i] = float(best);
        }
    }
    return stored;
}

// Whether a stored explanation answers these options for this run.
bool answers(const StoredExplanation& stored, const ModelSchema& schema, std::size_t heldOutRows,
             const ExplainOptions& options)
{
    if (stored.heldOutRows != heldOutRows || stored.requestedRows != options.sampleRows || stored.seed != options.seed ||
        (options.interactions && !stored.interactions))
        return false;
    if (qsizetype(stored.features.size()) != schema.features.size() ||
        stored.classes != (schema.task == Task::Multiclass ? schema.classes : QStringList()))
        return false;
    for (qsizetype f = 0; f < schema.features.size(); ++f) {
        if (stored.features[f] != schema.features[f].name)
            return false;
    }
    return true;
}

// The explanation of one output, taken from every output's.
Explanation forClass(const StoredExplanation& stored, int classIndex, bool interactions)
{
    Explanation e;
    e.features = stored.features;
    e.classes = stored.classes;
    e.classIndex = classIndex;
    e.heldOutRows = qint64(stored.heldOutRows);
    e.baseValue = stored.baseValues[std::size_t(classIndex)];
    e.sample = stored.sample;
    e.values = stored.values;
    const std::size_t features = std::size_t(stored.features.size()), groups = stored.outputs(), n = stored.sample.size();
    e.contributions.resize(n * features);
    e.meanAbsolute.assign(features, 0.0);
    for (std::size_t r = 0; r < n; ++r) {
        const float* values = stored.contributions.data() + (r * groups + std::size_t(classIndex)) * features;
        std::copy(values, values + features, e.contributions.begin() + std::ptrdiff_t(r * features));
        for (std::size_t f = 0; f < features; ++f)
            e.meanAbsolute[f] += std::abs(double(values[f])) / double(n);
    }
    if (interactions && stored.interactions) {
        const auto at = std::ptrdiff_t(std::size_t(classIndex) * features);
        e.strongestPartner.assign(stored.partners.begin() + at, stored.partners.begin() + at + std::ptrdiff_t(features));
        e.partnerStrength.assign(stored.partnerStrength.begin() + at,
                                 stored.partnerStrength.begin() + at + std::ptrdiff_t(features));
    }
    return e;
}

Result<int> classIndexOf(const RunRecord& run, const QStringList& classes, const ExplainOptions& options)
{
    if (classes.isEmpty()) {
        if (!options.className.isEmpty())
            return Error::badInput(Text::tr("--class is for multiclass runs; run %1 has one output.").arg(run.id));
        return 0;
    }
    if (options.className.isEmpty())
        return 0;
    const auto index = classes.indexOf(options.className);
    if (index < 0)
        return Error::badInput(
            Text::tr("Run %1 has no class \"%2\". Its classes: %3.").arg(run.id).arg(options.className, classes.join(u", "_s)));
    return int(index);
}

Result<RowExplanation> explainRow(const Scorer& scorer, std::uint32_t position, int classIndex, bool interactions)
{
    const std::size_t features = scorer.plan.features.size();
    const HeldOutPredictions& predictions = *scorer.predictions;
    std::vector<std::size_t> shape;
    std::vector<float> values;
    auto one = scorer.explain(std::span(&position, 1), false, shape, &values);
    if (!one)
        return one.error();
    RowExplanation row;
    row.index = position;
    row.datasetRow = qint64(predictions.rows[position]) + 1;
    const float* contributions = one->data() + std::size_t(classIndex) * (features + 1);
    row.contributions.assign(contributions, contributions + features);
    row.margin = std::accumulate(contributions, contributions + features + 1, 0.0);
    row.prediction = predictions.scores[position * predictions.outputs() +
                                        (scorer.plan.task == Task::Multiclass ? std::size_t(classIndex) : 0)];
    for (std::size_t f = 0; f < features; ++f)
        row.values << shown(scorer.plan.features[f], values[f]);
    if (interactions) {
        auto pairs = scorer.explain(std::span(&position, 1), true, shape, nullptr);
        if (!pairs)
            return pairs.error();
        const std::size_t width = features + 1;
        const float* matrix = pairs->data() + std::size_t(classIndex) * width * width;
        for (std::size_t i = 0; i < features; ++i)
            row.interactions.insert(row.interactions.end(), matrix + i * width, matrix + i * width + features);
    }
    return row;
}

} // namespace

Result<RowExplanation> explainHeldOutRow(Workspace& workspace, const RunRecord& run, const HeldOutPredictions& predictions,
                                         qint64 index, const QString& className, bool interactions)
{
    if (index < 0 || std::size_t(index) >= predictions.size())
        return Error::badInput(Text::tr("--row must be from 0 to %1: the position of a held-out row in predictions.csv.")
                                   .arg(qint64(predictions.size()) - 1));
    auto scorer = Scorer::open(workspace, run, predictions);
    if (!scorer)
        return scorer.error();
    ExplainOptions options;
    options.className = className;
    auto classIndex = classIndexOf(run, (*scorer)->plan.task == Task::Multiclass ? (*scorer)->plan.classes : QStringList(), options);
    if (!classIndex)
        return classIndex.error();
    return explainRow(**scorer, std::uint32_t(index), *classIndex, interactions);
}

QString explanationCachePath(const Workspace& workspace, qint64 runId)
{
    return workspace.runDirectory(runId) + u"/explanations.f32"_s;
}

Result<Explanation> explainRun(Workspace& workspace, const RunRecord& run, const HeldOutPredictions& predictions,
                               const ExplainOptions& options, JobControl* control)
{
    if (predictions.size() == 0)
        return Error::badInput(Text::tr("Run %1 held out no rows: there is nothing to explain.").arg(run.id));
    if (options.sampleRows < 1)
        return Error::badInput(Text::tr("--rows must be at least 1."));
    if (options.row && (*options.row < 0 || std::size_t(*options.row) >= predictions.size()))
        return Error::badInput(Text::tr("--row must be from 0 to %1: the position of a held-out row in predictions.csv.")
                                   .arg(predictions.size() - 1));

    // The stored explanation, when it answers; the run's schema says which it must match.
    const QString cachePath = explanationCachePath(workspace, run.id);
    std::optional<StoredExplanation> stored;
    if (options.useCache && run.setup.schema.isUsable() && QFile::exists(cachePath)) {
        auto read = StoredExplanation::read(cachePath);
        if (read && answers(*read, run.setup.schema, predictions.size(), options))
            stored = std::move(*read);
    }
    const bool cached = stored.has_value();
    if (cached && !options.row) {
        // What was computed from this model stands only while the model does: a changed or damaged
        // model file is reported as when computing.
        auto model = loadRunModel(workspace, run, false);
        if (!model)
            return model.error();
    }

    std::unique_ptr<Scorer> scorer;
    if (!stored || options.row) {
        auto opened = Scorer::open(workspace, run, predictions);
        if (!opened)
            return opened.error();
        scorer = std::move(*opened);
    }
    const QStringList classes = stored ? stored->classes
                                       : (scorer->plan.task == Task::Multiclass ? scorer->plan.classes : QStringList());
    auto classIndex = classIndexOf(run, classes, options);
    if (!classIndex)
        return classIndex.error();
    if (!stored) {
        auto computed = computeGlobal(*scorer, predictions.size(), options, control);
        if (!computed)
            return computed.error();
        stored = std::move(*computed);
        if (options.useCache)
            (void)stored->write(cachePath); // a read-only workspace still explains, it only computes each time
    }

    Explanation e = forClass(*stored, *classIndex, options.interactions);
    e.cached = cached;
    if (options.row) {
        auto row = explainRow(*scorer, std::uint32_t(*options.row), *classIndex, options.interactions);
        if (!row)
            return row.error();
        e.row = std::move(*row);
    }
    return e;
}

} // namespace grove
