#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace grove::cli {

// Left-aligned columns separated by two spaces, for human-readable listings. A cell is printed
// as one line: control characters and bidirectional overrides in it (from a name, a note, a
// column of an imported file) are escaped, so that no cell can forge a row or drive the terminal.
class TextTable
{
public:
    explicit TextTable(QStringList header) : m_rows{std::move(header)} {}
    void addRow(QStringList row) { m_rows << std::move(row); }
    QString render() const;

private:
    QList<QStringList> m_rows;
};

// Text of several lines (a message, a JSON document) made safe for a terminal: each line is
// escaped as escapeUnsafeText() does, and the line breaks stay.
QString escapeLines(const QString& text);

// A duration as listings and messages show it: "4.2 s", "3:05", "1:02:07".
QString duration(double seconds);

// Run ids as messages list them ("3, 5, 8") and as JSON arrays.
QString idList(const QList<qint64>& ids);
QJsonArray idArray(const QList<qint64>& ids);

} // namespace grove::cli
