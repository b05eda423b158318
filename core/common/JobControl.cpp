#include "core/common/JobControl.h"

#include <algorithm>

namespace grove {

void JobControl::setProgressCallback(ProgressCallback callback)
{
    std::lock_guard lock(m_mutex);
    m_callback = std::move(callback);
}

void JobControl::reportProgress(double fraction, const QString& phase)
{
    const int step = int(std::clamp(fraction, 0.0, 1.0) * 200.0);
    ProgressCallback callback;
    {
        std::lock_guard lock(m_mutex);
        if (!m_callback || (step == m_lastStep && phase == m_lastPhase))
            return;
        m_lastStep = step;
        m_lastPhase = phase;
        callback = m_callback;
    }
    callback(step / 200.0, phase);
}

} // namespace grove
