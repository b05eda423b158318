#pragma once

#include "core/common/JobControl.h"

namespace grove::cli {

// While alive, Ctrl-C (SIGINT) and SIGTERM request interruption of `control` instead of killing
// the process, so that a job can stop cleanly; a second Ctrl-C kills as usual.
class InterruptGuard
{
public:
    explicit InterruptGuard(JobControl& control);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;
};

} // namespace grove::cli
