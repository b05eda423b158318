#include "ui/evaluate/CompareEvaluation.h"

#include "core/store/Workspace.h"
#include "ui/charts/FigurePlot.h"
#include "ui/charts/ExportActions.h"
#include "ui/common/ScrollingPage.h"
#include "ui/common/TaskRunner.h"
#include "ui/evaluate/BinaryPane.h"
#include "ui/workspace/WorkspaceController.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace grove {

CompareEvaluation::CompareEvaluation(WorkspaceController* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_runner(new TaskRunner(TaskRunner::Mode::LatestWins, this))
{
    setObjectName(u"compareEvaluation"_s);
    const auto report = [this](const QString& path, const QString& error) { emit exported(path, error); };
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto plot = [&](const QString& name, const QString& title, const QString& x, const QString& y) {
        auto* p = new FigurePlot(this);
        p->setObjectName(name);
        p->setTitle(title);
        p->setAxisTitles(x, y);
        p->setRanges(std::pair(0.0, 1.0), std::pair(0.0, 1.02));
        p->setLegendVisible(true);
        p->setEmptyMessage(tr("Curves are drawn for binary runs."));
        addPlotExportActions(p, u"comparison-"_s + name, report);
        return p;
    };
    m_roc = plot(u"roc"_s, tr("ROC curves"), tr("False positive rate"), tr("True positive rate"));
    m_roc->setDiagonal(true);
    m_pr = plot(u"precisionRecall"_s, tr("Precision–recall curves"), tr("Recall"), tr("Precision"));
    m_calibration = plot(u"calibration"_s, tr("Calibration"), tr("Mean predicted probability"), tr("Share of positives"));
    m_calibration->setDiagonal(true);
    m_column = new QComboBox(this);
    m_column->setObjectName(u"compareSliceColumn"_s);
    m_bins = new QSpinBox(this);
    m_bins->setRange(2, 20);
    m_bins->setValue(5);
    m_slices = new QTableWidget(this);
    m_slices->setObjectName(u"compareSlices"_s);
    m_slices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    addTableExportAction(m_slices, u"comparison-slices"_s, report);

    auto* curves = new QHBoxLayout;
    for (FigurePlot* p : plots())
        curves->addWidget(p);
    auto* sliceControls = new QHBoxLayout;
    sliceControls->addWidget(new QLabel(tr("Slices side by side, by:"), this));
    sliceControls->addWidget(m_column, 1);
    sliceControls->addWidget(new QLabel(tr("Bins:"), this));
    sliceControls->addWidget(m_bins);
    auto* layout = scrollingPage(this);
    layout->addWidget(m_note);
    layout->addLayout(curves, 3);
    layout->addLayout(sliceControls);
    layout->addWidget(m_slices, 2);
    connect(m_column, &QComboBox::currentIndexChanged, this, &CompareEvaluation::compute);
    connect(m_bins, &QSpinBox::valueChanged, this, &CompareEvaluation::compute);
}

QList<FigurePlot*> CompareEvaluation::plots() const { return {m_roc, m_pr, m_calibration}; }

void CompareEvaluation::setRuns(const QList<RunRecord>& runs)
{
    m_runs = runs;
    m_stale = true;
    if (isVisible())
        compute();
}

void CompareEvaluation::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        compute();
}

void CompareEvaluation::sliceBy(const QString& column) { m_column->setCurrentIndex(std::max<int>(0, m_column->findText(column))); }

void CompareEvaluation::compute()
{
    m_stale = false;
    if (m_runs.isEmpty()) {
        m_runner->dropAll();
        m_comparison.reset();
        m_note->setText(tr("Select runs to compare their evaluations."));
        for (FigurePlot* p : plots())
            p->setSeries(std::vector<FigurePlot::Series>{});
        m_slices->setRowCount(0);
        return;
    }
    m_note->setText(tr("Evaluating %n run(s)…", nullptr, int(m_runs.size())));
    const QString column = m_column->currentIndex() > 0 ? m_column->currentText() : QString();
    m_runner->run(tr("Evaluating the compared runs"),
                  [directory = m_workspace->directory(), runs = m_runs, column, bins = m_bins->value()](JobControl& control)
                      -> Result<EvaluationComparison> {
                      auto workspace = Workspace::connect(directory, Workspace::Access::ReadIfLocked);
                      if (!workspace)
                          return workspace.error();
                      return compareEvaluations(*workspace, runs, column, bins, control);
                  },
                  [this](const Result<EvaluationComparison>& comparison) { show(comparison); });
}

void CompareEvaluation::show(const Result<EvaluationComparison>& comparison)
{
    if (!comparison) {
        m_note->setText(comparison.error().message);
        emit compared();
        return;
    }
    m_comparison = *comparison;
    const EvaluationComparison& c = *m_comparison;
    const QString before = m_column->currentText();
    {
        const QSignalBlocker blocker(m_column);
        m_column->clear();
        m_column->addItem(tr("(choose a column)"));
        m_column->addItems(c.columns);
        m_column->setCurrentIndex(std::max<int>(0, m_column->findText(before)));
    }
    QStringList notes;
    int evaluated = 0;
    for (const EvaluatedRun& r : c.runs) {
        if (r.evaluation)
            ++evaluated;
        else
            notes << tr("Run %1: %2").arg(r.run.id).arg(r.problem);
    }
    notes.prepend(c.sameRows ? tr("All %n evaluated run(s) were scored on the same held-out rows of the same data.", nullptr, evaluated)
                             : tr("<b>These runs were scored on different rows</b> (other held-out rows, folds or "
                                  "data): part of the differences below comes from the rows, not the models."));
    m_note->setText(notes.join(u"<br>"_s));

    std::vector<FigurePlot::Series> roc, pr, calibration;
    const int count = int(c.runs.size());
    for (int i = 0; i < count; ++i) {
        const EvaluatedRun& r = c.runs[std::size_t(i)];
        if (!r.evaluation || !r.evaluation->binary)
            continue;
        const BinaryEvaluation& b = *r.evaluation->binary;
        const QColor color = seriesColor(i, count);
        const QString name = tr("run %1").arg(r.run.id);
        FigurePlot::Series rocLine{FigurePlot::Series::Kind::Line, u"%1 · %2"_s.arg(name, figureText(b.auc, 3)), color, {0.0}, {0.0}, {}, false};
        FigurePlot::Series prLine{FigurePlot::Series::Kind::Line, u"%1 · %2"_s.arg(name, figureText(b.averagePrecision, 3)), color, {}, {}, {}, false};
        const ThresholdCurve& curve = b.curve;
        for (std::size_t k = 0; k < curve.cuts(); ++k) {
            const double tp = double(curve.truePositives(k)), fp = double(curve.falsePositives(k));
            rocLine.x.push_back(curve.negatives() ? fp / double(curve.negatives()) : NAN);
            rocLine.y.push_back(curve.positives() ? tp / double(curve.positives()) : NAN);
            prLine.x.push_back(curve.positives() ? tp / double(curve.positives()) : NAN);
            prLine.y.push_back(tp + fp > 0 ? tp / (tp + fp) : NAN);
        }
        FigurePlot::Series calibrationLine{FigurePlot::Series::Kind::Line, u"%1 · ECE %2"_s.arg(name, figureText(b.expectedCalibrationError, 3)),
                                           color, {}, {}, {}, false};
        for (const CalibrationBin& bin : b.calibration) {
            if (bin.rows == 0)
                continue;
            calibrationLine.x.push_back(bin.meanScore);
            calibrationLine.y.push_back(bin.positiveRate);
        }
        roc.push_back(std::move(rocLine));
        pr.push_back(std::move(prLine));
        calibration.push_back(std::move(calibrationLine));
    }
    m_roc->setSeries(std::move(roc));
    m_pr->setSeries(std::move(pr));
    m_calibration->setSeries(std::move(calibration));
    fillSlices();
    emit compared();
}

void CompareEvaluation::fillSlices()
{
    m_slices->clear();
    m_slices->setRowCount(0);
    m_slices->setColumnCount(0);
    if (!m_comparison)
        return;
    // Slices as rows (in the order first met), runs as columns: each run's key figure.
    QStringList slices{tr("All rows")}, runs;
    std::vector<const EvaluatedRun*> sliced;
    for (const EvaluatedRun& r : m_comparison->runs) {
        if (!r.slices)
            continue;
        sliced.push_back(&r);
        runs << tr("Run %1 · %2").arg(r.run.id).arg(r.slices->keyFigure);
        for (const SliceFigures& f : r.slices->slices)
            if (!slices.contains(f.name))
                slices << f.name;
    }
    if (sliced.empty())
        return;
    m_slices->setRowCount(int(slices.size()));
    m_slices->setColumnCount(int(runs.size()));
    m_slices->setHorizontalHeaderLabels(runs);
    m_slices->setVerticalHeaderLabels(slices);
    for (int c = 0; c < int(sliced.size()); ++c) {
        const SliceReport& report = *sliced[std::size_t(c)]->slices;
        auto figure = [&](const SliceFigures& f) -> const std::optional<Interval>& {
            return report.keyFigure == u"auc"_s ? f.auc : report.keyFigure == u"rmse"_s ? f.rmse : f.accuracy;
        };
        auto put = [&](int row, const SliceFigures& f) {
            const std::optional<Interval>& value = figure(f);
            auto* item = value ? figureItem(u"%1  [%2, %3] · %L4 rows"_s.arg(figureText(value->value, 3), figureText(value->low, 3),
                                                                             figureText(value->high, 3))
                                                .arg(qlonglong(f.rows)),
                                            value->value)
                               : figureItem(tr("–"));
            if (f.worse)
                item->setBackground(QColor(248, 215, 205));
            m_slices->setItem(row, c, item);
        };
        put(0, report.whole);
        for (const SliceFigures& f : report.slices)
            put(int(slices.indexOf(f.name)), f);
    }
    m_slices->resizeColumnsToContents();
}

} // namespace grove
