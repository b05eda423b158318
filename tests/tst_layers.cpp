// Grove's layers hold: no part of the core includes a part above it, the CLI does not include
// the GUI, and every source file lies in a part of the table in docs/architecture.md. The
// checker itself is tested on a planted tree, where it must find each breach.

#include "tests/LayerCheck.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void write(const QString& root, const QString& path, const QByteArray& content)
{
    QDir(root).mkpath(QFileInfo(path).path());
    QFile file(root + u'/' + path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

const char kPlantedTable[] = "Text before.\n```layers\ncore/common:\ncore/data: core/common\n"
                             "core/store: core/common core/data\nui/common: core\napp/cli: core\n```\n";

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private slots:
    void groveKeepsItsLayers()
    {
        const QString root = QStringLiteral(GROVE_SOURCE_DIR);
        const layers::Table table = layers::parseTable(readAll(root + u"/docs/architecture.md"_s));
        QVERIFY2(table.size() >= 10, "docs/architecture.md has no layer table");
        const QStringList found = layers::violations(root, table);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void theCoreLibrariesLinkOnlyDownward()
    {
        const QString root = QStringLiteral(GROVE_SOURCE_DIR);
        const layers::Table table = layers::parseTable(readAll(root + u"/docs/architecture.md"_s));
        const QString cmake = readAll(root + u"/core/CMakeLists.txt"_s);
        QVERIFY(cmake.count(u"grove_core_part("_s) >= 9);
        const QStringList found = layers::linkViolations(cmake, table);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void aPlantedUpwardLinkIsFound()
    {
        const layers::Table table = layers::parseTable(QString::fromLatin1(kPlantedTable));
        const QString good = u"grove_core_part(common SOURCES common/A.cpp common/A.h USES Qt6::Core grove_settings)\n"
                             "grove_core_part(data SOURCES data/B.cpp USES grove_common CALLS Boost::filesystem)\n"
                             "grove_core_part(store SOURCES store/C.cpp\n    USES grove_data grove_common)\n"_s;
        QCOMPARE(layers::linkViolations(good, table), QStringList());

        // The data part linking the store above it and building one of its files; the store's
        // library missing.
        const QString bad = u"grove_core_part(common SOURCES common/A.cpp USES Qt6::Core)\n"
                            "grove_core_part(data SOURCES data/B.cpp store/C.cpp USES grove_common grove_store)\n"_s;
        const QStringList found = layers::linkViolations(bad, table);
        QCOMPARE(found.size(), 3);
        QVERIFY2(found.filter(u"grove_data: links grove_store, but core/data may use only core/common"_s).size() == 1,
                 qPrintable(found.join(u'\n')));
        QVERIFY2(found.filter(u"grove_data: builds store/C.cpp"_s).size() == 1, qPrintable(found.join(u'\n')));
        QVERIFY2(found.filter(u"core/store has no library"_s).size() == 1, qPrintable(found.join(u'\n')));
    }

    void theTableIsReadFromItsBlock()
    {
        const layers::Table table = layers::parseTable(QString::fromLatin1(kPlantedTable));
        QCOMPARE(table.size(), 5);
        QCOMPARE(table.value(u"core/common"_s), QStringList());
        QCOMPARE(table.value(u"core/store"_s), QStringList({u"core/common"_s, u"core/data"_s}));
        QVERIFY(layers::parseTable(u"no table here"_s).isEmpty());
    }

    void aPlantedBreachIsFound()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const layers::Table table = layers::parseTable(QString::fromLatin1(kPlantedTable));
        write(root.path(), u"core/common/Ok.h"_s, "#include \"core/common/Other.h\"\n#include <QString>\n");
        write(root.path(), u"core/data/Ok.cpp"_s, "#include \"core/common/Ok.h\"\n");
        write(root.path(), u"ui/common/Ok.cpp"_s, "#include \"core/store/Store.h\"\n");
        QCOMPARE(layers::violations(root.path(), table), QStringList());

        // Upward: the lowest part reaching for the store.
        write(root.path(), u"core/common/User.cpp"_s, "// who runs Grove\n#include \"core/store/Workspace.h\"\n");
        // Sideways into the GUI from the CLI, written with spaces after the hash.
        write(root.path(), u"app/cli/Main.cpp"_s, "#  include \"ui/common/Dialogs.h\"\n");
        // A folder the table does not name.
        write(root.path(), u"core/extra/New.h"_s, "#pragma once\n");
        const QStringList found = layers::violations(root.path(), table);
        QCOMPARE(found.size(), 3);
        QVERIFY2(found.filter(u"core/common/User.cpp:2: includes core/store/Workspace.h"_s).size() == 1,
                 qPrintable(found.join(u'\n')));
        QVERIFY2(found.filter(u"app/cli/Main.cpp:1: includes ui/common/Dialogs.h"_s).size() == 1,
                 qPrintable(found.join(u'\n')));
        QVERIFY2(found.filter(u"core/extra/New.h: in no part"_s).size() == 1, qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
