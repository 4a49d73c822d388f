#pragma once

#include <QPixmap>
#include <QString>

namespace Paydesk {

// The bundled icon for a known payment method code ("momo_mtn", "card", "edahabia", "cib",
// "chargily_app"), or an empty string for any other code.
QString bundledMethodIcon(const QString &code);
QString neutralMethodIcon();

// Renders a bundled SVG at `side` device-independent pixels for `devicePixelRatio`.
QPixmap renderSvgIcon(const QString &resource, int side, qreal devicePixelRatio);

} // namespace Paydesk
