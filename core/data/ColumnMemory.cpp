#include "core/data/ColumnMemory.h"

#include "core/common/HugePages.h"

#include <algorithm>
#include <cstdint>
#include <new>

#include <sys/mman.h>

namespace grove {
namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;
constexpr std::size_t kRegionBytes = std::size_t(64) << 20;
constexpr std::size_t kAlignment = 64;

// Under AddressSanitizer every allocation is a heap block of its own, so that reading or writing
// past its end is caught as it would be with std::vector; regions would hide that.
constexpr bool kSeparateBlocks = kAddressSanitizer;

std::size_t roundUp(std::size_t value, std::size_t to) { return (value + to - 1) / to * to; }

} // namespace

ColumnMemory::~ColumnMemory()
{
    for (const Region& region : m_regions)
        munmap(region.base, region.size);
    for (void* block : m_separate)
        ::operator delete(block, std::align_val_t(kAlignment));
}

void* ColumnMemory::allocateBytes(std::size_t bytes)
{
    if constexpr (kSeparateBlocks) {
        void* block = ::operator new(std::max<std::size_t>(bytes, 1), std::align_val_t(kAlignment));
        std::lock_guard lock(m_mutex);
        m_separate.push_back(block);
        return block;
    }
    bytes = roundUp(std::max<std::size_t>(bytes, 1), kAlignment);
    std::lock_guard lock(m_mutex);
    if (m_regions.empty() || m_regions.back().size - m_regions.back().used < bytes) {
        // Address space only: pages are backed when first written. Reserving one huge page more
        // lets the region start on a huge-page boundary.
        const std::size_t size = roundUp(std::max(bytes, kRegionBytes), kHugePage);
        void* mapped = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (mapped == MAP_FAILED)
            throw std::bad_alloc();
        char* const start = static_cast<char*>(mapped);
        char* const aligned = reinterpret_cast<char*>(roundUp(reinterpret_cast<std::uintptr_t>(start), kHugePage));
        if (aligned != start)
            munmap(start, std::size_t(aligned - start));
        if (const std::size_t tail = kHugePage - std::size_t(aligned - start); tail > 0)
            munmap(aligned + size, tail);
        adviseHugePages(aligned, size);
        m_regions.push_back({aligned, size, 0});
    }
    Region& region = m_regions.back();
    void* result = region.base + region.used;
    region.used += bytes;
    return result;
}

} // namespace grove
