#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Paydesk {

Q_LOGGING_CATEGORY(lcI18n, "paydesk.i18n", QtWarningMsg)

namespace {

// Qt reads the layout direction from this string's translation (qt_detectRTLLanguage).
//: Translate as "RTL" in right-to-left languages and as "LTR" in left-to-right ones.
const char *const layoutDirectionKey = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

const auto translatorName = u"paydesk.i18n.translator"_s;

QString languageCode(const QString &tag) {
    // "fr-CA", "fr_CA.UTF-8", "ar@latin" and "AR" all name a language by their first letters.
    QString code = tag.trimmed().toLower();
    const qsizetype end = code.indexOf(QRegularExpression(u"[^a-z]"_s));
    if (end >= 0)
        code.truncate(end);
    return code;
}

QLocale usualLocale(const QString &language) {
    if (language == u"ar")
        return QLocale(QLocale::Arabic, QLocale::Algeria);
    if (language == u"fr")
        return QLocale(QLocale::French, QLocale::France);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QLocale localeFor(const QString &tag, const QString &language, const QLocale &system) {
    // A tag with a territory ("fr_CA") is taken as given; a bare language keeps the system's
    // territory when the system speaks it, else gets the usual one.
    const QString normalized = tag.trimmed().section(u'.', 0, 0).section(u'@', 0, 0);
    if (normalized.size() > language.size()) {
        const QLocale exact(normalized);
        if (languageCode(exact.name()) == language)
            return exact;
    }
    if (languageCode(system.name()) == language)
        return system;
    return usualLocale(language);
}

void removeInstalledTranslators(QCoreApplication &app) {
    const auto translators =
        app.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void installTranslator(QCoreApplication &app, const QString &file, const QString &directory) {
    auto *translator = new QTranslator(&app);
    translator->setObjectName(translatorName);
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator)) {
        qCDebug(lcI18n) << "installed" << translator->filePath();
        return;
    }
    qCDebug(lcI18n) << "no translation" << file << "in" << directory;
    delete translator;
}

} // namespace

QStringList supportedLanguages() {
    return {u"en"_s, u"fr"_s, u"ar"_s};
}

QLocale chooseUiLocale(const QString &override, const QStringList &uiLanguages,
                       const QLocale &system) {
    const QStringList supported = supportedLanguages();
    QStringList candidates;
    if (!override.trimmed().isEmpty())
        candidates << override;
    candidates << uiLanguages;
    for (const QString &tag : std::as_const(candidates)) {
        const QString language = languageCode(tag);
        if (supported.contains(language))
            return localeFor(tag, language, system);
    }
    return usualLocale(supported.first());
}

QLocale installTranslations(QCoreApplication &app) {
    const QLocale system = QLocale::system();
    const QLocale locale =
        chooseUiLocale(qEnvironmentVariable("PAYDESK_LANG"), system.uiLanguages(), system);
    const QString language = languageCode(locale.name());
    QLocale::setDefault(locale);

    removeInstalledTranslators(app);
    // Qt's strings first, then Paydesk's: the last installed is searched first.
    installTranslator(app, u"qtbase_"_s + language,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslator(app, u"paydesk_"_s + language, u":/i18n"_s);
    qCDebug(lcI18n) << "interface language" << locale.name() << "layout direction"
                    << QCoreApplication::translate("QGuiApplication", layoutDirectionKey);
    return locale;
}

} // namespace Paydesk
