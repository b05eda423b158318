#include "ui/runs/ImportanceChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace grove {

ImportanceChart::ImportanceChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(u"importanceChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    rebuild();
}

void ImportanceChart::setImportance(const QJsonObject& importance)
{
    m_importance = importance;
    rebuild();
}

void ImportanceChart::setKind(const QString& kind)
{
    m_kind = kind;
    rebuild();
}

QString ImportanceChart::axisTitle(const QString& kind)
{
    if (kind == u"gain"_s)
        return tr("Average loss reduction of the feature's splits (gain)");
    if (kind == u"weight"_s)
        return tr("Splits on the feature (weight)");
    if (kind == u"cover"_s)
        return tr("Average rows the feature's splits affect (cover)");
    return kind;
}

void ImportanceChart::rebuild()
{
    auto* chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->legend()->hide();
    const QJsonObject values = m_importance.value(m_kind).toObject();
    QList<QPair<QString, double>> ranked;
    for (auto it = values.begin(); it != values.end(); ++it)
        ranked.append({it.key(), it.value().toDouble()});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    m_features.clear();
    if (ranked.isEmpty()) {
        chart->setTitle(m_importance.isEmpty() ? tr("Feature importance appears when the run has finished.")
                                               : tr("The model has no splits, so no feature is important."));
    } else {
        const int shown = std::min(int(ranked.size()), kMaxBars);
        chart->setTitle(ranked.size() > shown ? tr("Top %1 of %2 features by %3").arg(shown).arg(ranked.size()).arg(m_kind)
                                              : tr("Features by %1").arg(m_kind));
        auto* set = new QBarSet(m_kind);
        set->setColor(QColor(0x1f, 0x77, 0xb4));
        QStringList categories;
        // Bars are drawn bottom-up: add the least important of those shown first.
        for (int i = shown - 1; i >= 0; --i) {
            *set << ranked[i].second;
            categories << ranked[i].first;
        }
        for (int i = 0; i < shown; ++i)
            m_features << ranked[i].first;
        auto* series = new QHorizontalBarSeries;
        series->append(set);
        series->setBarWidth(0.7);
        chart->addSeries(series);
        auto* axisY = new QBarCategoryAxis;
        axisY->append(categories);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto* axisX = new QValueAxis;
        axisX->setLabelFormat(u"%.3g"_s);
        axisX->setTitleText(axisTitle(m_kind));
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        axisX->setMin(0);
        axisX->applyNiceNumbers(); // ticks at 0, 2, 4, ... rather than at fifths of the longest bar
        connect(set, &QBarSet::hovered, this, [this, set, categories](bool state, int index) {
            if (state)
                QToolTip::showText(QCursor::pos(), tr("%1: %2 %3").arg(categories.value(index), m_kind,
                                                                        QString::number(set->at(index), 'g', 8)));
            else
                QToolTip::hideText();
        });
    }
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace grove
