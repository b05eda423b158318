// What an exported version gives Python and MLflow, through the real grove-cli: the loader
// grove_xgboost.py (as compiled into Grove), python_env.yaml, requirements.txt, MLmodel's
// python_function flavour, mlflow_version, python_version and a signature in which only the
// columns with missing values in training are optional; `registry verify` covers the new files.
#include "tests/TestFiles.h"
#include "tests/TrainingData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExportPython : public QObject
{
    Q_OBJECT

    using Run = grove::test::CliRun;
    QTemporaryDir m_dir;
    QString m_ws, m_registry, m_version;
    qint64 m_run = 0;

    Run grove(const QStringList& arguments) const
    {
        return grove::test::runCli(QStringList{u"--workspace"_s, m_ws} + arguments);
    }
    QByteArray versionFile(const QString& name) const { return grove::test::readFile(m_version + u'/' + name); }
    Run exportRun() const
    {
        return grove({u"export"_s, QString::number(m_run), u"--model"_s, u"churn"_s, u"--registry"_s, m_registry,
                      u"--json"_s});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        m_registry = m_dir.filePath(u"registry"_s);
        // Colors are missing in some rows of the training data; the numbers never are.
        const QString csv = grove::test::writeFile(
            m_dir.filePath(u"synth.csv"_s), grove::test::syntheticCsv(grove::test::syntheticRows(400, 5, true)));
        QCOMPARE(grove({u"import"_s, csv}).exitCode, 0);
        const Run trained = grove({u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"label"_s, u"--exclude"_s,
                                   u"grade"_s, u"--exclude"_s, u"amount"_s, u"--rounds"_s, u"10"_s, u"--threads"_s,
                                   u"2"_s, u"--json"_s});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.describe()));
        m_run = trained.json().value(u"run_id"_s).toInteger();
        const Run validated = grove({u"validate"_s, QString::number(m_run), u"--rule"_s, u"valid.auc >= 0.5"_s});
        QVERIFY2(validated.exitCode == 0, qPrintable(validated.describe()));
        const Run exported = exportRun();
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        m_version = exported.json().value(u"path"_s).toString();
    }

    void theVersionCarriesGrovesLoader()
    {
        QFile resource(u":/grove/registry/grove_xgboost.py"_s);
        QVERIFY(resource.open(QIODevice::ReadOnly));
        const QByteArray loader = resource.readAll();
        QVERIFY(loader.contains("def _load_pyfunc(path"));
        QCOMPARE(versionFile(u"grove_xgboost.py"_s), loader);
        // Only numpy, pandas and xgboost besides Python's standard library.
        for (const QByteArray& line : loader.split('\n')) {
            if (line.startsWith("import ") || line.startsWith("from ")) {
                const QByteArray module = line.split(' ').value(1);
                QVERIFY2(QList<QByteArray>({"hashlib", "json", "math", "os", "re", "numpy", "pandas", "xgboost"})
                             .contains(module),
                         line.constData());
            }
        }
    }

    void thePythonEnvironmentIsDescribed()
    {
        QCOMPARE(versionFile(u"python_env.yaml"_s),
                 QByteArray("python: 3.11.2\nbuild_dependencies:\n- pip\n- setuptools\n- wheel\ndependencies:\n"
                            "- -r requirements.txt\n"));
        const QList<QByteArray> requirements = versionFile(u"requirements.txt"_s).trimmed().split('\n');
        QCOMPARE(requirements.size(), 3);
        QVERIFY2(requirements[0].startsWith("xgboost==1."), requirements[0].constData());
        QCOMPARE(requirements[1], QByteArray("numpy==1.24.2"));
        QCOMPARE(requirements[2], QByteArray("pandas==1.5.3"));
    }

    void mlmodelNamesTheLoaderAndItsFormat()
    {
        const QByteArray mlmodel = versionFile(u"MLmodel"_s);
        const QByteArray pyfunc = "  python_function:\n"
                                  "    code: .\n"
                                  "    env:\n"
                                  "      virtualenv: python_env.yaml\n"
                                  "    loader_module: grove_xgboost\n"
                                  "    python_version: 3.11.2\n"
                                  "  xgboost:\n";
        QVERIFY2(mlmodel.contains(pyfunc), mlmodel.constData());
        // The raw Booster stays available.
        QVERIFY(mlmodel.contains("    data: model.ubj\n    model_class: xgboost.core.Booster\n    model_format: ubj\n"));
        QVERIFY(mlmodel.contains("\nmlflow_version: 2.22.0\n"));
        QVERIFY(!mlmodel.contains("mlflow.xgboost"));

        // The signature: only the column with missing values in training is optional.
        QByteArray inputs;
        for (const QByteArray& line : mlmodel.split('\n')) {
            if (line.startsWith("  inputs: '") && line.endsWith('\''))
                inputs = line.mid(11, line.size() - 12).replace("''", "'");
        }
        QMap<QString, bool> required;
        for (const QJsonValue& column : QJsonDocument::fromJson(inputs).array())
            required.insert(column[u"name"_s].toString(), column[u"required"_s].toBool());
        QCOMPARE(required, (QMap<QString, bool>{{u"x1"_s, true}, {u"x2"_s, true}, {u"x3"_s, true}, {u"color"_s, false}}));
        const QJsonObject metadata = QJsonDocument::fromJson(versionFile(u"metadata.json"_s)).object();
        QCOMPARE(metadata.value(u"optional_inputs"_s).toArray(), QJsonArray({u"color"_s}));
    }

    void theModelCardShowsBothWays()
    {
        const QByteArray card = versionFile(u"MODEL_CARD.md"_s);
        QVERIFY(card.contains("mlflow.pyfunc.load_model(\"REGISTRY/churn/VERSION\")"));
        QVERIFY(card.contains("grove_xgboost.py"));
        // The raw Booster with the category codes of metadata.json.
        QVERIFY(card.contains("enumerate(feature[\"categories\"])"));
        QVERIFY(card.contains("booster.inplace_predict("));
    }

    void verifyCoversTheNewFiles()
    {
        const QByteArray manifest = versionFile(u"MANIFEST.sha256"_s);
        QVERIFY(manifest.contains("  grove_xgboost.py\n"));
        QVERIFY(manifest.contains("  python_env.yaml\n"));
        Run verify = grove({u"registry"_s, u"verify"_s, u"--registry"_s, m_registry});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));

        // A second version; then the loader of one and the environment of the other change.
        const Run second = exportRun();
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        const QString other = second.json().value(u"path"_s).toString();
        for (const QString& path : {m_version + u"/grove_xgboost.py"_s, other + u"/python_env.yaml"_s}) {
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            QByteArray bytes = grove::test::readFile(path);
            bytes.replace("xgboost", "xgboosT").replace("python:", "python: 2.7 #");
            grove::test::writeFile(path, bytes);
        }
        verify = grove({u"registry"_s, u"verify"_s, u"--registry"_s, m_registry});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("grove_xgboost.py"), verify.out.constData());
        QVERIFY2(verify.out.contains("python_env.yaml"), verify.out.constData());
        // A version whose loader changed is not used either.
        const QString input = grove::test::writeFile(m_dir.filePath(u"new.csv"_s),
                                                     grove::test::syntheticCsv(grove::test::syntheticRows(20, 9)));
        const QString output = m_dir.filePath(u"scored.csv"_s);
        Run predicted = grove({u"predict"_s, u"--model"_s, m_version, u"--input"_s, input, u"--output"_s, output});
        QVERIFY(predicted.exitCode != 0);
        QVERIFY2(predicted.err.contains(u"grove_xgboost.py"_s), qPrintable(predicted.err));
        QVERIFY(!QFile::exists(output));
    }
};

QTEST_GUILESS_MAIN(TestExportPython)
#include "tst_export_python.moc"
