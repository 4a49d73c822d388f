#include "gui/common/DeferredIcon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

class DeferredIconEngine : public QIconEngine {
public:
    // Shared by the copies QIcon makes of its engine, so `make` runs once for all of them.
    struct Maker {
        std::function<QIcon()> make;
        std::function<bool()> isNull; // optional: answers isNull() before the icon is made
        std::optional<QIcon> icon;
    };

    explicit DeferredIconEngine(std::shared_ptr<Maker> maker)
        : m_maker(std::move(maker)) {}

    QIconEngine *clone() const override { return new DeferredIconEngine(m_maker); }
    QString key() const override { return u"PaydeskDeferred"_s; }
    QString iconName() override { return made().name(); }
    bool isNull() override {
        if (!m_maker->icon && m_maker->isNull)
            return m_maker->isNull();
        return made().isNull();
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return made().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override {
        return made().availableSizes(mode, state);
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
               QIcon::State state) override {
        made().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return made().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override {
        return made().pixmap(size, scale, mode, state);
    }

private:
    const QIcon &made() {
        if (!m_maker->icon)
            m_maker->icon = m_maker->make();
        return *m_maker->icon;
    }

    std::shared_ptr<Maker> m_maker;
};

} // namespace

QIcon deferredIcon(std::function<QIcon()> make, std::function<bool()> isNull) {
    auto maker = std::make_shared<DeferredIconEngine::Maker>();
    maker->make = std::move(make);
    maker->isNull = std::move(isNull);
    return QIcon(new DeferredIconEngine(std::move(maker)));
}

DeferredIconsStyle::DeferredIconsStyle(const QString &baseStyleKey)
    : QProxyStyle(baseStyleKey) {}

QIcon DeferredIconsStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                       const QWidget *widget) const {
    // The option is the caller's and lives only for this call, so its QStyleOption part (the
    // palette, direction and state a standard icon may depend on) is kept; the widget may go
    // first.
    std::optional<QStyleOption> optionCopy;
    if (option)
        optionCopy = *option;
    return deferredIcon([style = QPointer<QStyle>(baseStyle()), standardIcon, optionCopy,
                         widget = QPointer<const QWidget>(widget)] {
        if (!style)
            return QIcon();
        return style->standardIcon(standardIcon, optionCopy ? &*optionCopy : nullptr, widget);
    });
}

} // namespace Paydesk
