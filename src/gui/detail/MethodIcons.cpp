#include "gui/detail/MethodIcons.h"

#include "providers/ProviderRegistry.h"

#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace Paydesk {

QString bundledMethodIcon(const ProviderKey &provider, const QString &code) {
    const PaymentProvider *found = ProviderRegistry::find(provider);
    return found ? found->methodIcon(code) : QString();
}

QString neutralMethodIcon() {
    return QStringLiteral(":/icons/methods/neutral.svg");
}

namespace {

QPixmap drawSvg(const QString &resource, int side, qreal devicePixelRatio) {
    QSvgRenderer renderer(resource);
    const int pixels = qRound(side * devicePixelRatio);
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    if (renderer.isValid()) {
        QPainter painter(&pixmap);
        renderer.render(&painter);
    }
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace

QPixmap renderSvgIcon(const QString &resource, int side, qreal devicePixelRatio) {
    // Bundled icons, a few dozen, drawn again for each checkout shown: parsed and drawn once.
    const QString key =
        QStringLiteral("paydesk-svg:%1:%2:%3").arg(resource).arg(side).arg(devicePixelRatio);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = drawSvg(resource, side, devicePixelRatio);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

} // namespace Paydesk
