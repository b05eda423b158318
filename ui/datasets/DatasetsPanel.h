#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace grove {

class DatasetListModel;
class WorkspaceController;

// The list of datasets in the workspace, with filter, rename (F2 or double-click on the name)
// and delete. Selecting a dataset announces it; the profile view shows it.
class DatasetsPanel : public QWidget
{
    Q_OBJECT
public:
    DatasetsPanel(WorkspaceController* workspace, QWidget* parent = nullptr);

    DatasetListModel* model() const { return m_model; }
    QSize sizeHint() const override { return {440, 600}; }
    qint64 currentDatasetId() const;
    void selectDataset(qint64 id);

public slots:
    void renameCurrent();
    void deleteCurrent();

signals:
    void currentDatasetChanged(qint64 id); // -1 when none
    void importRequested();
    void errorOccurred(const QString& message);
    void message(const QString& text);

private:
    void showContextMenu(const QPoint& position);

    WorkspaceController* m_workspace;
    DatasetListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
};

} // namespace grove
