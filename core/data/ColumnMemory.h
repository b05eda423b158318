#pragma once

#include <cstddef>
#include <mutex>
#include <span>
#include <vector>

namespace grove {

// Memory for the values of parsed columns. A parsed table holds a few hundred megabytes that
// live exactly as long as the table, so it comes from large regions, backed by transparent
// huge pages where the system offers them, and handed out in exact sizes: a page fault then
// brings in 2 MiB instead of 4 KiB, which matters because first-touch faults are the largest
// single cost of reading a big file. Everything is released when the ColumnMemory goes.
// Thread-safe.
class ColumnMemory
{
public:
    ColumnMemory() = default;
    ~ColumnMemory();
    ColumnMemory(const ColumnMemory&) = delete;
    ColumnMemory& operator=(const ColumnMemory&) = delete;

    // Uninitialised room for `count` values of T, 64-byte aligned. Throws std::bad_alloc when
    // the system has no memory left, as a std::vector would.
    template <typename T>
    std::span<T> allocate(std::size_t count)
    {
        return {static_cast<T*>(allocateBytes(count * sizeof(T))), count};
    }

private:
    void* allocateBytes(std::size_t bytes);

    struct Region
    {
        char* base = nullptr;
        std::size_t size = 0;
        std::size_t used = 0;
    };
    std::mutex m_mutex;
    std::vector<Region> m_regions;
    std::vector<void*> m_separate; // sanitizer builds: one heap block per allocation
};

} // namespace grove
