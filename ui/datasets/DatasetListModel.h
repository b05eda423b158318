#pragma once

#include "core/store/DatasetStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace grove {

class WorkspaceController;

// The datasets of the open workspace. The name is editable in place (a rename).
class DatasetListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Rows, Columns, Hash, Imported, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit DatasetListModel(WorkspaceController* workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const DatasetRecord* record(int row) const;
    int rowOf(qint64 id) const;

public slots:
    void reload();

signals:
    void errorOccurred(const QString& message);

private:
    WorkspaceController* m_workspace;
    QList<DatasetRecord> m_records;
};

} // namespace grove
