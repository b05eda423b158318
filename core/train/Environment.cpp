#include "core/train/Environment.h"

#include "core/common/Process.h"
#include "core/common/Version.h"
#include "core/store/Database.h"
#include "core/train/Xgboost.h"

#include <QSysInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace grove {

EnvironmentInfo environmentInfo()
{
    EnvironmentInfo info;
    info.groveVersion = QString::fromLatin1(GROVE_VERSION);
    info.xgboostVersion = xgb::libraryVersion();
    info.qtVersion = QString::fromLatin1(qVersion());
    info.sqliteVersion = Database::libraryVersion();
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
