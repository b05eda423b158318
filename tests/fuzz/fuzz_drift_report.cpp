// A drift report from a model's monitoring folder, where anything may have written it: never
// crash; a refusal says why; what is accepted has a version and a time, finite figures only.
#include "core/services/DriftHistory.h"

#include <cmath>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace grove;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto check = parseDriftReport(bytes, u"report.json"_s);
    if (!check) {
        if (check.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (check->version < 1 || !check->time.isValid() || check->rows < 0)
        __builtin_trap();
    for (double psi : std::as_const(check->featurePsi))
        if (!std::isfinite(psi))
            __builtin_trap();
    if (check->predictionPsi && !std::isfinite(*check->predictionPsi))
        __builtin_trap();
    return 0;
}
