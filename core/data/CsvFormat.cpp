#include "core/data/CsvFormat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <map>

using namespace Qt::StringLiterals;

namespace grove {

std::string_view FieldView::text(std::string& scratch) const
{
    if (!escapedQuotes)
        return view();
    scratch.clear();
    scratch.reserve(std::size_t(end - begin));
    for (const char* p = begin; p < end; ++p) {
        scratch.push_back(*p);
        if (*p == '"' && p + 1 < end && p[1] == '"')
            ++p;
    }
    return scratch;
}

CsvTokenizer::CsvTokenizer(const CsvDialect& dialect) : m_dialect(dialect)
{
    m_stops[static_cast<unsigned char>(dialect.delimiter)] = true;
    m_stops['\n'] = true;
    m_stops['\r'] = true;
}

namespace {

inline const char* skipLineEnd(const char* p, const char* end)
{
    if (*p == '\r') {
        ++p;
        if (p < end && *p == '\n')
            ++p;
        return p;
    }
    return p + 1;
}

inline bool isBlank(char c, char delimiter) { return (c == ' ' || c == '\t') && c != delimiter; }

} // namespace

RecordStatus CsvTokenizer::next(const char*& pos, const char* end, bool atEof,
                                std::vector<FieldView>& fields, const char** errorAt) const
{
    fields.clear();
    const char* s = pos;
    if (s >= end)
        return RecordStatus::End;
    const char delimiter = m_dialect.delimiter;
    const char quote = m_dialect.quote;
    for (;;) {
        if (s < end && *s == quote) {
            const char* q = s + 1;
            bool escaped = false;
            for (;;) {
                q = static_cast<const char*>(std::memchr(q, quote, std::size_t(end - q)));
                if (!q) {
                    if (!atEof)
                        return RecordStatus::NeedMore;
                    if (errorAt)
                        *errorAt = s;
                    return RecordStatus::UnterminatedQuote;
                }
                if (q + 1 < end && q[1] == quote) {
                    escaped = true;
                    q += 2;
                    continue;
                }
                if (q + 1 == end && !atEof)
                    return RecordStatus::NeedMore;
                break;
            }
            fields.push_back({s + 1, q, true, escaped});
            s = q + 1;
            while (s < end && isBlank(*s, delimiter))
                ++s;
            if (s == end) {
                if (!atEof)
                    return RecordStatus::NeedMore;
                pos = s;
                return RecordStatus::Ok;
            }
            if (*s == delimiter) {
                ++s;
                continue;
            }
            if (*s == '\n' || *s == '\r') {
                pos = skipLineEnd(s, end);
                return RecordStatus::Ok;
            }
            if (errorAt)
                *errorAt = s;
            return RecordStatus::TextAfterQuote;
        }
        const char* fieldStart = s;
        while (s < end && !m_stops[static_cast<unsigned char>(*s)])
            ++s;
        fields.push_back({fieldStart, s, false, false});
        if (s == end) {
            if (!atEof)
                return RecordStatus::NeedMore;
            pos = s;
            break;
        }
        if (*s == delimiter) {
            ++s;
            continue;
        }
        if (*s == '\r' && s + 1 == end && !atEof)
            return RecordStatus::NeedMore; // might be the first half of CRLF
        pos = skipLineEnd(s, end);
        break;
    }
    if (fields.size() == 1 && fields.front().begin == fields.front().end)
        return RecordStatus::Blank;
    return RecordStatus::Ok;
}

const char* lastRecordBoundary(const char* begin, const char* end, const CsvDialect& dialect)
{
    const char quote = dialect.quote;
    if (!std::memchr(begin, quote, std::size_t(end - begin))) {
        // No quotes: the last newline ends a record.
        for (const char* p = end; p > begin; --p) {
            if (p[-1] == '\n')
                return p;
        }
        return begin;
    }
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    const char delimiter = dialect.delimiter;
    const char* boundary = begin;
    for (const char* p = begin; p < end; ++p) {
        const char c = *p;
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == '\n') {
                boundary = p + 1;
                state = State::FieldStart;
            } else if (c == delimiter || c == '\r') {
                // A lone CR ends a record for the tokenizer too: a quote after it opens a field.
                // Cuts are made after LF only, so that CR LF is never split.
                state = State::FieldStart;
            } else if (state == State::FieldStart && c == quote) {
                state = State::Quoted;
            } else {
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == quote)
                state = State::QuoteInQuoted;
            break;
        case State::QuoteInQuoted:
            if (c == quote) {
                state = State::Quoted;
            } else if (c == '\n') {
                boundary = p + 1;
                state = State::FieldStart;
            } else if (c == delimiter || c == '\r') {
                state = State::FieldStart;
            } else {
                state = State::Unquoted;
            }
            break;
        }
    }
    return boundary;
}

char sniffDelimiter(std::string_view sample, bool complete, char fallback)
{
    static constexpr char kCandidates[] = {',', '\t', ';', '|'};
    char best = fallback;
    double bestScore = 0;
    for (char candidate : kCandidates) {
        CsvDialect dialect;
        dialect.delimiter = candidate;
        CsvTokenizer tokenizer(dialect);
        const char* pos = sample.data();
        const char* const end = sample.data() + sample.size();
        std::vector<FieldView> fields;
        std::map<std::size_t, int> widths;
        int lines = 0;
        while (lines < 50) {
            const RecordStatus status = tokenizer.next(pos, end, complete, fields, nullptr);
            if (status == RecordStatus::Blank)
                continue;
            if (status != RecordStatus::Ok)
                break;
            ++widths[fields.size()];
            ++lines;
        }
        if (lines == 0)
            continue;
        const auto mode = std::max_element(widths.begin(), widths.end(),
                                           [](auto& a, auto& b) { return a.second < b.second; });
        if (mode->first < 2)
            continue;
        // Consistency matters most; among consistent candidates more fields win.
        const double consistency = double(mode->second) / lines;
        const double score = consistency * 1000.0 + double(std::min<std::size_t>(mode->first, 999));
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

QString delimiterDisplayName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return QCoreApplication::translate("grove::CsvFormat", "comma");
    case '\t':
        return QCoreApplication::translate("grove::CsvFormat", "tab");
    case ';':
        return QCoreApplication::translate("grove::CsvFormat", "semicolon");
    case '|':
        return QCoreApplication::translate("grove::CsvFormat", "pipe");
    case ' ':
        return QCoreApplication::translate("grove::CsvFormat", "space");
    default:
        return u"'"_s + QChar::fromLatin1(delimiter) + u"'"_s;
    }
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace grove
