// The comparison plots: curve decimation that keeps every curve's shape, and the curve plot with
// a thousand runs of two thousand rounds each (no cap, no sampling), read-out, zoom and export.
#include "ui/charts/CurvePlot.h"
#include "ui/charts/Decimation.h"
#include "ui/charts/PlotWidget.h"

#include "TestFiles.h"

#include <QApplication>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

std::vector<double> randomWalk(int length, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<double> values(static_cast<std::size_t>(length));
    double v = 0.5;
    for (double& value : values) {
        v += random.bounded(1.0) * 0.02 - 0.01;
        value = v;
    }
    return values;
}

} // namespace

class TestPlots : public QObject
{
    Q_OBJECT

private slots:
    void decimationKeepsEveryColumnsExtremes_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("2000 rounds in 500 px") << 2000 << 500 << 0 << 1999;
        QTest::newRow("2000 rounds in 97 px") << 2000 << 97 << 0 << 1999;
        QTest::newRow("100000 rounds in 800 px") << 100000 << 800 << 0 << 99999;
        QTest::newRow("a zoomed window") << 2000 << 300 << 700 << 1900;
        QTest::newRow("range beyond the data") << 1500 << 200 << -1 << 5000;
    }

    void decimationKeepsEveryColumnsExtremes()
    {
        QFETCH(int, length);
        QFETCH(int, columns);
        QFETCH(int, first);
        QFETCH(int, last);
        std::vector<double> values = randomWalk(length, quint32(length + columns));
        values[std::size_t(length / 3)] = 40;  // a spike a sampled drawing could miss
        values[std::size_t(length / 2)] = -40; // and a dip
        // The view spans the requested iterations; columns follow the pixel each iteration maps to.
        const double low = first, high = last + 1;
        const std::vector<int> kept = decimateM4(values, first, last, low, high, columns, false);
        const int from = std::max(first, 0), to = std::min(last, length - 1);
        QVERIFY(kept.size() <= std::size_t(4 * columns));
        QVERIFY(std::is_sorted(kept.begin(), kept.end()));
        QVERIFY(std::adjacent_find(kept.begin(), kept.end()) == kept.end());
        const std::set<int> keptSet(kept.begin(), kept.end());
        // Each pixel column keeps its first, last, lowest and highest point.
        std::vector<int> column(std::size_t(length), -1);
        for (int i = from; i <= to; ++i)
            column[std::size_t(i)] = int(std::floor((i - low) / (high - low) * columns));
        for (int c = 0; c < columns; ++c) {
            int lo = -1, hi = -1, firstIn = -1, lastIn = -1;
            for (int i = from; i <= to; ++i) {
                if (column[std::size_t(i)] != c)
                    continue;
                if (firstIn < 0)
                    firstIn = lo = hi = i;
                lastIn = i;
                if (values[std::size_t(i)] < values[std::size_t(lo)])
                    lo = i;
                if (values[std::size_t(i)] > values[std::size_t(hi)])
                    hi = i;
            }
            if (firstIn < 0)
                continue;
            QVERIFY2(keptSet.count(firstIn) && keptSet.count(lastIn), qPrintable(u"column %1"_s.arg(c)));
            // Equal values may be represented by another index with the same value.
            const auto hasValue = [&](double v) {
                return std::any_of(kept.begin(), kept.end(), [&](int i) {
                    return column[std::size_t(i)] == c && values[std::size_t(i)] == v;
                });
            };
            QVERIFY2(hasValue(values[std::size_t(lo)]) && hasValue(values[std::size_t(hi)]),
                     qPrintable(u"column %1"_s.arg(c)));
        }
        QVERIFY(keptSet.count(length / 3) || length / 3 < from || length / 3 > to);
        QVERIFY(keptSet.count(length / 2) || length / 2 < from || length / 2 > to);
    }

    void fewPointsAreAllKept()
    {
        const std::vector<double> values = randomWalk(300, 3);
        const std::vector<int> kept = decimateM4(values, 0, 299, 0, 300, 100, false);
        QCOMPARE(kept.size(), std::size_t(300));
    }

    void undrawablePointsAreSkipped()
    {
        std::vector<double> values{0.5, NAN, 0.25, -1, 0, INFINITY, 2};
        QCOMPARE(decimateM4(values, 0, 6, 0, 7, 100, false), (std::vector<int>{0, 2, 3, 4, 6}));
        QCOMPARE(decimateM4(values, 0, 6, 0, 7, 100, true), (std::vector<int>{0, 2, 6})); // a log scale
        QVERIFY(decimateM4(values, 5, 2, 0, 7, 100, false).empty());
        QVERIFY(decimateM4({}, 0, 10, 0, 11, 100, false).empty());
        QVERIFY(decimateM4(values, 0, 6, 3, 3, 100, false).empty()); // an empty view
    }

    void niceTicks()
    {
        PlotAxis axis;
        axis.low = 0.8123;
        axis.high = 0.8611;
        const QList<double> ticks = axis.ticks(6);
        QVERIFY(ticks.size() >= 3 && ticks.size() <= 7);
        QCOMPARE(PlotAxis::label(ticks.first(), ticks), u"0.82"_s);
        const QList<double> quarters{0.05, 0.075, 0.1};
        QCOMPARE(PlotAxis::label(0.075, quarters), u"0.075"_s); // never rounded to a wrong value
        QCOMPARE(PlotAxis::label(0.1, quarters), u"0.100"_s);
        axis.low = 1e-4;
        axis.high = 10;
        axis.log = true;
        QCOMPARE(axis.ticks(8), (QList<double>{1e-4, 1e-3, 1e-2, 1e-1, 1, 10}));
        axis.pixelLow = 500;
        axis.pixelHigh = 0;
        QCOMPARE(axis.toPixel(1e-2), 300.0);
        QCOMPARE(axis.toValue(100), 1.0);
        // A range narrower than the doubles around it (a flat, smoothed curve) ends with one tick.
        PlotAxis flat;
        flat.low = 0.09999999999999999;
        flat.high = 0.1;
        QCOMPARE(flat.ticks(8).size(), 1);
        // Counts (boosting rounds, sweep trials) get whole ticks only: 0, 5, 10, ... for 0 - 23,
        // never 2.5 apart, and 0, 1, 2 for 0 - 2.
        PlotAxis trials;
        trials.whole = true;
        trials.low = 0;
        trials.high = 23;
        QCOMPARE(trials.ticks(10), (QList<double>{0, 5, 10, 15, 20}));
        QCOMPARE(PlotAxis::label(5, trials.ticks(10)), u"5"_s);
        trials.high = 2;
        QCOMPARE(trials.ticks(10), (QList<double>{0, 1, 2}));
        trials.high = 230;
        QCOMPARE(trials.ticks(10), (QList<double>{0, 25, 50, 75, 100, 125, 150, 175, 200, 225}));
        // Zoomed in between two whole numbers: ordinary ticks rather than none.
        trials.low = 3.2;
        trials.high = 3.6;
        QVERIFY(!trials.ticks(10).isEmpty());
        trials.low = 0;
        trials.whole = false;
        trials.high = 23;
        QCOMPARE(trials.ticks(10).value(1), 2.5); // other values may fall between
        // Large values keep the digits that tell their ticks apart.
        const QList<double> big{1.200e6, 1.205e6, 1.210e6};
        QCOMPARE(PlotAxis::label(1.205e6, big), u"1.205e+06"_s);
    }

    // Flat curves, cancelled drags and zooming far out leave a usable plot.
    void awkwardInteractions()
    {
        std::vector<CurvePlot::Curve> curves(2);
        curves[0].values.assign(50, 0.1);
        curves[1].values.assign(50, 0.1);
        CurvePlot plot;
        plot.resize(600, 400);
        plot.setCurves(std::move(curves));
        plot.setSmoothing(0.3); // the average of a constant wobbles in its last bits
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.grab();
        QVERIFY(plot.view().y1 - plot.view().y0 > 1e-4);
        // A drag cancelled with Escape, then released: no zoom, no crash.
        const QPoint centre = plot.plotArea().center();
        QTest::mousePress(&plot, Qt::LeftButton, {}, centre);
        QTest::keyClick(&plot, Qt::Key_Escape);
        QTest::mouseRelease(&plot, Qt::LeftButton, {}, centre + QPoint(2, 2));
        QCOMPARE(plot.view(), plot.fullRange());
        // The right button during a drag does not end it.
        QTest::mousePress(&plot, Qt::LeftButton, {}, centre);
        QTest::mouseClick(&plot, Qt::RightButton, {}, centre);
        QTest::mouseRelease(&plot, Qt::LeftButton, {}, centre + QPoint(1, 1));
        // Zooming out far stops at ten times the data's extent.
        for (int i = 0; i < 200; ++i)
            plot.zoomAt(centre, 1.25);
        const double span = plot.fullRange().x1 - plot.fullRange().x0;
        QVERIFY(plot.view().x1 - plot.view().x0 <= 21 * span);
        plot.grab();
        QVERIFY(plot.drawnPointCount(0) > 0);
    }

    // A band around a curve is filled in the curve's colour behind the line, inside the view and
    // on a log scale; a curve cut short is dashed and ends in a ×.
    void bandsAndCurvesCutShort()
    {
        std::vector<CurvePlot::Curve> curves(2);
        curves[0].label = u"mean of 5 folds"_s;
        curves[0].color = QColor(0, 0, 255);
        for (int i = 0; i < 100; ++i) {
            curves[0].values.push_back(0.5);
            curves[0].low.push_back(i < 80 ? 0.3 : NAN); // no band for the last 20 iterations
            curves[0].high.push_back(i < 80 ? 0.9 : NAN);
        }
        curves[1].label = u"stopped at 40"_s;
        curves[1].color = QColor(255, 0, 0);
        curves[1].values.assign(40, 0.1);
        curves[1].cutShort = true;
        CurvePlot plot;
        plot.resize(600, 400);
        plot.setCurves(std::move(curves));
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QVERIFY(plot.fullRange().y1 >= 0.9); // the band is in the view
        QVERIFY(plot.fullRange().y0 <= 0.1);
        QCOMPARE(plot.drawnBand(0, 10), std::make_pair(0.3, 0.9));
        QVERIFY(std::isnan(plot.drawnBand(0, 90).first));
        QVERIFY(std::isnan(plot.drawnBand(1, 10).first)); // a curve without a band
        QCOMPARE(plot.lastDrawnIteration(1), 39);
        const QColor base = plot.palette().color(QPalette::Base);
        // The pixel of a value at an iteration, from where the lines at 0.5 and 0.1 are drawn.
        auto pixel = [&](const QImage& image, int iteration, double value) {
            const QPointF half = plot.pointPosition(0, iteration), tenth = plot.pointPosition(1, 0);
            const double y = half.y() + (value - 0.5) / (0.1 - 0.5) * (tenth.y() - half.y());
            return image.pixelColor(QPoint(int(half.x()), int(y)));
        };
        QImage image = plot.grab().toImage();
        // Between the line and the band's top edge: a light tint of blue, not the background.
        const QColor inBand = pixel(image, 40, 0.75);
        QVERIFY2(inBand != base && inBand.blue() > inBand.red(), qPrintable(inBand.name()));
        QVERIFY2(inBand.red() > 100, qPrintable(inBand.name())); // translucent: the line stays visible
        // Where the band stops, the background shows.
        QCOMPARE(pixel(image, 90, 0.75), base);
        // Outside the band, too.
        QCOMPARE(pixel(image, 40, 0.95), base);
        // The cut-short curve: its × reaches beyond the line, above and below its last point.
        const QPointF end = plot.pointPosition(1, 39);
        const QColor mark = image.pixelColor((end + QPointF(3, -3)).toPoint());
        QVERIFY2(mark.red() > mark.blue() && mark != base, qPrintable(mark.name()));
        QVERIFY(plot.readout({1, 20}).contains(u"stopped early at iteration 39"_s));
        QVERIFY(plot.readout({0, 20}).contains(u"band: 0.3"_s));

        // Zoomed in on the band: still filled.
        plot.setView({30, 50, 0.0, 1.0});
        image = plot.grab().toImage();
        QVERIFY(pixel(image, 40, 0.75) != base);
        // A log scale leaves out the part of a band it cannot show, and draws the rest.
        plot.resetView();
        std::vector<CurvePlot::Curve> logCurves(1);
        logCurves[0].color = QColor(0, 0, 255);
        logCurves[0].values.assign(50, 0.5);
        logCurves[0].low.assign(50, 0.25);
        logCurves[0].high.assign(50, 1.0);
        logCurves[0].low[10] = -1;
        plot.setCurves(std::move(logCurves));
        plot.setLogScale(true);
        QVERIFY(plot.fullRange().y0 > 0);
        image = plot.grab().toImage();
        const QPointF line = plot.pointPosition(0, 30);
        QVERIFY(image.pixelColor((line + QPointF(0, -8)).toPoint()) != base);
        // Smoothing smooths the band as it does the line.
        plot.setSmoothing(0.5);
        QCOMPARE(plot.drawnBand(0, 30).second, 1.0);
    }

    // A wide pen is filled as an outline, which costs with how far the line goes up and down: a
    // learning curve is drawn wide, a sweep's zigzag of trial values thin (stroked wide, 20 values
    // took 6 ms and 100 values 60 ms of every paint of the sweep page).
    void longZigzagsAreDrawnThin()
    {
        CurvePlot::Curve smooth{u"loss"_s, Qt::blue, {}};
        CurvePlot::Curve zigzag{u"trial value"_s, Qt::gray, {}};
        for (int i = 0; i < 200; ++i) {
            smooth.values.push_back(1.0 / (1 + i));
            zigzag.values.push_back(i % 2 ? 0.9 : 0.1);
        }
        CurvePlot plot;
        plot.resize(800, 400);
        plot.setCurves({smooth, zigzag});
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.grab();
        QCOMPARE(plot.drawnPointCount(1), 200);
        QCOMPARE(plot.drawnPenWidth(0), 1.6);
        QCOMPARE(plot.drawnPenWidth(1), 1.0);
        // Ten trial values that go up and down are already drawn thin; a curve that dips once
        // stays wide.
        zigzag.values.resize(10);
        plot.setCurves({smooth, zigzag});
        plot.grab();
        QCOMPARE(plot.drawnPenWidth(1), 1.0);
        zigzag.values = {0.9, 0.1, 0.9};
        plot.setCurves({smooth, zigzag});
        plot.grab();
        QCOMPARE(plot.drawnPenWidth(1), 1.6);
    }

    // A thousand runs of two thousand rounds: every curve drawn, each column's extremes on screen,
    // and the read-out at a spike gives the stored value.
    void thousandRunsOfTwoThousandRounds()
    {
        std::vector<CurvePlot::Curve> curves;
        for (int r = 0; r < 1000; ++r) {
            CurvePlot::Curve curve;
            curve.label = u"Run %1"_s.arg(r);
            curve.color = seriesColor(r, 1000);
            curve.values = randomWalk(2000, quint32(r));
            curves.push_back(std::move(curve));
        }
        curves[123].values[1234] = 3.0; // one spike far above everything
        CurvePlot plot;
        plot.resize(1000, 600);
        plot.setCurves(std::move(curves));
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        const QImage image = plot.grab().toImage();
        const int width = plot.plotArea().width();
        for (int r = 0; r < 1000; ++r) {
            QVERIFY(plot.drawnPointCount(r) > 0);
            QVERIFY(plot.drawnPointCount(r) <= 4 * width + 8);
        }
        QCOMPARE(plot.fullRange().x1, 1999.0);
        QVERIFY(plot.fullRange().y1 >= 3.0); // the spike sets the top of the full view
        // The spike is drawn: its pixel has the run's colour, not the background.
        const QPointF spike = plot.pointPosition(123, 1234);
        const QColor drawn = image.pixelColor(spike.toPoint() + QPoint(0, 1));
        QVERIFY2(drawn != plot.palette().color(QPalette::Base), qPrintable(drawn.name()));
        const auto hit = plot.hitAt(spike.toPoint());
        QVERIFY(hit.has_value());
        QCOMPARE(hit->curve, 123);
        QCOMPARE(hit->iteration, 1234);
        QVERIFY(plot.readout(*hit).contains(u"iteration 1234: 3"_s));

        // Zooming in on a window shows its points one by one.
        plot.setView({1000, 1100, 0, 1});
        plot.grab();
        QVERIFY(plot.drawnPointCount(0) >= 101 && plot.drawnPointCount(0) <= 103);

        // A log scale drops what it cannot show, and says so.
        plot.resetView();
        std::vector<CurvePlot::Curve> withZero(1);
        withZero[0].label = u"Run 1"_s;
        withZero[0].values = {0.5, 0.0, 0.25, 0.125};
        plot.setCurves(std::move(withZero));
        plot.setLogScale(true);
        plot.grab();
        QCOMPARE(plot.hiddenPointCount(), 1);
        QCOMPARE(plot.drawnPointCount(0), 3);

        // Export as SVG and PNG.
        QTemporaryDir directory;
        QString error;
        QVERIFY(plot.exportTo(directory.filePath(u"curves.svg"_s), &error));
        QVERIFY(test::readFile(directory.filePath(u"curves.svg"_s)).contains("<svg"));
        QVERIFY(plot.exportTo(directory.filePath(u"curves.png"_s), &error));
        QVERIFY(!QImage(directory.filePath(u"curves.png"_s)).isNull());
        QVERIFY(!plot.exportTo(directory.filePath(u"missing/curves.png"_s), &error));
        QVERIFY2(error.contains(u"missing"_s), qPrintable(error));
    }
};

QTEST_MAIN(TestPlots)
#include "tst_plots.moc"
