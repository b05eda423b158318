#include "ui/charts/Decimation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace grove {

std::vector<int> decimateM4(std::span<const double> values, int first, int last, double viewLow, double viewHigh,
                            int columns, bool positiveOnly)
{
    std::vector<int> kept;
    first = std::max(first, 0);
    last = std::min(last, int(values.size()) - 1);
    if (last < first || columns <= 0 || !(viewHigh > viewLow))
        return kept;
    auto drawable = [&](int i) { return std::isfinite(values[i]) && (!positiveOnly || values[i] > 0); };
    const long long count = last - first + 1;
    if (count <= 4LL * columns) {
        kept.reserve(std::size_t(count));
        for (int i = first; i <= last; ++i) {
            if (drawable(i))
                kept.push_back(i);
        }
        return kept;
    }
    kept.reserve(std::size_t(columns) * 4);
    const double width = viewHigh - viewLow;
    long long column = std::numeric_limits<long long>::min();
    int firstIndex = -1, lowIndex = -1, highIndex = -1, lastIndex = -1;
    auto flush = [&] {
        if (firstIndex < 0)
            return;
        int picked[4] = {firstIndex, lowIndex, highIndex, lastIndex};
        std::sort(picked, picked + 4);
        for (int i : picked) {
            if (kept.empty() || kept.back() != i)
                kept.push_back(i);
        }
        firstIndex = -1;
    };
    for (int i = first; i <= last; ++i) {
        const auto c = (long long)std::floor((i - viewLow) / width * columns);
        if (c != column) {
            flush();
            column = c;
        }
        if (!drawable(i))
            continue;
        if (firstIndex < 0) {
            firstIndex = lowIndex = highIndex = i;
        } else {
            if (values[i] < values[lowIndex])
                lowIndex = i;
            if (values[i] > values[highIndex])
                highIndex = i;
        }
        lastIndex = i;
    }
    flush();
    return kept;
}

} // namespace grove
