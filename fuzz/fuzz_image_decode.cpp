// A remote avatar or method icon, any bytes, decoded the way ImageLoader decodes it: the
// format named by the content type (the first byte picks one of the raster types), never
// guessed from the content, with Qt's allocation limit and a pixel-size cap checked before
// any pixel is decoded.
#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>

#include <array>
#include <cstddef>
#include <cstdint>

namespace {

constexpr int allocationLimitMiB = 32; // ImageLoader's
const QSize maxPixels(1024, 1024);     // ImageLoader's default

void decode(const QByteArray &body, const QByteArray &format) {
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > maxPixels.width() || size.height() > maxPixels.height())
        return;
    const QImage image = reader.read();
    // What ImageLoader then checks: a header may understate the decoded size. The fuzzer
    // looks for what Qt's decoders do with hostile bytes under these limits (crashes, memory
    // errors, hangs, runaway allocations); the cap itself is tested in tst_ImageLoader.
    if (image.width() > maxPixels.width() || image.height() > maxPixels.height())
        return;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    // The image format plugins (jpeg, gif, webp) are found through the application, as in
    // Paydesk; the regression test brings its own.
    if (!QCoreApplication::instance())
        new QCoreApplication(*argc, *argv); // lives as long as the process
    QImageReader::setAllocationLimit(allocationLimitMiB);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static const std::array<QByteArray, 4> formats = {"png", "jpeg", "gif", "webp"};
    if (size == 0)
        return 0;
    decode(QByteArray(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1)),
           formats[data[0] % formats.size()]);
    return 0;
}
