// A run's stored held-out predictions (predictions.f32) and an older run's predictions.csv, as
// read from a run folder that anything may have written: never crash, and what decodes must
// encode to the same bytes and evaluate without touching memory out of bounds.
#include "core/evaluate/Evaluation.h"
#include "core/model/HeldOutPredictions.h"
#include "core/services/RunEvaluation.h"

#include <cstdint>

using namespace Qt::StringLiterals;
using namespace grove;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (auto predictions = HeldOutPredictions::decode(bytes, u"predictions.f32"_s)) {
        if (predictions->encode() != bytes)
            __builtin_trap();
        (void)evaluate(*predictions, DecisionOptions{0.3, 1, 5});
    }
    const QStringList classes[] = {{u"no"_s, u"yes"_s}, {u"a"_s, u"b"_s, u"c"_s}, {}};
    const Task tasks[] = {Task::Binary, Task::Multiclass, Task::Regression};
    for (int t = 0; t < 3; ++t) {
        if (auto predictions = heldOutPredictionsFromCsv(bytes, tasks[t], classes[t], u"predictions.csv"_s))
            (void)evaluate(*predictions);
    }
    return 0;
}
