// Real trainings on small synthetic data: the recorded history, early stopping, cross-validation,
// the model and held-out predictions on disk, cancellation, bit-identical reproduction,
// categorical features and prediction on new files.

#include "core/common/JobControl.h"
#include "core/services/RunTrash.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/Prediction.h"
#include "core/train/TrainingJob.h"
#include "core/train/Xgboost.h"
#include "tests/TrainingData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

constexpr int kRows = 400;

struct Csv
{
    QStringList header;
    QList<QStringList> rows;
    qsizetype column(const QString& name) const { return header.indexOf(name); }
    double number(qsizetype row, const QString& name) const { return rows[row][column(name)].toDouble(); }
};

// The CSV files Grove writes here have no quoted fields.
Csv readCsv(const QString& path)
{
    Csv csv;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return csv;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.isEmpty())
            continue;
        const QStringList fields = QString::fromUtf8(line).split(u',');
        if (csv.header.isEmpty())
            csv.header = fields;
        else
            csv.rows << fields;
    }
    return csv;
}

const StoredSeries* findSeries(const std::vector<StoredSeries>& history, const QString& split, const QString& metric, int fold = -1)
{
    for (const StoredSeries& series : history) {
        if (series.split == split && series.metric == metric && series.fold == fold)
            return &series;
    }
    return nullptr;
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Workspace> m_workspace;
    QList<test::SyntheticRow> m_rows;        // the dataset "synth"
    QList<test::SyntheticRow> m_missingRows; // "synth_missing": some colors missing

    RunConfig binaryConfig(const QString& dataset = u"synth"_s) const
    {
        RunConfig config;
        config.dataset = dataset;
        config.target = u"label"_s;
        config.excludedFeatures = {u"grade"_s, u"amount"_s};
        config.rounds = 20;
        config.threads = 2;
        return config;
    }

    // Queues and trains; the run record afterwards.
    std::optional<RunRecord> train(const RunConfig& config, RunSummary* summaryOut = nullptr, QList<int>* rounds = nullptr)
    {
        auto id = queueRun(*m_workspace, config);
        if (!id) {
            qWarning("queueRun: %s", qPrintable(id.error().message));
            return std::nullopt;
        }
        JobControl control;
        auto summary = executeRun(*m_workspace, *id, control, [&](const RoundUpdate& update) {
            if (rounds)
                *rounds << update.round;
        });
        if (!summary) {
            qWarning("executeRun: %s", qPrintable(summary.error().message));
            return std::nullopt;
        }
        if (summaryOut)
            *summaryOut = *summary;
        return record(*id);
    }

    std::optional<RunRecord> record(qint64 id)
    {
        auto found = RunStore(m_workspace->database()).byId(id);
        return found && found->has_value() ? std::optional<RunRecord>(**found) : std::nullopt;
    }

    std::vector<StoredSeries> history(qint64 id)
    {
        auto found = RunStore(m_workspace->database()).history(id);
        return found ? *found : std::vector<StoredSeries>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto workspace = Workspace::openOrCreate(m_dir.filePath(u"ws"_s));
        VERIFY_OK(workspace);
        m_workspace.emplace(std::move(workspace.value()));
        m_rows = test::syntheticRows(kRows, 1);
        m_missingRows = test::syntheticRows(kRows, 2, true);
        const QString synth = test::writeFile(m_dir.filePath(u"synth.csv"_s), test::syntheticCsv(m_rows));
        VERIFY_OK(test::importFile(*m_workspace, synth, u"synth"_s));
        const QString missing = test::writeFile(m_dir.filePath(u"synth_missing.csv"_s), test::syntheticCsv(m_missingRows));
        VERIFY_OK(test::importFile(*m_workspace, missing, u"synth_missing"_s));
    }

    void holdoutRunRecordsEverything()
    {
        RunSummary summary;
        QList<int> rounds;
        const auto run = train(binaryConfig(), &summary, &rounds);
        QVERIFY(run);
        QCOMPARE(run->status, RunStatus::Finished);
        QCOMPARE(summary.status, RunStatus::Finished);
        QCOMPARE(run->roundsDone, 20);
        QCOMPARE(run->roundsTotal, 20);
        QCOMPARE(rounds.size(), 20);
        QCOMPARE(rounds.front(), 0);
        QCOMPARE(rounds.back(), 19);

        // The defaults for a binary target were chosen and recorded.
        const QStringList metrics = {u"logloss"_s, u"error"_s, u"auc"_s};
        QCOMPARE(taskKey(run->setup.config.task), u"binary"_s);
        QCOMPARE(run->setup.config.metrics, metrics);

        // A value per round for each metric on both splits, and the final metrics are the last.
        const auto series = history(run->id);
        QCOMPARE(series.size(), std::size_t(6));
        for (const QString& split : {u"train"_s, u"valid"_s}) {
            for (const QString& metric : metrics) {
                const StoredSeries* s = findSeries(series, split, metric);
                QVERIFY2(s, qPrintable(split + u'-' + metric));
                QCOMPARE(s->values.size(), std::size_t(20));
                QVERIFY(std::all_of(s->values.begin(), s->values.end(), [](double v) { return std::isfinite(v); }));
                QCOMPARE(run->finalMetrics.value(split).toObject().value(metric).toDouble(), s->values.back());
            }
        }
        // It learned something.
        const StoredSeries* trainLoss = findSeries(series, u"train"_s, u"logloss"_s);
        QVERIFY(trainLoss->values.back() < trainLoss->values.front() * 0.7);
        QVERIFY(run->finalMetrics.value(u"valid"_s).toObject().value(u"auc"_s).toDouble() > 0.8);

        // The model: on disk, its hash recorded, 20 trees.
        const QByteArray model = test::readFile(modelPath(*m_workspace, run->id));
        QVERIFY(!model.isEmpty());
        QCOMPARE(run->modelSha256, QString::fromLatin1(QCryptographicHash::hash(model, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(summary.modelSha256, run->modelSha256);
        auto booster = xgb::Booster::load(model);
        VERIFY_OK(booster);
        QCOMPARE(booster->boostedRounds().value(), 20);
        // Feature importance is reported by column name.
        const QJsonObject gain = run->importance.value(u"gain"_s).toObject();
        QVERIFY(!gain.isEmpty());
        for (const QString& feature : gain.keys())
            QVERIFY2((QStringList{u"x1"_s, u"x2"_s, u"x3"_s, u"color"_s}).contains(feature), qPrintable(feature));
        QVERIFY(gain.value(u"x1"_s).toDouble() > 0);

        // Held-out predictions: one row per held-out row, stratified, with the true label of
        // that row of the file, and consistent with the reported error and log loss.
        const Csv predictions = readCsv(predictionsPath(*m_workspace, run->id));
        QCOMPARE(predictions.header, (QStringList{u"row"_s, u"label"_s, u"probability_1"_s, u"predicted"_s}));
        const qint64 validRows = run->setup.data.validRows;
        QCOMPARE(predictions.rows.size(), validRows);
        const int positives = int(std::count_if(m_rows.begin(), m_rows.end(), [](const auto& r) { return r.label == 1; }));
        const int expectedValid = int(std::lround(0.2 * positives) + std::lround(0.2 * (kRows - positives)));
        QCOMPARE(validRows, expectedValid);
        QSet<int> seen;
        int heldPositives = 0, wrong = 0;
        double logLoss = 0;
        for (qsizetype i = 0; i < predictions.rows.size(); ++i) {
            const int row = predictions.rows[i][0].toInt();
            QVERIFY(row >= 1 && row <= kRows);
            QVERIFY2(!seen.contains(row), "a row is predicted twice");
            seen.insert(row);
            const int label = predictions.rows[i][1].toInt();
            QCOMPARE(label, m_rows[row - 1].label);
            heldPositives += label;
            const double p = predictions.number(i, u"probability_1"_s);
            QVERIFY(p >= 0 && p <= 1);
            QCOMPARE(predictions.rows[i][3].toInt(), p >= 0.5 ? 1 : 0);
            wrong += (p > 0.5 ? 1 : 0) != label;
            logLoss -= label ? std::log(p) : std::log(1 - p);
        }
        QCOMPARE(heldPositives, int(std::lround(0.2 * positives)));
        const QJsonObject valid = run->finalMetrics.value(u"valid"_s).toObject();
        QVERIFY(std::abs(valid.value(u"error"_s).toDouble() - double(wrong) / double(validRows)) < 1e-6);
        QVERIFY(std::abs(valid.value(u"logloss"_s).toDouble() - logLoss / double(validRows)) < 1e-5);
    }

    void earlyStoppingKeepsTheBestRound()
    {
        RunConfig config = binaryConfig();
        config.rounds = 400;
        config.earlyStoppingRounds = 5;
        config.params.eta = 0.6;
        config.params.maxDepth = 8;
        config.metrics = {u"auc"_s, u"logloss"_s}; // the last decides
        const auto run = train(config);
        QVERIFY(run);
        QCOMPARE(run->status, RunStatus::Finished);
        QVERIFY2(run->roundsDone < 400, "the validation loss never got worse");
        QVERIFY(run->bestIteration);
        const int best = *run->bestIteration;

        const auto series = history(run->id);
        const StoredSeries* loss = findSeries(series, u"valid"_s, u"logloss"_s);
        QVERIFY(loss);
        QCOMPARE(int(loss->values.size()), run->roundsDone);
        const auto minimum = std::min_element(loss->values.begin(), loss->values.end());
        QCOMPARE(int(minimum - loss->values.begin()), best);
        // Stopped exactly five rounds without improvement after the best one.
        QCOMPARE(run->roundsDone, best + 1 + 5);
        QCOMPARE(run->bestMetrics.value(u"valid"_s).toObject().value(u"logloss"_s).toDouble(), *minimum);
        QCOMPARE(run->finalMetrics.value(u"valid"_s).toObject().value(u"logloss"_s).toDouble(), loss->values.back());
        QVERIFY(loss->values.back() > *minimum);
    }

    void crossValidationReportsFoldsAndSpread()
    {
        RunConfig config = binaryConfig();
        config.validation.kind = ValidationKind::KFold;
        config.validation.folds = 3;
        config.rounds = 10;
        const auto run = train(config);
        QVERIFY(run);
        QCOMPARE(run->status, RunStatus::Finished);
        QCOMPARE(run->roundsTotal, 10 * 4);

        const auto series = history(run->id);
        const QStringList metrics = {u"logloss"_s, u"error"_s, u"auc"_s};
        for (const QString& metric : metrics) {
            std::vector<double> finals;
            for (int fold = 0; fold < 3; ++fold) {
                for (const QString& split : {u"train"_s, u"valid"_s}) {
                    const StoredSeries* s = findSeries(series, split, metric, fold);
                    QVERIFY2(s, qPrintable(u"fold %1 %2-%3"_s.arg(fold).arg(split, metric)));
                    QCOMPARE(s->values.size(), std::size_t(10));
                    if (split == u"valid"_s)
                        finals.push_back(s->values.back());
                }
            }
            // The final model is trained on every row, without a validation split.
            const StoredSeries* refit = findSeries(series, u"train"_s, metric, -1);
            QVERIFY(refit);
            QCOMPARE(refit->values.size(), std::size_t(10));
            QVERIFY(!findSeries(series, u"valid"_s, metric, -1));

            const double mean = (finals[0] + finals[1] + finals[2]) / 3;
            double squares = 0;
            for (double v : finals)
                squares += (v - mean) * (v - mean);
            const double spread = std::sqrt(squares / 2);
            QVERIFY(std::abs(run->finalMetrics.value(u"valid"_s).toObject().value(metric).toDouble() - mean) < 1e-12);
            QVERIFY(std::abs(run->finalMetrics.value(u"valid_std"_s).toObject().value(metric).toDouble() - spread) < 1e-12);
        }

        // Out-of-fold predictions for every row, each in exactly one fold of about a third.
        const Csv predictions = readCsv(predictionsPath(*m_workspace, run->id));
        QCOMPARE(predictions.header, (QStringList{u"row"_s, u"fold"_s, u"label"_s, u"probability_1"_s, u"predicted"_s}));
        QCOMPARE(predictions.rows.size(), kRows);
        int perFold[3] = {0, 0, 0};
        for (qsizetype i = 0; i < predictions.rows.size(); ++i) {
            QCOMPARE(predictions.rows[i][0].toInt(), int(i) + 1);
            const int fold = predictions.rows[i][1].toInt();
            QVERIFY(fold >= 1 && fold <= 3);
            ++perFold[fold - 1];
            QCOMPARE(predictions.rows[i][2].toInt(), m_rows[i].label);
        }
        for (int count : perFold)
            QVERIFY2(std::abs(count - kRows / 3) <= 2, qPrintable(QString::number(count)));

        auto booster = xgb::Booster::load(test::readFile(modelPath(*m_workspace, run->id)));
        VERIFY_OK(booster);
        QCOMPARE(booster->boostedRounds().value(), 10);
    }

    void validationDatasetMatchesCategoriesByName()
    {
        // The training rows again, in reverse order: the colors are met in another order, so
        // the second file's category codes differ from the first's. Matched by name, every
        // row gets the same prediction as in training, and the validation metrics equal the
        // training metrics round by round.
        QList<test::SyntheticRow> reversed(m_missingRows.rbegin(), m_missingRows.rend());
        const QString path = test::writeFile(m_dir.filePath(u"reversed.csv"_s), test::syntheticCsv(reversed));
        VERIFY_OK(test::importFile(*m_workspace, path, u"reversed"_s));
        RunConfig config = binaryConfig(u"synth_missing"_s);
        config.validation.kind = ValidationKind::Dataset;
        config.validation.dataset = u"reversed"_s;
        const auto run = train(config);
        QVERIFY(run);
        QCOMPARE(run->status, RunStatus::Finished);
        QCOMPARE(run->validDatasetId.has_value(), true);
        const auto series = history(run->id);
        for (const QString& metric : {u"logloss"_s, u"error"_s, u"auc"_s}) {
            const StoredSeries* train = findSeries(series, u"train"_s, metric);
            const StoredSeries* valid = findSeries(series, u"valid"_s, metric);
            QVERIFY(train && valid);
            QCOMPARE(valid->values.size(), train->values.size());
            for (std::size_t round = 0; round < train->values.size(); ++round)
                QVERIFY2(std::abs(valid->values[round] - train->values[round]) <= 1e-6 * std::max(1.0, train->values[round]),
                         qPrintable(u"%1 round %2: train %3, valid %4"_s.arg(metric).arg(round + 1).arg(train->values[round]).arg(valid->values[round])));
        }
        // The held-out predictions are those of the second file's rows, all of them.
        const Csv predictions = readCsv(predictionsPath(*m_workspace, run->id));
        QCOMPARE(predictions.rows.size(), kRows);
        for (qsizetype i = 0; i < predictions.rows.size(); ++i)
            QCOMPARE(predictions.rows[i][1].toInt(), reversed[i].label);
    }

    void cancellingStopsWithinARound()
    {
        RunConfig config = binaryConfig();
        config.rounds = 2000;
        auto id = queueRun(*m_workspace, config);
        VERIFY_OK(id);
        JobControl control;
        int lastRound = -1;
        auto summary = executeRun(*m_workspace, *id, control, [&](const RoundUpdate& update) {
            lastRound = update.round;
            if (update.round == 2) // after the third round
                control.requestInterruption();
        });
        VERIFY_OK(summary);
        QCOMPARE(summary->status, RunStatus::Cancelled);
        QVERIFY2(lastRound <= 3, qPrintable(QString::number(lastRound)));

        const auto run = record(*id);
        QVERIFY(run);
        QCOMPARE(run->status, RunStatus::Cancelled);
        QVERIFY2(run->message.contains(u"Cancelled"_s), qPrintable(run->message));
        QVERIFY(run->finishedAt.isValid());
        // The rounds that were trained are recorded, with their history.
        QVERIFY2(run->roundsDone >= 3 && run->roundsDone <= 4, qPrintable(QString::number(run->roundsDone)));
        const auto series = history(*id);
        const StoredSeries* loss = findSeries(series, u"valid"_s, u"logloss"_s);
        QVERIFY2(loss, "the history of the cancelled run was not kept");
        QCOMPARE(int(loss->values.size()), run->roundsDone);
        QVERIFY(!QFile::exists(modelPath(*m_workspace, *id)));
        // A cancelled run cannot be reproduced or predicted with.
        JobControl other;
        QVERIFY(!reproduceRun(*m_workspace, *id, other));
        QVERIFY(!predictWithRun(*m_workspace, *id, m_dir.filePath(u"synth.csv"_s), m_dir.filePath(u"never.csv"_s), other));
        QVERIFY(!QFile::exists(m_dir.filePath(u"never.csv"_s)));
    }

    void tagsNotesAndTheTrash()
    {
        RunConfig config = binaryConfig();
        config.rounds = 3;
        auto id = queueRun(*m_workspace, config);
        VERIFY_OK(id);
        RunStore store(m_workspace->database());
        // A run that may still train cannot go to the trash.
        auto refused = store.moveToTrash(*id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        JobControl control;
        VERIFY_OK(executeRun(*m_workspace, *id, control));

        // Moving several runs is all or nothing: with one of them still queued, none moves.
        {
            auto waiting = queueRun(*m_workspace, config);
            VERIFY_OK(waiting);
            auto both = setRunsInTrash(*m_workspace, {*id, *waiting}, true);
            QVERIFY(!both);
            QCOMPARE(both.error().kind, ErrorKind::Conflict);
            QVERIFY2(both.error().message.contains(u"Nothing was moved"_s), qPrintable(both.error().message));
            QVERIFY(!record(*id)->deletedAt.isValid());
            VERIFY_OK(executeRun(*m_workspace, *waiting, control));
            auto moved = setRunsInTrash(*m_workspace, {*waiting, *waiting}, true);
            VERIFY_OK(moved);
            QCOMPARE(moved->moved, QList<qint64>{*waiting}); // named twice, moved once
            VERIFY_OK(setRunsInTrash(*m_workspace, {*waiting}, false));
            QVERIFY(!setRunsInTrash(*m_workspace, {987654}, true));
        }

        // Tags are trimmed, kept once whatever their case, and listed in order.
        VERIFY_OK(store.setTags(*id, {u"fast"_s, u" baseline "_s, u"Baseline"_s}));
        QCOMPARE(record(*id)->tags, (QStringList{u"baseline"_s, u"fast"_s}));
        auto badTag = store.setTags(*id, {u"ok"_s, u"two words"_s});
        QVERIFY(!badTag);
        QVERIFY(badTag.error().message.contains(u"two words"_s));
        QCOMPARE(record(*id)->tags, (QStringList{u"baseline"_s, u"fast"_s})); // unchanged
        VERIFY_OK(store.setNote(*id, u"first try, \"quoted\""_s));
        QCOMPARE(record(*id)->note, u"first try, \"quoted\""_s);
        QVERIFY(!store.setNote(987654, u"x"_s));

        auto contains = [&](RunStore::Trash trash) {
            auto runs = store.list({}, trash);
            return runs && std::any_of(runs->begin(), runs->end(), [&](const RunRecord& r) { return r.id == *id; });
        };
        // The trash hides the run from the list until it is restored; nothing is lost.
        VERIFY_OK(store.moveToTrash(*id));
        QVERIFY(!contains(RunStore::Trash::Exclude));
        QVERIFY(contains(RunStore::Trash::Only));
        QVERIFY(record(*id)->deletedAt.isValid());
        QVERIFY(QFile::exists(modelPath(*m_workspace, *id)));
        VERIFY_OK(store.restoreFromTrash(*id));
        QVERIFY(contains(RunStore::Trash::Exclude));
        QVERIFY(!record(*id)->deletedAt.isValid());
        QCOMPARE(record(*id)->tags, (QStringList{u"baseline"_s, u"fast"_s}));

        // Emptying the trash deletes for good: the record, its history and its folder. A run
        // reproduced from it stays, without the link.
        auto reproduction = reproduceRun(*m_workspace, *id, control);
        VERIFY_OK(reproduction);
        const qint64 copy = reproduction->rerun.runId;
        VERIFY_OK(store.moveToTrash(*id));
        auto emptied = emptyRunTrash(*m_workspace);
        VERIFY_OK(emptied);
        QCOMPARE(*emptied, 1);
        QVERIFY(!record(*id));
        QVERIFY(!QDir(m_workspace->runDirectory(*id)).exists());
        QVERIFY(store.history(*id)->empty());
        QVERIFY(!contains(RunStore::Trash::Include));
        QVERIFY(record(copy));
        QVERIFY(!record(copy)->reproducedFrom);
        QVERIFY(QFile::exists(modelPath(*m_workspace, copy)));
        QCOMPARE(*emptyRunTrash(*m_workspace), 0);
    }

    void reproductionIsBitIdentical()
    {
        RunConfig config = binaryConfig(u"synth_missing"_s);
        config.rounds = 15;
        config.params.subsample = 0.8;
        config.params.colsampleByTree = 0.7;
        config.seed = 3;
        const auto original = train(config);
        QVERIFY(original);
        QCOMPARE(original->status, RunStatus::Finished);

        JobControl control;
        auto reproduction = reproduceRun(*m_workspace, original->id, control);
        VERIFY_OK(reproduction);
        QVERIFY(reproduction->identical);
        QCOMPARE(reproduction->originalRunId, original->id);
        QVERIFY(reproduction->rerun.runId != original->id);
        QCOMPARE(reproduction->originalSha256, original->modelSha256);
        const auto rerun = record(reproduction->rerun.runId);
        QVERIFY(rerun);
        QCOMPARE(rerun->status, RunStatus::Finished);
        QCOMPARE(rerun->reproducedFrom, std::optional<qint64>(original->id));
        const QByteArray first = test::readFile(modelPath(*m_workspace, original->id));
        QVERIFY(!first.isEmpty());
        QCOMPARE(test::readFile(modelPath(*m_workspace, rerun->id)), first);
        QCOMPARE(test::readFile(predictionsPath(*m_workspace, rerun->id)), test::readFile(predictionsPath(*m_workspace, original->id)));

        // The comparison means something: another seed samples other rows and gives another model.
        config.seed = 4;
        const auto other = train(config);
        QVERIFY(other);
        QVERIFY(other->modelSha256 != original->modelSha256);
    }

    void executeRunTrainsTheRecordedConfiguration()
    {
        // The plan queueCheckedRun() hands back spares checking the data again, but one that does
        // not hold the recorded configuration is not used.
        auto queued = queueCheckedRun(*m_workspace, binaryConfig());
        VERIFY_OK(queued);
        TrainingPlan stale = queued->plan;
        stale.config.rounds = 3;
        JobControl control;
        auto summary = executeRun(*m_workspace, queued->runId, control, {}, stale);
        VERIFY_OK(summary);
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsDone, 20);
        // The matching plan trains the same model as a run whose data are checked again.
        auto again = queueCheckedRun(*m_workspace, binaryConfig());
        VERIFY_OK(again);
        auto reused = executeRun(*m_workspace, again->runId, control, {}, std::move(again->plan));
        VERIFY_OK(reused);
        QCOMPARE(reused->roundsDone, 20);
        QCOMPARE(reused->modelSha256, summary->modelSha256);
        QCOMPARE(test::readFile(predictionsPath(*m_workspace, again->runId)),
                 test::readFile(predictionsPath(*m_workspace, queued->runId)));
    }

    // Matrices lent from one training to the next (a sweep's trials) give the very models that
    // matrices built for each training give, holdout and k-fold; a cache builds each matrix once.
    void sharedMatricesTrainTheSameModels()
    {
        for (const ValidationKind kind : {ValidationKind::Holdout, ValidationKind::KFold}) {
            RunConfig config = binaryConfig();
            config.rounds = 8;
            config.validation.kind = kind;
            config.validation.folds = 3;
            MatrixCache cache;
            JobControl control;
            std::size_t built = 0;
            for (int depth : {2, 4}) {
                config.params.maxDepth = depth;
                auto plain = queueCheckedRun(*m_workspace, config);
                VERIFY_OK(plain);
                auto alone = executeRun(*m_workspace, plain->runId, control, {}, std::move(plain->plan));
                VERIFY_OK(alone);
                auto shared = queueCheckedRun(*m_workspace, config);
                VERIFY_OK(shared);
                auto lent = executeRun(*m_workspace, shared->runId, control, {}, std::move(shared->plan), &cache);
                VERIFY_OK(lent);
                QCOMPARE(lent->status, RunStatus::Finished);
                QCOMPARE(lent->modelSha256, alone->modelSha256);
                QCOMPARE(test::readFile(predictionsPath(*m_workspace, shared->runId)),
                         test::readFile(predictionsPath(*m_workspace, plain->runId)));
                if (built == 0)
                    built = cache.size();
                QCOMPARE(cache.size(), built); // the second configuration built nothing new
            }
            QCOMPARE(built, kind == ValidationKind::Holdout ? size_t(2) : size_t(7)); // 3 folds × 2 + the refit
        }
    }

    void categoricalFeaturesAndPrediction()
    {
        RunConfig config = binaryConfig(u"synth_missing"_s);
        config.rounds = 25;
        const auto run = train(config);
        QVERIFY(run);
        QCOMPARE(run->status, RunStatus::Finished);

        // The encoding is recorded with the run: color is categorical, with the four colors.
        const QJsonArray features = run->setup.schema.toJson().value(u"features"_s).toArray();
        QStringList names, categories;
        QString colorType;
        for (const QJsonValue& value : features) {
            const QJsonObject feature = value.toObject();
            names << feature.value(u"name"_s).toString();
            if (names.back() == u"color"_s) {
                colorType = feature.value(u"type"_s).toString();
                for (const QJsonValue& category : feature.value(u"categories"_s).toArray())
                    categories << category.toString();
            }
        }
        QCOMPARE(names, (QStringList{u"x1"_s, u"x2"_s, u"x3"_s, u"color"_s}));
        QCOMPARE(colorType, u"categorical"_s);
        categories.sort();
        QCOMPARE(categories, (QStringList{u"amber"_s, u"blue"_s, u"green"_s, u"red"_s}));
        // The model uses it (the label depends on the color).
        QVERIFY(run->importance.value(u"gain"_s).toObject().value(u"color"_s).toDouble() > 0);

        // New data with the same categories, in another order of rows (so the colors appear in
        // another order) and of columns, without the target: the same predictions as the
        // held-out ones of the run.
        const Csv heldOut = readCsv(predictionsPath(*m_workspace, run->id));
        QList<test::SyntheticRow> rows;
        for (qsizetype i = heldOut.rows.size() - 1; i >= 0; --i)
            rows << m_missingRows[heldOut.rows[i][0].toInt() - 1];
        const QString input = test::writeFile(m_dir.filePath(u"new.csv"_s),
                                              test::syntheticCsv(rows, {u"color"_s, u"x3"_s, u"amount"_s, u"x2"_s, u"x1"_s}));
        const QString output = m_dir.filePath(u"new-predictions.csv"_s);
        JobControl control;
        auto predicted = predictWithRun(*m_workspace, run->id, input, output, control);
        VERIFY_OK(predicted);
        QCOMPARE(predicted->rows, heldOut.rows.size());
        QCOMPARE(predicted->unseenCategories, qint64(0));
        QCOMPARE(predicted->unusedColumns, QStringList{u"amount"_s});
        const Csv scored = readCsv(output);
        QCOMPARE(scored.header, (QStringList{u"probability_1"_s, u"predicted"_s}));
        QCOMPARE(scored.rows.size(), heldOut.rows.size());
        for (qsizetype i = 0; i < scored.rows.size(); ++i) {
            const qsizetype original = heldOut.rows.size() - 1 - i;
            QVERIFY2(std::abs(scored.number(i, u"probability_1"_s) - heldOut.number(original, u"probability_1"_s)) < 1e-7,
                     qPrintable(u"row %1: %2 vs %3"_s.arg(i).arg(scored.rows[i][0], heldOut.rows[original][2])));
        }

        // An unseen category is scored as missing: the same prediction as an empty cell.
        const QString unseen = test::writeFile(m_dir.filePath(u"unseen.csv"_s),
                                               "x1,x2,x3,color\n"
                                               "0.3,4.5,0.1,red\n0.3,4.5,0.1,green\n0.3,4.5,0.1,blue\n0.3,4.5,0.1,amber\n"
                                               "0.3,4.5,0.1,purple\n0.3,4.5,0.1,\n");
        const QString unseenOutput = m_dir.filePath(u"unseen-predictions.csv"_s);
        auto scoredUnseen = predictWithRun(*m_workspace, run->id, unseen, unseenOutput, control);
        VERIFY_OK(scoredUnseen);
        QCOMPARE(scoredUnseen->unseenCategories, qint64(1));
        const Csv unseenRows = readCsv(unseenOutput);
        QCOMPARE(unseenRows.rows.size(), 6);
        QCOMPARE(unseenRows.rows[4][0], unseenRows.rows[5][0]);
        QSet<QString> byColor;
        for (int i = 0; i < 4; ++i)
            byColor.insert(unseenRows.rows[i][0]);
        QVERIFY2(byColor.size() > 1, "the color makes no difference to the predictions");
    }

    void predictionFollowsTheBestRound()
    {
        // With early stopping the run reports the best round and its held-out predictions come
        // from it; predicting with the run must give the same values for the same rows.
        RunConfig config = binaryConfig();
        config.rounds = 400;
        config.earlyStoppingRounds = 5;
        config.params.eta = 0.6;
        config.params.maxDepth = 8;
        const auto run = train(config);
        QVERIFY(run);
        QVERIFY(run->bestIteration);
        QVERIFY(run->roundsDone > *run->bestIteration + 1);
        const Csv heldOut = readCsv(predictionsPath(*m_workspace, run->id));
        QList<test::SyntheticRow> rows;
        for (const QStringList& row : heldOut.rows)
            rows << m_rows[row[0].toInt() - 1];
        const QString input = test::writeFile(m_dir.filePath(u"held-out.csv"_s), test::syntheticCsv(rows));
        const QString output = m_dir.filePath(u"held-out-predictions.csv"_s);
        JobControl control;
        VERIFY_OK(predictWithRun(*m_workspace, run->id, input, output, control));
        const Csv scored = readCsv(output);
        QCOMPARE(scored.rows.size(), heldOut.rows.size());
        double largest = 0;
        for (qsizetype i = 0; i < scored.rows.size(); ++i)
            largest = std::max(largest, std::abs(scored.number(i, u"probability_1"_s) - heldOut.number(i, u"probability_1"_s)));
        QVERIFY2(largest < 1e-7, qPrintable(u"predictions differ by up to %1"_s.arg(largest)));
    }

    void predictionNeedsEveryFeatureColumn()
    {
        const auto runs = RunStore(m_workspace->database()).list();
        QVERIFY(runs);
        const auto finished = std::find_if(runs->begin(), runs->end(), [](const RunRecord& r) {
            return r.status == RunStatus::Finished && r.setup.config.validation.kind == ValidationKind::Holdout;
        });
        QVERIFY(finished != runs->end());
        const QString input = test::writeFile(m_dir.filePath(u"lacking.csv"_s), "x1,x3,color\n0.5,0.1,red\n");
        const QString output = m_dir.filePath(u"lacking-predictions.csv"_s);
        JobControl control;
        auto result = predictWithRun(*m_workspace, finished->id, input, output, control);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::BadInput);
        QVERIFY2(result.error().message.contains(u"x2"_s), qPrintable(result.error().message));
        QVERIFY(!QFile::exists(output));
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
