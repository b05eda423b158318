#pragma once

#include "core/common/Result.h"
#include "core/data/DatasetProfile.h"
#include "core/model/RunConfig.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace grove {

class TaskRunner;
class TrainingController;
class WorkspaceController;

// Configures a training run: data, target, task, features, validation, XGBoost parameters
// (each with its explanation and bounds), rounds, early stopping and metrics. It can start from
// a copy of an existing run's configuration. "Start Training" checks the whole configuration
// against the data in the background; a problem is shown here, naming the field, and nothing is
// queued.
class NewRunDialog : public QDialog
{
    Q_OBJECT
public:
    NewRunDialog(WorkspaceController* workspace, TrainingController* training, QWidget* parent = nullptr);

    void setDataset(qint64 datasetId);
    // Fills every field from the configuration of run `runId`.
    void copyFromRun(qint64 runId);
    void setConfig(const RunConfig& config);
    RunConfig config() const;

    // Whether the columns of the chosen dataset are loaded (for tests).
    bool columnsLoaded() const { return m_profile.has_value(); }

signals:
    void runQueued(qint64 runId);

protected:
    // For dialogs built on this one (New Sweep): a section under the settings, the button that
    // starts, and what it does.
    void addSection(QWidget* section);
    QPushButton* startButton() const { return m_startButton; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }
    // The settings with "Other parameters" applied, or what is wrong with those.
    Result<RunConfig> checkedConfig() const;
    std::optional<Task> effectiveTask() const;
    // The name of the dataset the settings use (empty: none).
    QString datasetName() const;
    void showProblem(const QString& text);
    virtual void start();

private:
    QWidget* createDataGroup();
    QWidget* createValidationGroup();
    QWidget* createParametersGroup();
    QWidget* createTrainingGroup();
    void fillDatasets();
    void fillStartFrom();
    void columnsFinished(const Result<DatasetProfile>& result);
    void loadColumns();
    void columnsLoaded(const DatasetProfile& profile);
    void targetChanged();
    void updateTaskGuess();
    void updateValidationControls();
    void applyPending();

    WorkspaceController* m_workspace;
    TrainingController* m_training;
    std::optional<DatasetProfile> m_profile;
    std::optional<RunConfig> m_pending; // applied once the columns have loaded
    TaskRunner* m_lists; // the runs to start from and the experiments, read once
    TaskRunner* m_columns; // the chosen dataset's columns; the newest choice wins
    qint64 m_loadingDataset = -1;
    qint64 m_copiedRun = -1; // the run whose configuration was copied last

    QComboBox* m_startFrom = nullptr;
    QComboBox* m_dataset = nullptr;
    QComboBox* m_target = nullptr;
    QComboBox* m_task = nullptr;
    QListWidget* m_features = nullptr;
    QLabel* m_featureCount = nullptr;
    QRadioButton* m_holdout = nullptr;
    QRadioButton* m_kfold = nullptr;
    QRadioButton* m_validDataset = nullptr;
    QDoubleSpinBox* m_fraction = nullptr;
    QSpinBox* m_folds = nullptr;
    QLineEdit* m_splitSeed = nullptr;
    QComboBox* m_validationDataset = nullptr;
    QMap<QString, QDoubleSpinBox*> m_parameters; // catalogue parameters
    QCheckBox* m_scalePosWeightSet = nullptr;
    QLineEdit* m_objective = nullptr;
    QComboBox* m_treeMethod = nullptr;
    QLineEdit* m_extra = nullptr;
    QSpinBox* m_rounds = nullptr;
    QSpinBox* m_earlyStopping = nullptr;
    QLineEdit* m_metrics = nullptr;
    QSpinBox* m_threads = nullptr;
    QLineEdit* m_seed = nullptr;
    QComboBox* m_experiment = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_startButton = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    class QVBoxLayout* m_layout = nullptr;
};

} // namespace grove
