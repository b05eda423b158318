// What a process pays to touch memory it has never used before, on this machine: the cost of
// the first write to each page of a new anonymous mapping, with transparent huge pages (2 MiB,
// what ColumnMemory asks for) and with ordinary 4 KiB pages, in three rounds within one process.
// The first round gets memory from the system; later rounds mostly get back what the process
// has just unmapped. On a virtual machine whose host takes free memory back, the first round
// shows the host handing memory out again, which every import (and pandas) pays for.
//
//   grove_bench_memory [MIB]        (default 128)

#include <sys/mman.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

double touchMilliseconds(std::size_t bytes, bool hugePages)
{
    const auto start = std::chrono::steady_clock::now();
    void* mapped = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) {
        std::perror("mmap");
        std::exit(1);
    }
#ifdef MADV_HUGEPAGE
    madvise(mapped, bytes, hugePages ? MADV_HUGEPAGE : MADV_NOHUGEPAGE);
#endif
    auto* bytesOut = static_cast<volatile char*>(mapped);
    for (std::size_t i = 0; i < bytes; i += 4096)
        bytesOut[i] = 1;
    const double elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    munmap(mapped, bytes);
    return elapsed;
}

} // namespace

int main(int argc, char** argv)
{
    const long mib = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 128;
    if (mib <= 0 || mib > 65536) {
        std::fprintf(stderr, "usage: grove_bench_memory [MIB]   (1 to 65536, default 128)\n");
        return 2;
    }
    const std::size_t bytes = std::size_t(mib) << 20;
    for (const bool huge : {true, false}) {
        std::printf("%s pages, %ld MiB:", huge ? "2 MiB" : "4 KiB", mib);
        for (int round = 0; round < 3; ++round) {
            const double ms = touchMilliseconds(bytes, huge);
            std::printf("  round %d %.1f ms (%.2f ms/MiB)", round + 1, ms, ms / double(mib));
        }
        std::printf("\n");
    }
    return 0;
}
