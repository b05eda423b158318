#include "ui/app/MainWindow.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    grove::MainWindow window;
    window.show();
    return app.exec();
}
