// A Chargily body, any bytes, read as each of the three answers a lookup asks for: the
// checkout, its customer and a page of its items.
#include "CheckoutProperties.h"
#include "FuzzCheck.h"
#include "providers/chargily/ChargilyParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace Paydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Result<Checkout> checkout = parseChargilyCheckout(body);
    if (checkout.ok())
        Fuzz::checkParsedCheckout(checkout.value());
    else
        FUZZ_CHECK(!checkout.error().message.isEmpty());

    const Result<Customer> customer = parseChargilyCustomer(body);
    FUZZ_CHECK(!customer.ok() || !customer.value().id.isEmpty());

    const Result<ChargilyItemsPage> items = parseChargilyItems(body);
    if (items.ok()) {
        const ChargilyItemsPage &page = items.value();
        FUZZ_CHECK(page.currentPage >= 1 && page.lastPage >= page.currentPage);
        for (const CheckoutItem &item : page.items) {
            FUZZ_CHECK(!item.id.isEmpty() && item.quantity >= 0);
            FUZZ_CHECK(!item.unitAmount.isNegative());
        }
    }
    return 0;
}
