#include "ui/registry/RegistryController.h"

#include "core/common/JobControl.h"
#include "core/common/Process.h"
#include "core/registry/ModelExport.h"
#include "core/registry/VersionCopy.h"
#include "core/services/DriftCheck.h"
#include "core/services/RunValidation.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSettings.h"
#include "core/validate/ValidationStore.h"
#include "ui/common/MessageBar.h"
#include "ui/common/TaskRunner.h"
#include "ui/registry/ReportTable.h"
#include "ui/workspace/WorkspaceController.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStatusBar>

#include <functional>

using namespace Qt::StringLiterals;

namespace grove {

namespace {

// What a version folder holds now: file names, sizes and modification times. A version whose
// signature has not changed since it was verified need not be hashed again.
QString folderSignature(const QString& path)
{
    QStringList parts;
    const QFileInfoList files = QDir(path).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                                                         QDir::Name);
    for (const QFileInfo& file : files)
        parts << u"%1:%2:%3"_s.arg(file.fileName()).arg(file.size()).arg(file.lastModified().toMSecsSinceEpoch());
    return parts.join(u'|');
}

RegistrySnapshot readSnapshot(const QString& root, const RegistrySnapshot& previous, JobControl& control)
{
    QHash<QString, RegistrySnapshot::Version> known;
    if (previous.root == root) {
        for (const RegistrySnapshot::Model& model : previous.models) {
            for (const RegistrySnapshot::Version& version : model.versions)
                known.insert(version.version.path, version);
        }
    }
    RegistrySnapshot snapshot;
    snapshot.root = root;
    Registry registry(root);
    if (!QFileInfo(root).isDir())
        return snapshot; // no registry yet: nothing exported
    // Temporary folders of exports that were killed, once no process holds their lock.
    registry.removeLeftovers();
    auto models = registry.models();
    if (!models) {
        snapshot.error = models.error().message;
        return snapshot;
    }
    for (qsizetype m = 0; m < models->size() && !control.isInterruptionRequested(); ++m) {
        RegistrySnapshot::Model model;
        model.name = models->at(m);
        auto versions = registry.versions(model.name);
        auto history = registry.history(model.name);
        if (!versions || !history) {
            model.error = !versions ? versions.error().message : history.error().message;
            snapshot.models << model;
            continue;
        }
        model.history = *history;
        for (const ModelVersion& version : *versions) {
            if (control.isInterruptionRequested())
                break;
            RegistrySnapshot::Version item;
            item.signature = folderSignature(version.path);
            if (const auto cached = known.constFind(version.path);
                cached != known.cend() && cached->signature == item.signature) {
                item = *cached;
                item.version = version; // the stage may have changed
                model.versions << item;
                continue;
            }
            item.version = version;
            auto check = registry.verify(model.name, version.version);
            if (!check)
                item.problems << check.error().message;
            else if (!check->ok)
                item.problems = check->problems;
            else if (auto metadata = versionMetadata(registry, model.name, version.version))
                item.metadata = *metadata;
            else
                item.problems << metadata.error().message;
            if (item.problems.isEmpty()) {
                if (auto card = registry.readFile(model.name, version.version, u"MODEL_CARD.md"_s))
                    item.card = QString::fromUtf8(*card);
            }
            model.versions << item;
        }
        snapshot.models << model;
        control.reportProgress(double(m + 1) / double(models->size()));
    }
    return snapshot;
}

} // namespace

RegistryController::RegistryController(WorkspaceController* workspace, QStatusBar* statusBar, MessageBar* messages,
                                       QObject* parent)
    : QObject(parent), m_workspace(workspace), m_messages(messages), m_tasks(new TaskRunner(TaskRunner::Mode::All, this)),
      m_reader(new TaskRunner(TaskRunner::Mode::All, this))
{
    m_tasks->setStatusBar(statusBar);
    connect(m_tasks, &TaskRunner::taskFinished, this, &RegistryController::jobFinished);
    connect(m_reader, &TaskRunner::taskFinished, this, &RegistryController::jobFinished);
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, [this] {
        emit registryChanged(registryRoot());
        refresh();
    });
}

// The runners, children, interrupt their jobs and wait for them.
RegistryController::~RegistryController() = default;

int RegistryController::runningJobs() const { return m_tasks->runningCount() + m_reader->runningCount(); }

void RegistryController::cancelAll()
{
    m_tasks->cancelAll();
    m_reader->cancelAll();
}

QString RegistryController::registryRoot() const
{
    Workspace* workspace = m_workspace->workspace();
    return workspace ? registryFolder(*workspace) : QString();
}

void RegistryController::setRegistryRoot(const QString& directory)
{
    Workspace* workspace = m_workspace->workspace();
    if (!workspace)
        return;
    // Kept in the workspace, so that grove-cli uses the same registry.
    if (auto status = setRegistryFolder(*workspace, directory); !status) {
        m_messages->showMessage(MessageBar::Kind::Error, status.error().toString());
        return;
    }
    emit registryChanged(registryRoot());
    refresh();
}

QStringList RegistryController::experimentRules(const QString& experiment) const
{
    Workspace* workspace = m_workspace->workspace();
    if (!workspace)
        return {};
    auto rules = ValidationStore(workspace->database()).experimentRules(experiment);
    return rules ? *rules : QStringList();
}

void RegistryController::start(TaskRunner* runner, const QString& title,
                               std::function<std::function<void()>(JobControl&)> work)
{
    // The work returns what to do on the GUI thread when it is done.
    runner->run(title, std::move(work), [](const std::function<void()>& done) {
        if (done)
            done();
    });
}

void RegistryController::validate(qint64 runId, const QStringList& rules, bool remember, const QString& productionModel)
{
    const QString title = tr("Validating run %1").arg(runId);
    const QString directory = m_workspace->directory(), root = registryRoot();
    QPointer<RegistryController> self(this);
    auto work = [self, directory, root, runId, rules, remember, productionModel](JobControl& control) -> std::function<void()> {
        auto fail = [self, runId](const QString& text) {
            return [self, runId, text] {
                if (!self)
                    return;
                if (!text.isEmpty())
                    self->m_messages->showMessage(MessageBar::Kind::Error, text);
                emit self->validationEnded(runId);
            };
        };
        auto workspace = Workspace::connect(directory);
        if (!workspace)
            return fail(workspace.error().toString());
        ValidationRequest request;
        request.runId = runId;
        request.rules = rules;
        request.remember = remember;
        request.productionModel = productionModel;
        request.registryRoot = root;
        auto outcome = validateAndSave(*workspace, request, control);
        if (!outcome)
            return fail(outcome.error().isCancelled() ? QString() : outcome.error().toString());
        const ValidationReport& report = outcome->report;
        const bool passed = report.passed();
        const QStringList failures = report.failures();
        return [self, runId, passed, failures] {
            if (!self)
                return;
            if (passed)
                self->m_messages->showMessage(MessageBar::Kind::Success,
                                              tr("Run %1 passed validation; it can be exported.").arg(runId));
            else
                self->m_messages->showMessage(MessageBar::Kind::Warning,
                                              tr("Run %1 failed validation: %2").arg(runId).arg(failures.join(u"; "_s)));
            emit self->validated(runId, passed);
            emit self->validationEnded(runId);
        };
    };
    start(m_tasks, title, std::move(work));
}

void RegistryController::exportRun(qint64 runId, const QString& model)
{
    const QString title = tr("Exporting run %1").arg(runId);
    const QString directory = m_workspace->directory(), root = registryRoot();
    QPointer<RegistryController> self(this);
    auto work = [self, directory, root, runId, model](JobControl&) -> std::function<void()> {
        auto workspace = Workspace::connect(directory);
        Result<ModelVersion> version = workspace ? [&] {
            Registry registry(root);
            return exportRunWithDriftReference(*workspace, registry, runId, model.trimmed());
        }()
                                                 : Result<ModelVersion>(workspace.error());
        if (!version) {
            const QString text = version.error().message;
            return [self, text] {
                if (self)
                    self->m_messages->showMessage(MessageBar::Kind::Error, tr("Export failed: %1").arg(text));
            };
        }
        const ModelVersion published = *version;
        return [self, runId, published] {
            if (!self)
                return;
            self->m_messages->showMessage(MessageBar::Kind::Success,
                                          tr("Exported run %1 as %2 version %3 to %4.")
                                              .arg(runId)
                                              .arg(published.model)
                                              .arg(published.version)
                                              .arg(QDir::toNativeSeparators(published.path)));
            emit self->exported(runId, published.model, published.version);
            self->refresh();
        };
    };
    start(m_tasks, title, std::move(work));
}

void RegistryController::changeHistory(const QString& title, std::function<Result<HistoryEntry>(Registry&)> change,
                                       std::function<void(RegistryController*, const HistoryEntry&)> done)
{
    const QString root = registryRoot();
    QPointer<RegistryController> self(this);
    auto work = [self, root, change, done](JobControl&) -> std::function<void()> {
        Registry registry(root);
        auto entry = change(registry);
        if (!entry) {
            const QString text = entry.error().message;
            return [self, text] {
                if (self)
                    self->m_messages->showMessage(MessageBar::Kind::Error, text);
            };
        }
        const HistoryEntry written = *entry;
        return [self, done, written] {
            if (!self)
                return;
            done(self, written);
            self->refresh();
        };
    };
    start(m_tasks, title, std::move(work));
}

void RegistryController::promote(const QString& model, int version, Stage stage, const QString& reason)
{
    const QString user = currentUserName();
    changeHistory(
        tr("Promoting %1 version %2").arg(model).arg(version),
        [model, version, stage, reason, user](Registry& registry) {
            return registry.promote(model, version, stage, reason, user);
        },
        [model, version](RegistryController* self, const HistoryEntry& entry) {
            QStringList changes;
            for (const StageChange& change : entry.changes)
                changes << tr("version %1: %2 → %3").arg(change.version).arg(stageDisplayName(change.from),
                                                                              stageDisplayName(change.to));
            self->m_messages->showMessage(MessageBar::Kind::Success, tr("%1 %2.").arg(model, changes.join(u"; "_s)));
            emit self->promoted(model, version);
        });
}

void RegistryController::setAlias(const QString& model, const QString& alias, int version, const QString& reason)
{
    const QString user = currentUserName();
    changeHistory(
        tr("Setting alias %1 of %2").arg(alias, model),
        [model, alias, version, reason, user](Registry& registry) {
            return registry.setAlias(model, alias, version, reason, user);
        },
        [model, alias](RegistryController* self, const HistoryEntry& entry) {
            const AliasChange& change = entry.aliasChanges.front();
            self->m_messages->showMessage(
                MessageBar::Kind::Success,
                change.from == 0 ? tr("%1@%2 now points to version %3.").arg(model, alias).arg(change.to)
                                 : tr("%1@%2 moved from version %3 to version %4.")
                                       .arg(model, alias)
                                       .arg(change.from)
                                       .arg(change.to));
            emit self->aliasChanged(model, alias);
        });
}

void RegistryController::removeAlias(const QString& model, const QString& alias, const QString& reason)
{
    const QString user = currentUserName();
    changeHistory(
        tr("Removing alias %1 of %2").arg(alias, model),
        [model, alias, reason, user](Registry& registry) { return registry.removeAlias(model, alias, reason, user); },
        [model, alias](RegistryController* self, const HistoryEntry& entry) {
            self->m_messages->showMessage(MessageBar::Kind::Success,
                                          tr("%1@%2 removed; it pointed to version %3.")
                                              .arg(model, alias)
                                              .arg(entry.aliasChanges.front().from));
            emit self->aliasChanged(model, alias);
        });
}

void RegistryController::copyVersion(const QString& model, int version, const QString& destination,
                                     const QString& destinationModel)
{
    const QString title = tr("Copying %1 version %2").arg(model).arg(version);
    const QString root = registryRoot();
    QPointer<RegistryController> self(this);
    auto work = [self, root, model, version, destination, destinationModel](JobControl& control) -> std::function<void()> {
        Registry source(root), target(destination);
        auto copy = grove::copyVersion(source, model, version, target, destinationModel, control);
        if (!copy) {
            const Error error = copy.error();
            return [self, error] {
                if (!self)
                    return;
                if (error.isCancelled())
                    self->m_messages->showMessage(MessageBar::Kind::Information,
                                                  tr("Copy cancelled; nothing was written to the other registry."));
                else
                    self->m_messages->showMessage(MessageBar::Kind::Error,
                                                  tr("Could not copy the version: %1").arg(error.toString()));
            };
        }
        const ModelVersion published = copy->version;
        const QString targetRoot = target.root();
        return [self, model, version, published, targetRoot] {
            if (!self)
                return;
            self->m_messages->showMessage(MessageBar::Kind::Success,
                                          tr("Copied %1 version %2 to %3 as %4 version %5.")
                                              .arg(model, QString::number(version),
                                                   QDir::toNativeSeparators(targetRoot), published.model,
                                                   QString::number(published.version)));
            emit self->copied(targetRoot, published.model, published.version);
            self->refresh(); // a copy within this registry is a new model here
        };
    };
    start(m_tasks, title, std::move(work));
}

void RegistryController::score(const QString& model, int version, const QString& input, const QString& output)
{
    const QString title = tr("Scoring %1 with %2 version %3").arg(QFileInfo(input).fileName(), model).arg(version);
    const QString root = registryRoot();
    QPointer<RegistryController> self(this);
    auto work = [self, root, model, version, input, output](JobControl& control) -> std::function<void()> {
        Registry registry(root);
        auto result = predictWithVersion(registry, model, version, input, output, control);
        if (!result) {
            const Error error = result.error();
            return [self, error, input] {
                if (!self)
                    return;
                if (error.isCancelled())
                    self->m_messages->showMessage(MessageBar::Kind::Information,
                                                  tr("Scoring cancelled; no predictions were written."));
                else
                    self->m_messages->showMessage(MessageBar::Kind::Error,
                                                  tr("Could not score %1: %2").arg(QDir::toNativeSeparators(input),
                                                                                  error.toString()));
            };
        }
        const qint64 rows = result->rows;
        const qint64 unseen = result->unseenCategories;
        return [self, output, rows, unseen] {
            if (!self)
                return;
            QString text = tr("Wrote %1 predictions to %2.").arg(rows).arg(QDir::toNativeSeparators(output));
            if (unseen > 0)
                text += u' ' + tr("%1 cells had categories the model never saw; they were scored as missing.").arg(unseen);
            self->m_messages->showMessage(MessageBar::Kind::Success, text);
            emit self->scored(output, rows);
        };
    };
    start(m_tasks, title, std::move(work));
}

void RegistryController::refresh()
{
    // Each request is answered by a reading that starts after it: a reading already under way may
    // have passed what changed (a version damaged, a stage moved, another registry chosen), so its
    // result is not shown; it only spares the next reading the hashing of versions that did not
    // change. One reading at a time.
    ++m_readingsAsked;
    if (m_reader->isIdle())
        readRegistry();
}

void RegistryController::readRegistry()
{
    const quint64 asked = m_readingsAsked;
    const QString root = registryRoot();
    if (root.isEmpty()) {
        m_snapshot = m_lastReading = RegistrySnapshot();
        emit snapshotChanged();
        return;
    }
    QPointer<RegistryController> self(this);
    const RegistrySnapshot previous = m_lastReading;
    auto work = [self, root, previous, asked](JobControl& control) -> std::function<void()> {
        RegistrySnapshot snapshot = readSnapshot(root, previous, control);
        return [self, snapshot, asked] {
            if (!self)
                return;
            self->m_lastReading = snapshot;
            if (asked != self->m_readingsAsked) {
                self->readRegistry(); // asked again while this one read
                return;
            }
            self->m_snapshot = snapshot;
            emit self->snapshotChanged();
        };
    };
    start(m_reader, {}, std::move(work));
}

} // namespace grove
