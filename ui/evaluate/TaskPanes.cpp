#include "ui/evaluate/TaskPanes.h"

#include "ui/charts/FigurePlot.h"
#include "ui/charts/ExportActions.h"
#include "ui/evaluate/BinaryPane.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

FigurePlot* makePlot(QWidget* owner, const QString& name, const QString& title, const QString& x, const QString& y,
                     const std::function<void(const QString&, const QString&)>& report)
{
    auto* plot = new FigurePlot(owner);
    plot->setObjectName(name);
    plot->setTitle(title);
    plot->setAxisTitles(x, y);
    plot->setMinimumSize(320, 260);
    addPlotExportActions(plot, name, report);
    return plot;
}

} // namespace

MulticlassPane::MulticlassPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"multiclassEvaluation"_s);
    const auto report = [this](const QString& path, const QString& error) { emit exported(path, error); };
    m_normalised = new QCheckBox(tr("Shares of each true class (rows sum to 100 %)"), this);
    m_matrix = new QTableWidget(this);
    m_matrix->setObjectName(u"confusionMatrix"_s);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setToolTip(tr("Rows are the true classes, columns the predicted ones."));
    addTableExportAction(m_matrix, u"confusion-matrix"_s, report);
    m_classes = new QTableWidget(0, 5, this);
    m_classes->setObjectName(u"perClass"_s);
    m_classes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classes->setHorizontalHeaderLabels({tr("Support"), tr("Precision"), tr("Recall"), tr("F1"), tr("AUC (one vs rest)")});
    addTableExportAction(m_classes, u"per-class"_s, report);
    m_roc = makePlot(this, u"rocOneVsRest"_s, tr("ROC curves, one class against the rest"), tr("False positive rate"),
                     tr("True positive rate"), report);
    m_roc->setRanges(std::pair(0.0, 1.0), std::pair(0.0, 1.0));
    m_roc->setDiagonal(true);
    m_roc->setLegendVisible(true);

    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Confusion matrix</b>"), this));
    left->addWidget(m_normalised);
    left->addWidget(m_matrix, 1);
    left->addWidget(new QLabel(tr("<b>Per class</b>"), this));
    left->addWidget(m_classes, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addWidget(m_roc, 2);
    connect(m_normalised, &QCheckBox::toggled, this, &MulticlassPane::fillMatrix);
}

void MulticlassPane::setNormalised(bool byRow) { m_normalised->setChecked(byRow); }

void MulticlassPane::setEvaluation(std::shared_ptr<const MulticlassEvaluation> evaluation)
{
    m_evaluation = std::move(evaluation);
    const MulticlassEvaluation& e = *m_evaluation;
    fillMatrix();
    QStringList names;
    for (const ClassFigures& c : e.perClass)
        names << c.label;
    names << tr("Macro average") << tr("Weighted average") << tr("Accuracy");
    m_classes->setRowCount(int(names.size()));
    m_classes->setVerticalHeaderLabels(names);
    for (int k = 0; k < int(e.perClass.size()); ++k) {
        const ClassFigures& c = e.perClass[std::size_t(k)];
        m_classes->setItem(k, 0, figureItem(QLocale().toString(qlonglong(c.support)), qlonglong(c.support)));
        const double values[] = {c.precision, c.recall, c.f1, c.auc};
        for (int v = 0; v < 4; ++v)
            m_classes->setItem(k, v + 1, figureItem(figureText(values[v]), values[v]));
    }
    const int macro = int(e.perClass.size());
    const double averages[2][3] = {{e.macroPrecision, e.macroRecall, e.macroF1}, {e.weightedPrecision, e.weightedRecall, e.weightedF1}};
    for (int a = 0; a < 2; ++a) {
        m_classes->setItem(macro + a, 0, figureItem(QLocale().toString(qlonglong(e.rows)), qlonglong(e.rows)));
        for (int v = 0; v < 3; ++v)
            m_classes->setItem(macro + a, v + 1, figureItem(figureText(averages[a][v]), averages[a][v]));
    }
    m_classes->setItem(macro + 2, 0, figureItem(QLocale().toString(qlonglong(e.rows)), qlonglong(e.rows)));
    m_classes->setItem(macro + 2, 3, figureItem(figureText(e.accuracy), e.accuracy));
    m_classes->resizeColumnsToContents();

    std::vector<FigurePlot::Series> curves;
    for (int k = 0; k < int(e.oneVsRest.size()); ++k) {
        const ThresholdCurve& curve = e.oneVsRest[std::size_t(k)];
        FigurePlot::Series s{FigurePlot::Series::Kind::Line,
                             u"%1 · %2"_s.arg(e.perClass[std::size_t(k)].label, figureText(e.perClass[std::size_t(k)].auc, 3)),
                             seriesColor(k, int(e.oneVsRest.size())), {0.0}, {0.0}, {}, false};
        for (std::size_t i = 0; i < curve.cuts(); ++i) {
            s.x.push_back(curve.negatives() ? double(curve.falsePositives(i)) / double(curve.negatives()) : NAN);
            s.y.push_back(curve.positives() ? double(curve.truePositives(i)) / double(curve.positives()) : NAN);
        }
        curves.push_back(std::move(s));
    }
    m_roc->setSeries(std::move(curves));
}

void MulticlassPane::fillMatrix()
{
    if (!m_evaluation)
        return;
    const MulticlassEvaluation& e = *m_evaluation;
    const int k = e.classes;
    QStringList predicted, actual;
    for (const ClassFigures& c : e.perClass) {
        predicted << tr("Predicted %1").arg(c.label);
        actual << tr("Actual %1").arg(c.label);
    }
    m_matrix->setRowCount(k);
    m_matrix->setColumnCount(k);
    m_matrix->setHorizontalHeaderLabels(predicted);
    m_matrix->setVerticalHeaderLabels(actual);
    const bool shares = m_normalised->isChecked();
    for (int r = 0; r < k; ++r) {
        double total = 0;
        for (int c = 0; c < k; ++c)
            total += double(e.confusion[std::size_t(r * k + c)]);
        for (int c = 0; c < k; ++c) {
            const std::int64_t n = e.confusion[std::size_t(r * k + c)];
            const double share = total > 0 ? double(n) / total : 0.0;
            auto* item = shares ? figureItem(u"%1 %"_s.arg(figureText(100.0 * share, 1)), share)
                                : figureItem(QLocale().toString(qlonglong(n)), qlonglong(n));
            item->setTextAlignment(Qt::AlignCenter);
            // Darker where a larger share of the true class lands.
            const QColor base = r == c ? QColor(60, 150, 80) : QColor(200, 80, 60);
            QColor fill = base;
            fill.setAlphaF(float(0.08 + 0.7 * share));
            item->setBackground(fill);
            m_matrix->setItem(r, c, item);
        }
    }
    m_matrix->resizeColumnsToContents();
}

RegressionPane::RegressionPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"regressionEvaluation"_s);
    const auto report = [this](const QString& path, const QString& error) { emit exported(path, error); };
    m_figures = figureTable(10, 1, {tr("Value")}, this);
    m_figures->setObjectName(u"regressionFigures"_s);
    m_figures->setVerticalHeaderLabels({tr("RMSE"), tr("MAE"), tr("R²"), tr("Mean error (predicted − actual)"),
                                        tr("Absolute error, median"), tr("Absolute error, 90 %"), tr("Absolute error, 95 %"),
                                        tr("Absolute error, 99 %"), tr("Absolute error, largest"), tr("Rows")});
    addTableExportAction(m_figures, u"regression-figures"_s, report);
    m_actual = makePlot(this, u"predictedActual"_s, tr("Predicted against actual"), tr("Actual"), tr("Predicted"), report);
    m_actual->setDiagonal(true);
    m_histogram = makePlot(this, u"residualHistogram"_s, tr("Residuals (predicted − actual)"), tr("Residual"), tr("Rows"), report);
    m_residuals = makePlot(this, u"residuals"_s, tr("Residuals against the prediction"), tr("Predicted"), tr("Residual"), report);
    m_residuals->setHorizontalLine(0.0);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Figures</b>"), this));
    left->addWidget(m_figures);
    left->addStretch(1);
    auto* charts = new QGridLayout;
    charts->addWidget(m_actual, 0, 0);
    charts->addWidget(m_histogram, 0, 1);
    charts->addWidget(m_residuals, 1, 0);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 0);
    layout->addLayout(charts, 1);
}

void RegressionPane::setEvaluation(std::shared_ptr<const RegressionEvaluation> evaluation,
                                   std::shared_ptr<const HeldOutPredictions> predictions)
{
    const RegressionEvaluation& e = *evaluation;
    const double values[] = {e.rmse, e.mae, e.r2, e.meanError, e.absoluteErrorQuantiles[0], e.absoluteErrorQuantiles[1],
                             e.absoluteErrorQuantiles[2], e.absoluteErrorQuantiles[3], e.absoluteErrorQuantiles[4], double(e.rows)};
    for (int i = 0; i < 10; ++i)
        m_figures->setItem(i, 0, figureItem(i == 9 ? QLocale().toString(qlonglong(e.rows)) : QString::number(values[i], 'g', 6), values[i]));
    m_figures->resizeColumnsToContents();

    const QColor color(40, 110, 190);
    FigurePlot::Series actual{FigurePlot::Series::Kind::Points, tr("held-out rows"), color, {}, {}, {}, false};
    FigurePlot::Series residuals = actual;
    const std::size_t n = predictions->size();
    actual.x.reserve(n);
    actual.y.reserve(n);
    residuals.x.reserve(n);
    residuals.y.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double truth = predictions->labels[i], predicted = predictions->scores[i];
        actual.x.push_back(truth);
        actual.y.push_back(predicted);
        residuals.x.push_back(predicted);
        residuals.y.push_back(predicted - truth);
    }
    m_actual->setTitle(n > FigurePlot::kDensityPoints ? tr("Predicted against actual (density of %L1 rows)").arg(qlonglong(n))
                                                      : tr("Predicted against actual"));
    m_actual->setSeries(std::move(actual));
    m_residuals->setSeries(std::move(residuals));
    FigurePlot::Series histogram{FigurePlot::Series::Kind::Bars, tr("rows"), color, {}, {}, {}, false};
    const std::size_t bins = e.residualHistogram.size();
    for (std::size_t b = 0; b <= bins; ++b)
        histogram.x.push_back(e.residualFrom + (e.residualTo - e.residualFrom) * double(b) / double(std::max<std::size_t>(1, bins)));
    for (std::int64_t count : e.residualHistogram)
        histogram.y.push_back(double(count));
    m_histogram->setSeries(std::move(histogram));
}

} // namespace grove
