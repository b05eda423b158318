#include "ui/runs/RunsPanel.h"

#include "core/runs/RunQuery.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Settings.h"
#include "ui/common/TaskRunner.h"
#include "ui/runs/RunEdits.h"
#include "ui/runs/RunListModel.h"
#include "ui/runs/TrainingController.h"
#include "ui/runs/TrashDialog.h"
#include "ui/workspace/WorkspaceController.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
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

// Keeps the rows whose run matches the filter expression.
class RunFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setRunFilter(RunFilter filter)
    {
        m_filter = std::move(filter);
        invalidateFilter();
    }
    void setExperiment(const QString& experiment)
    {
        m_experiment = experiment;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (parent.isValid())
            return true;
        const auto* model = static_cast<const RunListModel*>(sourceModel());
        // Only a filter expression needs the runs' configuration and metrics (parsed on demand).
        const RunRecord* fields = model->recordFields(row);
        if (!fields || (!m_experiment.isEmpty() && fields->experiment != m_experiment))
            return false;
        return m_filter.isEmpty() || m_filter.matches(*model->record(row));
    }

private:
    RunFilter m_filter;
    QString m_experiment;
};

RunsPanel::RunsPanel(WorkspaceController* workspace, TrainingController* training, QWidget* parent)
    : QWidget(parent), m_training(training), m_model(new RunListModel(workspace, training, this)),
      m_proxy(new RunFilterProxy(this)), m_experiments(new QComboBox(this)), m_filter(new QLineEdit(this)), m_filterProblem(new QLabel(this)),
      m_filterTimer(new QTimer(this)), m_view(new QTableView(this)), m_newRun(new QToolButton(this)),
      m_cancel(new QToolButton(this)), m_trash(new QToolButton(this)), m_compare(new QToolButton(this)), m_columns(new QToolButton(this)), m_workspace(workspace)
{
    setObjectName(u"runsPanel"_s);
    m_trashTasks = new TaskRunner(TaskRunner::Mode::All, this);
    m_proxy->setSourceModel(m_model);
    connect(m_model, &RunListModel::loaded, this, [this] {
        if (m_pendingSelection >= 0)
            selectRun(m_pendingSelection);
    });
    m_proxy->setSortRole(Qt::DisplayRole);
    m_view->setObjectName(u"runsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the model's order: newest first
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(RunListModel::Progress, new ProgressDelegate(m_view));
    m_view->setColumnWidth(RunListModel::Id, 48);
    m_view->setColumnWidth(RunListModel::Progress, 110);

    m_newRun->setObjectName(u"newRunButton"_s);
    m_newRun->setText(tr("New Run…"));
    m_newRun->setToolTip(tr("Configure and start a training run"));
    m_newRun->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cancel->setObjectName(u"cancelSelectedRunButton"_s);
    m_cancel->setText(tr("Cancel Run"));
    m_cancel->setToolTip(tr("Stop the selected run after its current round"));
    m_trash->setObjectName(u"trashRunButton"_s);
    m_trash->setText(tr("Move to Trash"));
    m_trash->setToolTip(tr("Move the selected runs to the trash; Edit ▸ Undo brings them back"));
    m_trash->setEnabled(false);
    auto* showTrash = new QAction(tr("Show &Trash…"), this);
    showTrash->setObjectName(u"showTrashAction"_s);
    showTrash->setStatusTip(tr("List the runs in the trash, to restore them or delete them for good"));
    connect(showTrash, &QAction::triggered, this, &RunsPanel::showTrash);
    auto* emptyTrashAction = new QAction(tr("&Empty Trash…"), this);
    emptyTrashAction->setObjectName(u"emptyTrashAction"_s);
    emptyTrashAction->setStatusTip(tr("Delete the runs in the trash for good"));
    connect(emptyTrashAction, &QAction::triggered, this, &RunsPanel::emptyTrash);
    m_trashActions = {showTrash, emptyTrashAction};
    m_compare->setObjectName(u"compareRunsButton"_s);
    m_compare->setText(tr("Compare"));
    m_compare->setToolTip(tr("Compare the selected runs (two or more; Ctrl-click or Shift-click to select)"));
    m_compare->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newRun);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_trash);
    buttons->addStretch(1);

    m_filter->setObjectName(u"runFilterEdit"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter: text, or e.g. valid.auc > 0.9 and params.max_depth <= 6"));
    m_filter->setToolTip(tr("Free text matches the id, experiment, dataset, target, status, tags and note.\n"
                            "Expressions compare fields: valid.METRIC, train.METRIC, best.valid.METRIC, params.NAME,\n"
                            "status, dataset, target, experiment, duration, rounds … with = != < <= > >= and ~ (contains);\n"
                            "combine with and, or, not and parentheses; tag:NAME matches a tag."));
    m_filterProblem->setObjectName(u"runFilterProblem"_s);
    m_filterProblem->setWordWrap(true);
    m_filterProblem->setTextFormat(Qt::RichText);
    m_filterProblem->hide();
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &RunsPanel::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));

    m_experiments->setObjectName(u"experimentFilterCombo"_s);
    m_experiments->setToolTip(tr("Show the runs of one experiment, or of all"));
    m_experiments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_experiments, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setExperiment(m_experiments->currentData().toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsPanel::updateExperiments);
    // A reset forgets which sections were hidden.
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsPanel::applyColumns, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunsPanel::updateExperiments);
    m_columns->setObjectName(u"runColumnsButton"_s);
    m_columns->setText(tr("Columns"));
    m_columns->setToolTip(tr("Choose the columns, including any parameter or final metric; remembered per experiment"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    auto* columnsMenu = new QMenu(m_columns);
    m_columns->setMenu(columnsMenu);
    connect(columnsMenu, &QMenu::aboutToShow, this, &RunsPanel::fillColumnsMenu);
    connect(m_experiments, &QComboBox::currentIndexChanged, this, &RunsPanel::applyColumns);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_experiments);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_columns);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addLayout(filters);
    layout->addWidget(m_filterProblem);
    layout->addWidget(m_view, 1);

    connect(m_newRun, &QToolButton::clicked, this, &RunsPanel::newRunRequested);
    connect(m_trash, &QToolButton::clicked, this, &RunsPanel::trashSelected);
    connect(m_compare, &QToolButton::clicked, this, [this] { emit compareRequested(selectedRuns()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsPanel::updateButtons);
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
    updateExperiments();
    applyColumns();
}

void RunsPanel::applyFilter()
{
    const QString text = m_filter->text();
    RunFilter::SyntaxError error;
    auto filter = RunFilter::parse(text, &error);
    if (!filter) {
        // Point at the offending token inline; the table keeps the last good filter.
        const qsizetype end = std::min(text.size(), error.position + error.length);
        const QString marked = text.left(error.position).toHtmlEscaped() + u"<u><b>"_s +
                               (error.position < text.size() ? text.mid(error.position, end - error.position).toHtmlEscaped()
                                                             : u"&nbsp;&nbsp;"_s) +
                               u"</b></u>"_s + text.mid(end).toHtmlEscaped();
        m_filterProblem->setText(u"<span style=\"color:#b02020\">%1</span><br><code>%2</code>"_s.arg(
            tr("Character %1: %2").arg(error.position + 1).arg(error.message.toHtmlEscaped()), marked));
        m_filterProblem->show();
        return;
    }
    m_filterProblem->clear();
    m_filterProblem->hide();
    m_proxy->setRunFilter(std::move(*filter));
}

void RunsPanel::updateExperiments()
{
    QMap<QString, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[m_model->recordFields(row)->experiment];
    const QString current = m_experiments->currentData().toString();
    const QSignalBlocker blocker(m_experiments);
    m_experiments->clear();
    m_experiments->addItem(tr("All experiments (%n run(s))", nullptr, m_model->rowCount()), QString());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_experiments->addItem(tr("%1 (%n run(s))", nullptr, it.value()).arg(it.key()), it.key());
    const int index = m_experiments->findData(current);
    m_experiments->setCurrentIndex(std::max(0, index));
    if (index < 0 && !current.isEmpty())
        m_proxy->setExperiment({}); // the experiment is gone
}

QStringList RunsPanel::visibleColumns() const
{
    QStringList columns;
    for (int c = 0; c < RunListModel::ColumnCount; ++c) {
        if (!m_view->isColumnHidden(c))
            columns << u"#"_s + QString::number(c);
    }
    return columns + m_model->extraColumns();
}

void RunsPanel::setVisibleColumns(const QStringList& columns)
{
    showColumns(columns);
    saveColumns();
}

void RunsPanel::showColumns(const QStringList& columns)
{
    QStringList extra;
    for (const QString& column : columns) {
        if (!column.startsWith(u'#'))
            extra << column;
    }
    m_model->setExtraColumns(extra);
    for (int c = 0; c < RunListModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, c != RunListModel::Id && !columns.contains(u"#"_s + QString::number(c)));
}

void RunsPanel::saveColumns()
{
    QVariantMap all = Settings::value(Settings::Key::RunColumns).toMap();
    all.insert(m_experiments->currentData().toString(), visibleColumns());
    Settings::setValue(Settings::Key::RunColumns, all);
}

void RunsPanel::applyColumns()
{
    const QVariantMap all = Settings::value(Settings::Key::RunColumns).toMap();
    const QString experiment = m_experiments->currentData().toString();
    QStringList columns;
    if (all.contains(experiment)) {
        columns = all.value(experiment).toStringList();
    } else {
        for (int c : {RunListModel::Id, RunListModel::Dataset, RunListModel::Target, RunListModel::Status,
                      RunListModel::Progress, RunListModel::Metric, RunListModel::Started, RunListModel::Duration,
                      RunListModel::Tags,
                      RunListModel::Note})
            columns << u"#"_s + QString::number(c);
    }
    showColumns(columns);
}

void RunsPanel::fillColumnsMenu()
{
    QMenu* menu = m_columns->menu();
    menu->clear();
    const QStringList visible = visibleColumns();
    auto add = [&](QMenu* into, const QString& id, const QString& text) {
        QAction* action = into->addAction(text);
        action->setCheckable(true);
        action->setChecked(visible.contains(id));
        connect(action, &QAction::toggled, this, [this, id](bool on) {
            QStringList columns = visibleColumns();
            if (on && !columns.contains(id))
                columns << id;
            else if (!on)
                columns.removeAll(id);
            setVisibleColumns(columns);
        });
    };
    for (int c = RunListModel::Experiment; c < RunListModel::ColumnCount; ++c)
        add(menu, u"#"_s + QString::number(c), m_model->headerData(c, Qt::Horizontal).toString());
    const QStringList keys = m_model->availableKeys();
    QMenu* metrics = menu->addMenu(tr("Final Metrics"));
    QMenu* params = menu->addMenu(tr("Parameters"));
    for (const QString& key : keys)
        add(key.startsWith(u"params."_s) ? params : metrics, key, key);
    metrics->setEnabled(!metrics->isEmpty());
    params->setEnabled(!params->isEmpty());
}

QString RunsPanel::filterProblem() const { return m_filterProblem->isHidden() ? QString() : m_filterProblem->text(); }

qint64 RunsPanel::currentRun() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RunListModel::IdRole).toLongLong() : -1;
}

void RunsPanel::selectRun(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        // The runs are being read in the background: select it once they are in.
        if (m_model->isLoading())
            m_pendingSelection = id;
        return;
    }
    m_pendingSelection = -1;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void RunsPanel::updateButtons()
{
    const qint64 id = currentRun();
    m_cancel->setEnabled(id >= 0 && m_training->isActive(id));
    m_trash->setEnabled(m_undo && id >= 0 && !m_training->isActive(id));
    m_compare->setEnabled(selectedRuns().size() >= 2);
}

bool RunsPanel::isEmptyingTrash() const { return !m_trashTasks->isIdle(); }

void RunsPanel::showTrash()
{
    if (!m_trashDialog) {
        m_trashDialog = new TrashDialog(m_workspace, m_model, m_undo, this);
        connect(m_trashDialog, &TrashDialog::emptyTrashRequested, this, &RunsPanel::emptyTrash);
        connect(this, &RunsPanel::trashEmptied, m_trashDialog, &TrashDialog::reload);
        connect(m_trashDialog, &QDialog::finished, m_trashDialog, &QObject::deleteLater);
        connect(m_trashDialog, &QObject::destroyed, this, [this] { m_trashDialog = nullptr; });
    } else {
        m_trashDialog->reload(); // another process may have moved runs since
    }
    m_trashDialog->show();
    m_trashDialog->raise();
    m_trashDialog->activateWindow();
}

void RunsPanel::emptyTrash()
{
    if (!m_workspace->workspace())
        return;
    // Counting the runs in the trash and deleting their folders grow with them: both run in the
    // background; only the question is asked here.
    const QString directory = m_workspace->directory();
    m_trashTasks->run(
        {},
        [directory](JobControl&) -> Result<qsizetype> {
            auto workspace = Workspace::connect(directory);
            if (!workspace)
                return workspace.error();
            auto trashed = RunStore(workspace->database()).list({}, RunStore::Trash::Only);
            if (!trashed)
                return trashed.error();
            return trashed->size();
        },
        [this, directory](const Result<qsizetype>& trashed) {
            if (!trashed) {
                emit errorOccurred(trashed.error().toString());
                return;
            }
            if (*trashed == 0) {
                emit message(tr("The trash is empty."));
                return;
            }
            // Asked over the Trash window when the request came from there.
            QWidget* asking = m_trashDialog && m_trashDialog->isVisible() ? static_cast<QWidget*>(m_trashDialog) : this;
            if (!Dialogs::confirm(asking, tr("Empty Trash"),
                                  tr("Delete the %n run(s) in the trash for good? Their models, predictions and curves "
                                     "are deleted; this cannot be undone.",
                                     nullptr, int(*trashed)),
                                  tr("Delete for Good")))
                return;
            m_trashTasks->run(
                tr("Emptying the trash"),
                [directory](JobControl&) -> Result<int> {
                    auto workspace = Workspace::connect(directory);
                    if (!workspace)
                        return workspace.error();
                    return emptyRunTrash(*workspace);
                },
                [this](const Result<int>& deleted) {
                    if (m_undo)
                        m_undo->clear(); // earlier steps may name the deleted runs
                    m_model->reload();
                    if (!deleted)
                        emit errorOccurred(deleted.error().toString());
                    else
                        emit message(tr("Deleted %n run(s) for good.", nullptr, *deleted));
                    emit trashEmptied();
                });
        });
}

QList<qint64> RunsPanel::selectedRuns() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(RunListModel::IdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void RunsPanel::setUndoStack(QUndoStack* stack)
{
    m_undo = stack;
    m_model->setUndoStack(stack);
    updateButtons();
}

void RunsPanel::trashSelected()
{
    if (!m_undo)
        return;
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const qint64 id = index.data(RunListModel::IdRole).toLongLong();
        if (!m_training->isActive(id))
            ids << id;
    }
    if (ids.isEmpty())
        return;
    auto* command = new TrashRunsCommand(m_workspace, m_model, ids);
    m_undo->push(command);
    // A move that failed for some runs has said so as an error, which this would hide.
    if (command->failures() == 0)
        emit runsTrashed(int(ids.size()), command);
}

} // namespace grove
