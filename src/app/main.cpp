#include "cli/CommandLine.h"
#include "gui/Dashboard.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("Paydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("paydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
}

QStringList argumentList(int argc, char **argv) {
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// Qt's own strings (dialog buttons, context menus) and Paydesk's (:/i18n, from
// qt_add_translations), in the user's language. A right-to-left language sets the layout
// direction through its QT_LAYOUT_DIRECTION translation.
void installTranslations(QCoreApplication &app) {
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("paydesk"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace

int main(int argc, char **argv) {
    // Commands for scripts need no display: they run on a QCoreApplication.
    if (Paydesk::isCommandLineInvocation(argumentList(argc, argv))) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslations(app);
        return Paydesk::runCommandLine(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describeApplication();
    installTranslations(app);
    return Paydesk::runDashboard(QCoreApplication::arguments());
}
