#pragma once

#include "demo/DemoBackend.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace Paydesk {

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
// before the first lookup. For options.demo, the demo from `startDemo`, started once the
// window's first frame is on screen: its accounts, keys and checkouts instead of the
// configured ones, and no history; a demo that does not start (`startDemo` says why) ends
// the run with status 2. Needs a QApplication.
int runDashboard(const DashboardOptions &options, const DemoStarter &startDemo,
                 const std::function<void(MainWindow &)> &windowOpened = {});

} // namespace Paydesk
