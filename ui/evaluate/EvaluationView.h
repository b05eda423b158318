#pragma once

#include "core/evaluate/Evaluation.h"
#include "core/store/RunStore.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;

namespace grove {

class BinaryPane;
class MulticlassPane;
class RegressionPane;
class SlicesPanel;
class TaskRunner;
class WorkspaceController;

// The run page's Evaluation tab: the run's held-out predictions (read, converted or scored again
// on a pool thread, with progress and Cancel) evaluated as the task calls for, and its slices.
// A binary run's chosen threshold is saved with the run from here.
class EvaluationView : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluationView(WorkspaceController* workspace, QWidget* parent = nullptr);

    void setRun(const std::optional<RunRecord>& run);
    // Saves the decision with the shown run, on a pool thread.
    void saveDecision(const RunDecision& decision);

    BinaryPane* binaryPane() const { return m_binary; }
    MulticlassPane* multiclassPane() const { return m_multiclass; }
    RegressionPane* regressionPane() const { return m_regression; }
    SlicesPanel* slicesPanel() const { return m_slices; }
    QString status() const;
    std::shared_ptr<const HeldOutPredictions> predictions() const { return m_predictions; }
    bool isIdle() const;

signals:
    void evaluated(qint64 runId); // the tab shows the run's evaluation, or why there is none
    void decisionSaved(qint64 runId);
    void message(const QString& text);
    void errorOccurred(const QString& message);

private:
    struct Loaded;
    void show(qint64 runId, const Result<std::shared_ptr<Loaded>>& loaded);
    void exported(const QString& path, const QString& error);

    WorkspaceController* m_workspace;
    std::optional<RunRecord> m_run;
    std::shared_ptr<const HeldOutPredictions> m_predictions;
    TaskRunner* m_loader;
    TaskRunner* m_writer;
    QLabel* m_status;
    QStackedWidget* m_panes;
    QWidget* m_empty;
    BinaryPane* m_binary;
    MulticlassPane* m_multiclass;
    RegressionPane* m_regression;
    SlicesPanel* m_slices;
};

} // namespace grove
