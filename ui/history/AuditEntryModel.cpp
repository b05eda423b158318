#include "ui/history/AuditEntryModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QRegularExpression>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace grove {

QHash<qint64, QStringList> problemsByEntry(const QStringList& problems)
{
    // An entry's file, after a folder separator or at the start: 00000012.json.
    static const QRegularExpression file(uR"((?:^|[/\\])(\d+\.json)\b)"_s);
    QHash<qint64, QStringList> named;
    for (const QString& problem : problems) {
        for (auto it = file.globalMatch(problem); it.hasNext();) {
            const qint64 sequence = AuditLog::entrySequence(it.next().captured(1));
            if (sequence > 0 && !named.value(sequence).contains(problem))
                named[sequence] << problem;
        }
    }
    return named;
}

AuditEntryModel::AuditEntryModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditEntryModel::setReading(const AuditReading& reading)
{
    beginResetModel();
    m_entries = reading.entries;
    m_problems = problemsByEntry(reading.problems);
    endResetModel();
}

void AuditEntryModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_problems.clear();
    endResetModel();
}

QStringList AuditEntryModel::problemsOf(int row) const
{
    return m_problems.value(m_entries[row].sequence);
}

int AuditEntryModel::rowOf(qint64 sequence) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].sequence == sequence)
            return row;
    }
    return -1;
}

int AuditEntryModel::damagedCount() const
{
    int count = 0;
    for (const AuditEntry& entry : m_entries)
        count += m_problems.contains(entry.sequence) ? 1 : 0;
    return count;
}

int AuditEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEntryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& entry = m_entries[index.row()];
    const bool damaged = m_problems.contains(entry.sequence);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Sequence:
            return QString::number(entry.sequence);
        case Time:
            return entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case User:
            return u"%1@%2"_s.arg(entry.user, entry.host);
        case Action:
            return entry.action;
        case Object:
            return entry.object;
        case Change:
            return entry.changeSummary();
        }
        return {};
    case Qt::UserRole:
        switch (index.column()) {
        case Sequence:
            return entry.sequence;
        case Time:
            return entry.time;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ProblemsRole:
        return m_problems.value(entry.sequence);
    case Qt::ToolTipRole:
        if (damaged)
            return m_problems.value(entry.sequence).join(u'\n');
        return index.column() == Change ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::DecorationRole:
        if (damaged && index.column() == Sequence)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        return damaged ? QVariant(QBrush(QColor(0xb0, 0x1c, 0x1c))) : QVariant();
    case Qt::BackgroundRole:
        return damaged ? QVariant(QBrush(QColor(0xfb, 0xe9, 0xe9))) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Sequence)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant AuditEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sequence:
        return tr("#");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Change:
        return tr("Change");
    }
    return {};
}

AuditFilterModel::AuditFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
}

void AuditFilterModel::setText(const QString& text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

void AuditFilterModel::setSince(const QDateTime& time)
{
    if (time == m_since)
        return;
    m_since = time;
    invalidateFilter();
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto* entries = static_cast<const AuditEntryModel*>(sourceModel());
    const AuditEntry& entry = entries->entry(sourceRow);
    if (m_since.isValid() && entry.time < m_since)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto matches = [this](const QString& value) {
        return value.contains(m_text, Qt::CaseInsensitive);
    };
    return matches(entry.action) || matches(entry.object) ||
           matches(u"%1@%2"_s.arg(entry.user, entry.host));
}

} // namespace grove
