#pragma once

#include <QIcon>
#include <QProxyStyle>

#include <functional>

namespace Paydesk {

// An icon whose making waits until it is first drawn or asked about: `make` runs then, once
// (copies of the icon share its answer), and the icon is whatever `make` returned. For icons
// whose making reads files (an icon theme's index, a PNG and with it every image format
// plugin) that a window's first frame need not wait for.
//
// `isNull`, when given, answers QIcon::isNull() without making the icon, and must give what
// the made icon would. Every tool button's size hint asks it, those of pages not shown too,
// and the window's first layout measures them all: without that answer, asking would make
// the icon for the first frame after all.
QIcon deferredIcon(std::function<QIcon()> make, std::function<bool()> isNull = {});

// The application's style, with its standard icons deferred as above. Qt's own are PNG files,
// and a menu bar makes its extension arrow when it is made: reading that first PNG loads every
// image format plugin, about a tenth of the time to the window's first frame. Everything else,
// and every pixel, is the base style's.
class DeferredIconsStyle : public QProxyStyle {
    Q_OBJECT
public:
    // `baseStyleKey` as QStyleFactory knows it: the style the application would use.
    explicit DeferredIconsStyle(const QString &baseStyleKey);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace Paydesk
