#pragma once

#include <QString>
#include <QStringList>

namespace Paydesk {

class DemoServer;

// The bundled demo data (resources/demo, compiled in under :/demo): index.json lists the files
// of checkouts, customers and items in the order the checkouts are best shown.
struct DemoDataLoad {
    QStringList checkoutIds; // in index order
    QString error;           // empty on success; for the log, not for people
    bool ok() const { return error.isEmpty(); }
};

// Adds every bundled checkout, customer and item list to `server`.
DemoDataLoad loadDemoData(DemoServer &server);

// The resource folder the data is read from: ":/demo".
QString demoDataRoot();

} // namespace Paydesk
