// A history row as read back from the SQLite file, which anyone with the user's rights can
// edit: the checkout record and the error record, any bytes.
#include "FuzzCheck.h"
#include "storage/CheckoutRecord.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Paydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QJsonObject record =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                        static_cast<qsizetype>(size)))
            .object();
    if (const std::optional<Checkout> checkout = checkoutFromRecord(record)) {
        // Once read, a record is written and read back the same.
        const QJsonObject written = checkoutToRecord(*checkout);
        const std::optional<Checkout> again = checkoutFromRecord(written);
        FUZZ_CHECK(again.has_value() && checkoutToRecord(*again) == written);
    }
    if (const std::optional<LookupError> error = lookupErrorFromRecord(record)) {
        const QJsonObject written = lookupErrorToRecord(*error);
        const std::optional<LookupError> again = lookupErrorFromRecord(written);
        FUZZ_CHECK(again.has_value() && lookupErrorToRecord(*again) == written);
    }
    return 0;
}
