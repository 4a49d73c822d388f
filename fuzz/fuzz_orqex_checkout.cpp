// An Orqex checkout body, any bytes: parsed, and when accepted, written out both ways.
#include "CheckoutProperties.h"
#include "providers/orqex/OrqexParser.h"

#include <QByteArray>
#include <QDateTime>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    const Paydesk::Result<Paydesk::Checkout> result = Paydesk::parseOrqexCheckout(body, now);
    if (result.ok())
        Paydesk::Fuzz::checkParsedCheckout(result.value());
    return 0;
}
