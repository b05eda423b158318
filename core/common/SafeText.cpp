#include "core/common/SafeText.h"

#include <QCoreApplication>

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::SafeText)
};

QString describe(char32_t c)
{
    switch (c) {
    case U'\n': return Text::tr("a line break");
    case U'\r': return Text::tr("a carriage return");
    case U'\t': return Text::tr("a tab");
    case 0x1b: return Text::tr("an escape character");
    default: break;
    }
    const QString code = QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    return Text::tr("the control character U+%1").arg(code);
}

} // namespace

bool isUnsafeCharacter(char32_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        return true;
    if (c == 0x061c || c == 0x200e || c == 0x200f) // Arabic letter mark, LRM, RLM
        return true;
    if (c >= 0x202a && c <= 0x202e) // embeddings and overrides
        return true;
    if (c >= 0x2066 && c <= 0x2069) // isolates
        return true;
    return c == 0x2028 || c == 0x2029;
}

std::optional<qsizetype> findUnsafeCharacter(const QString& text, bool allowLineBreaks)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (allowLineBreaks && (c == u'\n' || c == u'\t'))
            continue;
        if (isUnsafeCharacter(c))
            return i;
    }
    return std::nullopt;
}

QString singleLineFieldProblem(const QString& field, const QString& value)
{
    const auto at = findUnsafeCharacter(value);
    if (!at)
        return {};
    return Text::tr("%1 contains %2 at character %3. It must be a single line of printable text: "
                    "remove line breaks, tabs and control characters.")
        .arg(field, describe(value.at(*at).unicode()), QString::number(*at + 1));
}

QString multiLineFieldProblem(const QString& field, const QString& value)
{
    const auto at = findUnsafeCharacter(value, true);
    if (!at)
        return {};
    return Text::tr("%1 contains %2 at character %3. Line breaks and tabs are fine; remove the other "
                    "control characters.")
        .arg(field, describe(value.at(*at).unicode()), QString::number(*at + 1));
}

QString escapeUnsafeText(const QString& text)
{
    if (!findUnsafeCharacter(text))
        return text;
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (!isUnsafeCharacter(c)) {
            escaped.append(qc);
            continue;
        }
        switch (c) {
        case u'\n': escaped.append(QLatin1String("\\n")); break;
        case u'\r': escaped.append(QLatin1String("\\r")); break;
        case u'\t': escaped.append(QLatin1String("\\t")); break;
        case 0x1b: escaped.append(QLatin1String("\\e")); break;
        default:
            if (c < 0x100)
                escaped.append(QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0')));
            else
                escaped.append(QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')));
        }
    }
    return escaped;
}

QStringList escapeUnsafeText(const QStringList& texts)
{
    QStringList escaped;
    escaped.reserve(texts.size());
    for (const QString& text : texts)
        escaped << escapeUnsafeText(text);
    return escaped;
}

} // namespace grove
