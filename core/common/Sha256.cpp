#include "core/common/Sha256.h"

#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define GROVE_SHA_NI 1
#endif

namespace grove {
namespace {

constexpr std::array<std::uint32_t, 8> kInitialState = {0x6a09e667, 0xbb67ae85, 0x3c6ef372,
                                                        0xa54ff53a, 0x510e527f, 0x9b05688c,
                                                        0x1f83d9ab, 0x5be0cd19};

#ifdef GROVE_SHA_NI
alignas(16) constexpr std::uint32_t kRoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

bool cpuHasShaExtensions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & bit_SSSE3;
    const bool sse41 = ecx & bit_SSE4_1;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = ebx & (1u << 29);
    return ssse3 && sse41 && sha;
}

// Processes whole 64-byte blocks. The state is kept in the ABEF/CDGH lane order that the
// sha256rnds2 instruction expects; each loop step performs four rounds.
__attribute__((target("sha,sse4.1,ssse3"))) void compressShaNi(std::uint32_t* state,
                                                               const std::uint8_t* data,
                                                               std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);                  // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);            // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);    // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);         // CDGH

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i savedAbef = state0;
        const __m128i savedCdgh = state1;
        __m128i msg[4];
        // Fully unrolled so that the four message words stay in registers.
#pragma GCC unroll 16
        for (int group = 0; group < 16; ++group) {
            __m128i& current = msg[group % 4];
            if (group < 4) {
                current = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * group)),
                    byteSwap);
            } else {
                // W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16], four lanes at a time.
                const __m128i minus4 = msg[group % 4];
                const __m128i minus3 = msg[(group + 1) % 4];
                const __m128i minus2 = msg[(group + 2) % 4];
                const __m128i minus1 = msg[(group + 3) % 4];
                __m128i w = _mm_sha256msg1_epu32(minus4, minus3);
                w = _mm_add_epi32(w, _mm_alignr_epi8(minus1, minus2, 4));
                current = _mm_sha256msg2_epu32(w, minus1);
            }
            __m128i k = _mm_load_si128(reinterpret_cast<const __m128i*>(kRoundConstants + 4 * group));
            __m128i wk = _mm_add_epi32(current, k);
            state1 = _mm_sha256rnds2_epu32(state1, state0, wk);
            wk = _mm_shuffle_epi32(wk, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, wk);
        }
        state0 = _mm_add_epi32(state0, savedAbef);
        state1 = _mm_add_epi32(state1, savedCdgh);
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // HGFE
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), state1);
}
#endif

bool detectHardware()
{
#ifdef GROVE_SHA_NI
    // GROVE_SHA256_SOFTWARE=1 forces the fallback, so tests can compare both paths.
    if (qEnvironmentVariableIntValue("GROVE_SHA256_SOFTWARE") == 1)
        return false;
    return cpuHasShaExtensions();
#else
    return false;
#endif
}

} // namespace

bool Sha256::hardwareAccelerated()
{
    static const bool available = detectHardware();
    return available;
}

Sha256::Sha256() : m_state(kInitialState)
{
    if (!hardwareAccelerated())
        m_fallback.emplace(QCryptographicHash::Sha256);
}

void Sha256::compress(const std::uint8_t* blocks, std::size_t count)
{
#ifdef GROVE_SHA_NI
    compressShaNi(m_state.data(), blocks, count);
#else
    Q_UNUSED(blocks);
    Q_UNUSED(count);
#endif
}

void Sha256::addData(const void* data, std::size_t size)
{
    if (m_fallback) {
        m_fallback->addData(QByteArrayView(static_cast<const char*>(data), qsizetype(size)));
        return;
    }
    auto bytes = static_cast<const std::uint8_t*>(data);
    m_total += size;
    if (m_buffered > 0) {
        const std::size_t take = std::min(size, 64 - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, bytes, take);
        m_buffered += take;
        bytes += take;
        size -= take;
        if (m_buffered < 64)
            return;
        compress(m_buffer.data(), 1);
        m_buffered = 0;
    }
    if (size >= 64) {
        compress(bytes, size / 64);
        bytes += size / 64 * 64;
        size %= 64;
    }
    if (size > 0) {
        std::memcpy(m_buffer.data(), bytes, size);
        m_buffered = size;
    }
}

QByteArray Sha256::result()
{
    if (m_fallback)
        return m_fallback->result();
    const std::uint64_t bitLength = m_total * 8;
    std::uint8_t tail[128] = {};
    std::memcpy(tail, m_buffer.data(), m_buffered);
    tail[m_buffered] = 0x80;
    const std::size_t tailLength = m_buffered + 9 <= 64 ? 64 : 128;
    for (int i = 0; i < 8; ++i)
        tail[tailLength - 1 - i] = std::uint8_t(bitLength >> (8 * i));
    compress(tail, tailLength / 64);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = char(m_state[i] >> 24);
        digest[4 * i + 1] = char(m_state[i] >> 16);
        digest[4 * i + 2] = char(m_state[i] >> 8);
        digest[4 * i + 3] = char(m_state[i]);
    }
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

} // namespace grove
