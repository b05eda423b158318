// Sweep benchmark: what a sweep costs beyond the training it does. It generates the import
// benchmark's table (28 normal features and a 0/1 label), imports it with grove-cli, and runs
// `grove-cli sweep` (random search over eta and max_depth, a held-out fifth, one trial at a time
// with every core) as a whole process, --repeat times. Each trial records the seconds of its
// rounds alone (the booster's updates and evaluations: its pure training time); the benchmark
// compares the sweep's whole wall time with their sum, and prints the overhead per trial (the
// difference over the trials): reading and checking the data, the matrices, XGBoost's check of
// each trial's parameters, recording the runs, saving models and predictions, process start.
//
//   grove_bench_sweep run [--rows N] [--trials T] [--rounds K] [--repeat R]

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
        std::fputs("usage: grove_bench_sweep run [--rows N] [--trials T] [--rounds K] [--repeat R]\n", stderr);
        return 2;
    }
    const qint64 rows = takeOption(args, u"--rows"_s, u"100000"_s).toLongLong();
    const int trials = takeOption(args, u"--trials"_s, u"50"_s).toInt();
    const int rounds = takeOption(args, u"--rounds"_s, u"100"_s).toInt();
    const int repeat = takeOption(args, u"--repeat"_s, u"3"_s).toInt();
    if (rows < 100 || trials < 1 || rounds < 1 || repeat < 1) {
        std::fputs("every count must be positive (rows at least 100)\n", stderr);
        return 2;
    }
    QTemporaryDir folder;
    const QString scratch = folder.path(), csv = folder.filePath(u"bench.csv"_s);
    if (writeBenchmarkCsv(csv, rows) != 0)
        return 1;
    const QString cli = QStringLiteral(GROVE_CLI_PATH);
    std::printf("%lld rows x %d features; %d trials x %d rounds (random search over eta and max_depth, held-out "
                "fifth, one trial at a time); %d sweep(s)\n",
                rows, kFeatures, trials, rounds, repeat);

    std::vector<double> walls, pure, ratios, overheads;
    for (int r = 0; r < repeat; ++r) {
        const QString workspace = folder.filePath(u"ws%1"_s.arg(r));
        if (!runChild(cli, {u"-w"_s, workspace, u"import"_s, csv, u"--name"_s, u"bench"_s, u"--json"_s}, scratch))
            return 1;
        const QString definition = folder.filePath(u"sweep%1.json"_s.arg(r));
        QFile file(definition);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(QStringLiteral(R"({"name": "bench", "dataset": "bench", "target": "label",
            "validation": {"fraction": 0.2, "seed": 1}, "rounds": %1, "objective_metric": "valid.logloss",
            "strategy": "random", "trials": %2, "seed": 7, "parallel": 1,
            "space": {"eta": {"log_uniform": [0.02, 0.5]}, "max_depth": {"int": [3, 8]}}})")
                       .arg(rounds)
                       .arg(trials)
                       .toUtf8());
        file.close();
        auto swept = runChild(cli, {u"-w"_s, workspace, u"sweep"_s, u"--config"_s, definition}, scratch, false);
        if (!swept)
            return 1;
        auto shown = runChild(cli, {u"-w"_s, workspace, u"sweep-show"_s, u"bench"_s, u"--json"_s}, scratch);
        if (!shown)
            return 1;
        double sum = 0;
        int finished = 0;
        for (const QJsonValue& value : shown->json.value(u"trials"_s).toArray()) {
            const QJsonObject t = value.toObject();
            if (t.value(u"status"_s).toString() == u"finished"_s) {
                sum += t.value(u"train_seconds"_s).toDouble();
                ++finished;
            }
        }
        if (finished != trials) {
            std::fprintf(stderr, "%d of %d trials finished\n", finished, trials);
            return 1;
        }
        walls.push_back(swept->wallSeconds);
        pure.push_back(sum);
        ratios.push_back(swept->wallSeconds / sum);
        overheads.push_back((swept->wallSeconds - sum) / trials * 1000);
        std::printf("  sweep %d: %.2f s in all, %.2f s of rounds, ratio %.3f, overhead %.1f ms per trial, others' CPU "
                    "%.1f s\n",
                    r + 1, swept->wallSeconds, sum, ratios.back(), overheads.back(), swept->otherCpuSeconds);
    }
    const Stats wall = stats(walls), rounds_ = stats(pure), ratio = stats(ratios), overhead = stats(overheads);
    std::printf("Medians of %d sweep(s) (min - max):\n", repeat);
    std::printf("  whole sweep (grove-cli process)   %.2f s (%.2f - %.2f)\n", wall.median, wall.min, wall.max);
    std::printf("  its trials' rounds, summed        %.2f s (%.2f - %.2f)\n", rounds_.median, rounds_.min, rounds_.max);
    std::printf("  whole / rounds                    %.3f (%.3f - %.3f)   target <= 1.15: %s\n", ratio.median, ratio.min,
                ratio.max, ratio.median <= 1.15 ? "PASS" : "MISSED");
    std::printf("  overhead per trial                %.1f ms (%.1f - %.1f)   target < 50 ms: %s\n", overhead.median,
                overhead.min, overhead.max, overhead.median < 50 ? "PASS" : "MISSED");
    std::printf("sweep benchmark done\n");
    return 0;
}
