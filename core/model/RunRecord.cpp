#include "core/model/RunRecord.h"

#include <QCoreApplication>

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

} // namespace grove
