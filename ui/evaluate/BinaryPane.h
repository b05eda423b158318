#pragma once

#include "core/evaluate/Evaluation.h"

#include <QWidget>

#include <memory>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QTableWidget;
class QTableWidgetItem;

namespace grove {

class FigurePlot;

// A binary run's evaluation: ROC and precision-recall curves, calibration, cumulative gain and
// lift, the score distribution of each class, and the confusion at a threshold chosen with the
// slider, the spin box or by dragging along either curve. Costs for a false positive and a false
// negative give the expected cost and the cost-optimal threshold. Everything the threshold
// changes comes from the one sorted curve: a binary search, never a rescan of the rows.
class BinaryPane : public QWidget
{
    Q_OBJECT
public:
    explicit BinaryPane(QWidget* parent = nullptr);

    // `saved` is the decision stored with the run; the controls start from it.
    void setEvaluation(std::shared_ptr<const BinaryEvaluation> evaluation, const QStringList& classes, const RunDecision& saved);
    void setSavedDecision(const RunDecision& saved);

    void setThreshold(double threshold);
    void setCosts(double falsePositive, double falseNegative);
    void useCheapest();
    RunDecision decision() const;
    Confusion confusion() const { return m_confusion; }
    Confusion cheapest() const { return m_cheapest; }

    FigurePlot* rocPlot() const { return m_roc; }
    FigurePlot* precisionRecallPlot() const { return m_pr; }
    QList<FigurePlot*> plots() const;
    QTableWidget* confusionTable() const { return m_matrix; }
    QTableWidget* figuresTable() const { return m_figures; }
    QPushButton* saveButton() const { return m_save; }

signals:
    void saveRequested(const RunDecision& decision);
    void decisionChanged(const RunDecision& decision);
    void exported(const QString& path, const QString& error);

private:
    void buildCurves();
    void update();
    // The threshold that makes exactly the rows up to `cut` positive (-1: none).
    double thresholdOfCut(std::ptrdiff_t cut) const;

    std::shared_ptr<const BinaryEvaluation> m_evaluation;
    QStringList m_classes;
    RunDecision m_saved;
    double m_threshold = 0.5;
    Confusion m_confusion, m_cheapest;
    bool m_updating = false;

    QSlider* m_slider;
    QDoubleSpinBox* m_thresholdBox;
    QDoubleSpinBox* m_costFp;
    QDoubleSpinBox* m_costFn;
    QPushButton* m_cheapestButton;
    QPushButton* m_save;
    QLabel* m_savedLabel;
    QLabel* m_costLabel;
    QTableWidget* m_matrix;
    QTableWidget* m_figures;
    FigurePlot* m_roc;
    FigurePlot* m_pr;
    FigurePlot* m_calibration;
    FigurePlot* m_gain;
    FigurePlot* m_lift;
    FigurePlot* m_scores;
};

// A read-only table cell showing `text`, keeping `exact` for CSV export.
QTableWidgetItem* figureItem(const QString& text, const QVariant& exact = {});
QString figureText(double value, int digits = 4);
// A table that fits its rows without scrolling, for figures beside charts.
QTableWidget* figureTable(int rows, int columns, const QStringList& header, QWidget* parent);

} // namespace grove
