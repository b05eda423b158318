#pragma once

#include "core/common/Result.h"
#include "core/data/DatasetProfile.h"
#include "core/store/DatasetStore.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace grove {

class ColumnProfileModel;
class HistogramChart;
class TaskRunner;
class WorkspaceController;

// A dataset's profile: what it is and where it came from, a table of its columns with their
// types and statistics, and the distribution of the selected column.
class DatasetProfileView : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetProfileView(WorkspaceController* workspace, QWidget* parent = nullptr);

    void showDataset(qint64 id); // -1 clears
    qint64 datasetId() const { return m_datasetId; }
    ColumnProfileModel* model() const { return m_model; }
    HistogramChart* chart() const { return m_chart; }
    void selectColumn(int row);

signals:
    void profileShown(qint64 id);
    void errorOccurred(const QString& message);

private:
    void loaded(const Result<DatasetProfile>& result);
    void columnSelected();

    WorkspaceController* m_workspace;
    QLabel* m_title;
    QLabel* m_details;
    QTableView* m_table;
    ColumnProfileModel* m_model;
    QSortFilterProxyModel* m_proxy;
    HistogramChart* m_chart;
    TaskRunner* m_loader; // the newest request wins
    qint64 m_datasetId = -1; // the dataset shown or wanted
};

} // namespace grove
