// A provider's error answer, any bytes as its body: the length picks the HTTP status, and the
// first line (at most 64 bytes) is also read as a Retry-After header.
#include "FuzzCheck.h"
#include "domain/ErrorResponse.h"

#include <QByteArray>
#include <QDateTime>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

using namespace Paydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static constexpr std::array<int, 16> statuses = {400, 401, 402, 403, 404, 405, 409, 410,
                                                     418, 422, 428, 429, 500, 502, 503, 599};
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const int status = statuses[size % statuses.size()];
    const qsizetype lineEnd = body.indexOf('\n');
    const QByteArray retryAfter =
        body.left(std::min<qsizetype>(lineEnd < 0 ? body.size() : lineEnd, 64));

    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    FUZZ_CHECK(retryAfterSeconds(retryAfter, now) >= -1);

    const LookupError error = errorFromResponse(QStringLiteral("Provider"), status, body,
                                                QStringLiteral("req_1"), retryAfter);
    FUZZ_CHECK(error.kind == errorKindForHttpStatus(status));
    FUZZ_CHECK(!error.message.isEmpty());
    return 0;
}
