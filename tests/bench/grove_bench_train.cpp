// Training benchmark: Grove's training against the same libxgboost loop in a minimal program.
//
// Generates a training CSV (default 1,000,000 rows x 28 floats + a 0/1 label, the generator of
// grove_bench_import, same seed, so the same file) and a validation CSV (default a quarter of
// the rows, another seed). Then, in each repetition, every step in a fresh child process:
//
//   Grove      grove-cli -w WS import TRAIN --name train --json     (a fresh workspace)
//              grove-cli -w WS import VALID --name valid --json
//              grove-cli -w WS train --dataset train --target label --valid-dataset valid
//                        --rounds 100 --param max_depth=6 --param tree_method=hist --threads 2 --json
//   reference  xgb_reference_train TRAIN VALID --rounds 100 --max-depth 6 --threads 2
//
// Grove and the reference alternate (which goes first swaps every repetition). The times
// compared are the same span on both sides: from the creation of the first DMatrix through the
// evaluation of the last round, i.e. Grove's step_seconds "matrices" + "rounds" against the
// reference's "seconds". Peak RSS is each child's ru_maxrss from wait4(). With python3-pandas
// and python3-xgboost, pandas.read_csv + xgboost.train is measured once for context.
//
//   grove_bench_train run [--rows N] [--valid-rows M] [--repeat R] [--rounds K] [--threads T]
//                         [--keep DIR] [--no-python]
//   grove_bench_train generate FILE [--rows N] [--seed S]

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
#include <charconv>
#include <cstdio>
#include <cstring>
#include <optional>
#include <random>
#include <tuple>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using grove::bench::ChildRun;
using grove::bench::printJson;
using grove::bench::runChild;
using grove::bench::stats;
using grove::bench::Stats;

namespace {

using grove::bench::kFeatures;
constexpr quint64 kTrainSeed = grove::bench::kDefaultSeed; // the import benchmark's file
constexpr quint64 kValidSeed = 20261123;
constexpr double kRssTargetMb = 400;
constexpr double kRatioTarget = 1.03;

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

// "valid-auc:0.5012" out of XGBoost's evaluation line.
std::optional<double> evaluationValue(const QString& line, const QString& key)
{
    for (const QString& token : line.split(u'\t', Qt::SkipEmptyParts)) {
        if (token.startsWith(key + u':')) {
            bool ok = false;
            const double value = token.mid(key.size() + 1).toDouble(&ok);
            if (ok)
                return value;
        }
    }
    return std::nullopt;
}

const char* kPythonScript = R"(import sys, time, json, resource
try:
    import pandas, xgboost
except ImportError:
    sys.exit(3)
train_path, valid_path, rounds, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
start = time.perf_counter()
train = pandas.read_csv(train_path)
valid = pandas.read_csv(valid_path)
read = time.perf_counter() - start
dtrain = xgboost.DMatrix(train.drop(columns="label"), label=train["label"], nthread=threads)
dvalid = xgboost.DMatrix(valid.drop(columns="label"), label=valid["label"], nthread=threads)
params = {"objective": "binary:logistic", "tree_method": "hist", "max_depth": 6, "nthread": threads,
          "eval_metric": ["logloss", "error", "auc"]}
xgboost.train(params, dtrain, rounds, evals=[(dtrain, "train"), (dvalid, "valid")], verbose_eval=False)
print(json.dumps({"read_seconds": read, "seconds": time.perf_counter() - start,
                  "pandas": pandas.__version__, "xgboost": xgboost.__version__,
                  "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
)";

struct Options
{
    qint64 rows = 1000000;
    qint64 validRows = 0; // 0: rows / 4
    int repeat = 5;
    int rounds = 100;
    int threads = 2;
    int maxDepth = 6;
    QString keep;
    bool python = true;
};

int run(const Options& options)
{
    QTemporaryDir temporary;
    const QString folder = options.keep.isEmpty() ? temporary.path() : options.keep;
    QDir().mkpath(folder);
    const qint64 validRows = options.validRows > 0 ? options.validRows : std::max<qint64>(1, options.rows / 4);
    // The training file has grove_bench_import's name too, so that one --keep folder serves both.
    const QString trainCsv = QDir(folder).filePath(u"bench-%1.csv"_s.arg(options.rows));
    const QString validCsv = QDir(folder).filePath(u"bench-valid-%1.csv"_s.arg(validRows));
    for (const auto& [path, rows, seed] : {std::tuple(trainCsv, options.rows, kTrainSeed), std::tuple(validCsv, validRows, kValidSeed)}) {
        if (QFileInfo::exists(path))
            continue;
        std::printf("Generating %lld rows x %d floats + label into %s ...\n", static_cast<long long>(rows), kFeatures,
                    qPrintable(path));
        std::fflush(stdout);
        if (grove::bench::writeBenchmarkCsv(path, rows, seed) != 0)
            return 1;
    }
    const QString cli = QStringLiteral(GROVE_CLI_PATH);
    const QString reference = QStringLiteral(XGB_REFERENCE_PATH);
    const QString rounds = QString::number(options.rounds), threads = QString::number(options.threads),
                  depth = QString::number(options.maxDepth);
    std::printf("Train %lld rows, validation %lld rows, %d features; %d rounds, max_depth %d, hist, %d threads; "
                "%d repetitions\n",
                static_cast<long long>(options.rows), static_cast<long long>(validRows), kFeatures, options.rounds,
                options.maxDepth, options.threads, options.repeat);
    std::fflush(stdout);

    std::vector<double> groveSpan, groveMatrices, groveRounds, groveSeconds, groveWall, refSpan, refMatrices, refRounds,
        ratio, importTrainRss, importValidRss, trainRss, groveRss, refRss, importTrainSeconds, others;
    QJsonArray repetitions;
    bool metricsAgree = true;
    for (int i = 0; i < options.repeat; ++i) {
        QJsonObject repetition;
        auto runGrove = [&]() -> bool {
            const QString workspace = QDir(folder).filePath(u"workspace"_s);
            QDir(workspace).removeRecursively();
            auto importTrain = runChild(cli, {u"-w"_s, workspace, u"import"_s, trainCsv, u"--name"_s, u"train"_s, u"--json"_s}, folder);
            if (!importTrain)
                return false;
            auto importValid = runChild(cli, {u"-w"_s, workspace, u"import"_s, validCsv, u"--name"_s, u"valid"_s, u"--json"_s}, folder);
            if (!importValid)
                return false;
            auto train = runChild(cli,
                                  {u"-w"_s, workspace, u"train"_s, u"--dataset"_s, u"train"_s, u"--target"_s, u"label"_s,
                                   u"--valid-dataset"_s, u"valid"_s, u"--rounds"_s, rounds, u"--param"_s,
                                   u"max_depth="_s + depth, u"--param"_s, u"tree_method=hist"_s, u"--threads"_s, threads,
                                   u"--json"_s},
                                  folder);
            if (!train)
                return false;
            const QJsonObject steps = train->json.value(u"step_seconds"_s).toObject();
            if (!steps.contains(u"matrices"_s) || !steps.contains(u"rounds"_s)) {
                std::fprintf(stderr, "grove-cli train --json reported no step_seconds.matrices/rounds\n");
                return false;
            }
            const double matrices = steps.value(u"matrices"_s).toDouble(), roundSeconds = steps.value(u"rounds"_s).toDouble();
            groveMatrices.push_back(matrices);
            groveRounds.push_back(roundSeconds);
            groveSpan.push_back(matrices + roundSeconds);
            groveSeconds.push_back(train->json.value(u"seconds"_s).toDouble());
            groveWall.push_back(train->wallSeconds);
            importTrainSeconds.push_back(importTrain->json.value(u"seconds"_s).toDouble());
            importTrainRss.push_back(importTrain->peakRssMb);
            importValidRss.push_back(importValid->peakRssMb);
            trainRss.push_back(train->peakRssMb);
            groveRss.push_back(std::max({importTrain->peakRssMb, importValid->peakRssMb, train->peakRssMb}));
            repetition.insert(u"grove_train"_s, train->json);
            repetition.insert(u"grove_train_wall_seconds"_s, train->wallSeconds);
            repetition.insert(u"grove_train_cpu_seconds"_s, train->cpuSeconds);
            repetition.insert(u"grove_train_other_cpu_seconds"_s, train->otherCpuSeconds);
            others.push_back(train->otherCpuSeconds);
            repetition.insert(u"grove_peak_rss_mib"_s, QJsonObject{{u"import_train"_s, importTrain->peakRssMb},
                                                                  {u"import_valid"_s, importValid->peakRssMb},
                                                                  {u"train"_s, train->peakRssMb}});
            std::printf("  grove     %d: %.3f s (matrices %.3f + rounds %.3f; whole run %.3f s, process %.3f s); "
                        "peak RSS import %.0f / %.0f MiB, train %.0f MiB; others used %.1f CPU s\n",
                        i + 1, matrices + roundSeconds, matrices, roundSeconds, groveSeconds.back(), train->wallSeconds,
                        importTrain->peakRssMb, importValid->peakRssMb, train->peakRssMb, train->otherCpuSeconds);
            std::fflush(stdout);
            QDir(workspace).removeRecursively();
            return true;
        };
        auto runReference = [&]() -> bool {
            auto result = runChild(reference,
                                   {trainCsv, validCsv, u"--rounds"_s, rounds, u"--max-depth"_s, depth, u"--threads"_s, threads},
                                   folder);
            if (!result)
                return false;
            refSpan.push_back(result->json.value(u"seconds"_s).toDouble());
            refMatrices.push_back(result->json.value(u"matrix_seconds"_s).toDouble());
            refRounds.push_back(result->json.value(u"round_seconds"_s).toDouble());
            refRss.push_back(result->peakRssMb);
            repetition.insert(u"reference"_s, result->json);
            repetition.insert(u"reference_cpu_seconds"_s, result->cpuSeconds);
            repetition.insert(u"reference_other_cpu_seconds"_s, result->otherCpuSeconds);
            others.push_back(result->otherCpuSeconds);
            std::printf("  reference %d: %.3f s (matrices %.3f + rounds %.3f); peak RSS %.0f MiB; others used %.1f CPU s\n",
                        i + 1, refSpan.back(), refMatrices.back(), refRounds.back(), result->peakRssMb,
                        result->otherCpuSeconds);
            std::fflush(stdout);
            return true;
        };
        const bool groveFirst = i % 2 == 0;
        if (!(groveFirst ? runGrove() && runReference() : runReference() && runGrove()))
            return 1;
        ratio.push_back(groveSpan.back() / refSpan.back());

        // Same data, parameters and seed: the final metrics must be the same numbers.
        const QString last = repetition.value(u"reference"_s).toObject().value(u"last_evaluation"_s).toString();
        const QJsonObject finals = repetition.value(u"grove_train"_s).toObject().value(u"final_metrics"_s).toObject();
        for (const QString& split : {u"train"_s, u"valid"_s}) {
            for (const QString& metric : {u"logloss"_s, u"error"_s, u"auc"_s}) {
                const auto expected = evaluationValue(last, split + u'-' + metric);
                const QJsonValue actual = finals.value(split).toObject().value(metric);
                if (!expected || !actual.isDouble() || actual.toDouble() != *expected) {
                    metricsAgree = false;
                    std::printf("  metric %s-%s differs: Grove %s, reference %s\n", qPrintable(split), qPrintable(metric),
                                qPrintable(QString::number(actual.toDouble(), 'g', 10)),
                                expected ? qPrintable(QString::number(*expected, 'g', 10)) : "missing");
                }
            }
        }
        repetitions.append(repetition);
    }

    std::optional<QJsonObject> python;
    if (options.python) {
        QStringList arguments{u"-c"_s, QString::fromUtf8(kPythonScript), trainCsv, validCsv, rounds, threads};
        const QString interpreter = u"/usr/bin/python3"_s;
        QProcess probe;
        probe.start(interpreter, {u"-c"_s, u"import pandas, xgboost"_s});
        if (probe.waitForFinished(-1) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0) {
            std::printf("  pandas.read_csv + xgboost.train (once, for context) ...\n");
            std::fflush(stdout);
            if (auto result = runChild(interpreter, arguments, folder)) {
                QJsonObject json = result->json;
                json.insert(u"peak_rss_mib"_s, result->peakRssMb);
                json.insert(u"wall_seconds"_s, result->wallSeconds);
                python = json;
            }
        }
    }

    const Stats g = stats(groveSpan), r = stats(refSpan), q = stats(ratio), rss = stats(groveRss), rr = stats(refRss);
    std::printf("\nMedians over %d runs (all runs listed):\n", options.repeat);
    std::printf("  Grove training      %8.3f s   [%s]\n", g.median, qPrintable(list(groveSpan, 3)));
    std::printf("    matrices          %8.3f s   [%s]\n", stats(groveMatrices).median, qPrintable(list(groveMatrices, 3)));
    std::printf("    rounds            %8.3f s   [%s]\n", stats(groveRounds).median, qPrintable(list(groveRounds, 3)));
    std::printf("    whole run         %8.3f s   [%s]   (executeRun: checks, dry run, training, predictions, saving)\n",
                stats(groveSeconds).median, qPrintable(list(groveSeconds, 3)));
    std::printf("    train process     %8.3f s   [%s]   (grove-cli train, start to exit)\n", stats(groveWall).median,
                qPrintable(list(groveWall, 3)));
    std::printf("  reference training  %8.3f s   [%s]\n", r.median, qPrintable(list(refSpan, 3)));
    std::printf("    matrices          %8.3f s   [%s]\n", stats(refMatrices).median, qPrintable(list(refMatrices, 3)));
    std::printf("    rounds            %8.3f s   [%s]\n", stats(refRounds).median, qPrintable(list(refRounds, 3)));
    std::printf("  Grove / reference   %8.4f     [%s]   target <= %.2f: %s\n", q.median, qPrintable(list(ratio, 4)),
                kRatioTarget, q.median <= kRatioTarget ? "met" : "MISSED");
    // Disturbances only ever add time, so the fastest runs of each side are a second estimate.
    const double fastestRatio = g.min / r.min;
    std::printf("    fastest runs      %8.4f     (%.3f s / %.3f s)\n", fastestRatio, g.min, r.min);
    std::printf("  Grove peak RSS      %8.0f MiB [%s]   (largest of import train, import valid, train)   target <= %.0f MiB: %s\n",
                rss.median, qPrintable(list(groveRss, 0)), kRssTargetMb, rss.max <= kRssTargetMb ? "met" : "MISSED");
    std::printf("    import train      %8.0f MiB [%s]\n", stats(importTrainRss).median, qPrintable(list(importTrainRss, 0)));
    std::printf("    import valid      %8.0f MiB [%s]\n", stats(importValidRss).median, qPrintable(list(importValidRss, 0)));
    std::printf("    train             %8.0f MiB [%s]\n", stats(trainRss).median, qPrintable(list(trainRss, 0)));
    std::printf("  reference peak RSS  %8.0f MiB [%s]   (float tables read before timing + XGBoost)\n", rr.median,
                qPrintable(list(refRss, 0)));
    std::printf("  final metrics       %s\n", metricsAgree ? "identical in Grove and the reference" : "DIFFER");
    const double busiest = others.empty() ? 0 : *std::max_element(others.begin(), others.end());
    std::printf("  other processes     %.1f CPU seconds at most during one measured run [%s]%s\n", busiest,
                qPrintable(list(others, 1)),
                busiest > 0.5 ? ": the machine was not idle, so the times are unreliable" : "");
    QJsonObject summary{{u"rows"_s, options.rows},
                        {u"valid_rows"_s, validRows},
                        {u"features"_s, kFeatures},
                        {u"rounds"_s, options.rounds},
                        {u"max_depth"_s, options.maxDepth},
                        {u"threads"_s, options.threads},
                        {u"repeat"_s, options.repeat},
                        {u"grove_seconds"_s, statsJson(groveSpan)},
                        {u"grove_matrix_seconds"_s, statsJson(groveMatrices)},
                        {u"grove_round_seconds"_s, statsJson(groveRounds)},
                        {u"grove_run_seconds"_s, statsJson(groveSeconds)},
                        {u"grove_process_seconds"_s, statsJson(groveWall)},
                        {u"reference_seconds"_s, statsJson(refSpan)},
                        {u"reference_matrix_seconds"_s, statsJson(refMatrices)},
                        {u"reference_round_seconds"_s, statsJson(refRounds)},
                        {u"ratio"_s, statsJson(ratio)},
                        {u"fastest_ratio"_s, fastestRatio},
                        {u"grove_peak_rss_mib"_s, statsJson(groveRss)},
                        {u"reference_peak_rss_mib"_s, statsJson(refRss)},
                        {u"metrics_identical"_s, metricsAgree},
                        {u"max_other_cpu_seconds"_s, busiest},
                        {u"repetitions"_s, repetitions}};
    if (python) {
        std::printf("  pandas + xgboost    %8.3f s, peak RSS %.0f MiB   (read_csv + DMatrix + train, once; pandas %s, xgboost %s)\n",
                    python->value(u"seconds"_s).toDouble(), python->value(u"peak_rss_mib"_s).toDouble(),
                    qPrintable(python->value(u"pandas"_s).toString()), qPrintable(python->value(u"xgboost"_s).toString()));
        summary.insert(u"python"_s, *python);
    } else if (options.python) {
        std::printf("  pandas + xgboost    not measured (install python3-pandas and python3-xgboost for /usr/bin/python3)\n");
    }
    std::printf("\n");
    printJson(summary);
    if (!metricsAgree)
        return 1;
    // The smoke test looks for this line; it is printed only when the runs matched.
    std::printf("training benchmark done: Grove / reference %.4f, Grove peak RSS %.0f MiB\n", q.median, rss.max);
    return 0;
}

int usage()
{
    std::fputs("usage: grove_bench_train run [--rows N] [--valid-rows M] [--repeat R] [--rounds K] [--threads T]\n"
               "                             [--max-depth D] [--keep DIR] [--no-python]\n"
               "       grove_bench_train generate FILE [--rows N] [--seed S]\n",
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
    options.validRows = option(u"--valid-rows"_s, u"0"_s).toLongLong();
    options.repeat = option(u"--repeat"_s, u"5"_s).toInt();
    options.rounds = option(u"--rounds"_s, u"100"_s).toInt();
    options.threads = option(u"--threads"_s, u"2"_s).toInt();
    options.maxDepth = option(u"--max-depth"_s, u"6"_s).toInt();
    options.keep = option(u"--keep"_s, {});
    const quint64 seed = option(u"--seed"_s, QString::number(kTrainSeed)).toULongLong();
    options.python = !args.removeOne(u"--no-python"_s);
    if (options.rows <= 0 || options.validRows < 0 || options.repeat <= 0 || options.rounds <= 0 || options.threads <= 0 ||
        options.maxDepth < 0)
        return usage();
    if (command == u"run"_s && args.isEmpty())
        return run(options);
    if (command == u"generate"_s && args.size() == 1)
        return grove::bench::writeBenchmarkCsv(args[0], options.rows, seed);
    return usage();
}
