#include "gui/MainWindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    bw::gui::MainWindow w;
    w.show();
    return app.exec();
}
