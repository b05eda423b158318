#include "ui/datasets/ColumnProfileModel.h"

#include "core/data/TypeInference.h"
#include "ui/datasets/PreviewModels.h"

#include <QColor>
#include <QLocale>

namespace grove {
namespace {

QString formatNumber(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QVariant optionalNumber(const std::optional<double>& value, int role)
{
    if (!value)
        return {};
    return role == ColumnProfileModel::SortRole ? QVariant(*value) : QVariant(formatNumber(*value));
}

} // namespace

void ColumnProfileModel::setProfile(const DatasetProfile& profile)
{
    beginResetModel();
    m_profile = profile;
    endResetModel();
}

void ColumnProfileModel::clear() { setProfile({}); }

int ColumnProfileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profile.columns.size());
}

int ColumnProfileModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ColumnProfileModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnProfile& c = m_profile.columns[index.row()];
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Name:
            return c.name;
        case Type:
            return columnTypeDisplayName(c.type);
        case Missing:
            return sort ? QVariant(c.missing) : QVariant(QLocale().toString(c.missing));
        case Distinct:
            if (sort)
                return c.distinct;
            return c.distinctIsEstimate ? tr("≈ %1").arg(QLocale().toString(c.distinct))
                                        : QLocale().toString(c.distinct);
        case Min:
            return optionalNumber(c.min, role);
        case Median:
            return optionalNumber(c.median, role);
        case Max:
            return optionalNumber(c.max, role);
        case Mean:
            return optionalNumber(c.mean, role);
        case Std:
            return optionalNumber(c.stddev, role);
        case TopValues: {
            QStringList parts;
            for (const CategoryCount& top : c.topValues.mid(0, 3))
                parts << tr("%1 (%2)").arg(top.value.left(30), QLocale().toString(top.count));
            for (const QString& hint : c.hints)
                parts << hintDisplayText(hint);
            return parts.join(QStringLiteral("; "));
        }
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Type)
        return columnTypeColor(c.type);
    if (role == Qt::TextAlignmentRole && index.column() >= Missing && index.column() <= Std)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QStringList lines{c.name};
        if (c.type != c.inferredType)
            lines << tr("Read as %1 by choice; Grove guessed %2.")
                         .arg(columnTypeDisplayName(c.type), columnTypeDisplayName(c.inferredType));
        if (c.q1 && c.q3)
            lines << tr("Quartiles: %1 / %2 / %3").arg(formatNumber(*c.q1), formatNumber(*c.median), formatNumber(*c.q3));
        if (c.infinite > 0)
            lines << tr("%1 infinite values").arg(QLocale().toString(c.infinite));
        if (c.distinctIsEstimate)
            lines << tr("The distinct count is estimated (more than 65,536 values).");
        // The cell shows three values, shortened; the tooltip lists every value kept, whole.
        if (!c.topValues.isEmpty()) {
            lines << tr("Most frequent values:");
            for (const CategoryCount& top : c.topValues)
                lines << tr("  %1 (%2)").arg(top.value, QLocale().toString(top.count));
        }
        for (const QString& hint : c.hints)
            lines << hintDisplayText(hint);
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant ColumnProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Column");
    case Type:
        return tr("Type");
    case Missing:
        return tr("Missing");
    case Distinct:
        return tr("Distinct");
    case Min:
        return tr("Min");
    case Median:
        return tr("Median");
    case Max:
        return tr("Max");
    case Mean:
        return tr("Mean");
    case Std:
        return tr("Std. dev.");
    case TopValues:
        return tr("Top values / notes");
    }
    return {};
}

} // namespace grove
