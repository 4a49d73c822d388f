// How long the pure domain work takes per checkout: parsing each provider's response,
// serializing to interface.md's JSON, formatting money and recognising ids.
#include "domain/CheckoutJson.h"
#include "domain/Money.h"
#include "providers/CheckoutId.h"
#include "providers/chargily/ChargilyParser.h"
#include "providers/orqex/OrqexParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Paydesk;

namespace {

QByteArray fixture(const char *relativePath) {
    QFile file(QStringLiteral(PAYDESK_FIXTURES_DIR "/") + QString::fromLatin1(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", relativePath);
    return file.readAll();
}

} // namespace

class BenchDomain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseOrqexSdkShape() {
        const QByteArray body = fixture("orqex/checkout_sdk_shape.json");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QBENCHMARK {
            const Result<Checkout> result = parseOrqexCheckout(body, now);
            if (!result.ok())
                QFAIL("the fixture did not parse");
        }
    }

    void parseChargilyCheckout() {
        const QByteArray body = fixture("chargily/checkout_docs_example.json");
        QBENCHMARK {
            const Result<Checkout> result = Paydesk::parseChargilyCheckout(body);
            if (!result.ok())
                QFAIL("the fixture did not parse");
        }
    }

    void serializeToJson() {
        const Result<Checkout> parsed =
            parseOrqexCheckout(fixture("orqex/checkout_sdk_shape.json"), QDateTime());
        QVERIFY(parsed.ok());
        QBENCHMARK {
            const QByteArray json =
                QJsonDocument(checkoutToJson(parsed.value())).toJson(QJsonDocument::Compact);
            if (json.isEmpty())
                QFAIL("empty JSON");
        }
    }

    void formatMoneyInArabic() {
        const std::optional<Money> money = Money::fromDecimal(u"1234567.89", QStringLiteral("DZD"));
        QVERIFY(money.has_value());
        const QLocale locale(QLocale::Arabic, QLocale::Algeria);
        QBENCHMARK {
            const QString text = formatMoney(*money, locale);
            if (text.isEmpty())
                QFAIL("empty text");
        }
    }

    void recognizePastedUrl() {
        const QString url =
            QStringLiteral("https://pay.chargily.dz/test/checkouts/01hj5n7cqpaf0mt2d0xx85tgz8/pay");
        QBENCHMARK {
            if (!recognizeCheckoutId(url).ok())
                QFAIL("not recognised");
        }
    }
};

QTEST_GUILESS_MAIN(BenchDomain)
#include "BenchDomain.moc"
