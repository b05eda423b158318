// Validation before export: the rule language (data-driven), the technical checks on real runs
// (and on runs whose files were tampered with), rules against a Production model, and the
// reports and experiment rules the workspace keeps.
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
        return validateRun(*m_workspace, run, *parsed, production, control);
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
        QTest::newRow("at least") << u"valid.auc >= 0.90"_s << u"valid.auc >= 0.9"_s << QString();
        QTest::newRow("at most, no spaces") << u"valid.rmse<=12"_s << u"valid.rmse <= 12"_s << QString();
        QTest::newRow("strict") << u"  valid.error < 0.2 "_s << u"valid.error < 0.2"_s << QString();
        QTest::newRow("metric with @") << u"valid.error@0.7 > 0"_s << u"valid.error@0.7 > 0"_s << QString();
        QTest::newRow("production") << u"valid.auc >= production"_s << u"valid.auc >= production"_s << QString();
        QTest::newRow("production margin") << u"valid.auc >= Production - 0.01"_s << u"valid.auc >= production - 0.01"_s
                                           << QString();
        QTest::newRow("production plus") << u"valid.rmse <= production+0.5"_s << u"valid.rmse <= production + 0.5"_s
                                         << QString();
        QTest::newRow("empty") << u"  "_s << QString() << u"empty"_s;
        QTest::newRow("no operator") << u"valid.auc 0.9"_s << QString() << u"no comparison"_s;
        QTest::newRow("no split") << u"auc >= 0.9"_s << QString() << u"does not start with a metric"_s;
        QTest::newRow("nothing after") << u"valid.auc >="_s << QString() << u"ends after \">=\""_s;
        QTest::newRow("not a number") << u"valid.auc >= high"_s << QString() << u"\"high\" is neither a number"_s;
        QTest::newRow("infinite") << u"valid.auc >= inf"_s << QString() << u"finite number"_s;
        QTest::newRow("bad margin") << u"valid.auc >= production - x"_s << QString() << u"margin \"x\""_s;
        QTest::newRow("negative margin") << u"valid.auc >= production - -1"_s << QString() << u"margin"_s;
        QTest::newRow("equals") << u"valid.auc = 0.9"_s << QString() << u"no comparison"_s;
    }

    void rulesParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, message);
        auto rule = ValidationRule::parse(text);
        if (canonical.isEmpty()) {
            QVERIFY(!rule);
            QCOMPARE(rule.error().kind, ErrorKind::BadInput);
            QVERIFY2(rule.error().message.contains(message), qPrintable(rule.error().message));
            QVERIFY2(rule.error().message.contains(u"valid.auc >= 0.9"_s), qPrintable(rule.error().message)); // an example
            return;
        }
        VERIFY_OK(rule);
        QCOMPARE(rule->text(), canonical);
        VERIFY_OK(ValidationRule::parse(rule->text())); // the canonical form parses to itself
        QCOMPARE(ValidationRule::parse(rule->text())->text(), canonical);
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
