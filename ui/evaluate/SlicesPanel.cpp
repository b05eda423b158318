#include "ui/evaluate/SlicesPanel.h"

#include "core/services/RunEvaluation.h"
#include "core/store/Workspace.h"
#include "ui/charts/ExportActions.h"
#include "ui/common/TaskRunner.h"
#include "ui/evaluate/BinaryPane.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace grove {

SlicesPanel::SlicesPanel(QWidget* parent) : QWidget(parent), m_runner(new TaskRunner(TaskRunner::Mode::LatestWins, this))
{
    setObjectName(u"slices"_s);
    m_column = new QComboBox(this);
    m_column->setObjectName(u"sliceColumn"_s);
    m_column->setMinimumContentsLength(14);
    m_column->setToolTip(tr("Any column of the data the run was scored on, a feature or not."));
    m_bins = new QSpinBox(this);
    m_bins->setRange(2, 20);
    m_bins->setValue(5);
    m_bins->setToolTip(tr("A numeric column is cut into this many quantile bins."));
    m_margin = new QDoubleSpinBox(this);
    m_margin->setRange(0, 1);
    m_margin->setDecimals(3);
    m_margin->setSingleStep(0.01);
    m_margin->setValue(0.05);
    m_margin->setToolTip(tr("A slice is highlighted when its AUC or accuracy is lower than all rows' by more than this, or "
                            "its RMSE higher by more than this share."));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(u"sliceTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
    m_table->setMinimumHeight(180);
    addTableExportAction(m_table, u"slices"_s, [this](const QString& path, const QString& error) { emit exported(path, error); });

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Slice by:"), this));
    controls->addWidget(m_column, 1);
    controls->addWidget(new QLabel(tr("Bins:"), this));
    controls->addWidget(m_bins);
    controls->addWidget(new QLabel(tr("Flag when worse by:"), this));
    controls->addWidget(m_margin);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_column, &QComboBox::currentIndexChanged, this, &SlicesPanel::compute);
    connect(m_bins, &QSpinBox::valueChanged, this, &SlicesPanel::compute);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, &SlicesPanel::compute);
}

bool SlicesPanel::isIdle() const { return m_runner->isIdle(); }

void SlicesPanel::setRun(const QString& workspaceDirectory, const std::optional<RunRecord>& run,
                         std::shared_ptr<const HeldOutPredictions> predictions, const QStringList& columns)
{
    m_runner->dropAll();
    m_directory = workspaceDirectory;
    m_run = run;
    m_predictions = std::move(predictions);
    m_report.reset();
    const QString before = m_column->currentText();
    {
        const QSignalBlocker blocker(m_column);
        m_column->clear();
        m_column->addItem(tr("(choose a column)"));
        m_column->addItems(columns);
        m_column->setCurrentIndex(std::max<int>(0, m_column->findText(before)));
    }
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_status->setText(m_run ? tr("Choose a column to see how the model does on each of its slices.") : QString());
    if (m_column->currentIndex() > 0)
        compute();
}

void SlicesPanel::sliceBy(const QString& column) { m_column->setCurrentIndex(std::max<int>(0, m_column->findText(column))); }

void SlicesPanel::compute()
{
    if (!m_run || !m_predictions || m_column->currentIndex() <= 0)
        return;
    m_status->setText(tr("Computing the slices of %1…").arg(m_column->currentText()));
    SliceOptions options;
    options.decisions = m_decision;
    options.margin = m_margin->value();
    m_runner->run({}, [directory = m_directory, run = *m_run, predictions = m_predictions, column = m_column->currentText(),
                       bins = m_bins->value(), options](JobControl&) -> Result<SliceReport> {
        auto workspace = Workspace::connect(directory, Workspace::Access::ReadIfLocked);
        if (!workspace)
            return workspace.error();
        auto keys = sliceKeys(*workspace, run, *predictions, column, bins);
        if (!keys)
            return keys.error();
        return evaluateSlices(*predictions, *keys, options);
    }, [this](const Result<SliceReport>& report) { show(report); });
}

void SlicesPanel::show(const Result<SliceReport>& report)
{
    if (!report) {
        m_report.reset();
        m_table->setRowCount(0);
        m_status->setText(report.error().message);
        emit computed();
        return;
    }
    m_report = *report;
    const SliceReport& r = *m_report;
    QStringList header{tr("Rows")};
    const bool binary = r.whole.precision.has_value(), regression = r.whole.rmse.has_value();
    if (binary)
        header << tr("AUC") << tr("Accuracy") << tr("Precision") << tr("Recall");
    else if (regression)
        header << tr("RMSE") << tr("MAE");
    else
        header << tr("Accuracy");
    m_table->clear();
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(int(r.slices.size()) + 1);
    QStringList names{tr("All rows")};
    auto interval = [](const std::optional<Interval>& i) {
        if (!i)
            return figureItem(tr("–"));
        return figureItem(u"%1  [%2, %3]"_s.arg(figureText(i->value, 3), figureText(i->low, 3), figureText(i->high, 3)), i->value);
    };
    auto fill = [&](int row, const SliceFigures& f) {
        m_table->setItem(row, 0, figureItem(QLocale().toString(qlonglong(f.rows)), qlonglong(f.rows)));
        QList<QTableWidgetItem*> items;
        if (binary)
            items << interval(f.auc) << interval(f.accuracy) << interval(f.precision) << interval(f.recall);
        else if (regression)
            items << interval(f.rmse) << (f.mae ? figureItem(figureText(*f.mae, 4), *f.mae) : figureItem(tr("–")));
        else
            items << interval(f.accuracy);
        for (int c = 0; c < items.size(); ++c)
            m_table->setItem(row, c + 1, items[c]);
        if (f.worse) {
            for (int c = 0; c < m_table->columnCount(); ++c) {
                m_table->item(row, c)->setBackground(QColor(248, 215, 205));
                m_table->item(row, c)->setForeground(QColor(120, 20, 10));
                m_table->item(row, c)->setToolTip(tr("Worse than all rows by more than the margin."));
            }
        }
    };
    fill(0, r.whole);
    int flagged = 0;
    for (int i = 0; i < int(r.slices.size()); ++i) {
        names << r.slices[std::size_t(i)].name;
        fill(i + 1, r.slices[std::size_t(i)]);
        flagged += r.slices[std::size_t(i)].worse ? 1 : 0;
    }
    m_table->setVerticalHeaderLabels(names);
    m_table->resizeColumnsToContents();
    QString status = tr("%n slice(s) of %1; 95 % intervals in brackets (Wilson for rates, bootstrap for AUC and RMSE).",
                        nullptr, int(r.slices.size()))
                         .arg(r.keys.column);
    if (flagged > 0)
        status += u" "_s + tr("%n slice(s) worse than all rows by more than %1 are highlighted.", nullptr, flagged).arg(r.margin);
    if (r.keys.grouped)
        status += u" "_s + tr("The column has %1 categories here; the rarest are together as \"other\".").arg(r.keys.distinct);
    m_status->setText(status);
    emit computed();
}

} // namespace grove
