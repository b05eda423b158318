#pragma once

#include "core/data/DatasetPreview.h"

#include <QAbstractTableModel>
#include <QColor>

namespace grove {

// The first rows of a file as Grove will read them; headers show each column's type.
class PreviewRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const DatasetPreview& preview);
    void setColumnType(int column, ColumnType type);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QStringList> m_rows;
    QList<ColumnGuess> m_columns;
};

// One row per column: name, type (editable), and what the sample showed.
class ColumnGuessModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Missing, Distinct, Notes, ColumnCount };
    enum Role { TypeRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setColumns(const QList<ColumnGuess>& columns, bool typesEditable);
    const QList<ColumnGuess>& columns() const { return m_columns; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void typeChanged(int column, grove::ColumnType type);

private:
    QList<ColumnGuess> m_columns;
    bool m_typesEditable = true;
};

// A colour per column type, shared by the preview and the profile.
QColor columnTypeColor(ColumnType type);

} // namespace grove
