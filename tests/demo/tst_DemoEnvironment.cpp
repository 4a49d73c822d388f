#include "DemoHttp.h"

#include "demo/DemoAccounts.h"
#include "demo/DemoEnvironment.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Paydesk;
using namespace Paydesk::Test;

namespace {

const QRegularExpression kChargilyId(u"^[0-9a-z]{26}$"_s);
const QRegularExpression kOrqexId(u"^cs_[A-Za-z0-9]+$"_s);

QUrl under(const QUrl &base, const QString &path) {
    QUrl url = base;
    url.setPath(base.path() + path);
    return url;
}

// Collects every string value under `key`, at any depth.
void collect(const QJsonValue &value, const QString &key, QStringList *found) {
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == key && it.value().isString())
                found->append(it.value().toString());
            collect(it.value(), key, found);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            collect(element, key, found);
    }
}

} // namespace

class TestDemoEnvironment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void offersTwoInMemoryTestAccounts();
    void knowsItsAccountsBeforeItsServerStarts();
    void listsEnoughIdsOfBothProviders();
    void answersEveryDemoId();
    void refusesAWrongKey();
    void answersNotFoundForAnUnknownId();
    void servesEveryAvatarItNames();
    void timesAreRelativeToTheStart();
    void givesKeysLaterAndOnlyWhileTheContextLives();
    void writesNoSettings();

private:
    HttpAnswer checkout(const QString &id, const QString &key = {});
    bool isOrqex(const QString &id) const { return id.startsWith(u"cs_"_s); }

    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestDemoEnvironment::initTestCase() {
    m_demo = std::make_unique<DemoEnvironment>();
    QVERIFY(m_demo->accounts().isEmpty());
    QVERIFY(m_demo->checkoutIds().isEmpty());
    QVERIFY(m_demo->start());
    QVERIFY(m_demo->start()); // a second start changes nothing
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestDemoEnvironment::cleanupTestCase() {
    m_nam.reset();
    m_demo.reset();
}

HttpAnswer TestDemoEnvironment::checkout(const QString &id, const QString &key) {
    DemoServer *server = m_demo->server();
    if (isOrqex(id)) {
        return httpGet(
            *m_nam,
            under(server->apiBaseUrl(QStringLiteral("orqex")), u"/payment/checkouts/"_s + id),
            bearer(key.isNull() ? server->key(QStringLiteral("orqex")) : key));
    }
    return httpGet(*m_nam,
                   under(server->apiBaseUrl(QStringLiteral("chargily")), u"/checkouts/"_s + id),
                   bearer(key.isNull() ? server->key(QStringLiteral("chargily")) : key));
}

void TestDemoEnvironment::offersTwoInMemoryTestAccounts() {
    const QList<Account> accounts = m_demo->accounts();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).name, u"demo-orqex"_s);
    QCOMPARE(accounts.at(0).provider, QStringLiteral("orqex"));
    QCOMPARE(accounts.at(0).mode, Mode::Test);
    QCOMPARE(accounts.at(0).baseUrl, m_demo->server()->apiBaseUrl(QStringLiteral("orqex")));
    QCOMPARE(accounts.at(1).name, u"demo-chargily"_s);
    QCOMPARE(accounts.at(1).provider, QStringLiteral("chargily"));
    QCOMPARE(accounts.at(1).mode, Mode::Test);
    QCOMPARE(accounts.at(1).baseUrl, m_demo->server()->apiBaseUrl(QStringLiteral("chargily")));
    for (const Account &account : accounts) {
        QVERIFY2(!baseUrlProblem(account.baseUrl), qPrintable(account.baseUrl.toString()));
        QVERIFY(!accountNameProblem(account.name));
    }
}

// The window shows demoAccountsBeforeStart() in its first frame and the started demo's
// accounts after: the same accounts, in the same order, only now with their base URLs.
void TestDemoEnvironment::knowsItsAccountsBeforeItsServerStarts() {
    const QList<Account> before = demoAccountsBeforeStart();
    const QList<Account> started = m_demo->accounts();
    QCOMPARE(before.size(), m_demo->server()->providers().size());
    QCOMPARE(before.size(), started.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QVERIFY(before.at(i).baseUrl.isEmpty());
        Account withUrl = before.at(i);
        withUrl.baseUrl = started.at(i).baseUrl;
        QVERIFY(!withUrl.baseUrl.isEmpty());
        QCOMPARE(withUrl, started.at(i));
    }
    DemoEnvironment notStarted;
    QCOMPARE(notStarted.server()->providers().size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(notStarted.server()->providers().at(i), before.at(i).provider);
}

void TestDemoEnvironment::listsEnoughIdsOfBothProviders() {
    const QStringList ids = m_demo->checkoutIds();
    QVERIFY(ids.size() >= 12);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    int orqex = 0;
    for (const QString &id : ids) {
        if (isOrqex(id)) {
            ++orqex;
            QVERIFY2(kOrqexId.match(id).hasMatch(), qPrintable(id));
        } else {
            QVERIFY2(kChargilyId.match(id).hasMatch(), qPrintable(id));
        }
    }
    QVERIFY(orqex >= 4);
    QVERIFY(ids.size() - orqex >= 4);
    // Mixed, not one provider after the other.
    QVERIFY(isOrqex(ids.at(0)) != isOrqex(ids.at(1)));
    QCOMPARE(m_demo->server()->checkoutIds(QStringLiteral("orqex")).size(), orqex);
}

void TestDemoEnvironment::answersEveryDemoId() {
    DemoServer *server = m_demo->server();
    for (const QString &id : m_demo->checkoutIds()) {
        const HttpAnswer answer = checkout(id);
        QVERIFY2(answer.finished, qPrintable(id));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.contentType.startsWith("application/json"));
        QVERIFY(!answer.requestId.isEmpty());
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(answer.body, &error);
        QVERIFY2(document.isObject(), qPrintable(id + u": "_s + error.errorString()));
        QVERIFY2(!answer.body.contains("{{"), qPrintable(id)); // every placeholder resolved
        if (isOrqex(id)) {
            const QJsonObject data = document.object().value(u"data"_s).toObject();
            QCOMPARE(data.value(u"checkout"_s).toObject().value(u"id"_s).toString(), id);
            QVERIFY(data.value(u"payment"_s).isObject());
            continue;
        }
        QCOMPARE(document.object().value(u"id"_s).toString(), id);
        QVERIFY(document.object()
                    .value(u"checkout_url"_s)
                    .toString()
                    .startsWith(server->baseUrl().toString()));

        const QString customerId = document.object().value(u"customer_id"_s).toString();
        const HttpAnswer customer = httpGet(
            *m_nam,
            under(server->apiBaseUrl(QStringLiteral("chargily")), u"/customers/"_s + customerId),
            bearer(server->key(QStringLiteral("chargily"))));
        QVERIFY2(customer.status == 200, qPrintable(id + u" customer "_s + customerId));
        QCOMPARE(QJsonDocument::fromJson(customer.body).object().value(u"id"_s).toString(),
                 customerId);

        const HttpAnswer items = httpGet(*m_nam,
                                         under(server->apiBaseUrl(QStringLiteral("chargily")),
                                               u"/checkouts/"_s + id + u"/items"_s),
                                         bearer(server->key(QStringLiteral("chargily"))));
        QCOMPARE(items.status, 200);
        QVERIFY(QJsonDocument::fromJson(items.body).object().value(u"data"_s).isArray());
    }
}

void TestDemoEnvironment::refusesAWrongKey() {
    const QStringList ids = m_demo->checkoutIds();
    for (const QString &id : ids) {
        // The other provider's key is a wrong key too.
        const QString other = isOrqex(id) ? m_demo->server()->key(QStringLiteral("chargily"))
                                          : m_demo->server()->key(QStringLiteral("orqex"));
        for (const QString &key : {u"sk_test_wrong"_s, other}) {
            const HttpAnswer answer = checkout(id, key);
            QCOMPARE(answer.status, 401);
            QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"message"_s).toString(),
                     u"Unauthenticated."_s);
        }
    }
}

void TestDemoEnvironment::answersNotFoundForAnUnknownId() {
    HttpAnswer answer = checkout(u"cs_doesNotExist42"_s);
    QCOMPARE(answer.status, 404);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"message"_s).toString(),
             u"Checkout session not found."_s);
    answer = checkout(u"01hzzzzzzzzzzzzzzzzzzzzzzz"_s);
    QCOMPARE(answer.status, 404);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"message"_s).toString(),
             u"Checkout not found."_s);
}

void TestDemoEnvironment::servesEveryAvatarItNames() {
    QSet<QString> avatars;
    int customersWithout = 0;
    for (const QString &id : m_demo->checkoutIds()) {
        if (!isOrqex(id))
            continue;
        const QJsonObject customer = QJsonDocument::fromJson(checkout(id).body)
                                         .object()
                                         .value(u"data"_s)
                                         .toObject()
                                         .value(u"payment"_s)
                                         .toObject()
                                         .value(u"customer"_s)
                                         .toObject();
        if (customer.value(u"avatar_url"_s).isString())
            avatars.insert(customer.value(u"avatar_url"_s).toString());
        else
            ++customersWithout;
    }
    QVERIFY(avatars.size() >= 3);
    QVERIFY(customersWithout >= 1);
    for (const QString &url : std::as_const(avatars)) {
        QVERIFY2(url.startsWith(m_demo->server()->baseUrl().toString() + u"/media/avatars/"_s),
                 qPrintable(url));
        HttpAnswer answer = httpGet(*m_nam, QUrl(url));
        QVERIFY2(answer.status == 200, qPrintable(url));
        QCOMPARE(answer.contentType, QByteArray("image/png"));
        QVERIFY(answer.body.size() < 20 * 1024);
        QBuffer buffer(&answer.body);
        QImageReader reader(&buffer);
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(url + u": "_s + reader.errorString()));
        QCOMPARE(image.size(), QSize(128, 128));
    }
}

void TestDemoEnvironment::timesAreRelativeToTheStart() {
    const QDateTime start = m_demo->server()->referenceTime();
    QVERIFY(qAbs(start.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QStringList open;
    QStringList completed;
    for (const QString &id : m_demo->checkoutIds()) {
        if (!isOrqex(id))
            continue;
        const QJsonObject data =
            QJsonDocument::fromJson(checkout(id).body).object().value(u"data"_s).toObject();
        const QJsonObject payment = data.value(u"payment"_s).toObject();
        if (data.value(u"checkout"_s).toObject().value(u"status"_s).toString() == u"open")
            open.append(data.value(u"checkout"_s).toObject().value(u"expires_at"_s).toString());
        collect(payment, u"completed_at"_s, &completed);
    }
    QVERIFY(!open.isEmpty());
    QVERIFY(!completed.isEmpty());
    for (const QString &text : std::as_const(open)) {
        const QDateTime expires = QDateTime::fromString(text, Qt::ISODate);
        QVERIFY2(expires > start.addSecs(60) && expires <= start.addSecs(3600), qPrintable(text));
    }
    for (const QString &text : std::as_const(completed)) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        QVERIFY2(at < start && at > start.addDays(-7), qPrintable(text));
    }

    // A pending Chargily checkout was made minutes ago (they expire after 30 minutes).
    bool sawPending = false;
    for (const QString &id : m_demo->checkoutIds()) {
        if (isOrqex(id))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(checkout(id).body).object();
        const QDateTime created =
            QDateTime::fromSecsSinceEpoch(object.value(u"created_at"_s).toInteger(), Qt::UTC);
        QVERIFY(created <= start);
        if (object.value(u"status"_s).toString() == u"pending") {
            sawPending = true;
            QVERIFY(created.secsTo(start) < 30 * 60);
        }
    }
    QVERIFY(sawPending);
}

void TestDemoEnvironment::givesKeysLaterAndOnlyWhileTheContextLives() {
    KeyProvider *keys = m_demo->keys();
    QObject context;
    QList<KeyResult> results;
    keys->readKey(u"demo-orqex"_s, &context, [&results](const KeyResult &r) { results.append(r); });
    keys->readKey(u"demo-chargily"_s, &context,
                  [&results](const KeyResult &r) { results.append(r); });
    keys->readKey(u"someone-else"_s, &context,
                  [&results](const KeyResult &r) { results.append(r); });
    QVERIFY(results.isEmpty()); // never from inside readKey

    auto gone = std::make_unique<QObject>();
    bool calledForGone = false;
    keys->readKey(u"demo-orqex"_s, gone.get(),
                  [&calledForGone](const KeyResult &) { calledForGone = true; });
    gone.reset();
    bool last = false;
    keys->readKey(u"demo-orqex"_s, &context, [&last](const KeyResult &) { last = true; });

    QTRY_VERIFY(last); // queued after the one whose context is gone
    QVERIFY(!calledForGone);
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(0).ok());
    QCOMPARE(results.at(0).key, m_demo->server()->key(QStringLiteral("orqex")));
    QVERIFY(results.at(1).ok());
    QCOMPARE(results.at(1).key, m_demo->server()->key(QStringLiteral("chargily")));
    QCOMPARE(results.at(2).error, KeyErrorKind::Missing);
    QVERIFY(results.at(2).key.isEmpty());
    QVERIFY(results.at(2).message.contains(u"someone-else"_s));
}

void TestDemoEnvironment::writesNoSettings() {
    const QString configDir = qEnvironmentVariable("PAYDESK_CONFIG_DIR");
    QVERIFY(!configDir.isEmpty());
    const QDir dir(configDir);
    QVERIFY(!dir.exists() || dir.isEmpty());
}

QTEST_MAIN(TestDemoEnvironment)
#include "tst_DemoEnvironment.moc"
