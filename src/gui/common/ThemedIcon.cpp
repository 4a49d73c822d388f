#include "gui/common/ThemedIcon.h"

#include "gui/common/DeferredIcon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <optional>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

// Paints a one-colour SVG in the colour the palette gives text for the icon's mode and state,
// read when the icon is drawn rather than when it is made.
class TintedSvgEngine : public QIconEngine {
public:
    explicit TintedSvgEngine(QString resource)
        : m_resource(std::move(resource)) {}

    QIconEngine *clone() const override { return new TintedSvgEngine(m_resource); }
    QString key() const override { return u"PaydeskTintedSvg"_s; }
    bool isNull() override {
        // QIcon asks before every paint and size hint (a tool button asks several times per
        // frame): parse the SVG once, not each time.
        if (!m_valid)
            m_valid = QSvgRenderer(m_resource).isValid();
        return !*m_valid;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
               QIcon::State state) override {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, ratio));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override {
        Q_UNUSED(state);
        const QColor color = colorFor(mode);
        const QSize pixels = size * scale;
        const QString cacheKey = u"paydesk-tinted:%1:%2x%3:%4"_s.arg(m_resource)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(color.rgba(), 8, 16);
        QPixmap pixmap;
        if (!QPixmapCache::find(cacheKey, &pixmap)) {
            pixmap = render(pixels, color);
            QPixmapCache::insert(cacheKey, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

private:
    static QColor colorFor(QIcon::Mode mode) {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::ButtonText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::ButtonText);
    }

    QPixmap render(const QSize &pixels, const QColor &color) const {
        QPixmap pixmap(pixels);
        pixmap.fill(Qt::transparent);
        QSvgRenderer renderer(m_resource);
        if (!renderer.isValid() || pixels.isEmpty())
            return pixmap;
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        // Keep the drawing's shape (its alpha), take the palette's colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
        return pixmap;
    }

    QString m_resource;
    std::optional<bool> m_valid; // whether the SVG parses, once known
};

} // namespace

QIcon tintedSvgIcon(const QString &bundledSvg) {
    return QIcon(new TintedSvgEngine(bundledSvg));
}

// Chosen when first drawn or asked about: looking the theme up reads its index files, which a
// window's first frame need not wait for (the icons are in menus and in the pane, shown later).
// Whether the icon is null is answered without the theme while the bundled drawing parses (the
// icon is then never null, whatever the theme has): the first frame's layout asks it of the
// pane's tool buttons, and looking the theme up for that answer was 9% of the window's start.
QIcon themedIcon(const QStringList &themeNames, const QString &bundledSvg) {
    const QIcon bundled = tintedSvgIcon(bundledSvg);
    const auto themeName = [themeNames]() -> std::optional<QString> {
        for (const QString &name : themeNames) {
            if (QIcon::hasThemeIcon(name))
                return name;
        }
        return std::nullopt;
    };
    return deferredIcon(
        [themeName, bundled] {
            const std::optional<QString> name = themeName();
            return name ? QIcon::fromTheme(*name) : bundled;
        },
        [themeName, bundled] { return bundled.isNull() && !themeName(); });
}

QIcon copyIcon() {
    return themedIcon({u"edit-copy"_s}, u":/icons/copy.svg"_s);
}

QIcon openInBrowserIcon() {
    return themedIcon({u"internet-web-browser"_s, u"document-open"_s}, u":/icons/open.svg"_s);
}

} // namespace Paydesk
