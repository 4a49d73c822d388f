#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Paydesk {

// The languages Paydesk ships, as ISO 639 codes; the first is the source language.
QStringList supportedLanguages();

// The locale the interface uses. `override` (PAYDESK_LANG, e.g. "ar" or "fr_CA") wins when it
// names a supported language; otherwise the first supported entry of `uiLanguages` (as from
// QLocale::uiLanguages()); otherwise English. A bare language gets Paydesk's usual territory
// (ar_DZ, fr_FR, en_US) unless `system` already speaks that language, whose territory is kept.
QLocale chooseUiLocale(const QString &override, const QStringList &uiLanguages,
                       const QLocale &system);

// Installs Qt's own translations (qtbase_<lang>.qm) and Paydesk's (:/i18n/paydesk_<lang>.qm)
// for the language chosen from PAYDESK_LANG and the system locale, makes that locale the
// default so numbers, dates and money follow it, and returns it. Calling it again replaces the
// translators installed before. A right-to-left language turns the layout of a
// QGuiApplication right to left through its translation of QT_LAYOUT_DIRECTION.
QLocale installTranslations(QCoreApplication &app);

} // namespace Paydesk
