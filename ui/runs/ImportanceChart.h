#pragma once

#include <QChartView>
#include <QJsonObject>

namespace grove {

// The most important features of a model as horizontal bars, by gain, weight or cover.
class ImportanceChart : public QChartView
{
    Q_OBJECT
public:
    explicit ImportanceChart(QWidget* parent = nullptr);

    // `importance` as a run keeps it: {"gain": {feature: value}, "weight": ..., "cover": ...}.
    void setImportance(const QJsonObject& importance);
    // "gain", "weight" or "cover".
    void setKind(const QString& kind);
    QString kind() const { return m_kind; }

    // The features drawn, most important first, for tests.
    QStringList features() const { return m_features; }

    static constexpr int kMaxBars = 20;

    // What the bars' length means, as the value axis says it.
    static QString axisTitle(const QString& kind);

private:
    void rebuild();

    QJsonObject m_importance;
    QString m_kind = QStringLiteral("gain");
    QStringList m_features;
};

} // namespace grove
