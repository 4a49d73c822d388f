// What an operator pastes, any bytes as UTF-8: split into entries, each recognised as a
// checkout id of a registered provider or refused with a reason.
#include "FuzzCheck.h"
#include "providers/CheckoutId.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Paydesk;

namespace {

void checkRecognized(const QString &input) {
    const Result<CheckoutRef> ref = recognizeCheckoutId(input);
    if (!ref.ok()) {
        FUZZ_CHECK(ref.error().kind == ErrorKind::InvalidId);
        FUZZ_CHECK(!ref.error().message.isEmpty());
        return;
    }
    // An id that was recognised is recognised again as itself, alone.
    FUZZ_CHECK(!ref.value().id.isEmpty());
    const Result<CheckoutRef> again = recognizeCheckoutId(ref.value().id);
    FUZZ_CHECK(again.ok() && again.value().id == ref.value().id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkRecognized(text);
    const QStringList entries = splitCheckoutInputs(text);
    for (const QString &entry : entries) {
        FUZZ_CHECK(!entry.isEmpty());
        checkRecognized(entry);
    }
    return 0;
}
