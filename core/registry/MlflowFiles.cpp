#include "core/registry/MlflowFiles.h"

#include "core/train/Xgboost.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace grove::mlflow_files {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::ModelExport)
};

// A YAML scalar in single quotes (quotes doubled), as MLflow writes strings that need quoting.
QString yamlQuoted(const QString& text) { return u"'"_s + QString(text).replace(u"'"_s, u"''"_s) + u"'"_s; }

// JSON as text YAML accepts inside a quoted scalar: characters YAML does not allow there (DEL,
// the C1 controls, line and paragraph separators) become JSON \\u escapes.
QString yamlSafeJson(const QString& json)
{
    QString out;
    out.reserve(json.size());
    for (QChar c : json) {
        const char16_t u = c.unicode();
        if (u == 0x7f || (u >= 0x80 && u <= 0x9f) || u == 0x2028 || u == 0x2029 || u == 0xfeff)
            out += u"\\u%1"_s.arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace

QString trainingXgboostVersion(const RunRecord& run)
{
    const QString version = run.environment.value(u"xgboost"_s).toString();
    return version.isEmpty() ? xgb::libraryVersion() : version;
}

QByteArray mlmodel(const RunRecord& run, const ModelSchema& schema, const QStringList& optional, const QString& uuid,
                   const QDateTime& time)
{
    // MLflow's column types: numbers are doubles, categories strings. A column the training data
    // had missing values in may be left out (MLflow's optional column); the loader scores it as
    // missing.
    QJsonArray inputs;
    for (const FeatureColumn& feature : schema.features)
        inputs.append(QJsonObject{{u"type"_s, feature.categorical ? u"string"_s : u"double"_s},
                                  {u"name"_s, feature.name},
                                  {u"required"_s, !optional.contains(feature.name)}});
    const QString signature = yamlSafeJson(QString::fromUtf8(QJsonDocument(inputs).toJson(QJsonDocument::Compact)));
    const QString python = QString::fromLatin1(kPythonVersion);
    // The loader lies at the top of the version folder (a version holds no folders), so the
    // python_function flavour's code path is the folder itself.
    QStringList lines{
        u"flavors:"_s,
        u"  python_function:"_s,
        u"    code: ."_s,
        u"    env:"_s,
        u"      virtualenv: %1"_s.arg(QString::fromLatin1(kPythonEnvFile)),
        u"    loader_module: grove_xgboost"_s,
        u"    python_version: %1"_s.arg(python),
        u"  xgboost:"_s,
        u"    code: null"_s,
        u"    data: model.ubj"_s,
        u"    model_class: xgboost.core.Booster"_s,
        u"    model_format: ubj"_s,
        u"    xgb_version: %1"_s.arg(trainingXgboostVersion(run)),
        u"mlflow_version: %1"_s.arg(QString::fromLatin1(kMlflowVersion)),
        u"model_uuid: %1"_s.arg(uuid),
        u"run_id: %1"_s.arg(yamlQuoted(QString::number(run.id))),
        u"signature:"_s,
        u"  inputs: %1"_s.arg(yamlQuoted(signature)),
        u"  outputs: null"_s,
        u"  params: null"_s,
        u"utc_time_created: %1"_s.arg(yamlQuoted(time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz000"_s))),
    };
    return lines.join(u'\n').toUtf8() + '\n';
}

QByteArray requirements(const RunRecord& run)
{
    return u"xgboost==%1\nnumpy==%2\npandas==%3\n"_s
        .arg(trainingXgboostVersion(run), QString::fromLatin1(kNumpyVersion), QString::fromLatin1(kPandasVersion))
        .toUtf8();
}

QByteArray pythonEnvironment()
{
    return QByteArray("python: ") + kPythonVersion +
           "\nbuild_dependencies:\n- pip\n- setuptools\n- wheel\ndependencies:\n- -r requirements.txt\n";
}

Result<QByteArray> loader()
{
    QFile file(u":/grove/registry/"_s + QString::fromLatin1(kLoaderFile));
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(Text::tr("The Python loader %1 is missing from this build of Grove.")
                                   .arg(QString::fromLatin1(kLoaderFile)));
    return file.readAll();
}

} // namespace grove::mlflow_files
