#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace grove {

// Whether this build runs under AddressSanitizer. Memory that packs many allocations into one
// region hides reads past each of them from the sanitizer, so such builds allocate separately.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif
#else
inline constexpr bool kAddressSanitizer = false;
#endif

// Asks the system to back the 2 MiB-aligned pages inside [begin, begin + bytes) with transparent
// huge pages when they are first written: one page fault then brings in 2 MiB instead of 4 KiB.
// For large buffers that are filled right after they are allocated; first-touch faults are a
// large part of that filling on a virtual machine. Advice only: smaller buffers and systems
// without transparent huge pages are left as they are.
void adviseHugePages(void* begin, std::size_t bytes);

// Copies of many small byte strings (thousands of stored JSON documents) packed into a few large
// blocks backed by huge pages, instead of one heap allocation each. Each copy is a QByteArray of
// its own that shares its block's reference count: it is null-terminated, copies of it share the
// block, changing it detaches it, and the block goes when the last copy of its bytes goes.
// Under AddressSanitizer each copy is a heap block of its own.
class PackedBytes
{
public:
    QByteArray copy(QByteArrayView bytes);

private:
    QByteArray m_block;
    char* m_next = nullptr;
    qsizetype m_left = 0;
};

} // namespace grove
