#include "DemoHttp.h"
#include "DemoRecorder.h"

#include "demo/DemoServer.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Paydesk;
using namespace Paydesk::Test;

namespace {

QByteArray fixture(const QString &relativePath) {
    QFile file(QStringLiteral(PAYDESK_FIXTURES_DIR) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

QJsonObject object(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object();
}

QUrl under(const QUrl &base, const QString &path) {
    QUrl url = base;
    url.setPath(base.path() + path);
    return url;
}

const QString kOrqexDocsId = u"cs_abc123"_s;
const QString kChargilyDocsId = u"01hj5n7cqpaf0mt2d0xx85tgz8"_s;
const QString kChargilyCustomerId = u"01hj150206g0jxnh5r2yvvdrna"_s;

} // namespace

class TestDemoServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLoopbackWithFreshKeys();
    void servesTheProvidersShapes();
    void refusesAWrongKey_data();
    void refusesAWrongKey();
    void answersNotFoundLikeTheProvider_data();
    void answersNotFoundLikeTheProvider();
    void resolvesPlaceholders();
    void pagesItems();
    void listsChargilyCheckoutsNewestFirst();
    void queuedAnswersComeOnceAfterTheKeyCheck();
    void recordsRequests();
    void servesAvatars();
    void servesDemoPaymentPages();

private:
    DemoServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
};

void TestDemoServer::init() {
    m_server = new DemoServer(this);
    QVERIFY(m_server->start());
    m_nam = new QNetworkAccessManager(this);
    QVERIFY(
        !m_server
             ->addCheckout(QStringLiteral("orqex"), fixture(u"orqex/checkout_docs_example.json"_s))
             .isEmpty());
    QVERIFY(!m_server
                 ->addCheckout(QStringLiteral("chargily"),
                               fixture(u"chargily/checkout_docs_example.json"_s))
                 .isEmpty());
    QVERIFY(!m_server
                 ->addRecord(QStringLiteral("chargily"), QStringLiteral("customer"),
                             fixture(u"chargily/customer.json"_s))
                 .isEmpty());
    QVERIFY(!m_server
                 ->addRecord(u"chargily"_s, u"items"_s, fixture(u"chargily/checkout_items.json"_s),
                             kChargilyDocsId)
                 .isEmpty());
}

void TestDemoServer::cleanup() {
    delete m_nam;
    delete m_server;
}

void TestDemoServer::listensOnLoopbackWithFreshKeys() {
    DemoServer other;
    QVERIFY(other.start());
    QVERIFY(other.port() != 0);
    QVERIFY(other.port() != m_server->port());
    QCOMPARE(other.baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(other.apiBaseUrl(QStringLiteral("orqex")).toString(),
             u"http://127.0.0.1:%1/orqex/v1"_s.arg(other.port()));
    QCOMPARE(other.apiBaseUrl(QStringLiteral("chargily")).toString(),
             u"http://127.0.0.1:%1/chargily/test/api/v2"_s.arg(other.port()));

    static const QRegularExpression orqexKey(u"^sk_test_[0-9a-f]{32}$"_s);
    static const QRegularExpression chargilyKey(u"^test_sk_[0-9a-z]{40}$"_s);
    QVERIFY(orqexKey.match(other.key(QStringLiteral("orqex"))).hasMatch());
    QVERIFY(chargilyKey.match(other.key(QStringLiteral("chargily"))).hasMatch());
    QVERIFY(other.key(QStringLiteral("orqex")) != m_server->key(QStringLiteral("orqex")));
    QVERIFY(other.key(QStringLiteral("chargily")) != m_server->key(QStringLiteral("chargily")));

    DemoServer unstarted;
    QVERIFY(unstarted.key(QStringLiteral("orqex")).isEmpty());
    QVERIFY(unstarted.apiBaseUrl(QStringLiteral("orqex")).isEmpty());
}

void TestDemoServer::servesTheProvidersShapes() {
    const HttpAnswer orqex = httpGet(*m_nam,
                                     under(m_server->apiBaseUrl(QStringLiteral("orqex")),
                                           u"/payment/checkouts/"_s + kOrqexDocsId),
                                     bearer(m_server->key(QStringLiteral("orqex"))));
    QVERIFY(orqex.finished);
    QCOMPARE(orqex.status, 200);
    QVERIFY(orqex.contentType.startsWith("application/json"));
    QVERIFY(!orqex.requestId.isEmpty());
    QCOMPARE(object(orqex.body), object(fixture(u"orqex/checkout_docs_example.json"_s)));

    const HttpAnswer checkout = httpGet(
        *m_nam,
        under(m_server->apiBaseUrl(QStringLiteral("chargily")), u"/checkouts/"_s + kChargilyDocsId),
        bearer(m_server->key(QStringLiteral("chargily"))));
    QCOMPARE(checkout.status, 200);
    QCOMPARE(object(checkout.body), object(fixture(u"chargily/checkout_docs_example.json"_s)));

    const HttpAnswer customer = httpGet(*m_nam,
                                        under(m_server->apiBaseUrl(QStringLiteral("chargily")),
                                              u"/customers/"_s + kChargilyCustomerId),
                                        bearer(m_server->key(QStringLiteral("chargily"))));
    QCOMPARE(customer.status, 200);
    QCOMPARE(object(customer.body), object(fixture(u"chargily/customer.json"_s)));
    QVERIFY(customer.requestId != orqex.requestId);
}

void TestDemoServer::refusesAWrongKey_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("orqex");
    QTest::addColumn<QByteArray>("authorization");

    const QString orqex = u"/payment/checkouts/"_s + kOrqexDocsId;
    const QString chargily = u"/checkouts/"_s + kChargilyDocsId;
    const QString customer = u"/customers/"_s + kChargilyCustomerId;
    const QString items = u"/checkouts/"_s + kChargilyDocsId + u"/items"_s;
    QTest::newRow("Orqex without a key") << orqex << true << QByteArray();
    QTest::newRow("Orqex with a wrong key") << orqex << true << QByteArray("Bearer sk_test_0");
    QTest::newRow("Orqex with the Chargily key") << orqex << true << QByteArray("chargily");
    QTest::newRow("Orqex with the key as Basic") << orqex << true << QByteArray("basic-orqex");
    QTest::newRow("Chargily checkout without a key") << chargily << false << QByteArray();
    QTest::newRow("Chargily checkout with the Orqex key")
        << chargily << false << QByteArray("orqex");
    QTest::newRow("Chargily customer with a wrong key")
        << customer << false << QByteArray("Bearer test_sk_0");
    QTest::newRow("Chargily items without a key") << items << false << QByteArray();
}

void TestDemoServer::refusesAWrongKey() {
    QFETCH(QString, path);
    QFETCH(bool, orqex);
    QFETCH(QByteArray, authorization);
    if (authorization == "chargily")
        authorization = bearer(m_server->key(QStringLiteral("chargily")));
    else if (authorization == "orqex")
        authorization = bearer(m_server->key(QStringLiteral("orqex")));
    else if (authorization == "basic-orqex")
        authorization = "Basic " + m_server->key(QStringLiteral("orqex")).toUtf8();

    const QUrl base = orqex ? m_server->apiBaseUrl(QStringLiteral("orqex"))
                            : m_server->apiBaseUrl(QStringLiteral("chargily"));
    const HttpAnswer answer = httpGet(*m_nam, under(base, path), authorization);
    QCOMPARE(answer.status, 401);
    QCOMPARE(object(answer.body), object(fixture(u"chargily/error_401.json"_s)));
    QVERIFY(!answer.requestId.isEmpty());
}

void TestDemoServer::answersNotFoundLikeTheProvider_data() {
    QTest::addColumn<bool>("orqex");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("an unknown Orqex checkout")
        << true << u"/payment/checkouts/cs_unknown1"_s << u"Checkout session not found."_s;
    QTest::newRow("an unknown Chargily checkout")
        << false << u"/checkouts/01hzzzzzzzzzzzzzzzzzzzzzzz"_s << u"Checkout not found."_s;
    QTest::newRow("the items of an unknown Chargily checkout")
        << false << u"/checkouts/01hzzzzzzzzzzzzzzzzzzzzzzz/items"_s << u"Checkout not found."_s;
    QTest::newRow("an unknown Chargily customer")
        << false << u"/customers/01hzzzzzzzzzzzzzzzzzzzzzzz"_s << u"Customer not found."_s;
    QTest::newRow("an Orqex id asked of Chargily")
        << false << u"/checkouts/"_s + kOrqexDocsId << u"Checkout not found."_s;
    QTest::newRow("an endpoint neither provider has")
        << false << u"/payment/checkouts/"_s + kOrqexDocsId << u"Not Found"_s;
}

void TestDemoServer::answersNotFoundLikeTheProvider() {
    QFETCH(bool, orqex);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QUrl base = orqex ? m_server->apiBaseUrl(QStringLiteral("orqex"))
                            : m_server->apiBaseUrl(QStringLiteral("chargily"));
    const QString key =
        orqex ? m_server->key(QStringLiteral("orqex")) : m_server->key(QStringLiteral("chargily"));
    const HttpAnswer answer = httpGet(*m_nam, under(base, path), bearer(key));
    QCOMPARE(answer.status, 404);
    QCOMPARE(object(answer.body).value(u"message"_s).toString(), message);
    QVERIFY(!answer.requestId.isEmpty());
}

void TestDemoServer::resolvesPlaceholders() {
    const QDateTime now = QDateTime::fromString(u"2026-11-21T18:00:00Z"_s, Qt::ISODate);
    m_server->setReferenceTime(now);
    QCOMPARE(m_server->referenceTime(), now);
    const QByteArray body = R"({"id":"01hqaaaaaaaaaaaaaaaaaaaaaa","checkout_url":"{{base}}/x",
        "created_at":"{{unix:now-2h}}","updated_at":"{{unix:now}}","expires":"{{unix:now+25m}}",
        "seconds":"{{unix:now+30s}}","days":"{{unix:now-1d}}","iso":"{{iso:now-25m}}",
        "kept":"{{other}}","text":"not {{unix:now}} at the start"})";
    QCOMPARE(m_server->addCheckout(QStringLiteral("chargily"), body),
             u"01hqaaaaaaaaaaaaaaaaaaaaaa"_s);
    const HttpAnswer answer = httpGet(*m_nam,
                                      under(m_server->apiBaseUrl(QStringLiteral("chargily")),
                                            u"/checkouts/01hqaaaaaaaaaaaaaaaaaaaaaa"_s),
                                      bearer(m_server->key(QStringLiteral("chargily"))));
    QCOMPARE(answer.status, 200);
    const QJsonObject served = object(answer.body);
    QVERIFY2(!served.isEmpty(), answer.body.constData());
    QCOMPARE(served.value(u"checkout_url"_s).toString(), m_server->baseUrl().toString() + u"/x"_s);
    const qint64 seconds = now.toSecsSinceEpoch();
    QCOMPARE(served.value(u"created_at"_s).toInteger(), seconds - 7200);
    QCOMPARE(served.value(u"updated_at"_s).toInteger(), seconds);
    QCOMPARE(served.value(u"expires"_s).toInteger(), seconds + 1500);
    QCOMPARE(served.value(u"seconds"_s).toInteger(), seconds + 30);
    QCOMPARE(served.value(u"days"_s).toInteger(), seconds - 86400);
    QCOMPARE(served.value(u"iso"_s).toString(), u"2026-11-21T17:35:00+00:00"_s);
    QCOMPARE(served.value(u"kept"_s).toString(), u"{{other}}"_s);
    QCOMPARE(served.value(u"text"_s).toString(), u"not {{unix:now}} at the start"_s);
}

void TestDemoServer::pagesItems() {
    QJsonArray items;
    for (int i = 0; i < 12; ++i)
        items.append(QJsonObject{{u"id"_s, u"item%1"_s.arg(i)},
                                 {u"amount"_s, 100 + i},
                                 {u"quantity"_s, 1},
                                 {u"entity"_s, u"price"_s}});
    QVERIFY(
        !m_server
             ->addRecord(u"chargily"_s, u"items"_s, QJsonDocument(items).toJson(), kChargilyDocsId)
             .isEmpty());
    QVERIFY(m_server->addRecord(u"chargily"_s, u"items"_s, "{\"no\":\"items\"}", kChargilyDocsId)
                .isEmpty());

    const QUrl first = under(m_server->apiBaseUrl(QStringLiteral("chargily")),
                             u"/checkouts/"_s + kChargilyDocsId + u"/items"_s);
    HttpAnswer answer = httpGet(*m_nam, first, bearer(m_server->key(QStringLiteral("chargily"))));
    QCOMPARE(answer.status, 200);
    QJsonObject page = object(answer.body);
    QCOMPARE(page.value(u"current_page"_s).toInt(), 1);
    QCOMPARE(page.value(u"last_page"_s).toInt(), 2);
    QCOMPARE(page.value(u"per_page"_s).toInt(), 10);
    QCOMPARE(page.value(u"total"_s).toInt(), 12);
    QCOMPARE(page.value(u"data"_s).toArray().size(), 10);
    QVERIFY(page.value(u"prev_page_url"_s).isNull());
    QCOMPARE(page.value(u"path"_s).toString(), first.toString());

    const QUrl next(page.value(u"next_page_url"_s).toString());
    QCOMPARE(next.toString(), first.toString() + u"?page=2"_s);
    answer = httpGet(*m_nam, next, bearer(m_server->key(QStringLiteral("chargily"))));
    page = object(answer.body);
    QCOMPARE(page.value(u"current_page"_s).toInt(), 2);
    QCOMPARE(page.value(u"data"_s).toArray().size(), 2);
    QCOMPARE(page.value(u"data"_s).toArray().at(1).toObject().value(u"id"_s).toString(),
             u"item11"_s);
    QVERIFY(page.value(u"next_page_url"_s).isNull());
    QCOMPARE(page.value(u"prev_page_url"_s).toString(), first.toString() + u"?page=1"_s);

    QUrl all = first;
    all.setQuery(u"per_page=50"_s);
    page = object(httpGet(*m_nam, all, bearer(m_server->key(QStringLiteral("chargily")))).body);
    QCOMPARE(page.value(u"data"_s).toArray().size(), 12);
    QCOMPARE(page.value(u"last_page"_s).toInt(), 1);

    // A checkout without items has an empty first page.
    QVERIFY(!m_server
                 ->addCheckout(QStringLiteral("chargily"),
                               fixture(u"chargily/checkout_paid_edahabia.json"_s))
                 .isEmpty());
    page = object(httpGet(*m_nam,
                          under(m_server->apiBaseUrl(QStringLiteral("chargily")),
                                u"/checkouts/01hkq3m9v7r2x8c4t6b0n5w1ye/items"_s),
                          bearer(m_server->key(QStringLiteral("chargily"))))
                      .body);
    QCOMPARE(page.value(u"total"_s).toInt(), 0);
    QCOMPARE(page.value(u"last_page"_s).toInt(), 1);
    QVERIFY(page.value(u"data"_s).toArray().isEmpty());
}

void TestDemoServer::listsChargilyCheckoutsNewestFirst() {
    QVERIFY(!m_server
                 ->addCheckout(QStringLiteral("chargily"),
                               fixture(u"chargily/checkout_paid_edahabia.json"_s))
                 .isEmpty());
    QUrl list = under(m_server->apiBaseUrl(QStringLiteral("chargily")), u"/checkouts"_s);
    QCOMPARE(httpGet(*m_nam, list).status, 401);
    HttpAnswer answer = httpGet(*m_nam, list, bearer(m_server->key(QStringLiteral("chargily"))));
    QCOMPARE(answer.status, 200);
    QJsonObject page = object(answer.body);
    QCOMPARE(page.value(u"total"_s).toInt(), 2);
    const QJsonArray data = page.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.at(0).toObject().value(u"id"_s).toString(), u"01hkq3m9v7r2x8c4t6b0n5w1ye"_s);
    QCOMPARE(data.at(1).toObject().value(u"id"_s).toString(), kChargilyDocsId);

    list.setQuery(u"per_page=1&page=2"_s);
    page = object(httpGet(*m_nam, list, bearer(m_server->key(QStringLiteral("chargily")))).body);
    QCOMPARE(page.value(u"current_page"_s).toInt(), 2);
    QCOMPARE(page.value(u"last_page"_s).toInt(), 2);
    QCOMPARE(page.value(u"data"_s).toArray().at(0).toObject().value(u"id"_s).toString(),
             kChargilyDocsId);
}

void TestDemoServer::queuedAnswersComeOnceAfterTheKeyCheck() {
    const QUrl url = under(m_server->apiBaseUrl(QStringLiteral("orqex")),
                           u"/payment/checkouts/"_s + kOrqexDocsId);
    DemoRecorder recorder(*m_server);
    recorder.enqueue(url.path(), 503, R"({"message":"Service Unavailable"})");
    recorder.enqueue(url.path(), 429, R"({"message":"Too Many Attempts."})",
                     {{"Retry-After", "2"}});

    QCOMPARE(httpGet(*m_nam, url).status, 401); // the queue waits for a request with the key
    const HttpAnswer unavailable =
        httpGet(*m_nam, url, bearer(m_server->key(QStringLiteral("orqex"))));
    QCOMPARE(unavailable.status, 503);
    QVERIFY(!unavailable.requestId.isEmpty());
    const HttpAnswer limited = httpGet(*m_nam, url, bearer(m_server->key(QStringLiteral("orqex"))));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.retryAfter, QByteArray("2"));
    QCOMPARE(object(limited.body).value(u"message"_s).toString(), u"Too Many Attempts."_s);
    QCOMPARE(httpGet(*m_nam, url, bearer(m_server->key(QStringLiteral("orqex")))).status, 200);
}

void TestDemoServer::recordsRequests() {
    DemoRecorder recorder(*m_server);
    const QUrl url = under(m_server->apiBaseUrl(QStringLiteral("chargily")),
                           u"/customers/"_s + kChargilyCustomerId);
    QCOMPARE(recorder.count(), 0);
    QCOMPARE(httpGet(*m_nam, url, bearer(m_server->key(QStringLiteral("chargily")))).status, 200);
    QCOMPARE(httpGet(*m_nam, url).status, 401);
    QUrl withQuery =
        under(m_server->apiBaseUrl(QStringLiteral("orqex")), u"/payment/checkouts/cs_none"_s);
    withQuery.setQuery(u"expand=payment"_s);
    QCOMPARE(httpGet(*m_nam, withQuery, bearer(m_server->key(QStringLiteral("orqex")))).status,
             404);

    QCOMPARE(recorder.count(), 3);
    QCOMPARE(recorder.count(url.path()), 2);
    QCOMPARE(recorder.count(u"/nowhere"_s), 0);

    const QList<RecordedRequest> requests = recorder.requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).method, u"GET"_s);
    QCOMPARE(requests.at(0).path, url.path());
    QCOMPARE(requests.at(0).status, 200);
    QCOMPARE(requests.at(1).status, 401);
    QCOMPARE(requests.at(2).query, u"expand=payment"_s);
    QCOMPARE(requests.at(2).status, 404);
    const auto header = [](const RecordedRequest &request, const QByteArray &name) {
        for (const auto &pair : request.headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return QByteArray();
    };
    QCOMPARE(header(requests.at(0), "Accept"), QByteArray("application/json"));
    QCOMPARE(header(requests.at(0), "Authorization"),
             bearer(m_server->key(QStringLiteral("chargily"))));
    QVERIFY(header(requests.at(1), "Authorization").isEmpty());

    recorder.clear();
    QCOMPARE(recorder.count(), 0);
    QVERIFY(recorder.requests().isEmpty());
}

void TestDemoServer::servesAvatars() {
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    m_server->addAvatar(u"test.png"_s, png);

    HttpAnswer answer = httpGet(*m_nam, m_server->avatarUrl(u"test.png"_s));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, QByteArray("image/png"));
    QCOMPARE(answer.body, png);
    QVERIFY(!answer.requestId.isEmpty());

    // The bundled demo avatars are there without being added, and need no key.
    answer = httpGet(*m_nam, m_server->avatarUrl(u"awa-diallo.png"_s));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, QByteArray("image/png"));
    QBuffer served(&answer.body);
    QImageReader reader(&served);
    const QImage decoded = reader.read();
    QVERIFY2(!decoded.isNull(), qPrintable(reader.errorString()));

    QCOMPARE(httpGet(*m_nam, m_server->avatarUrl(u"nobody.png"_s)).status, 404);
    QUrl traversal = m_server->baseUrl();
    traversal.setPath(u"/media/avatars/..%2Findex.json"_s, QUrl::TolerantMode);
    QCOMPARE(httpGet(*m_nam, traversal).status, 404);
}

void TestDemoServer::servesDemoPaymentPages() {
    QUrl page = m_server->baseUrl();
    page.setPath(u"/chargily/test/checkouts/"_s + kChargilyDocsId + u"/pay"_s);
    HttpAnswer answer = httpGet(*m_nam, page);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.contentType.startsWith("text/html"));
    QVERIFY(answer.body.contains(kChargilyDocsId.toUtf8()));
    page.setPath(u"/orqex/pay/"_s + kOrqexDocsId);
    QCOMPARE(httpGet(*m_nam, page).status, 200);
    page.setPath(u"/orqex/pay/cs_unknown"_s);
    QCOMPARE(httpGet(*m_nam, page).status, 404);
}

QTEST_MAIN(TestDemoServer)
#include "tst_DemoServer.moc"
