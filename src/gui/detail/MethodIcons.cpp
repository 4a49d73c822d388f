#include "gui/detail/MethodIcons.h"

#include <QPainter>
#include <QSvgRenderer>

namespace Paydesk {

QString bundledMethodIcon(const QString &code) {
    static const QStringList known = {QStringLiteral("momo_mtn"), QStringLiteral("card"),
                                      QStringLiteral("edahabia"), QStringLiteral("cib"),
                                      QStringLiteral("chargily_app")};
    const QString key = code.trimmed().toLower();
    if (!known.contains(key))
        return {};
    return QStringLiteral(":/icons/methods/%1.svg").arg(key);
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
