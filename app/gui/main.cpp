#include "ui/app/MainWindow.h"
#include "ui/app/StartupReport.h"
#include "ui/common/Settings.h"
#include "translations/Translations.h"
#include "ui/datasets/ImportController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>

#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Runs `work` from the event loop once `widget` has been painted for the first time: start-up
// work that the first picture does not need waits until the user sees the window.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget* widget, std::function<void()> work) : QObject(widget), m_work(std::move(work))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_work) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(this, [this, work = std::exchange(m_work, {})] {
                work();
                deleteLater();
            }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_work;
};

} // namespace

int main(int argc, char** argv)
{
    grove::StartupReport::mark("main");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"grove"_s);
    QApplication::setOrganizationName(u"grove"_s);
    QApplication::setApplicationDisplayName(u"Grove"_s);
    QApplication::setDesktopFileName(u"org.groveml.Grove"_s);
    grove::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Grove: a workbench for gradient-boosted-tree experiments."));
    parser.addHelpOption();
    parser.addOption({{u"w"_s, u"workspace"_s}, QApplication::translate("main", "Open the workspace in DIR."), u"DIR"_s});
    parser.addPositionalArgument(u"files"_s, QApplication::translate("main", "Data files to import."), u"[FILE...]"_s);
    parser.process(app);

    grove::StartupReport::mark("application");
    grove::MainWindow window;
    grove::StartupReport::mark("window");
    // Reading the icons (an SVG parsed, a 256-pixel PNG decoded, image plug-ins loaded) takes
    // longer than building a page of the window; the window shows without them for a moment.
    new AfterFirstPaint(&window, [] {
        QIcon icon(u":/icons/grove.svg"_s);
        icon.addFile(u":/icons/grove-256.png"_s);
        QApplication::setWindowIcon(icon);
    });
    grove::StartupReport::watch(&window); // after: its milestone comes before the icons
    window.show();
    window.openInitialWorkspace(parser.value(u"workspace"_s));
    grove::StartupReport::mark("workspace");
    if (!parser.positionalArguments().isEmpty())
        window.importController()->importFiles(parser.positionalArguments());
    const int status = app.exec();
    grove::Settings::flush();
    return status;
}
