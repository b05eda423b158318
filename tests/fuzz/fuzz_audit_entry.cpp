// An audit log entry as read from a shared registry or a workspace, where anything may have
// written it: never crash; what parses has a 64-digit hash and previous hash, a number and a
// time, and can be shown (its JSON and its one-line change).
#include "core/common/AuditLog.h"

#include <cstdint>

using namespace grove;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    bool intact = false;
    QString why;
    const auto entry = AuditLog::parseEntry(bytes, intact, why);
    if (!entry) {
        if (why.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (entry->hash.size() != 64 || entry->previous.size() != 64 || entry->sequence < 1 || !entry->time.isValid())
        __builtin_trap();
    (void)entry->toJson();
    (void)entry->changeSummary();
    return 0;
}
