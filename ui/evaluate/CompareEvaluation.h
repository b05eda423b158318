#pragma once

#include "core/services/EvaluationComparison.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace grove {

class FigurePlot;
class TaskRunner;
class WorkspaceController;

// The Compare page's Evaluation tab: the ROC, precision-recall and calibration curves of the
// compared binary runs overlaid, a plain note when the runs were scored on different rows, and
// the slices of a column side by side (each run's key figure per slice, with its interval).
class CompareEvaluation : public QWidget
{
    Q_OBJECT
public:
    explicit CompareEvaluation(WorkspaceController* workspace, QWidget* parent = nullptr);

    void setRuns(const QList<RunRecord>& runs);
    void sliceBy(const QString& column);

    QLabel* note() const { return m_note; }
    QList<FigurePlot*> plots() const;
    QTableWidget* slicesTable() const { return m_slices; }
    QComboBox* columnCombo() const { return m_column; }
    const std::optional<EvaluationComparison>& comparison() const { return m_comparison; }

signals:
    void compared(); // the tab shows the runs given last
    void exported(const QString& path, const QString& error);

protected:
    // The runs are evaluated when the tab is shown: comparing runs does not wait for it.
    void showEvent(QShowEvent* event) override;

private:
    void compute();
    void show(const Result<EvaluationComparison>& comparison);
    void fillSlices();

    WorkspaceController* m_workspace;
    QList<RunRecord> m_runs;
    bool m_stale = false;
    std::optional<EvaluationComparison> m_comparison;
    TaskRunner* m_runner;
    QLabel* m_note;
    FigurePlot* m_roc;
    FigurePlot* m_pr;
    FigurePlot* m_calibration;
    QComboBox* m_column;
    QSpinBox* m_bins;
    QTableWidget* m_slices;
};

} // namespace grove
