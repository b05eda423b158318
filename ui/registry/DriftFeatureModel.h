#pragma once

#include "core/evaluate/Drift.h"

#include <QAbstractTableModel>

namespace grove {

// A drift check's features, one row each, in the report's order (highest PSI first): name,
// whether the PSI is over the threshold, kind, PSI, KS and its p-value, the change in missing
// rate, and the rows with categories the reference never saw. A row over the threshold is tinted
// and says "drift" in its own column, so that it does not rest on colour alone.
// Qt::UserRole holds each cell's exact figure (for sorting and CSV export).
class DriftFeatureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Feature,
        Status,
        Kind,
        Psi,
        Ks,
        PValue,
        MissingChange,
        Unseen,
        ColumnCount
    };

    explicit DriftFeatureModel(QObject* parent = nullptr);

    void setReport(const DriftReport& report);
    void clear();

    const DriftReport& report() const { return m_report; }
    const FeatureDrift& feature(int row) const { return m_report.features[std::size_t(row)]; }
    int rowOf(const QString& feature) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const FeatureDrift& feature, int column) const;
    QVariant exact(const FeatureDrift& feature, int column) const;

    DriftReport m_report;
};

// A figure as the drift view shows it ("–" where it does not exist).
QString driftFigure(double value, int digits = 3);

// The report's verdict in a line: "Alert: 3 features over PSI 0.2 — x2, color, amount" (the first
// few named; whether the scores drifted too), or "No drift over the threshold: …".
QString driftVerdict(const DriftReport& report);

} // namespace grove
