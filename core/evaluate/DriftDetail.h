#pragma once

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstddef>
#include <limits>
#include <thread>
#include <vector>

namespace grove::drift_detail {

// A value as the drift check counts it (NaN is missing and not passed here): an infinity is a
// value of the column, beyond every other, and stands as twice the largest float, which is
// beyond every finite value a column (of floats) holds, which a reference file can hold, and
// whose range from one infinity to the other is still a finite double.
inline double countedValue(float value)
{
    constexpr double beyond = 2.0 * double(std::numeric_limits<float>::max());
    return std::isinf(value) ? (value > 0 ? beyond : -beyond) : double(value);
}

// Calls work(i) for i in [0, count) on up to hardware_concurrency() threads; each i once.
// `work` must not throw.
template <typename Work>
void forEachIndex(std::size_t count, const Work& work)
{
    const std::size_t threads = std::min<std::size_t>(count, std::max(1u, std::thread::hardware_concurrency()));
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i)
            work(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    auto loop = [&next, &work, count] {
        for (std::size_t i = next++; i < count; i = next++)
            work(i);
    };
    std::vector<std::jthread> pool;
    pool.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(loop);
    loop();
}

} // namespace grove::drift_detail
