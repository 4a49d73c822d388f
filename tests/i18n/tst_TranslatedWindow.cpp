// The dashboard in French and in Arabic: the layout direction and the texts follow the
// installed translation. Screenshots go to $PAYDESK_SHOTS_DIR (default /tmp/paydesk-shots).
#include "demo/DemoEnvironment.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/window/MainWindow.h"
#include "i18n/Translations.h"
#include "network/LookupService.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Paydesk;
using namespace Qt::StringLiterals;

class TestTranslatedWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_demo.start());
        QVERIFY(!m_demo.checkoutIds().isEmpty());
        m_lookups = std::make_unique<LookupService>(&m_nam, m_demo.keys());
        m_lookups->setAccounts(m_demo.accounts());
    }

    void cleanupTestCase() {
        qunsetenv("PAYDESK_LANG");
        QLocale::setDefault(QLocale::c());
    }

    void dashboard_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("banner");
        QTest::newRow("fr") << u"fr"_s << Qt::LeftToRight << u"&Fichier"_s
                            << u"Données de démonstration : comptes fictifs."_s;
        QTest::newRow("ar") << u"ar"_s << Qt::RightToLeft << u"&ملف"_s
                            << u"بيانات تجريبية: حسابات وهمية."_s;
    }

    void dashboard() {
        QFETCH(QString, language);
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QString, fileMenu);
        QFETCH(QString, banner);

        qputenv("PAYDESK_LANG", language.toUtf8());
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(QApplication::layoutDirection(), direction);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindowSetup setup;
        setup.lookups = m_lookups.get();
        setup.accounts = m_demo.accounts();
        setup.settingsFile = dir.filePath(u"window.ini"_s);
        setup.demoBanner = banner;
        setup.demoIds = m_demo.checkoutIds();
        MainWindow window(setup);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.layoutDirection(), direction);
        auto *menu = window.findChild<QMenu *>(u"menuFile"_s);
        QVERIFY(menu);
        QCOMPARE(menu->title(), fileMenu);

        window.lookUp(m_demo.checkoutIds());
        QTRY_COMPARE(window.lookupsInProgress(), 0);
        QCOMPARE(window.lookupsModel()->rowCount(), m_demo.checkoutIds().size());

        const QString shots = qEnvironmentVariable("PAYDESK_SHOTS_DIR", u"/tmp/paydesk-shots"_s);
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(window.grab().save(QDir(shots).filePath(u"i18n-%1.png"_s.arg(language))));
    }

private:
    DemoEnvironment m_demo;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LookupService> m_lookups;
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_TranslatedWindow.moc"
