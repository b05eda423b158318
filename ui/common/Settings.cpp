#include "ui/common/Settings.h"

#include <QSettings>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Entry
{
    Settings::Key key;
    QString name;
    QVariant defaultValue;
};

const Entry kEntries[] = {
    {Settings::Key::WindowGeometry, u"window/geometry"_s, QByteArray()},
    {Settings::Key::WindowState, u"window/state"_s, QByteArray()},
    {Settings::Key::LastWorkspace, u"workspace/last"_s, QString()},
    {Settings::Key::RecentWorkspaces, u"workspace/recent"_s, QStringList()},
    {Settings::Key::LastImportDirectory, u"import/lastDirectory"_s, QString()},
    {Settings::Key::SampleOffered, u"workspace/sampleOffered"_s, false},
    {Settings::Key::ConcurrentRuns, u"training/concurrentRuns"_s, 1},
    {Settings::Key::RunColumns, u"runs/columns"_s, QVariantMap()},
};

const Entry& entry(Settings::Key key)
{
    for (const Entry& e : kEntries) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

QString Settings::name(Key key) { return entry(key).name; }

QVariant Settings::value(Key key)
{
    const Entry& e = entry(key);
    return QSettings().value(e.name, e.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value) { QSettings().setValue(entry(key).name, value); }

} // namespace grove
