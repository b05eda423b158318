#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace grove {

enum class Task { Binary, Multiclass, Regression };
QString taskKey(Task task); // "binary", "multiclass", "regression"
QString taskKey(std::optional<Task> task); // empty for none
std::optional<Task> taskFromKey(QStringView key);
QString taskDisplayName(Task task);

enum class ValidationKind { Holdout, KFold, Dataset };
QString validationKindKey(ValidationKind kind); // "holdout", "kfold", "dataset"
std::optional<ValidationKind> validationKindFromKey(QStringView key);

struct ValidationConfig
{
    ValidationKind kind = ValidationKind::Holdout;
    double fraction = 0.2; // holdout: share of rows held out (stratified for classification)
    quint64 seed = 42;     // holdout and k-fold: the shuffle seed
    int folds = 5;         // k-fold
    QString dataset;       // a second dataset (id or name) used as the validation set

    // As stored: the kind, and the fields that kind uses.
    QJsonObject toJson() const;
};

struct ParameterInfo;
enum class NumberText;

// XGBoost's parameters. Typed fields for the ones Grove explains and checks; anything else
// goes through by name in `extra`.
struct BoosterParameters
{
    QString objective; // empty: the default for the task
    double eta = 0.3;
    int maxDepth = 6;
    double minChildWeight = 1;
    double subsample = 1;
    double colsampleByTree = 1;
    double lambda = 1;
    double alpha = 0;
    double gamma = 0;
    int maxBin = 256;
    QString treeMethod = QStringLiteral("hist");
    std::optional<double> scalePosWeight;
    QMap<QString, QString> extra;

    // Sets a parameter from text (the CLI's --param, a config file): typed ones are checked
    // for the type, unknown names go to `extra`.
    Status set(const QString& key, const QString& value);
    // The same for a typed parameter whose text `value` was read as `v` (see readNumber()).
    Status setNumber(const ParameterInfo& info, NumberText read, double v, const QString& value);
    // As stored: the typed parameters by XGBoost's names, the others under "extra".
    QJsonObject toJson() const;
    // The names of the typed parameters that toJson() writes (the others are in `extra`).
    QStringList names() const;
    // One parameter by XGBoost's name, typed or other; undefined when it is not set.
    QJsonValue value(QStringView key) const;
};

// Everything that defines a training run. Stored with the run in its resolved form (every
// choice made explicit), so that the run can be repeated exactly.
struct RunConfig
{
    QString dataset;              // id or name
    QString target;
    std::optional<Task> task;     // empty: guessed from the target
    QStringList excludedFeatures; // all usable columns except these are features
    ValidationConfig validation;
    BoosterParameters params;
    int rounds = 100;
    int earlyStoppingRounds = 0;  // 0: off
    QStringList metrics;          // empty: the defaults for the task
    int threads = 0;              // 0: one per core
    quint64 seed = 0;
    QString experiment = QStringLiteral("Default");

    QJsonObject toJson() const;
    // Where a configuration comes from: a user (`grove-cli train --config`, a sweep) or a run's
    // stored record (see RunSetup).
    enum class Source { UserInput, Stored };
    // Reads a configuration as toJson() writes it. Types are checked either way. From a user,
    // unknown fields are refused and the result is check()ed; a stored one is taken as it was
    // recorded, so that checks added later do not hide old runs.
    static Result<RunConfig> fromJson(const QJsonObject& json, Source source = Source::UserInput);

    // The checks that need no data, shared by the CLI, --config files and the New Run dialog,
    // made before anything is recorded: every number is finite (no NaN, no infinity), and the
    // names Grove stores and prints (experiment, objective, tree_method, metrics, other
    // parameters) are single lines of printable text. The error names each field at fault.
    Status check() const;
};

// One problem as it is, several as a list under a heading; each names its field.
Error configurationError(const QStringList& problems);

// Whether `text` is a number, and a finite one. "nan", "-inf", "Infinity" and numbers too
// large for a double (1e999) are NonFinite; text that is not a number at all is NotNumber.
enum class NumberText { NotNumber, Finite, NonFinite };
NumberText readNumber(QStringView text, double& value);

QStringList defaultMetrics(Task task);
QString defaultObjective(Task task);
// Whether a larger value of the metric is better (auc, aucpr, map, ndcg...).
bool metricIsMaximized(const QString& metric);

// A parameter as the New Run dialog and `grove-cli train --help` present it.
struct ParameterInfo
{
    const char* key;         // XGBoost's name
    const char* description; // one line, translated with QCoreApplication::translate("grove::Parameters", ...)
    double minimum;
    double maximum;
    bool minimumExclusive;
    bool integer;
};
std::span<const ParameterInfo> parameterCatalogue();
const ParameterInfo* parameterInfo(QStringView key);
QString parameterDescription(const ParameterInfo& info);

} // namespace grove
