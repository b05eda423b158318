// Evaluating a binary run's held-out predictions, as `grove-cli evaluate` does: every figure
// from one sort (core/evaluate), timed in this process, against what a scikit-learn user computes
// for the same judgement (sklearn_reference_evaluate.py, timed inside its own process after its
// imports), alternating, on the same seeded scores. Also times the slices of a numeric column
// (5 quantile bins, with 200 bootstrap resamples for the AUC intervals), which scikit-learn has
// no counterpart for.
//
//   grove_bench_evaluate run [--rows N] [--repeat K] [--no-python]

#include "core/evaluate/Evaluation.h"
#include "core/evaluate/Slices.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) != u"run"_s) {
        std::fputs("usage: grove_bench_evaluate run [--rows N] [--repeat K] [--no-python]\n", stderr);
        return 2;
    }
    const qsizetype rowsAt = args.indexOf(u"--rows"_s), repeatAt = args.indexOf(u"--repeat"_s);
    const std::size_t rows = rowsAt > 0 ? args.value(rowsAt + 1).toULongLong() : 1000000;
    const int repeat = repeatAt > 0 ? args.value(repeatAt + 1).toInt() : 5;
    const bool python = !args.contains(u"--no-python"_s) && QFile::exists(u"/usr/bin/python3"_s);
    if (rows < 10 || repeat < 1)
        return 2;

    // A model that separates the classes somewhat: scores from the logistic of a shifted normal,
    // rounded to 4 decimals so that ties occur as they do with real models.
    HeldOutPredictions p;
    p.task = Task::Binary;
    p.classes = QStringList{u"0"_s, u"1"_s};
    std::mt19937_64 random(42);
    std::normal_distribution<double> noise(0, 1.5);
    std::bernoulli_distribution positive(0.3);
    std::vector<float> column(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        const bool label = positive(random);
        const double margin = (label ? 1.0 : -1.0) + noise(random);
        p.rows.push_back(std::uint32_t(i));
        p.folds.push_back(-1);
        p.labels.push_back(label ? 1.0f : 0.0f);
        p.scores.push_back(float(std::round(1e4 / (1 + std::exp(-margin))) / 1e4));
        column[i] = float(noise(random));
    }
    QTemporaryDir temporary;
    const QString file = temporary.filePath(u"predictions.bin"_s);
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        out.write(reinterpret_cast<const char*>(p.scores.data()), qint64(rows * sizeof(float)));
        out.write(reinterpret_cast<const char*>(p.labels.data()), qint64(rows * sizeof(float)));
    }
    const SliceKeys keys = numericSlices(u"x"_s, column, 5);

    std::printf("%zu binary held-out rows, %d alternating repeat(s)\n", rows, repeat);
    std::vector<double> grove, sklearn, slices, ratios;
    double groveAuc = 0, sklearnAuc = 0;
    for (int r = 0; r < repeat; ++r) {
        double g = 0, s = 0;
        auto runGrove = [&] {
            QElapsedTimer timer;
            timer.start();
            const Evaluation e = evaluate(p);
            g = double(timer.nsecsElapsed()) / 1e9;
            groveAuc = e.binary->auc;
        };
        auto runPython = [&] {
            QProcess child;
            child.start(u"/usr/bin/python3"_s, {QString::fromUtf8(SKLEARN_REFERENCE_SCRIPT), file, QString::number(rows)});
            if (!child.waitForFinished(600000) || child.exitCode() != 0) {
                std::fprintf(stderr, "scikit-learn side failed: %s\n", child.readAllStandardError().constData());
                return false;
            }
            const QJsonObject json = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
            s = json.value(u"seconds"_s).toDouble();
            sklearnAuc = json.value(u"auc"_s).toDouble();
            return true;
        };
        if (r % 2 == 0) {
            runGrove();
            if (python && !runPython())
                return 1;
        } else {
            if (python && !runPython())
                return 1;
            runGrove();
        }
        QElapsedTimer timer;
        timer.start();
        (void)evaluateSlices(p, keys);
        slices.push_back(double(timer.nsecsElapsed()) / 1e9);
        grove.push_back(g);
        if (python) {
            sklearn.push_back(s);
            ratios.push_back(g / s);
        }
        std::printf("  repeat %d: Grove %.3f s, scikit-learn %s, slices %.3f s\n", r + 1, g,
                    python ? qPrintable(QString::number(s, 'f', 3) + u" s"_s) : "skipped", slices.back());
    }
    std::printf("Medians:\n  Grove, every figure of the evaluation        %.3f s  (target < 1 s at 1,000,000 rows)\n",
                median(grove));
    if (python) {
        std::printf("  scikit-learn, the same judgement             %.3f s\n", median(sklearn));
        std::printf("  Grove / scikit-learn per repeat              %.3f\n", median(ratios));
        std::printf("  AUC                                          Grove %.9f, scikit-learn %.9f\n", groveAuc, sklearnAuc);
    }
    std::printf("  slices of a numeric column (5 bins, intervals) %.3f s\n", median(slices));
    std::printf("evaluation benchmark done\n");
    return 0;
}
