#include "ui/runs/ComparisonTables.h"

#include "core/data/CsvFormat.h"
#include "core/model/RunConfig.h"

#include <QColor>
#include <QFont>
#include <QHeaderView>
#include <QTableView>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

const QColor kHighlight(0xff, 0xf0, 0xb3);

QFont boldFont()
{
    QFont font;
    font.setBold(true);
    return font;
}

QVariant runHeader(const QList<qint64>& runIds, int section, const QString& first)
{
    if (section == 0)
        return first;
    return section - 1 < runIds.size() ? QCoreApplication::translate("grove::CompareView", "Run %1").arg(runIds[section - 1])
                                       : QVariant();
}

} // namespace

void ComparisonSettingsModel::setComparison(const QList<RunRecord>& runs, const RunComparison& comparison)
{
    beginResetModel();
    m_runIds.clear();
    for (const RunRecord& run : runs)
        m_runIds << run.id;
    m_comparison = comparison;
    m_names = m_all ? m_comparison.settings.keys() : m_comparison.differing;
    endResetModel();
}

void ComparisonSettingsModel::setShowAll(bool all)
{
    beginResetModel();
    m_all = all;
    m_names = m_all ? m_comparison.settings.keys() : m_comparison.differing;
    endResetModel();
}

int ComparisonSettingsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_names.size()); }
int ComparisonSettingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runIds.size()) + 1;
}

QVariant ComparisonSettingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_names.size())
        return {};
    const QString& name = m_names[index.row()];
    const bool differs = m_comparison.differing.contains(name);
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::UserRole)
            return name;
        if (role == Qt::FontRole && differs)
            return boldFont();
        return {};
    }
    const QString value = m_comparison.settings.value(name).value(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::UserRole:
        return value;
    case Qt::BackgroundRole:
        return differs ? QVariant(kHighlight) : QVariant();
    default:
        return {};
    }
}

QVariant ComparisonSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return runHeader(m_runIds, section, m_all ? tr("Setting") : tr("Setting that differs"));
}

void ComparisonMetricsModel::setRuns(const ComparedRuns& runs)
{
    beginResetModel();
    m_runIds.clear();
    m_rows.clear();
    for (const RunRecord& run : runs.records)
        m_runIds << run.id;
    for (const QString& key : runs.comparison.finalMetricKeys({u"valid"_s, u"train"_s})) {
        const QString split = key.section(u'.', 0, 0), metric = key.section(u'.', 1);
        for (const bool final : {true, false}) {
            Row row;
            row.label = final ? tr("%1 (final)").arg(key) : tr("%1 (best iteration)").arg(key);
            row.key = u"%1.%2"_s.arg(key, final ? u"final"_s : u"best"_s);
            row.metric = metric;
            double bestValue = 0;
            for (int c = 0; c < runs.records.size(); ++c) {
                const double v = runs.metricValue(c, u"%1|%2|%3"_s.arg(final ? u"final"_s : u"best"_s, split, metric));
                row.values.push_back(v);
                if (!std::isfinite(v) || split != u"valid"_s)
                    continue;
                if (row.best < 0 || (metricIsMaximized(metric) ? v > bestValue : v < bestValue)) {
                    row.best = c;
                    bestValue = v;
                }
            }
            m_rows << row;
        }
    }
    endResetModel();
}

int ComparisonMetricsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ComparisonMetricsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runIds.size()) + 1;
}

QVariant ComparisonMetricsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return row.label;
        return role == Qt::UserRole ? QVariant(row.key) : QVariant();
    }
    const int run = index.column() - 1;
    if (run >= int(row.values.size()))
        return {};
    const double v = row.values[std::size_t(run)];
    const bool best = run == row.best;
    switch (role) {
    case Qt::DisplayRole:
        return std::isfinite(v) ? QString::number(v, 'g', 8) : QString();
    case Qt::UserRole:
        return std::isfinite(v) ? QString::number(v, 'g', QLocale::FloatingPointShortest) : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::BackgroundRole:
        return best ? QVariant(kHighlight) : QVariant();
    case Qt::FontRole:
        return best ? QVariant(boldFont()) : QVariant();
    case Qt::ToolTipRole:
        return best ? tr("The best %1 of these runs").arg(row.metric) : QVariant();
    default:
        return {};
    }
}

QVariant ComparisonMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return runHeader(m_runIds, section, tr("Metric"));
}

QTableView* comparisonTable(QWidget* parent, const QString& name, QAbstractItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setStretchLastSection(false);
    view->verticalHeader()->hide();
    return view;
}

void fitColumns(QTableView* table)
{
    table->resizeColumnsToContents();
    for (int c = 0; c < table->model()->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 240));
}

} // namespace grove
