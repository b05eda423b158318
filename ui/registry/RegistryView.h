#pragma once

#include "core/registry/Registry.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace grove {

class DriftWindow;
class RegistryController;
class WorkspaceController;

// The registry browser: the models of the registry folder; a model's versions with stage, key
// metric, dataset, author and date, next to the model's stage history; a version's model card,
// lineage (with a link to its run when it is in the open workspace), validation report and
// checksum status; Promote (with a reason), Aliases (set, move or remove one, with a reason),
// Score a CSV file with the selected version, and Check Drift of new data against it.
class RegistryView : public QWidget
{
    Q_OBJECT
public:
    RegistryView(WorkspaceController* workspace, RegistryController* registry, QWidget* parent = nullptr);

    bool selectVersion(const QString& model, int version);
    // Selects the version as soon as the registry has been read with it (after an export).
    void showVersionWhenRead(const QString& model, int version);
    QString selectedModel() const;
    int selectedVersion() const; // 0: none
    // What Promote… and Score… do after their dialogs, callable from tests.
    void promoteSelected(Stage stage, const QString& reason);
    // What the Aliases dialog asks for: `alias` set on (or moved to) the selected version, or
    // removed from the selected model.
    void setAliasOnSelected(const QString& alias, const QString& reason);
    void removeAliasOfSelected(const QString& alias, const QString& reason);
    void scoreSelected(const QString& input, const QString& output);
    // What Copy to Registry… does once it has the folder and the name.
    void copySelected(const QString& destination, const QString& model);

    // Registry ▸ Check Drift… and the browser's button: opens the drift view (one window, raised
    // when open), with the selected version filled in.
    QAction* checkDriftAction() const { return m_checkDrift; }
    DriftWindow* showDriftWindow();

    QListWidget* modelList() const { return m_models; }
    QTableWidget* versionTable() const { return m_versions; }
    QTableWidget* historyTable() const { return m_history; }
    QTableWidget* validationTable() const { return m_validation; }
    QTextBrowser* modelCard() const { return m_card; }
    QTextBrowser* lineage() const { return m_lineage; }
    QLabel* checksums() const { return m_checksums; }
    QTabWidget* detailTabs() const { return m_details; }

signals:
    void openRunRequested(qint64 runId);

private:
    void fillModels();
    void fillVersions();
    void fillDetails();
    void askPromote();
    void askAliases();
    void askScore();
    void askCopy();

    WorkspaceController* m_workspace;
    RegistryController* m_registry;
    QLabel* m_root;
    QListWidget* m_models;
    QTableWidget* m_versions;
    QPushButton* m_promote;
    QPushButton* m_aliases;
    QPushButton* m_score;
    QPushButton* m_copy;
    QPushButton* m_drift;
    QAction* m_checkDrift;
    QPointer<DriftWindow> m_driftWindow;
    QTabWidget* m_details;
    QTextBrowser* m_card;
    QTextBrowser* m_lineage;
    QTableWidget* m_validation;
    QLabel* m_checksums;
    QTableWidget* m_history;
    QString m_pendingModel;
    int m_pendingVersion = 0;
};

} // namespace grove
