#include "ui/datasets/DatasetListModel.h"

#include "ui/workspace/WorkspaceController.h"

#include <QFont>
#include <QLocale>

namespace grove {

DatasetListModel::DatasetListModel(WorkspaceController* workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &WorkspaceController::workspaceChanged, this, &DatasetListModel::reload);
    connect(workspace, &WorkspaceController::datasetsChanged, this, &DatasetListModel::reload);
    reload();
}

void DatasetListModel::reload()
{
    QList<DatasetRecord> records;
    if (Workspace* workspace = m_workspace->workspace()) {
        auto listed = DatasetStore(workspace->database()).list();
        if (listed)
            records = *listed;
        else
            emit errorOccurred(listed.error().toString());
    }
    beginResetModel();
    m_records = records;
    endResetModel();
}

int DatasetListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int DatasetListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DatasetListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DatasetRecord& r = m_records[index.row()];
    if (role == IdRole)
        return r.id;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Rows:
            return role == Qt::EditRole ? QVariant(r.rows) : QVariant(QLocale().toString(r.rows));
        case Columns:
            return role == Qt::EditRole ? QVariant(r.columns) : QVariant(QLocale().toString(r.columns));
        case Hash:
            return r.shortHash();
        case Imported: {
            if (role == Qt::EditRole)
                return r.importedAt;
            // Compact: the time for today's imports, the date for older ones (the tooltip has both).
            const QDateTime local = r.importedAt.toLocalTime();
            return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                        : QLocale().toString(local.date(), QLocale::ShortFormat);
        }
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Rows || index.column() == Columns))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        return tr("%1\n%2 rows × %3 columns\nSHA-256 %4\nImported %5 by %6 from %7")
            .arg(r.name, QLocale().toString(r.rows), QLocale().toString(r.columns), r.contentHash,
                 QLocale().toString(r.importedAt.toLocalTime(), QLocale::LongFormat), r.importedBy,
                 r.sourcePath);
    }
    if (role == Qt::FontRole && index.column() == Hash) {
        QFont font;
        font.setFamily(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        return font;
    }
    return {};
}

QVariant DatasetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Rows:
        return tr("Rows");
    case Columns:
        return tr("Columns");
    case Hash:
        return tr("Hash");
    case Imported:
        return tr("Imported");
    }
    return {};
}

Qt::ItemFlags DatasetListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool DatasetListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Name)
        return false;
    Workspace* workspace = m_workspace->workspace();
    if (!workspace)
        return false;
    DatasetRecord& r = m_records[index.row()];
    const QString name = value.toString().trimmed();
    if (name == r.name)
        return false;
    if (auto status = DatasetStore(workspace->database()).rename(r.id, name); !status) {
        emit errorOccurred(status.error().toString());
        return false;
    }
    r.name = name;
    emit dataChanged(index, index);
    return true;
}

const DatasetRecord* DatasetListModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records[row] : nullptr;
}

int DatasetListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records[i].id == id)
            return i;
    }
    return -1;
}

} // namespace grove
