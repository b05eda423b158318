#pragma once

#include "core/services/DriftCheck.h"
#include "core/services/DriftHistory.h"
#include "ui/registry/DriftCharts.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStatusBar;
class QTableView;

namespace grove {

class DriftFeatureModel;
class FigurePlot;
class MessageBar;
class RegistryController;
class TaskRunner;
class WorkspaceController;

// The drift view (Registry ▸ Check Drift…): new data against a registry version's training data,
// as `grove-cli drift` checks them (core/services/DriftCheck). A window of its own, not modal:
// the version (MODEL/VERSION or MODEL@ALIAS in the open registry, or a whole reference), the file
// and the PSI threshold; the check runs off the UI thread with its progress and Cancel in the
// window's status bar. It shows the features sorted by PSI with those over the threshold marked,
// the selected feature's bins and the scores' bins (training data beside new data), and each
// feature's PSI over the model's past checks (readDriftHistory()).
class DriftWindow : public QWidget
{
    Q_OBJECT
public:
    DriftWindow(WorkspaceController* workspace, RegistryController* registry,
                QWidget* parent = nullptr);
    ~DriftWindow() override;

    // Fills in a version of the open registry.
    void setVersion(const QString& model, int version);
    void setInput(const QString& path);
    void setThreshold(double threshold);
    // Starts the check with what the fields hold; false (with a message) when something is missing.
    bool check();
    void cancel();
    bool isChecking() const;
    // The version reference the check would use: the field's text, within the open registry unless
    // it names a folder of its own.
    QString versionReference() const;

    // What the window shows, for tests.
    QComboBox* versionBox() const { return m_version; }
    QLineEdit* inputEdit() const { return m_input; }
    QDoubleSpinBox* thresholdBox() const { return m_threshold; }
    QPushButton* checkButton() const { return m_check; }
    QPushButton* cancelButton() const { return m_cancel; }
    MessageBar* messageBar() const { return m_messages; }
    QString summary() const;
    DriftFeatureModel* featureModel() const { return m_model; }
    QTableView* featureTable() const { return m_table; }
    FigurePlot* featurePlot() const { return m_featurePlot; }
    FigurePlot* scorePlot() const { return m_scorePlot; }
    FigurePlot* historyPlot() const { return m_historyPlot; }
    const BinShares& featureBinsShown() const { return m_featureBins; }
    const DriftHistory& history() const { return m_history; }
    const std::optional<DriftCheckOutcome>& outcome() const { return m_outcome; }
    QString selectedFeature() const;
    void selectFeature(const QString& name);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

signals:
    void checkEnded(bool succeeded); // after a check's result (or its failure) is shown
    void historyRead();

private:
    void chooseInput();
    void fillVersions();
    void versionChanged();
    void readHistory(const QString& root, const QString& model);
    void showOutcome(const DriftCheckOutcome& outcome);
    void showSummary();
    void showFeature();
    void showHistory();
    void clearResults();
    void setChecking(bool checking);

    WorkspaceController* m_workspace;
    RegistryController* m_registry;
    TaskRunner* m_checks;       // one check at a time, with progress and Cancel in m_status
    TaskRunner* m_historyReads; // the newest reading wins
    QComboBox* m_version;
    QLineEdit* m_input;
    QDoubleSpinBox* m_threshold;
    QDoubleSpinBox* m_missingThreshold;
    QPushButton* m_check;
    QPushButton* m_cancel;
    QLabel* m_registryLabel;
    MessageBar* m_messages;
    QLabel* m_summary;
    QLabel* m_details;
    DriftFeatureModel* m_model;
    QTableView* m_table;
    FigurePlot* m_featurePlot;
    FigurePlot* m_scorePlot;
    FigurePlot* m_historyPlot;
    QLabel* m_historyNote;
    QStatusBar* m_status;
    std::optional<DriftCheckOutcome> m_outcome;
    QString m_checkedInput; // the file of the outcome shown
    BinShares m_featureBins;
    DriftHistory m_history;
    QString m_historyRoot, m_historyModel;
};

} // namespace grove
