// grove-cli validate, export, registry list|show|verify|promote|history and predict --model, run
// as a pipeline runs them: exit statuses, JSON documents, the files of a version, and what a
// tampered version or a scoring file with the wrong columns gets.
#include "tests/TestFiles.h"
#include "tests/TrainingData.h"

#include "core/registry/Registry.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

class TestCliRegistry : public QObject
{
    Q_OBJECT

    using Run = grove::test::CliRun;
    QTemporaryDir m_dir;
    QString m_ws, m_registry;
    qint64 m_good = 0, m_weak = 0;

    Run grove(const QStringList& arguments) const
    {
        return grove::test::runCli(QStringList{u"--workspace"_s, m_ws} + arguments);
    }
    Run registry(const QStringList& arguments) const
    {
        return grove(QStringList{u"registry"_s} + arguments + QStringList{u"--registry"_s, m_registry});
    }
    qint64 train(const QStringList& extra) const
    {
        const Run run = grove(QStringList{u"train"_s, u"--dataset"_s, u"synth"_s, u"--target"_s, u"label"_s,
                                          u"--exclude"_s, u"grade"_s, u"--exclude"_s, u"amount"_s, u"--threads"_s,
                                          u"2"_s, u"--json"_s} +
                              extra);
        return run.exitCode == 0 ? run.json().value(u"run_id"_s).toInteger() : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        m_registry = m_dir.filePath(u"shared registry"_s);
        const QString csv = grove::test::writeFile(m_dir.filePath(u"synth.csv"_s),
                                                   grove::test::syntheticCsv(grove::test::syntheticRows(400, 5)));
        QCOMPARE(grove({u"import"_s, csv}).exitCode, 0);
        m_good = train({u"--rounds"_s, u"20"_s});
        m_weak = train({u"--rounds"_s, u"2"_s, u"--param"_s, u"max_depth=1"_s});
        QVERIFY(m_good > 0 && m_weak > 0);
    }

    void exportNeedsAPassedValidation()
    {
        const QString id = QString::number(m_weak);
        const QStringList exportArgs{u"export"_s, id, u"--model"_s, u"churn"_s, u"--registry"_s, m_registry};
        // Not validated: refused with exit 2 and a hint.
        Run refused = grove(exportArgs);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"grove-cli validate %1"_s.arg(id)), qPrintable(refused.err));
        // A failed validation: exit 1, the report says which rule; export still refused.
        Run failed = grove({u"validate"_s, id, u"--rule"_s, u"valid.auc >= 0.999"_s, u"--json"_s});
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(failed.json().value(u"passed"_s).toBool(), false);
        refused = grove(exportArgs);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"valid.auc >= 0.999"_s), qPrintable(refused.err));
        QVERIFY(!QDir(m_registry + u"/churn"_s).exists() || QDir(m_registry + u"/churn"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        // A bad rule is a usage error naming it.
        Run bad = grove({u"validate"_s, id, u"--rule"_s, u"valid.auc => 1"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"valid.auc => 1"_s), qPrintable(bad.err));
    }

    void validateExportAndBrowse()
    {
        const QString id = QString::number(m_good);
        // Rules remembered for the experiment apply when none are given.
        Run validated = grove({u"validate"_s, id, u"--rule"_s, u"valid.auc >= 0.6"_s, u"--remember"_s});
        QVERIFY2(validated.exitCode == 0, qPrintable(validated.describe() + QString::fromUtf8(validated.out)));
        QVERIFY(validated.out.contains("passed validation"));
        validated = grove({u"validate"_s, id, u"--json"_s});
        QCOMPARE(validated.exitCode, 0);
        QStringList names;
        for (const QJsonValue& check : validated.json().value(u"checks"_s).toArray())
            names << check.toObject().value(u"name"_s).toString();
        QVERIFY2(names.contains(u"valid.auc >= 0.6"_s), qPrintable(names.join(u", "_s)));
        QVERIFY(names.contains(u"predictions_reproduce"_s));

        Run exported = grove({u"export"_s, id, u"--model"_s, u"churn"_s, u"--registry"_s, m_registry, u"--json"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const QJsonObject json = exported.json();
        QCOMPARE(json.value(u"model"_s).toString(), u"churn"_s);
        QCOMPARE(json.value(u"version"_s).toInt(), 1);
        const QString path = json.value(u"path"_s).toString();
        QCOMPARE(QDir::cleanPath(path), QDir::cleanPath(m_registry + u"/churn/1"_s));
        for (const char* file : {"model.ubj", "MLmodel", "requirements.txt", "metadata.json", "MODEL_CARD.md",
                                 "MANIFEST.sha256"})
            QVERIFY2(QFile::exists(QDir(path).filePath(QString::fromLatin1(file))), file);
        const QByteArray card = grove::test::readFile(QDir(path).filePath(u"MODEL_CARD.md"_s));
        QVERIFY(card.contains("# churn") && card.contains("valid.auc >= 0.6") && card.contains("## Lineage"));
        QVERIFY2(card.contains("- Validation: 20 % of the rows held out (split seed 42)"), card.constData());
        // A second export is version 2.
        exported = grove({u"export"_s, id, u"--model"_s, u"churn"_s, u"--registry"_s, m_registry, u"--json"_s});
        QCOMPARE(exported.json().value(u"version"_s).toInt(), 2);

        Run list = registry({u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray models = list.json().value(u"models"_s).toArray();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models[0].toObject().value(u"versions"_s).toInt(), 2);
        Run show = registry({u"show"_s, u"churn"_s, u"1"_s, u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.json().value(u"verified"_s).toBool(), true);
        QCOMPARE(show.json().value(u"run_id"_s).toInteger(), m_good);
        QCOMPARE(show.json().value(u"stage"_s).toString(), u"None"_s);
        QCOMPARE(registry({u"verify"_s}).exitCode, 0);
    }

    void stagesAndHistory()
    {
        QCOMPARE(registry({u"promote"_s, u"churn"_s, u"1"_s, u"--stage"_s, u"Production"_s, u"--reason"_s,
                           u"first release"_s})
                     .exitCode,
                 0);
        // Promoting version 2 archives version 1, in the same entry.
        Run promoted = registry({u"promote"_s, u"churn"_s, u"2"_s, u"--stage"_s, u"production"_s, u"--reason"_s,
                                 u"retrained"_s, u"--json"_s});
        QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.describe()));
        QCOMPARE(promoted.json().value(u"changes"_s).toArray().size(), 2);
        Run history = registry({u"history"_s, u"churn"_s, u"--json"_s});
        const QJsonArray changes = history.json().value(u"history"_s).toArray();
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0].toObject().value(u"to"_s).toString(), u"Production"_s);
        QCOMPARE(changes.last().toObject().value(u"reason"_s).toString(), u"retrained"_s);
        QVERIFY(!changes.last().toObject().value(u"user"_s).toString().isEmpty());
        // A reason is required; an unknown stage is a usage error.
        QCOMPARE(registry({u"promote"_s, u"churn"_s, u"1"_s, u"--stage"_s, u"Staging"_s}).exitCode, 2);
        Run unknown = registry({u"promote"_s, u"churn"_s, u"1"_s, u"--stage"_s, u"Live"_s, u"--reason"_s, u"x"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"Live"_s));
        QCOMPARE(registry({u"history"_s, u"churn"_s, u"--json"_s}).json().value(u"history"_s).toArray().size(), 3);

        // A rule against Production: the weak run is worse than version 2 and fails.
        Run compared = grove({u"validate"_s, QString::number(m_weak), u"--rule"_s, u"valid.auc >= production - 0.01"_s,
                              u"--model"_s, u"churn"_s, u"--registry"_s, m_registry, u"--json"_s});
        QCOMPARE(compared.exitCode, 1);
        QVERIFY(compared.json().value(u"production"_s).toString().contains(u"version 2"_s));
        // Without --model it cannot know which Production to compare with.
        QCOMPARE(grove({u"validate"_s, QString::number(m_weak), u"--rule"_s, u"valid.auc >= production"_s}).exitCode, 2);
    }

    void predictWithAVersion()
    {
        const QString input = grove::test::writeFile(m_dir.filePath(u"new.csv"_s),
                                                     grove::test::syntheticCsv(grove::test::syntheticRows(50, 9)));
        const QString byVersion = m_dir.filePath(u"by-version.csv"_s), byRun = m_dir.filePath(u"by-run.csv"_s);
        Run predicted = grove({u"predict"_s, u"--model"_s, m_registry + u"/churn/1"_s, u"--input"_s, input,
                               u"--output"_s, byVersion});
        QVERIFY2(predicted.exitCode == 0, qPrintable(predicted.describe()));
        QCOMPARE(grove({u"predict"_s, u"--run"_s, QString::number(m_good), u"--input"_s, input, u"--output"_s, byRun})
                     .exitCode,
                 0);
        QCOMPARE(grove::test::readFile(byVersion), grove::test::readFile(byRun)); // the same model, the same bytes
        // The path as a shell completes it, with a slash at the end.
        const QString completed = m_dir.filePath(u"by-completed-path.csv"_s);
        Run slash = grove({u"predict"_s, u"--model"_s, m_registry + u"/churn/1/"_s, u"--input"_s, input, u"--output"_s, completed});
        QVERIFY2(slash.exitCode == 0, qPrintable(slash.describe()));
        QCOMPARE(grove::test::readFile(completed), grove::test::readFile(byVersion));
        // A file without a feature column: the column is named, nothing is written.
        const QString partial = grove::test::writeFile(
            m_dir.filePath(u"partial.csv"_s),
            grove::test::syntheticCsv(grove::test::syntheticRows(10, 3), {u"x1"_s, u"x2"_s, u"color"_s}));
        const QString none = m_dir.filePath(u"none.csv"_s);
        Run missing = grove({u"predict"_s, u"--model"_s, m_registry + u"/churn/1"_s, u"--input"_s, partial,
                             u"--output"_s, none});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"x3"_s), qPrintable(missing.err));
        QVERIFY(!QFile::exists(none));
        QCOMPARE(grove({u"predict"_s, u"--model"_s, u"churn"_s, u"--input"_s, input, u"--output"_s, none}).exitCode, 2);
    }

    // registry copy names both registries; the copy verifies, names its source and scores as it does.
    void copyAVersionToAnotherRegistry()
    {
        const QString team = m_dir.filePath(u"team registry"_s);
        const QString source = m_registry + u"/churn/1"_s;
        // A copy never creates a registry: a mistyped path is not a new one.
        Run missing = grove({u"registry"_s, u"copy"_s, source, team});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"does not exist"_s), qPrintable(missing.err));
        QVERIFY(!QFileInfo::exists(team));
        QVERIFY(QDir().mkpath(team));
        QCOMPARE(grove({u"registry"_s, u"copy"_s, source}).exitCode, 2);

        Run copied = grove({u"registry"_s, u"copy"_s, source, team, u"--json"_s});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.describe()));
        const QJsonObject json = copied.json();
        QCOMPARE(json.value(u"model"_s).toString(), u"churn"_s);
        QCOMPARE(json.value(u"version"_s).toInt(), 1);
        QCOMPARE(QDir::cleanPath(json.value(u"path"_s).toString()), QDir::cleanPath(team + u"/churn/1"_s));
        const QJsonObject from = json.value(u"source"_s).toObject();
        QCOMPARE(QDir::cleanPath(from.value(u"registry"_s).toString()), QDir::cleanPath(m_registry));
        QCOMPARE(from.value(u"model"_s).toString(), u"churn"_s);
        QCOMPARE(from.value(u"version"_s).toInt(), 1);
        const QByteArray manifest = grove::test::readFile(source + u"/MANIFEST.sha256"_s);
        QCOMPARE(from.value(u"manifest_sha256"_s).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(grove({u"registry"_s, u"verify"_s, u"--registry"_s, team}).exitCode, 0);
        const QJsonObject metadata =
            QJsonDocument::fromJson(grove::test::readFile(team + u"/churn/1/metadata.json"_s)).object();
        QCOMPARE(metadata.value(u"copied_from"_s).toArray().first().toObject().value(u"manifest_sha256"_s),
                 from.value(u"manifest_sha256"_s));
        // The copy scores exactly as the source did (predictWithAVersion wrote by-version.csv).
        const QString scored = m_dir.filePath(u"by-copy.csv"_s);
        QCOMPARE(grove({u"predict"_s, u"--model"_s, team + u"/churn/1"_s, u"--input"_s, m_dir.filePath(u"new.csv"_s),
                        u"--output"_s, scored})
                     .exitCode,
                 0);
        QCOMPARE(grove::test::readFile(scored), grove::test::readFile(m_dir.filePath(u"by-version.csv"_s)));

        // --model: another name; an invalid one is a usage error that writes nothing.
        Run renamed = grove({u"registry"_s, u"copy"_s, source, team, u"--model"_s, u"churn eu"_s});
        QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.describe()));
        QVERIFY2(renamed.out.contains("as churn eu version 1"), renamed.out.constData());
        QCOMPARE(grove({u"registry"_s, u"copy"_s, source, team, u"--model"_s, u"../x"_s}).exitCode, 2);
        QCOMPARE(QDir(team).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
                 (QStringList{u".audit"_s, u"churn"_s, u"churn eu"_s})); // the audit log has the two copies
        QCOMPARE(grove::Registry(team).auditLog().read()->entries.size(), 2);
        // Onto itself: refused; under another name in the same registry: a new model.
        Run itself = grove({u"registry"_s, u"copy"_s, source, m_registry});
        QCOMPARE(itself.exitCode, 2);
        QVERIFY2(itself.err.contains(u"--model"_s), qPrintable(itself.err));
        const QString same = copyOfRegistry(u"copy within"_s);
        QCOMPARE(grove({u"registry"_s, u"copy"_s, same + u"/churn/2"_s, same, u"--model"_s, u"churn-b"_s}).exitCode, 0);
        QVERIFY(QFileInfo::exists(same + u"/churn-b/1/model.ubj"_s));

        // A damaged source: exit 1, the file named, nothing in the destination.
        const QString damaged = copyOfRegistry(u"copy damaged"_s);
        const QString model = damaged + u"/churn/1/model.ubj"_s;
        QFile::setPermissions(model, QFile::ReadOwner | QFile::WriteOwner);
        QByteArray bytes = grove::test::readFile(model);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        grove::test::writeFile(model, bytes);
        const QString empty = m_dir.filePath(u"empty registry"_s);
        QVERIFY(QDir().mkpath(empty));
        Run refused = grove({u"registry"_s, u"copy"_s, damaged + u"/churn/1"_s, empty});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"model.ubj"_s), qPrintable(refused.err));
        QVERIFY(QDir(empty).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    // A registry is never a version, a model or a folder within one, nor inside another registry:
    // export --registry and registry copy refuse such a folder, and the registry still verifies.
    void aRegistryInsideARegistryIsRefused()
    {
        const QString other = copyOfRegistry(u"nested"_s);
        QVERIFY(!other.isEmpty());
        QVERIFY(QFileInfo(other + u"/churn/history"_s).isDir());
        const QStringList existing{other + u"/churn/1"_s, other + u"/churn"_s, other + u"/churn/history"_s,
                                   other + u"/.audit"_s};
        for (const QString& inside : existing + QStringList{other + u"/new"_s, other + u"/churn/1/new"_s}) {
            Run exported = grove({u"export"_s, QString::number(m_good), u"--model"_s, u"churn"_s, u"--registry"_s, inside});
            QVERIFY2(exported.exitCode == 2, qPrintable(inside + u": "_s + exported.describe()));
            QVERIFY2(exported.err.contains(u"Give the registry folder itself"_s), qPrintable(exported.err));
            QVERIFY(existing.contains(inside) || !QFileInfo::exists(inside));
        }
        for (const QString& inside : existing) {
            Run copied = grove({u"registry"_s, u"copy"_s, m_registry + u"/churn/1"_s, inside});
            QVERIFY2(copied.exitCode == 2, qPrintable(inside + u": "_s + copied.describe()));
        }
        Run verified = grove({u"registry"_s, u"verify"_s, u"--registry"_s, other});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
    }

    // The shared folder is hostile input; each case works on a copy of the registry as it is now.
    QString copyOfRegistry(const QString& name) const
    {
        const QString copy = m_dir.filePath(name);
        return QProcess::execute(u"cp"_s, {u"-a"_s, m_registry, copy}) == 0 ? copy : QString();
    }

    void freeTextIsRefusedOrPrintedEscaped()
    {
        Run refused = registry({u"promote"_s, u"churn"_s, u"1"_s, u"--stage"_s, u"Staging"_s, u"--reason"_s,
                                u"ok\n2026-01-01 00:00  1  Archived  Production  boss@hq  approved"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"The reason contains a line break"_s), qPrintable(refused.err));
        QCOMPARE(registry({u"history"_s, u"churn"_s, u"--json"_s}).json().value(u"history"_s).toArray().size(), 3);

        // What another program wrote into the history prints as one harmless line.
        const QString copy = copyOfRegistry(u"escaped"_s);
        const QJsonObject change{{u"version"_s, 2}, {u"from"_s, u"Production"_s}, {u"to"_s, u"Staging"_s},
                                 {u"reason"_s, u"\x1b[2J\x1b[31mred\r\n2026-01-01 00:00  1  None  Production  \a\u202Eforged"_s},
                                 {u"user"_s, u"eve\x1b]0;title\a"_s}, {u"host"_s, u"h"_s},
                                 {u"time"_s, u"2026-01-02T00:00:00.000Z"_s}};
        const QJsonObject entry{{u"format"_s, 1}, {u"sequence"_s, 3}, {u"changes"_s, QJsonArray{change}}};
        QVERIFY(!grove::test::writeFile(copy + u"/churn/history/000003.json"_s, QJsonDocument(entry).toJson()).isEmpty());
        Run history = grove({u"registry"_s, u"history"_s, u"churn"_s, u"--registry"_s, copy});
        QVERIFY2(history.exitCode == 0, qPrintable(history.describe()));
        for (const char unsafe : {'\x1b', '\r', '\a'})
            QVERIFY2(!history.out.contains(unsafe), history.out.constData());
        QVERIFY(!history.out.contains("\u202E"));
        QVERIFY2(history.out.contains("\\e[2J\\e[31mred\\r\\n2026-01-01 00:00  1  None  Production  \\x07\\u202eforged"),
                 history.out.constData());
        QCOMPARE(history.out.count('\n'), 1 + 4); // the header and one line per change
    }

    // After stagesAndHistory: churn has versions 1 (Archived) and 2 (Production), and two history
    // entries (the second promotion archived version 1 in the same entry).
    void aliasesFromTheCommandLine()
    {
        // set needs a VERSION, and every change a reason.
        Run usage = registry({u"alias"_s, u"set"_s, u"churn"_s, u"champion"_s, u"--reason"_s, u"x"_s});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(u"set MODEL ALIAS VERSION"_s), qPrintable(usage.err));
        QCOMPARE(registry({u"alias"_s, u"set"_s, u"churn"_s, u"champion"_s, u"1"_s}).exitCode, 2);

        Run set = registry({u"alias"_s, u"set"_s, u"churn"_s, u"champion"_s, u"1"_s, u"--reason"_s, u"first to serve"_s,
                            u"--json"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        QCOMPARE(set.json().value(u"alias"_s).toString(), u"champion"_s);
        QVERIFY(set.json().value(u"from"_s).isNull());
        QCOMPARE(set.json().value(u"to"_s).toInt(), 1);
        QCOMPARE(set.json().value(u"sequence"_s).toInt(), 3); // after two promotions
        QCOMPARE(set.json().value(u"reason"_s).toString(), u"first to serve"_s);
        QVERIFY(!set.json().value(u"user"_s).toString().isEmpty());
        // Set on an existing alias moves it.
        Run moved = registry({u"alias"_s, u"set"_s, u"churn"_s, u"champion"_s, u"2"_s, u"--reason"_s, u"retrained"_s});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.describe()));
        QVERIFY2(moved.out.contains("churn@champion moved from version 1 to version 2."), moved.out.constData());
        QCOMPARE(registry({u"alias"_s, u"set"_s, u"churn"_s, u"shadow"_s, u"1"_s, u"--reason"_s, u"compare"_s}).exitCode, 0);
        Run again = registry({u"alias"_s, u"set"_s, u"churn"_s, u"champion"_s, u"2"_s, u"--reason"_s, u"again"_s});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"points to version 2 already"_s), qPrintable(again.err));

        // show lists the aliases of each version.
        Run show = registry({u"show"_s, u"churn"_s, u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        const QJsonArray versions = show.json().value(u"versions"_s).toArray();
        QCOMPARE(versions[0].toObject().value(u"aliases"_s).toArray(), QJsonArray{u"shadow"_s});
        QCOMPARE(versions[1].toObject().value(u"aliases"_s).toArray(), QJsonArray{u"champion"_s});
        Run table = registry({u"show"_s, u"churn"_s});
        QVERIFY2(table.out.contains("ALIASES") && table.out.contains("champion") && table.out.contains("shadow"),
                 table.out.constData());
        Run one = registry({u"show"_s, u"churn"_s, u"2"_s});
        QVERIFY2(one.out.contains("Aliases: champion\n"), one.out.constData());
        QCOMPARE(registry({u"show"_s, u"churn"_s, u"2"_s, u"--json"_s}).json().value(u"aliases"_s).toArray(),
                 QJsonArray{u"champion"_s});

        // The history has every move, with from and to.
        Run history = registry({u"history"_s, u"churn"_s, u"--json"_s});
        const QJsonArray changes = history.json().value(u"history"_s).toArray();
        QCOMPARE(changes.size(), 6);
        const QJsonObject move = changes[4].toObject();
        QCOMPARE(move.value(u"alias"_s).toString(), u"champion"_s);
        QCOMPARE(move.value(u"from"_s).toInt(), 1);
        QCOMPARE(move.value(u"to"_s).toInt(), 2);
        QCOMPARE(move.value(u"reason"_s).toString(), u"retrained"_s);
        QCOMPARE(move.value(u"sequence"_s).toInt(), 4);
        Run text = registry({u"history"_s, u"churn"_s});
        QVERIFY2(text.out.contains("@champion") && text.out.contains("retrained"), text.out.constData());
        QCOMPARE(text.out.count('\n'), 1 + 6);

        // predict with REGISTRY/MODEL@ALIAS writes what predicting with its version writes.
        const QString input = m_dir.filePath(u"new.csv"_s);
        const QString byAlias = m_dir.filePath(u"by-alias.csv"_s), byVersion = m_dir.filePath(u"by-version-2.csv"_s);
        Run viaAlias = grove({u"predict"_s, u"--model"_s, m_registry + u"/churn@champion"_s, u"--input"_s, input,
                              u"--output"_s, byAlias, u"--json"_s});
        QVERIFY2(viaAlias.exitCode == 0, qPrintable(viaAlias.describe()));
        QCOMPARE(viaAlias.json().value(u"version"_s).toInt(), 2);
        QCOMPARE(viaAlias.json().value(u"alias"_s).toString(), u"champion"_s);
        QCOMPARE(grove({u"predict"_s, u"--model"_s, m_registry + u"/churn/2"_s, u"--input"_s, input, u"--output"_s,
                        byVersion})
                     .exitCode,
                 0);
        QVERIFY(!grove::test::readFile(byAlias).isEmpty());
        QCOMPARE(grove::test::readFile(byAlias), grove::test::readFile(byVersion));
        Run said = grove({u"predict"_s, u"--model"_s, m_registry + u"/churn@shadow"_s, u"--input"_s, input,
                          u"--output"_s, m_dir.filePath(u"by-shadow.csv"_s)});
        QVERIFY2(said.out.contains("of churn@shadow (version 1)"), said.out.constData());
        // An unknown alias: exit 2, named, with the model's aliases; nothing is written.
        const QString none = m_dir.filePath(u"no-alias.csv"_s);
        Run unknown = grove({u"predict"_s, u"--model"_s, m_registry + u"/churn@champoin"_s, u"--input"_s, input,
                             u"--output"_s, none});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"no alias \"champoin\"; its aliases are: champion (version 2), shadow (version 1)"_s),
                 qPrintable(unknown.err));
        QVERIFY(!QFile::exists(none));
        QCOMPARE(grove({u"predict"_s, u"--model"_s, m_registry + u"/churn@"_s, u"--input"_s, input, u"--output"_s, none})
                     .exitCode,
                 2);

        // Hostile names and reasons are refused, and nothing is recorded.
        Run name = registry({u"alias"_s, u"set"_s, u"churn"_s, u"champ\x1b[2J"_s, u"1"_s, u"--reason"_s, u"x"_s});
        QCOMPARE(name.exitCode, 2);
        QVERIFY2(name.err.contains(u"The alias"_s) && !name.err.contains(u'\x1b'), qPrintable(name.err));
        Run reason = registry({u"alias"_s, u"set"_s, u"churn"_s, u"champion"_s, u"1"_s, u"--reason"_s,
                               u"ok\n2026-01-01 00:00  @champion  -  1  boss@hq  approved"_s});
        QCOMPARE(reason.exitCode, 2);
        QVERIFY2(reason.err.contains(u"The reason contains a line break"_s), qPrintable(reason.err));
        QCOMPARE(registry({u"alias"_s, u"set"_s, u"churn"_s, u"7"_s, u"1"_s, u"--reason"_s, u"x"_s}).exitCode, 2);

        // remove, with VERSION only while the alias points there.
        Run guarded = registry({u"alias"_s, u"remove"_s, u"churn"_s, u"shadow"_s, u"2"_s, u"--reason"_s, u"done"_s});
        QCOMPARE(guarded.exitCode, 2);
        QVERIFY2(guarded.err.contains(u"points to version 1, not to version 2"_s), qPrintable(guarded.err));
        Run removed = registry({u"alias"_s, u"remove"_s, u"churn"_s, u"shadow"_s, u"1"_s, u"--reason"_s, u"done"_s});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QVERIFY2(removed.out.contains("churn@shadow removed (it pointed to version 1)."), removed.out.constData());
        QCOMPARE(registry({u"history"_s, u"churn"_s, u"--json"_s}).json().value(u"history"_s).toArray().size(), 7);
        QCOMPARE(registry({u"verify"_s}).exitCode, 0);
    }

    // An alias entry that contradicts the replay is damage, and verify says so.
    void verifyReportsForgedAliasEntries()
    {
        const QString copy = copyOfRegistry(u"forged alias"_s);
        const QJsonObject change{{u"alias"_s, u"champion"_s}, {u"from"_s, 1}, {u"to"_s, 2},
                                 {u"reason"_s, u"forged"_s},   {u"user"_s, u"eve"_s}, {u"host"_s, u"h"_s},
                                 {u"time"_s, u"2026-01-02T00:00:00.000Z"_s}};
        const QJsonObject entry{{u"format"_s, 2}, {u"sequence"_s, 7}, {u"changes"_s, QJsonArray()},
                                {u"aliases"_s, QJsonArray{change}}};
        QVERIFY(!grove::test::writeFile(copy + u"/churn/history/000007.json"_s, QJsonDocument(entry).toJson()).isEmpty());
        Run verify = grove({u"registry"_s, u"verify"_s, u"--registry"_s, copy});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("000007.json contradicts the entries before it (it moves alias \"champion\" from "
                                     "version 1, but the alias points to version 2"),
                 verify.out.constData());
        const QString output = m_dir.filePath(u"forged.csv"_s);
        Run predicted = grove({u"predict"_s, u"--model"_s, copy + u"/churn@champion"_s, u"--input"_s,
                               m_dir.filePath(u"new.csv"_s), u"--output"_s, output});
        QCOMPARE(predicted.exitCode, 1);
        QVERIFY(!QFile::exists(output));

        // An alias that replays, but on a version the model does not have.
        QVERIFY(QFile::remove(copy + u"/churn/history/000007.json"_s));
        const QJsonObject ghost{{u"format"_s, 2}, {u"sequence"_s, 7}, {u"changes"_s, QJsonArray()},
                                {u"aliases"_s, QJsonArray{QJsonObject{{u"alias"_s, u"ghost"_s}, {u"from"_s, QJsonValue()},
                                                                      {u"to"_s, 9}, {u"reason"_s, u"r"_s},
                                                                      {u"user"_s, u"eve"_s}, {u"host"_s, u"h"_s},
                                                                      {u"time"_s, u"2026-01-02T00:00:00.000Z"_s}}}}};
        QVERIFY(!grove::test::writeFile(copy + u"/churn/history/000007.json"_s, QJsonDocument(ghost).toJson()).isEmpty());
        verify = grove({u"registry"_s, u"verify"_s, u"--registry"_s, copy});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("alias \"ghost\" points to version 9, which the model does not have") &&
                     verify.out.contains("Aliases that point to no version: 1."),
                 verify.out.constData());
    }

    // Two grove-cli processes move one alias 20 times each, at the same time: every move is
    // recorded once, from the version the alias really had, and a reader always sees one holder.
    void concurrentAliasMovesKeepOneHolder()
    {
        constexpr int kWorkers = 2, kMoves = 20;
        const QString root = m_dir.filePath(u"raced registry"_s);
        grove::Registry shared(root);
        for (int i = 1; i <= 2 * kWorkers; ++i)
            QVERIFY(shared.publish(u"churn"_s, {{u"model.ubj"_s, QByteArray(256, char('a' + i))}}).ok());
        // Worker w moves the alias between its own two versions, so that each of its moves
        // changes the holder whatever the other worker did.
        std::atomic<bool> stop = false;
        std::atomic<int> reads = 0;
        QString readerProblem;
        std::thread reader([&] {
            grove::Registry registry(root);
            while (!stop && readerProblem.isEmpty()) {
                auto versions = registry.versions(u"churn"_s);
                if (!versions) {
                    readerProblem = versions.error().message;
                    break;
                }
                int holders = 0;
                for (const grove::ModelVersion& version : *versions)
                    holders += int(version.aliases.count(u"champion"_s));
                if (holders > 1)
                    readerProblem = u"%1 versions hold the alias"_s.arg(holders);
                ++reads;
            }
        });
        std::vector<std::unique_ptr<QProcess>> processes;
        QList<QList<QJsonObject>> results(kWorkers);
        QStringList failures;
        std::function<void(int)> next = [&](int worker) {
            const int move = int(results[worker].size());
            const int version = 2 * worker + 1 + move % 2;
            processes[std::size_t(worker)]->start(
                QStringLiteral(GROVE_CLI_PATH),
                {u"--workspace"_s, m_ws, u"registry"_s, u"alias"_s, u"set"_s, u"churn"_s, u"champion"_s,
                 QString::number(version), u"--reason"_s, u"worker %1 move %2"_s.arg(worker).arg(move),
                 u"--registry"_s, root, u"--json"_s});
        };
        for (int worker = 0; worker < kWorkers; ++worker) {
            processes.push_back(std::make_unique<QProcess>());
            QProcess* process = processes.back().get();
            connect(process, &QProcess::finished, this, [&, worker, process](int exitCode) {
                if (exitCode != 0) {
                    failures << QString::fromUtf8(process->readAllStandardError());
                    results[worker] << QJsonObject();
                } else {
                    results[worker] << QJsonDocument::fromJson(process->readAllStandardOutput()).object();
                }
                if (results[worker].size() < kMoves)
                    next(worker);
            });
        }
        for (int worker = 0; worker < kWorkers; ++worker)
            next(worker);
        QTRY_VERIFY_WITH_TIMEOUT(results[0].size() == kMoves && results[1].size() == kMoves, 240000);
        stop = true;
        reader.join();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY2(readerProblem.isEmpty(), qPrintable(readerProblem));

        // The history has all 40 moves, each at the sequence its writer reported, from the
        // version the replay had there.
        auto history = shared.history(u"churn"_s);
        QVERIFY2(history, qPrintable(history ? QString() : history.error().message));
        QCOMPARE(history->size(), kWorkers * kMoves);
        QMap<int, QJsonObject> reported;
        for (const QList<QJsonObject>& list : std::as_const(results)) {
            for (const QJsonObject& result : list)
                reported.insert(result.value(u"sequence"_s).toInt(), result);
        }
        QCOMPARE(reported.size(), kWorkers * kMoves);
        int holder = 0, handovers = 0;
        QString lastWorker;
        for (const grove::HistoryEntry& entry : *history) {
            QCOMPARE(entry.aliasChanges.size(), 1);
            const grove::AliasChange& change = entry.aliasChanges.front();
            QCOMPARE(change.from, holder); // one holder at every point, and the move starts there
            QVERIFY(change.to > 0);
            holder = change.to;
            const QJsonObject result = reported.value(entry.sequence);
            QCOMPARE(result.value(u"reason"_s).toString(), change.reason);
            QCOMPARE(result.value(u"from"_s).toInt(), change.from);
            QCOMPARE(result.value(u"to"_s).toInt(), change.to);
            const QString worker = change.reason.section(u' ', 1, 1);
            handovers += !lastWorker.isEmpty() && worker != lastWorker;
            lastWorker = worker;
        }
        QCOMPARE(*shared.resolveAlias(u"churn"_s, u"champion"_s), holder);
        // The registry's audit log, written by the same racing processes, is one unbroken chain
        // with every move.
        auto audit = shared.auditLog().read();
        QVERIFY(audit);
        QVERIFY2(audit->intact(), qPrintable(audit->problems.join(u'\n')));
        int aliasEntries = 0;
        for (const grove::AuditEntry& entry : audit->entries)
            aliasEntries += entry.object == u"churn@champion"_s ? 1 : 0;
        QCOMPARE(aliasEntries, kWorkers * kMoves);
        qInfo("%d moves, %d handovers between the workers, %d reads while they raced", int(history->size()), handovers,
              int(reads));
    }

    void verifyReportsWhatItDoesNotCheck()
    {
        const QString copy = copyOfRegistry(u"stray"_s);
        for (const QString& folder : {u"churn/007"_s, u"churn/v3"_s, u".old-registry/churn/1"_s, u"CON"_s})
            QVERIFY(QDir().mkpath(copy + u'/' + folder));
        QVERIFY(QFile::link(copy + u"/churn/1"_s, copy + u"/churn/3"_s));
        Run verify = grove({u"registry"_s, u"verify"_s, u"--registry"_s, copy});
        QCOMPARE(verify.exitCode, 1);
        for (const char* line : {"UNEXPECTED: churn/007: a folder whose name is not a version number",
                                 "UNEXPECTED: churn/3: a symbolic link", "UNEXPECTED: churn/v3:",
                                 "UNEXPECTED: .old-registry:", "UNEXPECTED: CON:",
                                 "2 of 2 versions verified; 0 failed. Unexpected entries in the registry folder: 5 (listed above)."})
            QVERIFY2(verify.out.contains(line), verify.out.constData());
        Run json = grove({u"registry"_s, u"verify"_s, u"--registry"_s, copy, u"--json"_s});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(u"unexpected"_s).toArray().size(), 5);
        QCOMPARE(json.json().value(u"failed"_s).toInt(), 5);
    }

    void linkedFoldersAreNotUsed()
    {
        const QString copy = copyOfRegistry(u"linked"_s), outside = m_dir.filePath(u"outside"_s);
        QVERIFY(QProcess::execute(u"cp"_s, {u"-a"_s, copy + u"/churn"_s, outside}) == 0);
        QVERIFY(QFile::link(outside + u"/2"_s, copy + u"/churn/3"_s));
        const QString input = m_dir.filePath(u"new.csv"_s), output = m_dir.filePath(u"linked.csv"_s);
        const QList<QStringList> uses{
            {u"registry"_s, u"show"_s, u"churn"_s, u"3"_s, u"--registry"_s, copy},
            {u"registry"_s, u"verify"_s, u"churn"_s, u"3"_s, u"--registry"_s, copy},
            {u"registry"_s, u"promote"_s, u"churn"_s, u"3"_s, u"--stage"_s, u"Staging"_s, u"--reason"_s, u"x"_s,
             u"--registry"_s, copy},
            {u"predict"_s, u"--model"_s, copy + u"/churn/3"_s, u"--input"_s, input, u"--output"_s, output}};
        for (const QStringList& use : uses) {
            Run refused = grove(use);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2((refused.err + QString::fromUtf8(refused.out)).contains(u"churn/3 is a symbolic link"_s),
                     qPrintable(use.join(u' ') + u": "_s + refused.describe()));
        }
        QVERIFY(!QFile::exists(output));
        // Nor does an export write through a linked model folder.
        QVERIFY(QFile::link(outside, copy + u"/fraud"_s));
        const QStringList before = QDir(outside).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        Run exported = grove({u"export"_s, QString::number(m_good), u"--model"_s, u"fraud"_s, u"--registry"_s, copy});
        QCOMPARE(exported.exitCode, 1);
        QVERIFY2(exported.err.contains(u"fraud is a symbolic link"_s), qPrintable(exported.err));
        QCOMPARE(QDir(outside).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    }

    void aHugeMetadataFileIsRefusedFast()
    {
        const QString copy = copyOfRegistry(u"huge"_s);
        const QString metadata = copy + u"/churn/1/metadata.json"_s;
        QFile::setPermissions(metadata, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(QFile::resize(metadata, qint64(1) << 30)); // sparse: no disk, no time
        const QString output = m_dir.filePath(u"huge.csv"_s);
        for (const QStringList& use :
             {QStringList{u"registry"_s, u"show"_s, u"churn"_s, u"1"_s, u"--registry"_s, copy},
              QStringList{u"predict"_s, u"--model"_s, copy + u"/churn/1"_s, u"--input"_s, m_dir.filePath(u"new.csv"_s),
                          u"--output"_s, output}}) {
            QElapsedTimer timer;
            timer.start();
            Run refused = grove(use);
            QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2((refused.err + QString::fromUtf8(refused.out)).contains(u"metadata.json: 1073741824 bytes instead of the"_s),
                     qPrintable(refused.describe()));
        }
        QVERIFY(!QFile::exists(output));
    }

    void aRegistryPathThatIsAFile()
    {
        const QString file = grove::test::writeFile(m_dir.filePath(u"registry.txt"_s), "not a folder");
        for (const QStringList& use : {QStringList{u"registry"_s, u"list"_s, u"--registry"_s, file},
                                       QStringList{u"export"_s, QString::number(m_good), u"--model"_s, u"churn"_s,
                                                   u"--registry"_s, file}}) {
            Run refused = grove(use);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(u"is a file, not a folder"_s), qPrintable(refused.describe()));
        }
        QCOMPARE(grove::test::readFile(file), QByteArray("not a folder"));
    }

    void anEarlyStoppedRunIsExportedWithTheRoundsItPredictsWith()
    {
        const qint64 run = train({u"--rounds"_s, u"300"_s, u"--early-stopping"_s, u"5"_s, u"--param"_s, u"eta=0.3"_s});
        QVERIFY(run > 0);
        const QString id = QString::number(run);
        QCOMPARE(grove({u"validate"_s, id}).exitCode, 0); // the experiment's remembered rule
        Run exported = grove({u"export"_s, id, u"--model"_s, u"stopped"_s, u"--registry"_s, m_registry, u"--json"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const QString path = exported.json().value(u"path"_s).toString();
        const QJsonObject metadata = QJsonDocument::fromJson(grove::test::readFile(path + u"/metadata.json"_s)).object();
        QCOMPARE(metadata.value(u"predict_rounds"_s).toInt(), 0);
        const int best = metadata.value(u"metrics"_s).toObject().value(u"best_iteration"_s).toInt();
        QCOMPARE(metadata.value(u"rounds_in_model"_s).toInt(), best + 1);
        QVERIFY(metadata.value(u"model_sha256"_s).toString() != metadata.value(u"run"_s).toObject().value(u"model_sha256"_s).toString());
        // The cut model predicts exactly as the run does with its best rounds.
        const QString input = grove::test::writeFile(m_dir.filePath(u"stopped.csv"_s),
                                                     grove::test::syntheticCsv(grove::test::syntheticRows(60, 12)));
        const QString a = m_dir.filePath(u"stopped-version.csv"_s), b = m_dir.filePath(u"stopped-run.csv"_s);
        QCOMPARE(grove({u"predict"_s, u"--model"_s, path, u"--input"_s, input, u"--output"_s, a}).exitCode, 0);
        QCOMPARE(grove({u"predict"_s, u"--run"_s, id, u"--input"_s, input, u"--output"_s, b}).exitCode, 0);
        QCOMPARE(grove::test::readFile(a), grove::test::readFile(b));
    }

    void theWorkspaceRemembersItsRegistry()
    {
        // The folder chosen in the window is kept in the workspace: grove-cli uses it too.
        {
            auto workspace = grove::Workspace::openOrCreate(m_ws);
            QVERIFY(workspace.ok());
            QVERIFY(grove::setRegistryFolder(*workspace, m_registry).ok());
        }
        Run list = grove({u"registry"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QDir::cleanPath(list.json().value(u"registry"_s).toString()), QDir::cleanPath(m_registry));
        {
            auto workspace = grove::Workspace::openOrCreate(m_ws);
            QVERIFY(grove::setRegistryFolder(*workspace, QString()).ok());
            QCOMPARE(grove::registryFolder(*workspace), QDir(m_ws).filePath(u"registry"_s));
        }
    }

    void missingRegistriesAndUnknownModelsAreErrors()
    {
        const QString unmounted = m_dir.filePath(u"not-mounted/registry"_s);
        Run verify = grove({u"registry"_s, u"verify"_s, u"--registry"_s, unmounted});
        QCOMPARE(verify.exitCode, 2);
        QVERIFY2(verify.err.contains(u"does not exist"_s), qPrintable(verify.err));
        QCOMPARE(grove({u"registry"_s, u"list"_s, u"--registry"_s, unmounted}).exitCode, 2);
        // Exporting there does not create the missing parent (a share that is not mounted).
        QCOMPARE(grove({u"export"_s, QString::number(m_good), u"--model"_s, u"churn"_s, u"--registry"_s, unmounted}).exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"not-mounted"_s)));
        // A rule against Production of a model the registry does not have names the models it has.
        Run typo = grove({u"validate"_s, QString::number(m_good), u"--rule"_s, u"valid.auc >= production"_s,
                          u"--model"_s, u"chrun"_s, u"--registry"_s, m_registry});
        QCOMPARE(typo.exitCode, 2);
        QVERIFY2(typo.err.contains(u"chrun"_s) && typo.err.contains(u"churn"_s), qPrintable(typo.err));
        // A version another tool published without metadata: shown as far as it goes, no crash.
        grove::Registry registry(m_registry);
        QVERIFY(registry.publish(u"foreign"_s, {{u"model.ubj"_s, QByteArray("not a model")}}).ok());
        Run show = grove({u"registry"_s, u"show"_s, u"foreign"_s, u"1"_s, u"--registry"_s, m_registry});
        QCOMPARE(show.exitCode, 2); // its metadata is not there: reported, not a crash
        QVERIFY2(show.err.contains(u"metadata.json"_s), qPrintable(show.err));
    }

    void aTamperedVersionIsReportedNotUsed()
    {
        const QString model = m_registry + u"/churn/2/model.ubj"_s;
        QFile::setPermissions(model, QFile::ReadOwner | QFile::WriteOwner);
        QByteArray bytes = grove::test::readFile(model);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        grove::test::writeFile(model, bytes);
        Run verify = registry({u"verify"_s, u"churn"_s});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("model.ubj"), verify.out.constData());
        QVERIFY(verify.out.contains("1 of 2"));
        const QString output = m_dir.filePath(u"tampered.csv"_s);
        Run predicted = grove({u"predict"_s, u"--model"_s, m_registry + u"/churn/2"_s, u"--input"_s,
                               m_dir.filePath(u"new.csv"_s), u"--output"_s, output});
        QVERIFY(predicted.exitCode != 0);
        QVERIFY2(predicted.err.contains(u"model.ubj"_s), qPrintable(predicted.err));
        QVERIFY(!QFile::exists(output));
        // Rules against Production refuse a tampered Production version.
        Run compared = grove({u"validate"_s, QString::number(m_good), u"--rule"_s, u"valid.auc >= production"_s,
                              u"--model"_s, u"churn"_s, u"--registry"_s, m_registry});
        QVERIFY(compared.exitCode != 0);
        QVERIFY2(compared.err.contains(u"model.ubj"_s), qPrintable(compared.err));
    }

    void badModelNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << u".."_s;
        QTest::newRow("separator") << u"a/b"_s;
        QTest::newRow("hidden") << u".churn"_s;
        QTest::newRow("reserved") << u"con"_s;
        QTest::newRow("long") << QString(80, u'x');
        QTest::newRow("empty") << QString();
    }

    void badModelNames()
    {
        QFETCH(QString, name);
        Run refused = grove({u"export"_s, QString::number(m_good), u"--model"_s, name, u"--registry"_s, m_registry});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!refused.err.isEmpty());
    }

    // Near the end: it changes how run m_good decides classes.
    void aSavedThresholdTravelsWithTheModel()
    {
        const QString id = QString::number(m_good);
        QCOMPARE(grove({u"evaluate"_s, id, u"--save"_s}).exitCode, 2); // nothing to save
        Run saved = grove({u"evaluate"_s, id, u"--threshold"_s, u"0.3"_s, u"--cost-fn"_s, u"4"_s, u"--save"_s});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.describe()));
        QVERIFY(saved.out.contains("Saved threshold 0.3"));
        // Evaluating again uses what was saved.
        Run again = grove({u"evaluate"_s, id, u"--json"_s});
        QCOMPARE(again.json().value(u"threshold"_s).toDouble(), 0.3);
        QCOMPARE(again.json().value(u"threshold_saved"_s).toBool(), true);
        // The run's own record has it too (grove-cli recover rebuilds it from there).
        const QJsonObject record = QJsonDocument::fromJson(grove::test::readFile(m_ws + u"/runs/%1/run.json"_s.arg(id))).object();
        QCOMPARE(record.value(u"decision"_s).toObject(),
                 (QJsonObject{{u"threshold"_s, 0.3}, {u"cost_fp"_s, 1.0}, {u"cost_fn"_s, 4.0}}));

        // predict decides the class at the saved threshold (a score of at least 0.3 is positive).
        const QString input = grove::test::writeFile(m_dir.filePath(u"decide.csv"_s),
                                                     grove::test::syntheticCsv(grove::test::syntheticRows(300, 17)));
        const QString byRun = m_dir.filePath(u"decided-by-run.csv"_s);
        Run predicted = grove({u"predict"_s, u"--run"_s, id, u"--input"_s, input, u"--output"_s, byRun, u"--json"_s});
        QVERIFY2(predicted.exitCode == 0, qPrintable(predicted.describe()));
        QCOMPARE(predicted.json().value(u"threshold"_s).toDouble(), 0.3);
        const QList<QByteArray> lines = grove::test::readFile(byRun).trimmed().split('\n');
        int between = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].split(',');
            const double p = fields[0].toDouble();
            QCOMPARE(fields[1], QByteArray(float(p) >= 0.3f ? "1" : "0"));
            between += p >= 0.3 && p < 0.5;
        }
        QVERIFY2(between > 0, "no score between 0.3 and 0.5: the test shows nothing");

        // The export carries it: metadata.json, the model card, and predict with the version.
        QCOMPARE(grove({u"validate"_s, id}).exitCode, 0);
        Run exported = grove({u"export"_s, id, u"--model"_s, u"decided"_s, u"--registry"_s, m_registry, u"--json"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const QString path = exported.json().value(u"path"_s).toString();
        const QJsonObject decision = QJsonDocument::fromJson(grove::test::readFile(path + u"/metadata.json"_s))
                                         .object()
                                         .value(u"decision"_s)
                                         .toObject();
        QCOMPARE(decision.value(u"threshold"_s).toDouble(), 0.3);
        QCOMPARE(decision.value(u"chosen"_s).toBool(), true);
        QCOMPARE(decision.value(u"cost_fn"_s).toDouble(), 4.0);
        const QByteArray card = grove::test::readFile(path + u"/MODEL_CARD.md"_s);
        QVERIFY2(card.contains("## Decision threshold") && card.contains("at least **0.3**"), card.constData());
        const QString byVersion = m_dir.filePath(u"decided-by-version.csv"_s);
        QCOMPARE(grove({u"predict"_s, u"--model"_s, path, u"--input"_s, input, u"--output"_s, byVersion}).exitCode, 0);
        QCOMPARE(grove::test::readFile(byVersion), grove::test::readFile(byRun));
    }

    // Rules on the held-out predictions: after the test above, m_good has a saved threshold (0.3).
    void rulesOnTheHeldOutPredictions()
    {
        const QString id = QString::number(m_good);
        const QString sliced = u"min(slices(grade).auc) >= 0.5"_s;
        Run checked = grove({u"validate"_s, id, u"--rule"_s, sliced, u"--rule"_s, u"threshold.recall >= 0"_s, u"--json"_s});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.describe() + QString::fromUtf8(checked.out)));
        QCOMPARE(checked.json().value(u"passed"_s).toBool(), true);
        QJsonObject slice, recall;
        for (const QJsonValue& check : checked.json().value(u"checks"_s).toArray()) {
            if (check.toObject().value(u"name"_s).toString() == sliced)
                slice = check.toObject();
            else if (check.toObject().value(u"name"_s).toString() == u"threshold.recall >= 0"_s)
                recall = check.toObject();
        }
        QCOMPARE(slice.value(u"kind"_s).toString(), u"rule"_s);
        QCOMPARE(slice.value(u"passed"_s).toBool(), true);
        QVERIFY2(slice.value(u"value"_s).isDouble() && slice.value(u"value"_s).toDouble() >= 0.5 &&
                     slice.value(u"value"_s).toDouble() <= 1,
                 qPrintable(QString::fromUtf8(checked.out)));
        QCOMPARE(slice.value(u"threshold"_s).toDouble(), 0.5);
        QVERIFY2(slice.value(u"detail"_s).toString().startsWith(u"worst slice of grade: \""_s),
                 qPrintable(slice.value(u"detail"_s).toString()));
        QVERIFY2(recall.value(u"detail"_s).toString().contains(u"at the saved threshold 0.3"_s),
                 qPrintable(recall.value(u"detail"_s).toString()));

        // A failing one: exit 1, the table shows its value and the line under it what was measured.
        Run failed = grove({u"validate"_s, id, u"--rule"_s, u"eval.brier < 0"_s});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.out.contains("eval.brier < 0") && failed.out.contains("FAILED") &&
                     failed.out.contains("which does not meet eval.brier < 0"),
                 failed.out.constData());

        // A mistake in a new form is a usage error naming the rule and showing the form that works.
        Run bad = grove({u"validate"_s, id, u"--rule"_s, u"max(slices(grade).auc) >= 0.5"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"\"max(slices(grade).auc) >= 0.5\""_s) && bad.err.contains(u"Write min(slices(grade).auc)"_s),
                 qPrintable(bad.err));
        bad = grove({u"validate"_s, id, u"--rule"_s, u"threshold.precision >= production - 0.01"_s, u"--model"_s, u"churn"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"threshold.precision is compared with production"_s), qPrintable(bad.err));
        // A figure the run's task does not have fails the check (exit 1), saying why.
        Run other = grove({u"validate"_s, id, u"--rule"_s, u"eval.rmse <= 1"_s, u"--json"_s});
        QCOMPARE(other.exitCode, 1);
        const QJsonArray checks = other.json().value(u"checks"_s).toArray();
        QVERIFY2(checks.last().toObject().value(u"detail"_s).toString().contains(u"is a binary run, which has no eval.rmse"_s),
                 qPrintable(QString::fromUtf8(other.out)));
    }
};

QTEST_GUILESS_MAIN(TestCliRegistry)
#include "tst_cli_registry.moc"
