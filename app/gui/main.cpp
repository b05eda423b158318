#include "ui/app/MainWindow.h"
#include "translations/Translations.h"
#include "ui/datasets/ImportController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"grove"_s);
    QApplication::setOrganizationName(u"grove"_s);
    QApplication::setApplicationDisplayName(u"Grove"_s);
    QApplication::setDesktopFileName(u"org.groveml.Grove"_s);
    QIcon icon(u":/icons/grove.svg"_s);
    icon.addFile(u":/icons/grove-256.png"_s);
    QApplication::setWindowIcon(icon);

    grove::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Grove: a workbench for gradient-boosted-tree experiments."));
    parser.addHelpOption();
    parser.addOption({{u"w"_s, u"workspace"_s}, QApplication::translate("main", "Open the workspace in DIR."), u"DIR"_s});
    parser.addPositionalArgument(u"files"_s, QApplication::translate("main", "Data files to import."), u"[FILE...]"_s);
    parser.process(app);

    grove::MainWindow window;
    window.show();
    window.openInitialWorkspace(parser.value(u"workspace"_s));
    if (!parser.positionalArguments().isEmpty())
        window.importController()->importFiles(parser.positionalArguments());
    return app.exec();
}
