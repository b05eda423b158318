#include "core/services/DriftCheck.h"

#include "core/common/Process.h"
#include "core/data/CsvReader.h"
#include "core/registry/Registry.h"
#include "core/services/DriftReportFile.h"
#include "core/services/RunEvaluation.h"
#include "core/store/DatasetSnapshot.h"
#include "core/store/DatasetStore.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/Prediction.h"
#include "core/train/TrainingJob.h"
#include "core/train/TrainingPlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSysInfo>

#include <algorithm>
#include <cmath>
#include <future>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DriftCheck)
};

QString referenceFileName() { return QString::fromLatin1(kDriftReferenceFile); }

QStringList categoriesOf(const Snapshot& snapshot, qsizetype column)
{
    QStringList categories;
    const quint64 count = snapshot.column(column).dictionaryCount;
    categories.reserve(qsizetype(count));
    for (quint64 code = 0; code < count; ++code) {
        const std::string_view text = snapshot.category(column, std::uint32_t(code));
        categories << QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    return categories;
}

// Some rows of a snapshot's feature columns, copied, with DriftColumn views of the copies.
struct GatheredColumns
{
    std::vector<std::vector<float>> numbers;
    std::vector<std::vector<std::uint32_t>> codes;
    std::vector<DriftColumn> columns;
};

GatheredColumns gatherRows(const DataSide& side, const std::vector<FeatureSpec>& features,
                           std::span<const std::uint32_t> rows)
{
    GatheredColumns gathered;
    gathered.numbers.resize(features.size());
    gathered.codes.resize(features.size());
    for (std::size_t f = 0; f < features.size(); ++f) {
        const qsizetype column = side.featureColumns[f];
        DriftColumn drift;
        drift.name = features[f].name;
        drift.categorical = features[f].categorical;
        if (drift.categorical) {
            const auto codes = side.snapshot.codes(column);
            std::vector<std::uint32_t>& out = gathered.codes[f];
            out.reserve(rows.size());
            for (std::uint32_t r : rows)
                out.push_back(codes[r]);
            drift.codes = out;
            drift.categories = categoriesOf(side.snapshot, column);
        } else {
            const auto numbers = side.snapshot.numbers(column);
            std::vector<float>& out = gathered.numbers[f];
            out.reserve(rows.size());
            for (std::uint32_t r : rows)
                out.push_back(numbers[r]);
            drift.numbers = out;
        }
        gathered.columns.push_back(std::move(drift));
    }
    return gathered;
}

// One score per row: the model's only output, or a multiclass model's highest probability.
std::vector<float> rowScores(std::span<const float> values, std::size_t outputs)
{
    if (outputs <= 1)
        return {values.begin(), values.end()};
    std::vector<float> scores;
    scores.reserve(values.size() / outputs);
    for (std::size_t i = 0; i + outputs <= values.size(); i += outputs)
        scores.push_back(*std::max_element(values.begin() + std::ptrdiff_t(i), values.begin() + std::ptrdiff_t(i + outputs)));
    return scores;
}

Result<ReferenceProfile> referenceOfPlan(const TrainingPlan& plan, std::span<const float> scores)
{
    const GatheredColumns gathered = gatherRows(plan.train, plan.features, plan.trainRows);
    return buildReference(gathered.columns, scores);
}

// The scores a reference keeps: the exported model's own, on rows of its training data. A
// holdout run's held-out predictions are exactly that (the model that is exported scored the
// rows it did not train on). A cross-validated run's are not: each row was scored by the model
// of the fold that held it out, while the model exported is another one, refit on every row, and
// the new data will be scored by it. Different models give different scores to the same rows,
// and PSI over quantile bins magnifies that when the scores take a few nearly equal values (a
// class the features separate perfectly): the folds' scores fill bins between those values that
// the exported model's never fall in, so even its training data raised a score alert. Here the
// exported model scores its training rows. They are rows it was trained on, so its scores there
// are somewhat more confident than on rows it never saw, but no rows of a k-fold run are unseen
// by its final model, and a model's own scores are what a check of its scores can compare with.
Result<std::vector<float>> referenceScores(Workspace& workspace, const RunRecord& run, const TrainingPlan& plan)
{
    if (plan.config.validation.kind != ValidationKind::KFold) {
        auto predictions = loadHeldOutPredictions(workspace, run);
        if (!predictions)
            return predictions.error();
        return rowScores(predictions->scores, predictions->outputs());
    }
    const QString path = modelPath(workspace, run.id);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Text::tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    std::size_t outputs = 1;
    auto scores = scoreRows(file.readAll(), plan.train, plan.trainRows, run.predictionRounds(), outputs);
    if (!scores)
        return scores.error();
    return rowScores(*scores, outputs);
}

// A dataset of this workspace by its content, opened and checked; `role` names it in messages.
Result<std::pair<DatasetRecord, Snapshot>> datasetByContent(Workspace& workspace, const DatasetLineage& lineage,
                                                            const QString& model, int version)
{
    auto record = DatasetStore(workspace.database()).byHash(lineage.contentHash);
    if (!record)
        return record.error();
    if (!record->has_value())
        return Error::notFound(
            Text::tr("%1 version %2 was exported without a drift reference (reference.json), and the workspace %3 has "
                     "no copy of the dataset it was trained on (\"%4\", content %5). Export the model again, from the "
                     "workspace that trained it, to give it a reference; or check drift with that workspace "
                     "(--workspace DIR).")
                .arg(model)
                .arg(version)
                .arg(QDir::toNativeSeparators(workspace.directory()), lineage.name, lineage.contentHash.left(12)));
    auto snapshot = openVerifiedSnapshot(workspace, **record);
    if (!snapshot)
        return snapshot.error();
    return std::make_pair(**record, *snapshot);
}

// The reference of a version exported before versions kept one, from the workspace's copy of its
// training data, and its run's held-out predictions when the workspace has that very run.
Result<ReferenceProfile> workspaceReference(Workspace& workspace, const ModelMetadata& metadata, const QString& model,
                                            int version, QString& note)
{
    if (!metadata.configProblem.isEmpty())
        return Error::badInput(Text::tr("%1 version %2 has no drift reference, and its configuration cannot be read "
                                        "(%3). Export the model again to give it a reference.")
                                   .arg(model)
                                   .arg(version)
                                   .arg(metadata.configProblem));
    auto data = datasetByContent(workspace, metadata.data.dataset, model, version);
    if (!data)
        return data.error();
    std::optional<std::pair<DatasetRecord, Snapshot>> validation;
    if (metadata.data.validDataset && metadata.config.validation.kind == ValidationKind::Dataset) {
        auto other = datasetByContent(workspace, *metadata.data.validDataset, model, version);
        if (!other)
            return other.error();
        validation = std::move(*other);
    }
    auto plan = planTraining(metadata.config, data->first, data->second, validation);
    if (!plan)
        return plan.error();
    std::vector<float> scores;
    auto run = RunStore(workspace.database()).byId(metadata.run.id);
    const bool sameRun = run && run->has_value() && (*run)->status == RunStatus::Finished &&
                         (*run)->modelSha256 == metadata.run.modelSha256;
    if (sameRun) {
        if (auto own = referenceScores(workspace, **run, *plan))
            scores = std::move(*own);
    }
    note = Text::tr("%1 version %2 has no reference.json: the reference was built from the workspace's dataset "
                    "\"%3\" (content %4)")
               .arg(model)
               .arg(version)
               .arg(data->first.name, metadata.data.dataset.contentHash.left(12));
    note += scores.empty() ? Text::tr(", without the model's held-out scores (the run is not in this workspace), so "
                                      "the scores are not compared.")
                           : Text::tr(", and the scores from run %1's held-out predictions.").arg(metadata.run.id);
    return referenceOfPlan(*plan, scores);
}

// Most drifted first; a PSI that does not exist (no values) last.
void sortByPsi(std::vector<FeatureDrift>& features)
{
    std::stable_sort(features.begin(), features.end(), [](const FeatureDrift& a, const FeatureDrift& b) {
        const double x = a.distribution.psi, y = b.distribution.psi;
        if (std::isnan(x) || std::isnan(y))
            return !std::isnan(x) && std::isnan(y);
        return x > y;
    });
}

} // namespace

Result<ReferenceProfile> runDriftReference(Workspace& workspace, const RunRecord& run)
{
    auto config = runConfig(run);
    if (!config)
        return config.error();
    auto plan = prepareTraining(workspace, *config, false); // opens the data with its content hash checked
    if (!plan)
        return plan.error();
    if (plan->train.dataset.contentHash != run.setup.data.dataset.contentHash)
        return Error::conflict(Text::tr("The dataset run %1 was trained on is no longer in the workspace as it was "
                                        "(its content differs), so its drift reference cannot be built.")
                                   .arg(run.id));
    auto scores = referenceScores(workspace, run, *plan);
    if (!scores)
        return scores.error();
    return referenceOfPlan(*plan, *scores);
}

Result<QMap<QString, QByteArray>> driftReferenceFiles(Workspace& workspace, const RunRecord& run)
{
    auto reference = runDriftReference(workspace, run);
    if (!reference)
        return Error::make(reference.error().kind,
                           Text::tr("The drift reference of run %1 cannot be built: %2").arg(run.id).arg(reference.error().message));
    return QMap<QString, QByteArray>{{referenceFileName(), QJsonDocument(reference->toJson()).toJson(QJsonDocument::Compact)}};
}

Result<ModelVersion> exportRunWithDriftReference(Workspace& workspace, Registry& registry, qint64 runId,
                                                 const QString& model)
{
    return exportRun(workspace, registry, runId, model, driftReferenceFiles);
}

Result<DriftCheckOutcome> checkDrift(const DriftCheckRequest& request, JobControl& control)
{
    if (!(request.psiThreshold > 0) || !std::isfinite(request.psiThreshold))
        return Error::badInput(Text::tr("The PSI threshold must be a number above 0; %1 is not.").arg(request.psiThreshold));
    if (!(request.missingThreshold >= 0 && request.missingThreshold < 1))
        return Error::badInput(Text::tr("The missing-rate threshold must be at least 0 and below 1; %1 is not.")
                                   .arg(request.missingThreshold));
    auto target = resolveVersionReference(request.version);
    if (!target)
        return target.error();
    if (auto readable = checkReadableFile(request.inputPath); !readable)
        return readable.error();
    DriftCheckOutcome outcome;
    outcome.version = *target;
    const QString& model = target->model;
    const int number = target->version;
    Registry registry(target->root);
    auto folder = registry.version(model, number);
    if (!folder)
        return folder.error();
    const QString referencePath = QDir(folder->path).filePath(referenceFileName());
    const QFileInfo referenceInfo(referencePath);
    const bool hasReference = referenceInfo.exists() || referenceInfo.isSymLink();
    // The registry reads a file whole; one larger than a reference may be is not read at all.
    if (hasReference && !referenceInfo.isSymLink() && referenceInfo.size() > ReferenceProfile::kMaxBytes)
        return Error::io(Text::tr("The drift reference %1 is larger than %2 MiB, so it is not read. Export the "
                                  "model again.")
                             .arg(QDir::toNativeSeparators(referencePath))
                             .arg(ReferenceProfile::kMaxBytes >> 20));
    // The metadata, the model and the reference from one check of the whole version.
    auto read = readVersionModel(registry, model, number, hasReference ? QStringList{referenceFileName()} : QStringList{});
    if (!read)
        return read.error();
    const ModelMetadata& metadata = read->metadata;

    ReferenceProfile reference;
    // The version's reference is parsed while the new data are read and scored (it takes a
    // tenth of a second of one core); a reference that cannot be parsed is still the error
    // reported first.
    std::future<Result<ReferenceProfile>> parsedReference;
    if (hasReference) {
        if (!read->extra.contains(referenceFileName())) // there, but gone by the time it was checked
            return registry.missingFile(model, number, referenceFileName());
        parsedReference = std::async(std::launch::async, [bytes = read->extra.take(referenceFileName()), referencePath] {
            return ReferenceProfile::parse(bytes, referencePath);
        });
    } else {
        if (!request.openWorkspace)
            return Error::notFound(Text::tr("%1 version %2 was exported without a drift reference (reference.json). "
                                            "Export the model again to give it one.")
                                       .arg(model)
                                       .arg(number));
        auto workspace = request.openWorkspace();
        if (!workspace)
            return workspace.error();
        auto built = workspaceReference(*workspace, metadata, model, number, outcome.referenceNote);
        if (!built)
            return built.error();
        reference = std::move(*built);
        outcome.referenceFromWorkspace = true;
    }

    auto scored = scoreFile(read->model, metadata.schema, request.inputPath, control, metadata.predictRounds);
    if (parsedReference.valid()) {
        auto parsed = parsedReference.get();
        if (!parsed)
            return parsed.error();
        reference = std::move(*parsed);
    }
    if (!scored)
        return scored.error();
    if (scored->summary.rows == 0)
        return Error::badInput(Text::tr("%1 has no rows: there is nothing to compare with the model's training data.")
                                   .arg(QDir::toNativeSeparators(request.inputPath)));
    outcome.rows = scored->summary.rows;
    std::vector<DriftColumn> columns;
    for (qsizetype f = 0; f < metadata.schema.features.size(); ++f) {
        const InputColumn& input = scored->features[std::size_t(f)];
        DriftColumn column;
        column.name = metadata.schema.features[f].name;
        column.categorical = input.categorical;
        column.numberRuns = input.numbers;
        column.codeRuns = input.codes;
        column.categories = input.categories;
        columns.push_back(std::move(column));
    }
    const std::vector<float> scores = rowScores(scored->scores, scored->outputs);
    control.reportProgress(1.0, Text::tr("Comparing"));
    auto report = computeDrift(reference, columns, scores, DriftOptions{request.psiThreshold, request.missingThreshold});
    if (!report)
        return report.error();
    sortByPsi(report->features);
    outcome.report = std::move(*report);
    outcome.reference = std::move(reference);

    outcome.inputSha256 = scored->inputSha256;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject json = outcome.report.toJson();
    json.insert(u"model"_s, model);
    json.insert(u"version"_s, number);
    json.insert(u"alias"_s, target->alias.isEmpty() ? QJsonValue() : QJsonValue(target->alias));
    json.insert(u"input"_s, QFileInfo(request.inputPath).fileName());
    json.insert(u"input_sha256"_s, outcome.inputSha256);
    json.insert(u"rows"_s, outcome.rows);
    json.insert(u"reference"_s, outcome.referenceFromWorkspace ? u"workspace-dataset"_s : referenceFileName());
    if (outcome.referenceFromWorkspace)
        json.insert(u"reference_note"_s, outcome.referenceNote);
    json.insert(u"user"_s, currentUserName());
    json.insert(u"host"_s, QSysInfo::machineHostName());
    json.insert(u"time"_s, now.toString(Qt::ISODateWithMs));
    auto kept = keepDriftReport(registry.root(), model, number, now, QJsonDocument(json).toJson(QJsonDocument::Indented));
    // A registry one may only read (a share mounted read-only) still gets its check; the
    // caller says that no report was kept.
    if (kept)
        outcome.reportPath = *kept;
    else
        outcome.reportProblem = kept.error().message;
    // The check is logged whether or not its report could be kept (a log that cannot be written,
    // as on a read-only share, is warned about by the registry).
    qint64 drifted = 0;
    for (const FeatureDrift& feature : outcome.report.features)
        drifted += feature.alert ? 1 : 0;
    (void)registry.audit({u"drift.checked"_s, u"%1/%2"_s.arg(model).arg(number), QJsonValue(),
                          QJsonObject{{u"alert"_s, outcome.report.alert}, {u"features_over_threshold"_s, drifted}},
                          QJsonObject{{u"input"_s, QFileInfo(request.inputPath).fileName()},
                                      {u"input_sha256"_s, outcome.inputSha256},
                                      {u"rows"_s, outcome.rows},
                                      {u"report"_s, kept ? QJsonValue(QFileInfo(*kept).fileName()) : QJsonValue()}}});
    json.insert(u"report"_s, kept ? QJsonValue(outcome.reportPath) : QJsonValue());
    outcome.json = json;
    return outcome;
}

} // namespace grove
