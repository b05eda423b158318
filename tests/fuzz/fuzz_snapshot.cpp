// Dataset snapshots from disk: whatever the bytes of a .gds file, opening it either fails with a
// message or gives a snapshot whose every value, category, profile and training plan can be read.
#include "tests/SnapshotReading.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

#include <sys/mman.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // An anonymous in-memory file: nothing is left on disk, whatever happens.
    const int fd = memfd_create("fuzz-snapshot", 0);
    if (fd < 0)
        std::abort();
    for (std::size_t written = 0; written < size;) {
        const ssize_t n = ::write(fd, data + written, size - written);
        if (n <= 0)
            std::abort();
        written += std::size_t(n);
    }
    {
        const auto snapshot = grove::Snapshot::open(QStringLiteral("/proc/self/fd/%1").arg(fd));
        if (snapshot)
            (void)grove::test::readEverything(*snapshot);
        else if (snapshot.error().message.isEmpty())
            std::abort();
    }
    ::close(fd);
    return 0;
}
