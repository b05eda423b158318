// The typed documents Grove stores and shares: a run's stored configuration (RunSetup) and a
// registry version's metadata.json (ModelMetadata). The fixtures in tests/fixtures were written
// by Grove before these types existed; runs and versions written then must keep reading.
#include "core/model/ModelMetadata.h"
#include "core/model/RunRecord.h"
#include "core/model/RunSetup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace grove;
using namespace Qt::StringLiterals;

namespace {

QJsonObject fixture(const QString& name)
{
    QFile file(QStringLiteral(GROVE_SOURCE_DIR) + u"/tests/fixtures/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestModelDocuments : public QObject
{
    Q_OBJECT

private slots:
    void aStoredRunSetupOfTodayReadsTyped()
    {
        const QJsonObject stored = fixture(u"run-setup-2026-12.json"_s);
        const RunSetup setup = RunSetup::fromJson(stored);
        QVERIFY2(setup.problem.isEmpty(), qPrintable(setup.problem));

        const RunConfig& config = setup.config;
        QCOMPARE(config.dataset, u"1"_s);
        QCOMPARE(config.target, u"churned"_s);
        QCOMPARE(config.task, std::optional<Task>(Task::Binary));
        QCOMPARE(config.excludedFeatures, QStringList{u"customer_id"_s});
        QCOMPARE(config.validation.kind, ValidationKind::Holdout);
        QCOMPARE(config.validation.fraction, 0.2);
        QCOMPARE(config.validation.seed, quint64(42));
        QCOMPARE(config.params.maxDepth, 3);
        QCOMPARE(config.params.objective, u"binary:logistic"_s);
        QCOMPARE(config.params.extra.value(u"max_leaves"_s), u"15"_s);
        QCOMPARE(config.rounds, 40);
        QCOMPARE(config.earlyStoppingRounds, 5);
        QCOMPARE(config.threads, 2);
        QCOMPARE(config.experiment, u"fixture"_s);
        QCOMPARE(config.metrics, (QStringList{u"logloss"_s, u"error"_s, u"auc"_s}));

        QCOMPARE(setup.schema.task, std::optional<Task>(Task::Binary));
        QCOMPARE(setup.schema.target, u"churned"_s);
        QCOMPARE(setup.schema.classes, (QStringList{u"0"_s, u"1"_s}));
        QCOMPARE(setup.schema.features.size(), 10);
        const FeatureColumn* plan = setup.schema.feature(u"plan");
        QVERIFY(plan);
        QVERIFY(plan->categorical);
        QCOMPARE(plan->categories, (QStringList{u"premium"_s, u"standard"_s, u"basic"_s}));
        QVERIFY(!setup.schema.feature(u"tenure_months")->categorical);
        QVERIFY(setup.schema.isUsable());

        QCOMPARE(setup.data.dataset.id, 1);
        QCOMPARE(setup.data.dataset.name, u"churn"_s);
        QCOMPARE(setup.data.dataset.rows, 3000);
        QVERIFY(setup.data.dataset.contentHash.startsWith(u"86c45a5c"_s));
        QCOMPARE(setup.data.trainRows, 2400);
        QCOMPARE(setup.data.validRows, 600);
        QVERIFY(!setup.data.validDataset);

        // Written back, it is the document it was read from: nothing is lost on the way.
        QCOMPARE(setup.toJson(), stored);

        // What the record derives from it.
        RunRecord run;
        run.setup = setup;
        run.bestIteration = 17;
        QCOMPARE(run.target(), u"churned"_s);
        QCOMPARE(run.datasetName(), u"churn"_s);
        QCOMPARE(run.predictionRounds(), 18);
        QCOMPARE(setup.setting(u"params.max_depth").toInt(), 3);
        QCOMPARE(setup.setting(u"params.max_leaves").toString(), u"15"_s);
        QVERIFY(setup.setting(u"params.no_such").isUndefined());
        QCOMPARE(setup.settingsByName().value(u"params.max_leaves"_s), u"15"_s);
        QCOMPARE(setup.settingsByName().value(u"dataset"_s), u"churn"_s);
    }

    void olderAndNewerDocumentsStillRead()
    {
        QJsonObject older = fixture(u"run-setup-2026-12.json"_s);
        // Fields a Grove of the future might add, or an older one lacked, do not stop the run
        // from showing: missing ones take their defaults, unknown ones are passed over.
        older.remove(u"early_stopping_rounds"_s);
        older.remove(u"threads"_s);
        QJsonObject data = older.value(u"data"_s).toObject();
        data.remove(u"rows_without_target"_s);
        older.insert(u"data"_s, data);
        older.insert(u"calibration"_s, QJsonObject{{u"method"_s, u"isotonic"_s}});
        const RunSetup setup = RunSetup::fromJson(older);
        QVERIFY2(setup.problem.isEmpty(), qPrintable(setup.problem));
        QCOMPARE(setup.config.earlyStoppingRounds, 0);
        QCOMPARE(setup.config.threads, 0);
        QCOMPARE(setup.data.rowsWithoutTarget, 0);
        QCOMPARE(setup.config.target, u"churned"_s);

        // A stored value that a later check would refuse from a user is still read as recorded.
        QJsonObject strict = fixture(u"run-setup-2026-12.json"_s);
        strict.insert(u"experiment"_s, u"two\nlines"_s);
        QCOMPARE(RunSetup::fromJson(strict).config.experiment, u"two\nlines"_s);
        QVERIFY(!RunConfig::fromJson(RunSetup::fromJson(strict).config.toJson()));
    }

    void aDamagedDocumentIsKeptAsItWas()
    {
        QJsonObject damaged = fixture(u"run-setup-2026-12.json"_s);
        damaged.insert(u"rounds"_s, u"many"_s);
        const RunSetup setup = RunSetup::fromJson(damaged);
        QVERIFY(setup.problem.contains(u"rounds"_s));
        // What could be read is there; written back, the document is unchanged, never defaults.
        QCOMPARE(setup.data.dataset.name, u"churn"_s);
        QVERIFY(setup.schema.isUsable());
        QCOMPARE(setup.toJson(), damaged);
        QCOMPARE(setup.configJson().value(u"rounds"_s).toString(), u"many"_s);
        QVERIFY(!setup.configJson().contains(u"schema"_s));

        // Not even an object where one is expected breaks reading.
        const RunSetup junk = RunSetup::fromJson(QJsonObject{{u"schema"_s, 3}, {u"data"_s, u"x"_s}, {u"params"_s, 1}});
        QVERIFY(!junk.problem.isEmpty());
        QVERIFY(!junk.schema.isUsable());
    }

    void theMetadataOfTodayReadsTyped()
    {
        const QJsonObject stored = fixture(u"model-metadata-2026-12.json"_s);
        const ModelMetadata metadata = ModelMetadata::fromJson(stored);
        QVERIFY2(metadata.configProblem.isEmpty(), qPrintable(metadata.configProblem));
        QCOMPARE(metadata.format, u"grove-model-version/1"_s);
        QCOMPARE(metadata.model, u"churn"_s);
        QCOMPARE(metadata.exportedAt, QDateTime(QDate(2026, 12, 5), QTime(15, 32, 6, 395), Qt::UTC));
        QCOMPARE(metadata.run.id, 1);
        QCOMPARE(metadata.run.experiment, u"fixture"_s);
        QVERIFY(metadata.run.startedAt.isValid());
        QCOMPARE(metadata.data.dataset.name, u"churn"_s);
        QCOMPARE(metadata.config.target, u"churned"_s);
        QCOMPARE(metadata.config.params.maxDepth, 3);
        QCOMPARE(metadata.schema.features.size(), 10);
        QVERIFY(metadata.schema.isUsable());
        QCOMPARE(metadata.predictRounds, 0);
        QCOMPARE(metadata.roundsInModel, 24);
        QCOMPARE(metadata.metrics.bestIteration, std::optional<int>(23));
        QVERIFY(metadata.validation.value(u"passed"_s).toBool());
        // The key figure: the run's last metric on validation, as the exported model scores.
        const double auc = stored.value(u"metrics"_s).toObject().value(u"model"_s).toObject().value(u"valid"_s).toObject().value(u"auc"_s).toDouble();
        QVERIFY(auc > 0.5);
        QCOMPARE(metadata.keyMetric(), u"auc %1"_s.arg(QString::number(auc, 'g', 6)));
        // Exported before a decision threshold was recorded: 0.5, written out as not chosen.
        QVERIFY(!metadata.decision.threshold);
        QJsonObject written = metadata.toJson();
        QCOMPARE(written.take(u"decision"_s).toObject(), (QJsonObject{{u"threshold"_s, 0.5}, {u"chosen"_s, false}}));
        QCOMPARE(written, stored);

        // Exported before optional inputs were recorded: every feature required. The names read
        // back as written; entries that are not names are dropped.
        QVERIFY(metadata.optionalInputs.isEmpty());
        ModelMetadata optional = metadata;
        optional.optionalInputs = {u"color"_s, u"size"_s};
        QCOMPARE(ModelMetadata::fromJson(optional.toJson()).optionalInputs, optional.optionalInputs);
        QJsonObject hostile = stored;
        hostile.insert(u"optional_inputs"_s, QJsonArray{u"color"_s, 3, QJsonObject()});
        QCOMPARE(ModelMetadata::fromJson(hostile).optionalInputs, QStringList{u"color"_s});
    }

    void hostileMetadataReadsEmpty()
    {
        const ModelMetadata empty = ModelMetadata::fromJson({});
        QVERIFY(!empty.schema.isUsable());
        QVERIFY(empty.keyMetric().isEmpty());

        QJsonObject hostile = fixture(u"model-metadata-2026-12.json"_s);
        hostile.insert(u"schema"_s, QJsonObject{{u"task"_s, u"binary"_s}, {u"features"_s, u"all of them"_s}});
        hostile.insert(u"predict_rounds"_s, -4);
        hostile.insert(u"metrics"_s, QJsonArray{1, 2});
        hostile.insert(u"config"_s, QJsonObject{{u"rounds"_s, QJsonArray{}}});
        const ModelMetadata metadata = ModelMetadata::fromJson(hostile);
        QVERIFY(!metadata.schema.isUsable());
        QCOMPARE(metadata.predictRounds, 0);
        QVERIFY(metadata.keyMetric().isEmpty());
        QVERIFY(!metadata.configProblem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelDocuments)
#include "tst_model_documents.moc"
