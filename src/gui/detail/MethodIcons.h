#pragma once

#include <QPixmap>
#include <QString>

#include "domain/Provider.h"

namespace Paydesk {

// The icon `provider` bundles for a payment method code, or an empty string.
QString bundledMethodIcon(const ProviderKey &provider, const QString &code);
QString neutralMethodIcon();

// Renders a bundled SVG at `side` device-independent pixels for `devicePixelRatio`.
QPixmap renderSvgIcon(const QString &resource, int side, qreal devicePixelRatio);

} // namespace Paydesk
