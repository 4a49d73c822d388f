#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

namespace Paydesk {

// The first of `themeNames` the desktop's icon theme has ("edit-copy"), else the bundled
// single-colour SVG `bundledSvg` painted in the application palette's text colour when it is
// drawn, so it reads on light and dark backgrounds and follows a change of palette. The theme
// is looked at when the icon is first drawn or asked about, not when it is made.
QIcon themedIcon(const QStringList &themeNames, const QString &bundledSvg);

// The bundled SVG alone, tinted as above.
QIcon tintedSvgIcon(const QString &bundledSvg);

// The icons of the pane's and the list's actions.
QIcon copyIcon();
QIcon openInBrowserIcon();

} // namespace Paydesk
