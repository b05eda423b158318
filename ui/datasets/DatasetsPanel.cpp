#include "ui/datasets/DatasetsPanel.h"

#include "core/services/DatasetImport.h"
#include "ui/common/Dialogs.h"
#include "ui/datasets/DatasetListModel.h"
#include "ui/workspace/WorkspaceController.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace grove {

DatasetsPanel::DatasetsPanel(WorkspaceController* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new DatasetListModel(workspace, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)), m_view(new QTableView(this))
{
    setObjectName(u"datasetsPanel"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(DatasetListModel::Name);

    m_filter->setPlaceholderText(tr("Filter datasets"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(u"datasetFilter"_s);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(u"datasetsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DatasetListModel::Imported, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->verticalHeader()->hide();
    // The name takes the room; the other columns are as wide as their contents.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DatasetListModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(48);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::customContextMenuRequested, this, &DatasetsPanel::showContextMenu);

    auto* importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(u"panelImportButton"_s);
    connect(importButton, &QPushButton::clicked, this, &DatasetsPanel::importRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(importButton);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentDatasetChanged(currentDatasetId()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { emit currentDatasetChanged(currentDatasetId()); });
    connect(m_model, &DatasetListModel::errorOccurred, this, &DatasetsPanel::errorOccurred);
}

qint64 DatasetsPanel::currentDatasetId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->data(current, DatasetListModel::IdRole).toLongLong();
}

void DatasetsPanel::selectDataset(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, DatasetListModel::Name));
    if (!index.isValid()) {
        m_filter->clear();
        return selectDataset(id);
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void DatasetsPanel::renameCurrent()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid())
        m_view->edit(current.siblingAtColumn(DatasetListModel::Name));
}

void DatasetsPanel::deleteCurrent()
{
    const qint64 id = currentDatasetId();
    const int row = m_model->rowOf(id);
    const DatasetRecord* record = m_model->record(row);
    Workspace* workspace = m_workspace->workspace();
    if (!record || !workspace)
        return;
    const QString name = record->name;
    if (!Dialogs::confirm(this, tr("Delete Dataset"),
                          tr("Delete the dataset \"%1\" (%2 rows) and its snapshot from this workspace? "
                             "The source file is not touched, but this cannot be undone.")
                              .arg(name)
                              .arg(record->rows),
                          tr("Delete")))
        return;
    if (auto status = deleteDataset(*workspace, id); !status) {
        emit errorOccurred(status.error().toString());
        return;
    }
    emit m_workspace->datasetsChanged();
    emit message(tr("Deleted the dataset \"%1\".").arg(name));
}

void DatasetsPanel::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    QMenu menu(this);
    menu.addAction(tr("Import…"), this, &DatasetsPanel::importRequested);
    if (index.isValid()) {
        const DatasetRecord* record = m_model->record(m_proxy->mapToSource(index).row());
        menu.addSeparator();
        menu.addAction(tr("Rename"), this, &DatasetsPanel::renameCurrent);
        if (record) {
            const QString hash = record->contentHash;
            menu.addAction(tr("Copy SHA-256"), this, [hash] { QApplication::clipboard()->setText(hash); });
        }
        menu.addSeparator();
        menu.addAction(tr("Delete…"), this, &DatasetsPanel::deleteCurrent);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace grove
