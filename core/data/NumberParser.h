#pragma once

#include "core/common/WholeNumber.h"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace grove {

enum class CellKind { Number, Missing, NotNumber };

// True for the spellings Grove reads as a missing value: the empty string, NA, N/A, NaN,
// null, None and ?, in any letter case, after trimming blanks.
bool isMissingMarker(std::string_view text);

// Parses one cell as a number. Leading and trailing blanks are ignored; "inf", "-Infinity"
// and the like are numbers; missing markers give Missing; anything else gives NotNumber.
// Values are rounded correctly to double and then to float, the same result as reading the
// text as float64 and casting to float32 (what numpy, pandas and xgboost do).
CellKind parseNumberCell(std::string_view text, float& value);

// The same for double precision (used by LIBSVM labels and tests).
CellKind parseNumberCell(std::string_view text, double& value);

// The common case only: an optional '-', digits and an optional fraction, with the text ending
// exactly at `end` or at a byte in `stops`. On success returns where the number ends and sets
// `value`; returns nullptr when the text needs parseNumberCell (blanks, '+', exponents, missing
// markers, infinities, more than 19 digits, ...). The float is the same as parseNumberCell's.
// Digits are read eight at a time, so at least 8 bytes after `end` must be readable and must
// not be digits (the CSV reader pads its buffers with zeros).
inline constexpr std::size_t kNumberParserPadding = 8;
inline const char* parsePlainNumberPadded(const char* begin, const char* end, const bool* stops,
                                          float& value);

namespace number_detail {

inline constexpr double kExactPowersOfTen[] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// 10^k for k <= 8, exact as floats (5^8 < 2^24).
inline constexpr float kExactFloatPowersOfTen[] = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f};

// The doubles nearest to 10^-k.
inline constexpr double kInversePowersOfTen[] = {
    1e-0,  1e-1,  1e-2,  1e-3,  1e-4,  1e-5,  1e-6,  1e-7,  1e-8,  1e-9,  1e-10, 1e-11,
    1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18, 1e-19, 1e-20, 1e-21, 1e-22};

inline constexpr std::uint64_t kPowersOfTen[] = {1ULL,         10ULL,         100ULL,         1000ULL,
                                          10000ULL,     100000ULL,     1000000ULL,     10000000ULL,
                                          100000000ULL};

inline std::uint64_t load8(const char* p)
{
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    return word;
}

inline std::uint64_t nonDigitBytes(std::uint64_t digits)
{
    // A byte is a digit when it is 0..9 after subtracting '0'. Borrows and carries only travel
    // towards later bytes, so the first non-digit byte is always found correctly.
    return ((digits + 0x7676767676767676ULL) | digits) & 0x8080808080808080ULL;
}

// The number spelled by the first `length` (1..8) digit values in `digits` (one per byte, the
// first digit in the lowest byte). SWAR: the bytes are combined as one 64-bit word, so there is
// no chain of multiply-adds from one digit to the next.
inline std::uint64_t combineDigits(std::uint64_t digits, int length)
{
    // Move the digits to the top; the cleared low bytes act as leading zeros.
    std::uint64_t v = digits << (8 * (8 - length));
    v = (v * 10) + (v >> 8);                                    // pairs of digits
    v = (((v & 0x000000FF000000FFULL) * 0x000F424000000064ULL) + // groups of four, then eight
         (((v >> 16) & 0x000000FF000000FFULL) * 0x0000271000000001ULL)) >> 32;
    return std::uint32_t(v);
}

inline std::uint64_t lowBytes(std::uint64_t word, int count)
{
    return count >= 8 ? word : (word & ((std::uint64_t(1) << (8 * count)) - 1));
}

// Reads the run of ASCII digits (at most 8) that starts at p. Returns its length and sets
// `value` to the number it spells.
inline int readDigitRun(const char* p, std::uint64_t& value)
{
    const std::uint64_t digits = load8(p) - 0x3030303030303030ULL;
    const std::uint64_t nonDigit = nonDigitBytes(digits);
    const int length = nonDigit ? std::countr_zero(nonDigit) / 8 : 8;
    value = length == 0 ? 0 : combineDigits(digits, length);
    return length;
}

// Reads a run of digits of any length into `mantissa`; false when there are more than 19
// significant positions in total (the mantissa could overflow).
inline bool readDigits(const char*& p, std::uint64_t& mantissa, int& totalDigits)
{
    for (;;) {
        std::uint64_t value = 0;
        const int length = readDigitRun(p, value);
        if (length == 0)
            return true;
        if (totalDigits + length > 19)
            return false;
        mantissa = mantissa * kPowersOfTen[length] + value;
        totalDigits += length;
        p += length;
        if (length < 8)
            return true;
    }
}

} // namespace number_detail

[[gnu::always_inline]] inline const char* parsePlainNumberPadded(const char* begin, const char* end, const bool* stops, float& out)
{
    // The sign is handled without branches: in real data it is as good as random, and a
    // mispredicted branch costs more than the rest of the number.
    const bool negative = begin != end && *begin == '-';
    const char* p = begin + negative;
    std::uint64_t mantissa = 0;
    int digits = 0;
    int exponent = 0;
    // Most numbers in data files have at most 8 digits ("-0.653742", "1250", "3.5"): the integer
    // digits and the fraction digits are joined into one word, without the dot, and converted
    // at once. Longer numbers take the general route below.
    const std::uint64_t head = number_detail::load8(p) - 0x3030303030303030ULL;
    const std::uint64_t headNonDigit = number_detail::nonDigitBytes(head);
    const int whole = headNonDigit ? std::countr_zero(headNonDigit) / 8 : 8;
    bool done = false;
    if (whole < 8 && p[whole] == '.') {
        const std::uint64_t tail = number_detail::load8(p + whole + 1) - 0x3030303030303030ULL;
        const std::uint64_t tailNonDigit = number_detail::nonDigitBytes(tail);
        const int fraction = tailNonDigit ? std::countr_zero(tailNonDigit) / 8 : 8;
        if (whole + fraction <= 8 && whole + fraction > 0 && fraction < 8) {
            const std::uint64_t joined = number_detail::lowBytes(head, whole) |
                                         (number_detail::lowBytes(tail, fraction) << (8 * whole));
            digits = whole + fraction;
            mantissa = number_detail::combineDigits(joined, digits);
            exponent = -fraction;
            p += whole + 1 + fraction;
            done = true;
        }
    } else if (whole > 0 && whole < 8) {
        mantissa = number_detail::combineDigits(head, whole);
        digits = whole;
        p += whole;
        done = true;
    }
    if (!done) {
        if (!number_detail::readDigits(p, mantissa, digits))
            return nullptr;
        if (p < end && *p == '.') {
            ++p;
            const int before = digits;
            if (!number_detail::readDigits(p, mantissa, digits))
                return nullptr;
            exponent = before - digits;
        }
    }
    if (digits == 0 || p > end)
        return nullptr;
    if (p != end && (*p == 'e' || *p == 'E'))
        return nullptr; // rare in data files; the general parser handles exponents
    if (p != end && !stops[static_cast<unsigned char>(*p)])
        return nullptr;
    if (mantissa < (std::uint64_t(1) << 24) && exponent >= -8) {
        // Both m and 10^k are exact floats, so one float division rounds m / 10^k correctly. That
        // is also what rounding to double first and then to float gives: m / 10^k lies at least
        // 2^-25 / 10^k of its size away from any point halfway between two floats (or exactly
        // on one), more than the double's rounding error of 2^-53 of its size for k <= 8.
        const float quotient = float(std::uint32_t(mantissa)) / number_detail::kExactFloatPowersOfTen[-exponent];
        out = std::bit_cast<float>(std::bit_cast<std::uint32_t>(quotient) | (std::uint32_t(negative) << 31));
        return p;
    }
    if (mantissa > (std::uint64_t(1) << 53) || exponent < -22)
        return nullptr;
    double value = double(mantissa);
    if (exponent < 0) {
        // m * 10^-k is within two double ulps of the exact m / 10^k, so it rounds to the same
        // float unless it lies right next to a point halfway between two floats (the low 29
        // bits of the double are then close to 1000...0); only then is the slower, exact
        // division needed.
        const double product = value * number_detail::kInversePowersOfTen[-exponent];
        const auto low = std::uint32_t(std::bit_cast<std::uint64_t>(product) & 0x1FFFFFFFu);
        value = (low - 0x0FFFFFF8u < 16u) ? value / number_detail::kExactPowersOfTen[-exponent] : product;
    }
    const std::uint64_t sign = std::uint64_t(negative) << 63;
    out = static_cast<float>(std::bit_cast<double>(std::bit_cast<std::uint64_t>(value) | sign));
    return p;
}

} // namespace grove
