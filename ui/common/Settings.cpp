#include "ui/common/Settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QStringList>
#include <QThreadPool>

#include <utility>

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

// A change on its way to the file: a value, or (no name) "forget everything".
struct Change
{
    QString name;
    QVariant value;
};

// The values in memory, and the changes not yet written, which one background thread writes in
// the order they were made (several at a time, with one sync).
class Store
{
public:
    // Reads every key once. Later reads never open the file on the GUI thread: a QSettings
    // object made there would wait for the writer's sync, which holds the file's lock. (Reading
    // here also makes QSettings' own globals before this object, so that they outlive it.)
    Store()
    {
        m_writer.setMaxThreadCount(1);
        const QSettings settings;
        for (const Entry& e : kEntries) {
            if (settings.contains(e.name))
                m_values.insert(e.name, settings.value(e.name));
        }
        // The last changes (the window's geometry, saved as it closes) reach the file before
        // the application object goes.
        qAddPostRoutine([] { Settings::flush(); });
    }
    ~Store() { m_writer.waitForDone(); }

    QVariant value(const Entry& e)
    {
        const QMutexLocker lock(&m_mutex);
        return m_values.value(e.name, e.defaultValue);
    }

    void change(Change change)
    {
        const QMutexLocker lock(&m_mutex);
        if (change.name.isEmpty())
            m_values.clear();
        else
            m_values.insert(change.name, change.value);
        m_pending.push_back(std::move(change));
        if (m_scheduled)
            return;
        m_scheduled = true;
        // The names are taken now: QCoreApplication may be gone by the time a late write runs.
        m_writer.start([this, organization = QCoreApplication::organizationName(),
                        application = QCoreApplication::applicationName()] { write(organization, application); });
    }

    void flush() { m_writer.waitForDone(); }

private:
    void write(const QString& organization, const QString& application)
    {
        QList<Change> changes;
        {
            const QMutexLocker lock(&m_mutex);
            changes.swap(m_pending);
            m_scheduled = false;
        }
        QSettings settings(organization, application);
        for (const Change& change : std::as_const(changes)) {
            if (change.name.isEmpty())
                settings.clear();
            else
                settings.setValue(change.name, change.value);
        }
        settings.sync();
    }

    QMutex m_mutex;
    QHash<QString, QVariant> m_values;
    QList<Change> m_pending;
    bool m_scheduled = false;
    QThreadPool m_writer;
};

Store& store()
{
    static Store instance;
    return instance;
}

} // namespace

QString Settings::name(Key key) { return entry(key).name; }

QVariant Settings::value(Key key) { return store().value(entry(key)); }

void Settings::setValue(Key key, const QVariant& value) { store().change({entry(key).name, value}); }

void Settings::clear()
{
    store().change({});
    store().flush();
}

void Settings::flush() { store().flush(); }

} // namespace grove
