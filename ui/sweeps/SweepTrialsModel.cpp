#include "ui/sweeps/SweepTrialsModel.h"

#include "ui/sweeps/SweepView.h"

#include <QBrush>
#include <QFont>
#include <QJsonValue>

#include <limits>

using namespace Qt::StringLiterals;

namespace grove {

SweepTrialsModel::SweepTrialsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SweepTrialsModel::setState(const SweepState& state)
{
    beginResetModel();
    m_trials = state.trials;
    m_parameters.clear();
    for (const SearchDimension& d : state.definition.space)
        m_parameters << d.name;
    m_objective = state.definition.objective();
    m_halving = state.definition.strategy == SweepStrategy::Halving;
    m_bestTrial = state.bestTrial;
    endResetModel();
}

int SweepTrialsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_trials.size()); }

int SweepTrialsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FixedCount - (m_halving ? 0 : 1) + int(m_parameters.size()) + 1;
}

int SweepTrialsModel::logicalFixed(int column) const
{
    const int fixedShown = FixedCount - (m_halving ? 0 : 1);
    if (column >= fixedShown)
        return -1;
    return !m_halving && column >= Rung ? column + 1 : column;
}

int SweepTrialsModel::parameterColumn(int column) const
{
    const int first = FixedCount - (m_halving ? 0 : 1);
    const int p = column - first;
    return p >= 0 && p < m_parameters.size() ? p : -1;
}

int SweepTrialsModel::rowOfRun(qint64 runId) const
{
    for (std::size_t row = 0; row < m_trials.size(); ++row) {
        if (m_trials[row].runId == runId)
            return int(row);
    }
    return -1;
}

QVariant SweepTrialsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SweepTrial& t = m_trials[std::size_t(index.row())];
    if (role == RunIdRole)
        return t.runId ? QVariant(*t.runId) : QVariant();
    if (role == Qt::FontRole && m_bestTrial == t.trial) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const bool sort = role == SortRole;
    if (const int p = parameterColumn(index.column()); p >= 0) {
        const QJsonValue value = t.params.value(m_parameters[p]);
        if (value.isDouble())
            return sort ? QVariant(value.toDouble()) : QVariant(QString::number(value.toDouble(), 'g', 6));
        return value.toString();
    }
    switch (logicalFixed(index.column())) {
    case Trial:
        return t.trial;
    case Repeat:
        return t.repeat; // from 0, as trials and grove-cli sweep-show count
    case Rung:
        return t.rung;
    case Run:
        if (!t.runId)
            return sort ? QVariant(-1) : QVariant();
        return sort ? QVariant(*t.runId) : QVariant(u"#%1"_s.arg(*t.runId));
    case Status:
        return SweepView::statusName(t.status);
    case Value:
        if (!t.value) // no value sorts below every value
            return sort ? QVariant(-std::numeric_limits<double>::max()) : QVariant();
        return sort ? QVariant(*t.value) : QVariant(QString::number(*t.value, 'g', 6));
    default: // the training time
        if (!t.trainSeconds)
            return sort ? QVariant(-1.0) : QVariant();
        return sort ? QVariant(*t.trainSeconds) : QVariant(QString::number(*t.trainSeconds, 'f', 2));
    }
}

QVariant SweepTrialsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (const int p = parameterColumn(section); p >= 0)
        return m_parameters[p];
    switch (logicalFixed(section)) {
    case Trial:
        return tr("Trial");
    case Repeat:
        return tr("Repeat");
    case Rung:
        return tr("Rung");
    case Run:
        return tr("Run");
    case Status:
        return tr("Status");
    case Value:
        return m_objective;
    default:
        return tr("Training (s)");
    }
}

} // namespace grove
