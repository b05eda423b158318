// Contributions benchmark: XGBoost's exact TreeSHAP on a run's held-out rows, as `grove-cli
// explain` and the Explanations tab compute it (core/train/Explanation: the run's data opened with
// its content hash checked, the rows gathered, a DMatrix, XGBoosterPredictFromDMatrix with
// "type": 2), against what a user of XGBoost's Python package writes for the same model, rows and
// threads (xgb_reference_contributions.py: xgboost.DMatrix and Booster.predict(pred_contribs=True),
// timed inside its own process after its imports and loading).
//
// It generates a training table and a held-out table (grove_bench_import's generator: 28 normal
// features and a 0/1 label), imports both with grove-cli, trains one run with the held-out table
// as its validation dataset, then alternates: one explanation of every held-out row in this
// process, one Python process. The ratio is Grove's time over Python's, per pair and of the
// medians. Both sides must agree on the mean |contribution| of every feature.
//
//   grove_bench_contributions run [--rows N] [--train-rows N] [--rounds K] [--max-depth D]
//                                 [--threads T] [--repeat R] [--no-python]

#include "BenchSupport.h"

#include "core/services/RunEvaluation.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/Explanation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace grove;
using namespace grove::bench;

namespace {

const QString kPython = u"/usr/bin/python3"_s;

QString list(const std::vector<double>& values, int precision)
{
    QStringList parts;
    for (double value : values)
        parts << QString::number(value, 'f', precision);
    return parts.join(u' ');
}

bool pythonReady(const QString& scratch)
{
    return QFile::exists(kPython) &&
           runChild(kPython, {u"-c"_s, u"import numpy, xgboost"_s}, scratch, false).has_value();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) != u"run"_s) {
        std::fputs("usage: grove_bench_contributions run [--rows N] [--train-rows N] [--rounds K] [--max-depth D]\n"
                   "                                 [--threads T] [--repeat R] [--no-python]\n",
                   stderr);
        return 2;
    }
    const qint64 rows = takeOption(args, u"--rows"_s, u"100000"_s).toLongLong();
    const qint64 trainRows = takeOption(args, u"--train-rows"_s, u"20000"_s).toLongLong();
    const int rounds = takeOption(args, u"--rounds"_s, u"100"_s).toInt();
    const int depth = takeOption(args, u"--max-depth"_s, u"6"_s).toInt();
    const int threads = takeOption(args, u"--threads"_s, u"2"_s).toInt();
    const int repeat = takeOption(args, u"--repeat"_s, u"5"_s).toInt();
    if (rows < 10 || trainRows < 10 || rounds < 1 || depth < 1 || threads < 1 || repeat < 1) {
        std::fputs("every count must be positive (rows and train rows at least 10)\n", stderr);
        return 2;
    }

    QTemporaryDir folder;
    const QString scratch = folder.path();
    const QString trainCsv = folder.filePath(u"train.csv"_s), heldCsv = folder.filePath(u"held.csv"_s);
    const QString heldNpy = folder.filePath(u"held.npy"_s), workspace = folder.filePath(u"workspace"_s);
    if (writeBenchmarkCsv(trainCsv, trainRows, kDefaultSeed) != 0 ||
        writeBenchmarkCsv(heldCsv, rows, kDefaultSeed + 1, heldNpy) != 0)
        return 1;
    const QString cli = QStringLiteral(GROVE_CLI_PATH);
    for (const auto& [csv, name] : {std::pair{trainCsv, u"train"_s}, std::pair{heldCsv, u"held"_s}})
        if (!runChild(cli, {u"-w"_s, workspace, u"import"_s, csv, u"--name"_s, name, u"--json"_s}, scratch))
            return 1;
    auto trained = runChild(cli,
                            {u"-w"_s, workspace, u"train"_s, u"--dataset"_s, u"train"_s, u"--target"_s, u"label"_s,
                             u"--valid-dataset"_s, u"held"_s, u"--rounds"_s, QString::number(rounds), u"--param"_s,
                             u"max_depth="_s + QString::number(depth), u"--threads"_s, QString::number(threads),
                             u"--json"_s},
                            scratch);
    if (!trained)
        return 1;
    const QString model = QDir(workspace).filePath(u"runs/1/model.ubj"_s);

    auto opened = Workspace::openOrCreate(workspace);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    auto run = RunStore(opened->database()).find(u"1"_s);
    if (!run) {
        std::fprintf(stderr, "%s\n", qPrintable(run.error().message));
        return 1;
    }
    auto predictions = loadHeldOutPredictions(*opened, *run);
    if (!predictions) {
        std::fprintf(stderr, "%s\n", qPrintable(predictions.error().message));
        return 1;
    }
    ExplainOptions options;
    options.sampleRows = int(rows); // every held-out row
    options.useCache = false;       // measure the computation, not a read of the stored result

    const bool python = !args.contains(u"--no-python"_s) && pythonReady(scratch);
    std::printf("%lld held-out rows x %d features; model: %d rounds, max_depth %d, trained on %lld rows; "
                "%d threads; %d pair(s)\n",
                rows, kFeatures, rounds, depth, trainRows, threads, repeat);
    if (!python && !args.contains(u"--no-python"_s))
        std::printf("Python side not measured: install python3-numpy and python3-xgboost for %s\n", qPrintable(kPython));

    std::vector<double> grove, reference, ratios;
    std::vector<double> groveMeans, pythonMeans;
    QString xgboostVersion;
    for (int i = 0; i < repeat; ++i) {
        const auto start = std::chrono::steady_clock::now();
        auto explanation = explainRun(*opened, *run, *predictions, options);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!explanation) {
            std::fprintf(stderr, "%s\n", qPrintable(explanation.error().message));
            return 1;
        }
        if (qint64(explanation->sample.size()) != rows) {
            std::fprintf(stderr, "explained %zu rows, not %lld\n", explanation->sample.size(), rows);
            return 1;
        }
        grove.push_back(seconds);
        groveMeans = explanation->meanAbsolute;
        if (!python)
            continue;
        auto child = runChild(kPython,
                              {QStringLiteral(XGB_REFERENCE_SCRIPT), model, heldNpy, u"--threads"_s,
                               QString::number(threads), u"--repeat"_s, u"1"_s},
                              scratch);
        if (!child)
            return 1;
        const double pythonSeconds = child->json.value(u"seconds"_s).toArray().at(0).toDouble();
        reference.push_back(pythonSeconds);
        ratios.push_back(seconds / pythonSeconds);
        pythonMeans.clear();
        for (const QJsonValue& value : child->json.value(u"mean_abs"_s).toArray())
            pythonMeans.push_back(value.toDouble());
        xgboostVersion = child->json.value(u"xgboost"_s).toString();
    }

    const Stats g = stats(grove);
    std::printf("  Grove explanation       %8.3f s   [%s]\n", g.median, qPrintable(list(grove, 3)));
    if (python) {
        // The same model on the same rows: every feature's mean |contribution| must agree.
        double worst = 0;
        if (pythonMeans.size() != groveMeans.size()) {
            std::fprintf(stderr, "Python explained %zu features, Grove %zu\n", pythonMeans.size(), groveMeans.size());
            return 1;
        }
        for (std::size_t f = 0; f < groveMeans.size(); ++f)
            worst = std::max(worst, std::abs(groveMeans[f] - pythonMeans[f]) / std::max(1e-9, std::abs(pythonMeans[f])));
        if (worst > 1e-4) {
            std::fprintf(stderr, "Grove and Python disagree on a feature's mean |contribution| (relative %.3g)\n", worst);
            return 1;
        }
        const Stats p = stats(reference), r = stats(ratios);
        std::printf("  Python pred_contribs    %8.3f s   [%s]   (xgboost %s)\n", p.median, qPrintable(list(reference, 3)),
                    qPrintable(xgboostVersion));
        std::printf("  Grove / Python: median of the per-pair ratios %.3f [%s]; ratio of the medians %.3f\n", r.median,
                    qPrintable(list(ratios, 3)), g.median / p.median);
        std::printf("  mean |contribution| per feature agrees to a relative %.1e\n", worst);
    }
    std::printf("contributions benchmark done\n");
    return 0;
}
