#include "ui/datasets/DatasetProfileView.h"

#include "core/services/DatasetImport.h"
#include "core/store/DatasetSnapshot.h"
#include "ui/common/TaskRunner.h"
#include "ui/datasets/ColumnProfileModel.h"
#include "ui/datasets/HistogramChart.h"
#include "ui/workspace/WorkspaceController.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace grove {

DatasetProfileView::DatasetProfileView(WorkspaceController* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_title(new QLabel(this)), m_details(new QLabel(this)),
      m_table(new QTableView(this)), m_model(new ColumnProfileModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_chart(new HistogramChart(this)), m_loader(new TaskRunner(TaskRunner::Mode::LatestWins, this))
{
    setObjectName(u"datasetProfileView"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"profileTitle"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(u"profileDetails"_s);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ColumnProfileModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setObjectName(u"profileTable"_s);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DatasetProfileView::columnSelected);
}

void DatasetProfileView::showDataset(qint64 id)
{
    m_datasetId = id;
    Workspace* workspace = m_workspace->workspace();
    std::optional<DatasetRecord> record;
    if (workspace && id >= 0) {
        auto found = DatasetStore(workspace->database()).byId(id);
        if (found)
            record = *found;
    }
    if (!record) {
        m_loader->dropAll();
        m_datasetId = -1;
        m_model->clear();
        m_title->clear();
        m_details->clear();
        m_chart->clear();
        return;
    }
    const DatasetRecord& r = *record;
    m_title->setText(r.name);
    m_details->setText(tr("%1 rows × %2 columns · SHA-256 %3 · imported %4 by %5 from %6")
                           .arg(QLocale().toString(r.rows), QLocale().toString(r.columns), r.shortHash(),
                                QLocale().toString(r.importedAt.toLocalTime(), QLocale::ShortFormat),
                                r.importedBy, r.sourcePath));
    m_details->setToolTip(tr("Full SHA-256: %1").arg(r.contentHash));
    const QString directory = m_workspace->directory();
    m_loader->run(
        {}, [directory, id](JobControl&) { return loadDatasetProfile(directory, id); },
        [this](const Result<DatasetProfile>& result) { loaded(result); });
}

void DatasetProfileView::loaded(const Result<DatasetProfile>& result)
{
    if (!result) {
        m_model->clear();
        m_chart->clear();
        emit errorOccurred(result.error().toString());
        return;
    }
    m_model->setProfile(*result);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnProfileModel::TopValues; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 240));
    // Start with the likely target, else the first column.
    int start = 0;
    for (int i = 0; i < result->columns.size(); ++i) {
        if (result->columns[i].hints.contains(u"target_candidate"_s))
            start = i;
    }
    selectColumn(start);
    emit profileShown(m_datasetId);
}

void DatasetProfileView::selectColumn(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DatasetProfileView::columnSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->selectionModel()->currentIndex());
    if (!current.isValid()) {
        m_chart->clear();
        return;
    }
    m_chart->showColumn(m_model->profile().columns[current.row()], m_model->profile().rows);
}

} // namespace grove
