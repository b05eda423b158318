// Sweep page benchmark: does the window stay responsive with a 1,000-trial sweep? It imports the
// benchmark table, opens the real main window (offscreen) on the Sweeps page and runs a random
// sweep of --trials trials in it (two at a time, a few rounds each, so trials end many times a
// second), while a 10 ms timer on the UI thread records how late each of its ticks comes: the
// longest gap is the longest the window could not answer. Then, --repeat times, it reads the
// finished sweep into the page again (the chooser's request until every chart and the trials
// table are filled) and the runs list (every trial's run).
//
//   grove_bench_sweep_page run [--trials N] [--rows N] [--rounds K] [--repeat R] [--slowest N]
//
// --slowest N lists the N events that kept the UI thread longest during the sweep.

#include "BenchSupport.h"

#include "core/model/SweepDefinition.h"
#include "core/services/DatasetImport.h"
#include "core/store/Workspace.h"
#include "ui/app/MainWindow.h"
#include "ui/common/Settings.h"
#include "ui/runs/RunListModel.h"
#include "ui/runs/RunsPanel.h"
#include "ui/sweeps/SweepController.h"
#include "ui/sweeps/SweepTrialsModel.h"
#include "ui/sweeps/SweepView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMetaEnum>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace grove;
using namespace grove::bench;

namespace {

// How late a 10 ms timer's ticks come on the UI thread.
class StallWatch : public QObject
{
public:
    StallWatch()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.push_back(double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // The gap still open counts too: a reading shorter than a tick has no tick during it.
    void stop()
    {
        m_gaps.push_back(double(m_clock.nsecsElapsed() - m_last) / 1e6);
        m_timer.stop();
    }
    double longest() const { return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end()); }
    double percentile(double p) const
    {
        if (m_gaps.empty())
            return 0;
        std::vector<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, std::size_t(p * double(sorted.size())))];
    }
    std::size_t ticks() const { return m_gaps.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
};

// Sleeps between events as QApplication::exec() does. (processEvents() with a time limit drops
// WaitForMoreEvents: a loop of it keeps the UI thread busy, competing with the trainers for the
// cores like no real window does.) A timer wakes the loop to check `done` and the time limit.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake;
    wake.start(20);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Times every event the UI thread delivers, to name what the longest stalls were (with
// --slowest N).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    struct Slow
    {
        double ms = 0;
        double cpuMs = 0; // the UI thread's CPU time in it: the rest it waited for a core
        QString what;
    };
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth++ > 0 || m_keep == 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        // Event and receiver may be gone afterwards (a DeferredDelete deletes its receiver).
        const QEvent::Type type = event->type();
        const QMetaObject* meta = receiver->metaObject();
        const QString objectName = receiver->objectName();
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (ms > 20) {
            const char* name = QMetaEnum::fromType<QEvent::Type>().valueToKey(int(type));
            m_slow.push_back({ms, threadCpuMs() - cpu,
                              u"%1 (%2) %3"_s.arg(QString::fromLatin1(meta->className()), objectName,
                                                  name ? QString::fromLatin1(name) : u"event %1"_s.arg(int(type)))});
            std::sort(m_slow.begin(), m_slow.end(), [](const Slow& a, const Slow& b) { return a.ms > b.ms; });
            if (m_slow.size() > m_keep)
                m_slow.resize(m_keep);
        }
        return handled;
    }
    void keep(std::size_t n) { m_keep = n; }
    const std::vector<Slow>& slowest() const { return m_slow; }

private:
    int m_depth = 0;
    std::size_t m_keep = 0;
    std::vector<Slow> m_slow;
};

} // namespace

int main(int argc, char** argv)
{
    TimedApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) != u"run"_s) {
        std::fputs("usage: grove_bench_sweep_page run [--trials N] [--rows N] [--rounds K] [--repeat R] [--slowest N]\n", stderr);
        return 2;
    }
    const int trials = takeOption(args, u"--trials"_s, u"1000"_s).toInt();
    const qint64 rows = takeOption(args, u"--rows"_s, u"2000"_s).toLongLong();
    const int rounds = takeOption(args, u"--rounds"_s, u"5"_s).toInt();
    const int repeat = takeOption(args, u"--repeat"_s, u"5"_s).toInt();
    app.keep(std::size_t(std::max(0, takeOption(args, u"--slowest"_s, u"0"_s).toInt())));
    if (trials < 1 || rows < 100 || rounds < 1 || repeat < 1) {
        std::fputs("every count must be positive (rows at least 100)\n", stderr);
        return 2;
    }
    QTemporaryDir folder;
    Settings::clear();
    const QString csv = folder.filePath(u"bench.csv"_s), directory = folder.filePath(u"ws"_s);
    if (writeBenchmarkCsv(csv, rows) != 0)
        return 1;
    {
        auto workspace = Workspace::openOrCreate(directory);
        ImportOptions options;
        options.path = csv;
        options.name = u"bench"_s;
        JobControl control;
        if (!workspace || !importDataset(*workspace, options, control)) {
            std::fputs("could not import the benchmark table\n", stderr);
            return 1;
        }
    }
    const QJsonObject json{{u"name"_s, u"page"_s},
                           {u"dataset"_s, u"bench"_s},
                           {u"target"_s, u"label"_s},
                           {u"rounds"_s, rounds},
                           {u"objective_metric"_s, u"valid.logloss"_s},
                           {u"strategy"_s, u"random"_s},
                           {u"trials"_s, trials},
                           {u"seed"_s, 7},
                           {u"parallel"_s, 2},
                           {u"space"_s, QJsonObject{{u"eta"_s, QJsonObject{{u"log_uniform"_s, QJsonArray{0.02, 0.5}}}},
                                                    {u"max_depth"_s, QJsonObject{{u"int"_s, QJsonArray{2, 8}}}},
                                                    {u"subsample"_s, QJsonObject{{u"uniform"_s, QJsonArray{0.5, 1.0}}}},
                                                    {u"lambda"_s, QJsonObject{{u"log_uniform"_s, QJsonArray{0.1, 10.0}}}}}}};
    auto definition = SweepDefinition::fromJson(json, 2);
    if (!definition) {
        std::fprintf(stderr, "%s\n", qPrintable(definition.error().message));
        return 1;
    }
    std::printf("%lld rows; a random sweep of %d trials x %d rounds, two at a time, run in the window with the "
                "Sweeps page shown; then %d readings of the finished sweep\n",
                rows, trials, rounds, repeat);

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.openWorkspace(directory);
    SweepView* view = window.sweepView();
    window.findChild<QTabWidget*>(u"centralTabs"_s)->setCurrentWidget(view);
    int loaded = 0, ended = 0;
    QObject::connect(view, &SweepView::loaded, view, [&loaded] { ++loaded; });
    QObject::connect(window.sweepController(), &SweepController::sweepEnded, view, [&ended] { ++ended; });
    StallWatch stalls;
    QElapsedTimer wall;
    wall.start();
    stalls.start();
    auto id = window.sweepController()->start(*definition);
    if (!id || !waitFor([&] { return ended > 0; }, 3600 * 1000)) {
        std::fputs("the sweep did not end\n", stderr);
        return 1;
    }
    const double sweepSeconds = double(wall.elapsed()) / 1000;
    // The last reading of the page, after the last trial.
    waitFor([&] { return !view->isLoading() && view->trialsModel()->rowCount() >= trials; }, 60000);
    stalls.stop();
    const int readings = loaded;
    const double sweepLongest = stalls.longest();
    std::printf("  sweep in the window: %.1f s, %d page readings shown while it ran\n", sweepSeconds,
                readings);
    std::printf("  UI thread during the sweep: longest gap between 10 ms ticks %.1f ms, 99th percentile %.1f ms, "
                "median %.1f ms (%zu ticks)\n",
                stalls.longest(), stalls.percentile(0.99), stalls.percentile(0.5), stalls.ticks());

    for (const TimedApplication::Slow& slow : app.slowest())
        std::printf("    slow event: %.1f ms (UI thread CPU %.1f ms)  %s\n", slow.ms, slow.cpuMs, qPrintable(slow.what));

    std::vector<double> page, pageCpu, pageStall, list;
    for (int r = 0; r < repeat; ++r) {
        evictWorkspace(directory);
        loaded = 0;
        stalls.start();
        const double cpu = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        view->showSweep(*id);
        if (!waitFor([&] { return loaded > 0; }, 60000))
            return 1;
        page.push_back(double(timer.nsecsElapsed()) / 1e6);
        pageCpu.push_back(threadCpuMs() - cpu);
        stalls.stop();
        pageStall.push_back(stalls.longest());

        RunListModel* runs = window.runsPanel()->model();
        bool listed = false;
        const auto connection = QObject::connect(runs, &RunListModel::loaded, view, [&listed] { listed = true; });
        timer.restart();
        runs->reload();
        if (!waitFor([&] { return listed; }, 60000))
            return 1;
        QObject::disconnect(connection);
        list.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const Stats p = stats(page), c = stats(pageCpu), s = stats(pageStall), l = stats(list);
    std::printf("  sweep page, %d trials: shown in %.1f ms (min %.1f, max %.1f), UI thread CPU %.1f ms, longest "
                "UI gap %.1f ms\n",
                view->trialsModel()->rowCount(), p.median, p.min, p.max, c.median, s.median);
    std::printf("  runs list, %d runs: read and shown in %.1f ms (min %.1f, max %.1f)\n",
                window.runsPanel()->model()->rowCount(), l.median, l.min, l.max);
    printJson(QJsonObject{{u"trials"_s, trials},
                          {u"sweep_seconds"_s, sweepSeconds},
                          {u"page_readings_during_sweep"_s, double(readings)},
                          {u"longest_ui_gap_during_sweep_ms"_s, sweepLongest},
                          {u"page_ms"_s, p.median},
                          {u"page_ui_cpu_ms"_s, c.median},
                          {u"page_longest_ui_gap_ms"_s, s.median},
                          {u"runs_list_ms"_s, l.median}});
    std::puts("sweep page benchmark done");
    return 0;
}
