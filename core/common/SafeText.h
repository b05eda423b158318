#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace grove {

// Free text that a user types (a reason, a tag, a note, a name) ends up in files other people
// read and on terminals. Control characters could forge a line of a history or move the cursor,
// and bidirectional overrides can make text read differently from what it is.

// Whether `c` must never be printed raw: C0 and C1 controls (including line breaks), DEL,
// bidirectional embeddings, overrides and isolates, and the Unicode line and paragraph separators.
bool isUnsafeCharacter(char32_t c);

// Index (in UTF-16 units) of the first unsafe character of `text`, or nullopt. With
// `allowLineBreaks`, '\n' and '\t' are accepted (for multi-line notes).
std::optional<qsizetype> findUnsafeCharacter(const QString& text, bool allowLineBreaks = false);

// An error message for a single-line field (what it is, which character where, what to do),
// or an empty string when `value` is fine. `field` names the field for the user ("The reason").
QString singleLineFieldProblem(const QString& field, const QString& value);

// The same for a field that may have several lines (a note): line breaks and tabs are fine,
// other control characters and bidirectional overrides are not.
QString multiLineFieldProblem(const QString& field, const QString& value);

// `text` with every unsafe character written as an escape (\n, \t, \r, \e, \x07, \u202e), so that
// it prints as one harmless line. Backslashes stay as they are.
QString escapeUnsafeText(const QString& text);
// The same for each of `texts`.
QStringList escapeUnsafeText(const QStringList& texts);

} // namespace grove
