#include "ui/registry/DriftCharts.h"

#include "core/common/SafeText.h"
#include "ui/charts/FigurePlot.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct DriftCharts
{
    Q_DECLARE_TR_FUNCTIONS(DriftCharts)
};

// An edge with `digits` significant digits, without an exponent for ordinary magnitudes.
QString edgeText(double value, int digits)
{
    const double magnitude = std::abs(value);
    if (value == 0)
        return QLocale().toString(0);
    if (magnitude >= 1e7 || magnitude < 1e-4)
        return QLocale().toString(value, 'g', digits);
    const int decimals = std::max(0, digits - 1 - int(std::floor(std::log10(magnitude))));
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QStringList numericBinLabels(const NumericReference& reference)
{
    const std::vector<double>& edges = reference.edges;
    if (edges.empty())
        return {DriftCharts::tr("all values")};
    // Enough digits that neighbouring edges do not read the same.
    QStringList texts;
    for (int digits = 2; digits <= 9; ++digits) {
        texts.clear();
        for (double edge : edges)
            texts << edgeText(edge, digits);
        if (std::adjacent_find(texts.begin(), texts.end()) == texts.end())
            break;
    }
    QStringList labels;
    labels << DriftCharts::tr("≤ %1").arg(texts.front());
    for (qsizetype i = 1; i < texts.size(); ++i)
        labels << DriftCharts::tr("%1 – %2").arg(texts[i - 1], texts[i]);
    labels << DriftCharts::tr("> %1").arg(texts.back());
    return labels;
}

BinShares featureBins(const FeatureReference& reference, const FeatureDrift& drift)
{
    BinShares bins;
    bins.current = drift.distribution.shares;
    if (!reference.categorical) {
        bins.labels = numericBinLabels(reference.numeric);
        bins.reference = reference.numeric.shares;
        return bins;
    }
    const std::size_t count = reference.categories.size();
    std::vector<double> referenceShares;
    for (const CategoryShare& category : reference.categories)
        referenceShares.push_back(category.share);
    const bool hasCurrent = bins.current.size() == count + 1;
    // The categories that matter most on either side keep a bar of their own, in the
    // reference's order; the others join "other".
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t(0));
    const auto weight = [&](std::size_t i) {
        return std::max(referenceShares[i], hasCurrent ? bins.current[i] : 0.0);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return weight(a) > weight(b); });
    const std::size_t kept = std::min<std::size_t>(count, std::size_t(kMaxCategoryBins) - 1);
    std::vector<bool> shown(count, false);
    for (std::size_t i = 0; i < kept; ++i)
        shown[order[i]] = true;
    double otherReference = reference.otherShare,
           otherCurrent = hasCurrent ? bins.current[count] : 0.0;
    std::vector<double> current;
    for (std::size_t i = 0; i < count; ++i) {
        if (!shown[i]) {
            otherReference += referenceShares[i];
            otherCurrent += hasCurrent ? bins.current[i] : 0.0;
            continue;
        }
        bins.labels << escapeUnsafeText(reference.categories[i].value);
        bins.reference.push_back(referenceShares[i]);
        current.push_back(hasCurrent ? bins.current[i] : 0.0);
    }
    bins.labels << (count > kept ? DriftCharts::tr("other (+%1)").arg(count - kept)
                                 : DriftCharts::tr("other"));
    bins.reference.push_back(otherReference);
    current.push_back(otherCurrent);
    bins.current = hasCurrent ? current : std::vector<double>();
    return bins;
}

BinShares scoreBins(const NumericReference& reference, const DistributionDrift& drift)
{
    return {numericBinLabels(reference), reference.shares, drift.shares};
}

void showBins(FigurePlot* plot, const BinShares& bins, const QString& title)
{
    plot->setTitle(title);
    plot->setXCategories(bins.labels);
    std::vector<FigurePlot::Series> series;
    const auto bars = [&bins](const std::vector<double>& shares, const QString& label,
                              const QColor& color, double from) {
        FigurePlot::Series s{FigurePlot::Series::Kind::Bars, label, color, {}, {}, {}, false};
        for (std::size_t i = 0; i < shares.size() && i < std::size_t(bins.labels.size()); ++i) {
            // Each bar its own pair of edges, half a bin wide; a gap between bins.
            s.x.push_back(double(i) + from);
            s.x.push_back(double(i) + from + 0.4);
            s.y.push_back(100 * shares[i]);
            s.y.push_back(0); // the gap up to the next bar
        }
        if (!s.y.empty())
            s.y.pop_back(); // no gap after the last
        return s;
    };
    if (!bins.reference.empty())
        series.push_back(bars(bins.reference, DriftCharts::tr("training data (reference)"),
                              kDriftReferenceColor, -0.4));
    if (!bins.current.empty())
        series.push_back(bars(bins.current, DriftCharts::tr("new data"), kDriftNewColor, 0.0));
    plot->setSeries(std::move(series));
}

void showPsiHistory(FigurePlot* plot, const DriftHistory& history, const QString& selected,
                    double threshold)
{
    const std::vector<PastDriftCheck>& checks = history.checks;
    QStringList features;
    double highest = threshold;
    for (const PastDriftCheck& check : checks) {
        for (auto it = check.featurePsi.cbegin(); it != check.featurePsi.cend(); ++it) {
            if (!features.contains(it.key()))
                features << it.key();
            highest = std::max(highest, it.value());
        }
        if (check.predictionPsi)
            highest = std::max(highest, *check.predictionPsi);
    }
    // Few checks are named by their time (to the minute, or to the second when two in a row would
    // read the same); many, or checks within a second, by their number.
    QStringList times;
    bool byTime = false;
    for (const QString& format : {u"d MMM HH:mm"_s, u"d MMM HH:mm:ss"_s}) {
        times.clear();
        for (const PastDriftCheck& check : checks)
            times << QLocale().toString(check.time.toLocalTime(), format);
        byTime =
            checks.size() <= 8 && std::adjacent_find(times.begin(), times.end()) == times.end();
        if (byTime)
            break;
    }
    plot->setXCategories(byTime ? times : QStringList());
    plot->setAxisTitles(byTime ? QString() : DriftCharts::tr("Check (oldest first)"),
                        DriftCharts::tr("PSI"));
    const auto x = [byTime](std::size_t i) { return byTime ? double(i) : double(i + 1); };

    std::vector<FigurePlot::Series> series;
    bool namedOthers = false;
    for (const QString& feature : features) {
        if (feature == selected)
            continue;
        FigurePlot::Series line{
            FigurePlot::Series::Kind::Line, QString(), kDriftOtherColor, {}, {}, {}, false};
        if (!std::exchange(namedOthers, true))
            line.label = DriftCharts::tr("other features");
        for (std::size_t i = 0; i < checks.size(); ++i) {
            line.x.push_back(x(i));
            line.y.push_back(checks[i].featurePsi.value(feature, NAN));
        }
        series.push_back(std::move(line));
    }
    FigurePlot::Series scores{FigurePlot::Series::Kind::Line,
                              DriftCharts::tr("scores"),
                              kDriftScoreColor,
                              {},
                              {},
                              {},
                              true};
    for (std::size_t i = 0; i < checks.size(); ++i) {
        scores.x.push_back(x(i));
        scores.y.push_back(checks[i].predictionPsi.value_or(NAN));
    }
    if (std::any_of(scores.y.begin(), scores.y.end(), [](double v) { return std::isfinite(v); }))
        series.push_back(std::move(scores));
    if (features.contains(selected)) {
        FigurePlot::Series line{FigurePlot::Series::Kind::Line,
                                escapeUnsafeText(selected),
                                kDriftSelectedColor,
                                {},
                                {},
                                {},
                                false};
        for (std::size_t i = 0; i < checks.size(); ++i) {
            line.x.push_back(x(i));
            line.y.push_back(checks[i].featurePsi.value(selected, NAN));
        }
        FigurePlot::Series points = line;
        points.kind = FigurePlot::Series::Kind::Points;
        points.label.clear();
        series.push_back(std::move(line));
        series.push_back(std::move(points));
    }
    plot->setRanges(std::nullopt, std::pair(0.0, highest * 1.12));
    plot->setHorizontalLine(threshold);
    plot->setSeries(std::move(series));
    plot->setReadout([plot, checks, times](int index, std::size_t i) {
        if (i >= checks.size())
            return QString();
        const PastDriftCheck& check = checks[i];
        const FigurePlot::Series& s = plot->series(index);
        const QString name =
            s.label.isEmpty() || s.kind == FigurePlot::Series::Kind::Points ? QString() : s.label;
        return DriftCharts::tr("%1PSI %2\ncheck %3 of %4, %5\nversion %6, %7 (%n row(s))", nullptr,
                               int(check.rows))
            .arg(name.isEmpty() ? QString() : name + u": "_s, QLocale().toString(s.y[i], 'f', 3))
            .arg(i + 1)
            .arg(checks.size())
            .arg(times.value(qsizetype(i)))
            .arg(check.version)
            .arg(escapeUnsafeText(check.input));
    });
}

} // namespace grove
