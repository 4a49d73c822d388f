#pragma once

#include <QStringList>

namespace Paydesk {

// Opens the dashboard and runs until it is closed. Needs a QApplication.
int runDashboard(const QStringList &arguments);

} // namespace Paydesk
