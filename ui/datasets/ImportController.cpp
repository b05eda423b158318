#include "ui/datasets/ImportController.h"

#include "ui/common/Dialogs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Settings.h"
#include "ui/common/TaskRunner.h"
#include "ui/datasets/ImportDialog.h"
#include "ui/workspace/WorkspaceController.h"

#include <QFileInfo>
#include <QLocale>
#include <QStatusBar>

namespace grove {

ImportController::ImportController(WorkspaceController* workspace, QStatusBar* statusBar, MessageBar* messages,
                                   QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_statusBar(statusBar), m_messages(messages),
      m_dialogParent(dialogParent), m_tasks(new TaskRunner(TaskRunner::Mode::All, this))
{
    m_tasks->setStatusBar(statusBar);
}

// The runner, a child, interrupts the imports and waits for them; nothing half-made is kept.
ImportController::~ImportController() = default;

int ImportController::runningImports() const { return m_tasks->runningCount(); }

void ImportController::cancelAll() { m_tasks->cancelAll(); }

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
    const QString directory = m_workspace->directory();
    const QString fileName = QFileInfo(options.path).fileName();
    m_tasks->run(
        tr("Importing %1").arg(fileName),
        [directory, options](JobControl& control) { return importDataset(directory, options, control); },
        [this, directory, fileName](const Result<ImportResult>& result) { finished(result, directory, fileName); });
}

void ImportController::finished(const Result<ImportResult>& result, const QString& workspaceDirectory,
                                const QString& fileName)
{
    const bool sameWorkspace = workspaceDirectory == m_workspace->directory();
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
