#pragma once

#include <QJsonObject>
#include <QString>

namespace grove {

// Versions and machine facts recorded with runs and shown by --version.
struct EnvironmentInfo
{
    QString groveVersion;
    QString xgboostVersion;
    QString qtVersion;
    QString sqliteVersion;
    QString os;
    QString cpu;
    int logicalCores = 0;
    QString host;
    QString user;

    QJsonObject toJson() const;
};

EnvironmentInfo environmentInfo();

} // namespace grove
