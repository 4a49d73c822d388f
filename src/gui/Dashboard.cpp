#include "gui/Dashboard.h"

#include "gui/window/MainWindow.h"

#include <QApplication>

namespace Paydesk {

int runDashboard(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace Paydesk
