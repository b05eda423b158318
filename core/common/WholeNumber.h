#pragma once

namespace grove {

// True when `value` is a whole number (no libm call: the build targets baseline x86-64).
inline bool isWholeNumber(double value)
{
    return value > -9.0e18 && value < 9.0e18 && double(static_cast<long long>(value)) == value;
}

} // namespace grove
