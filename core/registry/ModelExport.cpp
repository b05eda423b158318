#include "core/registry/ModelExport.h"

#include "core/train/Environment.h"
#include "core/common/Process.h"
#include "core/common/SafeText.h"
#include "core/common/Sha256.h"
#include "core/registry/MlflowFiles.h"
#include "core/store/DatasetSnapshot.h"
#include "core/store/DatasetStore.h"
#include "core/store/Workspace.h"
#include "core/train/Prediction.h"
#include "core/train/TrainingJob.h"
#include "core/train/Xgboost.h"
#include "core/validate/ValidationStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::ModelExport)
};

// Free text (names, users, details) as one line of the card: a line break or a control character
// in it could forge a line, and bidirectional overrides could make it read differently.
QString line(const QString& text) { return escapeUnsafeText(text); }

QString number(double value) { return QString::number(value, 'g', QLocale::FloatingPointShortest); }

QString metricTable(const RunRecord& run)
{
    QStringList rows{Text::tr("| Data | Metric | Final | At the best iteration |"), u"|---|---|---|---|"_s};
    for (const QString& split : run.finalMetrics.keys()) {
        const QJsonObject finals = run.finalMetrics.value(split).toObject();
        const QJsonObject bests = run.bestMetrics.value(split).toObject();
        for (const QString& metric : finals.keys()) {
            const QJsonValue best = bests.value(metric);
            rows << u"| %1 | %2 | %3 | %4 |"_s.arg(split, metric, QString::number(finals.value(metric).toDouble(), 'g', 6),
                                                 best.isDouble() ? QString::number(best.toDouble(), 'g', 6) : u"–"_s);
        }
    }
    return rows.join(u'\n');
}

// How to score with the version: grove-cli, Python through grove_xgboost.py (MLflow's
// python_function flavour), and the raw Booster of the xgboost flavour with the category codes
// of metadata.json.
QStringList useSection(const QString& model, const EnvironmentInfo& environment)
{
    const QString version = u"REGISTRY/%1/VERSION"_s.arg(model);
    QStringList use;
    use << Text::tr("## Use") << QString();
    use << Text::tr("With Grove, which matches columns by name and translates categories:") << QString() << u"```sh"_s
        << u"grove-cli predict --model %1 --input data.csv --output predictions.csv"_s.arg(version) << u"```"_s
        << QString();
    use << Text::tr("In Python, grove_xgboost.py (in this folder) scores a pandas DataFrame as grove-cli predict does: "
                    "columns matched by name, categories coded as in training, unseen categories and missing values "
                    "treated alike, and the same columns out. MLflow loads it as the python_function flavour "
                    "(MLflow %1's format; Python %2 with requirements.txt, as python_env.yaml says).")
               .arg(QString::fromLatin1(mlflow_files::kMlflowVersion), QString::fromLatin1(mlflow_files::kPythonVersion))
        << QString();
    use << u"```python"_s << u"import json"_s << u"import mlflow"_s << u"import pandas"_s << QString()
        << u"model = mlflow.pyfunc.load_model(\"%1\")"_s.arg(version)
        << u"# MLflow's signature check wants numbers as float64 and categories as text."_s
        << u"features = json.load(open(\"%1/metadata.json\"))[\"schema\"][\"features\"]"_s.arg(version)
        << u"types = {f[\"name\"]: str if f[\"type\"] == \"categorical\" else \"float64\" for f in features}"_s
        << u"predictions = model.predict(pandas.read_csv(\"data.csv\", dtype=types, float_precision=\"round_trip\"))"_s
        << u"```"_s << QString();
    use << Text::tr("Without MLflow, with all of Grove's rules for text (such as ? for a missing value):") << QString()
        << u"```python"_s << u"import sys"_s << u"import pandas"_s << QString()
        << u"sys.path.insert(0, \"%1\")"_s.arg(version) << u"import grove_xgboost"_s << QString()
        << u"model = grove_xgboost.load(\"%1\")"_s.arg(version)
        << u"predictions = model.predict(pandas.read_csv(\"data.csv\", dtype=str, keep_default_na=False))"_s
        << u"```"_s << QString();
    use << Text::tr("The xgboost flavour (mlflow.xgboost.load_model, or xgboost.Booster) gives the raw Booster of "
                    "XGBoost %1, which knows nothing of the categories. Give it the features in the order of the "
                    "table above, each category as its index in the feature's categories in metadata.json (the "
                    "order in which training first saw them, not pandas' sorted order: other codes give wrong "
                    "predictions without an error), and NaN for missing values and unseen categories:")
               .arg(environment.xgboostVersion)
        << QString();
    use << u"```python"_s << u"import json"_s << u"import numpy"_s << u"import pandas"_s << u"import xgboost"_s
        << QString() << u"metadata = json.load(open(\"metadata.json\"))"_s
        << u"booster = xgboost.Booster(model_file=\"model.ubj\")"_s
        << u"data = pandas.read_csv(\"data.csv\", dtype=str, keep_default_na=False)"_s << u"columns = []"_s
        << u"for feature in metadata[\"schema\"][\"features\"]:"_s
        << u"    text = data[feature[\"name\"]].str.strip()"_s
        << u"    if feature[\"type\"] == \"categorical\":"_s
        << u"        codes = {category: code for code, category in enumerate(feature[\"categories\"])}"_s
        << u"        columns.append(text.map(codes))  # missing and unseen: NaN"_s << u"    else:"_s
        << u"        columns.append(pandas.to_numeric(text, errors=\"coerce\"))  # missing: NaN"_s
        << u"scores = booster.inplace_predict(numpy.column_stack(columns).astype(numpy.float32))"_s << u"```"_s
        << QString();
    return use;
}

QByteArray modelCard(const QString& model, const RunRecord& run, const ModelSchema& schema,
                     const ValidationReport& report, const EnvironmentInfo& environment, const QString& author,
                     const QDateTime& time)
{
    const TrainingData& data = run.setup.data;
    QStringList card;
    card << u"# %1"_s.arg(model) << QString();
    card << Text::tr("A %1 model predicting **%2**, trained by Grove with XGBoost %3 (run %4, experiment \"%5\").")
                .arg(taskKey(schema.task), line(schema.target), environment.xgboostVersion)
                .arg(run.id)
                .arg(line(run.experiment))
         << QString();
    card << Text::tr("Exported by %1 on %2 UTC. It passed validation on %3 UTC (by %4).")
                .arg(line(author), time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s),
                     report.time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s), line(report.user))
         << QString();

    card << Text::tr("## Training data") << QString();
    card << Text::tr("- Dataset: \"%1\", content SHA-256 `%2`")
                .arg(line(data.dataset.name), line(data.dataset.contentHash));
    if (data.validDataset)
        card << Text::tr("- Validated on the dataset \"%1\", content SHA-256 `%2`")
                    .arg(line(data.validDataset->name), line(data.validDataset->contentHash));
    const ValidationConfig& validation = run.setup.config.validation;
    switch (validation.kind) {
    case ValidationKind::Holdout:
        card << Text::tr("- Validation: %1 % of the rows held out (split seed %2)")
                    .arg(QLocale::c().toString(validation.fraction * 100, 'g', 4))
                    .arg(validation.seed);
        break;
    case ValidationKind::KFold:
        card << Text::tr("- Validation: %1-fold cross-validation (split seed %2); the model was then trained on all rows")
                    .arg(validation.folds)
                    .arg(validation.seed);
        break;
    case ValidationKind::Dataset:
        card << Text::tr("- Validation: on a second dataset (above)");
        break;
    }
    if (schema.task && *schema.task != Task::Regression) {
        QStringList classes;
        for (const QString& label : schema.classes)
            classes << line(label);
        card << Text::tr("- Classes: %1").arg(classes.join(u", "_s));
    }
    card << QString();

    if (schema.task == Task::Binary) {
        const RunDecision& decision = run.decision;
        card << Text::tr("## Decision threshold") << QString();
        card << (decision.threshold
                     ? Text::tr("A row is predicted **%1** when its probability is at least **%2**, the threshold "
                                "chosen for this model (metadata.json, `decision`).")
                     : Text::tr("A row is predicted **%1** when its probability is at least **%2** (the default: no "
                                "threshold was chosen for this model)."))
                    .arg(line(schema.classes.value(1)))
                    .arg(decision.effectiveThreshold());
        if (decision.costFalsePositive != 1.0 || decision.costFalseNegative != 1.0)
            card << QString() << Text::tr("It was chosen with a false positive costing %1 and a false negative %2.")
                                     .arg(decision.costFalsePositive)
                                     .arg(decision.costFalseNegative);
        card << QString();
    }

    card << Text::tr("## Input features") << QString();
    card << Text::tr("Columns are matched by name; other columns are ignored.") << QString();
    card << Text::tr("| # | Feature | Type | Categories |") << u"|---|---|---|---|"_s;
    for (qsizetype i = 0; i < schema.features.size(); ++i) {
        const FeatureColumn& feature = schema.features[i];
        QStringList categories;
        for (const QString& category : feature.categories)
            categories << line(category);
        if (categories.size() > 12)
            categories = categories.mid(0, 12) << Text::tr("… (%1 in all)").arg(feature.categories.size());
        card << u"| %1 | %2 | %3 | %4 |"_s.arg(i + 1).arg(line(feature.name),
                                                         feature.categorical ? u"categorical"_s : u"numeric"_s,
                                                         categories.join(u", "_s));
    }
    card << QString() << Text::tr("A category not seen in training is treated as missing.") << QString();

    card << Text::tr("## Metrics") << QString() << metricTable(run) << QString();
    if (run.bestIteration)
        card << (run.predictionRounds() > 0
                     ? Text::tr("Early stopping chose iteration %1 of the %2 rounds trained; model.ubj holds the first %3 "
                                "rounds, those it predicts with.")
                           .arg(*run.bestIteration)
                           .arg(run.roundsDone)
                           .arg(run.predictionRounds())
                     : Text::tr("Best iteration: %1 of %2 rounds trained; model.ubj holds all of them.")
                           .arg(*run.bestIteration)
                           .arg(run.roundsDone))
             << QString();

    card << Text::tr("## Validation") << QString();
    card << Text::tr("| Check | Result | Value | Threshold | Detail |") << u"|---|---|---|---|---|"_s;
    for (const ValidationCheck& check : report.checks) {
        card << u"| %1 | %2 | %3 | %4 | %5 |"_s.arg(TechnicalCheck::label(check.name),
                                                   check.passed ? Text::tr("passed") : Text::tr("failed"),
                                                   std::isfinite(check.value) ? number(check.value) : QString(),
                                                   std::isfinite(check.threshold) ? number(check.threshold) : QString(),
                                                   line(check.detail).replace(u'|', u'/'));
    }
    card << QString();

    card << Text::tr("## Parameters") << QString() << u"```json"_s;
    const QJsonObject params = run.setup.config.params.toJson();
    card << QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Indented)).trimmed() << u"```"_s << QString();

    card << useSection(model, environment);

    card << Text::tr("## Lineage") << QString();
    card << Text::tr("- Run %1, trained by %2 on %3, %4 – %5 UTC")
                .arg(run.id)
                .arg(line(run.user), line(run.host), run.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s),
                     run.finishedAt.toUTC().toString(u"HH:mm"_s));
    card << Text::tr("- Model SHA-256 `%1`").arg(run.modelSha256);
    card << Text::tr("- Grove %1, XGBoost %2, %3").arg(environment.groveVersion, environment.xgboostVersion, environment.os);
    card << Text::tr("- Every file of this version is listed with its SHA-256 in MANIFEST.sha256.");
    return card.join(u'\n').toUtf8() + '\n';
}

// The features the training data (or the validation dataset) had missing values in: MLmodel's
// signature marks them optional. When a dataset can no longer be read, the features stay
// required: a column is never left out on a guess.
QStringList featuresWithMissingValues(Workspace& workspace, const RunRecord& run)
{
    const TrainingData& data = run.setup.data;
    QList<DatasetLineage> datasets{data.dataset};
    if (data.validDataset)
        datasets << *data.validDataset;
    QSet<QString> withMissing;
    DatasetStore store(workspace.database());
    for (const DatasetLineage& lineage : std::as_const(datasets)) {
        auto record = store.byId(lineage.id);
        if (!record || !record->has_value() || (*record)->contentHash != lineage.contentHash)
            return {};
        auto snapshot = openSnapshot(workspace, **record);
        auto profile = snapshot ? snapshot->profile() : Result<DatasetProfile>(snapshot.error());
        if (!profile)
            return {};
        for (const ColumnProfile& column : std::as_const(profile->columns)) {
            if (column.missing > 0)
                withMissing.insert(column.name);
        }
    }
    QStringList names;
    for (const FeatureColumn& feature : run.setup.schema.features) {
        if (withMissing.contains(feature.name))
            names << feature.name;
    }
    return names;
}

} // namespace

Result<QMap<QString, QByteArray>> modelVersionFiles(Workspace& workspace, const RunRecord& run,
                                                    const ValidationReport& report, const QString& model)
{
    QFile file(modelPath(workspace, run.id));
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Text::tr("The model of run %1 cannot be read: %2.").arg(run.id).arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (QString::fromLatin1(Sha256::hash(bytes).toHex()) != run.modelSha256)
        return Error::conflict(Text::tr("The model file of run %1 changed after training (its SHA-256 differs from the "
                                        "recorded one); it cannot be exported. Train the run again.")
                                   .arg(run.id));
    // A run stopped early predicts with the rounds up to its best one; the version holds just those,
    // so that every tool that loads model.ubj (Python, MLflow) predicts as Grove does.
    QByteArray modelBytes = bytes;
    if (const int rounds = run.predictionRounds(); rounds > 0) {
        auto booster = xgb::Booster::load(bytes);
        auto sliced = booster ? booster->slice(rounds) : Result<xgb::Booster>(booster.error());
        auto saved = sliced ? sliced->save() : Result<QByteArray>(sliced.error());
        if (!saved)
            return Error::internal(Text::tr("The first %1 rounds of run %2's model could not be kept: %3")
                                       .arg(rounds)
                                       .arg(run.id)
                                       .arg(saved.error().message));
        modelBytes = *saved;
    }
    const ModelSchema& schema = run.setup.schema;
    const QDateTime time = QDateTime::currentDateTimeUtc();
    const QString uuid = QUuid::createUuid().toString(QUuid::Id128);
    const EnvironmentInfo environment = environmentInfo();
    const QString author = currentUserName();

    ModelMetadata metadata;
    metadata.model = model;
    metadata.modelUuid = uuid;
    metadata.exportedAt = time;
    metadata.exportedBy = author;
    metadata.exportedOn = QSysInfo::machineHostName();
    metadata.run = {run.id,        run.experiment,   QDir::cleanPath(workspace.directory()),
                    run.user,      run.host,         run.startedAt,
                    run.finishedAt, run.modelSha256, run.tags,
                    run.note};
    metadata.data = run.setup.data;
    metadata.config = run.setup.config;
    metadata.modelSha256 = QString::fromLatin1(Sha256::hash(modelBytes).toHex());
    // What the exported model achieves: at the best iteration when it was cut there.
    metadata.metrics = {run.finalMetrics, run.bestMetrics, run.predictionRounds() > 0 ? run.bestMetrics : run.finalMetrics,
                        run.bestIteration, run.roundsDone};
    metadata.validation = report.toJson();
    metadata.environment = run.environment;
    metadata.exportedWith = environment.toJson();
    metadata.schema = schema;
    if (schema.task == Task::Binary)
        metadata.decision = run.decision;
    // An exported model is already cut at its best round: it predicts with all of its rounds.
    metadata.predictRounds = 0;
    metadata.roundsInModel = run.predictionRounds() > 0 ? run.predictionRounds() : run.roundsDone;
    metadata.optionalInputs = featuresWithMissingValues(workspace, run);
    auto loader = mlflow_files::loader();
    if (!loader)
        return loader.error();
    QMap<QString, QByteArray> files;
    files.insert(u"model.ubj"_s, modelBytes);
    files.insert(u"MLmodel"_s, mlflow_files::mlmodel(run, schema, metadata.optionalInputs, uuid, time));
    files.insert(u"requirements.txt"_s, mlflow_files::requirements(run));
    files.insert(QString::fromLatin1(mlflow_files::kPythonEnvFile), mlflow_files::pythonEnvironment());
    files.insert(QString::fromLatin1(mlflow_files::kLoaderFile), *loader);
    files.insert(u"metadata.json"_s, QJsonDocument(metadata.toJson()).toJson(QJsonDocument::Indented));
    files.insert(u"MODEL_CARD.md"_s, modelCard(model, run, schema, report, environment, author, time));
    return files;
}

Result<ModelVersion> exportRun(Workspace& workspace, Registry& registry, qint64 runId, const QString& model,
                               const ExtraVersionFiles& extra)
{
    if (const QString problem = Registry::validateModelName(model); !problem.isEmpty())
        return Error::badInput(problem);
    auto found = RunStore(workspace.database()).byId(runId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(Text::tr("There is no run %1 in this workspace.").arg(runId));
    const RunRecord& run = **found;
    if (run.status != RunStatus::Finished)
        return Error::badInput(Text::tr("Run %1 is %2; only a finished, validated run can be exported.")
                                   .arg(runId)
                                   .arg(runStatusDisplayName(run.status).toLower()));
    auto report = ValidationStore(workspace.database()).latest(runId);
    if (!report)
        return report.error();
    if (!report->has_value())
        return Error::badInput(Text::tr("Run %1 has not been validated, so it cannot be exported. Validate it first "
                                        "(grove-cli validate %1, or Validate on the run's page).")
                                   .arg(runId));
    if (!(*report)->passed())
        return Error::badInput(Text::tr("Run %1 failed its latest validation (%2), so it cannot be exported. Fix the "
                                        "cause and validate again.")
                                   .arg(runId)
                                   .arg((*report)->failures().join(u"; "_s)));
    auto files = modelVersionFiles(workspace, run, **report, model);
    if (!files)
        return files.error();
    if (extra) {
        auto more = extra(workspace, run);
        if (!more)
            return more.error();
        for (auto it = more->constBegin(); it != more->constEnd(); ++it) {
            if (files->contains(it.key()))
                return Error::internal(Text::tr("The file %1 of a version is written twice.").arg(it.key()));
            files->insert(it.key(), it.value());
        }
    }
    auto published = registry.publish(model, *files);
    if (!published)
        return published.error();
    (void)registry.audit({u"version.exported"_s, u"%1/%2"_s.arg(model).arg(published->version), QJsonValue(),
                          QJsonObject{{u"run"_s, runId}, {u"model_sha256"_s, run.modelSha256}, {u"dataset_sha256"_s, run.setup.data.dataset.contentHash}},
                          QJsonObject()});
    // The version is published; failing to note that in the workspace's event log (a busy
    // database) must not make it look as if the export failed, or a retry would publish it twice.
    const QJsonObject details{{u"model"_s, model}, {u"version"_s, published->version}, {u"registry"_s, registry.root()}};
    if (auto status = recordEvent(workspace.database(), u"run.exported"_s, u"run:%1"_s.arg(runId),
                                  QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), QJsonValue(),
                                  details);
        !status)
        qWarning("The export of run %lld was not recorded in the event log: %s", runId, qPrintable(status.error().message));
    return published;
}

namespace {

const QString kMetadataFile = u"metadata.json"_s;
const QString kModelFile = u"model.ubj"_s;

Result<ModelMetadata> parseMetadata(const QByteArray& bytes, const QString& model, int version)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (!json.isObject())
        return Error::badInput(Text::tr("metadata.json of %1 version %2 is not a JSON object (%3).")
                                   .arg(model)
                                   .arg(version)
                                   .arg(error.errorString()));
    return ModelMetadata::fromJson(json.object());
}

} // namespace

Result<ModelMetadata> versionMetadata(Registry& registry, const QString& model, int version)
{
    auto bytes = registry.readFile(model, version, kMetadataFile);
    if (!bytes)
        return bytes.error();
    return parseMetadata(*bytes, model, version);
}

Result<VersionModel> readVersionModel(Registry& registry, const QString& model, int version, const QStringList& extra)
{
    auto files = registry.readFiles(model, version, QStringList{kMetadataFile, kModelFile} + extra);
    if (!files)
        return files.error();
    for (const QString& needed : {kMetadataFile, kModelFile}) {
        if (!files->contains(needed))
            return registry.missingFile(model, version, needed);
    }
    auto metadata = parseMetadata(files->take(kMetadataFile), model, version);
    if (!metadata)
        return metadata.error();
    VersionModel read;
    read.metadata = std::move(*metadata);
    read.model = files->take(kModelFile);
    read.extra = std::move(*files);
    return read;
}

Status requireRegistry(const Registry& registry)
{
    if (registry.exists())
        return {};
    if (const QFileInfo info(registry.root()); info.exists()) {
        Error error = Error::badInput(Text::tr("The registry folder %1 is a file, not a folder. Give the path of the "
                                               "registry folder (--registry DIR, or Change Folder… on the Registry tab).")
                                          .arg(QDir::toNativeSeparators(registry.root())));
        error.file = registry.root();
        return error;
    }
    Error error = Error::notFound(Text::tr("The registry folder %1 does not exist. Check that the shared folder is "
                                           "mounted and that the path is right (--registry DIR, or Change Folder… on "
                                           "the Registry tab); exporting a model creates the folder.")
                                      .arg(QDir::toNativeSeparators(registry.root())));
    error.file = registry.root();
    return error;
}

Result<std::optional<ProductionModel>> productionModel(Registry& registry, const QString& model)
{
    // A registry folder not created yet (nothing exported) is an empty registry; one whose parent
    // is missing is more likely a share that is not mounted.
    if (!registry.exists() &&
        (QFileInfo::exists(registry.root()) || !QFileInfo(QFileInfo(registry.root()).absolutePath()).isDir()))
        return requireRegistry(registry).error();
    auto models = registry.models();
    if (!models)
        return models.error();
    if (models->isEmpty())
        return std::optional<ProductionModel>(); // the first model of a new registry
    if (!models->contains(model))
        return Error::notFound(Text::tr("There is no model \"%1\" in the registry %2 (it has: %3). Check the name: a "
                                        "rule against Production compares with that model's Production version. For "
                                        "the first version of a new model, validate without such rules.")
                                   .arg(model, QDir::toNativeSeparators(registry.root()), models->join(u", "_s)));
    auto versions = registry.versions(model);
    if (!versions)
        return versions.error();
    for (const ModelVersion& version : *versions) {
        if (version.stage != Stage::Production)
            continue;
        auto read = readVersionModel(registry, model, version.version);
        if (!read)
            return read.error();
        ProductionModel production;
        production.label = Text::tr("%1 version %2 (Production)").arg(model).arg(version.version);
        production.model = std::move(read->model);
        production.schema = read->metadata.schema;
        if (const int rounds = read->metadata.predictRounds; rounds > 0)
            production.bestIteration = rounds - 1;
        return std::optional<ProductionModel>(production);
    }
    return std::optional<ProductionModel>();
}

Result<PredictionSummary> predictWithVersion(Registry& registry, const QString& model, int version,
                                             const QString& inputPath, const QString& outputPath, JobControl& control,
                                             bool contributions)
{
    auto read = readVersionModel(registry, model, version);
    if (!read)
        return read.error();
    const ModelMetadata& metadata = read->metadata;
    return predictFile(read->model, metadata.schema, inputPath, outputPath, control, metadata.predictRounds,
                       contributions, metadata.decision.effectiveThreshold());
}

Result<VersionReference> parseVersionReference(const QString& text)
{
    const QString clean = QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(text.trimmed())).absoluteFilePath());
    const QFileInfo info(clean);
    const QString last = info.fileName();
    VersionReference reference;
    bool ok = false;
    if (const qsizetype at = last.indexOf(u'@'); at >= 0) {
        // Model names have no '@', so the first one starts the alias.
        reference.root = info.path();
        reference.model = last.left(at);
        reference.alias = last.mid(at + 1);
        ok = !reference.model.isEmpty() && !reference.alias.isEmpty();
    } else {
        reference.version = last.toInt(&ok);
        reference.model = QFileInfo(info.path()).fileName();
        reference.root = QFileInfo(info.path()).path();
        ok = ok && reference.version > 0 && !reference.model.isEmpty();
    }
    if (!ok || clean.count(u'/') < 2)
        return Error::badInput(Text::tr("\"%1\" is not a model version: give REGISTRY/MODEL/VERSION or "
                                        "REGISTRY/MODEL@ALIAS, for example registry/churn/3 or "
                                        "registry/churn@champion.")
                                   .arg(escapeUnsafeText(text)));
    return reference;
}

Result<VersionReference> resolveVersionReference(const QString& text)
{
    auto reference = parseVersionReference(text);
    if (!reference || reference->alias.isEmpty())
        return reference;
    Registry registry(reference->root);
    auto version = registry.resolveAlias(reference->model, reference->alias);
    if (!version)
        return version.error();
    reference->version = *version;
    return reference;
}

} // namespace grove
