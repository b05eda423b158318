#include "core/model/RunConfig.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The names of tasks, validation kinds and metrics, and each task's defaults (declared in
// RunConfig.h; the configuration document itself is read and checked in RunConfig.cpp).

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunConfig)
};

} // namespace

QString taskKey(Task task)
{
    switch (task) {
    case Task::Binary:
        return u"binary"_s;
    case Task::Multiclass:
        return u"multiclass"_s;
    case Task::Regression:
        return u"regression"_s;
    }
    return {};
}

QString taskKey(std::optional<Task> task) { return task ? taskKey(*task) : QString(); }

std::optional<Task> taskFromKey(QStringView key)
{
    for (auto task : {Task::Binary, Task::Multiclass, Task::Regression}) {
        if (key.compare(taskKey(task), Qt::CaseInsensitive) == 0)
            return task;
    }
    return std::nullopt;
}

QString taskDisplayName(Task task)
{
    switch (task) {
    case Task::Binary:
        return Text::tr("Binary classification");
    case Task::Multiclass:
        return Text::tr("Multiclass classification");
    case Task::Regression:
        return Text::tr("Regression");
    }
    return {};
}

QString validationKindKey(ValidationKind kind)
{
    switch (kind) {
    case ValidationKind::Holdout:
        return u"holdout"_s;
    case ValidationKind::KFold:
        return u"kfold"_s;
    case ValidationKind::Dataset:
        return u"dataset"_s;
    }
    return {};
}

std::optional<ValidationKind> validationKindFromKey(QStringView key)
{
    for (auto kind : {ValidationKind::Holdout, ValidationKind::KFold, ValidationKind::Dataset}) {
        if (key.compare(validationKindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QStringList defaultMetrics(Task task)
{
    switch (task) {
    case Task::Binary:
        return {u"logloss"_s, u"error"_s, u"auc"_s};
    case Task::Multiclass:
        return {u"merror"_s, u"mlogloss"_s};
    case Task::Regression:
        return {u"mae"_s, u"rmse"_s};
    }
    return {};
}

QString defaultObjective(Task task)
{
    switch (task) {
    case Task::Binary:
        return u"binary:logistic"_s;
    case Task::Multiclass:
        return u"multi:softprob"_s;
    case Task::Regression:
        return u"reg:squarederror"_s;
    }
    return {};
}

bool metricIsMaximized(const QString& metric)
{
    const QString base = metric.section(u'@', 0, 0);
    return base == u"auc"_s || base == u"aucpr"_s || base == u"map"_s || base == u"ndcg"_s ||
           base == u"pre"_s;
}

} // namespace grove
