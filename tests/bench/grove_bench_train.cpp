// Training benchmark: the whole `grove-cli train` process against XGBoost's plain Python pipeline.
//
// Generates the benchmark table (default 1,000,000 rows x 28 normally distributed floats + a 0/1
// label, grove_bench_import's generator and seed) as a CSV file and as a float32 .npy matrix with
// the same numbers, imports the CSV once with grove-cli, then runs --repeat pairs of child
// processes, alternating which of the two goes first:
//
//   Grove   grove-cli -w WS train --dataset bench --target label --valid-fraction 0.2 --split-seed S
//                     --rounds 50 --param max_depth=6 --param tree_method=hist --threads 2
//                     --metric logloss --metric auc --json
//   Python  /usr/bin/python3 xgb_reference_train.py DATA.npy --valid-fraction 0.2 --split-seed S
//                     --rounds 50 --max-depth 6 --threads 2 --metric logloss --metric auc
//           (np.load, a stratified train_test_split, xgboost.DMatrix for both parts, xgboost.train
//           evaluating both every round)
//
// Each side is timed as a whole process, from its start to its exit (Grove: opening the workspace
// and the snapshot, checking the run, building the matrices, training, held-out predictions,
// saving; Python: the interpreter, its imports, loading, splitting, the matrices, training). Peak
// memory is each child's ru_maxrss from wait4(). The targets: the median of the per-pair ratios
// Grove / Python at most 1.03, and Grove's peak memory below Python's.
//
//   grove_bench_train run [--rows N] [--repeat R] [--rounds K] [--threads T] [--max-depth D]
//                         [--valid-fraction F] [--split-seed S] [--keep DIR] [--no-python]
//   grove_bench_train generate FILE.csv [FILE.npy] [--rows N] [--seed S]

#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using grove::bench::ChildRun;
using grove::bench::printJson;
using grove::bench::runChild;
using grove::bench::stats;
using grove::bench::Stats;

namespace {

constexpr double kRatioTarget = 1.03;
// The data are noise (the label does not depend on the features), so both sides end near
// AUC 0.5; on different random splits their validation metrics agree to about this much.
constexpr double kMetricTolerance = 0.02;
const QString kPython = u"/usr/bin/python3"_s;

QJsonObject statsJson(const std::vector<double>& values)
{
    const Stats s = stats(values);
    QJsonArray runs;
    for (double v : values)
        runs.append(v);
    return {{u"median"_s, s.median}, {u"min"_s, s.min}, {u"max"_s, s.max}, {u"runs"_s, runs}};
}

QString list(const std::vector<double>& values, int decimals)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'f', decimals);
    return parts.join(u", "_s);
}

struct Options
{
    qint64 rows = 1000000;
    int repeat = 5;
    int rounds = 50;
    int threads = 2;
    int maxDepth = 6;
    QString validFraction = u"0.2"_s;
    QString splitSeed = u"1"_s;
    QString keep;
    bool python = true;
};

// One side's measurements over the repetitions.
struct Side
{
    std::vector<double> seconds, peakRss, otherCpu;
    std::vector<QJsonObject> outputs;
};

double finalMetric(const QJsonObject& output, const QString& split, const QString& metric)
{
    const QJsonValue value = output.value(u"final_metrics"_s).toObject().value(split).toObject().value(metric);
    return value.isDouble() ? value.toDouble() : std::nan("");
}

// The median of one step over the runs of a side ("step_seconds" in each output).
double medianStep(const Side& side, const QString& step)
{
    std::vector<double> values;
    for (const QJsonObject& output : side.outputs)
        values.push_back(output.value(u"step_seconds"_s).toObject().value(step).toDouble());
    return stats(values).median;
}

QString stepList(const Side& side, const QStringList& steps)
{
    QStringList parts;
    for (const QString& step : steps)
        parts << u"%1 %2"_s.arg(step, QString::number(medianStep(side, step), 'f', 3));
    return parts.join(u", "_s);
}

int run(const Options& options)
{
    QTemporaryDir temporary;
    const QString folder = options.keep.isEmpty() ? temporary.path() : options.keep;
    QDir().mkpath(folder);
    // The CSV has grove_bench_import's name too, so that one --keep folder serves both.
    const QString csv = QDir(folder).filePath(u"bench-%1.csv"_s.arg(options.rows));
    const QString npy = QDir(folder).filePath(u"bench-%1.npy"_s.arg(options.rows));
    if (!QFileInfo::exists(csv) || !QFileInfo::exists(npy)) {
        std::printf("Generating %lld rows x %d floats + label into %s and %s ...\n", static_cast<long long>(options.rows),
                    grove::bench::kFeatures, qPrintable(csv), qPrintable(npy));
        std::fflush(stdout);
        if (grove::bench::writeBenchmarkCsv(csv, options.rows, grove::bench::kDefaultSeed, npy) != 0)
            return 1;
    }
    const QString cli = QStringLiteral(GROVE_CLI_PATH);
    const QString script = QStringLiteral(XGB_REFERENCE_SCRIPT);
    const QString workspace = QDir(folder).filePath(u"workspace"_s);
    QDir(workspace).removeRecursively();

    auto imported = runChild(cli, {u"-w"_s, workspace, u"import"_s, csv, u"--name"_s, u"bench"_s, u"--json"_s}, folder);
    if (!imported)
        return 1;
    std::printf("Imported %s with grove-cli in %.2f s, peak RSS %.0f MiB\n", qPrintable(QFileInfo(csv).fileName()),
                imported->wallSeconds, imported->peakRssMb);

    bool python = options.python;
    if (python) {
        QProcess probe;
        probe.start(kPython, {u"-c"_s, u"import numpy, sklearn, xgboost"_s});
        python = probe.waitForFinished(-1) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
        if (!python)
            std::printf("Python side not measured: install python3-numpy, python3-sklearn and python3-xgboost for %s\n",
                        qPrintable(kPython));
    }
    const QString rounds = QString::number(options.rounds), threads = QString::number(options.threads),
                  depth = QString::number(options.maxDepth);
    const QStringList groveArguments{u"-w"_s, workspace, u"train"_s, u"--dataset"_s, u"bench"_s, u"--target"_s, u"label"_s,
                                     u"--valid-fraction"_s, options.validFraction, u"--split-seed"_s, options.splitSeed,
                                     u"--rounds"_s, rounds, u"--param"_s, u"max_depth="_s + depth, u"--param"_s,
                                     u"tree_method=hist"_s, u"--threads"_s, threads, u"--metric"_s, u"logloss"_s,
                                     u"--metric"_s, u"auc"_s, u"--json"_s};
    const QStringList pythonArguments{script, npy, u"--valid-fraction"_s, options.validFraction, u"--split-seed"_s,
                                      options.splitSeed, u"--rounds"_s, rounds, u"--max-depth"_s, depth, u"--threads"_s,
                                      threads, u"--metric"_s, u"logloss"_s, u"--metric"_s, u"auc"_s};
    std::printf("%lld rows x %d features, valid fraction %s, %d rounds, max_depth %d, hist, %d threads, "
                "logloss and auc on train and valid; %d pair(s)\n",
                static_cast<long long>(options.rows), grove::bench::kFeatures, qPrintable(options.validFraction),
                options.rounds, options.maxDepth, options.threads, options.repeat);
    std::fflush(stdout);

    Side grove, reference;
    std::vector<double> ratios;
    QJsonArray pairs;
    for (int i = 0; i < options.repeat; ++i) {
        auto runSide = [&](bool isGrove) -> bool {
            auto result = isGrove ? runChild(cli, groveArguments, folder) : runChild(kPython, pythonArguments, folder);
            if (!result)
                return false;
            Side& side = isGrove ? grove : reference;
            side.seconds.push_back(result->wallSeconds);
            side.peakRss.push_back(result->peakRssMb);
            side.otherCpu.push_back(result->otherCpuSeconds);
            side.outputs.push_back(result->json);
            std::printf("  %-6s %d: %7.3f s, peak RSS %4.0f MiB, valid auc %.5f, others used %.1f CPU s\n",
                        isGrove ? "grove" : "python", i + 1, result->wallSeconds, result->peakRssMb,
                        finalMetric(result->json, u"valid"_s, u"auc"_s), result->otherCpuSeconds);
            std::fflush(stdout);
            return true;
        };
        const bool groveFirst = i % 2 == 0;
        if (!python) {
            if (!runSide(true))
                return 1;
            continue;
        }
        if (!(groveFirst ? runSide(true) && runSide(false) : runSide(false) && runSide(true)))
            return 1;
        ratios.push_back(grove.seconds.back() / reference.seconds.back());
        pairs.append(QJsonObject{{u"grove"_s, grove.outputs.back()},
                                 {u"grove_seconds"_s, grove.seconds.back()},
                                 {u"grove_peak_rss_mib"_s, grove.peakRss.back()},
                                 {u"python"_s, reference.outputs.back()},
                                 {u"python_seconds"_s, reference.seconds.back()},
                                 {u"python_peak_rss_mib"_s, reference.peakRss.back()},
                                 {u"ratio"_s, ratios.back()}});
    }

    const Stats g = stats(grove.seconds), gm = stats(grove.peakRss);
    std::printf("\nMedians over %d run(s) (all runs listed):\n", options.repeat);
    std::printf("  grove-cli train process   %8.3f s   [%s]\n", g.median, qPrintable(list(grove.seconds, 3)));
    // executeRun's steps ("seconds" in grove-cli's JSON); the rest of the process is starting it,
    // opening the workspace, queueing the run (checks, split, XGBoost's one-round trial) and
    // reporting.
    std::vector<double> outside;
    for (std::size_t i = 0; i < grove.outputs.size(); ++i)
        outside.push_back(grove.seconds[i] - grove.outputs[i].value(u"seconds"_s).toDouble());
    std::printf("    steps (median)          before the run %.3f, %s\n", stats(outside).median,
                qPrintable(stepList(grove, {u"prepare"_s, u"matrices"_s, u"rounds"_s, u"predict"_s, u"model"_s,
                                            u"save"_s})));
    std::printf("  Grove peak RSS            %8.0f MiB [%s]\n", gm.median, qPrintable(list(grove.peakRss, 0)));
    const double groveAuc = finalMetric(grove.outputs.back(), u"valid"_s, u"auc"_s);
    const double groveLogloss = finalMetric(grove.outputs.back(), u"valid"_s, u"logloss"_s);
    std::printf("  Grove final valid         auc %.6f, logloss %.6f\n", groveAuc, groveLogloss);
    std::vector<double> otherCpu = grove.otherCpu;
    otherCpu.insert(otherCpu.end(), reference.otherCpu.begin(), reference.otherCpu.end());
    const double others = *std::max_element(otherCpu.begin(), otherCpu.end());
    QJsonObject summary{{u"rows"_s, options.rows},
                        {u"features"_s, grove::bench::kFeatures},
                        {u"valid_fraction"_s, options.validFraction.toDouble()},
                        {u"rounds"_s, options.rounds},
                        {u"max_depth"_s, options.maxDepth},
                        {u"threads"_s, options.threads},
                        {u"repeat"_s, options.repeat},
                        {u"import_seconds"_s, imported->wallSeconds},
                        {u"import_peak_rss_mib"_s, imported->peakRssMb},
                        {u"grove_seconds"_s, statsJson(grove.seconds)},
                        {u"grove_peak_rss_mib"_s, statsJson(grove.peakRss)}};
    bool passed = true;
    if (python) {
        const Stats r = stats(reference.seconds), rm = stats(reference.peakRss), q = stats(ratios);
        const double pythonAuc = finalMetric(reference.outputs.back(), u"valid"_s, u"auc"_s);
        const double pythonLogloss = finalMetric(reference.outputs.back(), u"valid"_s, u"logloss"_s);
        const bool fastEnough = q.median <= kRatioTarget;
        const bool smaller = gm.max < rm.min;
        const bool similar = std::abs(groveAuc - pythonAuc) <= kMetricTolerance &&
                             std::abs(groveLogloss - pythonLogloss) <= kMetricTolerance;
        std::printf("  Python process            %8.3f s   [%s]\n", r.median, qPrintable(list(reference.seconds, 3)));
        std::printf("    steps (median)          %s\n",
                    qPrintable(stepList(reference, {u"imports"_s, u"load_split"_s, u"matrices"_s, u"train"_s})));
        std::printf("  Python peak RSS           %8.0f MiB [%s]\n", rm.median, qPrintable(list(reference.peakRss, 0)));
        std::printf("  Python final valid        auc %.6f, logloss %.6f\n", pythonAuc, pythonLogloss);
        std::printf("  Grove / Python per pair   %8.4f     [%s]   (median; target <= %.2f): %s\n", q.median,
                    qPrintable(list(ratios, 4)), kRatioTarget, fastEnough ? "PASS" : "MISSED");
        std::printf("  peak memory               Grove %.0f MiB (largest run) vs Python %.0f MiB (smallest run): %s\n",
                    gm.max, rm.min, smaller ? "PASS" : "MISSED");
        std::printf("  final valid metrics       %s\n",
                    similar ? "similar on both sides" : "DIFFER by more than the noise of the split");
        summary.insert(u"python_seconds"_s, statsJson(reference.seconds));
        summary.insert(u"python_peak_rss_mib"_s, statsJson(reference.peakRss));
        summary.insert(u"ratio"_s, statsJson(ratios));
        summary.insert(u"speed_target_met"_s, fastEnough);
        summary.insert(u"memory_target_met"_s, smaller);
        summary.insert(u"metrics_similar"_s, similar);
        summary.insert(u"pairs"_s, pairs);
        passed = similar;
    }
    summary.insert(u"max_other_cpu_seconds"_s, others);
    std::printf("  other processes           %.1f CPU seconds at most during one measured run%s\n", others,
                others > 0.5 ? ": the machine was not idle, so the times are unreliable" : "");
    std::printf("\n");
    printJson(summary);
    if (!passed)
        return 1;
    // The smoke test looks for this line.
    std::printf("training benchmark done\n");
    return 0;
}

int usage()
{
    std::fputs("usage: grove_bench_train run [--rows N] [--repeat R] [--rounds K] [--threads T] [--max-depth D]\n"
               "                             [--valid-fraction F] [--split-seed S] [--keep DIR] [--no-python]\n"
               "       grove_bench_train generate FILE.csv [FILE.npy] [--rows N] [--seed S]\n",
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
    auto option = [&](const QString& name, const QString& fallback) { return grove::bench::takeOption(args, name, fallback); };
    Options options;
    options.rows = option(u"--rows"_s, u"1000000"_s).toLongLong();
    options.repeat = option(u"--repeat"_s, u"5"_s).toInt();
    options.rounds = option(u"--rounds"_s, u"50"_s).toInt();
    options.threads = option(u"--threads"_s, u"2"_s).toInt();
    options.maxDepth = option(u"--max-depth"_s, u"6"_s).toInt();
    options.validFraction = option(u"--valid-fraction"_s, options.validFraction);
    options.splitSeed = option(u"--split-seed"_s, options.splitSeed);
    options.keep = option(u"--keep"_s, {});
    const quint64 seed = option(u"--seed"_s, QString::number(grove::bench::kDefaultSeed)).toULongLong();
    options.python = !args.removeOne(u"--no-python"_s);
    bool fractionOk = false;
    const double fraction = options.validFraction.toDouble(&fractionOk);
    if (options.rows <= 0 || options.repeat <= 0 || options.rounds <= 0 || options.threads <= 0 || options.maxDepth < 0 ||
        !fractionOk || !(fraction > 0 && fraction < 1))
        return usage();
    if (command == u"run"_s && args.isEmpty())
        return run(options);
    if (command == u"generate"_s && (args.size() == 1 || args.size() == 2))
        return grove::bench::writeBenchmarkCsv(args[0], options.rows, seed, args.value(1));
    return usage();
}
