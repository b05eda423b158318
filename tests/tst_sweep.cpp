// Sweeps without training: the definition a user writes (every mistake refused with its field
// named), and the samplers on synthetic objectives: grid enumerates the product, random and TPE
// repeat for a seed, TPE beats random search at an equal budget, halving keeps exactly the best
// 1/eta at each rung.
#include "core/model/SweepDefinition.h"
#include "core/store/SweepFile.h"
#include "core/store/SweepStore.h"
#include "core/store/Workspace.h"
#include "core/sweep/Importance.h"
#include "core/sweep/Samplers.h"
#include "core/sweep/SweepRunner.h"
#include "core/common/FileLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace grove;
using namespace grove::sweep;

namespace {

QJsonObject parse(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char* kExample = R"({ "name": "depth-eta", "dataset": "churn", "target": "churned",
  "validation": { "folds": 5, "seed": 1 },
  "rounds": 200, "early_stopping": 20,
  "objective_metric": "valid.auc", "direction": "maximize",
  "strategy": "tpe", "trials": 40, "seed": 7, "repeats": 1, "parallel": 2,
  "fixed": { "objective": "binary:logistic" },
  "space": { "max_depth": [2, 4, 6],
             "eta": { "log_uniform": [0.01, 0.3] },
             "min_child_weight": { "int": [1, 10] },
             "subsample": { "uniform": [0.5, 1.0] } } })";

QString refusal(const QJsonObject& json, int cores = 2)
{
    auto d = SweepDefinition::fromJson(json, cores);
    return d ? QString() : d.error().message;
}

QJsonObject with(QJsonObject json, const QString& key, const QJsonValue& value)
{
    json.insert(key, value);
    return json;
}

// A synthetic objective of two parameters, best at eta = 0.03 and max_depth = 7.
double objective(const SearchPoint& p)
{
    const double a = std::log10(p[0]) - std::log10(0.03), b = (p[1] - 7) / 5;
    return -(a * a + b * b);
}

} // namespace

class TestSweep : public QObject
{
    Q_OBJECT

private slots:
    // The issue's example reads, with every field, and writes back to the same definition.
    void exampleReadsAndRoundTrips()
    {
        auto d = SweepDefinition::fromJson(parse(kExample), 2);
        QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().message));
        QCOMPARE(d->name, u"depth-eta"_s);
        QCOMPARE(d->base.dataset, u"churn"_s);
        QCOMPARE(d->base.validation.kind, ValidationKind::KFold);
        QCOMPARE(d->base.validation.folds, 5);
        QCOMPARE(d->base.rounds, 200);
        QCOMPARE(d->base.earlyStoppingRounds, 20);
        QCOMPARE(d->base.params.objective, u"binary:logistic"_s);
        QCOMPARE(d->objective(), u"valid.auc"_s);
        QVERIFY(d->maximize);
        QCOMPARE(d->strategy, SweepStrategy::Tpe);
        QCOMPARE(d->trials, 40);
        QCOMPARE(d->seed, quint64(7));
        QCOMPARE(d->parallel, 2);
        QCOMPARE(d->space.size(), size_t(4));
        auto again = SweepDefinition::fromJson(d->toJson(), 2);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->toJson(), d->toJson());
        QJsonObject halving = parse(kExample);
        halving.insert(u"strategy"_s, u"halving"_s);
        auto h = SweepDefinition::fromJson(halving, 2);
        QVERIFY(h.ok());
        QCOMPARE(h->halvingEta, 3);
        auto hAgain = SweepDefinition::fromJson(h->toJson(), 2); // as the store reads it back
        QVERIFY2(hAgain.ok(), qPrintable(hAgain ? QString() : hAgain.error().message));
        QCOMPARE(hAgain->toJson(), h->toJson());
        // Defaults: early stopping off, one repeat, parallel fitting the cores, direction from
        // the metric (log loss is minimized).
        QJsonObject minimal = parse(R"({"name": "m", "dataset": "d", "target": "t", "objective_metric": "valid.logloss",
                                        "trials": 5, "space": {"eta": {"uniform": [0.1, 0.3]}}})");
        auto m = SweepDefinition::fromJson(minimal, 2);
        QVERIFY2(m.ok(), qPrintable(m ? QString() : m.error().message));
        QVERIFY(!m->maximize);
        QCOMPARE(m->base.earlyStoppingRounds, 0);
        QCOMPARE(m->repeats, 1);
        QCOMPARE(m->parallel, 0);
        QCOMPARE(m->strategy, SweepStrategy::Random);
        QCOMPARE(m->base.validation.kind, ValidationKind::Holdout);
    }

    // Each mistake is refused with the field named and what to do.
    void mistakesAreRefusedByField()
    {
        const QJsonObject good = parse(kExample);
        QVERIFY(refusal(good).isEmpty());

        QString why = refusal(with(good, u"space"_s, QJsonObject()));
        QVERIFY2(why.contains(u"\"space\" is empty"_s), qPrintable(why));

        why = refusal(with(good, u"space"_s, parse(R"({"eta": {"log_uniform": [0, 0.3]}})")));
        QVERIFY2(why.contains(u"space.eta.log_uniform"_s) && why.contains(u"above 0"_s), qPrintable(why));

        QJsonObject grid = with(good, u"strategy"_s, u"grid"_s);
        grid.insert(u"space"_s, parse(R"({"max_depth": {"int": [1, 64]}, "max_bin": {"int": [2, 3000]}})"));
        why = refusal(grid);
        QVERIFY2(why.contains(u"191936"_s) && why.contains(u"100000"_s), qPrintable(why)); // 64 × 2999 combinations

        why = refusal(with(good, u"space"_s, parse(R"({"depth": [2, 4]})")));
        QVERIFY2(why.contains(u"space.depth"_s) && why.contains(u"max_depth"_s) && why.contains(u"subsample"_s), qPrintable(why));

        why = refusal(with(good, u"trials"_s, 0));
        QVERIFY2(why.contains(u"\"trials\" is 0"_s), qPrintable(why));

        why = refusal(with(good, u"parallel"_s, 9), 2);
        QVERIFY2(why.contains(u"\"parallel\""_s) && why.contains(u"at most 8"_s), qPrintable(why));
        QVERIFY(refusal(with(good, u"parallel"_s, 8), 2).isEmpty());

        // And the others a user meets.
        why = refusal(with(good, u"space"_s, parse(R"({"subsample": {"uniform": [0.5, 1.5]}})")));
        QVERIFY2(why.contains(u"space.subsample"_s), qPrintable(why)); // outside the parameter's range
        why = refusal(with(good, u"space"_s, parse(R"({"eta": {"uniform": [0.3, 0.1]}})")));
        QVERIFY2(why.contains(u"low bound"_s), qPrintable(why));
        why = refusal(with(good, u"objective_metric"_s, u"auc"_s));
        QVERIFY2(why.contains(u"objective_metric"_s), qPrintable(why));
        why = refusal(with(good, u"strategy"_s, u"bayes"_s));
        QVERIFY2(why.contains(u"\"strategy\""_s), qPrintable(why));
        why = refusal(with(good, u"budget"_s, 3));
        QVERIFY2(why.contains(u"\"budget\""_s), qPrintable(why));
        QJsonObject continuousGrid = with(good, u"strategy"_s, u"grid"_s);
        why = refusal(continuousGrid);
        QVERIFY2(why.contains(u"grid"_s) && why.contains(u"list"_s), qPrintable(why));
        QJsonObject fixedAndSearched = good;
        fixedAndSearched.insert(u"fixed"_s, parse(R"({"max_depth": 3})"));
        why = refusal(fixedAndSearched);
        QVERIFY2(why.contains(u"max_depth"_s) && why.contains(u"both fixed and searched"_s), qPrintable(why));
        why = refusal(with(good, u"fixed"_s, parse(R"({"eta": "nan"})")));
        QVERIFY2(why.contains(u"eta"_s), qPrintable(why));
    }

    // A grid enumerates exactly the product of its dimensions, each combination once.
    void gridEnumeratesTheProduct()
    {
        QJsonObject json = parse(kExample);
        json.insert(u"strategy"_s, u"grid"_s);
        json.insert(u"space"_s, parse(R"({"max_depth": [2, 4, 6], "min_child_weight": {"int": [1, 4]},
                                           "tree_method": ["hist", "approx"]})"));
        auto d = SweepDefinition::fromJson(json, 2);
        QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().message));
        QCOMPARE(d->gridSize(), std::optional<std::uint64_t>(24));
        QCOMPARE(d->trials, 24);
        QSet<QString> seen;
        for (std::uint64_t i = 0; i < 24; ++i) {
            const SearchPoint p = gridPoint(d->space, i);
            QStringList values;
            for (std::size_t k = 0; k < p.size(); ++k)
                values << d->space[k].valueAt(p[k]).toVariant().toString();
            seen.insert(values.join(u","_s));
        }
        QCOMPARE(seen.size(), 24);
        QVERIFY(seen.contains(u"2,1,hist"_s) && seen.contains(u"6,4,approx"_s));
    }

    // Random and TPE give the same trial sequence for the same seed, and another for another.
    void samplersRepeatForASeed()
    {
        auto d = SweepDefinition::fromJson(parse(kExample), 2);
        QVERIFY(d.ok());
        auto run = [&](quint64 seed, bool tpe) {
            std::vector<Observation> finished;
            std::vector<SearchPoint> points;
            for (int t = 0; t < 30; ++t) {
                SearchPoint p = tpe ? tpePoint(d->space, finished, seed, t, 10) : randomPoint(d->space, seed, t);
                points.push_back(p);
                finished.push_back({p, -std::abs(std::log(p[0]) - std::log(0.05)) - std::abs(p[1] - 1)});
            }
            return points;
        };
        for (bool tpe : {false, true}) {
            const auto a = run(7, tpe), b = run(7, tpe), c = run(8, tpe);
            QCOMPARE(a, b);
            QVERIFY(a != c);
            // Dimensions come in name order: eta, max_depth, min_child_weight, subsample.
            for (const SearchPoint& p : a) {
                QVERIFY(p[0] >= 0.01 && p[0] <= 0.3);
                QVERIFY(p[1] >= 0 && p[1] <= 2 && p[1] == std::floor(p[1])); // a choice index
                QVERIFY(p[2] >= 1 && p[2] <= 10 && p[2] == std::floor(p[2]));
                QVERIFY(p[3] >= 0.5 && p[3] <= 1.0);
            }
        }
    }

    // On a synthetic objective of two parameters, TPE finds a better value than random search
    // with the same budget, in the median of 5 seeds.
    void tpeBeatsRandomSearch()
    {
        QJsonObject json = parse(kExample);
        json.insert(u"space"_s, parse(R"({"eta": {"log_uniform": [0.001, 1.0]}, "max_depth": {"int": [1, 15]}})"));
        auto d = SweepDefinition::fromJson(json, 2);
        QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().message));
        std::vector<double> tpeBest, randomBest;
        for (quint64 seed = 1; seed <= 5; ++seed) {
            std::vector<Observation> finished;
            double best = -1e300, bestRandom = -1e300;
            for (int t = 0; t < 50; ++t) {
                const SearchPoint p = tpePoint(d->space, finished, seed, t, 10);
                finished.push_back({p, objective(p)});
                best = std::max(best, objective(p));
                bestRandom = std::max(bestRandom, objective(randomPoint(d->space, seed, t)));
            }
            tpeBest.push_back(best);
            randomBest.push_back(bestRandom);
        }
        std::sort(tpeBest.begin(), tpeBest.end());
        std::sort(randomBest.begin(), randomBest.end());
        QVERIFY2(tpeBest[2] > randomBest[2], qPrintable(u"TPE %1, random %2"_s.arg(tpeBest[2]).arg(randomBest[2])));
    }

    // Successive halving: the rungs shrink by eta and grow in rounds to the maximum, and each
    // promotion keeps exactly the best 1/eta by the metric.
    void halvingPromotesTheBestThird()
    {
        const auto rungs = halvingSchedule(27, 81, 3, 0);
        QCOMPARE(rungs.size(), size_t(4));
        QCOMPARE(rungs[0].configurations, 27);
        QCOMPARE(rungs[0].rounds, 3);
        QCOMPARE(rungs[1].configurations, 9);
        QCOMPARE(rungs[1].rounds, 9);
        QCOMPARE(rungs[2].configurations, 3);
        QCOMPARE(rungs[3].configurations, 1);
        QCOMPARE(rungs[3].rounds, 81);
        QCOMPARE(halvingSchedule(10, 100, 3, 5).front().rounds, 5);
        QCOMPARE(halvingSchedule(2, 100, 3, 0).size(), size_t(1)); // too few to halve: all run to the end

        // A synthetic objective, the score known per configuration: the survivors of each rung
        // are exactly its best third.
        std::mt19937 random(5);
        std::uniform_real_distribution<double> score(0, 1);
        std::vector<double> quality(27);
        for (double& q : quality)
            q = score(random);
        std::vector<int> alive(27);
        std::iota(alive.begin(), alive.end(), 0);
        for (std::size_t r = 0; r + 1 < rungs.size(); ++r) {
            std::vector<double> scores;
            for (int c : alive)
                scores.push_back(quality[std::size_t(c)] * (1 + 0.01 * double(r))); // same order at every rung
            const std::vector<int> kept = promote(scores, rungs[r + 1].configurations);
            QCOMPARE(int(kept.size()), rungs[r + 1].configurations);
            std::vector<double> sorted = scores;
            std::sort(sorted.rbegin(), sorted.rend());
            for (int k : kept)
                QVERIFY(scores[std::size_t(k)] >= sorted[kept.size() - 1]);
            std::vector<int> next;
            for (int k : kept)
                next.push_back(alive[std::size_t(k)]);
            alive = next;
        }
        QCOMPARE(alive.size(), size_t(1));
        QCOMPARE(alive.front(), int(std::max_element(quality.begin(), quality.end()) - quality.begin()));
        // A trial without a score (failed) is never promoted over one with a score.
        QCOMPARE(promote(std::vector<double>{NAN, 0.1, 0.2}, 2), (std::vector<int>{1, 2}));
    }

    // On a synthetic sweep where only eta matters, importance ranks eta first, by mean |SHAP|
    // and by the size of its rank correlation; too few configurations get a caution.
    void importanceRanksTheParameterThatMatters()
    {
        QJsonObject json = parse(kExample);
        json.insert(u"space"_s, parse(R"({"eta": {"log_uniform": [0.001, 1.0]}, "max_depth": {"int": [1, 15]},
                                           "subsample": {"uniform": [0.5, 1.0]}})"));
        auto d = SweepDefinition::fromJson(json, 2);
        QVERIFY(d.ok());
        SweepState state;
        state.definition = *d;
        std::mt19937 random(9);
        std::normal_distribution<double> noise(0, 1e-4);
        for (int t = 0; t < 40; ++t) {
            SweepTrial trial;
            trial.trial = t;
            trial.point = randomPoint(d->space, 5, t);
            const double a = std::log10(trial.point[0]) + 1.5;
            trial.value = -a * a + noise(random);
            trial.status = u"finished"_s;
            state.trials.push_back(trial);
        }
        auto importance = parameterImportance(state);
        QVERIFY2(importance.ok(), qPrintable(importance ? QString() : importance.error().message));
        QCOMPARE(importance->configurations, 40);
        QVERIFY(importance->caution.isEmpty());
        QCOMPARE(importance->parameters.front().parameter, u"eta"_s);
        QVERIFY(importance->parameters[0].meanAbsShap > 5 * importance->parameters[1].meanAbsShap);
        for (const ParameterImportance& p : importance->parameters) {
            if (p.parameter != u"eta"_s)
                QVERIFY2(std::abs(p.spearman) < 0.4, qPrintable(u"%1: %2"_s.arg(p.parameter).arg(p.spearman)));
        }
        state.trials.resize(5);
        auto few = parameterImportance(state);
        QVERIFY(few.ok() && !few->caution.isEmpty());
        state.trials.resize(2);
        QVERIFY(!parameterImportance(state).ok());
        // Spearman by hand: monotonic is 1 whatever the scale, reversed -1, ties at their mean
        // rank, a constant side undefined.
        QCOMPARE(spearmanCorrelation({1, 2, 3, 4}, {1, 10, 100, 1000}), 1.0);
        QCOMPARE(spearmanCorrelation({1, 2, 3, 4}, {4, 3, 2, 1}), -1.0);
        QVERIFY(std::abs(spearmanCorrelation({1, 2, 2, 3}, {1, 2, 3, 4}) - 0.9486832980505138) < 1e-12);
        QVERIFY(std::isnan(spearmanCorrelation({1, 1, 1}, {1, 2, 3})));
    }

    // The workspace keeps a sweep's definition and its trials, to show and to resume it: names
    // are unique regardless of case, a trial is replaced by its key, and finding works by id or
    // name.
    void storeKeepsSweepsAndTrials()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::openOrCreate(dir.filePath(u"ws"_s));
        QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().message));
        SweepStore store(workspace->database());
        auto d = SweepDefinition::fromJson(parse(kExample), 2);
        QVERIFY(d.ok());
        auto id = store.create(*d);
        QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
        SweepDefinition same = *d;
        same.name = u"DEPTH-ETA"_s;
        auto again = store.create(same);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(u"exists already"_s), qPrintable(again.error().message));

        auto found = store.find(u"depth-eta"_s);
        QVERIFY(found.ok());
        QCOMPARE(found->id, *id);
        QCOMPARE(found->status, u"running"_s);
        QCOMPARE(SweepDefinition::fromJson(found->definition, 2)->toJson(), d->toJson());
        QCOMPARE(store.find(QString::number(*id))->name, u"depth-eta"_s);
        QVERIFY(!store.find(u"other"_s).ok());

        SweepTrial t;
        t.trial = 0;
        t.point = randomPoint(d->space, d->seed, 0);
        t.params = QJsonObject{{u"max_depth"_s, 4}};
        t.status = u"planned"_s;
        QVERIFY(store.saveTrial(*id, t).ok());
        t.status = u"finished"_s;
        t.value = 0.83;
        t.runId = std::nullopt;
        QVERIFY(store.saveTrial(*id, t).ok()); // replaces it
        SweepTrial second = t;
        second.trial = 1;
        second.value.reset();
        second.status = u"failed"_s;
        QVERIFY(store.saveTrial(*id, second).ok());
        auto trials = store.trials(*id);
        QVERIFY(trials.ok());
        QCOMPARE(trials->size(), size_t(2));
        QCOMPARE(trials->at(0), t);
        QCOMPARE(trials->at(1), second);
        QVERIFY(store.setStatus(*id, u"finished"_s).ok());
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(store.list()->front().status, u"finished"_s);
    }

    // A sweep has one runner at a time, whichever process: a second is refused while the first
    // holds the sweep's lock. A sweep that cannot go on is left stopped, not running.
    void oneRunnerAtATime()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::openOrCreate(dir.filePath(u"ws"_s));
        QVERIFY(workspace.ok());
        auto d = SweepDefinition::fromJson(parse(kExample), 2);
        QVERIFY(d.ok());
        auto id = createSweep(*workspace, *d);
        QVERIFY(id.ok());
        QVERIFY(!sweepIsBeingRun(*workspace, *id));
        JobControl control;
        {
            QVERIFY(QDir().mkpath(QFileInfo(sweepLockPath(*workspace, *id)).absolutePath()));
            HeldFileLock other; // as another process running it would
            QVERIFY(other.tryLock(sweepLockPath(*workspace, *id)));
            QVERIFY(sweepIsBeingRun(*workspace, *id));
            auto second = runSweep(*workspace, *id, control);
            QVERIFY(!second.ok());
            QCOMPARE(second.error().kind, ErrorKind::Conflict);
            QVERIFY2(second.error().message.contains(u"being run already"_s), qPrintable(second.error().message));
            QCOMPARE(SweepStore(workspace->database()).find(QString::number(*id))->status, u"running"_s); // untouched
        }
        QVERIFY(!sweepIsBeingRun(*workspace, *id));
        // Now it runs, and stops at once: its dataset does not exist here.
        auto run = runSweep(*workspace, *id, control);
        QVERIFY(!run.ok());
        QVERIFY2(run.error().message.contains(u"churn"_s), qPrintable(run.error().message));
        QCOMPARE(SweepStore(workspace->database()).find(QString::number(*id))->status, u"stopped"_s);
        QVERIFY(!sweepIsBeingRun(*workspace, *id));
    }

    // A sweep's own files (what grove-cli recover rebuilds it from): a new sweep never takes the
    // id of files a lost sweep left; a line cut short does not swallow the next one; and a
    // trials file that is gone is written whole from the database at the next change.
    void sweepFilesKeepEveryTrial()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"ws"_s);
        auto workspace = Workspace::openOrCreate(ws);
        QVERIFY(workspace.ok());
        QVERIFY(QDir().mkpath(ws + u"/sweeps"_s));
        QVERIFY(QFile(ws + u"/sweeps/1.trials.jsonl"_s).open(QIODevice::WriteOnly)); // of a lost sweep
        QVERIFY(QFile(ws + u"/sweeps/2.lock"_s).open(QIODevice::WriteOnly));
        auto d = SweepDefinition::fromJson(parse(kExample), 2);
        QVERIFY(d.ok());
        auto id = createSweep(*workspace, *d);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QCOMPARE(*id, qint64(3));
        QVERIFY(QFile::exists(sweepFilePath(ws, 3)));
        QCOMPARE(QFileInfo(sweepTrialsPath(ws, 3)).size(), qint64(0));

        SweepStore store(workspace->database());
        SweepTrial first{0, 0, 0, {0.25, 0.5}, QJsonObject{{u"eta"_s, 0.1}}, std::nullopt, u"finished"_s, 0.8, 1.5};
        QVERIFY(store.saveTrial(3, first).ok());
        QVERIFY(appendSweepTrial(store, ws, 3, first).ok());
        {
            QFile file(sweepTrialsPath(ws, 3));
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"trial\": 1, \"repe"); // cut short
        }
        SweepTrial second = first;
        second.trial = 1;
        second.value = 0.7;
        QVERIFY(store.saveTrial(3, second).ok());
        QVERIFY(appendSweepTrial(store, ws, 3, second).ok());
        auto read = readSweepFiles(ws, 3);
        QVERIFY(read.ok());
        QCOMPARE(read->problems.size(), 1);
        QCOMPARE(latestTrials(read->lines), (std::vector<SweepTrial>{first, second}));

        // Gone (as a failed append leaves it): the next change writes every trial again.
        QVERIFY(QFile::remove(sweepTrialsPath(ws, 3)));
        SweepTrial third = first;
        third.trial = 2;
        third.status = u"failed"_s;
        third.value.reset();
        third.trainSeconds.reset();
        QVERIFY(store.saveTrial(3, third).ok());
        QVERIFY(appendSweepTrial(store, ws, 3, third).ok());
        read = readSweepFiles(ws, 3);
        QVERIFY(read.ok());
        QVERIFY(read->problems.isEmpty());
        QCOMPARE(latestTrials(read->lines), (std::vector<SweepTrial>{first, second, third}));
    }

    // A split seed beyond what a double holds exactly is written as text and read back whole.
    void largeSplitSeedsRoundTrip()
    {
        QJsonObject json = parse(kExample);
        json.insert(u"validation"_s, QJsonObject{{u"folds"_s, 5}, {u"seed"_s, u"18446744073709551557"_s}});
        auto d = SweepDefinition::fromJson(json, 2);
        QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().message));
        QCOMPARE(d->base.validation.seed, quint64(18446744073709551557ull));
        const QJsonObject written = d->toJson();
        QCOMPARE(written.value(u"validation"_s).toObject().value(u"seed"_s).toString(), u"18446744073709551557"_s);
        QCOMPARE(SweepDefinition::fromJson(written, 2)->base.validation.seed, quint64(18446744073709551557ull));
        QCOMPARE(splitSeedJson(1).toDouble(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
