#pragma once

#include "core/common/AuditLog.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSortFilterProxyModel>

namespace grove {

// The entries of an audit log, one row each in the log's order: number, time (local), user@host,
// action, object and what changed (AuditEntry::changeSummary()). An entry that a problem of the
// reading names by its file ("…/00000012.json") is marked: a warning icon in its first column,
// its text in red on a tinted row, and the problems as its tooltip, so that the mark does not
// rest on colour alone. Qt::UserRole holds each cell's value for sorting (the number, the time).
class AuditEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Sequence,
        Time,
        User,
        Action,
        Object,
        Change,
        ColumnCount
    };
    // A QStringList: the problems of the reading that name the entry.
    static constexpr int ProblemsRole = Qt::UserRole + 1;

    explicit AuditEntryModel(QObject* parent = nullptr);

    void setReading(const AuditReading& reading);
    void clear();

    const AuditEntry& entry(int row) const { return m_entries[row]; }
    QStringList problemsOf(int row) const;
    int rowOf(qint64 sequence) const; // -1 when absent
    int damagedCount() const;         // entries that a problem names

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    QHash<qint64, QStringList> m_problems; // by entry number
};

// The entries a user asked to see: those whose action, object or user@host contains the text
// (ignoring case), at or after a time.
class AuditFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setSince(const QDateTime& time); // an invalid time shows every entry

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QDateTime m_since;
};

// The entries that a reading's problems name by their file ("…/00000012.json" → 12), each with
// the problems that name it.
QHash<qint64, QStringList> problemsByEntry(const QStringList& problems);

} // namespace grove
