// Validation before export: the rule language (data-driven), the technical checks on real runs
// (and on runs whose files were tampered with), rules against a Production model, rules on the
// figures of the held-out predictions (checked against figures computed here from the stored
// predictions.csv), and the reports and experiment rules the workspace keeps.
#include "core/services/HeldOutFigures.h"
#include "core/services/RunEvaluation.h"
#include "core/services/RunValidation.h"
#include "core/store/RunStore.h"
#include "core/store/Schema.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"
#include "core/validate/Validation.h"
#include "core/validate/ValidationStore.h"

#include "TrainingData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

const ValidationCheck* findCheck(const ValidationReport& report, const QString& name)
{
    for (const ValidationCheck& check : report.checks) {
        if (check.name == name)
            return &check;
    }
    return nullptr;
}

// One line of a run's predictions.csv: the dataset row (1-based), the true class or value, and the
// score (the positive class's probability, or the predicted value), as float32 was written.
struct StoredPrediction
{
    int row = 0;
    QString truth;
    float score = 0;
};

// A number as a rule takes it, exactly.
QString exact(double value) { return QString::number(value, 'g', 17); }

// AUC by comparing every positive with every negative (ties count half); NaN with a single class.
double pairwiseAuc(const QList<StoredPrediction>& rows)
{
    double wins = 0, pairs = 0;
    for (const StoredPrediction& p : rows) {
        for (const StoredPrediction& n : rows) {
            if (p.truth != u"1"_s || n.truth != u"0"_s)
                continue;
            pairs += 1;
            wins += p.score > n.score ? 1 : p.score == n.score ? 0.5 : 0;
        }
    }
    return pairs > 0 ? wins / pairs : NAN;
}

double rootMeanSquare(const QList<StoredPrediction>& rows)
{
    double sum = 0;
    for (const StoredPrediction& r : rows) {
        const double residual = double(r.score) - double(r.truth.toFloat());
        sum += residual * residual;
    }
    return std::sqrt(sum / double(rows.size()));
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Workspace> m_workspace;
    qint64 m_run = 0;        // a binary holdout run
    qint64 m_weakRun = 0;    // the same with 2 rounds of depth 1
    qint64 m_regression = 0; // another task

    RunConfig binaryConfig(int rounds = 20, int depth = 6) const
    {
        RunConfig config;
        config.dataset = u"synth"_s;
        config.target = u"label"_s;
        config.excludedFeatures = {u"grade"_s, u"amount"_s};
        config.rounds = rounds;
        config.params.maxDepth = depth;
        config.threads = 2;
        return config;
    }

    qint64 train(const RunConfig& config)
    {
        auto id = queueRun(*m_workspace, config);
        if (!id)
            return 0;
        JobControl control;
        return executeRun(*m_workspace, *id, control) ? *id : 0;
    }

    Result<ValidationReport> validate(qint64 run, const QStringList& rules,
                                      const std::optional<ProductionModel>& production = {})
    {
        auto parsed = parseRules(rules);
        if (!parsed)
            return parsed.error();
        JobControl control;
        HeldOutFigures figures(*m_workspace, control);
        return validateRun(*m_workspace, run, *parsed, production, control, figures.measurer());
    }

    QList<StoredPrediction> storedPredictions(qint64 run) const
    {
        QList<StoredPrediction> rows;
        const QList<QByteArray> lines = test::readFile(predictionsPath(*m_workspace, run)).trimmed().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].split(',');
            rows << StoredPrediction{fields[0].toInt(), QString::fromUtf8(fields[1]), fields[2].toFloat()};
        }
        return rows;
    }

    // The held-out rows by the synthetic data's grade (initTestCase's rows).
    std::map<QString, QList<StoredPrediction>> byGrade(const QList<StoredPrediction>& rows) const
    {
        const QList<test::SyntheticRow> data = test::syntheticRows(600, 1);
        std::map<QString, QList<StoredPrediction>> groups;
        for (const StoredPrediction& row : rows)
            groups[data[row.row - 1].grade] << row;
        return groups;
    }

    ProductionModel productionFrom(qint64 run)
    {
        auto record = RunStore(m_workspace->database()).byId(run);
        QFile file(modelPath(*m_workspace, run));
        file.open(QIODevice::ReadOnly);
        ProductionModel model;
        model.label = u"churn version 1"_s;
        model.model = file.readAll();
        model.schema = (*record)->setup.schema;
        return model;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto workspace = Workspace::openOrCreate(m_dir.filePath(u"ws"_s));
        VERIFY_OK(workspace);
        m_workspace.emplace(std::move(workspace.value()));
        const QString synth = test::writeFile(m_dir.filePath(u"synth.csv"_s), test::syntheticCsv(test::syntheticRows(600, 1)));
        VERIFY_OK(test::importFile(*m_workspace, synth, u"synth"_s));
        m_run = train(binaryConfig());
        m_weakRun = train(binaryConfig(2, 1));
        RunConfig regression = binaryConfig();
        regression.target = u"amount"_s;
        regression.excludedFeatures = {u"grade"_s, u"label"_s};
        m_regression = train(regression);
        QVERIFY(m_run > 0 && m_weakRun > 0 && m_regression > 0);
    }

    void rulesParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: a mistake
        QTest::addColumn<QString>("message");   // part of the mistake's message
        QTest::addColumn<QString>("shown");     // a form that works, which the message shows
        const QString plain = u"valid.auc >= 0.9"_s, figure = u"min(slices(region).auc) >= 0.7"_s;
        QTest::newRow("at least") << u"valid.auc >= 0.90"_s << u"valid.auc >= 0.9"_s << QString() << plain;
        QTest::newRow("at most, no spaces") << u"valid.rmse<=12"_s << u"valid.rmse <= 12"_s << QString() << plain;
        QTest::newRow("strict") << u"  valid.error < 0.2 "_s << u"valid.error < 0.2"_s << QString() << plain;
        QTest::newRow("metric with @") << u"valid.error@0.7 > 0"_s << u"valid.error@0.7 > 0"_s << QString() << plain;
        QTest::newRow("production") << u"valid.auc >= production"_s << u"valid.auc >= production"_s << QString() << plain;
        QTest::newRow("production margin") << u"valid.auc >= Production - 0.01"_s << u"valid.auc >= production - 0.01"_s
                                           << QString() << plain;
        QTest::newRow("production plus") << u"valid.rmse <= production+0.5"_s << u"valid.rmse <= production + 0.5"_s
                                         << QString() << plain;
        QTest::newRow("empty") << u"  "_s << QString() << u"empty"_s << plain;
        QTest::newRow("no operator") << u"valid.auc 0.9"_s << QString() << u"no comparison"_s << plain;
        QTest::newRow("no split") << u"auc >= 0.9"_s << QString() << u"does not start with a metric"_s << plain;
        QTest::newRow("nothing after") << u"valid.auc >="_s << QString() << u"ends after \">=\""_s << plain;
        QTest::newRow("not a number") << u"valid.auc >= high"_s << QString() << u"\"high\" is neither a number"_s << plain;
        QTest::newRow("infinite") << u"valid.auc >= inf"_s << QString() << u"finite number"_s << plain;
        QTest::newRow("bad margin") << u"valid.auc >= production - x"_s << QString() << u"margin \"x\""_s << plain;
        QTest::newRow("negative margin") << u"valid.auc >= production - -1"_s << QString() << u"margin"_s << plain;
        QTest::newRow("equals") << u"valid.auc = 0.9"_s << QString() << u"no comparison"_s << plain;
        // Figures of the held-out predictions.
        QTest::newRow("at the threshold") << u"threshold.precision>=0.8"_s << u"threshold.precision >= 0.8"_s << QString()
                                          << figure;
        QTest::newRow("cost") << u"threshold.cost <= 0.2"_s << u"threshold.cost <= 0.2"_s << QString() << figure;
        QTest::newRow("evaluation") << u"eval.average_precision > 0.7"_s << u"eval.average_precision > 0.7"_s
                                    << QString() << figure;
        QTest::newRow("worst slice") << u"min( slices( region ).auc ) >= 0.70"_s << u"min(slices(region).auc) >= 0.7"_s
                                     << QString() << figure;
        QTest::newRow("largest slice") << u"MAX(Slices(region).rmse)<=12"_s << u"max(slices(region).rmse) <= 12"_s
                                       << QString() << figure;
        QTest::newRow("column with spaces") << u"min(slices(home region).recall) > 0.5"_s
                                            << u"min(slices(home region).recall) > 0.5"_s << QString() << figure;
        QTest::newRow("quoted column") << u"min(slices(\"zone (old)\").accuracy) >= 0.6"_s
                                       << u"min(slices(\"zone (old)\").accuracy) >= 0.6"_s << QString() << figure;
        QTest::newRow("quote in a column") << u"max(slices(\"a \"\"b\"\" \").mae) < 3"_s
                                           << u"max(slices(\"a \"\"b\"\" \").mae) < 3"_s << QString() << figure;
        QTest::newRow("unknown threshold figure")
            << u"threshold.precison >= 0.8"_s << QString()
            << u"\"threshold.precison\" is not a figure at the decision threshold; write one of: precision, recall"_s
            << figure;
        QTest::newRow("unknown evaluation figure") << u"eval.roc >= 0.8"_s << QString()
                                                   << u"\"eval.roc\" is not a figure of the evaluation"_s << figure;
        QTest::newRow("unknown slice figure") << u"min(slices(region).f1) >= 0.8"_s << QString()
                                              << u"\"f1\" is not a figure of slices; write one of: auc"_s << figure;
        QTest::newRow("best slice") << u"max(slices(region).auc) >= 0.7"_s << QString()
                                    << u"max(…) would take the best slice"_s << u"Write min(slices(region).auc)."_s;
        QTest::newRow("smallest error") << u"min(slices(region).rmse) <= 12"_s << QString()
                                        << u"the worst slice's rmse is the largest"_s
                                        << u"Write max(slices(region).rmse)."_s;
        QTest::newRow("no column") << u"min(slices( ).auc) >= 0.7"_s << QString() << u"slices() names no column"_s
                                   << figure;
        QTest::newRow("unclosed") << u"min(slices(region.auc) >= 0.7"_s << QString()
                                  << u"does not read as min(slices(COLUMN).FIGURE)"_s << figure;
        QTest::newRow("slice, no comparison") << u"min(slices(region).auc) = 0.7"_s << QString()
                                              << u"no comparison (>=, >, <= or <) after min(slices(region).auc)"_s
                                              << figure;
        QTest::newRow("threshold against production")
            << u"threshold.precision >= production - 0.01"_s << QString()
            << u"threshold.precision is compared with production"_s << figure;
        QTest::newRow("slice against production") << u"min(slices(region).auc) >= Production"_s << QString()
                                                  << u"min(slices(region).auc) is compared with production"_s
                                                  << figure;
        QTest::newRow("figure, not a number") << u"eval.brier <= low"_s << QString() << u"\"low\" is not a number"_s
                                              << figure;
        QTest::newRow("figure, nothing after") << u"eval.brier <="_s << QString() << u"a number must follow"_s << figure;
    }

    void rulesParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, message);
        QFETCH(QString, shown);
        auto rule = ValidationRule::parse(text);
        if (canonical.isEmpty()) {
            QVERIFY(!rule);
            QCOMPARE(rule.error().kind, ErrorKind::BadInput);
            QVERIFY2(rule.error().message.contains(message), qPrintable(rule.error().message));
            QVERIFY2(rule.error().message.contains(shown), qPrintable(rule.error().message));
            if (!text.trimmed().isEmpty()) // the rule, quoted
                QVERIFY2(rule.error().message.contains(u'"' + text.trimmed() + u'"'), qPrintable(rule.error().message));
            return;
        }
        VERIFY_OK(rule);
        QCOMPARE(rule->text(), canonical);
        VERIFY_OK(ValidationRule::parse(rule->text())); // the canonical form parses to itself
        QCOMPARE(ValidationRule::parse(rule->text())->text(), canonical);
        QCOMPARE(rule->needsHeldOutPredictions(), !canonical.startsWith(u"valid."_s));
    }

    void sliceRulesKeepTheirColumn()
    {
        auto rule = ValidationRule::parse(u"max(slices(\"a \"\"b\"\" \").mae) < 3"_s);
        VERIFY_OK(rule);
        QCOMPARE(rule->column, u"a \"b\" "_s);
        QCOMPARE(rule->metric, u"mae"_s);
        QCOMPARE(rule->figure, ValidationRule::Figure::WorstSlice);
        QVERIFY(rule->lowerIsBetter());
        QCOMPARE(ValidationRule::parse(u"min(slices(zone 1).auc) > 0"_s)->column, u"zone 1"_s);
        QCOMPARE(ruleFigures(ValidationRule::Figure::Evaluation, Task::Regression), (QStringList{u"rmse"_s, u"mae"_s, u"r2"_s}));
    }

    void finishedRunPassesTheTechnicalChecks()
    {
        auto report = validate(m_run, {u"valid.auc >= 0.5"_s, u"valid.logloss <= 0.9"_s});
        VERIFY_OK(report);
        QVERIFY2(report->passed(), qPrintable(report->failures().join(u"\n"_s)));
        QCOMPARE(report->checks.size(), 6);
        for (const char* name : {TechnicalCheck::ModelReloads, TechnicalCheck::SchemaMatches,
                                 TechnicalCheck::PredictionsReproduce, TechnicalCheck::PredictionsFinite})
            QVERIFY2(findCheck(*report, QString::fromLatin1(name)), name);
        const ValidationCheck* auc = findCheck(*report, u"valid.auc >= 0.5"_s);
        QVERIFY(auc && auc->passed);
        const auto run = **RunStore(m_workspace->database()).byId(m_run);
        QCOMPARE(auc->value, run.finalMetrics.value(u"valid"_s).toObject().value(u"auc"_s).toDouble());
        QCOMPARE(auc->threshold, 0.5);
        // The report round-trips through JSON.
        auto again = ValidationReport::fromJson(report->toJson());
        VERIFY_OK(again);
        QCOMPARE(again->checks.size(), report->checks.size());
        QCOMPARE(again->passed(), true);
        QCOMPARE(again->checks[4].value, auc->value);
    }

    void thresholdsDecide()
    {
        auto report = validate(m_weakRun, {u"valid.auc >= 0.999"_s, u"valid.error < 0.5"_s, u"valid.rmse <= 1"_s});
        VERIFY_OK(report);
        QVERIFY(!report->passed());
        QVERIFY(!findCheck(*report, u"valid.auc >= 0.999"_s)->passed);
        QVERIFY(findCheck(*report, u"valid.error < 0.5"_s)->passed);
        // A metric the run does not have fails, naming the ones it has.
        const ValidationCheck* rmse = findCheck(*report, u"valid.rmse <= 1"_s);
        QVERIFY(!rmse->passed);
        QVERIFY2(rmse->detail.contains(u"logloss"_s), qPrintable(rmse->detail));
        QCOMPARE(report->failures().size(), 2);
    }

    void rulesAgainstProduction()
    {
        // Production is the strong model: the weak one is worse by more than 0.01 and fails.
        const ProductionModel strong = productionFrom(m_run);
        auto weak = validate(m_weakRun, {u"valid.auc >= production - 0.01"_s}, strong);
        VERIFY_OK(weak);
        const ValidationCheck* check = findCheck(*weak, u"valid.auc >= production - 0.01"_s);
        QVERIFY(!check->passed);
        // Production scored on the same held-out rows gives the strong run's own validation auc.
        const auto strongRun = **RunStore(m_workspace->database()).byId(m_run);
        const double strongAuc = strongRun.finalMetrics.value(u"valid"_s).toObject().value(u"auc"_s).toDouble();
        QVERIFY2(std::abs(check->threshold - (strongAuc - 0.01)) < 1e-9,
                 qPrintable(u"%1 vs %2"_s.arg(check->threshold).arg(strongAuc)));
        QCOMPARE(weak->production, u"churn version 1"_s);
        // The strong model against the weak one as Production passes.
        auto strongReport = validate(m_run, {u"valid.auc >= production - 0.01"_s}, productionFrom(m_weakRun));
        VERIFY_OK(strongReport);
        QVERIFY(strongReport->passed());
        // Without a Production version the rule holds and says why.
        auto first = validate(m_weakRun, {u"valid.auc >= production"_s});
        VERIFY_OK(first);
        QVERIFY(findCheck(*first, u"valid.auc >= production"_s)->passed);
        // A Production model of another task cannot score these rows: the rule fails, saying so.
        auto other = validate(m_run, {u"valid.auc >= production"_s}, productionFrom(m_regression));
        VERIFY_OK(other);
        QVERIFY(!other->passed());
        QVERIFY2(findCheck(*other, u"valid.auc >= production"_s)->detail.contains(u"regression"_s),
                 qPrintable(findCheck(*other, u"valid.auc >= production"_s)->detail));
    }

    // Rules at the saved threshold, against figures counted here from the stored predictions.csv.
    void rulesAtTheSavedThreshold()
    {
        const qint64 id = train(binaryConfig(10));
        QVERIFY(id > 0);
        RunDecision decision;
        decision.threshold = 0.42;
        decision.costFalseNegative = 5;
        VERIFY_OK(saveRunDecision(*m_workspace, **RunStore(m_workspace->database()).byId(id), decision));
        std::int64_t tp = 0, fp = 0, tn = 0, fn = 0;
        const QList<StoredPrediction> rows = storedPredictions(id);
        for (const StoredPrediction& row : rows) {
            const bool positive = row.truth == u"1"_s, predicted = row.score >= 0.42f;
            (positive ? (predicted ? tp : fn) : (predicted ? fp : tn)) += 1;
        }
        QVERIFY(tp > 0 && fp > 0 && fn > 0); // a threshold that makes mistakes both ways
        const double n = double(rows.size());
        const std::pair<QString, double> expected[] = {
            {u"precision"_s, double(tp) / double(tp + fp)},
            {u"recall"_s, double(tp) / double(tp + fn)},
            {u"specificity"_s, double(tn) / double(tn + fp)},
            {u"accuracy"_s, double(tp + tn) / n},
            {u"f1"_s, 2.0 * double(tp) / double(2 * tp + fp + fn)},
            {u"cost"_s, (1.0 * double(fp) + 5.0 * double(fn)) / n},
        };
        for (const auto& [figure, value] : expected) {
            const QString rule = u"threshold.%1"_s.arg(figure);
            const bool lower = figure == u"cost"_s;
            const QString holds = u"%1 %2 %3"_s.arg(rule, lower ? u"<="_s : u">="_s, exact(value + (lower ? 1e-9 : -1e-9)));
            const QString fails = u"%1 %2 %3"_s.arg(rule, lower ? u"<="_s : u">="_s, exact(value + (lower ? -1e-9 : 1e-9)));
            auto report = validate(id, {holds, fails});
            VERIFY_OK(report);
            const ValidationCheck* pass = findCheck(*report, ValidationRule::parse(holds)->text());
            const ValidationCheck* fail = findCheck(*report, ValidationRule::parse(fails)->text());
            QVERIFY2(pass && pass->passed, qPrintable(holds + u": "_s + (pass ? pass->detail : QString())));
            QVERIFY2(fail && !fail->passed, qPrintable(fails));
            QVERIFY2(std::abs(pass->value - value) < 1e-12, qPrintable(u"%1: %2 vs %3"_s.arg(figure).arg(pass->value).arg(value)));
            QCOMPARE(pass->threshold, ValidationRule::parse(holds)->value);
            QVERIFY2(pass->detail.startsWith(lower ? u"expected cost "_s : figure + u' '), qPrintable(pass->detail));
            QVERIFY2(pass->detail.contains(u"at the saved threshold 0.42"_s), qPrintable(pass->detail));
            QVERIFY2(pass->detail.contains(u"on %1 held-out row"_s.arg(rows.size())), qPrintable(pass->detail));
            QVERIFY2(fail->detail.contains(u"which does not meet"_s), qPrintable(fail->detail));
        }
        // A run without a saved threshold is measured at 0.5, and says so.
        auto plain = validate(m_run, {u"threshold.recall >= 0"_s});
        VERIFY_OK(plain);
        QVERIFY2(plain->checks.last().passed && plain->checks.last().detail.contains(u"default threshold 0.5"_s),
                 qPrintable(plain->checks.last().detail));
    }

    void rulesOnTheEvaluationAndTheWorstSlice()
    {
        const QList<StoredPrediction> rows = storedPredictions(m_run);
        double brier = 0;
        for (const StoredPrediction& row : rows) {
            const double error = double(row.score) - (row.truth == u"1"_s ? 1.0 : 0.0);
            brier += error * error;
        }
        brier /= double(rows.size());
        // The worst grade by AUC, each counted pair by pair.
        QString worstGrade;
        double worstAuc = 2;
        for (const auto& [grade, members] : byGrade(rows)) {
            const double auc = pairwiseAuc(members);
            if (std::isfinite(auc) && auc < worstAuc) {
                worstAuc = auc;
                worstGrade = grade;
            }
        }
        QVERIFY(!worstGrade.isEmpty());
        const QStringList rules{u"eval.brier <= %1"_s.arg(exact(brier + 1e-9)), u"eval.brier <= %1"_s.arg(exact(brier - 1e-9)),
                                u"min(slices(grade).auc) >= %1"_s.arg(exact(worstAuc - 1e-9)),
                                u"min(slices(grade).auc) >= %1"_s.arg(exact(worstAuc + 1e-9))};
        auto report = validate(m_run, rules);
        VERIFY_OK(report);
        QCOMPARE(report->checks.size(), 8);
        const ValidationCheck &brierHolds = report->checks[4], &brierFails = report->checks[5];
        const ValidationCheck &sliceHolds = report->checks[6], &sliceFails = report->checks[7];
        QVERIFY2(brierHolds.passed && !brierFails.passed, qPrintable(brierHolds.detail));
        QVERIFY(std::abs(brierHolds.value - brier) < 1e-12);
        QVERIFY2(brierHolds.detail.startsWith(u"brier "_s), qPrintable(brierHolds.detail));
        QVERIFY2(sliceHolds.passed && !sliceFails.passed, qPrintable(sliceHolds.detail + u" / "_s + sliceFails.detail));
        QVERIFY2(std::abs(sliceHolds.value - worstAuc) < 1e-12, qPrintable(u"%1 vs %2"_s.arg(sliceHolds.value).arg(worstAuc)));
        QVERIFY2(sliceHolds.detail.contains(u"worst slice of grade: \"%1\" (auc"_s.arg(worstGrade)), qPrintable(sliceHolds.detail));
        // Sliced by the target, each slice has one class and no AUC: the rule fails, saying so.
        report = validate(m_run, {u"min(slices(label).auc) >= 0.5"_s, u"min(slices(nowhere).auc) >= 0.5"_s});
        VERIFY_OK(report);
        QVERIFY2(!report->checks[4].passed && report->checks[4].detail.contains(u"auc is undefined on each of the 2 slice"_s),
                 qPrintable(report->checks[4].detail));
        QVERIFY2(!report->checks[5].passed && report->checks[5].detail.contains(u"no column \"nowhere\""_s),
                 qPrintable(report->checks[5].detail));
    }

    void rulesOnFiguresARunDoesNotHave()
    {
        // Regression: RMSE, and the worst slice is the largest.
        const QList<StoredPrediction> rows = storedPredictions(m_regression);
        const double rmse = rootMeanSquare(rows);
        double worst = 0;
        for (const auto& [grade, members] : byGrade(rows))
            worst = std::max(worst, rootMeanSquare(members));
        auto report = validate(m_regression, {u"eval.rmse <= %1"_s.arg(exact(rmse + 1e-9)), u"eval.rmse < %1"_s.arg(exact(rmse - 1e-9)),
                                              u"max(slices(grade).rmse) <= %1"_s.arg(exact(worst + 1e-9)),
                                              u"max(slices(grade).rmse) <= %1"_s.arg(exact(worst - 1e-9)),
                                              u"threshold.precision >= 0.5"_s, u"eval.auc >= 0.5"_s});
        VERIFY_OK(report);
        QCOMPARE(report->checks.size(), 10);
        QVERIFY(report->checks[4].passed && !report->checks[5].passed);
        QVERIFY(std::abs(report->checks[4].value - rmse) < 1e-9);
        QVERIFY2(report->checks[6].passed && !report->checks[7].passed, qPrintable(report->checks[6].detail));
        QVERIFY(std::abs(report->checks[6].value - worst) < 1e-9);
        const ValidationCheck &threshold = report->checks[8], &auc = report->checks[9];
        QVERIFY(!threshold.passed && std::isnan(threshold.value));
        QVERIFY2(threshold.detail.contains(u"is a regression run: only a binary run decides with a threshold"_s),
                 qPrintable(threshold.detail));
        QVERIFY2(!auc.passed && auc.detail.contains(u"has no eval.auc; its figures of this kind are: rmse, mae, r2"_s),
                 qPrintable(auc.detail));
        // Without a measure for them (validateRun() alone), such rules fail rather than pass unseen.
        JobControl control;
        auto unmeasured = validateRun(*m_workspace, m_run, *parseRules({u"eval.auc >= 0"_s}), std::nullopt, control);
        VERIFY_OK(unmeasured);
        QVERIFY(!unmeasured->passed());
    }

    // The predictions are read only for a rule that needs them; a missing or damaged file fails
    // the rules, naming it.
    void rulesOnMissingOrDamagedPredictions()
    {
        const qint64 id = train(binaryConfig(5));
        QVERIFY(id > 0);
        const QString stored = heldOutPredictionsPath(*m_workspace, id), csv = predictionsPath(*m_workspace, id);
        QVERIFY(QFile::remove(stored));
        auto report = validate(id, {u"valid.auc >= 0.5"_s});
        VERIFY_OK(report);
        QVERIFY(!QFile::exists(stored)); // not read: no rule needed them
        report = validate(id, {u"eval.auc >= 0.5"_s, u"threshold.f1 >= 0"_s});
        VERIFY_OK(report);
        QVERIFY2(report->passed(), qPrintable(report->failures().join(u"; "_s)));
        QVERIFY(QFile::exists(stored)); // read once from predictions.csv, and kept

        test::writeFile(stored, "not predictions");
        report = validate(id, {u"eval.auc >= 0.5"_s});
        VERIFY_OK(report);
        QVERIFY(!report->checks.last().passed);
        QVERIFY2(report->checks.last().detail.contains(QDir::toNativeSeparators(stored)) &&
                     report->checks.last().detail.contains(u"damaged"_s),
                 qPrintable(report->checks.last().detail));

        QVERIFY(QFile::remove(stored) && QFile::remove(csv));
        report = validate(id, {u"min(slices(grade).auc) >= 0.5"_s});
        VERIFY_OK(report);
        QVERIFY(!report->checks.last().passed);
        QVERIFY2(report->checks.last().detail.contains(u"missing"_s) &&
                     report->checks.last().detail.contains(QDir::toNativeSeparators(stored)),
                 qPrintable(report->checks.last().detail));
        QVERIFY(!QFile::exists(stored)); // not scored again from the model
    }

    void tamperedFilesFailTheChecks()
    {
        const qint64 run = train(binaryConfig(5));
        QVERIFY(run > 0);
        // A changed prediction file.
        const QString predictions = predictionsPath(*m_workspace, run);
        QByteArray text = test::readFile(predictions);
        const qsizetype at = text.indexOf('\n', text.indexOf('\n') + 1) - 1; // the first data row's last character
        text[at] = text[at] == '1' ? '2' : '1';
        test::writeFile(predictions, text);
        auto report = validate(run, {});
        VERIFY_OK(report);
        QVERIFY(!report->passed());
        const ValidationCheck* reproduce = findCheck(*report, QString::fromLatin1(TechnicalCheck::PredictionsReproduce));
        QVERIFY(!reproduce->passed);
        QVERIFY2(reproduce->detail.contains(u"line 2"_s), qPrintable(reproduce->detail));
        // A changed model file.
        QByteArray model = test::readFile(modelPath(*m_workspace, run));
        model[model.size() / 2] = char(model[model.size() / 2] ^ 0x01);
        test::writeFile(modelPath(*m_workspace, run), model);
        report = validate(run, {});
        VERIFY_OK(report);
        const ValidationCheck* reload = findCheck(*report, QString::fromLatin1(TechnicalCheck::ModelReloads));
        QVERIFY(!reload->passed);
        QVERIFY2(reload->detail.contains(u"changed after training"_s), qPrintable(reload->detail));
        // A missing model file.
        QFile::remove(modelPath(*m_workspace, run));
        report = validate(run, {});
        VERIFY_OK(report);
        QVERIFY(!findCheck(*report, QString::fromLatin1(TechnicalCheck::ModelReloads))->passed);
    }

    void crossValidatedRunsCheckTheirStoredPredictions()
    {
        RunConfig config = binaryConfig(8);
        config.validation.kind = ValidationKind::KFold;
        config.validation.folds = 3;
        const qint64 run = train(config);
        QVERIFY(run > 0);
        auto report = validate(run, {});
        VERIFY_OK(report);
        QVERIFY2(report->passed(), qPrintable(report->failures().join(u"; "_s)));
        const ValidationCheck* reproduce = findCheck(*report, QString::fromLatin1(TechnicalCheck::PredictionsReproduce));
        QVERIFY(!reproduce->applicable); // said, not pretended
        QVERIFY(!ValidationReport::fromJson(report->toJson())->checks[2].applicable);
        // A missing out-of-fold prediction fails the finite check.
        const QString predictions = predictionsPath(*m_workspace, run);
        QList<QByteArray> lines = test::readFile(predictions).split('\n');
        QList<QByteArray> fields = lines[1].split(',');
        fields[3] = QByteArray(); // the probability of the first row
        lines[1] = fields.join(',');
        test::writeFile(predictions, lines.join('\n'));
        report = validate(run, {});
        VERIFY_OK(report);
        const ValidationCheck* finite = findCheck(*report, QString::fromLatin1(TechnicalCheck::PredictionsFinite));
        QVERIFY(!finite->passed);
        QVERIFY2(finite->detail.contains(u"1 out-of-fold"_s), qPrintable(finite->detail));
    }

    void unfinishedRunsAreRefused()
    {
        RunConfig config = binaryConfig();
        auto queued = queueRun(*m_workspace, config);
        VERIFY_OK(queued);
        auto report = validate(*queued, {});
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Conflict);
        QVERIFY(report.error().message.contains(u"queued"_s));
        QVERIFY(!validate(99999, {}));
    }

    void aVersion4WorkspaceGainsValidation()
    {
        const QString path = m_dir.filePath(u"version-4"_s);
        QVERIFY(QDir().mkpath(path));
        {
            auto database = Database::open(QDir(path).filePath(u"grove.db"_s));
            VERIFY_OK(database);
            const auto steps = schemaMigrations();
            QCOMPARE(steps[3].version, 4);
            VERIFY_OK(migrate(*database, steps.first(4)));
            VERIFY_OK(RunStore(*database).experimentId(u"churn"_s));
        }
        auto workspace = Workspace::openOrCreate(path);
        VERIFY_OK(workspace);
        QCOMPARE(workspace->database().userVersion().value(), latestSchemaVersion());
        ValidationStore store(workspace->database());
        QCOMPARE(*store.experimentRules(u"churn"_s), QStringList{});
        VERIFY_OK(store.setExperimentRules(u"churn"_s, {u"valid.auc >= 0.7"_s}));
        QCOMPARE(store.experimentRules(u"churn"_s)->size(), 1);
    }

    void reportsAndExperimentRulesAreKept()
    {
        ValidationStore store(m_workspace->database());
        auto failing = validate(m_weakRun, {u"valid.auc >= 0.999"_s});
        VERIFY_OK(failing);
        VERIFY_OK(store.save(*failing));
        auto latest = store.latest(m_weakRun);
        VERIFY_OK(latest);
        QVERIFY(latest->has_value() && !(*latest)->passed());
        auto passing = validate(m_weakRun, {u"valid.auc >= 0.1"_s});
        VERIFY_OK(passing);
        VERIFY_OK(store.save(*passing));
        QVERIFY((*store.latest(m_weakRun))->passed()); // the latest decides
        QCOMPARE(store.all(m_weakRun)->size(), 2);

        VERIFY_OK(store.setExperimentRules(u"churn"_s, {u"valid.auc>=0.8"_s, u"valid.auc >= production - 0.02"_s}));
        QCOMPARE(*store.experimentRules(u"churn"_s),
                 (QStringList{u"valid.auc >= 0.8"_s, u"valid.auc >= production - 0.02"_s}));
        QCOMPARE(*store.experimentRules(u"unknown"_s), QStringList{});
        // A bad rule is refused and the remembered rules stay.
        auto bad = store.setExperimentRules(u"churn"_s, {u"valid.auc >> 1"_s});
        QVERIFY(!bad);
        QCOMPARE(store.experimentRules(u"churn"_s)->size(), 2);
    }

    // The workflow both front ends call: rules given or remembered, remembered on request, a rule
    // against production refused without a model, the report saved with the run.
    void theValidationServiceRunsTheWholeWorkflow()
    {
        const QString experiment = (**RunStore(m_workspace->database()).byId(m_run)).experiment;
        ValidationStore store(m_workspace->database());
        VERIFY_OK(store.setExperimentRules(experiment, {u"valid.auc >= 0.999"_s}));
        const qsizetype reportsBefore = store.all(m_run)->size();
        JobControl control;

        // No rules given: the experiment's remembered ones decide.
        ValidationRequest remembered;
        remembered.runId = m_run;
        auto failing = validateAndSave(*m_workspace, remembered, control);
        VERIFY_OK(failing);
        QVERIFY(!failing->report.passed());
        QCOMPARE(store.all(m_run)->size(), reportsBefore + 1);
        QVERIFY(!(*store.latest(m_run))->passed());

        // Given rules win, and are remembered when asked; naming a model no rule needs is noted.
        ValidationRequest given = remembered;
        given.rules = QStringList{u"valid.auc >= 0.5"_s};
        given.remember = true;
        given.productionModel = u"churn"_s;
        auto passing = validateAndSave(*m_workspace, given, control);
        VERIFY_OK(passing);
        QVERIFY(passing->report.passed());
        QVERIFY(passing->productionModelUnused);
        QCOMPARE(*store.experimentRules(experiment), QStringList{u"valid.auc >= 0.5"_s});

        // A rule against production without a model is refused before anything changes.
        ValidationRequest relative = remembered;
        relative.rules = QStringList{u"valid.auc >= production - 0.01"_s};
        relative.remember = true;
        auto refused = validateAndSave(*m_workspace, relative, control);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"Production"_s), qPrintable(refused.error().message));
        QCOMPARE(*store.experimentRules(experiment), QStringList{u"valid.auc >= 0.5"_s});
        QCOMPARE(store.all(m_run)->size(), reportsBefore + 2);

        // Whether rules need production is read from the parsed rules, not from their words.
        QVERIFY(rulesNeedProduction({u"valid.auc >= production - 0.01"_s}));
        QVERIFY(rulesNeedProduction({u"valid.auc >= 0.8"_s, u"valid.logloss <= PRODUCTION"_s}));
        QVERIFY(!rulesNeedProduction({u"valid.auc >= 0.8"_s}));
        QVERIFY(!rulesNeedProduction({u"valid.auc >> production"_s})); // does not parse
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
