#include "CheckoutProperties.h"

#include "FuzzCheck.h"
#include "domain/CheckoutJson.h"
#include "storage/CheckoutRecord.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Paydesk::Fuzz {

namespace {

void checkNotNegative(const std::optional<Money> &money) {
    FUZZ_CHECK(!money || !money->isNegative());
}

} // namespace

void checkParsedCheckout(const Checkout &checkout) {
    FUZZ_CHECK(!checkout.id.isEmpty());
    checkNotNegative(checkout.amount);
    checkNotNegative(checkout.amountBeforeDiscount);

    const QByteArray json = toOrderedJson(checkoutToJson(checkout), QJsonDocument::Compact);
    QJsonParseError error{};
    const QJsonDocument written = QJsonDocument::fromJson(json, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && written.isObject());

    const QJsonObject record = checkoutToRecord(checkout);
    const std::optional<Checkout> restored = checkoutFromRecord(record);
    FUZZ_CHECK(restored.has_value());
    FUZZ_CHECK(checkoutToRecord(*restored) == record);
}

} // namespace Paydesk::Fuzz
