// Run configurations: every invalid configuration is rejected before training, with a message
// that names the field, and nothing is recorded for it; the JSON form round-trips and refuses
// unknown keys and wrong types.

#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/model/RunConfig.h"
#include "core/train/TrainingJob.h"
#include "tests/TrainingData.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

// 60 rows: two numeric features, a categorical one, a binary label, a constant column, a column
// with every value missing and a continuous one (60 distinct values).
QByteArray mainCsv()
{
    static const char* colors[] = {"red", "green", "blue"};
    QByteArray text = "x1,x2,color,label,constant,blank,value\n";
    test::Sequence random(7);
    for (int i = 0; i < 60; ++i) {
        const double x1 = random.uniform() * 2 - 1;
        const double x2 = random.uniform() * 5;
        const char* color = colors[random.below(3)];
        const int label = x1 + 0.2 * x2 + (random.uniform() - 0.5) > 0.5 ? 1 : 0;
        text += QByteArray::number(x1, 'f', 4) + ',' + QByteArray::number(x2, 'f', 4) + ',' + color + ',' +
                QByteArray::number(label) + ",5,," + QByteArray::number(i * 1.1 + 0.013 * i * i, 'f', 4) + '\n';
    }
    return text;
}

// Applies one "key=value" setting the way a user would choose it.
void apply(RunConfig& config, const QString& setting)
{
    const qsizetype equals = setting.indexOf(u'=');
    const QString key = setting.left(equals);
    const QString value = setting.mid(equals + 1);
    if (key == u"dataset"_s)
        config.dataset = value;
    else if (key == u"target"_s)
        config.target = value;
    else if (key == u"task"_s)
        config.task = taskFromKey(value);
    else if (key == u"exclude"_s)
        config.excludedFeatures << value;
    else if (key == u"metric"_s)
        config.metrics << value;
    else if (key == u"rounds"_s)
        config.rounds = value.toInt();
    else if (key == u"fraction"_s)
        config.validation.kind = ValidationKind::Holdout, config.validation.fraction = value.toDouble();
    else if (key == u"folds"_s)
        config.validation.kind = ValidationKind::KFold, config.validation.folds = value.toInt();
    else if (key == u"valid-dataset"_s)
        config.validation.kind = ValidationKind::Dataset, config.validation.dataset = value;
    else
        QVERIFY2(config.params.set(key, value), qPrintable(setting));
}

// The first difference between two configurations, or an empty string.
QString difference(const RunConfig& a, const RunConfig& b)
{
#define GROVE_SAME(field)                                                                                   \
    if (!(a.field == b.field))                                                                              \
        return u"" #field ""_s;
    GROVE_SAME(dataset)
    GROVE_SAME(target)
    GROVE_SAME(task)
    GROVE_SAME(excludedFeatures)
    GROVE_SAME(validation.kind)
    GROVE_SAME(validation.fraction)
    GROVE_SAME(validation.seed)
    GROVE_SAME(validation.folds)
    GROVE_SAME(validation.dataset)
    GROVE_SAME(params.objective)
    GROVE_SAME(params.eta)
    GROVE_SAME(params.maxDepth)
    GROVE_SAME(params.minChildWeight)
    GROVE_SAME(params.subsample)
    GROVE_SAME(params.colsampleByTree)
    GROVE_SAME(params.lambda)
    GROVE_SAME(params.alpha)
    GROVE_SAME(params.gamma)
    GROVE_SAME(params.maxBin)
    GROVE_SAME(params.treeMethod)
    GROVE_SAME(params.scalePosWeight)
    GROVE_SAME(params.extra)
    GROVE_SAME(rounds)
    GROVE_SAME(earlyStoppingRounds)
    GROVE_SAME(metrics)
    GROVE_SAME(threads)
    GROVE_SAME(seed)
    GROVE_SAME(experiment)
#undef GROVE_SAME
    return {};
}

} // namespace

class TestRunConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Workspace> m_workspace;

    RunConfig baseConfig() const
    {
        RunConfig config;
        config.dataset = u"main"_s;
        config.target = u"label"_s;
        config.rounds = 3;
        config.threads = 1;
        return config;
    }

    qsizetype runCount()
    {
        auto runs = RunStore(m_workspace->database()).list();
        return runs ? runs->size() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto workspace = Workspace::openOrCreate(m_dir.filePath(u"ws"_s));
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().message));
        m_workspace.emplace(std::move(workspace.value()));
        const QString main = test::writeFile(m_dir.filePath(u"main.csv"_s), mainCsv());
        QVERIFY(test::importFile(*m_workspace, main, u"main"_s));
        // A validation file without most of the features, and one where color holds numbers.
        const QString lacking = test::writeFile(m_dir.filePath(u"lacking.csv"_s), "x1,color,label\n0.5,red,1\n-0.5,blue,0\n");
        QVERIFY(test::importFile(*m_workspace, lacking, u"lacking"_s));
        QByteArray numericColor = "x1,x2,color,label,constant,blank,value\n";
        for (int i = 0; i < 6; ++i)
            numericColor += "0.5,1," + QByteArray::number(i % 3) + "," + QByteArray::number(i % 2) + ",5,,1.5\n";
        const QString retyped = test::writeFile(m_dir.filePath(u"retyped.csv"_s), numericColor);
        QVERIFY(test::importFile(*m_workspace, retyped, u"retyped"_s));
    }

    void theBaseConfigurationIsAccepted()
    {
        // Every rejection below differs from this configuration in one setting only.
        auto plan = prepareTraining(*m_workspace, baseConfig());
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->task, Task::Binary);
        QCOMPARE(runCount(), 0);
    }

    void rejectsInvalidConfigurations_data()
    {
        QTest::addColumn<QStringList>("settings");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("mentions"); // further words the message must contain

        QTest::newRow("unknown dataset") << QStringList{u"dataset=nowhere"_s} << u"dataset"_s << QStringList{u"nowhere"_s};
        QTest::newRow("unknown target") << QStringList{u"target=lable"_s} << u"target"_s << QStringList{u"lable"_s};
        QTest::newRow("unknown excluded column") << QStringList{u"exclude=x9"_s} << u"exclude"_s << QStringList{u"x9"_s};
        QTest::newRow("constant target") << QStringList{u"target=constant"_s} << u"target"_s << QStringList{u"constant"_s};
        QTest::newRow("all-missing target") << QStringList{u"target=blank"_s} << u"target"_s << QStringList{u"blank"_s, u"missing"_s};
        QTest::newRow("categorical target for regression") << QStringList{u"target=color"_s, u"task=regression"_s} << u"task"_s << QStringList{u"color"_s};
        QTest::newRow("binary with many values") << QStringList{u"target=value"_s, u"task=binary"_s} << u"task"_s << QStringList{u"value"_s};
        QTest::newRow("multiclass with a class per row") << QStringList{u"target=value"_s, u"task=multiclass"_s} << u"task"_s << QStringList{u"value"_s, u"too many classes"_s};
        QTest::newRow("eta 0") << QStringList{u"eta=0"_s} << u"eta"_s << QStringList{};
        QTest::newRow("eta negative") << QStringList{u"eta=-0.1"_s} << u"eta"_s << QStringList{u"-0.1"_s};
        QTest::newRow("negative max_depth") << QStringList{u"max_depth=-1"_s} << u"max_depth"_s << QStringList{u"-1"_s};
        QTest::newRow("subsample 0") << QStringList{u"subsample=0"_s} << u"subsample"_s << QStringList{};
        QTest::newRow("subsample 1.5") << QStringList{u"subsample=1.5"_s} << u"subsample"_s << QStringList{u"1.5"_s};
        QTest::newRow("colsample_bytree 0") << QStringList{u"colsample_bytree=0"_s} << u"colsample_bytree"_s << QStringList{};
        QTest::newRow("colsample_bytree 1.2") << QStringList{u"colsample_bytree=1.2"_s} << u"colsample_bytree"_s << QStringList{u"1.2"_s};
        QTest::newRow("max_bin 1") << QStringList{u"max_bin=1"_s} << u"max_bin"_s << QStringList{};
        QTest::newRow("rounds 0") << QStringList{u"rounds=0"_s} << u"rounds"_s << QStringList{};
        QTest::newRow("validation columns missing") << QStringList{u"valid-dataset=lacking"_s} << u"validation.dataset"_s << QStringList{u"lacking"_s, u"x2"_s};
        QTest::newRow("validation column of another type") << QStringList{u"valid-dataset=retyped"_s} << u"validation.dataset"_s << QStringList{u"color"_s};
        QTest::newRow("unknown validation dataset") << QStringList{u"valid-dataset=elsewhere"_s} << u"validation.dataset"_s << QStringList{u"elsewhere"_s};
        QTest::newRow("holdout 0") << QStringList{u"fraction=0"_s} << u"validation.fraction"_s << QStringList{};
        QTest::newRow("holdout 1") << QStringList{u"fraction=1"_s} << u"validation.fraction"_s << QStringList{};
        QTest::newRow("folds 1") << QStringList{u"folds=1"_s} << u"validation.folds"_s << QStringList{};
        QTest::newRow("folds more than rows allow") << QStringList{u"folds=40"_s} << u"validation.folds"_s << QStringList{u"40"_s};
        QTest::newRow("tree_method bogus") << QStringList{u"tree_method=bogus"_s} << u"tree_method"_s << QStringList{u"bogus"_s};
        // Values only XGBoost knows to be wrong: its own message is passed on.
        QTest::newRow("objective bogus") << QStringList{u"objective=bogus"_s} << u"objective"_s << QStringList{u"bogus"_s, u"XGBoost"_s};
        QTest::newRow("objective of another task") << QStringList{u"objective=multi:softprob"_s} << u"num_class"_s << QStringList{u"XGBoost"_s};
        QTest::newRow("extra parameter out of range") << QStringList{u"max_leaves=-3"_s} << u"max_leaves"_s << QStringList{u"XGBoost"_s};
        QTest::newRow("unknown metric") << QStringList{u"metric=bogus_metric"_s} << u"metric"_s << QStringList{u"bogus_metric"_s, u"XGBoost"_s};
    }

    void rejectsInvalidConfigurations()
    {
        QFETCH(QStringList, settings);
        QFETCH(QString, field);
        QFETCH(QStringList, mentions);
        RunConfig config = baseConfig();
        for (const QString& setting : settings)
            apply(config, setting);

        auto plan = prepareTraining(*m_workspace, config);
        QVERIFY2(!plan, "the configuration was accepted");
        const Error& error = plan.error();
        QVERIFY2(error.kind == ErrorKind::BadInput || error.kind == ErrorKind::NotFound, qPrintable(error.message));
        QVERIFY2(error.message.contains(field), qPrintable(error.message));
        for (const QString& word : mentions)
            QVERIFY2(error.message.contains(word), qPrintable(u"no \"%1\" in: %2"_s.arg(word, error.message)));
        // A message for people: no native stack trace from the library.
        QVERIFY2(!error.message.contains(u"Stack trace"_s) && !error.message.contains(u"[bt]"_s), qPrintable(error.message));

        // queueRun gives the same answer and records nothing: no run, no run folder.
        auto queued = queueRun(*m_workspace, config);
        QVERIFY(!queued);
        QCOMPARE(queued.error().message, error.message);
        QCOMPARE(runCount(), 0);
        QVERIFY(QDir(m_workspace->directory() + u"/runs"_s).isEmpty());
    }

    void reportsEveryProblemAtOnce()
    {
        RunConfig config = baseConfig();
        apply(config, u"eta=0"_s);
        apply(config, u"subsample=2"_s);
        apply(config, u"exclude=x9"_s);
        auto plan = prepareTraining(*m_workspace, config);
        QVERIFY(!plan);
        for (const char* field : {"eta", "subsample", "exclude"})
            QVERIFY2(plan.error().message.contains(QLatin1StringView(field)), qPrintable(plan.error().message));
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("holdout, every parameter") << 0;
        QTest::newRow("k-fold, extra parameters") << 1;
        QTest::newRow("validation dataset, regression") << 2;
        QTest::newRow("extreme values") << 3;
    }

    void jsonRoundTrip()
    {
        QFETCH(int, which);
        RunConfig config;
        switch (which) {
        case 0:
            config.dataset = u"churn"_s;
            config.target = u"churned"_s;
            config.task = Task::Binary;
            config.excludedFeatures = {u"customer_id"_s, u"signup, date"_s};
            config.validation.fraction = 0.35;
            config.validation.seed = 1234;
            config.params.objective = u"binary:logitraw"_s;
            config.params.eta = 0.05;
            config.params.maxDepth = 9;
            config.params.minChildWeight = 2.5;
            config.params.subsample = 0.8;
            config.params.colsampleByTree = 0.7;
            config.params.lambda = 3;
            config.params.alpha = 0.25;
            config.params.gamma = 1.5;
            config.params.maxBin = 128;
            config.params.treeMethod = u"approx"_s;
            config.params.scalePosWeight = 4.2;
            config.rounds = 321;
            config.earlyStoppingRounds = 17;
            config.metrics = {u"auc"_s, u"logloss"_s, u"error@0.3"_s};
            config.threads = 3;
            config.seed = 99;
            config.experiment = u"Tuning «eta»"_s;
            break;
        case 1:
            config.dataset = u"7"_s;
            config.target = u"species"_s;
            config.task = Task::Multiclass;
            config.validation.kind = ValidationKind::KFold;
            config.validation.folds = 7;
            config.validation.seed = 5;
            config.params.eta = 0.1234567890123;
            config.params.extra = {{u"max_leaves"_s, u"31"_s}, {u"grow_policy"_s, u"lossguide"_s}, {u"sampling_method"_s, u"uniform"_s}};
            config.metrics = {u"mlogloss"_s};
            config.rounds = 1;
            config.seed = 42;
            break;
        case 2:
            config.dataset = u"houses 2024"_s;
            config.target = u"price"_s;
            config.task = Task::Regression;
            config.validation.kind = ValidationKind::Dataset;
            config.validation.dataset = u"houses 2025"_s;
            config.params.objective = u"reg:pseudohubererror"_s;
            config.params.maxDepth = 0;
            config.params.treeMethod = u"exact"_s;
            config.rounds = 100000;
            config.earlyStoppingRounds = 50;
            config.experiment = u"Prices"_s;
            break;
        case 3:
            config.dataset = u"d"_s;
            config.target = u"t"_s;
            config.validation.fraction = 1.0 / 3.0;
            config.validation.seed = std::numeric_limits<quint64>::max();
            config.params.eta = 1e-7;
            config.params.lambda = 1.0 / 3.0;
            config.params.maxBin = 65536;
            config.params.scalePosWeight = 0.1;
            config.seed = std::numeric_limits<quint64>::max() - 1;
            config.threads = 256;
            break;
        }
        // Through the text a run stores, as well as in memory.
        const QJsonObject json = config.toJson();
        const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
        for (const QJsonObject& form : {json, QJsonDocument::fromJson(text).object()}) {
            auto back = RunConfig::fromJson(form);
            QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
            const QString different = difference(config, *back);
            QVERIFY2(different.isEmpty(), qPrintable(u"%1 changed in %2"_s.arg(different, QString::fromUtf8(text))));
            QCOMPARE(back->toJson(), json);
        }
    }

    void fromJsonRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");

        QTest::newRow("unknown key") << QByteArray(R"({"target": "y", "datset": "d"})") << u"datset"_s;
        QTest::newRow("unknown key in validation") << QByteArray(R"({"validation": {"kind": "kfold", "fold": 10}})") << u"fold"_s;
        QTest::newRow("dataset not text") << QByteArray(R"({"dataset": ["d"]})") << u"dataset"_s;
        QTest::newRow("target not text") << QByteArray(R"({"target": 5})") << u"target"_s;
        QTest::newRow("task not text") << QByteArray(R"({"task": 3})") << u"task"_s;
        QTest::newRow("task unknown") << QByteArray(R"({"task": "ranking"})") << u"task"_s;
        QTest::newRow("exclude not a list") << QByteArray(R"({"exclude": "x1"})") << u"exclude"_s;
        QTest::newRow("exclude holds a number") << QByteArray(R"({"exclude": ["x1", 2]})") << u"exclude"_s;
        QTest::newRow("metrics not a list") << QByteArray(R"({"metrics": "auc"})") << u"metrics"_s;
        QTest::newRow("rounds as text") << QByteArray(R"({"rounds": "100"})") << u"rounds"_s;
        QTest::newRow("rounds fractional") << QByteArray(R"({"rounds": 1.5})") << u"rounds"_s;
        QTest::newRow("early stopping as text") << QByteArray(R"({"early_stopping_rounds": "5"})") << u"early_stopping_rounds"_s;
        QTest::newRow("threads boolean") << QByteArray(R"({"threads": true})") << u"threads"_s;
        QTest::newRow("seed negative") << QByteArray(R"({"seed": -1})") << u"seed"_s;
        QTest::newRow("seed not a number") << QByteArray(R"({"seed": "abc"})") << u"seed"_s;
        QTest::newRow("experiment not text") << QByteArray(R"({"experiment": 5})") << u"experiment"_s;
        QTest::newRow("validation not an object") << QByteArray(R"({"validation": "kfold"})") << u"validation"_s;
        QTest::newRow("validation kind unknown") << QByteArray(R"({"validation": {"kind": "bootstrap"}})") << u"validation.kind"_s;
        QTest::newRow("validation fraction as text") << QByteArray(R"({"validation": {"kind": "holdout", "fraction": "0.3"}})") << u"fraction"_s;
        QTest::newRow("validation folds fractional") << QByteArray(R"({"validation": {"kind": "kfold", "folds": 2.5}})") << u"folds"_s;
        QTest::newRow("validation dataset not text") << QByteArray(R"({"validation": {"kind": "dataset", "dataset": true}})") << u"dataset"_s;
        QTest::newRow("params not an object") << QByteArray(R"({"params": "eta=0.1"})") << u"params"_s;
        QTest::newRow("eta as words") << QByteArray(R"({"params": {"eta": "fast"}})") << u"eta"_s;
        QTest::newRow("max_depth fractional") << QByteArray(R"({"params": {"max_depth": 4.5}})") << u"max_depth"_s;
        QTest::newRow("extra not an object") << QByteArray(R"({"params": {"extra": ["max_leaves"]}})") << u"extra"_s;
        // Numbers that are not finite, as text or too large for a double.
        QTest::newRow("alpha nan") << QByteArray(R"({"params": {"alpha": "nan"}})") << u"alpha"_s;
        QTest::newRow("gamma inf") << QByteArray(R"({"params": {"gamma": "inf"}})") << u"gamma"_s;
        QTest::newRow("lambda -nan") << QByteArray(R"({"params": {"lambda": "-nan"}})") << u"lambda"_s;
        QTest::newRow("eta Infinity") << QByteArray(R"({"params": {"eta": "Infinity"}})") << u"eta"_s;
        QTest::newRow("max_depth 1e999 as text") << QByteArray(R"({"params": {"max_depth": "1e999"}})") << u"max_depth"_s;
        QTest::newRow("max_bin beyond any int") << QByteArray(R"({"params": {"max_bin": 1e12}})") << u"max_bin"_s;
        QTest::newRow("learning_rate NaN") << QByteArray(R"({"params": {"learning_rate": "NaN"}})") << u"eta"_s;
        QTest::newRow("extra -inf") << QByteArray(R"({"params": {"extra": {"max_delta_step": "-inf"}}})") << u"max_delta_step"_s;
        QTest::newRow("extra nan in a list") << QByteArray("{\"params\": {\"extra\": {\"monotone_constraints\": \"(1,nan)\"}}}") << u"monotone_constraints"_s;
        QTest::newRow("rounds beyond any int") << QByteArray(R"({"rounds": 1e10})") << u"rounds"_s;
        QTest::newRow("folds beyond any int") << QByteArray(R"({"validation": {"kind": "kfold", "folds": 1e300}})") << u"folds"_s;
        QTest::newRow("seed beyond 64 bits") << QByteArray(R"({"seed": 1e30})") << u"seed"_s;
        // Names that are stored and printed are single lines.
        QTest::newRow("experiment with a line break") << QByteArray(R"({"experiment": "a\nforged"})") << u"experiment"_s;
        QTest::newRow("experiment with an escape") << QByteArray("{\"experiment\": \"\\u001b[31mred\"}") << u"experiment"_s;
        QTest::newRow("experiment empty") << QByteArray(R"({"experiment": ""})") << u"experiment"_s;
        QTest::newRow("experiment blank") << QByteArray(R"({"experiment": "   "})") << u"experiment"_s;
        QTest::newRow("metric with a bidi override") << QByteArray(R"({"metrics": ["auc\u202e"]})") << u"metric"_s;
        QTest::newRow("extra value with a line break") << QByteArray(R"({"params": {"extra": {"grow_policy": "lossguide\nx"}}})") << u"grow_policy"_s;
    }

    void jsonNumbersBeyondDoublesAreNotJson()
    {
        // Qt's JSON reader refuses them (grove-cli then names the line, column and key), so
        // fromJson() never meets an infinity among JSON numbers, only in text.
        for (const char* json : {R"({"params": {"gamma": 1e999}})", R"({"validation": {"fraction": -1e999}})"}) {
            QJsonParseError parseError;
            QJsonDocument::fromJson(json, &parseError);
            QCOMPARE(parseError.error, QJsonParseError::IllegalNumber);
        }
    }

    void nonFiniteParametersAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        for (const char* name : {"eta", "alpha", "gamma", "lambda", "min_child_weight", "subsample", "max_depth",
                                 "max_bin", "scale_pos_weight", "max_delta_step", "max_leaves"}) {
            for (const char* value : {"nan", "NaN", "-nan", "inf", "-inf", "Infinity", "+Infinity", "1e999", " -1E999 "})
                QTest::addRow("%s=%s", name, value) << QString::fromLatin1(name) << QString::fromLatin1(value);
        }
    }

    void nonFiniteParametersAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        // The New Run dialog's "Other" box, --param and --config all go through set().
        BoosterParameters params;
        const Status status = params.set(name, value);
        QVERIFY2(!status, "accepted");
        QCOMPARE(status.error().kind, ErrorKind::BadInput);
        QVERIFY2(status.error().message.startsWith(name), qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(u"finite"_s), qPrintable(status.error().message));
        QVERIFY(params.extra.isEmpty());
    }

    void finiteEdgeValuesAreAccepted_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<double>("expected");
        QTest::newRow("underflow reads as 0") << u"alpha"_s << u"1e-999"_s << 0.0;
        QTest::newRow("plus sign") << u"eta"_s << u"+0.25"_s << 0.25;
        QTest::newRow("blanks") << u"gamma"_s << u" 2 "_s << 2.0;
        QTest::newRow("exponent") << u"lambda"_s << u"1E3"_s << 1000.0;
        QTest::newRow("leading dot") << u"subsample"_s << u".5"_s << 0.5;
    }

    void finiteEdgeValuesAreAccepted()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(double, expected);
        RunConfig config;
        VERIFY_OK(config.params.set(name, value));
        const double actual = config.toJson().value(u"params"_s).toObject().value(name).toDouble(-1);
        QCOMPARE(actual, expected);
        VERIFY_OK(config.check());
    }

    void nonFiniteFieldsAreRefusedBeforeRecording_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
        QTest::newRow("eta nan") << u"eta"_s << nan;
        QTest::newRow("alpha nan") << u"alpha"_s << nan;
        QTest::newRow("gamma inf") << u"gamma"_s << inf;
        QTest::newRow("lambda -inf") << u"lambda"_s << -inf;
        QTest::newRow("min_child_weight inf") << u"min_child_weight"_s << inf;
        QTest::newRow("scale_pos_weight nan") << u"scale_pos_weight"_s << nan;
        QTest::newRow("fraction nan") << u"validation.fraction"_s << nan;
        QTest::newRow("fraction inf") << u"validation.fraction"_s << inf;
    }

    void nonFiniteFieldsAreRefusedBeforeRecording()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        // As a caller that sets the typed fields directly (the dialog's spin boxes, --valid-fraction).
        RunConfig config = baseConfig();
        BoosterParameters& p = config.params;
        if (field == u"eta"_s)
            p.eta = value;
        else if (field == u"alpha"_s)
            p.alpha = value;
        else if (field == u"gamma"_s)
            p.gamma = value;
        else if (field == u"lambda"_s)
            p.lambda = value;
        else if (field == u"min_child_weight"_s)
            p.minChildWeight = value;
        else if (field == u"scale_pos_weight"_s)
            p.scalePosWeight = value;
        else
            config.validation.fraction = value;
        const Status checked = config.check();
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.startsWith(field + u": must be a finite number"_s), qPrintable(checked.error().message));
        auto queued = queueRun(*m_workspace, config);
        QVERIFY(!queued);
        QCOMPARE(queued.error().kind, ErrorKind::BadInput);
        QCOMPARE(queued.error().message, checked.error().message);
        QCOMPARE(runCount(), 0);
    }

    void fromJsonRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        auto config = RunConfig::fromJson(document.object());
        QVERIFY2(!config, "accepted");
        QCOMPARE(config.error().kind, ErrorKind::BadInput);
        QVERIFY2(config.error().message.contains(key), qPrintable(config.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRunConfig)
#include "tst_run_config.moc"
