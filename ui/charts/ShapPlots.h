#pragma once

#include "ui/charts/PlotWidget.h"

#include <vector>

namespace grove {

// The global view of a model's SHAP values: per feature (most important at the top), either the
// mean |SHAP| as a bar, or a beeswarm: one point per explained row at its contribution, spread
// vertically where points crowd, coloured by the feature's value from low to high.
class ShapSummaryPlot : public PlotWidget
{
    Q_OBJECT
public:
    enum class Mode { Bars, Beeswarm };
    static constexpr int kMaxFeatures = 15;

    explicit ShapSummaryPlot(QWidget* parent = nullptr);

    // `contributions` and `values` are rows × features; `order` lists features, most important first.
    void setData(const QStringList& features, std::vector<int> order, std::vector<double> meanAbsolute,
                 std::vector<float> contributions, std::vector<float> values, std::size_t rows);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    QStringList shownFeatures() const; // top to bottom
    int drawnPoints() const { return m_drawnPoints; }

    void render(QPainter& painter, const QRect& target) override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QStringList m_features;
    std::vector<int> m_order;
    std::vector<double> m_meanAbsolute;
    std::vector<float> m_contributions, m_values;
    std::size_t m_rows = 0;
    Mode m_mode = Mode::Beeswarm;
    int m_drawnPoints = 0;
};

// One row explained: bars from the base value, one per feature (largest effect first, the rest
// together), each starting where the last ended, to the row's margin.
class WaterfallPlot : public PlotWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxBars = 12;

    explicit WaterfallPlot(QWidget* parent = nullptr);

    // `labels[i]` names feature i with its value ("tenure = 3").
    void setData(double baseValue, const QStringList& labels, std::vector<float> contributions, const QString& outcome);
    void clear();
    int barCount() const;

    void render(QPainter& painter, const QRect& target) override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_base = 0;
    QStringList m_labels;
    std::vector<float> m_contributions;
    QString m_outcome;
};

} // namespace grove
