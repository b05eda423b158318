#pragma once

#include <QString>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace grove {

struct CsvDialect
{
    char delimiter = ',';
    char quote = '"';
    bool hasHeader = true;
};

// One field of a record, pointing into the parsed buffer. For a quoted field the view excludes
// the quotes; doubled quotes inside are still doubled and `escapedQuotes` says so.
struct FieldView
{
    const char* begin = nullptr;
    const char* end = nullptr;
    bool quoted = false;
    bool escapedQuotes = false;

    std::string_view view() const { return {begin, std::size_t(end - begin)}; }
    // The field's text with doubled quotes undone; uses `scratch` only when it has to.
    std::string_view text(std::string& scratch) const;
};

enum class RecordStatus {
    Ok,                // a record was read
    Blank,             // an empty line was skipped
    End,               // no more input
    NeedMore,          // the buffer ends inside a record (only when not at end of input)
    UnterminatedQuote, // a quoted field is never closed; errorAt points at its opening quote
    TextAfterQuote,    // a closing quote is followed by something other than a delimiter
};

// Splits records out of a buffer according to RFC 4180, leniently: a quote that does not start
// a field is an ordinary character, CRLF, LF and lone CR all end a record, and blank lines are
// skipped. It never copies field contents.
class CsvTokenizer
{
public:
    explicit CsvTokenizer(const CsvDialect& dialect);

    // Reads the record that starts at `pos` into `fields` and moves `pos` past its line ending.
    RecordStatus next(const char*& pos, const char* end, bool atEof, std::vector<FieldView>& fields,
                      const char** errorAt) const;

private:
    CsvDialect m_dialect;
    std::array<bool, 256> m_stops{}; // delimiter, CR and LF
};

// Where the last complete record in [begin, end) ends, given that `begin` starts a record.
// Returns begin when no record is complete. Understands quoted newlines the same way
// CsvTokenizer does, so a buffer can be cut there and handed to another thread.
const char* lastRecordBoundary(const char* begin, const char* end, const CsvDialect& dialect);

// Guesses the delimiter among comma, tab, semicolon and pipe from the first lines of a file:
// the one that splits the most lines into the same number of fields (more than one).
// `fallback` is returned when nothing fits (for example a single-column file). `complete` says
// whether the sample is the whole file, so that its last line counts even without a newline.
char sniffDelimiter(std::string_view sample, bool complete, char fallback);

QString delimiterDisplayName(char delimiter);

// A field for a comma-separated file Grove writes: quoted (with doubled quotes) when it holds a
// comma, a quote or a line break.
QString csvField(const QString& text);

} // namespace grove
