#pragma once

#include "core/evaluate/Evaluation.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QTableWidget;

namespace grove {

class FigurePlot;

// A multiclass run's evaluation: the confusion matrix (counts, or each true class's row as shares),
// precision, recall, F1, support and one-vs-rest AUC per class with their macro and weighted
// averages, and a one-vs-rest ROC curve per class.
class MulticlassPane : public QWidget
{
    Q_OBJECT
public:
    explicit MulticlassPane(QWidget* parent = nullptr);

    void setEvaluation(std::shared_ptr<const MulticlassEvaluation> evaluation);
    void setNormalised(bool byRow);

    QTableWidget* confusionTable() const { return m_matrix; }
    QTableWidget* classTable() const { return m_classes; }
    FigurePlot* rocPlot() const { return m_roc; }

signals:
    void exported(const QString& path, const QString& error);

private:
    void fillMatrix();

    std::shared_ptr<const MulticlassEvaluation> m_evaluation;
    QCheckBox* m_normalised;
    QTableWidget* m_matrix;
    QTableWidget* m_classes;
    FigurePlot* m_roc;
};

// A regression run's evaluation: RMSE, MAE, R² and quantiles of the absolute error; predicted
// against actual (a density grid when rows are many); the residuals' histogram; residuals against
// the prediction.
class RegressionPane : public QWidget
{
    Q_OBJECT
public:
    explicit RegressionPane(QWidget* parent = nullptr);

    void setEvaluation(std::shared_ptr<const RegressionEvaluation> evaluation,
                       std::shared_ptr<const HeldOutPredictions> predictions);

    QTableWidget* figuresTable() const { return m_figures; }
    QList<FigurePlot*> plots() const { return {m_actual, m_histogram, m_residuals}; }

signals:
    void exported(const QString& path, const QString& error);

private:
    QTableWidget* m_figures;
    FigurePlot* m_actual;
    FigurePlot* m_histogram;
    FigurePlot* m_residuals;
};

} // namespace grove
