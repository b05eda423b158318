// A drift reference (JSON) as read from a shared registry, where anything may have written it:
// never crash, refuse what is wrong with a message, and what is accepted must write itself back
// to the same profile and serve to compute a drift.
#include "core/evaluate/Drift.h"
#include "core/evaluate/DriftReference.h"

#include <QJsonDocument>

#include <cstdint>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;
using namespace grove;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto profile = ReferenceProfile::parse(bytes, u"reference.json"_s);
    if (!profile) {
        if (profile.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    const QJsonObject json = profile->toJson();
    auto again = ReferenceProfile::fromJson(json);
    if (!again || again->toJson() != json)
        __builtin_trap();

    // New data for every feature: a few numbers (one missing, one infinite), a few categories.
    const std::vector<float> numbers = {-1.0f, 0.0f, 0.5f, 1e30f, std::numeric_limits<float>::quiet_NaN(),
                                        std::numeric_limits<float>::infinity()};
    const std::vector<std::uint32_t> codes = {0, 1, 1, 0xFFFFFFFFu};
    std::vector<DriftColumn> columns;
    for (const FeatureReference& feature : profile->features) {
        DriftColumn column;
        column.name = feature.name;
        column.categorical = feature.categorical;
        column.numbers = numbers;
        column.codes = codes;
        column.categories = {feature.categories.empty() ? u"x"_s : feature.categories.front().value, u"unseen"_s};
        columns.push_back(column);
    }
    auto report = computeDrift(*profile, columns, numbers);
    if (!report)
        __builtin_trap();
    for (const FeatureDrift& f : report->features) {
        if (f.distribution.psi < 0 || f.distribution.ks < 0 || f.distribution.ks > 1 || f.distribution.ksPValue < 0 ||
            f.distribution.ksPValue > 1)
            __builtin_trap();
    }
    (void)report->toJson();
    return 0;
}
