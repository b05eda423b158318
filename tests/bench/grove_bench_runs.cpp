// Run-store benchmark: fills a workspace with many finished runs (each with a metric history on
// training and validation data), then measures in fresh processes what the experiment browser
// needs: opening the workspace and listing every run, applying a filter expression, and loading
// the curves of 100 runs. Prints medians over several repetitions.
//
//   grove_bench_runs run [--runs N] [--rounds R] [--repeat K] [--keep DIR] [--grove PROGRAM]
//   grove_bench_runs generate WORKSPACE [--runs N] [--rounds R]
//   grove_bench_runs measure WORKSPACE        (one measurement; prints a JSON line)
//   grove_bench_runs measure-gui WORKSPACE    (the window's side: the main window opening the
//                                              workspace, the runs table, the compare page)
//
// Opening the workspace is measured as a user waits for it: in a fresh process, with the
// database's pages dropped from the page cache, from the request to open (what File > Open
// Workspace does in the shown main window) through Workspace::open (migrations, recovery of
// interrupted runs), listing the runs and filling the model, every view that follows the
// workspace, to the end of the first paint of the runs table that shows them, through the event
// loop. The run also starts the real grove binary on the workspace (fork/exec to that paint).

#include "core/common/JobControl.h"
#include "core/common/Process.h"
#include "core/runs/RunQuery.h"
#include "core/services/DatasetImport.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"

#include "tests/bench/BenchSupport.h"
#include "ui/app/MainWindow.h"
#include "ui/charts/CurvePlot.h"
#include "ui/runs/CompareView.h"
#include "ui/runs/RunListModel.h"
#include "ui/runs/RunsPanel.h"
#include "ui/runs/TrainingController.h"
#include "ui/workspace/WorkspaceController.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <random>
#include <string_view>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace grove;
using bench::peakRssKb;
using bench::printJson;

namespace {

const QStringList kMetrics{u"logloss"_s, u"error"_s, u"auc"_s};

double median(const std::vector<double>& values) { return bench::stats(values).median; }

double milliseconds(const QElapsedTimer& timer) { return double(timer.nsecsElapsed()) / 1e6; }

int generate(const QString& directory, int runs, int rounds)
{
    auto workspace = Workspace::openOrCreate(directory);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().toString()));
        return 1;
    }
    const QString csv = QDir(directory).filePath(u"tiny.csv"_s);
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly) || file.write("x,label\n1,0\n2,1\n3,0\n4,1\n") < 0)
        return 1;
    file.close();
    JobControl control;
    ImportOptions options;
    options.path = csv;
    auto dataset = importDataset(*workspace, options, control);
    if (!dataset) {
        std::fprintf(stderr, "%s\n", qPrintable(dataset.error().toString()));
        return 1;
    }
    RunStore store(workspace->database());
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> uniform(0, 1);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i) {
        const double eta = 0.01 + 0.3 * uniform(random);
        const int depth = 2 + int(random() % 9);
        RunRecord record;
        record.experiment = u"sweep-%1"_s.arg(i % 20);
        record.datasetId = dataset->dataset.id;
        record.status = RunStatus::Queued;
        record.roundsTotal = rounds;
        record.setup = RunSetup::fromJson(QJsonObject{
            {u"dataset"_s, QString::number(dataset->dataset.id)},
            {u"target"_s, u"label"_s},
            {u"task"_s, u"binary"_s},
            {u"rounds"_s, rounds},
            {u"metrics"_s, QJsonArray::fromStringList(kMetrics)},
            {u"params"_s, QJsonObject{{u"eta"_s, eta}, {u"max_depth"_s, depth}, {u"subsample"_s, 0.5 + 0.5 * uniform(random)},
                                      {u"tree_method"_s, u"hist"_s}}},
            {u"data"_s, QJsonObject{{u"dataset"_s, QJsonObject{{u"id"_s, dataset->dataset.id}, {u"name"_s, dataset->dataset.name}}},
                                    {u"valid_rows"_s, 1000}}}});
        auto id = store.create(record);
        if (!id)
            return 1;
        // Curves that fall like real learning curves, with noise.
        std::vector<StoredSeries> history;
        QJsonObject finals;
        for (const QString& split : {u"train"_s, u"valid"_s}) {
            QJsonObject splitFinals;
            for (const QString& metric : kMetrics) {
                StoredSeries series{split, metric, -1, std::vector<double>(std::size_t(rounds))};
                const double floor = metric == u"auc"_s ? 0.7 + 0.25 * uniform(random) : 0.05 + 0.2 * uniform(random);
                for (int r = 0; r < rounds; ++r) {
                    const double progress = 1 - std::exp(-eta * r / 3);
                    const double noise = 0.002 * (uniform(random) - 0.5);
                    series.values[std::size_t(r)] = metric == u"auc"_s ? 0.5 + (floor - 0.5) * progress + noise
                                                                        : 0.69 - (0.69 - floor) * progress + noise;
                }
                splitFinals.insert(metric, series.values.back());
                history.push_back(std::move(series));
            }
            finals.insert(split, splitFinals);
        }
        if (!store.markRunning(*id, processIdentity()) || !store.saveHistory(*id, history))
            return 1;
        RunRecord results;
        results.roundsDone = rounds;
        results.finalMetrics = finals;
        results.bestMetrics = finals;
        results.bestIteration = rounds - 1;
        if (!store.finish(*id, RunStatus::Finished, {}, &results))
            return 1;
        if ((i + 1) % 1000 == 0)
            std::fprintf(stderr, "  %d runs written (%.1f s)\n", i + 1, milliseconds(timer) / 1000);
    }
    return 0;
}

int measure(const QString& directory)
{
    QElapsedTimer timer;
    timer.start();
    auto workspace = Workspace::openOrCreate(directory);
    if (!workspace)
        return 1;
    RunStore store(workspace->database());
    auto runs = store.list();
    if (!runs)
        return 1;
    const double openAndList = milliseconds(timer);

    timer.restart();
    auto filter = RunFilter::parse(u"valid.auc > 0.9 and params.max_depth <= 6"_s);
    qsizetype kept = 0;
    for (const RunRecord& run : *runs)
        kept += filter->matches(run);
    const double filtering = milliseconds(timer);

    timer.restart();
    std::size_t points = 0;
    for (int i = 0; i < 100 && i < runs->size(); ++i) {
        auto history = store.history((*runs)[i * (runs->size() / 100)].id);
        if (!history)
            return 1;
        for (const StoredSeries& series : *history)
            points += series.values.size();
    }
    const double curves = milliseconds(timer);
    const QJsonObject line{{u"runs"_s, runs->size()},   {u"open_and_list_ms"_s, openAndList}, {u"filter_ms"_s, filtering},
                           {u"filter_kept"_s, kept},     {u"curves_100_ms"_s, curves},        {u"curve_points"_s, qint64(points)},
                           {u"peak_rss_mib"_s, double(peakRssKb()) / 1024}};
    printJson(line);
    return 0;
}

// Ends when the watched widget has been painted with rows, after painting has finished (the
// milestone is taken from the event loop, as Grove's own start-up report does).
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QTableView* view) : m_view(view) { view->viewport()->installEventFilter(this); }
    bool done() const { return m_done; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_view->model()->rowCount() > 0)
            QMetaObject::invokeMethod(this, [this] { m_done = true; }, Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_view;
    bool m_done = false;
};

// What a user waits for in the window: the main window showing every run after the workspace
// opens, and the compare page drawing the curves of 100 runs.
int measureGui(const QString& directory)
{
    MainWindow window;
    window.show();
    {
        // Shown and painted, nothing pending; the loop sleeps between events as exec() does.
        QEventLoop settle;
        QTimer::singleShot(300, &settle, &QEventLoop::quit);
        settle.exec();
    }
    RunsPanel& panel = *window.runsPanel();
    CompareView& compare = *window.compareView();
    bench::evictWorkspace(directory);

    PaintWatch watch(panel.view());
    const double cpuBefore = bench::threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    window.openWorkspace(directory);
    if (!window.workspaceController()->workspace())
        return 1;
    while (!watch.done() && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double table = milliseconds(timer);
    const double tableCpu = bench::threadCpuMs() - cpuBefore;
    const int rows = panel.view()->model()->rowCount();
    // Sorting every run by a column, and jumping to the middle of the list.
    timer.restart();
    panel.view()->sortByColumn(RunListModel::Duration, Qt::DescendingOrder);
    panel.view()->grab();
    const double sorted = milliseconds(timer);
    timer.restart();
    panel.view()->verticalScrollBar()->setValue(panel.view()->verticalScrollBar()->maximum() / 2);
    panel.view()->grab();
    const double scrolled = milliseconds(timer);
    panel.view()->sortByColumn(RunListModel::Id, Qt::DescendingOrder);

    QList<qint64> ids;
    for (int i = 0; i < 100 && rows > 0; ++i)
        ids << panel.model()->record(i * (rows / 100))->id;
    timer.restart();
    emit panel.compareRequested(ids); // as the Compare button does: reads the runs, shows the page
    while (compare.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    compare.grab();
    const double curves = milliseconds(timer);

    // The largest comparison the plot promises: 1,000 runs × 2,000 rounds, every point counted.
    std::vector<CurvePlot::Curve> many;
    for (int r = 0; r < 1000; ++r) {
        CurvePlot::Curve curve;
        curve.label = u"Run %1"_s.arg(r);
        curve.color = seriesColor(r, 1000);
        std::mt19937 random{unsigned(r)};
        std::uniform_real_distribution<double> step(-0.01, 0.01);
        double v = 0.5;
        for (int i = 0; i < 2000; ++i)
            curve.values.push_back(v += step(random));
        many.push_back(std::move(curve));
    }
    CurvePlot plot;
    plot.resize(1100, 600);
    plot.show();
    timer.restart();
    plot.setCurves(std::move(many));
    plot.grab();
    const double manyDrawn = milliseconds(timer);
    timer.restart();
    plot.zoomAt(plot.plotArea().center(), 0.5);
    plot.grab();
    const double manyZoomed = milliseconds(timer);
    timer.restart();
    int hits = 0;
    for (int x = plot.plotArea().left(); x < plot.plotArea().right(); x += 10)
        hits += plot.hitAt(QPoint(x, plot.plotArea().center().y())).has_value() ? 1 : 0;
    const double hover = milliseconds(timer) / double((plot.plotArea().width() + 9) / 10);

    const QJsonObject line{{u"rows"_s, rows},
                           {u"table_shown_ms"_s, table},
                           {u"table_shown_cpu_ms"_s, tableCpu},
                           {u"sort_ms"_s, sorted},
                           {u"scroll_ms"_s, scrolled},
                           {u"compare_100_drawn_ms"_s, curves},
                           {u"curves"_s, compare.curveCount()},
                           {u"plot_1000x2000_drawn_ms"_s, manyDrawn},
                           {u"plot_1000x2000_zoom_ms"_s, manyZoomed},
                           {u"plot_1000x2000_hover_ms"_s, hover},
                           {u"plot_hover_hits"_s, hits},
                           {u"peak_rss_mib"_s, double(peakRssKb()) / 1024}};
    printJson(line);
    return 0;
}

int run(int runs, int rounds, int repeat, const QString& keep, const QString& program)
{
    QTemporaryDir temporary;
    const QString root = keep.isEmpty() ? temporary.path() : keep;
    const QString workspace = QDir(root).filePath(u"runs-%1x%2"_s.arg(runs).arg(rounds));
    const QString self = QCoreApplication::applicationFilePath();
    if (!QFile::exists(QDir(workspace).filePath(u"grove.db"_s))) {
        std::printf("Writing %d runs x %d metrics x 2 splits x %d rounds into %s ...\n", runs, int(kMetrics.size()), rounds,
                    qPrintable(workspace));
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        if (generate(workspace, runs, rounds) != 0)
            return 1;
        std::printf("  written in %.1f s; grove.db is %.0f MiB\n", milliseconds(timer) / 1000,
                    double(QFileInfo(QDir(workspace).filePath(u"grove.db"_s)).size()) / 1048576.0);
    }
    // The window's measurements use a settings folder of their own.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    for (const QString& name : {u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s, u"GROVE_WORKSPACE"_s})
        environment.remove(name);
    if (!environment.contains(u"QT_QPA_PLATFORM"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QString loadBefore = bench::loadAverage();

    std::vector<double> open, filter, curves, rss;
    QJsonObject last;
    for (int i = 0; i < repeat; ++i) {
        QProcess child;
        bench::evictWorkspace(workspace);
        child.start(self, {u"measure"_s, workspace});
        if (!child.waitForFinished(600000) || child.exitCode() != 0) {
            std::fprintf(stderr, "measurement failed: %s\n", child.readAllStandardError().constData());
            return 1;
        }
        last = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        open.push_back(last.value(u"open_and_list_ms"_s).toDouble());
        filter.push_back(last.value(u"filter_ms"_s).toDouble());
        curves.push_back(last.value(u"curves_100_ms"_s).toDouble());
        rss.push_back(last.value(u"peak_rss_mib"_s).toDouble());
    }
    std::vector<double> table, tableCpu, sorted, scrolled, drawn, manyDrawn, manyZoomed, hover, guiRss;
    for (int i = 0; i < repeat; ++i) {
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(self, {u"measure-gui"_s, workspace});
        if (!child.waitForFinished(600000) || child.exitCode() != 0) {
            std::fprintf(stderr, "GUI measurement failed: %s\n", child.readAllStandardError().constData());
            return 1;
        }
        const QJsonObject gui = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        table.push_back(gui.value(u"table_shown_ms"_s).toDouble());
        tableCpu.push_back(gui.value(u"table_shown_cpu_ms"_s).toDouble());
        sorted.push_back(gui.value(u"sort_ms"_s).toDouble());
        scrolled.push_back(gui.value(u"scroll_ms"_s).toDouble());
        drawn.push_back(gui.value(u"compare_100_drawn_ms"_s).toDouble());
        manyDrawn.push_back(gui.value(u"plot_1000x2000_drawn_ms"_s).toDouble());
        manyZoomed.push_back(gui.value(u"plot_1000x2000_zoom_ms"_s).toDouble());
        hover.push_back(gui.value(u"plot_1000x2000_hover_ms"_s).toDouble());
        guiRss.push_back(gui.value(u"peak_rss_mib"_s).toDouble());
    }
    // The whole process, as a user starts Grove on the workspace.
    std::vector<double> started, startedCpu;
    int startedRows = 0;
    for (int i = 0; i < repeat; ++i) {
        bench::evictWorkspace(workspace);
        const bench::Launch launch = bench::launchGrove(program, {u"--workspace"_s, workspace}, environment);
        if (!launch.error.isEmpty() || !launch.milliseconds.contains(u"runs-painted"_s)) {
            std::fprintf(stderr, "grove failed: %s\n", qPrintable(launch.error));
            return 1;
        }
        started.push_back(launch.milliseconds.value(u"runs-painted"_s));
        startedCpu.push_back(launch.cpuMs);
        startedRows = launch.rows;
    }
    std::printf("Medians over %d fresh processes (%lld runs; filter kept %lld; 100 runs' curves = %lld points):\n", repeat,
                qint64(last.value(u"runs"_s).toInteger()), qint64(last.value(u"filter_kept"_s).toInteger()),
                qint64(last.value(u"curve_points"_s).toInteger()));
    std::printf("  open workspace + list every run   %8.1f ms\n", median(open));
    std::printf("  filter valid.auc > 0.9 and params.max_depth <= 6   %8.2f ms\n", median(filter));
    std::printf("  load the curves of 100 runs       %8.1f ms\n", median(curves));
    std::printf("  peak RSS of the measuring process %8.0f MiB\n", median(rss));
    std::printf("  window: open + runs table painted %8.1f ms (UI thread CPU time %.1f ms)\n", median(table), median(tableCpu));
    std::printf("  window: sort every run by duration %7.1f ms, scroll to the middle %.1f ms\n", median(sorted),
                median(scrolled));
    std::printf("  window: compare 100 runs, drawn   %8.1f ms\n", median(drawn));
    std::printf("  plot: 1,000 runs x 2,000 rounds   %8.1f ms to draw, %.1f ms to zoom, %.2f ms per hover\n",
                median(manyDrawn), median(manyZoomed), median(hover));
    std::printf("  window: peak RSS                  %8.0f MiB\n", median(guiRss));
    std::printf("  grove --workspace: exec to the runs table painted (%d rows) %8.1f ms (process CPU time, start to exit, %.1f ms)\n",
                startedRows, median(started), median(startedCpu));
    std::printf("  load average %s before, %s after\n", qPrintable(loadBefore), qPrintable(bench::loadAverage()));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    // Only the window's measurement needs a GUI application (offscreen, see run()).
    const bool gui = argc > 1 && std::string_view(argv[1]) == "measure-gui";
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"grove"_s); // the window's settings, in the HOME run() gives
    QCoreApplication::setApplicationName(u"grove"_s);
    QStringList args = QCoreApplication::arguments().mid(1);
    const int runs = bench::takeOption(args, u"--runs"_s, u"10000"_s).toInt();
    const int rounds = bench::takeOption(args, u"--rounds"_s, u"1000"_s).toInt();
    const int repeat = bench::takeOption(args, u"--repeat"_s, u"5"_s).toInt();
    const QString keep = bench::takeOption(args, u"--keep"_s, {});
    const QString program = bench::takeOption(args, u"--grove"_s, QString::fromUtf8(GROVE_PATH));
    const QString command = args.value(0);
    if (command == u"run"_s && runs > 0 && rounds > 0 && repeat > 0)
        return run(runs, rounds, repeat, keep, program);
    if (command == u"generate"_s && args.size() == 2)
        return generate(args.at(1), runs, rounds);
    if (command == u"measure"_s && args.size() == 2)
        return measure(args.at(1));
    if (command == u"measure-gui"_s && args.size() == 2)
        return measureGui(args.at(1));
    std::fputs("usage: grove_bench_runs run [--runs N] [--rounds R] [--repeat K] [--keep DIR] [--grove PROGRAM]\n"
               "       grove_bench_runs generate WORKSPACE [--runs N] [--rounds R]\n"
               "       grove_bench_runs measure WORKSPACE\n"
               "       grove_bench_runs measure-gui WORKSPACE\n",
               stderr);
    return 2;
}
