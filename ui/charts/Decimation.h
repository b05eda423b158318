#pragma once

#include <span>
#include <vector>

namespace grove {

// Which points of a curve to draw when it has more points than the plot has pixel columns.
// `values[i]` is the value at iteration i; iterations first..last (inclusive) are considered, and
// the x range [viewLow, viewHigh] is spread over `columns` pixel columns, so iteration i falls in
// column floor((i - viewLow) / (viewHigh - viewLow) * columns). For each column this keeps the
// first, lowest, highest and last point (the "M4" reduction): the polyline through them lights
// exactly the pixels the full curve would, so spikes and dips stay visible. Every kept point is an original point,
// returned as its iteration, ascending. Points that cannot be drawn (not finite; not positive
// when `positiveOnly`, as on a log scale) are skipped. With no more than 4 points per column,
// every drawable point is kept.
std::vector<int> decimateM4(std::span<const double> values, int first, int last, double viewLow, double viewHigh,
                            int columns, bool positiveOnly);

} // namespace grove
