#include "ui/evaluate/BinaryPane.h"

#include "ui/charts/FigurePlot.h"
#include "ui/charts/ExportActions.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr int kSliderSteps = 1000;
const QColor kCurveColor(40, 110, 190);
const QColor kNegativeColor(90, 90, 200);
const QColor kPositiveColor(220, 110, 40);

double ratio(double a, double b) { return b > 0 ? a / b : NAN; }

} // namespace

QTableWidgetItem* figureItem(const QString& text, const QVariant& exact)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (exact.isValid())
        item->setData(Qt::UserRole, exact);
    return item;
}

QString figureText(double value, int digits)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', digits) : BinaryPane::tr("–");
}

QTableWidget* figureTable(int rows, int columns, const QStringList& header, QWidget* parent)
{
    auto* table = new QTableWidget(rows, columns, parent);
    table->setHorizontalHeaderLabels(header);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

BinaryPane::BinaryPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"binaryEvaluation"_s);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, kSliderSteps);
    m_slider->setObjectName(u"thresholdSlider"_s);
    m_slider->setToolTip(tr("A row is predicted positive when its score is at least the threshold. Drag a point on the "
                            "ROC or precision-recall curve to choose one there."));
    m_thresholdBox = new QDoubleSpinBox(this);
    m_thresholdBox->setRange(0, 1);
    m_thresholdBox->setDecimals(6);
    m_thresholdBox->setSingleStep(0.01);
    m_thresholdBox->setObjectName(u"thresholdBox"_s);
    m_costFp = new QDoubleSpinBox(this);
    m_costFn = new QDoubleSpinBox(this);
    for (QDoubleSpinBox* cost : {m_costFp, m_costFn}) {
        cost->setRange(0, 1e6);
        cost->setDecimals(2);
        cost->setValue(1);
        cost->setMaximumWidth(130);
    }
    m_costFp->setToolTip(tr("What a false positive costs (a negative row predicted positive)."));
    m_costFn->setToolTip(tr("What a false negative costs (a positive row predicted negative)."));
    m_cheapestButton = new QPushButton(tr("Use Cost-Optimal"), this);
    m_cheapestButton->setToolTip(tr("Move the threshold to the one with the least expected cost."));
    m_save = new QPushButton(tr("Save Threshold"), this);
    m_save->setToolTip(tr("Keep this threshold (and the costs) with the run: predict decides classes with it, and an "
                          "export records it in the version's metadata and model card."));
    m_savedLabel = new QLabel(this);
    m_costLabel = new QLabel(this);
    m_costLabel->setWordWrap(true);

    auto* controls = new QGridLayout;
    controls->addWidget(new QLabel(tr("Threshold:"), this), 0, 0);
    controls->addWidget(m_slider, 0, 1, 1, 3);
    controls->addWidget(m_thresholdBox, 0, 4);
    controls->addWidget(m_save, 0, 5);
    controls->addWidget(m_savedLabel, 0, 6);
    controls->addWidget(new QLabel(tr("Cost of a false positive:"), this), 1, 0);
    controls->addWidget(m_costFp, 1, 1);
    controls->addWidget(new QLabel(tr("of a false negative:"), this), 1, 2, Qt::AlignRight);
    controls->addWidget(m_costFn, 1, 3);
    controls->addWidget(m_cheapestButton, 1, 4, 1, 2);
    controls->setColumnStretch(1, 2);
    controls->setColumnStretch(3, 1);
    controls->setColumnStretch(6, 1);

    m_matrix = figureTable(2, 2, {}, this);
    m_matrix->setObjectName(u"confusionMatrix"_s);
    m_matrix->setToolTip(tr("Rows are the true classes, columns the predicted ones, at the threshold."));
    m_figures = figureTable(13, 1, {tr("Value")}, this);
    m_figures->setObjectName(u"binaryFigures"_s);
    m_figures->setVerticalHeaderLabels({tr("Precision"), tr("Recall"), tr("F1"), tr("Accuracy"), tr("Specificity"),
                                        tr("MCC"), tr("Expected cost per row"), tr("ROC AUC"), tr("Average precision"),
                                        tr("Brier score"), tr("Log loss"), tr("Calibration error (ECE)"), tr("Rows")});
    m_figures->setHorizontalHeaderLabels({tr("Value")});
    auto* leftPanel = new QWidget(this);
    leftPanel->setFixedWidth(320);
    auto* left = new QVBoxLayout(leftPanel);
    left->setContentsMargins(0, 0, 0, 0);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    left->addWidget(new QLabel(tr("<b>Confusion at the threshold</b>"), this));
    left->addWidget(m_matrix);
    left->addWidget(m_costLabel);
    left->addWidget(new QLabel(tr("<b>Figures</b>"), this));
    left->addWidget(m_figures);
    left->addStretch(1);

    auto plot = [this](const QString& name, const QString& title, const QString& x, const QString& y) {
        auto* p = new FigurePlot(this);
        p->setObjectName(name);
        p->setTitle(title);
        p->setAxisTitles(x, y);
        p->setMinimumSize(240, 250);
        addPlotExportActions(p, name, [this](const QString& path, const QString& error) { emit exported(path, error); });
        return p;
    };
    m_roc = plot(u"roc"_s, tr("ROC curve"), tr("False positive rate"), tr("True positive rate"));
    m_roc->setRanges(std::pair(0.0, 1.0), std::pair(0.0, 1.0));
    m_roc->setDiagonal(true);
    m_roc->setPickableSeries(0);
    m_pr = plot(u"precisionRecall"_s, tr("Precision–recall curve"), tr("Recall"), tr("Precision"));
    m_pr->setRanges(std::pair(0.0, 1.0), std::pair(0.0, 1.02));
    m_pr->setPickableSeries(0);
    m_calibration = plot(u"calibration"_s, tr("Calibration"), tr("Mean predicted probability"), tr("Share of positives"));
    m_calibration->setRanges(std::pair(0.0, 1.0), std::pair(0.0, 1.0));
    m_calibration->setDiagonal(true);
    m_gain = plot(u"gain"_s, tr("Cumulative gain"), tr("Top rows by score (%)"), tr("Positives found (%)"));
    m_gain->setRanges(std::pair(0.0, 100.0), std::pair(0.0, 100.0));
    m_gain->setDiagonal(true);
    m_lift = plot(u"lift"_s, tr("Lift"), tr("Top rows by score (%)"), tr("Lift over random"));
    m_lift->setHorizontalLine(1.0);
    m_scores = plot(u"scoreDistribution"_s, tr("Scores of each class"), tr("Score"), tr("Share of the class's rows"));
    m_scores->setLegendVisible(true);
    auto* charts = new QGridLayout;
    const QList<FigurePlot*> all = plots();
    for (int i = 0; i < all.size(); ++i)
        charts->addWidget(all[i], i / 3, i % 3);

    auto* body = new QHBoxLayout;
    body->addWidget(leftPanel, 0);
    body->addLayout(charts, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(body, 1);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_updating)
            setThreshold(double(value) / kSliderSteps);
    });
    connect(m_thresholdBox, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (!m_updating)
            setThreshold(value);
    });
    for (QDoubleSpinBox* cost : {m_costFp, m_costFn})
        connect(cost, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                update();
        });
    connect(m_cheapestButton, &QPushButton::clicked, this, &BinaryPane::useCheapest);
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(decision()); });
    for (FigurePlot* curve : {m_roc, m_pr})
        connect(curve, &FigurePlot::picked, this, [this](int, std::size_t index) {
            setThreshold(thresholdOfCut(std::ptrdiff_t(index) - 1));
        });
}

QList<FigurePlot*> BinaryPane::plots() const { return {m_roc, m_pr, m_calibration, m_gain, m_lift, m_scores}; }

void BinaryPane::setEvaluation(std::shared_ptr<const BinaryEvaluation> evaluation, const QStringList& classes,
                               const RunDecision& saved)
{
    m_evaluation = std::move(evaluation);
    m_classes = classes;
    m_saved = saved;
    m_threshold = saved.effectiveThreshold();
    m_updating = true;
    m_costFp->setValue(saved.costFalsePositive);
    m_costFn->setValue(saved.costFalseNegative);
    m_updating = false;
    const QString negative = classes.value(0), positive = classes.value(1);
    m_matrix->setHorizontalHeaderLabels({tr("Predicted %1").arg(negative), tr("Predicted %1").arg(positive)});
    m_matrix->setVerticalHeaderLabels({tr("Actual %1").arg(negative), tr("Actual %1").arg(positive)});
    buildCurves();
    update();
}

void BinaryPane::setSavedDecision(const RunDecision& saved)
{
    m_saved = saved;
    update();
}

double BinaryPane::thresholdOfCut(std::ptrdiff_t cut) const
{
    const ThresholdCurve& curve = m_evaluation->curve;
    if (curve.cuts() == 0)
        return 0.5;
    if (cut < 0) // nothing positive: just above the highest score
        return std::min(1.0, double(std::nextafter(curve.threshold(0), 2.0f)));
    return double(curve.threshold(std::size_t(std::min<std::ptrdiff_t>(cut, std::ptrdiff_t(curve.cuts()) - 1))));
}

void BinaryPane::buildCurves()
{
    const BinaryEvaluation& e = *m_evaluation;
    const ThresholdCurve& curve = e.curve;
    const double positives = double(curve.positives()), negatives = double(curve.negatives());
    // Point 0 is "nothing positive"; point i + 1 is cut i, on both curves.
    FigurePlot::Series roc{FigurePlot::Series::Kind::Line, tr("AUC %1").arg(figureText(e.auc)), kCurveColor, {0.0}, {0.0}, {}, false};
    FigurePlot::Series pr{FigurePlot::Series::Kind::Line, tr("AP %1").arg(figureText(e.averagePrecision)), kCurveColor, {0.0}, {1.0}, {}, false};
    roc.x.reserve(curve.cuts() + 1);
    roc.y.reserve(curve.cuts() + 1);
    pr.x.reserve(curve.cuts() + 1);
    pr.y.reserve(curve.cuts() + 1);
    for (std::size_t i = 0; i < curve.cuts(); ++i) {
        const double tp = double(curve.truePositives(i)), fp = double(curve.falsePositives(i));
        roc.x.push_back(ratio(fp, negatives));
        roc.y.push_back(ratio(tp, positives));
        pr.x.push_back(ratio(tp, positives));
        pr.y.push_back(ratio(tp, tp + fp));
    }
    m_roc->setTitle(tr("ROC · AUC %1").arg(figureText(e.auc)));
    m_pr->setTitle(tr("Precision–recall · AP %1").arg(figureText(e.averagePrecision)));
    const auto readout = [this](int, std::size_t index) {
        const Confusion c = m_evaluation->curve.at(thresholdOfCut(std::ptrdiff_t(index) - 1));
        return tr("threshold %1\nTPR %2 · FPR %3\nprecision %4 · recall %5")
            .arg(QString::number(c.threshold, 'g', 6), figureText(c.recall()),
                 figureText(ratio(double(c.falsePositives), double(c.falsePositives + c.trueNegatives))),
                 figureText(c.precision()), figureText(c.recall()));
    };
    m_roc->setReadout(readout);
    m_pr->setReadout(readout);
    std::vector<FigurePlot::Series> rocSeries;
    rocSeries.push_back(std::move(roc));
    m_roc->setSeries(std::move(rocSeries));
    std::vector<FigurePlot::Series> prSeries;
    prSeries.push_back(std::move(pr));
    m_pr->setSeries(std::move(prSeries));

    FigurePlot::Series calibration{FigurePlot::Series::Kind::Line, tr("model"), kCurveColor, {}, {}, {}, false};
    for (const CalibrationBin& bin : e.calibration) {
        if (bin.rows == 0)
            continue;
        calibration.x.push_back(bin.meanScore);
        calibration.y.push_back(bin.positiveRate);
    }
    FigurePlot::Series calibrationPoints = calibration;
    calibrationPoints.kind = FigurePlot::Series::Kind::Points;
    m_calibration->setTitle(tr("Calibration · ECE %1").arg(figureText(e.expectedCalibrationError, 3)));
    m_calibration->setSeries({std::move(calibration), std::move(calibrationPoints)});
    m_calibration->setReadout([this](int, std::size_t index) {
        std::size_t seen = 0;
        for (const CalibrationBin& bin : m_evaluation->calibration) {
            if (bin.rows == 0)
                continue;
            if (seen++ == index)
                return tr("scores %1–%2: %3 rows\nmean score %4 · positives %5")
                    .arg(figureText(bin.from, 2), figureText(bin.to, 2))
                    .arg(bin.rows)
                    .arg(figureText(bin.meanScore), figureText(bin.positiveRate));
        }
        return QString();
    });

    FigurePlot::Series gain{FigurePlot::Series::Kind::Line, tr("model"), kCurveColor, {0.0}, {0.0}, {}, false};
    FigurePlot::Series lift{FigurePlot::Series::Kind::Line, tr("model"), kCurveColor, {}, {}, {}, false};
    for (std::size_t i = 0; i < e.gain.size(); ++i) {
        const double percent = double(i + 1);
        gain.x.push_back(percent);
        gain.y.push_back(100.0 * e.gain[i]);
        lift.x.push_back(percent);
        lift.y.push_back(e.gain[i] / (percent / 100.0));
    }
    m_gain->setSeries(std::move(gain));
    m_lift->setSeries(std::move(lift));

    std::vector<FigurePlot::Series> scores;
    for (int k = 0; k < 2; ++k) {
        FigurePlot::Series bars{FigurePlot::Series::Kind::Bars, m_classes.value(k), k ? kPositiveColor : kNegativeColor, {}, {}, {}, false};
        const std::vector<std::int64_t>& counts = e.scoreHistogram[k];
        double total = 0;
        for (std::int64_t n : counts)
            total += double(n);
        for (std::size_t b = 0; b <= counts.size(); ++b)
            bars.x.push_back(double(b) / double(counts.size()));
        for (std::int64_t n : counts)
            bars.y.push_back(total > 0 ? double(n) / total : 0.0);
        scores.push_back(std::move(bars));
    }
    m_scores->setSeries(std::move(scores));
}

void BinaryPane::setThreshold(double threshold)
{
    m_threshold = std::clamp(threshold, 0.0, 1.0);
    update();
}

void BinaryPane::setCosts(double falsePositive, double falseNegative)
{
    m_updating = true;
    m_costFp->setValue(falsePositive);
    m_costFn->setValue(falseNegative);
    m_updating = false;
    update();
}

void BinaryPane::useCheapest()
{
    if (m_evaluation)
        setThreshold(m_cheapest.threshold);
}

RunDecision BinaryPane::decision() const
{
    RunDecision d;
    d.threshold = m_threshold;
    d.costFalsePositive = m_costFp->value();
    d.costFalseNegative = m_costFn->value();
    return d;
}

void BinaryPane::update()
{
    if (!m_evaluation)
        return;
    const BinaryEvaluation& e = *m_evaluation;
    const RunDecision chosen = decision();
    m_confusion = e.curve.at(m_threshold);
    m_cheapest = e.curve.cheapest(chosen);
    m_updating = true;
    m_slider->setValue(int(std::lround(m_threshold * kSliderSteps)));
    m_thresholdBox->setValue(m_threshold);
    m_updating = false;

    const Confusion& c = m_confusion;
    const double rows = double(std::max<std::int64_t>(1, c.rows()));
    auto cell = [&](int row, int column, std::int64_t count) {
        auto* item = figureItem(u"%1  (%2 %)"_s.arg(QLocale().toString(qlonglong(count)), figureText(100.0 * double(count) / rows, 1)),
                                qlonglong(count));
        item->setTextAlignment(Qt::AlignCenter);
        const bool right = row == column;
        item->setBackground(right ? QColor(200, 230, 200) : QColor(245, 210, 200));
        item->setForeground(QColor(20, 20, 20));
        m_matrix->setItem(row, column, item);
    };
    cell(0, 0, c.trueNegatives);
    cell(0, 1, c.falsePositives);
    cell(1, 0, c.falseNegatives);
    cell(1, 1, c.truePositives);

    const double values[] = {c.precision(), c.recall(), c.f1(), c.accuracy(), c.specificity(), c.mcc(), c.cost(chosen),
                             e.auc, e.averagePrecision, e.brier, e.logLoss, e.expectedCalibrationError, double(e.rows)};
    for (int i = 0; i < 13; ++i)
        m_figures->setItem(i, 0, figureItem(i == 12 ? QLocale().toString(qlonglong(e.rows)) : figureText(values[i]), values[i]));
    m_costLabel->setText(tr("Expected cost %1 per row at threshold %2. The least, %3 per row, is at threshold %4.")
                             .arg(figureText(c.cost(chosen)), QString::number(m_threshold, 'g', 6),
                                  figureText(m_cheapest.cost(chosen)), QString::number(m_cheapest.threshold, 'g', 6)));

    const double negatives = double(e.curve.negatives()), positives = double(e.curve.positives());
    const QString label = tr("t = %1").arg(QString::number(m_threshold, 'g', 4));
    m_roc->setMarker(QPointF(ratio(double(c.falsePositives), negatives), ratio(double(c.truePositives), positives)), label);
    m_roc->setMarker(QPointF(ratio(double(m_cheapest.falsePositives), negatives), ratio(double(m_cheapest.truePositives), positives)),
                     m_cheapest.threshold == m_confusion.threshold ? QString() : tr("least cost"), 1);
    const double precision = c.truePositives + c.falsePositives > 0 ? c.precision() : 1.0;
    m_pr->setMarker(QPointF(ratio(double(c.truePositives), positives), precision), label);
    m_scores->setVerticalMarker(m_threshold, label);
    const double taken = 100.0 * double(c.truePositives + c.falsePositives) / rows;
    m_gain->setMarker(QPointF(taken, 100.0 * ratio(double(c.truePositives), positives)), label);

    const bool same = m_saved.threshold && std::abs(*m_saved.threshold - m_threshold) < 1e-12 &&
                      m_saved.costFalsePositive == chosen.costFalsePositive && m_saved.costFalseNegative == chosen.costFalseNegative;
    m_save->setEnabled(!same);
    m_savedLabel->setText(m_saved.threshold ? tr("Saved: %1").arg(QString::number(*m_saved.threshold, 'g', 6))
                                            : tr("None saved (0.5 is used)"));
    emit decisionChanged(chosen);
}

} // namespace grove
