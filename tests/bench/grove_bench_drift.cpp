// Drift benchmark: the whole `grove-cli drift` process on a table of 1,000,000 rows × 28 features
// (grove_bench_import's generator: normal features and a 0/1 label), against a version exported
// from a run trained on a smaller table of the same distribution. What is timed is what a
// monitoring job waits for: start-up, the version verified, the CSV read and checked, every row
// scored with the model, PSI and KS of every feature and of the scores, the report kept, exit.
// Target: a median under 2 s.
//
// Beside it, in pairs whose order swaps every time, what a user would run instead: a monitoring
// script with pandas, XGBoost's Python package and SciPy (tests/bench/drift_reference.py, run by
// /usr/bin/python3) on the same version and the same file, computing the same PSI and KS; the
// median of the per-pair ratios Python / Grove is printed. Without those packages only Grove is
// measured.
//
//   grove_bench_drift run [--rows N] [--train-rows N] [--rounds K] [--repeat R] [--no-python]

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace grove::bench;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) != u"run"_s) {
        std::fputs("usage: grove_bench_drift run [--rows N] [--train-rows N] [--rounds K] [--repeat R] [--no-python]\n",
                   stderr);
        return 2;
    }
    const qint64 rows = takeOption(args, u"--rows"_s, u"1000000"_s).toLongLong();
    const qint64 trainRows = takeOption(args, u"--train-rows"_s, u"100000"_s).toLongLong();
    const int rounds = takeOption(args, u"--rounds"_s, u"100"_s).toInt();
    const int repeat = takeOption(args, u"--repeat"_s, u"5"_s).toInt();
    const bool withPython = !args.contains(u"--no-python"_s);
    if (rows < 10 || trainRows < 10 || rounds < 1 || repeat < 1) {
        std::fputs("every count must be positive (rows and train rows at least 10)\n", stderr);
        return 2;
    }

    QTemporaryDir folder;
    const QString scratch = folder.path();
    const QString trainCsv = folder.filePath(u"train.csv"_s), newCsv = folder.filePath(u"new.csv"_s);
    const QString workspace = folder.filePath(u"workspace"_s), registry = folder.filePath(u"registry"_s);
    if (writeBenchmarkCsv(trainCsv, trainRows, kDefaultSeed) != 0 || writeBenchmarkCsv(newCsv, rows, kDefaultSeed + 1) != 0)
        return 1;
    const QString cli = QStringLiteral(GROVE_CLI_PATH);
    if (!runChild(cli, {u"-w"_s, workspace, u"import"_s, trainCsv, u"--name"_s, u"train"_s, u"--json"_s}, scratch))
        return 1;
    auto trained = runChild(cli,
                            {u"-w"_s, workspace, u"train"_s, u"--dataset"_s, u"train"_s, u"--target"_s, u"label"_s,
                             u"--rounds"_s, QString::number(rounds), u"--threads"_s, u"2"_s, u"--json"_s},
                            scratch);
    if (!trained)
        return 1;
    const QString run = QString::number(trained->json.value(u"run_id"_s).toInteger());
    // The labels are noise: any AUC passes.
    if (!runChild(cli, {u"-w"_s, workspace, u"validate"_s, run, u"--rule"_s, u"valid.auc >= 0"_s, u"--json"_s}, scratch) ||
        !runChild(cli, {u"-w"_s, workspace, u"export"_s, run, u"--model"_s, u"bench"_s, u"--registry"_s, registry, u"--json"_s},
                  scratch))
        return 1;

    // The file is read once so that every measured run finds it in the page cache.
    {
        QFile file(newCsv);
        if (file.open(QIODevice::ReadOnly))
            while (!file.read(1 << 22).isEmpty()) {
            }
    }
    std::printf("drift of %lld rows x %d features against a model of %d rounds trained on %lld rows; load %s\n",
                rows, kFeatures, rounds, trainRows, qPrintable(loadAverage()));
    const QString python = u"/usr/bin/python3"_s;
    const QString script = QStringLiteral(GROVE_SOURCE_DIR "/tests/bench/drift_reference.py");
    const bool pythonReady =
        withPython && runChild(python, {u"-c"_s, u"import pandas, xgboost, scipy"_s}, scratch, false).has_value();
    if (!pythonReady)
        std::printf("python reference: not measured (%s)\n",
                    withPython ? "/usr/bin/python3 lacks pandas, xgboost or scipy" : "--no-python");
    std::vector<double> walls, cpus, others, rss, pythonWalls, pythonCpus, ratios;
    // A threshold no PSI reaches: the process ends with 0 whatever the noise of the sample.
    const QStringList check{u"-w"_s, workspace, u"drift"_s, u"--model"_s, registry + u"/bench/1"_s, u"--input"_s, newCsv,
                            u"--psi-threshold"_s, u"1000"_s, u"--json"_s};
    for (int i = 0; i < repeat; ++i) {
        std::optional<ChildRun> child, reference;
        const auto runGrove = [&] { return (child = runChild(cli, check, scratch)).has_value(); };
        const auto runPython = [&] {
            return (reference = runChild(python, {script, registry + u"/bench/1"_s, newCsv}, scratch)).has_value();
        };
        const bool groveFirst = i % 2 == 0;
        const bool ran = groveFirst ? runGrove() && (!pythonReady || runPython())
                                    : (!pythonReady || runPython()) && runGrove();
        if (!ran)
            return 1;
        const QJsonArray features = child->json.value(u"features"_s).toArray();
        if (features.size() != kFeatures || child->json.value(u"rows"_s).toInteger() != rows) {
            std::fprintf(stderr, "grove-cli drift reported %lld features and %lld rows\n", qint64(features.size()),
                         child->json.value(u"rows"_s).toInteger());
            return 1;
        }
        walls.push_back(child->wallSeconds);
        cpus.push_back(child->cpuSeconds);
        others.push_back(child->otherCpuSeconds + (reference ? reference->otherCpuSeconds : 0));
        rss.push_back(child->peakRssMb);
        std::printf("  pair %d (%s first): grove-cli %.3f s (CPU %.2f s, peak %.0f MiB)", i + 1,
                    groveFirst ? "Grove" : "Python", child->wallSeconds, child->cpuSeconds, child->peakRssMb);
        if (reference) {
            if (reference->json.value(u"rows"_s).toInteger() != rows) {
                std::fprintf(stderr, "the Python reference read %lld rows\n", reference->json.value(u"rows"_s).toInteger());
                return 1;
            }
            pythonWalls.push_back(reference->wallSeconds);
            pythonCpus.push_back(reference->cpuSeconds);
            ratios.push_back(reference->wallSeconds / child->wallSeconds);
            std::printf("; Python %.3f s (CPU %.2f s, peak %.0f MiB); ratio %.2f", reference->wallSeconds,
                        reference->cpuSeconds, reference->peakRssMb, ratios.back());
        }
        std::printf("; others' CPU %.2f s\n", others.back());
    }
    const Stats wall = stats(walls);
    std::printf("grove-cli drift (whole process), median of %d: %.3f s (%.3f - %.3f); CPU %.2f s; peak %.0f MiB; "
                "others' CPU up to %.2f s\n",
                repeat, wall.median, wall.min, wall.max, stats(cpus).median, stats(rss).max, stats(others).max);
    if (!ratios.empty()) {
        const Stats py = stats(pythonWalls), ratio = stats(ratios);
        std::printf("Python reference (pandas, xgboost, scipy; whole process), median of %d: %.3f s (%.3f - %.3f); "
                    "CPU %.2f s\n",
                    repeat, py.median, py.min, py.max, stats(pythonCpus).median);
        std::printf("Python / Grove, median of the per-pair ratios: %.2fx (%.2f - %.2f)\n", ratio.median, ratio.min,
                    ratio.max);
    }
    std::printf("target: under 2 s for 1,000,000 rows: %s\n",
                rows == 1000000 ? (wall.median < 2.0 ? "PASS" : "MISSED") : "not measured at this size");
    std::printf("drift benchmark done\n");
    return 0;
}
