#pragma once

#include "core/common/Result.h"
#include "core/model/ModelSchema.h"
#include "core/model/RunRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace grove {

// The files of a model version that describe it to MLflow and to Python.
namespace mlflow_files {

// The MLflow release whose MLmodel format the version follows (MLmodel's mlflow_version).
inline constexpr char kMlflowVersion[] = "2.22.0";
// The Python and packages grove_xgboost.py is tested with: Debian 12's python3, python3-numpy and
// python3-pandas (xgboost is the version that trained the model).
inline constexpr char kPythonVersion[] = "3.11.2";
inline constexpr char kNumpyVersion[] = "1.24.2";
inline constexpr char kPandasVersion[] = "1.5.3";

inline constexpr char kLoaderFile[] = "grove_xgboost.py";
inline constexpr char kPythonEnvFile[] = "python_env.yaml";

// MLmodel: the python_function flavour loaded by grove_xgboost.py (which applies Grove's
// categories and missing values), the xgboost flavour for the raw Booster, the input signature
// (features in `optional` not required), mlflow_version, python_version, time, uuid and run id.
QByteArray mlmodel(const RunRecord& run, const ModelSchema& schema, const QStringList& optional, const QString& uuid,
                   const QDateTime& time);

// requirements.txt: the xgboost that trained the run, numpy and pandas for the loader.
QByteArray requirements(const RunRecord& run);

// python_env.yaml, as MLflow writes it: the Python version and requirements.txt.
QByteArray pythonEnvironment();

// grove_xgboost.py, compiled into Grove as a resource.
Result<QByteArray> loader();

// The XGBoost version that trained the run (the exporting machine may have another).
QString trainingXgboostVersion(const RunRecord& run);

} // namespace mlflow_files
} // namespace grove
