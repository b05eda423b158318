#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace grove::cli {

// Left-aligned columns separated by two spaces, for human-readable listings.
class TextTable
{
public:
    explicit TextTable(QStringList header) : m_rows{std::move(header)} {}
    void addRow(QStringList row) { m_rows << std::move(row); }
    QString render() const;

private:
    QList<QStringList> m_rows;
};

} // namespace grove::cli
