#include "ui/evaluate/ExplanationView.h"

#include "core/services/RunEvaluation.h"
#include "core/store/Workspace.h"
#include "ui/charts/FigurePlot.h"
#include "ui/charts/ShapPlots.h"
#include "ui/charts/ExportActions.h"
#include "ui/common/ScrollingPage.h"
#include "ui/common/TaskRunner.h"
#include "ui/workspace/WorkspaceController.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace grove {

HeldOutRowsModel::HeldOutRowsModel(QObject* parent) : QAbstractTableModel(parent) {}

void HeldOutRowsModel::setPredictions(std::shared_ptr<const HeldOutPredictions> predictions)
{
    beginResetModel();
    m_predictions = std::move(predictions);
    m_order.resize(m_predictions ? m_predictions->size() : 0);
    std::iota(m_order.begin(), m_order.end(), std::uint32_t(0));
    endResetModel();
}

qint64 HeldOutRowsModel::heldOutIndex(int row) const
{
    return row >= 0 && std::size_t(row) < m_order.size() ? qint64(m_order[std::size_t(row)]) : -1;
}

double HeldOutRowsModel::error(std::size_t i) const
{
    const HeldOutPredictions& p = *m_predictions;
    switch (p.task) {
    case Task::Binary:
        return std::abs(double(p.labels[i]) - double(p.scores[i]));
    case Task::Multiclass:
        return 1.0 - double(p.scores[i * p.outputs() + std::size_t(p.labels[i])]);
    case Task::Regression:
        return std::abs(double(p.scores[i]) - double(p.labels[i]));
    }
    return NAN;
}

int HeldOutRowsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_order.size()); }

int HeldOutRowsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant HeldOutRowsModel::data(const QModelIndex& index, int role) const
{
    if (!m_predictions || (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::TextAlignmentRole))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const HeldOutPredictions& p = *m_predictions;
    const std::size_t i = m_order[std::size_t(index.row())];
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Index:
        return qlonglong(i);
    case DatasetRow:
        return qlonglong(p.rows[i]) + 1;
    case Actual:
        if (p.task == Task::Regression)
            return display ? QVariant(QString::number(p.labels[i], 'g', 6)) : QVariant(double(p.labels[i]));
        return p.classes.value(int(p.labels[i]));
    case Predicted:
        if (p.task == Task::Multiclass) {
            const float* scores = p.scores.data() + i * p.outputs();
            const std::size_t best = std::size_t(std::max_element(scores, scores + p.outputs()) - scores);
            return display ? QVariant(u"%1 (%2)"_s.arg(p.classes.value(int(best)), QString::number(scores[best], 'f', 3)))
                           : QVariant(double(scores[best]));
        }
        return display ? QVariant(QString::number(p.scores[i], 'g', 6)) : QVariant(double(p.scores[i]));
    case Error:
        return display ? QVariant(QString::number(error(i), 'g', 4)) : QVariant(error(i));
    default:
        return {};
    }
}

QVariant HeldOutRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The two numberings differ, as in grove-cli explain and predictions.csv: say which is which.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Index)
        return tr("The row's place among the run's held-out rows, counted from 0 (grove-cli explain --row)");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DatasetRow)
        return tr("The row's number in the dataset, counted from 1 (the \"row\" column of predictions.csv)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Index:
        return tr("Held-out row");
    case DatasetRow:
        return tr("Dataset row");
    case Actual:
        return tr("Actual");
    case Predicted:
        return m_predictions && m_predictions->task == Task::Binary ? tr("Probability of %1").arg(m_predictions->classes.value(1))
                                                                    : tr("Predicted");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

void HeldOutRowsModel::sort(int column, Qt::SortOrder order)
{
    if (!m_predictions)
        return;
    emit layoutAboutToBeChanged();
    const HeldOutPredictions& p = *m_predictions;
    auto key = [&](std::uint32_t i) -> double {
        switch (column) {
        case DatasetRow:
            return double(p.rows[i]);
        case Actual:
            return double(p.labels[i]);
        case Predicted:
            return p.task == Task::Multiclass ? double(*std::max_element(p.scores.begin() + std::ptrdiff_t(i * p.outputs()),
                                                                         p.scores.begin() + std::ptrdiff_t((i + 1) * p.outputs())))
                                              : double(p.scores[i]);
        case Error:
            return error(i);
        default:
            return double(i);
        }
    };
    std::vector<double> keys(p.size());
    for (std::uint32_t i = 0; i < p.size(); ++i)
        keys[i] = key(i);
    std::iota(m_order.begin(), m_order.end(), std::uint32_t(0));
    std::stable_sort(m_order.begin(), m_order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return order == Qt::AscendingOrder ? keys[a] < keys[b] : keys[a] > keys[b];
    });
    emit layoutChanged();
}

ExplanationView::ExplanationView(WorkspaceController* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_runner(new TaskRunner(TaskRunner::Mode::LatestWins, this)),
      m_rowRunner(new TaskRunner(TaskRunner::Mode::LatestWins, this))
{
    setObjectName(u"explanationView"_s);
    const auto report = [this](const QString& path, const QString& error) { exported(path, error); };
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_class = new QComboBox(this);
    m_class->setObjectName(u"explainedClass"_s);
    m_class->setToolTip(tr("A multiclass model has SHAP values per class: the class whose score is explained."));
    m_bars = new QRadioButton(tr("Mean |SHAP|"), this);
    m_swarm = new QRadioButton(tr("Beeswarm"), this);
    m_swarm->setChecked(true);
    auto* mode = new QButtonGroup(this);
    mode->addButton(m_bars);
    mode->addButton(m_swarm);
    m_summary = new ShapSummaryPlot(this);
    m_summary->setTitle(tr("Features by mean |SHAP value|"));
    addPlotExportActions(m_summary, u"shap-summary"_s, report);
    m_feature = new QComboBox(this);
    m_feature->setObjectName(u"dependenceFeature"_s);
    m_dependence = new FigurePlot(this);
    m_dependence->setObjectName(u"dependence"_s);
    m_dependence->setShadeLegend(QString());
    m_dependence->setHorizontalLine(0.0);
    m_dependence->setMinimumSize(360, 300);
    addPlotExportActions(m_dependence, u"shap-dependence"_s, report);
    m_rowsModel = new HeldOutRowsModel(this);
    m_rows = new QTableView(this);
    m_rows->setObjectName(u"heldOutRows"_s);
    m_rows->setModel(m_rowsModel);
    m_rows->setSortingEnabled(true);
    m_rows->sortByColumn(HeldOutRowsModel::Index, Qt::AscendingOrder);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->setToolTip(tr("Click Error to sort the worst mistakes to the top; select a row to explain it."));
    addTableExportAction(m_rows, u"held-out-rows"_s, report);
    m_waterfall = new WaterfallPlot(this);
    m_waterfall->setTitle(tr("One row: from the base value to its prediction"));
    addPlotExportActions(m_waterfall, u"shap-waterfall"_s, report);
    m_rowValues = new QLabel(this);
    m_rowValues->setWordWrap(true);
    m_rowValues->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(new QLabel(tr("Class:"), this));
    top->addWidget(m_class);
    top->addWidget(m_bars);
    top->addWidget(m_swarm);
    auto* dependence = new QVBoxLayout;
    auto* pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Dependence of:"), this));
    pick->addWidget(m_feature, 1);
    dependence->addLayout(pick);
    dependence->addWidget(m_dependence, 1);
    auto* global = new QHBoxLayout;
    global->addWidget(m_summary, 1);
    global->addLayout(dependence, 1);
    auto* rowSide = new QVBoxLayout;
    rowSide->addWidget(m_waterfall, 1);
    rowSide->addWidget(m_rowValues);
    auto* row = new QHBoxLayout;
    row->addWidget(m_rows, 1);
    row->addLayout(rowSide, 1);
    auto* layout = scrollingPage(this);
    layout->addLayout(top);
    layout->addLayout(global, 3);
    layout->addLayout(row, 2);

    connect(m_bars, &QRadioButton::toggled, this, [this](bool bars) {
        m_summary->setMode(bars ? ShapSummaryPlot::Mode::Bars : ShapSummaryPlot::Mode::Beeswarm);
    });
    connect(m_feature, &QComboBox::currentTextChanged, this, &ExplanationView::showDependence);
    connect(m_class, &QComboBox::activated, this, [this] { compute(); });
    connect(m_rows->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { explainRow(m_rowsModel->heldOutIndex(current.row())); });
    setRun(std::nullopt);
}

QString ExplanationView::status() const { return m_status->text(); }

void ExplanationView::exported(const QString& path, const QString& error)
{
    if (!error.isEmpty())
        emit errorOccurred(error);
    else
        emit message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void ExplanationView::setRun(const std::optional<RunRecord>& run)
{
    if (run && m_run && run->id == m_run->id && run->status == m_run->status && (m_explanation || m_pending))
        return;
    m_runner->dropAll();
    m_rowRunner->dropAll();
    m_run = run;
    m_explanation.reset();
    m_row.reset();
    m_predictions.reset();
    m_rowsModel->setPredictions(nullptr);
    m_summary->setData({}, {}, {}, {}, {}, 0);
    m_dependence->setSeries(std::vector<FigurePlot::Series>{});
    m_waterfall->clear();
    m_rowValues->clear();
    m_class->clear();
    m_class->setEnabled(false);
    m_pending = run && run->status == RunStatus::Finished;
    if (!run)
        m_status->setText(tr("Choose a run to explain its model."));
    else if (run->status != RunStatus::Finished)
        m_status->setText(tr("The explanations are shown once the run has finished."));
    else {
        m_class->addItems(run->setup.schema.task == Task::Multiclass ? run->setup.schema.classes : QStringList{});
        m_class->setEnabled(m_class->count() > 1);
        m_status->setText(tr("SHAP values are computed when this tab is shown."));
        if (m_active)
            compute();
    }
}

void ExplanationView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_active = true;
    if (m_pending)
        compute();
}

void ExplanationView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_active = false;
}

void ExplanationView::compute()
{
    if (!m_run)
        return;
    m_pending = false;
    const QString className = m_class->currentText();
    const QString key = u"%1/%2"_s.arg(m_run->id).arg(className);
    if (const auto cached = m_cache.value(key); cached && m_predictions) {
        m_explanation = cached;
        showExplanation();
        return;
    }
    m_status->setText(tr("Computing SHAP values of run %1…").arg(m_run->id));
    const qint64 runId = m_run->id;
    using Computed = std::pair<std::shared_ptr<const HeldOutPredictions>, std::shared_ptr<const Explanation>>;
    m_runner->run(tr("Explaining run %1").arg(runId),
                  [directory = m_workspace->directory(), run = *m_run, className](JobControl& control) -> Result<Computed> {
                      auto workspace = Workspace::connect(directory, Workspace::Access::ReadIfLocked);
                      if (!workspace)
                          return workspace.error();
                      auto predictions = loadHeldOutPredictions(*workspace, run, control);
                      if (!predictions)
                          return predictions.error();
                      ExplainOptions options;
                      options.interactions = true;
                      options.className = className;
                      auto explanation = explainRun(*workspace, run, *predictions, options, &control);
                      if (!explanation)
                          return explanation.error();
                      return Computed(std::make_shared<const HeldOutPredictions>(std::move(*predictions)),
                                      std::make_shared<const Explanation>(std::move(*explanation)));
                  },
                  [this, runId, key](const Result<Computed>& computed) {
                      if (!m_run || m_run->id != runId)
                          return;
                      if (!computed) {
                          m_status->setText(computed.error().isCancelled() ? tr("Cancelled.") : computed.error().message);
                          emit explained(runId);
                          return;
                      }
                      if (!m_predictions) {
                          m_predictions = computed->first;
                          m_rowsModel->setPredictions(m_predictions);
                          m_rows->resizeColumnsToContents();
                      }
                      m_explanation = computed->second;
                      m_cache.insert(key, m_explanation);
                      showExplanation();
                  });
}

void ExplanationView::showExplanation()
{
    const Explanation& e = *m_explanation;
    m_status->setText(tr("Exact TreeSHAP values of %L1 of %L2 held-out rows (a seeded sample), on the model's margin "
                         "scale; base value %3.")
                          .arg(qlonglong(e.sample.size()))
                          .arg(qlonglong(e.heldOutRows))
                          .arg(QString::number(e.baseValue, 'g', 4)) +
                      (e.cached ? u" "_s + tr("Read from the explanation stored with the run.") : QString()));
    std::vector<int> order = e.ranking();
    m_summary->setData(e.features, order, e.meanAbsolute, e.contributions, e.values, e.sample.size());
    const QString before = m_feature->currentText();
    {
        const QSignalBlocker blocker(m_feature);
        m_feature->clear();
        for (int f : order)
            m_feature->addItem(e.features.value(f));
    }
    m_feature->setCurrentIndex(std::max<int>(0, m_feature->findText(before)));
    showDependence(m_feature->currentText());
    emit explained(m_run->id);
}

void ExplanationView::showDependence(const QString& name)
{
    if (!m_explanation || !m_run)
        return;
    const Explanation& e = *m_explanation;
    const qsizetype f = e.features.indexOf(name);
    if (f < 0)
        return;
    if (m_feature->currentText() != name) {
        const QSignalBlocker blocker(m_feature);
        m_feature->setCurrentIndex(m_feature->findText(name));
    }
    const std::size_t features = std::size_t(e.features.size());
    const int partner = std::size_t(f) < e.strongestPartner.size() ? e.strongestPartner[std::size_t(f)] : -1;
    FigurePlot::Series points{FigurePlot::Series::Kind::Points, name, QColor(40, 110, 190), {}, {}, {}, false};
    float low = INFINITY, high = -INFINITY;
    if (partner >= 0) {
        for (std::size_t r = 0; r < e.sample.size(); ++r) {
            const float v = e.values[r * features + std::size_t(partner)];
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
    }
    for (std::size_t r = 0; r < e.sample.size(); ++r) {
        points.x.push_back(e.values[r * features + std::size_t(f)]);
        points.y.push_back(e.contributions[r * features + std::size_t(f)]);
        if (partner >= 0) {
            const float v = e.values[r * features + std::size_t(partner)];
            points.shade.push_back(std::isfinite(v) && high > low ? (v - low) / (high - low) : (std::isfinite(v) ? 0.5f : NAN));
        }
    }
    const QList<FeatureColumn>& columns = m_run->setup.schema.features;
    const FeatureColumn* column = f < columns.size() && columns[f].name == name ? &columns[f] : nullptr;
    m_dependence->setXCategories(column && column->categorical ? column->categories : QStringList());
    m_dependence->setTitle(partner >= 0 ? tr("Dependence of %1 · coloured by %2").arg(name, e.features.value(partner))
                                        : tr("Dependence of %1").arg(name));
    m_dependence->setShadeLegend(partner >= 0 ? e.features.value(partner) : QString());
    m_dependence->setAxisTitles(column && column->categorical ? tr("%1 (category)").arg(name) : name, tr("SHAP value of %1").arg(name));
    m_dependence->setSeries(std::move(points));
}

void ExplanationView::explainRow(qint64 heldOutIndex)
{
    if (!m_run || !m_predictions || heldOutIndex < 0)
        return;
    const qint64 runId = m_run->id;
    m_rowRunner->run({},
                     [directory = m_workspace->directory(), run = *m_run, predictions = m_predictions, heldOutIndex,
                      className = m_class->currentText()](JobControl&) -> Result<RowExplanation> {
                         auto workspace = Workspace::connect(directory, Workspace::Access::ReadIfLocked);
                         if (!workspace)
                             return workspace.error();
                         return explainHeldOutRow(*workspace, run, *predictions, heldOutIndex, className);
                     },
                     [this, runId](const Result<RowExplanation>& row) {
                         if (!m_run || m_run->id != runId || !m_explanation)
                             return;
                         if (!row) {
                             emit errorOccurred(row.error().message);
                             return;
                         }
                         m_row = *row;
                         const Explanation& e = *m_explanation;
                         QStringList labels, values;
                         for (qsizetype f = 0; f < e.features.size(); ++f) {
                             labels << u"%1 = %2"_s.arg(e.features[f], m_row->values.value(f));
                             values << u"<b>%1</b> %2"_s.arg(e.features[f].toHtmlEscaped(), m_row->values.value(f).toHtmlEscaped());
                         }
                         const QString outcome = tr("→ prediction %1").arg(QString::number(m_row->prediction, 'g', 4));
                         m_waterfall->setTitle(tr("Held-out row %1 (dataset row %2)").arg(m_row->index).arg(m_row->datasetRow));
                         m_waterfall->setData(e.baseValue, labels, m_row->contributions, outcome);
                         m_rowValues->setText(values.join(u" · "_s));
                         emit rowExplained(m_row->index);
                     });
}

} // namespace grove
