#include "core/runs/RunGroups.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunGroups)
};

QString shortName(const QString& setting) { return setting.startsWith(u"params."_s) ? setting.mid(7) : setting; }

} // namespace

Grouping Grouping::fromText(const QString& text)
{
    Grouping grouping;
    if (text.isEmpty() || text == u"none"_s)
        return grouping;
    grouping.kind = text == u"configuration"_s ? Kind::Configuration : Kind::Setting;
    if (grouping.kind == Kind::Setting)
        grouping.setting = text;
    return grouping;
}

QString Grouping::toText() const
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Configuration:
        return u"configuration"_s;
    case Kind::Setting:
        break;
    }
    return setting;
}

bool isSeedSetting(const QString& name)
{
    return name == u"seed"_s || name == u"validation.seed"_s || name == u"params.seed"_s ||
           name == u"params.random_state"_s;
}

bool isBookkeepingSetting(const QString& name)
{
    return name == u"experiment"_s || name == u"threads"_s || name == u"params.nthread"_s || name == u"params.n_jobs"_s ||
           name == u"params.verbosity"_s;
}

QList<RunGroup> groupRuns(const RunComparison& comparison, const Grouping& grouping)
{
    QList<RunGroup> groups;
    const int count = int(comparison.runs.size());
    if (grouping.kind == Grouping::Kind::None) {
        for (int i = 0; i < count; ++i)
            groups << RunGroup{Text::tr("Run %1").arg(comparison.runs[i]), {i}};
        return groups;
    }
    // The settings that name a group: the chosen one, or every one that differs but the seeds and
    // bookkeeping.
    QStringList naming;
    if (grouping.kind == Grouping::Kind::Setting) {
        naming << grouping.setting;
    } else {
        for (const QString& name : comparison.differing) {
            if (!isSeedSetting(name) && !isBookkeepingSetting(name))
                naming << name;
        }
    }
    for (int i = 0; i < count; ++i) {
        QStringList parts;
        for (const QString& name : std::as_const(naming)) {
            const QString value = comparison.settings.value(name).value(i);
            parts << u"%1=%2"_s.arg(shortName(name), value.isEmpty() ? Text::tr("(none)") : value);
        }
        const QString label = parts.isEmpty() ? Text::tr("All runs") : parts.join(u", "_s);
        auto found = std::find_if(groups.begin(), groups.end(), [&](const RunGroup& g) { return g.label == label; });
        if (found == groups.end())
            groups << RunGroup{label, {i}};
        else
            found->members << i;
    }
    return groups;
}

QStringList settingsThatVary(const QList<RunRecord>& runs, const RunGroup& group)
{
    QStringList names;
    if (group.members.isEmpty())
        return names;
    const QMap<QString, QString> first = flattenSettings(runs[group.members.front()]);
    for (int i : group.members) {
        const QMap<QString, QString> other = flattenSettings(runs[i]);
        for (const QMap<QString, QString>* settings : {&first, &other}) {
            for (auto it = settings->cbegin(); it != settings->cend(); ++it) {
                const QString& name = it.key();
                if (first.value(name) != other.value(name) && !isSeedSetting(name) && !isBookkeepingSetting(name) &&
                    !names.contains(name))
                    names << name;
            }
        }
    }
    names.sort();
    return names;
}

int groupOf(const QList<RunGroup>& groups, int runIndex)
{
    for (int g = 0; g < groups.size(); ++g) {
        if (groups[g].members.contains(runIndex))
            return g;
    }
    return -1;
}

Summary summarize(const std::vector<double>& values)
{
    Summary summary;
    double sum = 0;
    for (double v : values) {
        if (std::isfinite(v)) {
            sum += v;
            ++summary.n;
        }
    }
    if (summary.n == 0)
        return summary;
    summary.mean = sum / summary.n;
    if (summary.n < 2)
        return summary;
    double squares = 0;
    for (double v : values) {
        if (std::isfinite(v))
            squares += (v - summary.mean) * (v - summary.mean);
    }
    summary.std = std::sqrt(squares / (summary.n - 1));
    return summary;
}

CurveSummary summarizeCurves(const std::vector<const std::vector<double>*>& curves, Spread spread)
{
    std::size_t length = 0;
    for (const std::vector<double>* curve : curves)
        length = std::max(length, curve->size());
    CurveSummary result;
    result.mean.assign(length, NAN);
    result.low.assign(length, NAN);
    result.high.assign(length, NAN);
    std::vector<double> at;
    for (std::size_t i = 0; i < length; ++i) {
        at.clear();
        for (const std::vector<double>* curve : curves) {
            if (i < curve->size() && std::isfinite((*curve)[i]))
                at.push_back((*curve)[i]);
        }
        const Summary summary = summarize(at);
        result.mean[i] = summary.mean;
        if (summary.n < 2)
            continue;
        if (spread == Spread::MinMax) {
            result.low[i] = *std::min_element(at.begin(), at.end());
            result.high[i] = *std::max_element(at.begin(), at.end());
        } else {
            result.low[i] = summary.mean - summary.std;
            result.high[i] = summary.mean + summary.std;
        }
    }
    return result;
}

std::vector<double> runCurve(const std::vector<StoredSeries>& history, const QString& metric, const QString& split)
{
    std::vector<const std::vector<double>*> folds;
    for (const StoredSeries& series : history) {
        if (series.metric != metric || series.split != split)
            continue;
        if (series.fold < 0)
            return series.values;
        folds.push_back(&series.values);
    }
    return folds.empty() ? std::vector<double>() : summarizeCurves(folds, Spread::StdDev).mean;
}

} // namespace grove
