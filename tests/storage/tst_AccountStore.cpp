#include "storage/AccountStore.h"
#include "storage/AppPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Paydesk;

class TestAccountStore : public QObject {
    Q_OBJECT

private:
    static Account make(const QString &name, const ProviderKey &provider, Mode mode,
                        const QUrl &url = {}) {
        Account account;
        account.name = name;
        account.provider = provider;
        account.mode = mode;
        account.baseUrl = url;
        return account;
    }

    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("paydesk.ini")); }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        QFile::remove(file());
    }

    void keepsTheOrderAccountsWereAddedIn() {
        AccountStore store(file());
        QVERIFY(!store.add(make(QStringLiteral("zeta"), QStringLiteral("orqex"), Mode::Test)));
        QVERIFY(!store.add(make(QStringLiteral("alpha"), QStringLiteral("chargily"), Mode::Live)));
        QVERIFY(!store.add(make(QStringLiteral("mid"), QStringLiteral("orqex"), Mode::Live)));

        AccountStore reopened(file());
        const QList<Account> accounts = reopened.accounts();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(0).name, QStringLiteral("zeta"));
        QCOMPARE(accounts.at(1).name, QStringLiteral("alpha"));
        QCOMPARE(accounts.at(1).provider, QStringLiteral("chargily"));
        QCOMPARE(accounts.at(1).mode, Mode::Live);
        QCOMPARE(accounts.at(2).name, QStringLiteral("mid"));
    }

    void fillsInTheDefaultBaseUrl() {
        AccountStore store(file());
        QVERIFY(!store.add(make(QStringLiteral("dz"), QStringLiteral("chargily"), Mode::Test)));
        QCOMPARE(store.account(QStringLiteral("dz"))->baseUrl,
                 QUrl(QStringLiteral("https://pay.chargily.net/test/api/v2")));
        QVERIFY(!store.account(QStringLiteral("nobody")));
    }

    void refusesBadAccounts_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::newRow("a name with a space") << QStringLiteral("a b") << QString();
        QTest::newRow("an empty name") << QString() << QString();
        QTest::newRow("a duplicate name") << QStringLiteral("taken") << QString();
        QTest::newRow("plain http on a public host")
            << QStringLiteral("x") << QStringLiteral("http://api.orqex.com/v1");
        QTest::newRow("an ftp URL") << QStringLiteral("x") << QStringLiteral("ftp://127.0.0.1/");
    }

    void refusesBadAccounts() {
        QFETCH(QString, name);
        QFETCH(QString, url);
        AccountStore store(file());
        QVERIFY(!store.add(make(QStringLiteral("taken"), QStringLiteral("orqex"), Mode::Test)));
        const auto problem = store.add(make(name, QStringLiteral("orqex"), Mode::Test, QUrl(url)));
        QVERIFY(problem.has_value());
        QVERIFY(!problem->isEmpty());
        QCOMPARE(store.accounts().size(), 1);
    }

    void acceptsHttpOnLoopback() {
        AccountStore store(file());
        QVERIFY(!store.add(make(QStringLiteral("local"), QStringLiteral("orqex"), Mode::Test,
                                QUrl(QStringLiteral("http://127.0.0.1:8080/v1")))));
        QCOMPARE(store.account(QStringLiteral("local"))->baseUrl.port(), 8080);
    }

    void updatesInPlaceAndRenames() {
        AccountStore store(file());
        QVERIFY(!store.add(make(QStringLiteral("one"), QStringLiteral("orqex"), Mode::Test)));
        QVERIFY(!store.add(make(QStringLiteral("two"), QStringLiteral("orqex"), Mode::Test)));
        QVERIFY(!store.add(make(QStringLiteral("three"), QStringLiteral("orqex"), Mode::Test)));
        QVERIFY(!store.update(QStringLiteral("two"), make(QStringLiteral("deux"),
                                                          QStringLiteral("chargily"), Mode::Live)));
        QVERIFY(store.update(QStringLiteral("one"),
                             make(QStringLiteral("three"), QStringLiteral("orqex"), Mode::Test)));
        QVERIFY(store.update(QStringLiteral("missing"),
                             make(QStringLiteral("x"), QStringLiteral("orqex"), Mode::Test)));
        const QList<Account> accounts = store.accounts();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(1).name, QStringLiteral("deux"));
        QCOMPARE(accounts.at(1).provider, QStringLiteral("chargily"));
        QCOMPARE(accounts.at(1).baseUrl, QUrl(QStringLiteral("https://pay.chargily.net/api/v2")));
    }

    void removesOnlyTheNamedAccount() {
        AccountStore store(file());
        QVERIFY(!store.add(make(QStringLiteral("a"), QStringLiteral("orqex"), Mode::Test)));
        QVERIFY(!store.add(make(QStringLiteral("b"), QStringLiteral("orqex"), Mode::Test)));
        QVERIFY(!store.add(make(QStringLiteral("c"), QStringLiteral("orqex"), Mode::Test)));
        QVERIFY(store.remove(QStringLiteral("b")));
        QVERIFY(!store.remove(QStringLiteral("b")));
        const QList<Account> accounts = AccountStore(file()).accounts();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0).name, QStringLiteral("a"));
        QCOMPARE(accounts.at(1).name, QStringLiteral("c"));
    }

    void leavesOtherSettingsAlone() {
        {
            QSettings settings(file(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("window/geometry"), QStringLiteral("kept"));
        }
        AccountStore store(file());
        QVERIFY(!store.add(make(QStringLiteral("a"), QStringLiteral("orqex"), Mode::Test)));
        QVERIFY(store.remove(QStringLiteral("a")));
        QSettings settings(file(), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("window/geometry")).toString(),
                 QStringLiteral("kept"));
    }

    void appPathsFollowTheOverride() {
        const QString dir = m_dir.filePath(QStringLiteral("config/nested"));
        qputenv("PAYDESK_CONFIG_DIR", dir.toUtf8());
        QCOMPARE(configDirectory(), dir);
        QVERIFY(QFileInfo(dir).isDir());
        QCOMPARE(dataDirectory(), dir);
        QVERIFY(cacheDirectory().startsWith(dir));
        QCOMPARE(settingsFilePath(), dir + QStringLiteral("/paydesk.ini"));
        AccountStore store;
        QCOMPARE(store.settingsFile(), settingsFilePath());
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_AccountStore.moc"
