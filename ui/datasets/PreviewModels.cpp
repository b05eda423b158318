#include "ui/datasets/PreviewModels.h"

#include "core/data/TypeInference.h"

#include <QColor>
#include <QLocale>

namespace grove {

QColor columnTypeColor(ColumnType type)
{
    switch (type) {
    case ColumnType::Numeric:
        return QColor(0x2b, 0x6c, 0xb0);
    case ColumnType::Categorical:
        return QColor(0x8a, 0x4f, 0xb5);
    case ColumnType::Text:
        return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

void PreviewRowsModel::setPreview(const DatasetPreview& preview)
{
    beginResetModel();
    m_rows = preview.rows;
    m_columns = preview.columns;
    endResetModel();
}

void PreviewRowsModel::setColumnType(int column, ColumnType type)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_columns[column].type = type;
    emit headerDataChanged(Qt::Horizontal, column, column);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
}

int PreviewRowsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int PreviewRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PreviewRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList& row = m_rows[index.row()];
    const QString cell = index.column() < row.size() ? row[index.column()] : QString();
    if (role == Qt::DisplayRole)
        return cell;
    if (role == Qt::ForegroundRole && m_columns[index.column()].type == ColumnType::Text)
        return QColor(Qt::gray);
    if (role == Qt::TextAlignmentRole && m_columns[index.column()].type == ColumnType::Numeric)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PreviewRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_columns.size())
        return {};
    const ColumnGuess& column = m_columns[section];
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1\n%2").arg(column.name, columnTypeDisplayName(column.type));
    if (role == Qt::ForegroundRole)
        return columnTypeColor(column.type);
    return {};
}

void ColumnGuessModel::setColumns(const QList<ColumnGuess>& columns, bool typesEditable)
{
    beginResetModel();
    m_columns = columns;
    m_typesEditable = typesEditable;
    endResetModel();
}

int ColumnGuessModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_columns.size()); }
int ColumnGuessModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ColumnGuessModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnGuess& c = m_columns[index.row()];
    if (role == TypeRole)
        return int(c.type);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return c.name;
        case Type:
            return columnTypeDisplayName(c.type);
        case Missing:
            return QLocale().toString(c.sampleMissing);
        case Distinct:
            return QLocale().toString(c.sampleDistinct);
        case Notes: {
            QStringList notes;
            if (c.type != c.inferredType)
                notes << tr("your choice (Grove guessed %1)").arg(columnTypeDisplayName(c.inferredType).toLower());
            for (const QString& hint : c.hints)
                notes << hintDisplayText(hint);
            return notes.join(QStringLiteral("; "));
        }
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Type)
        return columnTypeColor(c.type);
    if (role == Qt::TextAlignmentRole && (index.column() == Missing || index.column() == Distinct))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Type && m_typesEditable)
        return tr("Double-click to choose how this column is read");
    return {};
}

QVariant ColumnGuessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Column");
    case Type:
        return tr("Type");
    case Missing:
        return tr("Missing (sample)");
    case Distinct:
        return tr("Distinct (sample)");
    case Notes:
        return tr("Notes");
    }
    return {};
}

Qt::ItemFlags ColumnGuessModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Type && m_typesEditable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ColumnGuessModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Type || (role != Qt::EditRole && role != TypeRole))
        return false;
    bool ok = false;
    const int raw = value.toInt(&ok);
    if (!ok || raw < int(ColumnType::Numeric) || raw > int(ColumnType::Text))
        return false;
    const auto type = ColumnType(raw);
    ColumnGuess& c = m_columns[index.row()];
    if (c.type == type)
        return false;
    c.type = type;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit typeChanged(index.row(), type);
    return true;
}

} // namespace grove
