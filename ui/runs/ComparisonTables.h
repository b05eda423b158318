#pragma once

#include "core/runs/RunComparison.h"
#include "core/runs/RunGroups.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QStringList>

#include <vector>

class QTableView;
class QWidget;

namespace grove {

// The tables of the Compare page: their models, their views, and CSV. Column 0 names the row; then one column per run. Qt::UserRole
// holds each cell's full value (the display may shorten it), which CSV export writes.

// The settings of the compared runs: those that differ (bold, highlighted), or all of them.
class ComparisonSettingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(const QList<RunRecord>& runs, const RunComparison& comparison);
    void setShowAll(bool all);
    bool showsAll() const { return m_all; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<qint64> m_runIds;
    RunComparison m_comparison;
    QStringList m_names; // the rows
    bool m_all = false;
};

// Each final metric of the runs, and its value at the best iteration, one row under the other;
// the best run of each metric on the validation data is bold and highlighted. With groups, a
// column a group: the mean over its runs ± their standard deviation, and their count n.
class ComparisonMetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRuns(const ComparedRuns& runs, const QList<RunGroup>& groups = {});
    bool isGrouped() const { return m_grouped; }
    // The table as CSV. With groups, three numeric columns a group (its mean, standard deviation
    // and n) rather than the "mean ± std" text on screen, so that a spreadsheet can compute with them.
    QByteArray csv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        QString key;   // "valid.auc.final"
        QString metric;
        std::vector<Summary> values; // per run or group; mean NaN when it has none
        int best = -1; // the column to highlight
    };
    QStringList m_headers; // the runs or groups
    QStringList m_labels;  // the groups' labels, without their n
    QList<int> m_sizes;    // their runs
    bool m_grouped = false;
    QList<Row> m_rows;
};

// A read-only table of one of these models, as the Compare page shows it.
QTableView* comparisonTable(QWidget* parent, const QString& name, QAbstractItemModel* model);
// Columns as wide as their contents, up to a limit: hashes are long, and hovering shows them whole.
void fitColumns(QTableView* table);

} // namespace grove
