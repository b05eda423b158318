#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/model/ModelMetadata.h"
#include "core/registry/Registry.h"
#include "core/store/RunStore.h"
#include "core/train/Prediction.h"
#include "core/validate/Validation.h"

#include <QJsonObject>
#include <QMap>

#include <functional>


namespace grove {

class Workspace;

// The files of a model version, built from a finished run and the validation report that let
// it leave: model.ubj (the run's model, cut at its best round), MLmodel (MLflow's description:
// the python_function flavour loaded by grove_xgboost.py, the xgboost flavour, the input
// signature, the MLflow and Python versions, creation time, uuid and run id), grove_xgboost.py
// (Grove's Python loader, which scores as grove-cli predict does), requirements.txt and
// python_env.yaml (xgboost, numpy, pandas, Python), metadata.json (lineage: run, dataset name
// and content hash, configuration, metrics, validation report, environment, author and time;
// and what scoring needs: the features in order with their types and categories, the classes,
// the rounds to predict with, the features that may be left out) and MODEL_CARD.md for a human
// reviewer. The registry adds the checksum manifest.
Result<QMap<QString, QByteArray>> modelVersionFiles(Workspace& workspace, const RunRecord& run,
                                                    const ValidationReport& report, const QString& model);

// Files that a part above the registry adds to a version (core/services/DriftCheck: the drift
// reference), made from the run before anything is published; an error refuses the export.
using ExtraVersionFiles = std::function<Result<QMap<QString, QByteArray>>(Workspace&, const RunRecord&)>;

// Exports a run as the next version of `model`. Refused (BadInput) unless the run's latest
// validation report passed; the message says what to do. `extra` files are published with the
// others, in the same manifest; they may not replace one of them.
Result<ModelVersion> exportRun(Workspace& workspace, Registry& registry, qint64 runId, const QString& model,
                               const ExtraVersionFiles& extra = {});

// An error unless the registry folder exists (a share that is not mounted looks like an empty
// registry otherwise).
Status requireRegistry(const Registry& registry);

// What the current Production version of `model` is, for rules that compare with it. Nothing
// when the model has no Production version yet, or when the registry has no models at all (the
// first model). A model name the registry does not have, while it has others, is an error (a
// typo must not make the rule hold), as are a registry folder whose parent is missing (a share
// not mounted) and a Production version that does not verify.
Result<std::optional<ProductionModel>> productionModel(Registry& registry, const QString& model);

// A version's metadata.json, read after the whole version verified.
Result<ModelMetadata> versionMetadata(Registry& registry, const QString& model, int version);

// What scoring with a version needs: its metadata.json and model.ubj, plus those of `extra` that
// it lists, all from one check of the whole version.
struct VersionModel
{
    ModelMetadata metadata;
    QByteArray model;
    QMap<QString, QByteArray> extra;
};
Result<VersionModel> readVersionModel(Registry& registry, const QString& model, int version,
                                      const QStringList& extra = {});

// Scores a data file with a registry version (checked first), as predictFile does, deciding a
// binary model's class at the threshold its metadata records.
Result<PredictionSummary> predictWithVersion(Registry& registry, const QString& model, int version,
                                             const QString& inputPath, const QString& outputPath, JobControl& control,
                                             bool contributions = false);

// A registry version as `grove-cli predict --model` names it: REGISTRY/MODEL/VERSION, or
// REGISTRY/MODEL@ALIAS for the version an alias points to.
struct VersionReference
{
    QString root;  // the registry folder
    QString model;
    int version = 0; // once resolved, the version the alias points to
    QString alias;   // empty for REGISTRY/MODEL/VERSION
};
// Splits the reference without reading the registry (version 0 for an alias).
Result<VersionReference> parseVersionReference(const QString& text);
// Splits the reference and finds the version an alias points to, after replaying the model's
// history; an unknown alias is NotFound, naming it and listing the model's aliases.
Result<VersionReference> resolveVersionReference(const QString& text);

} // namespace grove
