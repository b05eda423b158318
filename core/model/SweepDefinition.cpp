#include "core/model/SweepDefinition.h"

#include "core/common/SafeText.h"
#include "core/common/WholeNumber.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::SweepDefinition)
};

// Parameters a sweep may search besides the catalogue's: XGBoost's tree parameters that take a
// number or a name.
const QStringList& otherSearchable()
{
    static const QStringList names = {u"max_leaves"_s, u"max_delta_step"_s, u"colsample_bylevel"_s,
                                      u"colsample_bynode"_s, u"grow_policy"_s, u"tree_method"_s};
    return names;
}

QStringList searchableNames()
{
    QStringList names;
    for (const ParameterInfo& info : parameterCatalogue())
        names << QString::fromLatin1(info.key);
    return names + otherSearchable();
}

// A value as BoosterParameters::set() reads it.
QString parameterText(const QJsonValue& value)
{
    return value.isString() ? value.toString() : QString::number(value.toDouble(), 'g', 17);
}

Status checkValue(const QString& name, const QJsonValue& value, const QString& field)
{
    BoosterParameters scratch;
    if (auto status = scratch.set(name, parameterText(value)); !status)
        return Error::badInput(Text::tr("%1: %2").arg(field, status.error().message));
    // The range XGBoost accepts, for the parameters Grove describes.
    if (const ParameterInfo* info = parameterInfo(name); info && value.isDouble()) {
        const double v = value.toDouble();
        if (v < info->minimum || (info->minimumExclusive && v == info->minimum) || v > info->maximum)
            return Error::badInput((info->minimumExclusive ? Text::tr("%1: %2 is outside what %3 takes (above %4, up to %5).")
                                                           : Text::tr("%1: %2 is outside what %3 takes (from %4 to %5)."))
                                       .arg(field, parameterText(value), name, QString::number(info->minimum),
                                            QString::number(info->maximum)));
    }
    return {};
}

Result<SearchDimension> readDimension(const QString& name, const QJsonValue& value)
{
    const QString field = u"space.%1"_s.arg(escapeUnsafeText(name));
    if (!searchableNames().contains(name))
        return Error::badInput(Text::tr("%1: Grove does not search the parameter \"%2\". It searches: %3.")
                                   .arg(field, escapeUnsafeText(name), searchableNames().join(u", "_s)));
    SearchDimension d;
    d.name = name;
    if (value.isArray()) {
        const QJsonArray list = value.toArray();
        if (list.isEmpty())
            return Error::badInput(Text::tr("%1 is an empty list: give at least one value.").arg(field));
        for (const QJsonValue& choice : list) {
            if (!choice.isDouble() && !choice.isString())
                return Error::badInput(Text::tr("%1: each choice must be a number or a text.").arg(field));
            if (auto status = checkValue(name, choice, field); !status)
                return status.error();
            if (d.choices.contains(choice))
                return Error::badInput(Text::tr("%1 lists %2 twice.").arg(field, parameterText(choice)));
            d.choices << choice;
        }
        return d;
    }
    const QJsonObject range = value.toObject();
    static const QStringList kinds = {u"uniform"_s, u"log_uniform"_s, u"int"_s};
    if (!value.isObject() || range.size() != 1 || !kinds.contains(range.begin().key()))
        return Error::badInput(Text::tr("%1 must be a list of values, or one of {\"uniform\": [low, high]}, "
                                        "{\"log_uniform\": [low, high]} and {\"int\": [low, high]}.")
                                   .arg(field));
    const QString kind = range.begin().key();
    const QJsonArray bounds = range.begin().value().toArray();
    if (bounds.size() != 2 || !bounds[0].isDouble() || !bounds[1].isDouble())
        return Error::badInput(Text::tr("%1.%2 must be two numbers: [low, high].").arg(field, kind));
    d.low = bounds[0].toDouble();
    d.high = bounds[1].toDouble();
    d.kind = kind == u"uniform"_s ? SearchDimension::Kind::Uniform
           : kind == u"log_uniform"_s ? SearchDimension::Kind::LogUniform
                                      : SearchDimension::Kind::Int;
    if (d.kind == SearchDimension::Kind::Int &&
        (!isWholeNumber(d.low) || !isWholeNumber(d.high) || std::abs(d.low) > 1e9 || std::abs(d.high) > 1e9))
        return Error::badInput(Text::tr("%1.int takes whole numbers up to a billion.").arg(field));
    if (d.kind == SearchDimension::Kind::Int ? d.low > d.high : !(d.low < d.high))
        return Error::badInput(Text::tr("%1.%2: the low bound %3 must be below the high bound %4.")
                                   .arg(field, kind, parameterText(bounds[0]), parameterText(bounds[1])));
    if (d.kind == SearchDimension::Kind::LogUniform && d.low <= 0)
        return Error::badInput(Text::tr("%1.log_uniform: both bounds must be above 0 (got %2); a log scale has no 0.")
                                   .arg(field, parameterText(bounds[0])));
    for (const QJsonValue& bound : bounds) {
        if (auto status = checkValue(name, bound, field); !status)
            return status.error();
    }
    return d;
}

// A whole number field, from `minimum`; `fallback` when it is absent.
Status wholeNumber(const QJsonObject& json, const QString& key, int minimum, int fallback, int& out)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined()) {
        out = fallback;
        return {};
    }
    if (!value.isDouble() || !isWholeNumber(value.toDouble()) || value.toDouble() < minimum || value.toDouble() > 1e9)
        return Error::badInput(Text::tr("\"%1\" must be a whole number of at least %2.").arg(key).arg(minimum));
    out = int(value.toDouble());
    return {};
}

} // namespace

QString sweepStrategyKey(SweepStrategy strategy)
{
    switch (strategy) {
    case SweepStrategy::Grid:
        return u"grid"_s;
    case SweepStrategy::Random:
        return u"random"_s;
    case SweepStrategy::Halving:
        return u"halving"_s;
    case SweepStrategy::Tpe:
        return u"tpe"_s;
    }
    return {};
}

std::optional<std::uint64_t> SearchDimension::gridCount() const
{
    switch (kind) {
    case Kind::Choice:
        return std::uint64_t(choices.size());
    case Kind::Int:
        return std::uint64_t(high - low) + 1;
    case Kind::Uniform:
    case Kind::LogUniform:
        break;
    }
    return std::nullopt;
}

QJsonValue SearchDimension::valueAt(double point) const
{
    switch (kind) {
    case Kind::Choice:
        return choices.value(qsizetype(std::clamp(point, 0.0, double(choices.size() - 1))));
    case Kind::Int:
        return std::clamp(std::round(point), low, high);
    case Kind::Uniform:
    case Kind::LogUniform:
        return std::clamp(point, low, high);
    }
    return {};
}

QJsonValue SearchDimension::toJson() const
{
    if (kind == Kind::Choice) {
        QJsonArray list;
        for (const QJsonValue& choice : choices)
            list.append(choice);
        return list;
    }
    const QString key = kind == Kind::Uniform ? u"uniform"_s : kind == Kind::LogUniform ? u"log_uniform"_s : u"int"_s;
    return QJsonObject{{key, QJsonArray{low, high}}};
}

std::optional<std::uint64_t> SweepDefinition::gridSize() const
{
    std::uint64_t size = 1;
    for (const SearchDimension& d : space) {
        const auto count = d.gridCount();
        if (!count)
            return std::nullopt;
        if (__builtin_mul_overflow(size, *count, &size))
            return std::numeric_limits<std::uint64_t>::max();
    }
    return size;
}

QJsonValue splitSeedJson(quint64 seed)
{
    constexpr quint64 exact = quint64(1) << 53;
    return seed <= exact ? QJsonValue(double(seed)) : QJsonValue(QString::number(seed));
}

QJsonObject SweepDefinition::toJson() const
{
    QJsonObject validation;
    switch (base.validation.kind) {
    case ValidationKind::Holdout:
        validation = {{u"fraction"_s, base.validation.fraction}, {u"seed"_s, splitSeedJson(base.validation.seed)}};
        break;
    case ValidationKind::KFold:
        validation = {{u"folds"_s, base.validation.folds}, {u"seed"_s, splitSeedJson(base.validation.seed)}};
        break;
    case ValidationKind::Dataset:
        validation = {{u"dataset"_s, base.validation.dataset}};
        break;
    }
    QJsonObject spaceJson;
    for (const SearchDimension& d : space)
        spaceJson.insert(d.name, d.toJson());
    QJsonObject json{{u"name"_s, name},
                     {u"dataset"_s, base.dataset},
                     {u"target"_s, base.target},
                     {u"validation"_s, validation},
                     {u"rounds"_s, base.rounds},
                     {u"early_stopping"_s, base.earlyStoppingRounds},
                     {u"objective_metric"_s, objective()},
                     {u"direction"_s, maximize ? u"maximize"_s : u"minimize"_s},
                     {u"strategy"_s, sweepStrategyKey(strategy)},
                     {u"seed"_s, double(seed)},
                     {u"repeats"_s, repeats},
                     {u"parallel"_s, parallel},
                     {u"fixed"_s, fixed},
                     {u"space"_s, spaceJson}};
    if (strategy != SweepStrategy::Grid)
        json.insert(u"trials"_s, trials);
    if (timeLimitSeconds > 0)
        json.insert(u"time_limit"_s, timeLimitSeconds);
    if (strategy == SweepStrategy::Tpe)
        json.insert(u"startup_trials"_s, startupTrials);
    if (strategy == SweepStrategy::Halving) {
        QJsonObject halving{{u"eta"_s, halvingEta}};
        if (halvingMinRounds > 0)
            halving.insert(u"min_rounds"_s, halvingMinRounds);
        json.insert(u"halving"_s, halving);
    }
    if (base.task)
        json.insert(u"task"_s, taskKey(*base.task));
    if (!base.metrics.isEmpty())
        json.insert(u"metrics"_s, QJsonArray::fromStringList(base.metrics));
    if (!base.excludedFeatures.isEmpty())
        json.insert(u"exclude"_s, QJsonArray::fromStringList(base.excludedFeatures));
    return json;
}

Result<SweepDefinition> SweepDefinition::fromJson(const QJsonObject& json, int cores)
{
    static const QStringList known = {u"name"_s, u"dataset"_s, u"target"_s, u"task"_s, u"exclude"_s, u"metrics"_s,
                                      u"validation"_s, u"rounds"_s, u"early_stopping"_s, u"objective_metric"_s,
                                      u"direction"_s, u"strategy"_s, u"trials"_s, u"seed"_s, u"repeats"_s,
                                      u"parallel"_s, u"time_limit"_s, u"startup_trials"_s, u"halving"_s,
                                      u"fixed"_s, u"space"_s};
    for (const QString& key : json.keys()) {
        if (!known.contains(key))
            return Error::badInput(Text::tr("Unknown field \"%1\" in the sweep definition. Known fields: %2.")
                                       .arg(escapeUnsafeText(key), known.join(u", "_s)));
    }
    SweepDefinition d;
    d.name = json.value(u"name"_s).toString().trimmed();
    if (d.name.isEmpty())
        return Error::badInput(Text::tr("\"name\": a sweep needs a name."));
    if (const QString problem = singleLineFieldProblem(Text::tr("\"name\""), d.name); !problem.isEmpty())
        return Error::badInput(problem);

    // The run part, read and checked as a run configuration is.
    QJsonObject run{{u"experiment"_s, d.name}};
    for (const auto& [from, to] : {std::pair{u"dataset"_s, u"dataset"_s}, {u"target"_s, u"target"_s}, {u"task"_s, u"task"_s},
                                   {u"exclude"_s, u"exclude"_s}, {u"metrics"_s, u"metrics"_s}, {u"rounds"_s, u"rounds"_s},
                                   {u"early_stopping"_s, u"early_stopping_rounds"_s}, {u"fixed"_s, u"params"_s}}) {
        if (json.contains(from))
            run.insert(to, json.value(from));
    }
    if (!json.contains(u"dataset"_s) || !json.contains(u"target"_s))
        return Error::badInput(Text::tr("\"dataset\" and \"target\": a sweep needs the dataset and the column to predict."));
    const QJsonValue validationValue = json.value(u"validation"_s);
    if (!validationValue.isUndefined()) {
        if (!validationValue.isObject())
            return Error::badInput(Text::tr("\"validation\" must be {\"fraction\", \"seed\"}, {\"folds\", \"seed\"} or {\"dataset\"}."));
        QJsonObject validation = validationValue.toObject();
        const bool folds = validation.contains(u"folds"_s), dataset = validation.contains(u"dataset"_s);
        if (folds && dataset)
            return Error::badInput(Text::tr("\"validation\" takes folds or a dataset, not both."));
        validation.insert(u"kind"_s, folds ? u"kfold"_s : dataset ? u"dataset"_s : u"holdout"_s);
        run.insert(u"validation"_s, validation);
    }
    auto config = RunConfig::fromJson(run, RunConfig::Source::UserInput);
    if (!config)
        return config.error();
    d.base = std::move(*config);
    d.fixed = json.value(u"fixed"_s).toObject();

    const QString objective = json.value(u"objective_metric"_s).toString();
    const auto dot = objective.indexOf(u'.');
    d.objectiveSplit = objective.left(dot);
    d.objectiveMetric = objective.mid(dot + 1);
    if (dot <= 0 || (d.objectiveSplit != u"valid"_s && d.objectiveSplit != u"train"_s) || d.objectiveMetric.isEmpty() ||
        !singleLineFieldProblem(QString(), d.objectiveMetric).isEmpty())
        return Error::badInput(Text::tr("\"objective_metric\" must name a split and a metric, such as \"valid.auc\" or "
                                        "\"valid.logloss\"."));
    const QString direction = json.value(u"direction"_s).toString();
    if (!json.contains(u"direction"_s))
        d.maximize = metricIsMaximized(d.objectiveMetric);
    else if (direction == u"maximize"_s || direction == u"minimize"_s)
        d.maximize = direction == u"maximize"_s;
    else
        return Error::badInput(Text::tr("\"direction\" must be \"maximize\" or \"minimize\"."));

    const QString strategy = json.value(u"strategy"_s).toString(u"random"_s);
    bool knownStrategy = false;
    for (auto s : {SweepStrategy::Grid, SweepStrategy::Random, SweepStrategy::Halving, SweepStrategy::Tpe}) {
        if (strategy == sweepStrategyKey(s)) {
            d.strategy = s;
            knownStrategy = true;
        }
    }
    if (!knownStrategy)
        return Error::badInput(Text::tr("\"strategy\" must be grid, random, halving or tpe."));

    if (auto s = wholeNumber(json, u"repeats"_s, 1, 1, d.repeats); !s)
        return s.error();
    if (auto s = wholeNumber(json, u"parallel"_s, 0, 0, d.parallel); !s)
        return s.error();
    if (d.parallel > cores * 4)
        return Error::badInput(Text::tr("\"parallel\": %1 trials at once is more than 4 per core (this machine has %2 "
                                        "cores, so at most %3).")
                                   .arg(d.parallel)
                                   .arg(cores)
                                   .arg(cores * 4));
    if (auto s = wholeNumber(json, u"startup_trials"_s, 1, 10, d.startupTrials); !s)
        return s.error();
    const QJsonValue seed = json.value(u"seed"_s);
    if (!seed.isUndefined() && (!seed.isDouble() || !isWholeNumber(seed.toDouble()) || seed.toDouble() < 0 || seed.toDouble() > 9e15))
        return Error::badInput(Text::tr("\"seed\" must be a whole number from 0."));
    d.seed = quint64(seed.toDouble(1));
    const QJsonValue limit = json.value(u"time_limit"_s);
    if (!limit.isUndefined() && (!limit.isDouble() || !(limit.toDouble() > 0) || !std::isfinite(limit.toDouble())))
        return Error::badInput(Text::tr("\"time_limit\" must be a number of seconds above 0."));
    d.timeLimitSeconds = limit.toDouble(0);
    if (json.contains(u"halving"_s)) {
        const QJsonObject halving = json.value(u"halving"_s).toObject();
        if (auto s = wholeNumber(halving, u"eta"_s, 2, 3, d.halvingEta); !s)
            return Error::badInput(Text::tr("In \"halving\": %1").arg(s.error().message));
        if (auto s = wholeNumber(halving, u"min_rounds"_s, 1, 0, d.halvingMinRounds); !s)
            return Error::badInput(Text::tr("In \"halving\": %1").arg(s.error().message));
    }

    const QJsonValue spaceValue = json.value(u"space"_s);
    if (!spaceValue.isObject() || spaceValue.toObject().isEmpty())
        return Error::badInput(Text::tr("\"space\" is empty: give at least one parameter to search, e.g. "
                                        "\"space\": {\"max_depth\": [2, 4, 6]}."));
    const QJsonObject space = spaceValue.toObject();
    for (auto it = space.begin(); it != space.end(); ++it) {
        if (json.value(u"fixed"_s).toObject().contains(it.key()))
            return Error::badInput(Text::tr("\"%1\" is both fixed and searched: keep it in one of \"fixed\" and \"space\".")
                                       .arg(escapeUnsafeText(it.key())));
        auto dimension = readDimension(it.key(), it.value());
        if (!dimension)
            return dimension.error();
        d.space.push_back(std::move(*dimension));
    }

    if (d.strategy == SweepStrategy::Grid) {
        const auto size = d.gridSize();
        if (!size)
            return Error::badInput(Text::tr("\"strategy\": a grid needs every parameter as a list or an int range; use "
                                            "random or tpe for continuous ranges."));
        if (*size > kMaxGrid)
            return Error::badInput(Text::tr("\"space\": the grid has %1 combinations, more than %2. Search fewer values, "
                                            "or use random or tpe with a number of trials.")
                                       .arg(*size == std::numeric_limits<std::uint64_t>::max() ? u"more than 10^19"_s
                                                                                               : QString::number(*size))
                                       .arg(kMaxGrid));
        d.trials = int(*size);
    } else {
        if (auto s = wholeNumber(json, u"trials"_s, 0, -1, d.trials); !s)
            return s.error();
        if (d.trials == -1)
            return Error::badInput(Text::tr("\"trials\": %1 needs a number of trials.").arg(strategy));
        if (d.trials == 0)
            return Error::badInput(Text::tr("\"trials\" is 0: a sweep needs a budget of at least one trial."));
    }
    return d;
}

} // namespace grove
