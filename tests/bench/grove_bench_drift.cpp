// Drift benchmark: the whole `grove-cli drift` process on a table of 1,000,000 rows × 28 features
// (grove_bench_import's generator: normal features and a 0/1 label), against a version exported
// from a run trained on a smaller table of the same distribution. What is timed is what a
// monitoring job waits for: start-up, the version verified, the CSV read and checked, every row
// scored with the model, PSI and KS of every feature and of the scores, the report kept, exit.
// Target: a median under 2 s.
//
//   grove_bench_drift run [--rows N] [--train-rows N] [--rounds K] [--repeat R]

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace grove::bench;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) != u"run"_s) {
        std::fputs("usage: grove_bench_drift run [--rows N] [--train-rows N] [--rounds K] [--repeat R]\n", stderr);
        return 2;
    }
    const qint64 rows = takeOption(args, u"--rows"_s, u"1000000"_s).toLongLong();
    const qint64 trainRows = takeOption(args, u"--train-rows"_s, u"100000"_s).toLongLong();
    const int rounds = takeOption(args, u"--rounds"_s, u"100"_s).toInt();
    const int repeat = takeOption(args, u"--repeat"_s, u"5"_s).toInt();
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
    std::vector<double> walls, cpus, others, rss;
    // A threshold no PSI reaches: the process ends with 0 whatever the noise of the sample.
    const QStringList check{u"-w"_s, workspace, u"drift"_s, u"--model"_s, registry + u"/bench/1"_s, u"--input"_s, newCsv,
                            u"--psi-threshold"_s, u"1000"_s, u"--json"_s};
    for (int i = 0; i < repeat; ++i) {
        auto child = runChild(cli, check, scratch);
        if (!child)
            return 1;
        const QJsonArray features = child->json.value(u"features"_s).toArray();
        if (features.size() != kFeatures || child->json.value(u"rows"_s).toInteger() != rows) {
            std::fprintf(stderr, "grove-cli drift reported %lld features and %lld rows\n", qint64(features.size()),
                         child->json.value(u"rows"_s).toInteger());
            return 1;
        }
        walls.push_back(child->wallSeconds);
        cpus.push_back(child->cpuSeconds);
        others.push_back(child->otherCpuSeconds);
        rss.push_back(child->peakRssMb);
        std::printf("  run %d: %.3f s (CPU %.2f s, peak %.0f MiB, others' CPU %.2f s)\n", i + 1, child->wallSeconds,
                    child->cpuSeconds, child->peakRssMb, child->otherCpuSeconds);
    }
    const Stats wall = stats(walls);
    std::printf("grove-cli drift (whole process), median of %d: %.3f s (%.3f - %.3f); CPU %.2f s; peak %.0f MiB; "
                "others' CPU up to %.2f s\n",
                repeat, wall.median, wall.min, wall.max, stats(cpus).median, stats(rss).max, stats(others).max);
    std::printf("target: under 2 s for 1,000,000 rows: %s\n",
                rows == 1000000 ? (wall.median < 2.0 ? "PASS" : "MISSED") : "not measured at this size");
    std::printf("drift benchmark done\n");
    return 0;
}
