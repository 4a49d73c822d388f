// The accounts dialog, offscreen, against the real keychain of scripts/with-keyring and a
// local server standing in for the provider when the key is checked.
#include "gui/accounts/AccountsDialog.h"
#include "gui/common/StatusStyle.h"
#include "secrets/KeychainStore.h"
#include "storage/AccountStore.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Paydesk;

namespace {

QString generatedKey() {
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QStringLiteral("sk_test_") + QString::fromLatin1(bytes.toHex());
}

// Answers every request with 404 when it carries `Bearer <key>`, else 401.
class ProviderStandIn : public QTcpServer {
public:
    explicit ProviderStandIn(QByteArray key)
        : m_key(std::move(key)) {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

private:
    void serve(QTcpSocket *socket) {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_request += socket->readAll();
            if (!m_request.contains("\r\n\r\n"))
                return;
            const bool authorized = m_request.contains(QByteArray("Bearer " + m_key));
            m_request.clear();
            const QByteArray body =
                authorized ? R"({"message":"Not found."})" : R"({"message":"Unauthenticated."})";
            socket->write(
                (authorized ? "HTTP/1.1 404 Not Found\r\n" : "HTTP/1.1 401 Unauthorized\r\n")
                + QByteArray("Content-Type: application/json\r\nContent-Length: ")
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QByteArray m_key;
    QByteArray m_request;
};

} // namespace

class TestAccountsDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<KeychainStore> m_keys;
    QNetworkAccessManager m_nam;

    template <typename T>
    static T *child(QWidget &dialog, const char *name) {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    KeyResult readKey(const QString &name) {
        std::optional<KeyResult> answer;
        m_keys->readKey(name, this, [&answer](const KeyResult &result) { answer = result; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        }();
        return answer.value_or(KeyResult{});
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<AccountStore>(m_dir.filePath(QStringLiteral("paydesk.ini")));
        m_keys = std::make_unique<KeychainStore>(
            KeychainStore::defaultServiceName() + u'-'
                + QString::number(QRandomGenerator::global()->generate(), 16),
            nullptr);
    }

    void addsChecksAndRemovesAnAccount() {
        const QString key = generatedKey();
        ProviderStandIn provider(key.toUtf8());
        QVERIFY(provider.listen(QHostAddress::LocalHost));

        AccountsDialog dialog(m_store.get(), m_keys.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &AccountsDialog::operationFinished);
        auto *list = child<QListWidget>(dialog, "accountList");
        auto *keyEdit = child<QLineEdit>(dialog, "keyEdit");
        QCOMPARE(list->count(), 0);
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);

        // Fill the form for a new account.
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("dz-shop"));
        auto *providerCombo = child<QComboBox>(dialog, "providerCombo");
        providerCombo->setCurrentIndex(providerCombo->findText(QStringLiteral("Chargily Pay")));
        auto *baseUrl = child<QLineEdit>(dialog, "baseUrlEdit");
        QCOMPARE(baseUrl->text(), QStringLiteral("https://pay.chargily.net/test/api/v2"));
        baseUrl->clear();
        QTest::keyClicks(
            baseUrl, QStringLiteral("http://127.0.0.1:%1/test/api/v2").arg(provider.serverPort()));

        // Check key with a wrong key, then with the right one, before saving.
        QTest::keyClicks(keyEdit, generatedKey());
        QTest::mouseClick(child<QPushButton>(dialog, "checkKeyButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY2(finished.last().at(1).toString().contains(QStringLiteral("rejected")),
                 qPrintable(finished.last().at(1).toString()));
        keyEdit->clear();
        QTest::keyClicks(keyEdit, key);
        QTest::mouseClick(child<QPushButton>(dialog, "checkKeyButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(finished.last().at(1).toString().contains(QStringLiteral("accepted")));

        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));

        // Saved: settings hold the account, the keychain its key, the form only its end.
        QCOMPARE(list->count(), 1);
        const std::optional<Account> saved = m_store->account(QStringLiteral("dz-shop"));
        QVERIFY(saved);
        QCOMPARE(saved->provider, QStringLiteral("chargily"));
        QCOMPARE(saved->baseUrl.port(), int(provider.serverPort()));
        QCOMPARE(readKey(QStringLiteral("dz-shop")).key, key);
        QVERIFY(keyEdit->text().isEmpty());
        auto *savedKey = child<QLabel>(dialog, "savedKeyLabel");
        QTRY_VERIFY(savedKey->text().endsWith(key.right(4)));
        QVERIFY(!savedKey->text().contains(key));
        QFile settings(m_store->settingsFile());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(key.toUtf8()));

        // The saved key is checked when none is typed.
        QTest::mouseClick(child<QPushButton>(dialog, "checkKeyButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));

        QDir().mkpath(QStringLiteral("/tmp/paydesk-shots"));
        QVERIFY(dialog.grab().save(QStringLiteral("/tmp/paydesk-shots/accounts-dialog-en.png")));

        QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY(finished.last().at(0).toBool());
        QCOMPARE(list->count(), 0);
        QVERIFY(!m_store->account(QStringLiteral("dz-shop")));
        QCOMPARE(readKey(QStringLiteral("dz-shop")).error, KeyErrorKind::Missing);
    }

    void renamesAnAccountAndMovesItsKey() {
        const QString key = generatedKey();
        AccountsDialog dialog(m_store.get(), m_keys.get(), &m_nam);
        dialog.show();
        QSignalSpy finished(&dialog, &AccountsDialog::operationFinished);
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("old-name"));
        QTest::keyClicks(child<QLineEdit>(dialog, "keyEdit"), key);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY(finished.last().at(0).toBool());
        QCOMPARE(dialog.currentName(), QStringLiteral("old-name"));

        // Rename and switch to live, leaving the key field empty: the saved key follows.
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("new-name"));
        auto *mode = child<QComboBox>(dialog, "modeCombo");
        // The mode reads as everywhere else (StatusStyle's one word for it).
        QCOMPARE(mode->count(), 2);
        QCOMPARE(mode->itemText(0), modeText(Mode::Test));
        QCOMPARE(mode->itemText(1), modeText(Mode::Live));
        mode->setCurrentIndex(mode->findText(QStringLiteral("Live")));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));

        const QList<Account> accounts = m_store->accounts();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().name, QStringLiteral("new-name"));
        QCOMPARE(accounts.first().mode, Mode::Live);
        QCOMPARE(readKey(QStringLiteral("new-name")).key, key);
        QCOMPARE(readKey(QStringLiteral("old-name")).error, KeyErrorKind::Missing);

        QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY(m_store->accounts().isEmpty());
    }

    void refusesAnUnsafeUrlAndAMissingKey() {
        AccountsDialog dialog(m_store.get(), m_keys.get(), &m_nam);
        dialog.show();
        QSignalSpy finished(&dialog, &AccountsDialog::operationFinished);
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("shop"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.last().at(0).toBool(), false);

        auto *baseUrl = child<QLineEdit>(dialog, "baseUrlEdit");
        baseUrl->setText(QStringLiteral("http://api.orqex.com/v1"));
        QTest::keyClicks(child<QLineEdit>(dialog, "keyEdit"), generatedKey());
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("https://")));
        QVERIFY(m_store->accounts().isEmpty());
    }

    void refusesAMalformedKeyAndWarnsAboutAPrefix() {
        AccountsDialog dialog(m_store.get(), m_keys.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &AccountsDialog::operationFinished);
        auto *keyEdit = child<QLineEdit>(dialog, "keyEdit");
        auto *status = child<QLabel>(dialog, "statusLabel");
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("dz-pasted"));
        auto *providerCombo = child<QComboBox>(dialog, "providerCombo");
        providerCombo->setCurrentIndex(providerCombo->findText(QStringLiteral("Chargily Pay")));

        // A key pasted with the words around it: refused, on save and on check, and not stored.
        const QString pasted = QStringLiteral("test_sk_") + generatedKey().mid(8);
        keyEdit->setText(QStringLiteral("key: ") + pasted);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY2(status->text().contains(QStringLiteral("space")), qPrintable(status->text()));
        QVERIFY(!status->text().contains(pasted));
        QVERIFY(m_store->accounts().isEmpty());
        QTest::mouseClick(child<QPushButton>(dialog, "checkKeyButton"), Qt::LeftButton);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY2(status->text().contains(QStringLiteral("space")), qPrintable(status->text()));
        QCOMPARE(readKey(QStringLiteral("dz-pasted")).error, KeyErrorKind::Missing);

        // An Orqex-looking key in a Chargily account: saved, with a warning naming the prefix.
        const QString orqexLooking = generatedKey();
        keyEdit->setText(orqexLooking);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QVERIFY2(status->text().contains(QStringLiteral("test_sk_")), qPrintable(status->text()));
        QVERIFY(!status->text().contains(orqexLooking));
        QCOMPARE(readKey(QStringLiteral("dz-pasted")).key, orqexLooking);
        if (qEnvironmentVariableIsSet("PAYDESK_GRAB"))
            dialog.grab().save(qEnvironmentVariable("PAYDESK_GRAB"));

        QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY(m_store->accounts().isEmpty());
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_AccountsDialog.moc"
