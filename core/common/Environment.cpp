#include "core/common/Environment.h"

#include "core/common/Process.h"
#include "core/common/Version.h"

#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>
#include <xgboost/c_api.h>

using namespace Qt::StringLiterals;

namespace grove {

EnvironmentInfo environmentInfo()
{
    EnvironmentInfo info;
    info.groveVersion = QString::fromLatin1(GROVE_VERSION);
    int major = 0, minor = 0, patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    info.xgboostVersion = u"%1.%2.%3"_s.arg(major).arg(minor).arg(patch);
    info.qtVersion = QString::fromLatin1(qVersion());
    info.sqliteVersion = QString::fromLatin1(sqlite3_libversion());
    info.os = QSysInfo::prettyProductName();
    info.cpu = QSysInfo::currentCpuArchitecture();
    info.logicalCores = QThread::idealThreadCount();
    info.host = QSysInfo::machineHostName();
    info.user = currentUserName();
    return info;
}

QJsonObject EnvironmentInfo::toJson() const
{
    return {{u"grove"_s, groveVersion}, {u"xgboost"_s, xgboostVersion}, {u"qt"_s, qtVersion},
            {u"sqlite"_s, sqliteVersion}, {u"os"_s, os}, {u"cpu"_s, cpu},
            {u"logical_cores"_s, logicalCores}, {u"host"_s, host}, {u"user"_s, user}};
}

} // namespace grove
