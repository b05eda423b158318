#include "ui/datasets/ImportController.h"

#include "ui/common/Dialogs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Settings.h"
#include "ui/common/TaskProgress.h"
#include "ui/datasets/ImportDialog.h"
#include "ui/workspace/WorkspaceController.h"

#include <QFileInfo>
#include <QLocale>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace grove {

struct ImportController::Running
{
    std::unique_ptr<ImportJob> job;
    QFutureWatcher<Result<ImportResult>> watcher;
    QPointer<TaskProgress> progress;
    QString workspaceDirectory;
    QString fileName;
};

ImportController::ImportController(WorkspaceController* workspace, QStatusBar* statusBar, MessageBar* messages,
                                   QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_statusBar(statusBar), m_messages(messages),
      m_dialogParent(dialogParent)
{
}

ImportController::~ImportController()
{
    // Jobs must not outlive the objects they report to; stopping takes at most one block.
    cancelAll();
    for (auto& running : m_running)
        running->watcher.waitForFinished();
}

void ImportController::cancelAll()
{
    for (auto& running : m_running) {
        running->job->requestInterruption();
        if (running->progress)
            running->progress->setCancelling();
    }
}

void ImportController::showImportDialog(const QString& path)
{
    QString file = path;
    if (file.isEmpty()) {
        file = Dialogs::openFile(m_dialogParent, tr("Import Dataset"),
                                 Settings::value(Settings::Key::LastImportDirectory).toString(),
                                 tr("Data files (*.csv *.tsv *.tab *.txt *.svm *.libsvm *.svmlight);;All files (*)"));
        if (file.isEmpty())
            return;
    }
    auto* dialog = new ImportDialog(file, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogOpen = true;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_dialogOpen = false;
        if (result == QDialog::Accepted)
            startImport(dialog->options());
        showNextQueued();
    });
    dialog->open();
}

void ImportController::importFiles(const QStringList& paths)
{
    m_queued << paths;
    if (!m_dialogOpen)
        showNextQueued();
}

void ImportController::showNextQueued()
{
    if (!m_queued.isEmpty())
        showImportDialog(m_queued.takeFirst());
}

void ImportController::startImport(const ImportOptions& options)
{
    if (!m_workspace->workspace()) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Open a workspace before importing."));
        return;
    }
    auto running = std::make_unique<Running>();
    Running* r = running.get();
    r->workspaceDirectory = m_workspace->directory();
    r->fileName = QFileInfo(options.path).fileName();
    r->job = std::make_unique<ImportJob>(r->workspaceDirectory, options);
    r->progress = new TaskProgress(tr("Importing %1").arg(r->fileName), m_statusBar);
    m_statusBar->addPermanentWidget(r->progress);
    connect(r->job.get(), &ImportJob::progressChanged, r->progress, &TaskProgress::setProgress);
    connect(r->progress, &TaskProgress::cancelRequested, this, [r] {
        r->job->requestInterruption();
        if (r->progress)
            r->progress->setCancelling();
    });
    connect(&r->watcher, &QFutureWatcher<Result<ImportResult>>::finished, this, [this, r] { finished(r); });
    ImportJob* job = r->job.get();
    r->watcher.setFuture(QtConcurrent::run([job] { return job->run(); }));
    m_running.push_back(std::move(running));
}

void ImportController::finished(Running* running)
{
    const Result<ImportResult> result = running->watcher.result();
    if (running->progress) {
        m_statusBar->removeWidget(running->progress);
        running->progress->deleteLater();
    }
    const QString fileName = running->fileName;
    const bool sameWorkspace = running->workspaceDirectory == m_workspace->directory();
    const auto it = std::find_if(m_running.begin(), m_running.end(),
                                 [running](const auto& r) { return r.get() == running; });
    std::unique_ptr<Running> owned = std::move(*it);
    m_running.erase(it);

    if (!result) {
        if (result.error().isCancelled())
            m_messages->showMessage(MessageBar::Kind::Information,
                                    tr("Import of %1 cancelled; nothing was stored.").arg(fileName));
        else
            m_messages->showMessage(MessageBar::Kind::Error,
                                    tr("Could not import %1. %2").arg(fileName, result.error().toString()));
        emit importFinished();
        return;
    }
    const ImportResult& imported = *result;
    if (sameWorkspace) {
        emit m_workspace->datasetsChanged();
        emit datasetImported(imported.dataset.id);
    }
    if (imported.repairedSnapshot) {
        m_messages->showMessage(MessageBar::Kind::Success,
                                tr("%1 holds the same data as the dataset \"%2\", whose damaged snapshot was "
                                   "written again from it.")
                                    .arg(fileName, imported.dataset.name));
    } else if (imported.alreadyImported) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("%1 holds the same data as the dataset \"%2\", which is already in the "
                                   "workspace; nothing new was stored.")
                                    .arg(fileName, imported.dataset.name));
    } else {
        m_messages->showMessage(MessageBar::Kind::Success,
                                tr("Imported \"%1\": %2 rows, %3 columns in %4 s.")
                                    .arg(imported.dataset.name, QLocale().toString(imported.dataset.rows),
                                         QLocale().toString(imported.dataset.columns),
                                         QLocale().toString(imported.seconds, 'f', 2)));
    }
    emit importFinished();
}

} // namespace grove
