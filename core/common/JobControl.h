#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace grove {

// Shared between a long operation and whoever started it: the operation reports progress and
// checks for interruption between steps; the owner requests interruption from any thread.
class JobControl
{
public:
    using ProgressCallback = std::function<void(double fraction, const QString& phase)>;

    void requestInterruption() { m_interrupted.store(true, std::memory_order_relaxed); }
    bool isInterruptionRequested() const { return m_interrupted.load(std::memory_order_relaxed); }

    // Called from the operation's threads. The callback runs at most once per 0.5 % of
    // progress or on a change of phase, so it may be a queued signal without flooding.
    void setProgressCallback(ProgressCallback callback);
    void reportProgress(double fraction, const QString& phase = {});

private:
    std::atomic<bool> m_interrupted{false};
    std::mutex m_mutex;
    ProgressCallback m_callback;
    int m_lastStep = -1;
    QString m_lastPhase;
};

// A slice [from, to] of a job's progress, so that a step can report 0..1 of its own work.
class ProgressSlice
{
public:
    ProgressSlice(JobControl& control, double from, double to, QString phase)
        : m_control(&control), m_from(from), m_to(to), m_phase(std::move(phase))
    {
    }
    void report(double fraction) const
    {
        m_control->reportProgress(m_from + (m_to - m_from) * fraction, m_phase);
    }
    bool cancelled() const { return m_control->isInterruptionRequested(); }
    JobControl& control() const { return *m_control; }

private:
    JobControl* m_control;
    double m_from;
    double m_to;
    QString m_phase;
};

} // namespace grove
