#pragma once

#include "core/data/DatasetProfile.h"

#include <QChartView>

namespace grove {

// The distribution of one column: a histogram for numbers, the most frequent values for
// categories and text. Hovering a bar shows its exact range and count.
class HistogramChart : public QChartView
{
    Q_OBJECT
public:
    explicit HistogramChart(QWidget* parent = nullptr);

    void showColumn(const ColumnProfile& column, qint64 rows);
    void clear(const QString& note = {});

    // What the chart currently shows, for tests and accessibility: one entry per bar.
    QList<qint64> barCounts() const { return m_counts; }

private:
    void showHistogram(const ColumnProfile& column);
    void showTopValues(const ColumnProfile& column, qint64 rows);

    QList<qint64> m_counts;
};

} // namespace grove
