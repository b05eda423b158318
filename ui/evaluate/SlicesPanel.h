#pragma once

#include "core/evaluate/Slices.h"
#include "core/store/RunStore.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace grove {

class TaskRunner;

// How a run does on each slice of a column of the data it was scored on (any column, features or
// not): categories one slice each (the rarest together as "other" beyond 20), numbers cut at
// quantiles. Each slice has its rows, its figures with 95 % intervals, and is highlighted when it
// is worse than all rows by more than the margin. Computed on a pool thread.
class SlicesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SlicesPanel(QWidget* parent = nullptr);

    // The run, its held-out predictions and the columns of its scored data; nothing: cleared.
    void setRun(const QString& workspaceDirectory, const std::optional<RunRecord>& run,
                std::shared_ptr<const HeldOutPredictions> predictions, const QStringList& columns);
    void setDecision(const DecisionOptions& decision) { m_decision = decision; }
    void sliceBy(const QString& column);

    QComboBox* columnCombo() const { return m_column; }
    QSpinBox* binsBox() const { return m_bins; }
    QTableWidget* table() const { return m_table; }
    const std::optional<SliceReport>& report() const { return m_report; }
    bool isIdle() const;

signals:
    void computed(); // the table shows a new report, or why there is none
    void exported(const QString& path, const QString& error);

private:
    void compute();
    void show(const Result<SliceReport>& report);

    QString m_directory;
    std::optional<RunRecord> m_run;
    std::shared_ptr<const HeldOutPredictions> m_predictions;
    DecisionOptions m_decision;
    std::optional<SliceReport> m_report;
    TaskRunner* m_runner;
    QComboBox* m_column;
    QSpinBox* m_bins;
    QDoubleSpinBox* m_margin;
    QLabel* m_status;
    QTableWidget* m_table;
};

} // namespace grove
