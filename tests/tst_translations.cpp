// In a German session, Grove's own texts and Qt's standard dialogs both read German: Grove's
// translations and Qt's (qtbase_de.qm, from Debian's qt6-translations-l10n) are installed at
// start-up by the same call the executables make.

#include "translations/Translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        grove::installTranslations(*QCoreApplication::instance());
    }

    void groveTextsAreGerman()
    {
        QCOMPARE(QCoreApplication::translate("grove::TaskProgress", "Cancel"), u"Abbrechen"_s);
    }

    void standardButtonsAreGerman()
    {
        const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        QVERIFY2(QFile::exists(qtTranslations + u"/qtbase_de.qm"_s),
                 qPrintable(u"Qt's own translations are missing from %1: install qt6-translations-l10n "
                            "(packaging/install-deps.sh does)."_s.arg(qtTranslations)));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
    }

    void fileDialogIsGerman()
    {
        QFileDialog dialog(nullptr, u"Datei wählen"_s, QDir::tempPath());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        auto* lookIn = dialog.findChild<QLabel*>(u"lookInLabel"_s);
        QVERIFY(lookIn);
        QCOMPARE(lookIn->text(), u"Suchen in:"_s);
        const auto buttons = dialog.findChildren<QDialogButtonBox*>();
        QVERIFY(!buttons.isEmpty());
        QCOMPARE(buttons.front()->button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
