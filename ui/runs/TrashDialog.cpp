#include "ui/runs/TrashDialog.h"

#include "core/runs/RunQuery.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "ui/common/TaskRunner.h"
#include "ui/common/WindowSize.h"
#include "ui/runs/RunEdits.h"
#include "ui/runs/RunFormat.h"
#include "ui/workspace/WorkspaceController.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

enum Column { IdColumn, ExperimentColumn, StatusColumn, DatasetColumn, TargetColumn, MetricColumn, TrashedColumn, ColumnCount };

} // namespace

TrashDialog::TrashDialog(WorkspaceController* workspace, RunListModel* runs, QUndoStack* undo, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_runs(runs), m_undo(undo),
      m_loader(new TaskRunner(TaskRunner::Mode::LatestWins, this)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(u"trashDialog"_s);
    setWindowTitle(tr("Trash"));
    m_summary->setObjectName(u"trashSummary"_s);
    m_summary->setWordWrap(true);

    m_table->setObjectName(u"trashTable"_s);
    m_table->setHorizontalHeaderLabels({tr("ID"), tr("Experiment"), tr("Status"), tr("Dataset"), tr("Target"),
                                        tr("Key metric"), tr("Moved to the trash")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TrashedColumn, Qt::DescendingOrder); // the latest moves first
    m_table->setAlternatingRowColors(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(u"restoreRunsButton"_s);
    m_restore->setToolTip(tr("Bring the selected runs back to the runs list; Edit ▸ Undo moves them to the trash again"));
    m_empty = buttons->addButton(tr("&Empty Trash…"), QDialogButtonBox::ActionRole);
    m_empty->setObjectName(u"emptyTrashButton"_s);
    m_empty->setToolTip(tr("Delete every run in the trash for good, after asking"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_empty, &QPushButton::clicked, this, &TrashDialog::emptyTrashRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrashDialog::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &TrashDialog::restoreSelected);
    if (m_undo) {
        connect(m_undo, &QUndoStack::indexChanged, this, &TrashDialog::reload); // Undo of a restore, or a new move
        // Ctrl+Z and Ctrl+Shift+Z work here too, as the Restore button's tooltip says.
        QAction* undoAction = m_undo->createUndoAction(this);
        undoAction->setShortcut(QKeySequence::Undo);
        QAction* redoAction = m_undo->createRedoAction(this);
        redoAction->setShortcut(QKeySequence::Redo);
        addActions({undoAction, redoAction});
    }
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, &TrashDialog::reload);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resizeForScreen(this, {860, 420});
    reload();
}

bool TrashDialog::isLoading() const { return !m_loader->isIdle(); }

void TrashDialog::reload()
{
    if (!m_workspace->workspace()) {
        m_table->setRowCount(0);
        m_summary->setText(tr("No workspace is open."));
        updateButtons();
        return;
    }
    const QString directory = m_workspace->directory();
    m_loader->run(
        {},
        [directory](JobControl&) -> Result<QList<RunRecord>> {
            auto workspace = Workspace::connect(directory);
            if (!workspace)
                return workspace.error();
            return RunStore(workspace->database()).list({}, RunStore::Trash::Only);
        },
        [this](const Result<QList<RunRecord>>& runs) {
            // The user's sort stays (the list is read again after every change of the undo stack).
            const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
            const Qt::SortOrder sortOrder = m_table->horizontalHeader()->sortIndicatorOrder();
            m_table->setSortingEnabled(false);
            m_table->setRowCount(0);
            if (!runs) {
                m_summary->setText(runs.error().toString());
                updateButtons();
                return;
            }
            m_table->setRowCount(int(runs->size()));
            for (int row = 0; row < runs->size(); ++row) {
                const RunRecord& run = (*runs)[row];
                auto* id = new QTableWidgetItem;
                id->setData(Qt::DisplayRole, run.id);
                id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, IdColumn, id);
                m_table->setItem(row, ExperimentColumn, new QTableWidgetItem(run.experiment));
                m_table->setItem(row, StatusColumn, new QTableWidgetItem(runStatusDisplayName(run.status)));
                m_table->setItem(row, DatasetColumn, new QTableWidgetItem(run.datasetName()));
                m_table->setItem(row, TargetColumn, new QTableWidgetItem(run.target()));
                const RunKeyMetric key = runKeyMetric(run);
                m_table->setItem(row, MetricColumn,
                                 new QTableWidgetItem(key.value ? tr("%1 %2").arg(key.metric, RunFormat::metric(*key.value))
                                                                : QString()));
                auto* trashed = new QTableWidgetItem;
                trashed->setData(Qt::DisplayRole, run.deletedAt.toLocalTime()); // sorts as a time, shown as the locale's
                m_table->setItem(row, TrashedColumn, trashed);
            }
            m_table->setSortingEnabled(true);
            m_table->sortByColumn(sortColumn, sortOrder);
            m_table->resizeColumnsToContents();
            m_summary->setText(runs->isEmpty() ? tr("The trash is empty.")
                                               : tr("%n run(s) in the trash. They keep their models and predictions "
                                                    "until the trash is emptied.",
                                                    nullptr, int(runs->size())));
            updateButtons();
        });
}

QList<qint64> TrashDialog::selectedRuns() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows(IdColumn))
        ids << index.data(Qt::DisplayRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TrashDialog::restoreSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.isEmpty() || !m_undo)
        return;
    m_undo->push(new TrashRunsCommand(m_workspace, m_runs, ids, TrashRunsCommand::Direction::Restore));
}

void TrashDialog::updateButtons()
{
    m_restore->setEnabled(m_undo && !selectedRuns().isEmpty());
    m_empty->setEnabled(m_table->rowCount() > 0);
}

} // namespace grove
