#pragma once

#include "core/common/Result.h"
#include "core/model/ModelMetadata.h"
#include "core/registry/Registry.h"
#include "core/validate/ValidationRules.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QStatusBar;

namespace grove {

class JobControl;
class MessageBar;
class TaskRunner;
class WorkspaceController;

// What the registry browser shows, read in the background: every model with its versions,
// each version's metadata (read only after the version verified) or the problems found, and
// the stage history.
struct RegistrySnapshot
{
    struct Version
    {
        ModelVersion version;
        ModelMetadata metadata; // empty when the version did not verify
        QString card;         // MODEL_CARD.md, read after the version verified
        QStringList problems; // what verification found; empty when it is intact
        QString signature;    // the names, sizes and times of its files when it was verified
    };
    struct Model
    {
        QString name;
        QList<Version> versions;
        QList<HistoryEntry> history;
        QString error; // the model folder could not be read
    };
    QString root;
    QList<Model> models;
    QString error; // the registry could not be read at all
};

// The registry side of the GUI: which folder is the registry (per workspace, default
// <workspace>/registry), and the jobs that touch it or take time, run in the background with a
// status-bar entry (progress, Cancel where it makes sense) and a message when they end:
// validating a run, exporting it, promoting a version, setting and removing aliases, scoring a
// file with a version, and reading the registry for the browser.
class RegistryController : public QObject
{
    Q_OBJECT
public:
    RegistryController(WorkspaceController* workspace, QStatusBar* statusBar, MessageBar* messages,
                       QObject* parent = nullptr);
    ~RegistryController() override;

    QString registryRoot() const;
    void setRegistryRoot(const QString& directory); // remembered for the open workspace

    // Each starts a job and returns at once; the signals below tell how it ended.
    void validate(qint64 runId, const QStringList& rules, bool remember, const QString& productionModel);
    void exportRun(qint64 runId, const QString& model);
    void promote(const QString& model, int version, Stage stage, const QString& reason);
    // Sets `alias` on `version` (or moves it there), and removes it; recorded in the history.
    void setAlias(const QString& model, const QString& alias, int version, const QString& reason);
    void removeAlias(const QString& model, const QString& alias, const QString& reason);
    void score(const QString& model, int version, const QString& input, const QString& output);
    // Copies a version into the registry folder `destination` as the next version of
    // `destinationModel` (core/registry/VersionCopy), with progress and Cancel.
    void copyVersion(const QString& model, int version, const QString& destination,
                     const QString& destinationModel);
    void refresh();

    // The experiment's remembered rules (empty when none).
    QStringList experimentRules(const QString& experiment) const;
    const RegistrySnapshot& snapshot() const { return m_snapshot; }
    int runningJobs() const;
    void cancelAll();

signals:
    void registryChanged(const QString& root);
    void validated(qint64 runId, bool passed);
    void validationEnded(qint64 runId); // after validated(), or when validation could not run
    void exported(qint64 runId, const QString& model, int version);
    void promoted(const QString& model, int version);
    void aliasChanged(const QString& model, const QString& alias);
    void scored(const QString& output, qint64 rows);
    void copied(const QString& destination, const QString& model, int version);
    void snapshotChanged();
    void jobFinished(); // any job, in whatever way

private:
    static void start(TaskRunner* runner, const QString& title, std::function<std::function<void()>(JobControl&)> work);
    // Writes one history entry in the background (`change`, on a pool thread); `done` gets the
    // entry on the GUI thread, then the registry is read again. A refusal goes to the message bar.
    void changeHistory(const QString& title, std::function<Result<HistoryEntry>(Registry&)> change,
                       std::function<void(RegistryController*, const HistoryEntry&)> done);
    void readRegistry(); // starts a reading for the newest refresh()

    WorkspaceController* m_workspace;
    MessageBar* m_messages;
    TaskRunner* m_tasks; // validate, export, promote, score: each with progress and Cancel
    TaskRunner* m_reader; // reading the registry folder, one reading at a time
    // What the browser shows: always a reading begun after the newest refresh().
    RegistrySnapshot m_snapshot;
    // The newest reading, shown or not: the versions the next reading need not hash again.
    RegistrySnapshot m_lastReading;
    quint64 m_readingsAsked = 0; // refresh() calls so far; a reading keeps the count it began at
};

} // namespace grove
