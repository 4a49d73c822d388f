#include "gui/window/MainWindow.h"

namespace Paydesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Paydesk"));
    resize(1100, 700);
}

} // namespace Paydesk
