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
