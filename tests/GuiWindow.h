#pragma once

// Opening the real main window in a GUI test.

#include "ui/app/MainWindow.h"
#include "ui/runs/RunListModel.h"
#include "ui/runs/RunsPanel.h"

#include <QSize>
#include <QString>
#include <QTest>

namespace grove::test {

// Shows `window` at `size` on `workspace`, and waits until its runs are listed (they are read in
// the background); false when they are not listed within 10 s.
inline bool openWindow(MainWindow& window, const QString& workspace, QSize size = QSize(1500, 950))
{
    window.resize(size);
    window.show();
    window.openInitialWorkspace(workspace);
    return QTest::qWaitFor([&] { return !window.runsPanel()->model()->isLoading(); }, 10000);
}

} // namespace grove::test
