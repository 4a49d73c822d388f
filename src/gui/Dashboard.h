#pragma once

#include <QStringList>

#include <functional>
#include <optional>

namespace Paydesk {

class DemoBackend;
class MainWindow;

// `paydesk [--demo] [ID...]`.
struct DashboardOptions {
    bool demo = false;
    QStringList ids; // looked up as soon as the window is open
};

// The options, or nullopt (and `error` set) for an unknown option.
std::optional<DashboardOptions> parseDashboardArguments(const QStringList &arguments,
                                                        QString *error);

// The banner above the lookup bar in demo mode, in the interface language.
QString demoBannerText();

// Opens the dashboard and runs until it is closed; `windowOpened` is called with the window
// before the first lookup. With `demo` (started, for options.demo), its accounts, keys and
// checkouts instead of the configured ones, and no history. Needs a QApplication.
int runDashboard(const DashboardOptions &options, DemoBackend *demo,
                 const std::function<void(MainWindow &)> &windowOpened = {});

} // namespace Paydesk
