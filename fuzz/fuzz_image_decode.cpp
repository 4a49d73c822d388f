// A remote avatar or method icon, any bytes, through Paydesk's own image decoding
// (images/ImageDecode, what ImageLoader runs on its worker thread): the first byte picks the
// content type, the rest is the body. Beyond what the sanitizers and libFuzzer's limits catch
// (memory errors, hangs, runaway allocations in Qt's decoders), every answer keeps its promise:
// an image within the pixel cap, or a refusal with a reason.
#include "FuzzCheck.h"

#include "images/ImageDecode.h"

#include <QByteArray>
#include <QCoreApplication>

#include <array>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    // The image format plugins (jpeg, gif, webp) are found through the application, as in
    // Paydesk.
    if (!QCoreApplication::instance())
        new QCoreApplication(*argc, *argv); // lives as long as the process
    Paydesk::limitImageAllocations();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static const std::array<QByteArray, 4> contentTypes = {"image/png", "image/jpeg", "image/gif",
                                                           "image/webp"};
    if (size == 0)
        return 0;
    const QByteArray format =
        Paydesk::rasterImageFormat(contentTypes[data[0] % contentTypes.size()]);
    FUZZ_CHECK(!format.isEmpty());
    const QByteArray body(reinterpret_cast<const char *>(data + 1),
                          static_cast<qsizetype>(size - 1));
    const Paydesk::DecodedImage decoded = Paydesk::decodeRasterImage(body, format);
    const QSize cap = Paydesk::defaultMaximumImagePixels;
    if (decoded.image.isNull()) {
        FUZZ_CHECK(!decoded.error.isEmpty());
    } else {
        FUZZ_CHECK(decoded.error.isEmpty());
        FUZZ_CHECK(decoded.image.width() <= cap.width() && decoded.image.height() <= cap.height());
    }
    return 0;
}
