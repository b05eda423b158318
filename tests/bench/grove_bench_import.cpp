// Import benchmark: the whole `grove-cli import` process against the whole process of
// pandas.read_csv, on the same generated CSV (default 1,000,000 rows x 28 floats + a 0/1 label)
// in the page cache.
//
// Each of P pairs (default 5) runs both, one after the other, the order swapping every pair:
//
//   Grove   grove-cli --workspace FRESH import FILE --json       (a new, empty workspace)
//   pandas  /usr/bin/python3 -c 'import pandas,sys; pandas.read_csv(sys.argv[1])' FILE
//
// Each is timed from spawn to exit; CPU time and peak RSS come from wait4(). Printed: the medians,
// the median of the per-pair ratios (pandas / Grove) against the target of 8x, Grove's peak RSS
// against twice the float32 table, Grove's own step times (start-up is the rest of its wall
// time), the CPU time other processes used meanwhile, the time to reopen the snapshot and read
// every value, and a speed check of the machine before every pair (a fixed piece of work whose
// spread shows a host that slowed the machine down in between). Without pandas for
// /usr/bin/python3 only Grove is measured.
//
//   grove_bench_import run [--rows N] [--pairs P] [--keep DIR] [--no-pandas]
//   grove_bench_import generate FILE [--rows N]
//   grove_bench_import reopen WORKSPACE          (reads every value of the snapshot; prints a JSON line)
//   grove_bench_import verify WORKSPACE [--pairs R]  (opening vs. checking the content hash, R times)
//   grove_bench_import read FILE [--pairs R] [--threads T]  (the read step alone, in this process)

#include "core/data/CsvReader.h"
#include "core/data/DatasetFiles.h"
#include "core/data/ParsedTable.h"
#include "core/services/DatasetImport.h"
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
#include <QMap>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace grove;
using bench::ChildRun;
using bench::printJson;
using bench::runChild;
using bench::stats;
using bench::Stats;

namespace {

using bench::kFeatures;
constexpr double kRatioTarget = 8.0;
constexpr double kReopenTarget = 20.0;
constexpr double kSpeedSpreadLimit = 0.10; // beyond this, the pairs ran on a machine of changing speed
const QString kPython = u"/usr/bin/python3"_s;

int reopen(const QString& directory)
{
    auto workspace = Workspace::openOrCreate(directory);
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

QJsonObject statsJson(const std::vector<double>& values)
{
    const Stats s = stats(values);
    QJsonArray runs;
    for (double v : values)
        runs.append(v);
    return {{u"median"_s, s.median}, {u"min"_s, s.min}, {u"max"_s, s.max}, {u"runs"_s, runs}};
}

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
    auto workspace = Workspace::openOrCreate(directory);
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
               {u"open_wall_seconds"_s, statsJson(openWall)},
               {u"open_cpu_seconds"_s, statsJson(openCpu)},
               {u"verify_wall_seconds"_s, statsJson(verifyWall)},
               {u"verify_cpu_seconds"_s, statsJson(verifyCpu)}});
    return 0;
}

// The read step alone (cutting the file into blocks, parsing, keeping the columns) in this
// process, R times after one warm-up: for changes to the CSV reader, as it varies less than whole
// imports do. CPU time includes the thread that reads the file.
int readCost(const QString& path, int repeat, int threads)
{
    ImportOptions options;
    options.path = path;
    auto preview = previewDataset(options);
    if (!preview) {
        std::fprintf(stderr, "%s\n", qPrintable(preview.error().toString()));
        return 1;
    }
    std::vector<double> wall, cpu;
    for (int i = 0; i < repeat + 1; ++i) {
        JobControl control;
        const ProgressSlice progress(control, 0, 1, {});
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds();
        auto table = readCsv(*preview, threads, progress);
        if (!table) {
            std::fprintf(stderr, "%s\n", qPrintable(table.error().toString()));
            return 1;
        }
        if (i == 0)
            continue;
        wall.push_back(double(timer.nsecsElapsed()) / 1e9);
        cpu.push_back(cpuSeconds() - cpuBefore);
    }
    const Stats w = stats(wall), c = stats(cpu);
    std::printf("read step, %d worker(s), medians of %d runs (min - max): wall %.4f s (%.4f - %.4f), "
                "CPU %.4f s (%.4f - %.4f)\n",
                threads, repeat, w.median, w.min, w.max, c.median, c.min, c.max);
    return 0;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : u"?"_s;
}

bool pandasAvailable()
{
    QTemporaryDir scratch;
    return QFileInfo::exists(kPython) &&
           runChild(kPython, {u"-c"_s, u"import pandas"_s}, scratch.path(), false).has_value();
}

const char* verdict(bool met) { return met ? "PASS" : "MISSED"; }

int run(qint64 rows, int pairs, const QString& keep, bool withPandas)
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
    const bool pandas = withPandas && pandasAvailable();
    const QString cli = QStringLiteral(GROVE_CLI_PATH);
    const QString pandasScript = u"import pandas,sys; pandas.read_csv(sys.argv[1])"_s;
    const QString loadBefore = loadAverage();
    std::printf("File: %s, %.1f MB; %d pair(s) of whole processes, in alternating order; load average %s\n",
                qPrintable(csv), double(bytes) / 1e6, pairs, qPrintable(loadBefore));
    if (!pandas)
        std::printf("pandas.read_csv: not measured (%s)\n",
                    withPandas ? "no pandas for /usr/bin/python3; install python3-pandas" : "--no-pandas");
    std::fflush(stdout);

    std::vector<double> groveSeconds, groveCpu, groveRss, groveOthers, startSeconds, pandasSeconds, pandasCpu,
        pandasOthers, ratios, reopenSeconds, speedChecks;
    QMap<QString, std::vector<double>> steps, stepCpu;
    QStringList hashes;
    QJsonArray runs;
    for (int i = 0; i < pairs; ++i) {
        const QString workspace = QDir(folder).filePath(u"workspace-%1"_s.arg(i));
        QDir(workspace).removeRecursively();
        std::optional<ChildRun> grove, reference;
        speedChecks.push_back(bench::speedCheckMilliseconds());
        auto runGrove = [&] {
            grove = runChild(cli, {u"--workspace"_s, workspace, u"import"_s, csv, u"--json"_s}, folder);
            return grove.has_value();
        };
        auto runPandas = [&] {
            reference = runChild(kPython, {u"-c"_s, pandasScript, csv}, folder, false);
            return reference.has_value();
        };
        const bool groveFirst = i % 2 == 0;
        const bool ran = groveFirst ? runGrove() && (!pandas || runPandas())
                                    : (!pandas || runPandas()) && runGrove();
        if (!ran)
            return 1;
        auto reopened = runChild(QCoreApplication::applicationFilePath(), {u"reopen"_s, workspace}, folder);
        if (!reopened)
            return 1;
        QDir(workspace).removeRecursively();

        const QJsonObject& json = grove->json;
        hashes << json.value(u"content_hash"_s).toString();
        groveSeconds.push_back(grove->wallSeconds);
        groveCpu.push_back(grove->cpuSeconds);
        groveRss.push_back(grove->peakRssMb);
        groveOthers.push_back(grove->otherCpuSeconds);
        startSeconds.push_back(grove->wallSeconds - json.value(u"seconds"_s).toDouble());
        const QJsonObject stepJson = json.value(u"step_seconds"_s).toObject();
        const QJsonObject stepCpuJson = json.value(u"step_cpu_seconds"_s).toObject();
        for (auto it = stepJson.begin(); it != stepJson.end(); ++it) {
            steps[it.key()].push_back(it.value().toDouble());
            stepCpu[it.key()].push_back(stepCpuJson.value(it.key()).toDouble());
        }
        reopenSeconds.push_back(reopened->json.value(u"seconds"_s).toDouble());
        QJsonObject pair{{u"grove_seconds"_s, grove->wallSeconds},
                         {u"grove_cpu_seconds"_s, grove->cpuSeconds},
                         {u"grove_peak_rss_mib"_s, grove->peakRssMb},
                         {u"grove_other_cpu_seconds"_s, grove->otherCpuSeconds},
                         {u"grove_steps"_s, stepJson},
                         {u"grove_step_cpu_seconds"_s, stepCpuJson},
                         {u"grove_first"_s, groveFirst},
                         {u"speed_check_ms"_s, speedChecks.back()}};
        std::printf("  pair %d: grove-cli import %.3f s (CPU %.2f s, peak RSS %.0f MiB, others' CPU %.2f s)",
                    i + 1, grove->wallSeconds, grove->cpuSeconds, grove->peakRssMb, grove->otherCpuSeconds);
        if (reference) {
            pandasSeconds.push_back(reference->wallSeconds);
            pandasOthers.push_back(reference->otherCpuSeconds);
            ratios.push_back(reference->wallSeconds / grove->wallSeconds);
            pandasCpu.push_back(reference->cpuSeconds);
            pair.insert(u"pandas_seconds"_s, reference->wallSeconds);
            pair.insert(u"pandas_cpu_seconds"_s, reference->cpuSeconds);
            pair.insert(u"pandas_other_cpu_seconds"_s, reference->otherCpuSeconds);
            pair.insert(u"ratio"_s, ratios.back());
            std::printf("; pandas %.3f s (CPU %.2f s, others' CPU %.2f s); %.2fx", reference->wallSeconds,
                        reference->cpuSeconds, reference->otherCpuSeconds, ratios.back());
        }
        std::printf("\n");
        std::fflush(stdout);
        runs.append(pair);
    }

    const double tableMib = double(rows) * (kFeatures + 1) * 4 / (1024.0 * 1024.0);
    const Stats grove = stats(groveSeconds), rss = stats(groveRss), start = stats(startSeconds),
                reopened = stats(reopenSeconds), cpu = stats(groveCpu), others = stats(groveOthers);
    const bool sameHash = hashes.count(hashes.front()) == hashes.size();
    std::printf("\nMedians of %d pair(s) (min - max); load average %s before, %s after:\n", pairs,
                qPrintable(loadBefore), qPrintable(loadAverage()));
    std::printf("  grove-cli import (whole process)  %7.3f s  (%.3f - %.3f)  %.0f MB/s, CPU %.2f s, others' CPU %.2f s\n",
                grove.median, grove.min, grove.max, double(bytes) / 1e6 / grove.median, cpu.median, others.median);
    QJsonObject summary{{u"rows"_s, rows},
                        {u"bytes"_s, bytes},
                        {u"pairs"_s, pairs},
                        {u"grove_seconds"_s, statsJson(groveSeconds)},
                        {u"grove_peak_rss_mib"_s, statsJson(groveRss)},
                        {u"float32_table_mib"_s, tableMib},
                        {u"reopen_seconds"_s, statsJson(reopenSeconds)},
                        {u"content_hash"_s, hashes.front()},
                        {u"same_content_hash"_s, sameHash},
                        {u"pairs_detail"_s, runs}};
    if (!ratios.empty()) {
        const Stats reference = stats(pandasSeconds), ratio = stats(ratios);
        std::printf("  pandas.read_csv (whole process)   %7.3f s  (%.3f - %.3f)  %.0f MB/s, CPU %.2f s, others' CPU %.2f s\n",
                    reference.median, reference.min, reference.max, double(bytes) / 1e6 / reference.median,
                    stats(pandasCpu).median, stats(pandasOthers).median);
        std::printf("  Grove is faster by (per pair)     %7.2fx   (%.2f - %.2f)  target >= %.0fx: %s\n", ratio.median,
                    ratio.min, ratio.max, kRatioTarget, verdict(ratio.median >= kRatioTarget));
        summary.insert(u"pandas_seconds"_s, statsJson(pandasSeconds));
        summary.insert(u"ratio"_s, statsJson(ratios));
        summary.insert(u"ratio_target_met"_s, ratio.median >= kRatioTarget);
    } else {
        std::printf("  Grove is faster by                not measured without pandas; target >= %.0fx\n", kRatioTarget);
    }
    std::printf("  Grove peak RSS                    %7.0f MiB (%.0f - %.0f)  target <= %.0f MiB (2x the float32 table of "
                "%.0f MiB): %s\n",
                rss.median, rss.min, rss.max, 2 * tableMib, tableMib, verdict(rss.max <= 2 * tableMib));
    // Where the time goes: each step's wall time and the CPU time of all of Grove's threads in it
    // (CPU / wall is how many cores were busy).
    std::printf("  Grove's steps (wall / CPU)        start-up and exit %.3f s", start.median);
    QStringList order{u"preview"_s, u"read"_s, u"profile"_s, u"write"_s, u"register"_s};
    for (const QString& step : steps.keys()) {
        if (!order.contains(step))
            order << step;
    }
    for (const QString& step : order) {
        if (steps.contains(step))
            std::printf(", %s %.3f / %.3f s", qPrintable(step), stats(steps[step]).median, stats(stepCpu[step]).median);
    }
    std::printf("\n  reopen snapshot, read all values  %7.4f s  %.0fx faster than the import; target >= %.0fx: %s\n",
                reopened.median, grove.median / reopened.median, kReopenTarget,
                verdict(grove.median / reopened.median >= kReopenTarget));
    std::printf("  content hash                      %s%s\n", qPrintable(hashes.front()),
                sameHash ? " (the same in every run)" : " DIFFERS between runs");
    const Stats speed = stats(speedChecks);
    const double spread = speed.max / speed.min - 1;
    std::printf("  machine speed check               %.1f ms (%.1f - %.1f), spread %.0f %%%s\n\n", speed.median,
                speed.min, speed.max, 100 * spread,
                spread > kSpeedSpreadLimit ? ": the machine changed speed during the run; repeat it" : "");
    summary.insert(u"speed_check_ms"_s, statsJson(speedChecks));
    printJson(summary);
    return sameHash ? 0 : 1;
}

int usage()
{
    std::fputs("usage: grove_bench_import run [--rows N] [--pairs P] [--keep DIR] [--no-pandas]\n"
               "       grove_bench_import generate FILE [--rows N]\n"
               "       grove_bench_import reopen WORKSPACE\n"
               "       grove_bench_import verify WORKSPACE [--pairs R]\n"
               "       grove_bench_import read FILE [--pairs R] [--threads T]\n",
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
    const int pairs = option(u"--pairs"_s, u"5"_s).toInt();
    const QString keep = option(u"--keep"_s, {});
    const int threads = option(u"--threads"_s, u"1"_s).toInt();
    const bool withPandas = !args.removeOne(u"--no-pandas"_s);
    if (rows <= 0 || pairs <= 0 || threads <= 0)
        return usage();
    if (command == u"run"_s && args.isEmpty())
        return run(rows, pairs, keep, withPandas);
    if (command == u"generate"_s && args.size() == 1)
        return bench::writeBenchmarkCsv(args[0], rows);
    if (command == u"reopen"_s && args.size() == 1)
        return reopen(args[0]);
    if (command == u"verify"_s && args.size() == 1)
        return verifyCost(args[0], pairs);
    if (command == u"read"_s && args.size() == 1)
        return readCost(args[0], pairs, threads);
    return usage();
}
