// A run's stored explanation (explanations.f32), as read from a run folder that anything may have
// written: never crash, never allocate what the header claims before its length is checked, and
// what decodes must agree with itself and encode to the same bytes.
#include "core/model/StoredExplanation.h"

#include <cstdint>

using namespace Qt::StringLiterals;
using namespace grove;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (auto explanation = StoredExplanation::decode(bytes, u"explanations.f32"_s)) {
        if (!explanation->problem().isEmpty() || explanation->encode() != bytes)
            __builtin_trap();
    }
    return 0;
}
