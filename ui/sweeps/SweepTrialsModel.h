#pragma once

#include "core/sweep/SweepRunner.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace grove {

// A sweep's trials, one row per trial run: its number, repeat, rung (halving), run, status,
// objective, searched parameters and training time. Sorts by number where a column is numeric.
class SweepTrialsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RunIdRole = Qt::UserRole + 1, SortRole };

    explicit SweepTrialsModel(QObject* parent = nullptr);

    void setState(const SweepState& state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const SweepTrial& trial(int row) const { return m_trials[std::size_t(row)]; }
    int rowOfRun(qint64 runId) const;

private:
    enum Fixed { Trial, Repeat, Rung, Run, Status, Value, FixedCount };
    int parameterColumn(int column) const; // -1: not a parameter column
    bool hasRung() const { return m_halving; }
    int logicalFixed(int column) const; // the Fixed column shown at `column`, or -1

    std::vector<SweepTrial> m_trials;
    QStringList m_parameters;
    QString m_objective;
    bool m_halving = false;
    std::optional<int> m_bestTrial;
};

} // namespace grove
