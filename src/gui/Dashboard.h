#pragma once

#include <QStringList>

#include <optional>

namespace Paydesk {

// `paydesk [--demo] [ID...]`.
struct DashboardOptions {
    bool demo = false;
    QStringList ids; // looked up as soon as the window is open
};

// The options, or nullopt (and `error` set) for an unknown option.
std::optional<DashboardOptions> parseDashboardArguments(const QStringList &arguments,
                                                        QString *error);

// Opens the dashboard and runs until it is closed. Needs a QApplication.
int runDashboard(const QStringList &arguments);

} // namespace Paydesk
