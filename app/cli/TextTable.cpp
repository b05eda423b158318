#include "app/cli/TextTable.h"

#include "core/common/SafeText.h"

namespace grove::cli {

QString TextTable::render() const
{
    QList<QStringList> rows = m_rows;
    for (QStringList& row : rows) {
        for (QString& cell : row)
            cell = escapeUnsafeText(cell);
    }
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        text += line.trimmed().isEmpty() ? QString() : line;
        text += QLatin1Char('\n');
    }
    return text;
}

QString escapeLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = escapeUnsafeText(line);
    return lines.join(QLatin1Char('\n'));
}

QString duration(double seconds)
{
    if (seconds < 60)
        return QString::number(seconds, 'f', 1) + QStringLiteral(" s");
    const int total = int(seconds);
    const QLatin1Char zero('0');
    return total < 3600 ? QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, zero)
                        : QStringLiteral("%1:%2:%3").arg(total / 3600).arg(total / 60 % 60, 2, 10, zero).arg(total % 60, 2, 10, zero);
}

QString idList(const QList<qint64>& ids)
{
    QStringList texts;
    for (qint64 id : ids)
        texts << QString::number(id);
    return texts.join(QStringLiteral(", "));
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace grove::cli
