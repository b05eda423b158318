#include "core/data/NumberParser.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>
#include <cmath>
#include <limits>

namespace grove {
namespace {

inline bool isBlank(char c) { return c == ' ' || c == '\t'; }

inline std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

bool equalsIgnoreCase(std::string_view a, std::string_view lowerB)
{
    if (a.size() != lowerB.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lowerB[i])
            return false;
    }
    return true;
}

bool isMissingTrimmed(std::string_view s)
{
    switch (s.size()) {
    case 0:
        return true;
    case 1:
        return s[0] == '?';
    case 2:
        return equalsIgnoreCase(s, "na");
    case 3:
        return equalsIgnoreCase(s, "nan") || equalsIgnoreCase(s, "n/a");
    case 4:
        return equalsIgnoreCase(s, "null") || equalsIgnoreCase(s, "none") ||
               equalsIgnoreCase(s, "-nan") || equalsIgnoreCase(s, "+nan");
    default:
        return false;
    }
}

// Clinger's fast path: a decimal with at most 19 significant digits whose mantissa fits in
// 53 bits and whose power of ten is at most 22 in magnitude is exactly m * 10^e or m / 10^-e
// in one correctly rounded IEEE operation. Everything else goes to std::from_chars, which is
// correctly rounded too but slower. Returns where the number stops, or nullptr.
inline const char* scanFast(const char* p, const char* const end, double& out)
{
    bool negative = false;
    if (p != end && *p == '-') {
        negative = true;
        ++p;
    }
    std::uint64_t mantissa = 0;
    const char* digitsStart = p;
    while (p != end && unsigned(*p - '0') < 10) {
        mantissa = mantissa * 10 + unsigned(*p - '0');
        ++p;
    }
    int digits = int(p - digitsStart);
    int exponent = 0;
    if (p != end && *p == '.') {
        ++p;
        const char* fractionStart = p;
        while (p != end && unsigned(*p - '0') < 10) {
            mantissa = mantissa * 10 + unsigned(*p - '0');
            ++p;
        }
        const int fractionDigits = int(p - fractionStart);
        digits += fractionDigits;
        exponent -= fractionDigits;
    }
    if (digits == 0 || digits > 19)
        return nullptr;
    if (p != end && (*p == 'e' || *p == 'E')) {
        ++p;
        bool negativeExponent = false;
        if (p != end && (*p == '-' || *p == '+')) {
            negativeExponent = *p == '-';
            ++p;
        }
        const char* expStart = p;
        int e = 0;
        while (p != end && unsigned(*p - '0') < 10 && e < 10000) {
            e = e * 10 + (*p - '0');
            ++p;
        }
        if (p == expStart)
            return nullptr;
        exponent += negativeExponent ? -e : e;
    }
    if (mantissa > (std::uint64_t(1) << 53) || exponent < -22 || exponent > 22)
        return nullptr;
    double value = double(mantissa);
    value = exponent < 0 ? value / number_detail::kExactPowersOfTen[-exponent] : value * number_detail::kExactPowersOfTen[exponent];
    out = negative ? -value : value;
    return p;
}

inline bool parseFast(std::string_view s, double& out)
{
    const char* begin = s.data();
    const char* end = begin + s.size();
    if (begin != end && *begin == '+') {
        ++begin;
        if (begin != end && *begin == '-')
            return false;
    }
    return scanFast(begin, end, out) == end;
}

// Whether a number out of double's range (as from_chars found) is too large rather than too
// small: where its first significant digit stands, counted from the decimal point, plus its
// exponent. "1" followed by 400 zeros overflows as "1e999" does; "0.000...1" and "1e-999" are 0.
bool overflows(std::string_view body)
{
    std::size_t i = 0;
    long long position = 0; // of the first significant digit: 1 for the units, 0 for tenths...
    bool seen = false;
    while (i < body.size() && unsigned(body[i] - '0') < 10) {
        if (seen || body[i] != '0') {
            seen = true;
            ++position;
        }
        ++i;
    }
    if (i < body.size() && body[i] == '.') {
        ++i;
        while (!seen && i < body.size() && body[i] == '0') {
            --position;
            ++i;
        }
        while (i < body.size() && unsigned(body[i] - '0') < 10)
            ++i;
    }
    long long exponent = 0;
    if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
        ++i;
        const bool negative = i < body.size() && body[i] == '-';
        if (i < body.size() && (body[i] == '-' || body[i] == '+'))
            ++i;
        for (; i < body.size() && unsigned(body[i] - '0') < 10; ++i)
            exponent = std::min<long long>(exponent * 10 + (body[i] - '0'), 1'000'000'000);
        if (negative)
            exponent = -exponent;
    }
    return position + exponent > 0;
}

CellKind parseSlow(std::string_view s, double& out)
{
    bool negative = false;
    std::string_view body = s;
    if (body.front() == '+' || body.front() == '-') {
        negative = body.front() == '-';
        body.remove_prefix(1);
        // from_chars accepts a leading '-' only; a second sign is not a number.
        if (body.empty() || body.front() == '+' || body.front() == '-')
            return CellKind::NotNumber;
    }
    double value = 0;
    const auto result = std::from_chars(body.data(), body.data() + body.size(), value,
                                        std::chars_format::general);
    if (result.ec == std::errc::result_out_of_range) {
        // Overflow becomes infinity and underflow zero, as strtod and pandas do.
        value = overflows(body) ? std::numeric_limits<double>::infinity() : 0.0;
        // from_chars leaves ptr past the number on range errors.
    } else if (result.ec != std::errc()) {
        return CellKind::NotNumber;
    }
    if (result.ptr != body.data() + body.size())
        return CellKind::NotNumber;
    if (std::isnan(value))
        return CellKind::Missing;
    out = negative ? -value : value;
    return CellKind::Number;
}

} // namespace

bool isMissingMarker(std::string_view text) { return isMissingTrimmed(trimmed(text)); }

CellKind parseNumberCell(std::string_view text, double& value)
{
    const std::string_view s = trimmed(text);
    if (s.empty())
        return CellKind::Missing;
    if (parseFast(s, value))
        return CellKind::Number;
    if (isMissingTrimmed(s))
        return CellKind::Missing;
    return parseSlow(s, value);
}

CellKind parseNumberCell(std::string_view text, float& value)
{
    double wide = 0;
    const CellKind kind = parseNumberCell(text, wide);
    if (kind == CellKind::Number)
        value = static_cast<float>(wide);
    return kind;
}

} // namespace grove
