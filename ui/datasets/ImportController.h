#pragma once

#include "core/common/Result.h"
#include "core/data/ImportOptions.h"
#include "core/services/DatasetImport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QStatusBar;
class QWidget;

namespace grove {

class MessageBar;
class TaskRunner;
class WorkspaceController;

// Imports files into the open workspace in the background: the import dialog for each file,
// one status-bar entry with progress and Cancel per running import, and a message when done.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(WorkspaceController* workspace, QStatusBar* statusBar, MessageBar* messages,
                     QWidget* dialogParent, QObject* parent = nullptr);
    ~ImportController() override;

    // Asks for a file (when `path` is empty), shows the import dialog, and imports on "Import".
    void showImportDialog(const QString& path = {});
    // Dialogs for several files, one after the other (drag and drop).
    void importFiles(const QStringList& paths);
    // Imports without asking (the bundled sample, scripted use).
    void startImport(const ImportOptions& options);

    int runningImports() const;
    void cancelAll();

signals:
    void datasetImported(qint64 id);
    void importFinished(); // after any import ends, in whatever way

private:
    void finished(const Result<ImportResult>& result, const QString& workspaceDirectory, const QString& fileName);
    void showNextQueued();

    WorkspaceController* m_workspace;
    QStatusBar* m_statusBar;
    MessageBar* m_messages;
    QPointer<QWidget> m_dialogParent;
    TaskRunner* m_tasks;
    QStringList m_queued;
    bool m_dialogOpen = false;
};

} // namespace grove
