#include "core/train/TrainingPlan.h"

#include "core/data/ParsedTable.h"
#include "core/data/NumberParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <set>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::TrainingPlan)
};

constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();

// Deterministic on every platform: mt19937_64 is fully specified, and the reduction to a range
// is done here (std::shuffle and the standard distributions are implementation-defined).
void shuffle(std::vector<std::uint32_t>& values, std::mt19937_64& random)
{
    for (std::size_t i = values.size(); i > 1; --i) {
        const std::size_t j = std::size_t(random() % i);
        std::swap(values[i - 1], values[j]);
    }
}

QString numberLabel(double value) { return QString::number(value, 'g', 10); }

std::string categoryText(const Snapshot& snapshot, qsizetype column, std::uint32_t code)
{
    return std::string(snapshot.category(column, code));
}

// The distinct target values of the usable rows, as labels in class order: numbers ascending,
// text in byte order.
struct TargetValues
{
    bool numeric = true;
    std::set<double> numbers;
    std::set<std::string> texts;
    qint64 present = 0;
};

TargetValues targetValues(const Snapshot& snapshot, qsizetype column, std::size_t limit)
{
    TargetValues values;
    values.numeric = snapshot.column(column).numeric;
    if (values.numeric) {
        for (float v : snapshot.numbers(column)) {
            if (std::isnan(v))
                continue;
            ++values.present;
            if (values.numbers.size() <= limit)
                values.numbers.insert(double(v));
        }
    } else {
        std::vector<bool> seen(snapshot.column(column).dictionaryCount, false);
        for (std::uint32_t code : snapshot.codes(column)) {
            if (code == kMissingCode)
                continue;
            ++values.present;
            if (!seen[code]) {
                seen[code] = true;
                if (values.texts.size() <= limit)
                    values.texts.insert(categoryText(snapshot, column, code));
            }
        }
    }
    return values;
}

std::size_t distinctCount(const TargetValues& values) { return values.numeric ? values.numbers.size() : values.texts.size(); }

Error fieldError(const QString& field, const QString& message)
{
    return Error::badInput(Text::tr("%1: %2").arg(field, message));
}

} // namespace

Task guessTask(const Snapshot& snapshot, qsizetype targetColumn)
{
    const TargetValues values = targetValues(snapshot, targetColumn, 64);
    const std::size_t distinct = distinctCount(values);
    if (distinct == 2)
        return Task::Binary;
    if (!values.numeric)
        return Task::Multiclass;
    const bool whole = std::all_of(values.numbers.begin(), values.numbers.end(), [](double v) { return isWholeNumber(v); });
    return whole && distinct <= 10 ? Task::Multiclass : Task::Regression;
}

std::optional<Task> guessTask(const ColumnProfile& column)
{
    if (column.type == ColumnType::Text || column.distinct < 2)
        return std::nullopt;
    if (column.distinct == 2)
        return Task::Binary;
    if (column.type == ColumnType::Categorical)
        return Task::Multiclass;
    return column.allIntegers && column.distinct <= 10 ? Task::Multiclass : Task::Regression;
}

Result<TrainingPlan> planTraining(const RunConfig& input, const DatasetRecord& dataset, Snapshot snapshot,
                                  const std::optional<std::pair<DatasetRecord, Snapshot>>& validationDataset)
{
    TrainingPlan plan;
    RunConfig& config = plan.config;
    config = input;
    QStringList problems;
    auto problem = [&](const QString& field, const QString& message) { problems << Text::tr("%1: %2").arg(field, message); };

    // Target and task.
    const qsizetype target = snapshot.indexOf(config.target);
    if (config.target.isEmpty())
        return fieldError(u"target"_s, Text::tr("choose the column to predict."));
    if (target < 0)
        return fieldError(u"target"_s, Text::tr("there is no column \"%1\" in the dataset \"%2\".").arg(config.target, dataset.name));
    if (snapshot.column(target).type == ColumnType::Text)
        return fieldError(u"target"_s, Text::tr("\"%1\" is a text column (an identifier or free text) and cannot be predicted. "
                                                 "Choose another target, or import it again as categorical.")
                                              .arg(config.target));
    const TargetValues values = targetValues(snapshot, target, kMaxClasses + 1);
    if (values.present == 0)
        return fieldError(u"target"_s, Text::tr("every value of \"%1\" is missing.").arg(config.target));
    if (distinctCount(values) < 2)
        return fieldError(u"target"_s, Text::tr("\"%1\" has the same value in every row; there is nothing to learn.").arg(config.target));
    const Task task = config.task.value_or(guessTask(snapshot, target));
    config.task = task;
    plan.task = task;
    if (task == Task::Regression && !values.numeric)
        return fieldError(u"task"_s, Text::tr("regression needs a numeric target, and \"%1\" is categorical.").arg(config.target));
    if (task == Task::Binary && distinctCount(values) != 2)
        return fieldError(u"task"_s, Text::tr("binary classification needs exactly two target values; \"%1\" has %2. "
                                               "Choose multiclass or regression.")
                                            .arg(config.target)
                                            .arg(distinctCount(values) > std::size_t(kMaxClasses) ? Text::tr("more than %1").arg(kMaxClasses)
                                                                                                   : QString::number(distinctCount(values))));
    if (task == Task::Multiclass && (distinctCount(values) > std::size_t(kMaxClasses) ||
                                     qint64(distinctCount(values)) * 2 > values.present))
        return fieldError(u"task"_s, Text::tr("\"%1\" has %2 distinct values in %3 rows: too many classes for classification. "
                                               "Use regression for a continuous target.")
                                            .arg(config.target)
                                            .arg(distinctCount(values) > std::size_t(kMaxClasses) ? Text::tr("more than %1").arg(kMaxClasses)
                                                                                                   : QString::number(distinctCount(values)))
                                            .arg(values.present));

    // Labels: class indexes for classification, the value for regression.
    std::map<double, int> numberClass;
    std::map<std::string, int> textClass;
    if (task != Task::Regression) {
        if (values.numeric) {
            for (double v : values.numbers) {
                numberClass.emplace(v, int(plan.classes.size()));
                plan.classes << numberLabel(v);
            }
        } else {
            for (const std::string& t : values.texts) {
                textClass.emplace(t, int(plan.classes.size()));
                plan.classes << QString::fromStdString(t);
            }
        }
    }
    auto makeLabels = [&](const Snapshot& data, qsizetype column, std::vector<float>& labels) -> Status {
        labels.assign(std::size_t(data.rows()), kMissing);
        const bool numeric = data.column(column).numeric;
        if (task == Task::Regression && !numeric)
            return Error::badInput(Text::tr("the target is not numeric in the validation dataset."));
        for (qint64 r = 0; r < data.rows(); ++r) {
            if (numeric) {
                const float v = data.numbers(column)[std::size_t(r)];
                if (std::isnan(v))
                    continue;
                if (task == Task::Regression) {
                    labels[std::size_t(r)] = v;
                    continue;
                }
                const auto found = numberClass.find(double(v));
                if (found == numberClass.end())
                    return Error::badInput(Text::tr("the validation data has the target value %1, which the training data does not have.")
                                               .arg(numberLabel(double(v))));
                labels[std::size_t(r)] = float(found->second);
            } else {
                const std::uint32_t code = data.codes(column)[std::size_t(r)];
                if (code == kMissingCode)
                    continue;
                const std::string text = categoryText(data, column, code);
                const auto found = textClass.find(text);
                if (found == textClass.end() && numeric == values.numeric)
                    return Error::badInput(Text::tr("the validation data has the target value \"%1\", which the training data does not have.")
                                               .arg(QString::fromStdString(text)));
                if (found == textClass.end())
                    return Error::badInput(Text::tr("the target has a different type in the validation dataset."));
                labels[std::size_t(r)] = float(found->second);
            }
        }
        return {};
    };
    plan.train.dataset = dataset;
    plan.train.snapshot = snapshot;
    if (auto status = makeLabels(snapshot, target, plan.train.labels); !status)
        return status.error();

    // Features: every numeric or categorical column but the target and the excluded ones.
    for (const QString& name : config.excludedFeatures) {
        if (snapshot.indexOf(name) < 0)
            problem(u"exclude"_s, Text::tr("there is no column \"%1\" to exclude.").arg(name));
    }
    for (qsizetype c = 0; c < snapshot.columnCount(); ++c) {
        const Snapshot::Column& column = snapshot.column(c);
        if (c == target || column.type == ColumnType::Text || config.excludedFeatures.contains(column.name))
            continue;
        FeatureSpec feature;
        feature.name = column.name;
        feature.categorical = column.type == ColumnType::Categorical;
        if (feature.categorical) {
            if (column.numeric)
                return Error::internal(Text::tr("column \"%1\" is categorical but stored as numbers.").arg(column.name));
            for (std::uint32_t code = 0; code < column.dictionaryCount; ++code)
                feature.categories.push_back(categoryText(snapshot, c, code));
        }
        plan.features.push_back(std::move(feature));
        plan.train.featureColumns.push_back(c);
    }
    if (plan.features.empty())
        problem(u"features"_s, Text::tr("no feature is left to learn from; keep at least one numeric or categorical column."));

    // Parameters.
    BoosterParameters& p = config.params;
    if (!(p.eta > 0) || p.eta > 10)
        problem(u"eta"_s, Text::tr("must be greater than 0 (and at most 10); got %1.").arg(p.eta));
    if (p.maxDepth < 0 || p.maxDepth > 64)
        problem(u"max_depth"_s, Text::tr("must be between 0 and 64; got %1.").arg(p.maxDepth));
    if (p.treeMethod == u"exact"_s && p.maxDepth == 0)
        problem(u"max_depth"_s, Text::tr("0 (no limit) does not work with tree_method exact."));
    if (!(p.subsample > 0) || p.subsample > 1)
        problem(u"subsample"_s, Text::tr("must be in (0, 1]; got %1.").arg(p.subsample));
    if (!(p.colsampleByTree > 0) || p.colsampleByTree > 1)
        problem(u"colsample_bytree"_s, Text::tr("must be in (0, 1]; got %1.").arg(p.colsampleByTree));
    if (!(p.minChildWeight >= 0))
        problem(u"min_child_weight"_s, Text::tr("must not be negative; got %1.").arg(p.minChildWeight));
    if (!(p.lambda >= 0))
        problem(u"lambda"_s, Text::tr("must not be negative; got %1.").arg(p.lambda));
    if (!(p.alpha >= 0))
        problem(u"alpha"_s, Text::tr("must not be negative; got %1.").arg(p.alpha));
    if (!(p.gamma >= 0))
        problem(u"gamma"_s, Text::tr("must not be negative; got %1.").arg(p.gamma));
    if (p.maxBin < 2 || p.maxBin > 65536)
        problem(u"max_bin"_s, Text::tr("must be between 2 and 65536; got %1.").arg(p.maxBin));
    if (p.scalePosWeight && !(*p.scalePosWeight > 0))
        problem(u"scale_pos_weight"_s, Text::tr("must be greater than 0; got %1.").arg(*p.scalePosWeight));
    static const QStringList methods = {u"hist"_s, u"approx"_s, u"exact"_s};
    if (!methods.contains(p.treeMethod))
        problem(u"tree_method"_s, Text::tr("must be hist, approx or exact; got \"%1\".").arg(p.treeMethod));
    const bool anyCategorical = std::any_of(plan.features.begin(), plan.features.end(), [](const FeatureSpec& f) { return f.categorical; });
    if (p.treeMethod == u"exact"_s && anyCategorical)
        problem(u"tree_method"_s, Text::tr("exact does not support categorical features; use hist or approx, or exclude the categorical columns."));
    if (p.objective.isEmpty())
        p.objective = defaultObjective(task);
    if (config.rounds < 1 || config.rounds > 100000)
        problem(u"rounds"_s, Text::tr("must be between 1 and 100,000; got %1.").arg(config.rounds));
    if (config.earlyStoppingRounds < 0)
        problem(u"early_stopping_rounds"_s, Text::tr("must not be negative; got %1.").arg(config.earlyStoppingRounds));
    if (config.threads < 0 || config.threads > 256)
        problem(u"threads"_s, Text::tr("must be between 0 (one per core) and 256; got %1.").arg(config.threads));
    if (config.threads == 0)
        config.threads = std::max(1, QThread::idealThreadCount());
    if (config.metrics.isEmpty())
        config.metrics = defaultMetrics(task);
    if (config.experiment.trimmed().isEmpty())
        config.experiment = u"Default"_s;

    // Rows with a target, and the split.
    std::vector<std::uint32_t> usable;
    for (qint64 r = 0; r < snapshot.rows(); ++r) {
        if (!std::isnan(plan.train.labels[std::size_t(r)]))
            usable.push_back(std::uint32_t(r));
    }
    plan.rowsWithoutTarget = snapshot.rows() - qint64(usable.size());
    std::mt19937_64 random(config.validation.seed);
    const bool classification = task != Task::Regression;
    // Rows grouped by class (one group for regression), each group shuffled.
    std::vector<std::vector<std::uint32_t>> groups(classification ? std::size_t(plan.classes.size()) : 1);
    for (std::uint32_t r : usable)
        groups[classification ? std::size_t(plan.train.labels[r]) : 0].push_back(r);
    for (auto& group : groups)
        shuffle(group, random);

    const ValidationConfig& validation = config.validation;
    switch (validation.kind) {
    case ValidationKind::Holdout: {
        if (!(validation.fraction > 0) || validation.fraction > 0.9) {
            problem(u"validation.fraction"_s, Text::tr("must be in (0, 0.9]; got %1.").arg(validation.fraction));
            break;
        }
        for (const auto& group : groups) {
            const auto held = std::size_t(std::llround(validation.fraction * double(group.size())));
            plan.validRows.insert(plan.validRows.end(), group.begin(), group.begin() + qsizetype(held));
            plan.trainRows.insert(plan.trainRows.end(), group.begin() + qsizetype(held), group.end());
        }
        std::sort(plan.trainRows.begin(), plan.trainRows.end());
        std::sort(plan.validRows.begin(), plan.validRows.end());
        if (plan.validRows.empty() || plan.trainRows.empty())
            problem(u"validation.fraction"_s, Text::tr("holding out %1 of %2 rows leaves %3 for validation and %4 for training; "
                                                        "both need at least one.")
                                                     .arg(validation.fraction)
                                                     .arg(usable.size())
                                                     .arg(plan.validRows.size())
                                                     .arg(plan.trainRows.size()));
        break;
    }
    case ValidationKind::KFold: {
        if (validation.folds < 2 || validation.folds > 50) {
            problem(u"validation.folds"_s, Text::tr("must be between 2 and 50; got %1.").arg(validation.folds));
            break;
        }
        if (qint64(usable.size()) < 2 * validation.folds) {
            problem(u"validation.folds"_s, Text::tr("%1 folds need at least %2 rows with a target; there are %3.")
                                                .arg(validation.folds)
                                                .arg(2 * validation.folds)
                                                .arg(usable.size()));
            break;
        }
        plan.fold.assign(std::size_t(snapshot.rows()), 255);
        // Dealing each shuffled class in turn keeps every fold's class mix close to the whole.
        std::size_t position = 0;
        for (const auto& group : groups) {
            for (std::uint32_t r : group)
                plan.fold[r] = std::uint8_t(position++ % std::size_t(validation.folds));
        }
        plan.trainRows = usable;
        break;
    }
    case ValidationKind::Dataset: {
        if (!validationDataset) {
            problem(u"validation.dataset"_s, Text::tr("name the dataset to validate on."));
            break;
        }
        const auto& [record, other] = *validationDataset;
        DataSide side;
        side.dataset = record;
        side.snapshot = other;
        QStringList missing, mismatched;
        for (const FeatureSpec& feature : plan.features) {
            const qsizetype column = other.indexOf(feature.name);
            if (column < 0) {
                missing << feature.name;
                continue;
            }
            const Snapshot::Column& c = other.column(column);
            const bool categorical = c.type == ColumnType::Categorical || (c.type == ColumnType::Text && !c.numeric);
            if (categorical != feature.categorical || (!feature.categorical && !c.numeric)) {
                mismatched << feature.name;
                continue;
            }
            side.featureColumns.push_back(column);
            std::vector<float> remap;
            if (feature.categorical) {
                std::map<std::string, float> index;
                for (std::size_t i = 0; i < feature.categories.size(); ++i)
                    index.emplace(feature.categories[i], float(i));
                remap.assign(c.dictionaryCount, kMissing);
                for (std::uint32_t code = 0; code < c.dictionaryCount; ++code) {
                    const auto found = index.find(categoryText(other, column, code));
                    if (found != index.end())
                        remap[code] = found->second;
                }
            }
            side.categoryRemap.push_back(std::move(remap));
        }
        if (!missing.isEmpty())
            problem(u"validation.dataset"_s, Text::tr("\"%1\" lacks the feature columns %2.").arg(record.name, missing.join(u", "_s)));
        if (!mismatched.isEmpty())
            problem(u"validation.dataset"_s, Text::tr("in \"%1\" these columns have another type than in \"%2\": %3.")
                                                  .arg(record.name, dataset.name, mismatched.join(u", "_s)));
        const qsizetype otherTarget = other.indexOf(config.target);
        if (otherTarget < 0) {
            problem(u"validation.dataset"_s, Text::tr("\"%1\" has no target column \"%2\".").arg(record.name, config.target));
        } else if (missing.isEmpty() && mismatched.isEmpty()) {
            if (auto status = makeLabels(other, otherTarget, side.labels); !status)
                problem(u"validation.dataset"_s, status.error().message);
        }
        plan.trainRows = usable;
        if (problems.isEmpty()) {
            for (qint64 r = 0; r < other.rows(); ++r) {
                if (!std::isnan(side.labels[std::size_t(r)]))
                    plan.validRows.push_back(std::uint32_t(r));
            }
            if (plan.validRows.empty())
                problem(u"validation.dataset"_s, Text::tr("\"%1\" has no rows with a target value.").arg(record.name));
        }
        plan.validation = std::move(side);
        break;
    }
    }
    if (!problems.isEmpty())
        return configurationError(problems);
    return plan;
}

QList<QPair<QString, QString>> TrainingPlan::boosterParameters() const
{
    const BoosterParameters& p = config.params;
    auto number = [](double v) { return QString::number(v, 'g', 17); };
    QList<QPair<QString, QString>> list{
        {u"objective"_s, p.objective},
        {u"tree_method"_s, p.treeMethod},
        {u"eta"_s, number(p.eta)},
        {u"max_depth"_s, QString::number(p.maxDepth)},
        {u"min_child_weight"_s, number(p.minChildWeight)},
        {u"subsample"_s, number(p.subsample)},
        {u"colsample_bytree"_s, number(p.colsampleByTree)},
        {u"lambda"_s, number(p.lambda)},
        {u"alpha"_s, number(p.alpha)},
        {u"gamma"_s, number(p.gamma)},
        {u"max_bin"_s, QString::number(p.maxBin)},
        {u"nthread"_s, QString::number(config.threads)},
        {u"seed"_s, QString::number(config.seed)},
    };
    if (task == Task::Multiclass)
        list << qMakePair(u"num_class"_s, QString::number(numClass()));
    if (p.scalePosWeight)
        list << qMakePair(u"scale_pos_weight"_s, number(*p.scalePosWeight));
    for (auto it = p.extra.cbegin(); it != p.extra.cend(); ++it)
        list << qMakePair(it.key(), it.value());
    for (const QString& metric : config.metrics)
        list << qMakePair(u"eval_metric"_s, metric);
    return list;
}

ModelSchema TrainingPlan::schema() const
{
    ModelSchema schema;
    schema.task = task;
    schema.objective = config.params.objective;
    schema.target = config.target;
    for (const FeatureSpec& feature : features) {
        FeatureColumn column{feature.name, feature.categorical, {}};
        for (const std::string& category : feature.categories)
            column.categories << QString::fromStdString(category);
        schema.features << column;
    }
    if (task != Task::Regression)
        schema.classes = classes;
    return schema;
}

} // namespace grove
