#include "gui/detail/MethodIcons.h"

#include "providers/ProviderRegistry.h"

#include <QPainter>
#include <QSvgRenderer>

namespace Paydesk {

QString bundledMethodIcon(const ProviderKey &provider, const QString &code) {
    const PaymentProvider *found = ProviderRegistry::find(provider);
    return found ? found->methodIcon(code) : QString();
}

QString neutralMethodIcon() {
    return QStringLiteral(":/icons/methods/neutral.svg");
}

QPixmap renderSvgIcon(const QString &resource, int side, qreal devicePixelRatio) {
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

} // namespace Paydesk
