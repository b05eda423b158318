#pragma once

#include "core/runs/GroupSignificance.h"
#include "core/runs/RunComparison.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableView;
class QTimer;

namespace grove {

class TaskRunner;

// Each run or group against the baseline, one row a validation metric: the mean difference with
// its interval, t, the p-value and a mark (▲ better, ▼ worse, = tie) in words as well as colour.
class SignificanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Compared, Metric, Test, Difference, Interval, TValue, PValue, Verdict, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const GroupSignificance& result, const QString& baseline);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "▲ better", "▼ worse", "= tie" as the table shows them.
    static QString mark(const QString& verdict);

private:
    struct Row
    {
        QString compared, metric, design;
        PairedTest test;
    };
    QList<Row> m_rows;
    QString m_baseline;
    double m_alpha = 0.05;
};

// The Compare page's Significance tab: a baseline (a run, or a group when the runs are grouped)
// and alpha, the table of tests, the wins, ties and losses, and why a run or group could not be
// tested (core/runs/GroupSignificance says what differs). The tests read every run's history: they
// run in the background, only while the tab is shown, a moment after the last change (regrouping,
// the baseline, a step of alpha), and the newest request wins.
class SignificancePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SignificancePanel(QWidget* parent = nullptr);

    // The runs and their groups (one a run when they are not grouped); keeps the baseline when
    // it is still there.
    void setGroups(std::shared_ptr<const ComparedRuns> runs, const QList<RunGroup>& groups, bool grouped);

    const GroupSignificance& result() const { return m_result; }
    // True once the result shown is the one of the runs, groups, baseline and alpha given last.
    bool isUpToDate() const { return m_shown == m_requested; }
    QComboBox* baselineCombo() const { return m_baseline; }
    QDoubleSpinBox* alphaSpin() const { return m_alpha; }
    QTableView* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* problemLabel() const { return m_problems; }
    SignificanceModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Something the tests depend on changed: test again soon if the tab is shown.
    void invalidate();
    void compute();
    void showResult(GroupSignificance result, const QString& baseline);

    std::shared_ptr<const ComparedRuns> m_runs;
    QList<RunGroup> m_groups;
    bool m_grouped = false;
    GroupSignificance m_result;
    quint64 m_requested = 1, m_shown = 0; // generations of the input, and of the result shown
    TaskRunner* m_runner;
    QTimer* m_debounce;
    SignificanceModel* m_model;
    QComboBox* m_baseline;
    QDoubleSpinBox* m_alpha;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_problems;
};

} // namespace grove
