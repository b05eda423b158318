#include "ui/runs/RunsPanel.h"

#include "ui/runs/RunListModel.h"
#include "ui/runs/TrainingController.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

// Draws the progress column as a bar for queued, running and finished runs.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QVariant progress = index.data(RunListModel::ProgressRole);
        if (!progress.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(progress.toDouble() * 1000);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

RunsPanel::RunsPanel(WorkspaceController* workspace, TrainingController* training, QWidget* parent)
    : QWidget(parent), m_training(training), m_model(new RunListModel(workspace, training, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_newRun(new QToolButton(this)),
      m_cancel(new QToolButton(this))
{
    setObjectName(u"runsPanel"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_view->setObjectName(u"runsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the model's order: newest first
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(RunListModel::Progress, new ProgressDelegate(m_view));
    m_view->setColumnHidden(RunListModel::Experiment, true);
    m_view->setColumnHidden(RunListModel::Started, true);
    m_view->setColumnWidth(RunListModel::Id, 48);
    m_view->setColumnWidth(RunListModel::Progress, 110);

    m_newRun->setObjectName(u"newRunButton"_s);
    m_newRun->setText(tr("New Run…"));
    m_newRun->setToolTip(tr("Configure and start a training run"));
    m_newRun->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cancel->setObjectName(u"cancelSelectedRunButton"_s);
    m_cancel->setText(tr("Cancel Run"));
    m_cancel->setToolTip(tr("Stop the selected run after its current round"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newRun);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_newRun, &QToolButton::clicked, this, &RunsPanel::newRunRequested);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        const qint64 id = currentRun();
        if (id >= 0)
            m_training->cancel(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentRunChanged(currentRun());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        emit currentRunChanged(currentRun());
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RunsPanel::updateButtons);
    connect(m_model, &RunListModel::errorOccurred, this, &RunsPanel::errorOccurred);
    updateButtons();
}

qint64 RunsPanel::currentRun() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RunListModel::IdRole).toLongLong() : -1;
}

void RunsPanel::selectRun(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void RunsPanel::updateButtons()
{
    const qint64 id = currentRun();
    m_cancel->setEnabled(id >= 0 && m_training->isActive(id));
}

} // namespace grove
