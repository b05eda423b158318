#include "ui/runs/ComparisonTables.h"

#include "core/data/CsvFormat.h"
#include "core/model/RunConfig.h"
#include "ui/charts/ExportActions.h"

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
    case Qt::DisplayRole: {
        // A number kept to 17 digits (0.063925169880819785, a sweep's eta) shows 6; the tooltip
        // and the sort keep it whole.
        // Only a number with a fraction or an exponent: digits alone may be a name or a seed.
        bool isNumber = false;
        const double number = value.toDouble(&isNumber);
        const bool fraction = value.contains(u'.') || value.contains(u'e') || value.contains(u'E');
        return isNumber && fraction && value.size() > 10 ? QString::number(number, 'g', 6) : value;
    }
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

void ComparisonMetricsModel::setRuns(const ComparedRuns& runs, const QList<RunGroup>& groups)
{
    beginResetModel();
    m_headers.clear();
    m_labels.clear();
    m_sizes.clear();
    m_rows.clear();
    m_grouped = !groups.isEmpty();
    QList<RunGroup> columns = groups;
    if (!m_grouped) {
        for (int i = 0; i < runs.records.size(); ++i)
            columns << RunGroup{QCoreApplication::translate("grove::CompareView", "Run %1").arg(runs.records[i].id), {i}};
    }
    for (const RunGroup& group : std::as_const(columns)) {
        m_headers << (m_grouped ? tr("%1 (n=%2)").arg(group.label).arg(group.members.size()) : group.label);
        m_labels << group.label;
        m_sizes << int(group.members.size());
    }
    for (const QString& key : runs.comparison.finalMetricKeys({u"valid"_s, u"train"_s})) {
        const QString split = key.section(u'.', 0, 0), metric = key.section(u'.', 1);
        for (const bool final : {true, false}) {
            Row row;
            row.label = final ? tr("%1 (final)").arg(key) : tr("%1 (best iteration)").arg(key);
            row.key = u"%1.%2"_s.arg(key, final ? u"final"_s : u"best"_s);
            row.metric = metric;
            double bestValue = 0;
            for (int c = 0; c < columns.size(); ++c) {
                std::vector<double> values;
                for (int run : columns[c].members)
                    values.push_back(runs.metricValue(run, u"%1|%2|%3"_s.arg(final ? u"final"_s : u"best"_s, split, metric)));
                const Summary summary = summarize(values);
                row.values.push_back(summary);
                const double v = summary.mean;
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
    return parent.isValid() ? 0 : int(m_headers.size()) + 1;
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
    const int column = index.column() - 1;
    if (column >= int(row.values.size()))
        return {};
    const Summary& summary = row.values[std::size_t(column)];
    const double v = summary.mean;
    const bool best = column == row.best;
    // A group's figure is the mean over its runs with their standard deviation; the count n is
    // in the header, and in the cell too when fewer of the group's runs have the metric.
    auto text = [&](int digits) {
        if (!std::isfinite(v))
            return QString();
        if (!m_grouped)
            return QString::number(v, 'g', digits);
        const QString spread = std::isfinite(summary.std) ? QString::number(summary.std, 'g', std::min(digits, 2)) : u"–"_s;
        if (summary.n == m_sizes.value(column))
            return tr("%1 ± %2").arg(QString::number(v, 'g', digits), spread);
        return tr("%1 ± %2 (n=%3)").arg(QString::number(v, 'g', digits), spread).arg(summary.n);
    };
    switch (role) {
    case Qt::DisplayRole:
        return text(m_grouped ? 5 : 8);
    case Qt::UserRole:
        return m_grouped ? text(17) : std::isfinite(v) ? QString::number(v, 'g', QLocale::FloatingPointShortest) : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::BackgroundRole:
        return best ? QVariant(kHighlight) : QVariant();
    case Qt::FontRole:
        return best ? QVariant(boldFont()) : QVariant();
    case Qt::ToolTipRole:
        if (m_grouped && std::isfinite(v))
            return tr("Mean of %n run(s), with their standard deviation", nullptr, summary.n) +
                   (best ? u"\n"_s + tr("The best %1 of these groups").arg(row.metric) : QString());
        return best ? tr("The best %1 of these runs").arg(row.metric) : QVariant();
    default:
        return {};
    }
}

QVariant ComparisonMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Metric");
    return section - 1 < m_headers.size() ? QVariant(m_headers[section - 1]) : QVariant();
}

QByteArray ComparisonMetricsModel::csv() const
{
    if (!m_grouped)
        return tableCsv(*this);
    auto number = [](double value) { return std::isfinite(value) ? QString::number(value, 'g', QLocale::FloatingPointShortest) : QString(); };
    QStringList fields{csvField(tr("Metric"))};
    for (const QString& label : m_labels)
        fields << csvField(tr("%1 mean").arg(label)) << csvField(tr("%1 std").arg(label)) << csvField(tr("%1 n").arg(label));
    QByteArray csv = fields.join(u',').toUtf8() + '\n';
    for (const Row& row : m_rows) {
        fields = QStringList{csvField(row.key)};
        for (const Summary& summary : row.values)
            fields << number(summary.mean) << number(summary.std) << QString::number(summary.n);
        csv += fields.join(u',').toUtf8() + '\n';
    }
    return csv;
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
