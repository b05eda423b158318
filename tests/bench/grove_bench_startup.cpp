// Cold-start benchmark: starts the real grove binary again and again, as a user would, and
// measures from just before fork/exec to the first paint of the main window (whole process:
// loading and linking the libraries, static initialisers, the application object, the window,
// opening the workspace, painting). Grove reports its milestones with GROVE_REPORT_STARTUP=1 and
// quits after its first paint with GROVE_EXIT_AFTER_FIRST_PAINT=1 (ui/app/StartupReport.h).
//
//   grove_bench_startup run [--repeat K] [--keep DIR] [--grove PROGRAM]
//
// The first start (not measured) creates the default workspace in a fresh HOME and imports the
// sample dataset, as on a user's first launch; the measured starts open that workspace. The
// window is drawn offscreen unless QT_QPA_PLATFORM says otherwise (under xvfb-run: xcb).

#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

const char* const kMilestones[][2] = {
    {"main", "exec to main(): loading, linking, static initialisers"},
    {"application", "QApplication, translations, command line"},
    {"window", "main window built"},
    {"workspace", "workspace opened and listed"},
    {"window-painted", "window painted: the start-up time"},
};

int run(int repeat, const QString& keep, const QString& program)
{
    QTemporaryDir temporary;
    const QString home = keep.isEmpty() ? temporary.path() : keep;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home);
    for (const QString& name : {u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s, u"GROVE_WORKSPACE"_s})
        environment.remove(name);
    const QString workspace = QDir(home).filePath(u".local/share/grove/default"_s);
    const QString loadBefore = bench::loadAverage();

    const bench::Launch first = bench::launchGrove(program, {}, environment);
    if (!first.error.isEmpty() || !QFile::exists(QDir(workspace).filePath(u"grove.db"_s))) {
        std::fprintf(stderr, "first start failed: %s\n", qPrintable(first.error));
        return 1;
    }
    std::printf("First start (creates the default workspace, imports the sample): window painted after %.1f ms\n",
                first.milliseconds.value(u"window-painted"_s));

    std::vector<std::vector<double>> times(std::size(kMilestones));
    std::vector<double> cpu;
    for (int i = 0; i < repeat; ++i) {
        bench::evictWorkspace(workspace);
        const bench::Launch launch = bench::launchGrove(program, {}, environment);
        if (!launch.error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(launch.error));
            return 1;
        }
        for (std::size_t m = 0; m < std::size(kMilestones); ++m)
            times[m].push_back(launch.milliseconds.value(QString::fromLatin1(kMilestones[m][0])));
        cpu.push_back(launch.cpuMs);
    }
    std::printf("Cold start of %s (QT_QPA_PLATFORM=%s), default workspace with the sample dataset;\n"
                "medians of %d starts, in ms from just before fork/exec (load average %s before, %s after):\n",
                qPrintable(program), qPrintable(environment.value(u"QT_QPA_PLATFORM"_s, u"offscreen"_s)), repeat,
                qPrintable(loadBefore), qPrintable(bench::loadAverage()));
    for (std::size_t m = 0; m < std::size(kMilestones); ++m) {
        const bench::Stats stats = bench::stats(times[m]);
        std::printf("  %-52s %8.1f ms  (min %.1f, max %.1f)\n", kMilestones[m][1], stats.median, stats.min, stats.max);
    }
    // On a busy machine the clock mostly measures waiting for a CPU; this does not.
    const bench::Stats cpuStats = bench::stats(cpu);
    std::printf("  %-52s %8.1f ms  (min %.1f, max %.1f)\n", "CPU time of the process (user + system, start to exit)",
                cpuStats.median, cpuStats.min, cpuStats.max);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const int repeat = bench::takeOption(args, u"--repeat"_s, u"9"_s).toInt();
    const QString keep = bench::takeOption(args, u"--keep"_s, {});
    // Another build of grove (with the start-up report), e.g. to compare before and after a change.
    const QString program = bench::takeOption(args, u"--grove"_s, QString::fromUtf8(GROVE_PATH));
    if (args == QStringList{u"run"_s} && repeat > 0)
        return run(repeat, keep, program);
    std::fputs("usage: grove_bench_startup run [--repeat K] [--keep DIR] [--grove PROGRAM]\n", stderr);
    return 2;
}
