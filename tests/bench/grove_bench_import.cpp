// Import benchmark: generates a numeric CSV (default 1,000,000 rows x 28 floats + a 0/1 label),
// imports it with Grove in child processes, reopens the snapshot, and times pandas.read_csv on
// the same file when python3-pandas is installed. Prints medians over several repetitions.
//
//   grove_bench_import run [--rows N] [--repeat R] [--keep DIR]
//   grove_bench_import generate FILE [--rows N]
//   grove_bench_import import FILE WORKSPACE     (one import; prints a JSON line)
//   grove_bench_import reopen WORKSPACE          (reads every value of the snapshot; prints a JSON line)
//   grove_bench_import verify WORKSPACE [--repeat R]  (opening vs. checking the content hash)

#include "core/data/DatasetImport.h"
#include "core/data/ParsedTable.h"
#include "core/store/DatasetStore.h"
#include "core/store/Workspace.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <ctime>
#include <random>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace grove;
using bench::peakRssKb;
using bench::printJson;
using bench::stats;
using bench::Stats;

namespace {

using bench::kFeatures;

int importOnce(const QString& path, const QString& directory)
{
    auto workspace = Workspace::open(directory);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().toString()));
        return 1;
    }
    ImportOptions options;
    options.path = path;
    JobControl control;
    QElapsedTimer timer;
    timer.start();
    auto result = importDataset(*workspace, options, control);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().toString()));
        return 1;
    }
    QJsonObject steps;
    for (const auto& [step, stepSeconds] : result->stepSeconds)
        steps.insert(step, stepSeconds);
    printJson({{u"seconds"_s, seconds},
               {u"steps"_s, steps},
               {u"bytes"_s, QFileInfo(path).size()},
               {u"rows"_s, result->dataset.rows},
               {u"columns"_s, result->dataset.columns},
               {u"peak_rss_kb"_s, peakRssKb()}});
    return 0;
}

int reopen(const QString& directory)
{
    auto workspace = Workspace::open(directory);
    if (!workspace)
        return 1;
    auto datasets = DatasetStore(workspace->database()).list();
    if (!datasets || datasets->isEmpty())
        return 1;
    QElapsedTimer timer;
    timer.start();
    auto snapshot = openSnapshot(*workspace, datasets->front());
    if (!snapshot) {
        std::fprintf(stderr, "%s\n", qPrintable(snapshot.error().toString()));
        return 1;
    }
    // Touch every value, as a consumer would. Sixteen independent partial sums, so that the
    // loop measures access to the data and not the latency of one chain of additions.
    float partial[16] = {};
    qint64 values = 0;
    for (qsizetype c = 0; c < snapshot->columnCount(); ++c) {
        const auto numbers = snapshot->numbers(c);
        std::size_t i = 0;
        for (; i + 16 <= numbers.size(); i += 16) {
            for (int k = 0; k < 16; ++k) {
                const float v = numbers[i + std::size_t(k)];
                partial[k] += v == v ? v : 0.0f;
            }
        }
        for (; i < numbers.size(); ++i)
            partial[0] += numbers[i] == numbers[i] ? numbers[i] : 0.0f;
        const auto codes = snapshot->codes(c);
        for (std::size_t k = 0; k < codes.size(); ++k)
            partial[k % 16] += float(codes[k] != kMissingCode);
        values += qint64(numbers.size() + codes.size());
    }
    double sum = 0;
    for (float p : partial)
        sum += p;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    printJson({{u"seconds"_s, seconds}, {u"values"_s, values}, {u"checksum"_s, sum}});
    return 0;
}

QJsonObject statsJson(const Stats& s) { return {{u"median"_s, s.median}, {u"min"_s, s.min}, {u"max"_s, s.max}}; }

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// What checking a snapshot's content hash costs next to opening it: R times each, in this
// process, with the file in the page cache (as before a training run). CPU time is shown too,
// as it depends less on what else the machine is doing.
int verifyCost(const QString& directory, int repeat)
{
    auto workspace = Workspace::open(directory);
    if (!workspace)
        return 1;
    auto datasets = DatasetStore(workspace->database()).list();
    if (!datasets || datasets->isEmpty())
        return 1;
    const DatasetRecord& dataset = datasets->front();
    std::vector<double> openWall, openCpu, verifyWall, verifyCpu;
    for (int i = 0; i < repeat + 1; ++i) {
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuSeconds();
        auto snapshot = openSnapshot(*workspace, dataset);
        const double openedWall = double(timer.nsecsElapsed()) / 1e9, openedCpu = cpuSeconds() - cpu;
        if (!snapshot) {
            std::fprintf(stderr, "%s\n", qPrintable(snapshot.error().toString()));
            return 1;
        }
        timer.restart();
        cpu = cpuSeconds();
        if (auto status = snapshot->verify(); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().toString()));
            return 1;
        }
        if (i == 0)
            continue; // the first pass brings the file into the page cache
        verifyWall.push_back(double(timer.nsecsElapsed()) / 1e9);
        verifyCpu.push_back(cpuSeconds() - cpu);
        openWall.push_back(openedWall);
        openCpu.push_back(openedCpu);
    }
    const double megabytes = double(QFileInfo(QDir(workspace->datasetsDirectory()).filePath(dataset.snapshot)).size()) / 1e6;
    std::printf("Snapshot of %.1f MB, medians of %d runs (min - max):\n", megabytes, repeat);
    auto line = [](const char* what, const Stats& wall, const Stats& cpu) {
        std::printf("  %-38s wall %8.4f s (%.4f - %.4f), CPU %8.4f s (%.4f - %.4f)\n", what, wall.median, wall.min,
                    wall.max, cpu.median, cpu.min, cpu.max);
    };
    line("open (structure and category codes)", stats(openWall), stats(openCpu));
    line("verify (column digests, content hash)", stats(verifyWall), stats(verifyCpu));
    std::printf("  hashing speed: %.0f MB/s of CPU time\n", megabytes / stats(verifyCpu).median);
    printJson({{u"megabytes"_s, megabytes},
               {u"open_wall_seconds"_s, statsJson(stats(openWall))},
               {u"open_cpu_seconds"_s, statsJson(stats(openCpu))},
               {u"verify_wall_seconds"_s, statsJson(stats(verifyWall))},
               {u"verify_cpu_seconds"_s, statsJson(stats(verifyCpu))}});
    return 0;
}

std::optional<QJsonObject> runChild(const QStringList& arguments)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(-1);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::fprintf(stderr, "child failed: %s\n", child.readAllStandardError().constData());
        return std::nullopt;
    }
    return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
}

std::optional<double> pandasSeconds(const QString& path)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {u"-c"_s, u"import sys, time\n"
                           "try:\n    import pandas\nexcept ImportError:\n    sys.exit(3)\n"
                           "t = time.perf_counter(); pandas.read_csv(sys.argv[1]); print(time.perf_counter() - t)"_s,
                  path});
    if (!python.waitForFinished(-1) || python.exitCode() != 0)
        return std::nullopt;
    bool ok = false;
    const double seconds = python.readAllStandardOutput().trimmed().toDouble(&ok);
    return ok ? std::optional<double>(seconds) : std::nullopt;
}

int run(qint64 rows, int repeat, const QString& keep)
{
    QTemporaryDir temporary;
    const QString folder = keep.isEmpty() ? temporary.path() : keep;
    QDir().mkpath(folder);
    const QString csv = QDir(folder).filePath(u"bench-%1.csv"_s.arg(rows));
    if (!QFileInfo::exists(csv)) {
        std::printf("Generating %lld rows x %d floats + label into %s ...\n", static_cast<long long>(rows), kFeatures,
                    qPrintable(csv));
        std::fflush(stdout);
        if (bench::writeBenchmarkCsv(csv, rows) != 0)
            return 1;
    }
    const qint64 bytes = QFileInfo(csv).size();
    // Read the file once so that every measurement starts from the page cache.
    {
        QFile warm(csv);
        if (warm.open(QIODevice::ReadOnly))
            while (!warm.read(1 << 24).isEmpty()) {
            }
    }
    std::printf("File: %.1f MB, %d repetitions\n", double(bytes) / 1e6, repeat);

    std::vector<double> importSeconds, throughput, rss, reopenSeconds, pandas;
    QJsonArray importRuns;
    for (int i = 0; i < repeat; ++i) {
        const QString workspace = QDir(folder).filePath(u"workspace-%1"_s.arg(i));
        QDir(workspace).removeRecursively();
        auto imported = runChild({u"import"_s, csv, workspace});
        if (!imported)
            return 1;
        const double seconds = imported->value(u"seconds"_s).toDouble();
        importSeconds.push_back(seconds);
        throughput.push_back(double(bytes) / 1e6 / seconds);
        rss.push_back(imported->value(u"peak_rss_kb"_s).toDouble() / 1024.0);
        importRuns.append(*imported);
        auto reopened = runChild({u"reopen"_s, workspace});
        if (!reopened)
            return 1;
        reopenSeconds.push_back(reopened->value(u"seconds"_s).toDouble());
        std::printf("  import %d: %.3f s (%.0f MB/s), peak RSS %.0f MiB; reopen %.4f s\n", i + 1, seconds,
                    throughput.back(), rss.back(), reopenSeconds.back());
        std::fflush(stdout);
        QDir(workspace).removeRecursively();
    }
    for (int i = 0; i < repeat; ++i) {
        auto seconds = pandasSeconds(csv);
        if (!seconds)
            break;
        pandas.push_back(*seconds);
        std::printf("  pandas.read_csv %d: %.3f s\n", i + 1, *seconds);
        std::fflush(stdout);
    }

    const double tableMb = double(rows) * (kFeatures + 1) * 4 / (1024.0 * 1024.0);
    const Stats importStats = stats(importSeconds), throughputStats = stats(throughput), rssStats = stats(rss),
                reopenStats = stats(reopenSeconds);
    const double reopenRatio = importStats.median / reopenStats.median;
    std::printf("\nMedians over %d runs (min - max):\n", repeat);
    std::printf("  import throughput  %7.0f MB/s   (%.0f - %.0f)   target >= 400 MB/s: %s\n", throughputStats.median,
                throughputStats.min, throughputStats.max, throughputStats.median >= 400 ? "met" : "MISSED");
    std::printf("  import wall time   %7.3f s      (%.3f - %.3f)\n", importStats.median, importStats.min, importStats.max);
    std::printf("  peak RSS           %7.0f MiB    (%.0f - %.0f)   target <= %.0f MiB (2x the float32 table of %.0f MiB): %s\n",
                rssStats.median, rssStats.min, rssStats.max, 2 * tableMb, tableMb,
                rssStats.max <= 2 * tableMb ? "met" : "MISSED");
    std::printf("  reopen snapshot    %7.4f s      (%.4f - %.4f)   %.0fx faster than importing; target >= 20x: %s\n",
                reopenStats.median, reopenStats.min, reopenStats.max, reopenRatio, reopenRatio >= 20 ? "met" : "MISSED");
    QJsonObject summary{{u"rows"_s, rows},
                        {u"bytes"_s, bytes},
                        {u"repeat"_s, repeat},
                        {u"import_seconds"_s, statsJson(importStats)},
                        {u"import_mb_per_s"_s, statsJson(throughputStats)},
                        {u"peak_rss_mib"_s, statsJson(rssStats)},
                        {u"reopen_seconds"_s, statsJson(reopenStats)},
                        {u"reopen_speedup"_s, reopenRatio},
                        {u"float32_table_mib"_s, tableMb},
                        {u"imports"_s, importRuns}};
    if (!pandas.empty()) {
        const Stats pandasStats = stats(pandas);
        std::printf("  pandas.read_csv    %7.3f s      (%.3f - %.3f)   %.0f MB/s; Grove is %.1fx faster\n",
                    pandasStats.median, pandasStats.min, pandasStats.max, double(bytes) / 1e6 / pandasStats.median,
                    pandasStats.median / importStats.median);
        summary.insert(u"pandas_seconds"_s, statsJson(pandasStats));
        summary.insert(u"speedup_over_pandas"_s, pandasStats.median / importStats.median);
    } else {
        std::printf("  pandas.read_csv    not measured (install python3-pandas for /usr/bin/python3)\n");
    }
    std::printf("\n");
    printJson(summary);
    return 0;
}

int usage()
{
    std::fputs("usage: grove_bench_import run [--rows N] [--repeat R] [--keep DIR]\n"
               "       grove_bench_import generate FILE [--rows N]\n"
               "       grove_bench_import import FILE WORKSPACE\n"
               "       grove_bench_import reopen WORKSPACE\n"
               "       grove_bench_import verify WORKSPACE [--repeat R]\n",
               stderr);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString command = args.takeFirst();
    auto option = [&](const QString& name, const QString& fallback) { return bench::takeOption(args, name, fallback); };
    const qint64 rows = option(u"--rows"_s, u"1000000"_s).toLongLong();
    const int repeat = option(u"--repeat"_s, u"5"_s).toInt();
    const QString keep = option(u"--keep"_s, {});
    if (rows <= 0 || repeat <= 0)
        return usage();
    if (command == u"run"_s)
        return run(rows, repeat, keep);
    if (command == u"generate"_s && args.size() == 1)
        return bench::writeBenchmarkCsv(args[0], rows);
    if (command == u"import"_s && args.size() == 2)
        return importOnce(args[0], args[1]);
    if (command == u"reopen"_s && args.size() == 1)
        return reopen(args[0]);
    if (command == u"verify"_s && args.size() == 1)
        return verifyCost(args[0], repeat);
    return usage();
}
