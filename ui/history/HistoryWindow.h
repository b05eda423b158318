#pragma once

#include "core/common/AuditLog.h"
#include "core/common/Result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace grove {

class AuditEntryModel;
class AuditFilterModel;
class MessageBar;
class RegistryController;
class TaskRunner;
class WorkspaceController;

// The History view (View ▸ History…, Registry ▸ History…): the workspace's or the open
// registry's audit log, as `grove-cli log` reads it. A window of its own, not modal. The log is
// read off the UI thread, when the window is shown, when the log, the workspace or the registry
// changes, and on Refresh. The entries are a table (newest first, sortable, filtered by text and
// by a date); the selected entry's before, after and details show as JSON with its hashes. The
// chain's state is a line in green when every entry holds, and each problem is listed in red
// ("DAMAGED: …") with the entries it names marked in the table.
class HistoryWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Log
    {
        Workspace,
        Registry
    };

    HistoryWindow(WorkspaceController* workspace, RegistryController* registry,
                  QWidget* parent = nullptr);
    ~HistoryWindow() override;

    void setLog(Log log); // chooses the log; reads it now, or when the window is shown
    Log log() const;
    void refresh();
    bool isReading() const;
    // The folder of the chosen log; empty when no workspace is open.
    QString logFolder() const;

    // What the window shows, for tests.
    QComboBox* logBox() const { return m_log; }
    QPushButton* refreshButton() const { return m_refresh; }
    QLineEdit* filterEdit() const { return m_filter; }
    QCheckBox* sinceBox() const { return m_sinceOn; }
    QDateEdit* sinceEdit() const { return m_since; }
    QLabel* chainLabel() const { return m_chain; }
    MessageBar* messageBar() const { return m_messages; }
    AuditEntryModel* entryModel() const { return m_model; }
    AuditFilterModel* filterModel() const { return m_filtered; }
    QTableView* table() const { return m_table; }
    QTextBrowser* details() const { return m_details; }
    bool chainIntact() const { return m_problems.isEmpty(); }
    void selectEntry(qint64 sequence); // nothing when it is not shown

signals:
    void readingShown(); // after a reading's entries, or why it failed, are shown

protected:
    void showEvent(QShowEvent* event) override;

private:
    // `sameLog`: a reading of the log already shown (its selection and column widths are kept).
    void showReading(const Result<AuditReading>& reading, bool sameLog);
    void showChainState(const AuditReading& reading);
    void showDetails();
    void applySince();
    void updateCount();
    QString logName() const;

    WorkspaceController* m_workspace;
    RegistryController* m_registry;
    TaskRunner* m_reads; // the newest reading wins
    QComboBox* m_log;
    QLabel* m_folder;
    QPushButton* m_refresh;
    QLabel* m_chain;
    MessageBar* m_messages;
    QLineEdit* m_filter;
    QCheckBox* m_sinceOn;
    QDateEdit* m_since;
    QLabel* m_count;
    AuditEntryModel* m_model;
    AuditFilterModel* m_filtered;
    QTableView* m_table;
    QTextBrowser* m_details;
    QStringList m_problems; // of the reading shown
    QString m_shownFolder;  // the log the table shows
};

} // namespace grove
