#pragma once

#include <QString>
#include <QVariant>

namespace grove {

// The GUI's settings: one enum, one table of names and defaults (Settings.cpp).
//
// Values are read from the settings file once, at first use, and kept in memory. A change takes
// effect at once and is written to the file on a background thread: QSettings writes with a lock
// file and fdatasync, which on a busy disk takes from milliseconds to half a second, and the UI
// thread never waits for the disk. Use from the GUI thread only.
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

    // Forgets every setting, in memory and in the file (tests start from the defaults).
    static void clear();
    // Waits until every change made so far is in the file (before the application exits).
    static void flush();
};

} // namespace grove
