#pragma once

// Where the fields of a block of CSV records end: one bit per byte, set on the delimiter, CR and
// LF. The CSV reader's fast path (CsvReader.cpp) asks it where a field stops instead of finding
// out by reading the field; the next field's start then no longer waits for the number before it
// to be parsed, and the processor works on several numbers at once. Quotes are not looked at: a
// record with quotes, or anything else the fast path does not take, goes through the general
// tokenizer. Internal to core/data.

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace grove::csv_detail {

class StopIndex
{
public:
    // Indexes [begin, begin + size). Reads nothing outside it. On the way, it notes whether the
    // block is plain ASCII without NUL bytes, which then needs no further check of its text.
    void build(const char* begin, std::size_t size, char delimiter)
    {
        bool special = false; // a NUL byte or a byte outside ASCII
        m_begin = begin;
        m_end = begin + size;
        const std::size_t full = size / 64;
        // Two words more than the bytes need: next() looks at the word after the one it starts in.
        m_bits.resize(full + 2);
        std::size_t w = 0;
#if defined(__SSE2__)
        const __m128i delimiters = _mm_set1_epi8(delimiter);
        const __m128i lineFeeds = _mm_set1_epi8('\n');
        const __m128i returns = _mm_set1_epi8('\r');
        const __m128i zeros = _mm_setzero_si128();
        __m128i specials = zeros; // the top bit of a byte: outside ASCII; a whole byte set: NUL
        for (; w < full; ++w) {
            std::uint64_t word = 0;
            for (int part = 0; part < 4; ++part) {
                const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(begin + 64 * w + 16 * part));
                const __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(bytes, delimiters),
                                                  _mm_or_si128(_mm_cmpeq_epi8(bytes, lineFeeds),
                                                               _mm_cmpeq_epi8(bytes, returns)));
                word |= std::uint64_t(std::uint32_t(_mm_movemask_epi8(hits))) << (16 * part);
                specials = _mm_or_si128(specials, _mm_or_si128(bytes, _mm_cmpeq_epi8(bytes, zeros)));
            }
            m_bits[w] = word;
        }
        special = _mm_movemask_epi8(specials) != 0;
#endif
        for (; w < full + 2; ++w) {
            std::uint64_t word = 0;
            const std::size_t from = 64 * w;
            const std::size_t to = std::min(size, from + 64);
            for (std::size_t i = from; i < to; ++i) {
                const char c = begin[i];
                word |= std::uint64_t(c == delimiter || c == '\n' || c == '\r') << (i - from);
                special |= c == 0 || static_cast<unsigned char>(c) >= 0x80;
            }
            m_bits[w] = word;
        }
        m_plainAscii = !special;
    }

    // Whether the indexed block holds ASCII characters only, and no NUL byte.
    bool plainAscii() const { return m_plainAscii; }

    // The first delimiter, CR or LF at or after p (which lies within the block or at its end),
    // or the block's end.
    const char* next(const char* p) const
    {
        const auto i = std::size_t(p - m_begin);
        std::size_t w = i >> 6;
        const std::uint64_t first = m_bits[w] & (~std::uint64_t(0) << (i & 63));
        const std::uint64_t second = m_bits[w + 1];
        // Nearly every field is shorter than 64 bytes, so its end lies in one of these two words;
        // the choice between them is made without a branch, as field lengths vary unpredictably.
        if ((first | second) != 0) [[likely]] {
            const std::size_t offset = first != 0 ? std::size_t(std::countr_zero(first))
                                                  : 64 + std::size_t(std::countr_zero(second));
            return std::min(m_begin + 64 * w + offset, m_end);
        }
        for (w += 2; w < m_bits.size(); ++w) {
            if (m_bits[w] != 0)
                return std::min(m_begin + 64 * w + std::size_t(std::countr_zero(m_bits[w])), m_end);
        }
        return m_end;
    }

private:
    const char* m_begin = nullptr;
    const char* m_end = nullptr;
    std::vector<std::uint64_t> m_bits;
    bool m_plainAscii = false;
};

} // namespace grove::csv_detail
