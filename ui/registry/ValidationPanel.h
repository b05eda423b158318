#pragma once

#include "core/store/RunStore.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace grove {

class RegistryController;
class WorkspaceController;

// A run's validation, on its page: the rules (remembered per experiment, editable), the model
// whose Production version rules may compare with, Validate, the latest report (each check with
// its value, threshold and result), and Export, which is only available when the latest report
// passed; otherwise the panel says why.
class ValidationPanel : public QWidget
{
    Q_OBJECT
public:
    ValidationPanel(WorkspaceController* workspace, RegistryController* registry, QWidget* parent = nullptr);

    void setRun(const std::optional<RunRecord>& run);

    // What the buttons do, callable from tests.
    void validate();
    void exportTo(const QString& model);

    QPlainTextEdit* rulesEdit() const { return m_rules; }
    QComboBox* modelCombo() const { return m_model; }
    QTableWidget* reportTable() const { return m_report; }
    QPushButton* validateButton() const { return m_validate; }
    QPushButton* exportButton() const { return m_export; }
    QString status() const;

signals:
    void errorOccurred(const QString& message);

private:
    void showReport();
    void updateModels();

    WorkspaceController* m_workspace;
    RegistryController* m_registry;
    std::optional<RunRecord> m_run;
    QString m_rulesExperiment; // whose rules the editor shows
    QLabel* m_status;
    QPlainTextEdit* m_rules;
    QCheckBox* m_remember;
    QComboBox* m_model;
    QPushButton* m_validate;
    QPushButton* m_export;
    QTableWidget* m_report;
    QSet<qint64> m_validating; // runs being validated
};

} // namespace grove
