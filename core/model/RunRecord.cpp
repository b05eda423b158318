#include "core/model/RunRecord.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunStore)
};

} // namespace

QString runStatusKey(RunStatus status)
{
    switch (status) {
    case RunStatus::Queued:
        return u"queued"_s;
    case RunStatus::Running:
        return u"running"_s;
    case RunStatus::Finished:
        return u"finished"_s;
    case RunStatus::Failed:
        return u"failed"_s;
    case RunStatus::Cancelled:
        return u"cancelled"_s;
    case RunStatus::Interrupted:
        return u"interrupted"_s;
    }
    return {};
}

std::optional<RunStatus> runStatusFromKey(QStringView key)
{
    for (auto status : {RunStatus::Queued, RunStatus::Running, RunStatus::Finished, RunStatus::Failed,
                        RunStatus::Cancelled, RunStatus::Interrupted}) {
        if (key.compare(runStatusKey(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString runStatusDisplayName(RunStatus status)
{
    switch (status) {
    case RunStatus::Queued:
        return Text::tr("Queued");
    case RunStatus::Running:
        return Text::tr("Running");
    case RunStatus::Finished:
        return Text::tr("Finished");
    case RunStatus::Failed:
        return Text::tr("Failed");
    case RunStatus::Cancelled:
        return Text::tr("Cancelled");
    case RunStatus::Interrupted:
        return Text::tr("Interrupted");
    }
    return {};
}

bool isActive(RunStatus status) { return status == RunStatus::Queued || status == RunStatus::Running; }

double RunRecord::durationSeconds() const
{
    if (!startedAt.isValid())
        return 0;
    QDateTime end = finishedAt;
    if (!end.isValid())
        end = status == RunStatus::Running ? QDateTime::currentDateTimeUtc() : heartbeatAt;
    return end.isValid() ? double(startedAt.msecsTo(end)) / 1000.0 : 0;
}

QString RunRecord::target() const { return setup.config.target; }
int RunRecord::predictionRounds() const
{
    return bestIteration && setup.config.earlyStoppingRounds > 0 ? *bestIteration + 1 : 0;
}
QString RunRecord::datasetName() const { return setup.data.dataset.name; }

QJsonObject RunDecision::toJson() const
{
    QJsonObject json;
    if (threshold)
        json.insert(u"threshold"_s, *threshold);
    if (costFalsePositive != 1.0 || costFalseNegative != 1.0) {
        json.insert(u"cost_fp"_s, costFalsePositive);
        json.insert(u"cost_fn"_s, costFalseNegative);
    }
    return json;
}

RunDecision RunDecision::fromJson(const QJsonObject& json)
{
    RunDecision decision;
    const QJsonValue threshold = json.value(u"threshold"_s);
    if (threshold.isDouble() && threshold.toDouble() >= 0.0 && threshold.toDouble() <= 1.0)
        decision.threshold = threshold.toDouble();
    auto cost = [&](const QString& key, double& into) {
        const QJsonValue value = json.value(key);
        if (value.isDouble() && std::isfinite(value.toDouble()) && value.toDouble() >= 0.0)
            into = value.toDouble();
    };
    cost(u"cost_fp"_s, decision.costFalsePositive);
    cost(u"cost_fn"_s, decision.costFalseNegative);
    return decision;
}

QString RunDecision::problem() const
{
    if (threshold && !(*threshold >= 0.0 && *threshold <= 1.0))
        return Text::tr("The decision threshold must be between 0 and 1; %1 is not.").arg(*threshold);
    if (!(std::isfinite(costFalsePositive) && costFalsePositive >= 0.0) ||
        !(std::isfinite(costFalseNegative) && costFalseNegative >= 0.0))
        return Text::tr("The costs of a false positive and of a false negative must be numbers of at least 0.");
    return {};
}

} // namespace grove
