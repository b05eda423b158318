#include "core/common/Process.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace grove {
namespace {

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

QString currentUserName()
{
    for (const char* variable : {"GROVE_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return u"unknown"_s;
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
