#include "app/cli/Interrupt.h"

#include <atomic>
#include <csignal>

namespace grove::cli {
namespace {

std::atomic<JobControl*> g_control{nullptr};
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

extern "C" void onInterrupt(int signal)
{
    if (JobControl* control = g_control.load())
        control->requestInterruption();
    // The next signal of the same kind terminates as usual.
    struct sigaction restore = {};
    restore.sa_handler = SIG_DFL;
    sigaction(signal, &restore, nullptr);
}

} // namespace

InterruptGuard::InterruptGuard(JobControl& control)
{
    g_control.store(&control);
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &g_previousInt);
    sigaction(SIGTERM, &action, &g_previousTerm);
}

InterruptGuard::~InterruptGuard()
{
    sigaction(SIGINT, &g_previousInt, nullptr);
    sigaction(SIGTERM, &g_previousTerm, nullptr);
    g_control.store(nullptr);
}

} // namespace grove::cli
