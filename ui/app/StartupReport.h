#pragma once

#include <QObject>

namespace grove {

class MainWindow;

// Start-up milestones for the benchmarks (tests/bench/grove_bench_startup, grove_bench_runs).
// With GROVE_REPORT_STARTUP=1 in the environment, each milestone prints a line
//   grove-startup <milestone> <CLOCK_MONOTONIC in ns> [rows=N]
// to standard error; the launching process reads the same clock just before it starts Grove.
// With GROVE_EXIT_AFTER_FIRST_PAINT=1 as well, Grove quits once its window and the runs table
// have been painted and the imports started with the window (the sample dataset) have ended.
class StartupReport : public QObject
{
    Q_OBJECT
public:
    static bool enabled();
    // Prints the milestone when enabled(). Safe before the application object exists.
    static void mark(const char* milestone);
    // Marks "window-painted" when `window` is first painted, and "runs-painted" when its runs
    // table is first painted with a workspace's runs listed. Does nothing unless enabled().
    static void watch(MainWindow* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit StartupReport(MainWindow* window);
    void painted(bool runsTable);
    void quitWhenDone();

    MainWindow* m_window;
    bool m_windowPainted = false;
    bool m_runsPainted = false;
    bool m_quitting = false; // a paint after the quit was asked for must not ask again
};

} // namespace grove
