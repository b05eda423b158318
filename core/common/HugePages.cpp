#include "core/common/HugePages.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include <sys/mman.h>

namespace grove {

void adviseHugePages([[maybe_unused]] void* begin, [[maybe_unused]] std::size_t bytes)
{
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
    const auto first = (reinterpret_cast<std::uintptr_t>(begin) + kHugePage - 1) & ~(kHugePage - 1);
    const auto last = (reinterpret_cast<std::uintptr_t>(begin) + bytes) & ~(kHugePage - 1);
    if (last > first)
        madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#endif
}

QByteArray PackedBytes::copy(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    if constexpr (kAddressSanitizer)
        return bytes.toByteArray();
    const qsizetype needed = bytes.size() + 1; // and its terminating null, as QByteArray keeps one
    if (needed > m_left) {
        // A new block; copies from the old one keep it alive. 4 MiB holds two huge pages.
        constexpr qsizetype kBlock = qsizetype(4) << 20;
        m_block = QByteArray();
        m_block.reserve(std::max(needed, kBlock));
        m_next = m_block.data(); // the only reference yet: no copy
        m_left = m_block.capacity() - 1; // QByteArray's own terminator stays free
        adviseHugePages(m_next, std::size_t(m_left));
    }
    char* const at = m_next;
    std::memcpy(at, bytes.data(), std::size_t(bytes.size()));
    at[bytes.size()] = '\0';
    m_next += needed;
    m_left -= needed;
    // A QByteArray over these bytes that holds a reference to the whole block (the block's own
    // size stays 0, so nothing writes into it through m_block).
    QByteArray::DataPointer& block = m_block.data_ptr();
    block.d_ptr()->ref();
    return QByteArray(QByteArray::DataPointer(block.d_ptr(), at, bytes.size()));
}

} // namespace grove
