#pragma once

#include "core/common/Result.h"
#include "ui/runs/NewRunDialog.h"

#include <QJsonObject>

class QTableWidget;

namespace grove {

class SweepController;

// Configures a sweep: data, target, validation and the fixed settings as in New Run (the
// settings above), and below them which parameters are searched (a list of values, or a uniform,
// log-uniform or integer range), the strategy (grid, random, successive halving, TPE), the budget
// (trials, repeats, time limit) and the trials trained at once. The definition saves to and loads
// from the JSON file `grove-cli sweep --config` reads.
class NewSweepDialog : public NewRunDialog
{
    Q_OBJECT
public:
    NewSweepDialog(WorkspaceController* workspace, TrainingController* training, SweepController* sweeps,
                   QWidget* parent = nullptr);

    // Starts from run `runId`: its settings, and ranges around its parameter values.
    void sweepAroundRun(qint64 runId);
    // The sweep definition as the dialog holds it, checked as `grove-cli sweep --config` checks
    // it; the error names the field.
    Result<QJsonObject> definition();
    // Fills the dialog from a definition (as a file holds it); the error names the field.
    Status setDefinition(const QJsonObject& json);
    Status saveDefinition(const QString& path);
    Status loadDefinition(const QString& path);

    // For tests: the search table and a row's controls.
    QTableWidget* searchTable() const { return m_space; }
    void setSearch(const QString& parameter, const QString& mode, const QString& from, const QString& to = {});

signals:
    void sweepStarted(qint64 sweepId);

protected:
    void start() override;

private:
    QWidget* createSearchSection();
    int rowOf(const QString& parameter) const;
    void modeChanged(int row);
    void strategyChanged();
    void updateGridSize();
    void chooseSaveFile();
    void chooseLoadFile();

    SweepController* m_sweeps;
    QTableWidget* m_space = nullptr;
    class QLineEdit* m_name = nullptr;
    class QComboBox* m_strategy = nullptr;
    class QSpinBox* m_trials = nullptr;
    class QSpinBox* m_repeats = nullptr;
    class QSpinBox* m_parallel = nullptr;
    class QSpinBox* m_timeLimit = nullptr; // minutes; 0: none
    class QLineEdit* m_sweepSeed = nullptr;
    class QComboBox* m_objective = nullptr;
    class QComboBox* m_direction = nullptr;
    class QSpinBox* m_startupTrials = nullptr;
    class QSpinBox* m_halvingEta = nullptr;
    class QLabel* m_gridSize = nullptr;
};

} // namespace grove
