#include "core/store/RunStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

using namespace Qt::StringLiterals;

// A run's record and status, and the identity of the process that trains it: what the run store
// and its readers share, apart from the SQL in RunStore.cpp.
namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunStore)
};

// Start time of a process in clock ticks since boot; distinguishes a reused pid.
QString processStart(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // Field 22, counted after the command name in parentheses (which may hold spaces).
    const qsizetype close = line.lastIndexOf(')');
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields[19]) : QString();
#else
    Q_UNUSED(pid);
    return {};
#endif
}

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

QString RunRecord::target() const { return config.value(u"target"_s).toString(); }
int RunRecord::predictionRounds() const
{
    return bestIteration && config.value(u"early_stopping_rounds"_s).toInt() > 0 ? *bestIteration + 1 : 0;
}
QString RunRecord::datasetName() const
{
    return config.value(u"data"_s).toObject().value(u"dataset"_s).toObject().value(u"name"_s).toString();
}

QString processIdentity()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return u"%1:%2:%3"_s.arg(QSysInfo::machineHostName()).arg(pid).arg(processStart(pid));
}

bool processIsAlive(const QString& identity)
{
    const QStringList parts = identity.split(u':');
    if (parts.size() != 3)
        return false;
    if (parts[0] != QSysInfo::machineHostName())
        return true; // another machine: cannot tell, so never declare it dead
    bool ok = false;
    const qint64 pid = parts[1].toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
#endif
    const QString start = processStart(pid);
    return start.isEmpty() || parts[2].isEmpty() || start == parts[2];
}

} // namespace grove
