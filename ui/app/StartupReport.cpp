#include "ui/app/StartupReport.h"

#include "ui/app/MainWindow.h"
#include "ui/datasets/ImportController.h"
#include "ui/runs/RunListModel.h"
#include "ui/runs/RunsPanel.h"
#include "ui/workspace/WorkspaceController.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>

#include <cstdio>
#include <ctime>

namespace grove {
namespace {

bool flag(const char* name) { return qEnvironmentVariableIntValue(name) == 1; }

void print(const char* milestone, int rows)
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const long long ns = static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
    if (rows >= 0)
        std::fprintf(stderr, "grove-startup %s %lld rows=%d\n", milestone, ns, rows);
    else
        std::fprintf(stderr, "grove-startup %s %lld\n", milestone, ns);
    std::fflush(stderr);
}

} // namespace

bool StartupReport::enabled() { return flag("GROVE_REPORT_STARTUP"); }

void StartupReport::mark(const char* milestone)
{
    if (enabled())
        print(milestone, -1);
}

void StartupReport::watch(MainWindow* window)
{
    if (enabled())
        new StartupReport(window);
}

StartupReport::StartupReport(MainWindow* window) : QObject(window), m_window(window)
{
    window->installEventFilter(this);
    window->runsPanel()->view()->viewport()->installEventFilter(this);
    // The runs arrive from a background read; the table is painted again when they are in, even
    // when there are none.
    QWidget* viewport = window->runsPanel()->view()->viewport();
    connect(window->runsPanel()->model(), &RunListModel::loaded, viewport, qOverload<>(&QWidget::update));
}

bool StartupReport::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        const bool runsTable = watched != m_window;
        // Painting happens inside this event; the milestone is taken once it is done (and the
        // picture handed to the window system), from the event loop.
        QMetaObject::invokeMethod(this, [this, runsTable] { painted(runsTable); }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void StartupReport::painted(bool runsTable)
{
    const bool opened = m_window->workspaceController()->workspace() != nullptr;
    if (!runsTable && !m_windowPainted) {
        m_windowPainted = true;
        print("window-painted", -1);
        m_runsPainted = m_runsPainted || !opened; // no workspace, no runs to wait for
    }
    // The runs table counts once it shows the runs of the workspace.
    if (runsTable && !m_runsPainted && opened && !m_window->runsPanel()->model()->isLoading()) {
        m_runsPainted = true;
        print("runs-painted", m_window->runsPanel()->model()->rowCount());
    }
    if (m_windowPainted && m_runsPainted && !m_quitting && flag("GROVE_EXIT_AFTER_FIRST_PAINT")) {
        m_quitting = true;
        quitWhenDone();
    }
}

void StartupReport::quitWhenDone()
{
    ImportController* imports = m_window->importController();
    if (imports->runningImports() > 0) {
        connect(imports, &ImportController::importFinished, this, &StartupReport::quitWhenDone, Qt::UniqueConnection);
        return;
    }
    print("exit", -1);
    QCoreApplication::quit();
}

} // namespace grove
