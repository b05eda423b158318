#include "core/runs/GroupSignificance.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Significance)
};

// The resamples a group was evaluated on, and its figures on each: by split seed, one object per
// fold (one for a holdout) of the validation figures.
struct Resamples
{
    ValidationKind kind = ValidationKind::Holdout;
    QString dataset; // the snapshot's content hash
    int folds = 0;
    double fraction = 0;
    QMap<quint64, std::vector<QJsonObject>> bySeed;
    QString problem;
};

QString seedList(const QList<quint64>& seeds)
{
    QStringList texts;
    for (quint64 seed : seeds)
        texts << QString::number(seed);
    return texts.join(u", "_s);
}

// An error's sentence as a clause of another sentence.
QString clause(const Error& error)
{
    return error.message.endsWith(u'.') ? error.message.chopped(1) : error.message;
}

Resamples resamplesOf(const QList<RunRecord>& runs, const std::vector<std::vector<StoredSeries>>& histories,
                      const RunGroup& group)
{
    Resamples resamples;
    // Paired by split seed, the members must be repeats of one learner: grouped by a setting, they
    // may still differ in others.
    if (const QStringList vary = settingsThatVary(runs, group); !vary.isEmpty()) {
        resamples.problem = Text::tr("the runs of %1 are not repeats of one configuration: besides their seeds they "
                                     "differ in %2 (group by configuration to test repeats)")
                                .arg(group.label, vary.join(u", "_s));
        return resamples;
    }
    for (int i : group.members) {
        const RunRecord& run = runs[i];
        const ValidationConfig& validation = run.setup.config.validation;
        if (validation.kind == ValidationKind::Dataset) {
            resamples.problem = Text::tr("run %1 is validated on another dataset: one split, nothing to resample").arg(run.id);
            return resamples;
        }
        // The members share these (settingsThatVary): the first one's stand for the group.
        if (i == group.members.front()) {
            resamples.kind = validation.kind;
            resamples.dataset = run.setup.data.dataset.contentHash;
            resamples.folds = validation.kind == ValidationKind::KFold ? validation.folds : 1;
            resamples.fraction = validation.fraction;
        }
        if (resamples.bySeed.contains(validation.seed)) {
            resamples.problem = Text::tr("%1 has two runs with split seed %2: each repeat needs a split seed of its own")
                                    .arg(group.label)
                                    .arg(validation.seed);
            return resamples;
        }
        std::vector<QJsonObject> figures;
        if (validation.kind == ValidationKind::KFold) {
            auto folds = foldMetrics(run, histories[std::size_t(i)]);
            if (!folds) {
                resamples.problem = clause(folds.error());
                return resamples;
            }
            figures = *folds;
        } else {
            auto holdout = holdoutMetrics(run, histories[std::size_t(i)]);
            if (!holdout) {
                resamples.problem = clause(holdout.error());
                return resamples;
            }
            figures.push_back(*holdout);
        }
        for (QJsonObject& f : figures)
            f = f.value(u"valid"_s).toObject();
        resamples.bySeed.insert(validation.seed, std::move(figures));
    }
    return resamples;
}

// What keeps two groups' resamples from being paired; empty when they can be.
QString pairingProblem(const Resamples& a, const Resamples& b)
{
    QStringList differ;
    if (a.kind != b.kind)
        differ << Text::tr("the validation (cross-validation and held-out rows)");
    if (a.dataset != b.dataset)
        differ << Text::tr("the dataset snapshot");
    if (a.kind == b.kind && a.kind == ValidationKind::KFold && a.folds != b.folds)
        differ << Text::tr("the number of folds (%1 and %2)").arg(a.folds).arg(b.folds);
    if (a.kind == b.kind && a.kind == ValidationKind::Holdout && a.fraction != b.fraction)
        differ << Text::tr("the held-out fraction (%1 and %2)").arg(a.fraction).arg(b.fraction);
    if (a.bySeed.keys() != b.bySeed.keys())
        differ << Text::tr("the split seeds (%1 and %2)").arg(seedList(a.bySeed.keys()), seedList(b.bySeed.keys()));
    return differ.join(u", "_s);
}

QJsonArray runIds(const QList<RunRecord>& runs, const RunGroup& group)
{
    QJsonArray ids;
    for (int i : group.members)
        ids.append(runs[i].id);
    return ids;
}

} // namespace

QString designName(const QString& design)
{
    if (design == u"repeated k-fold"_s)
        return Text::tr("repeated k-fold");
    if (design == u"repeated holdout"_s)
        return Text::tr("repeated holdout");
    if (design == u"k-fold"_s)
        return Text::tr("k-fold");
    return design;
}

QStringList GroupSignificance::problems() const
{
    QStringList all;
    if (!problem.isEmpty())
        all << problem;
    for (const GroupTest& test : others) {
        if (!test.problem.isEmpty())
            all << test.problem;
    }
    return all;
}

int GroupSignificance::tested() const
{
    return int(std::count_if(others.cbegin(), others.cend(), [](const GroupTest& test) { return test.problem.isEmpty(); }));
}

QString GroupSignificance::firstProblem() const
{
    const QStringList all = problems();
    return all.isEmpty() ? QString() : all.front();
}

GroupSignificance significanceOfGroups(const QList<RunRecord>& runs, const std::vector<std::vector<StoredSeries>>& histories,
                                       const QList<RunGroup>& groups, int baselineGroup, double alpha)
{
    GroupSignificance result;
    result.baseline = baselineGroup;
    result.alpha = alpha;
    if (baselineGroup < 0 || baselineGroup >= groups.size())
        return result;
    const RunGroup& baseline = groups[baselineGroup];
    if (groups.size() < 2) {
        result.problem = Text::tr("No significance test against %1: every run is in its group, no other group is left "
                                  "to test.")
                             .arg(baseline.label);
        return result;
    }
    const Resamples base = resamplesOf(runs, histories, baseline);
    if (!base.problem.isEmpty()) {
        result.problem = Text::tr("No significance test against %1: %2.").arg(baseline.label, base.problem);
        return result;
    }
    const int k = base.folds;
    const int r = int(base.bySeed.size());
    if (k * r < 2) {
        result.problem = Text::tr("No significance test against %1: a single held-out evaluation cannot be tested; "
                                  "repeat the run with other split seeds and group the repeats.")
                             .arg(baseline.label);
        return result;
    }
    for (int g = 0; g < groups.size(); ++g) {
        if (g == baselineGroup)
            continue;
        GroupTest test;
        test.group = g;
        test.label = groups[g].label;
        const Resamples other = resamplesOf(runs, histories, groups[g]);
        QString problem = other.problem;
        if (problem.isEmpty()) {
            const QString differ = pairingProblem(base, other);
            if (!differ.isEmpty())
                problem = Text::tr("%1 and %2 were not evaluated on the same resamples: %3 differ")
                              .arg(baseline.label, test.label, differ);
        }
        if (!problem.isEmpty()) {
            test.problem = Text::tr("No significance test of %1 against %2: %3.").arg(test.label, baseline.label, problem);
            result.others << test;
            continue;
        }
        test.repeats = r;
        test.design = base.kind == ValidationKind::Holdout ? u"repeated holdout"_s
                      : r > 1                              ? u"repeated k-fold"_s
                                                           : u"k-fold"_s;
        const double ratio = base.kind == ValidationKind::KFold ? 1.0 / double(k - 1) : base.fraction / (1 - base.fraction);
        const QStringList names = base.bySeed.first().front().keys();
        for (const QString& metric : names) {
            std::vector<double> a, b;
            bool complete = true;
            for (auto seed = base.bySeed.cbegin(); seed != base.bySeed.cend() && complete; ++seed) {
                const std::vector<QJsonObject>& theirs = other.bySeed[seed.key()];
                for (std::size_t f = 0; f < seed->size(); ++f) {
                    const QJsonValue x = (*seed)[f].value(metric);
                    const QJsonValue y = f < theirs.size() ? theirs[f].value(metric) : QJsonValue();
                    complete = complete && x.isDouble() && y.isDouble();
                    a.push_back(x.toDouble());
                    b.push_back(y.toDouble());
                }
            }
            if (!complete)
                continue; // a metric one of them lacks on some resample
            const PairedTest paired = correctedResampledTTest(a, b, ratio, alpha, metricIsMaximized(metric));
            test.tests << qMakePair(u"valid."_s + metric, paired);
            (paired.verdict == u"better"_s ? test.wins : paired.verdict == u"worse"_s ? test.losses : test.ties) += 1;
        }
        result.wins += test.wins;
        result.ties += test.ties;
        result.losses += test.losses;
        result.others << test;
    }
    return result;
}

QJsonObject GroupSignificance::toJson(const QList<RunRecord>& runs, const QList<RunGroup>& groups,
                                      const Grouping& grouping) const
{
    QJsonObject groupsJson;
    for (const GroupTest& test : others) {
        if (!test.problem.isEmpty())
            continue; // under "problems"
        QJsonObject tests;
        for (const auto& metric : test.tests) {
            QJsonObject figures = metric.second.toJson();
            figures.insert(u"df"_s, metric.second.folds - 1);
            tests.insert(metric.first, figures);
        }
        groupsJson.insert(test.label, QJsonObject{{u"runs"_s, runIds(runs, groups[test.group])},
                                                  {u"design"_s, test.design},
                                                  {u"repeats"_s, test.repeats},
                                                  {u"tests"_s, tests},
                                                  {u"wins"_s, test.wins},
                                                  {u"ties"_s, test.ties},
                                                  {u"losses"_s, test.losses}});
    }
    const bool known = baseline >= 0 && baseline < groups.size();
    return {{u"baseline"_s, known ? groups[baseline].label : QString()},
            {u"baseline_runs"_s, known ? runIds(runs, groups[baseline]) : QJsonArray()},
            {u"group_by"_s, grouping.toText()},
            {u"alpha"_s, alpha},
            {u"groups"_s, groupsJson},
            {u"problems"_s, QJsonArray::fromStringList(problems())},
            {u"wins"_s, wins},
            {u"ties"_s, ties},
            {u"losses"_s, losses}};
}

} // namespace grove
