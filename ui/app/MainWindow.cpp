#include "ui/app/MainWindow.h"

namespace grove {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Grove"));
}

} // namespace grove
