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
#include <vector>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define GROVE_STOP_INDEX_X86 1
#endif

namespace grove::csv_detail {

class StopIndex
{
public:
    // How many bytes are compared at once; Best picks what the processor has. The others are
    // there for tests.
    enum class Width { Best, Bytes1, Bytes16, Bytes32 };

    static bool supports(Width width)
    {
#if defined(GROVE_STOP_INDEX_X86)
        static const bool avx2 = __builtin_cpu_supports("avx2");
        return width != Width::Bytes32 || avx2;
#else
        return width == Width::Best || width == Width::Bytes1;
#endif
    }

    // Indexes [begin, begin + size). Reads nothing outside it. On the way, it notes whether the
    // block is plain ASCII without NUL bytes, which then needs no further check of its text.
    void build(const char* begin, std::size_t size, char delimiter, Width width = Width::Best)
    {
        m_begin = begin;
        m_end = begin + size;
        const std::size_t full = size / 64;
        // Two words more than the bytes need: next() looks at the word after the one it starts in.
        m_bits.resize(full + 2);
        bool special = false; // a NUL byte or a byte outside ASCII
        std::size_t w = 0;
#if defined(GROVE_STOP_INDEX_X86)
        if (width == Width::Best || !supports(width))
            width = supports(Width::Bytes32) ? Width::Bytes32 : Width::Bytes16;
        if (width == Width::Bytes32)
            special = wordsBy32(begin, full, delimiter);
        else if (width == Width::Bytes16)
            special = wordsBy16(begin, full, delimiter);
        if (width != Width::Bytes1)
            w = full;
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
        // choosing between them needs no branch, as field lengths vary unpredictably.
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
#if defined(GROVE_STOP_INDEX_X86)
    // The whole 64-byte words, 16 bytes at a time (SSE2, every x86-64 processor). Returns whether
    // they hold a NUL byte or a byte outside ASCII.
    bool wordsBy16(const char* begin, std::size_t words, char delimiter)
    {
        const __m128i delimiters = _mm_set1_epi8(delimiter);
        const __m128i lineFeeds = _mm_set1_epi8('\n');
        const __m128i returns = _mm_set1_epi8('\r');
        const __m128i zeros = _mm_setzero_si128();
        __m128i specials = zeros; // a byte's top bit: outside ASCII; all its bits: NUL
        for (std::size_t w = 0; w < words; ++w) {
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
        return _mm_movemask_epi8(specials) != 0;
    }

    // The same 32 bytes at a time, on a processor with AVX2.
    __attribute__((target("avx2"))) bool wordsBy32(const char* begin, std::size_t words, char delimiter)
    {
        const __m256i delimiters = _mm256_set1_epi8(delimiter);
        const __m256i lineFeeds = _mm256_set1_epi8('\n');
        const __m256i returns = _mm256_set1_epi8('\r');
        const __m256i zeros = _mm256_setzero_si256();
        __m256i specials = zeros;
        for (std::size_t w = 0; w < words; ++w) {
            std::uint64_t word = 0;
            for (int half = 0; half < 2; ++half) {
                const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(begin + 64 * w + 32 * half));
                const __m256i hits = _mm256_or_si256(_mm256_cmpeq_epi8(bytes, delimiters),
                                                     _mm256_or_si256(_mm256_cmpeq_epi8(bytes, lineFeeds),
                                                                     _mm256_cmpeq_epi8(bytes, returns)));
                word |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(hits))) << (32 * half);
                specials = _mm256_or_si256(specials, _mm256_or_si256(bytes, _mm256_cmpeq_epi8(bytes, zeros)));
            }
            m_bits[w] = word;
        }
        return _mm256_movemask_epi8(specials) != 0;
    }
#endif

    const char* m_begin = nullptr;
    const char* m_end = nullptr;
    std::vector<std::uint64_t> m_bits;
    bool m_plainAscii = false;
};

} // namespace grove::csv_detail
