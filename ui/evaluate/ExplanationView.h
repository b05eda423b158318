#pragma once

#include "core/store/RunStore.h"
#include "core/train/Explanation.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QRadioButton;
class QTableView;

namespace grove {

class FigurePlot;
class ShapSummaryPlot;
class TaskRunner;
class WaterfallPlot;
class WorkspaceController;

// The held-out rows with their label, prediction and error, sortable (the worst mistakes first
// by a click on Error), for picking a row to explain.
class HeldOutRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Index, DatasetRow, Actual, Predicted, Error, ColumnCount };
    explicit HeldOutRowsModel(QObject* parent = nullptr);

    void setPredictions(std::shared_ptr<const HeldOutPredictions> predictions);
    // The position among the held-out rows of a table row.
    qint64 heldOutIndex(int row) const;
    double error(std::size_t index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    std::shared_ptr<const HeldOutPredictions> m_predictions;
    std::vector<std::uint32_t> m_order;
};

// The run page's Explanations tab: XGBoost's exact TreeSHAP values on held-out rows. The global
// view (mean |SHAP| bars or a beeswarm on a seeded sample), a dependence plot per feature coloured
// by the feature it interacts with most, and one row's waterfall from the base value, picked from
// the table of held-out rows. Multiclass runs explain one class at a time. Computed on a pool
// thread and kept for the session.
class ExplanationView : public QWidget
{
    Q_OBJECT
public:
    explicit ExplanationView(WorkspaceController* workspace, QWidget* parent = nullptr);

    void setRun(const std::optional<RunRecord>& run);
    void explainRow(qint64 heldOutIndex);
    void showDependence(const QString& feature);

    ShapSummaryPlot* summaryPlot() const { return m_summary; }
    FigurePlot* dependencePlot() const { return m_dependence; }
    WaterfallPlot* waterfallPlot() const { return m_waterfall; }
    QTableView* rowsTable() const { return m_rows; }
    HeldOutRowsModel* rowsModel() const { return m_rowsModel; }
    QComboBox* classCombo() const { return m_class; }
    QComboBox* featureCombo() const { return m_feature; }
    const Explanation* explanation() const { return m_explanation.get(); }
    const std::optional<RowExplanation>& rowExplanation() const { return m_row; }
    QString status() const;

signals:
    void explained(qint64 runId);    // the global view is shown, or why it is not
    void rowExplained(qint64 index); // a row's waterfall is shown
    void message(const QString& text);
    void errorOccurred(const QString& message);

protected:
    // The SHAP values are computed when the tab is shown, not for every run selected.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void compute();
    void showExplanation();
    void exported(const QString& path, const QString& error);

    WorkspaceController* m_workspace;
    std::optional<RunRecord> m_run;
    bool m_active = false;
    bool m_pending = false;
    std::shared_ptr<const HeldOutPredictions> m_predictions;
    std::shared_ptr<const Explanation> m_explanation;
    std::optional<RowExplanation> m_row;
    QHash<QString, std::shared_ptr<const Explanation>> m_cache; // "run/class"
    TaskRunner* m_runner;
    TaskRunner* m_rowRunner;
    QLabel* m_status;
    QComboBox* m_class;
    QRadioButton* m_bars;
    QRadioButton* m_swarm;
    ShapSummaryPlot* m_summary;
    QComboBox* m_feature;
    FigurePlot* m_dependence;
    QTableView* m_rows;
    HeldOutRowsModel* m_rowsModel;
    WaterfallPlot* m_waterfall;
    QLabel* m_rowValues;
};

} // namespace grove
