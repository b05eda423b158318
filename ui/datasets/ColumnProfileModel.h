#pragma once

#include "core/data/DatasetProfile.h"

#include <QAbstractTableModel>

namespace grove {

// A dataset's profile: one row per column with its type and statistics.
class ColumnProfileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Missing, Distinct, Min, Median, Max, Mean, Std, TopValues, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setProfile(const DatasetProfile& profile);
    void clear();
    const DatasetProfile& profile() const { return m_profile; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DatasetProfile m_profile;
};

} // namespace grove
