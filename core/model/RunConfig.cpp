#include "core/model/RunConfig.h"

#include "core/common/SafeText.h"
#include "core/common/WholeNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunConfig)
};

constexpr ParameterInfo kParameters[] = {
    {"eta", QT_TRANSLATE_NOOP("grove::Parameters", "Learning rate: how much each new tree corrects the previous ones."), 0, 10, true, false},
    {"max_depth", QT_TRANSLATE_NOOP("grove::Parameters", "Maximum depth of a tree; deeper trees fit finer patterns and overfit sooner."), 0, 64, false, true},
    {"min_child_weight", QT_TRANSLATE_NOOP("grove::Parameters", "Minimum sum of instance weight (hessian) in a leaf; larger is more conservative."), 0, 1e9, false, false},
    {"subsample", QT_TRANSLATE_NOOP("grove::Parameters", "Share of rows sampled for each tree."), 0, 1, true, false},
    {"colsample_bytree", QT_TRANSLATE_NOOP("grove::Parameters", "Share of features sampled for each tree."), 0, 1, true, false},
    {"lambda", QT_TRANSLATE_NOOP("grove::Parameters", "L2 regularization on leaf weights."), 0, 1e9, false, false},
    {"alpha", QT_TRANSLATE_NOOP("grove::Parameters", "L1 regularization on leaf weights."), 0, 1e9, false, false},
    {"gamma", QT_TRANSLATE_NOOP("grove::Parameters", "Minimum loss reduction required to split a leaf."), 0, 1e9, false, false},
    {"max_bin", QT_TRANSLATE_NOOP("grove::Parameters", "Number of histogram bins per feature (hist and approx)."), 2, 65536, false, true},
    {"scale_pos_weight", QT_TRANSLATE_NOOP("grove::Parameters", "Weight of the positive class, for unbalanced binary targets (negatives / positives is a common choice)."), 0, 1e9, true, false},
};

constexpr double kIntMax = std::numeric_limits<int>::max();

// A parameter's name as a message quotes it: on one line, whatever it contains.
QString shown(const QString& text) { return escapeUnsafeText(text); }

// Why a parameter passed by name to XGBoost cannot be, or an empty string. Its value goes to
// XGBoost as text, so each number in it (lists such as "(1,-1)" included) must be finite:
// XGBoost reads "nan" and "inf" as numbers and then trains on them or fails halfway.
QString extraParameterProblem(const QString& name, const QString& value)
{
    if (QString problem = singleLineFieldProblem(Text::tr("The name of the parameter \"%1\"").arg(shown(name)), name);
        !problem.isEmpty())
        return problem;
    if (QString problem = singleLineFieldProblem(Text::tr("The value of %1").arg(shown(name)), value); !problem.isEmpty())
        return problem;
    static const QRegularExpression separators(u"[\\s,;:()\\[\\]{}]+"_s);
    for (const QString& token : value.split(separators, Qt::SkipEmptyParts)) {
        double number = 0;
        if (readNumber(token, number) == NumberText::NonFinite)
            return Text::tr("%1 must be a finite number; got \"%2\" (NaN and infinities are refused).").arg(shown(name), token);
    }
    return {};
}

} // namespace

std::span<const ParameterInfo> parameterCatalogue() { return kParameters; }

const ParameterInfo* parameterInfo(QStringView key)
{
    for (const ParameterInfo& info : kParameters) {
        if (key == QLatin1StringView(info.key))
            return &info;
    }
    return nullptr;
}

QString parameterDescription(const ParameterInfo& info)
{
    return QCoreApplication::translate("grove::Parameters", info.description);
}

NumberText readNumber(QStringView text, double& value)
{
    QStringView body = text.trimmed();
    // from_chars takes a leading '-' but not a '+'.
    if (body.startsWith(u'+') && !body.mid(1).startsWith(u'-'))
        body = body.mid(1);
    const QByteArray bytes = body.toLatin1();
    if (bytes.isEmpty() || bytes.size() != body.size())
        return NumberText::NotNumber;
    double parsed = 0;
    const auto [end, error] = std::from_chars(bytes.begin(), bytes.end(), parsed, std::chars_format::general);
    if (end != bytes.end())
        return NumberText::NotNumber;
    if (error == std::errc::result_out_of_range) {
        // Too large (1e999) is not finite; too small (1e-999) reads as zero, as in XGBoost.
        const double rounded = body.toDouble();
        if (std::isinf(rounded))
            return NumberText::NonFinite;
        value = rounded;
        return NumberText::Finite;
    }
    if (error != std::errc())
        return NumberText::NotNumber;
    if (!std::isfinite(parsed))
        return NumberText::NonFinite;
    value = parsed;
    return NumberText::Finite;
}

Status BoosterParameters::set(const QString& key, const QString& value)
{
    const QString name = key.trimmed();
    if (name.isEmpty())
        return Error::badInput(Text::tr("A parameter needs a name: use KEY=VALUE."));
    if (name == u"objective"_s) {
        objective = value.trimmed();
        return {};
    }
    if (name == u"tree_method"_s) {
        treeMethod = value.trimmed();
        return {};
    }
    if (name == u"learning_rate"_s)
        return set(u"eta"_s, value);
    if (name == u"reg_lambda"_s)
        return set(u"lambda"_s, value);
    if (name == u"reg_alpha"_s)
        return set(u"alpha"_s, value);
    if (const ParameterInfo* info = parameterInfo(name)) {
        double v = 0;
        const NumberText read = readNumber(value, v);
        return setNumber(*info, read, v, value);
    }
    if (const QString problem = extraParameterProblem(name, value.trimmed()); !problem.isEmpty())
        return Error::badInput(problem);
    extra.insert(name, value.trimmed());
    return {};
}

Status BoosterParameters::setNumber(const ParameterInfo& info, NumberText read, double v, const QString& value)
{
    const QString name = QString::fromLatin1(info.key);
    // The text the value was given as, for messages (a stored number has none).
    const QString given = value.isEmpty() ? QString::number(v, 'g', 17) : value.trimmed();
    {
        if (read == NumberText::NonFinite)
            return Error::badInput(Text::tr("%1 must be a finite number; got \"%2\" (NaN and infinities are refused).")
                                       .arg(name, shown(given)));
        if (read == NumberText::NotNumber || (info.integer && !isWholeNumber(v)))
            return Error::badInput(Text::tr("%1 must be %2; got \"%3\".")
                                       .arg(name, info.integer ? Text::tr("a whole number") : Text::tr("a number"),
                                            shown(given)));
        if (info.integer && std::abs(v) > kIntMax)
            return Error::badInput(Text::tr("%1 must be between %2 and %3; got %4.")
                                       .arg(name)
                                       .arg(info.minimum)
                                       .arg(info.maximum)
                                       .arg(shown(given)));
        if (name == u"eta"_s)
            eta = v;
        else if (name == u"max_depth"_s)
            maxDepth = int(v);
        else if (name == u"min_child_weight"_s)
            minChildWeight = v;
        else if (name == u"subsample"_s)
            subsample = v;
        else if (name == u"colsample_bytree"_s)
            colsampleByTree = v;
        else if (name == u"lambda"_s)
            lambda = v;
        else if (name == u"alpha"_s)
            alpha = v;
        else if (name == u"gamma"_s)
            gamma = v;
        else if (name == u"max_bin"_s)
            maxBin = int(v);
        else if (name == u"scale_pos_weight"_s)
            scalePosWeight = v;
        return {};
    }
}

QJsonObject BoosterParameters::toJson() const
{
    QJsonObject paramsJson{{u"eta"_s, eta},
                           {u"max_depth"_s, maxDepth},
                           {u"min_child_weight"_s, minChildWeight},
                           {u"subsample"_s, subsample},
                           {u"colsample_bytree"_s, colsampleByTree},
                           {u"lambda"_s, lambda},
                           {u"alpha"_s, alpha},
                           {u"gamma"_s, gamma},
                           {u"max_bin"_s, maxBin},
                           {u"tree_method"_s, treeMethod}};
    if (!objective.isEmpty())
        paramsJson.insert(u"objective"_s, objective);
    if (scalePosWeight)
        paramsJson.insert(u"scale_pos_weight"_s, *scalePosWeight);
    QJsonObject extraJson;
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        extraJson.insert(it.key(), it.value());
    if (!extraJson.isEmpty())
        paramsJson.insert(u"extra"_s, extraJson);
    return paramsJson;
}

QStringList BoosterParameters::names() const
{
    QStringList names{u"eta"_s,   u"max_depth"_s, u"min_child_weight"_s, u"subsample"_s, u"colsample_bytree"_s,
                      u"lambda"_s, u"alpha"_s,     u"gamma"_s,            u"max_bin"_s,   u"tree_method"_s};
    if (!objective.isEmpty())
        names << u"objective"_s;
    if (scalePosWeight)
        names << u"scale_pos_weight"_s;
    return names;
}

QJsonValue BoosterParameters::value(QStringView key) const
{
    // The typed ones as toJson() writes them, without building the whole object (a run query
    // asks this of every run).
    if (key == u"eta")
        return eta;
    if (key == u"max_depth")
        return maxDepth;
    if (key == u"min_child_weight")
        return minChildWeight;
    if (key == u"subsample")
        return subsample;
    if (key == u"colsample_bytree")
        return colsampleByTree;
    if (key == u"lambda")
        return lambda;
    if (key == u"alpha")
        return alpha;
    if (key == u"gamma")
        return gamma;
    if (key == u"max_bin")
        return maxBin;
    if (key == u"tree_method")
        return treeMethod;
    if (key == u"objective")
        return objective.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(objective);
    if (key == u"scale_pos_weight")
        return scalePosWeight ? QJsonValue(*scalePosWeight) : QJsonValue(QJsonValue::Undefined);
    if (auto it = extra.constFind(key.toString()); it != extra.cend())
        return *it;
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject ValidationConfig::toJson() const
{
    QJsonObject json{{u"kind"_s, validationKindKey(kind)}};
    switch (kind) {
    case ValidationKind::Holdout:
        json.insert(u"fraction"_s, fraction);
        json.insert(u"seed"_s, QString::number(seed));
        break;
    case ValidationKind::KFold:
        json.insert(u"folds"_s, folds);
        json.insert(u"seed"_s, QString::number(seed));
        break;
    case ValidationKind::Dataset:
        json.insert(u"dataset"_s, dataset);
        break;
    }
    return json;
}

QJsonObject RunConfig::toJson() const
{
    QJsonObject json{{u"dataset"_s, dataset},
                     {u"target"_s, target},
                     {u"validation"_s, validation.toJson()},
                     {u"params"_s, params.toJson()},
                     {u"rounds"_s, rounds},
                     {u"early_stopping_rounds"_s, earlyStoppingRounds},
                     {u"threads"_s, threads},
                     {u"seed"_s, QString::number(seed)},
                     {u"experiment"_s, experiment}};
    if (task)
        json.insert(u"task"_s, taskKey(*task));
    if (!excludedFeatures.isEmpty())
        json.insert(u"exclude"_s, QJsonArray::fromStringList(excludedFeatures));
    if (!metrics.isEmpty())
        json.insert(u"metrics"_s, QJsonArray::fromStringList(metrics));
    return json;
}

Result<RunConfig> RunConfig::fromJson(const QJsonObject& json, Source source)
{
    RunConfig config;
    static const QStringList known = {u"dataset"_s, u"target"_s, u"task"_s, u"exclude"_s, u"validation"_s,
                                      u"params"_s, u"rounds"_s, u"early_stopping_rounds"_s, u"metrics"_s,
                                      u"threads"_s, u"seed"_s, u"experiment"_s};
    for (const QString& key : source == Source::UserInput ? json.keys() : QStringList()) {
        if (!known.contains(key))
            return Error::badInput(Text::tr("Unknown field \"%1\" in the run configuration. Known fields: %2.")
                                       .arg(key, known.join(u", "_s)));
    }
    auto integer = [&](const QString& key, int fallback, int& out) -> Status {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return out = fallback, Status();
        if (!value.isDouble() || !isWholeNumber(value.toDouble()))
            return Error::badInput(Text::tr("\"%1\" must be a whole number.").arg(key));
        if (std::abs(value.toDouble()) > kIntMax)
            return Error::badInput(Text::tr("\"%1\" must be a whole number between %2 and %3.")
                                       .arg(key)
                                       .arg(-std::numeric_limits<int>::max())
                                       .arg(std::numeric_limits<int>::max()));
        out = int(value.toDouble());
        return {};
    };
    auto seedValue = [](const QJsonValue& value, quint64 fallback) -> std::optional<quint64> {
        if (value.isUndefined())
            return fallback;
        if (value.isDouble()) {
            const double number = value.toDouble();
            return number >= 0 && isWholeNumber(number) ? std::optional<quint64>(quint64(number)) : std::nullopt;
        }
        bool ok = false;
        const quint64 seed = value.toString().toULongLong(&ok);
        return ok && value.isString() ? std::optional<quint64>(seed) : std::nullopt;
    };
    // Text fields: a string, or absent. `key` names the field in messages.
    auto text = [](const QJsonValue& value, const QString& key, QString& out) -> Status {
        if (value.isUndefined())
            return {};
        if (!value.isString())
            return Error::badInput(Text::tr("\"%1\" must be text.").arg(key));
        out = value.toString();
        return {};
    };
    // A dataset reference: a name, or an id as a number.
    auto datasetReference = [](const QJsonValue& value, const QString& key, QString& out) -> Status {
        if (value.isUndefined())
            return {};
        if (value.isDouble() && value.toDouble() >= 1 && isWholeNumber(value.toDouble()))
            out = QString::number(qint64(value.toDouble()));
        else if (value.isString())
            out = value.toString();
        else
            return Error::badInput(Text::tr("\"%1\" must be a dataset name or id.").arg(key));
        return {};
    };
    auto textList = [](const QJsonValue& value, const QString& key, QStringList& out) -> Status {
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            return Error::badInput(Text::tr("\"%1\" must be a list of names.").arg(key));
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString())
                return Error::badInput(Text::tr("\"%1\" must be a list of names.").arg(key));
            out << item.toString();
        }
        return {};
    };
    auto object = [](const QJsonValue& value, const QString& key, QJsonObject& out) -> Status {
        if (value.isUndefined())
            return {};
        if (!value.isObject())
            return Error::badInput(Text::tr("\"%1\" must be an object.").arg(key));
        out = value.toObject();
        return {};
    };

    if (auto s = datasetReference(json.value(u"dataset"_s), u"dataset"_s, config.dataset); !s)
        return s.error();
    if (auto s = text(json.value(u"target"_s), u"target"_s, config.target); !s)
        return s.error();
    if (json.contains(u"task"_s)) {
        const auto task = taskFromKey(json.value(u"task"_s).toString());
        if (!json.value(u"task"_s).isString() || !task)
            return Error::badInput(Text::tr("\"task\" must be binary, multiclass or regression."));
        config.task = task;
    }
    if (auto s = textList(json.value(u"exclude"_s), u"exclude"_s, config.excludedFeatures); !s)
        return s.error();
    if (auto s = textList(json.value(u"metrics"_s), u"metrics"_s, config.metrics); !s)
        return s.error();
    if (auto s = integer(u"rounds"_s, 100, config.rounds); !s)
        return s.error();
    if (auto s = integer(u"early_stopping_rounds"_s, 0, config.earlyStoppingRounds); !s)
        return s.error();
    if (auto s = integer(u"threads"_s, 0, config.threads); !s)
        return s.error();
    const auto seed = seedValue(json.value(u"seed"_s), 0);
    if (!seed)
        return Error::badInput(Text::tr("\"seed\" must be a whole number of 0 or more."));
    config.seed = *seed;
    if (auto s = text(json.value(u"experiment"_s), u"experiment"_s, config.experiment); !s)
        return s.error();
    // Written, but empty (a template's unset variable): not silently "Default".
    if (source == Source::UserInput && json.contains(u"experiment"_s) && config.experiment.trimmed().isEmpty())
        return Error::badInput(Text::tr("\"experiment\" is empty. Name an experiment, or leave the key out for "
                                        "\"Default\"."));

    QJsonObject validation;
    if (auto s = object(json.value(u"validation"_s), u"validation"_s, validation); !s)
        return s.error();
    static const QStringList validationKeys = {u"kind"_s, u"fraction"_s, u"seed"_s, u"folds"_s, u"dataset"_s};
    for (const QString& key : source == Source::UserInput ? validation.keys() : QStringList()) {
        if (!validationKeys.contains(key))
            return Error::badInput(Text::tr("Unknown field \"validation.%1\" in the run configuration. Known fields: %2.")
                                       .arg(key, validationKeys.join(u", "_s)));
    }
    if (!validation.isEmpty()) {
        QString kindKey = u"holdout"_s;
        if (auto s = text(validation.value(u"kind"_s), u"validation.kind"_s, kindKey); !s)
            return s.error();
        const auto kind = validationKindFromKey(kindKey);
        if (!kind)
            return Error::badInput(Text::tr("\"validation.kind\" must be holdout, kfold or dataset."));
        config.validation.kind = *kind;
        const QJsonValue fraction = validation.value(u"fraction"_s);
        if (!fraction.isUndefined() && !fraction.isDouble())
            return Error::badInput(Text::tr("\"validation.fraction\" must be a number."));
        config.validation.fraction = fraction.toDouble(0.2);
        const QJsonValue folds = validation.value(u"folds"_s);
        if (!folds.isUndefined() && (!folds.isDouble() || !isWholeNumber(folds.toDouble()) || std::abs(folds.toDouble()) > kIntMax))
            return Error::badInput(Text::tr("\"validation.folds\" must be a whole number."));
        config.validation.folds = folds.isUndefined() ? 5 : int(folds.toDouble());
        if (auto s = datasetReference(validation.value(u"dataset"_s), u"validation.dataset"_s, config.validation.dataset); !s)
            return s.error();
        const auto validationSeed = seedValue(validation.value(u"seed"_s), 42);
        if (!validationSeed)
            return Error::badInput(Text::tr("\"validation.seed\" must be a whole number of 0 or more."));
        config.validation.seed = *validationSeed;
    }

    QJsonObject params;
    if (auto s = object(json.value(u"params"_s), u"params"_s, params); !s)
        return s.error();
    // A parameter's value: text, a number or a truth value, as XGBoost takes them.
    auto scalar = [](const QJsonValue& value) { return value.isString() || value.isDouble() || value.isBool(); };
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (it.key() == u"extra"_s) {
            QJsonObject extra;
            if (auto s = object(it.value(), u"params.extra"_s, extra); !s)
                return s.error();
            for (auto e = extra.constBegin(); e != extra.constEnd(); ++e) {
                if (!scalar(e.value()))
                    return Error::badInput(Text::tr("\"params.extra.%1\" must be text, a number or true/false.").arg(shown(e.key())));
                if (auto status = config.params.set(e.key(), e.value().toVariant().toString()); !status)
                    return status.error();
            }
            continue;
        }
        if (!scalar(it.value()))
            return Error::badInput(Text::tr("\"params.%1\" must be text, a number or true/false.").arg(shown(it.key())));
        // A number for a typed parameter is taken as it is (no round trip through text): stored
        // configurations hold every typed parameter, and a list of thousands of runs reads them.
        if (const ParameterInfo* info = it.value().isDouble() ? parameterInfo(it.key()) : nullptr) {
            const double v = it.value().toDouble();
            if (auto status = config.params.setNumber(*info, NumberText::Finite, v, QString()); !status)
                return status.error();
            continue;
        }
        const QString value = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        if (auto status = config.params.set(it.key(), value); !status)
            return status.error();
    }
    if (source == Source::UserInput) {
        if (auto status = config.check(); !status)
            return status.error();
    }
    return config;
}

Error configurationError(const QStringList& problems)
{
    if (problems.size() == 1)
        return Error::badInput(problems.front());
    return Error::badInput(Text::tr("The run configuration has %1 problems:\n%2").arg(problems.size()).arg(u"- "_s + problems.join(u"\n- "_s)));
}

Status RunConfig::check() const
{
    QStringList problems;
    auto finite = [&](const QString& field, double value) {
        if (!std::isfinite(value))
            problems << Text::tr("%1: must be a finite number; got %2 (NaN and infinities are refused).").arg(field).arg(value);
    };
    finite(u"eta"_s, params.eta);
    finite(u"min_child_weight"_s, params.minChildWeight);
    finite(u"subsample"_s, params.subsample);
    finite(u"colsample_bytree"_s, params.colsampleByTree);
    finite(u"lambda"_s, params.lambda);
    finite(u"alpha"_s, params.alpha);
    finite(u"gamma"_s, params.gamma);
    if (params.scalePosWeight)
        finite(u"scale_pos_weight"_s, *params.scalePosWeight);
    finite(u"validation.fraction"_s, validation.fraction);
    auto singleLine = [&](const QString& field, const QString& value) {
        if (const QString problem = singleLineFieldProblem(field, value); !problem.isEmpty())
            problems << problem;
    };
    singleLine(Text::tr("The experiment name"), experiment);
    singleLine(u"objective"_s, params.objective);
    singleLine(u"tree_method"_s, params.treeMethod);
    for (const QString& metric : metrics)
        singleLine(Text::tr("The metric \"%1\"").arg(shown(metric)), metric);
    for (auto it = params.extra.cbegin(); it != params.extra.cend(); ++it) {
        if (const QString problem = extraParameterProblem(it.key(), it.value()); !problem.isEmpty())
            problems << problem;
    }
    if (problems.isEmpty())
        return {};
    return configurationError(problems);
}

} // namespace grove
