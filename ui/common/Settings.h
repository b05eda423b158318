#pragma once

#include <QString>
#include <QVariant>

namespace grove {

// The GUI's settings: one enum, one table of names and defaults (Settings.cpp).
class Settings
{
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        LastWorkspace,
        RecentWorkspaces,
        LastImportDirectory,
        SampleOffered, // the sample dataset was imported into the default workspace once
        ConcurrentRuns, // how many runs train at the same time
        RunColumns,     // per experiment ("" for all): the columns of the runs table
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);
    static QString name(Key key);
};

} // namespace grove
