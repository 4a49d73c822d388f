#include "images/ImageDecode.h"

#include "network/NetworkLog.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace Paydesk {

namespace {

// The messages are ImageLoader's, for people, and translated under its name.
QString tooLarge(const QSize &size) {
    return QCoreApplication::translate("Paydesk::ImageLoader",
                                       "the image is too large (%1×%2 pixels)")
        .arg(size.width())
        .arg(size.height());
}

bool exceeds(const QSize &size, const QSize &limit) {
    return size.width() > limit.width() || size.height() > limit.height();
}

} // namespace

QByteArray rasterImageFormat(const QByteArray &contentType) {
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    if (type == "image/png")
        return "png";
    if (type == "image/jpeg" || type == "image/jpg")
        return "jpeg";
    if (type == "image/gif")
        return "gif";
    if (type == "image/webp")
        return "webp";
    return {};
}

void limitImageAllocations() {
    const int current = QImageReader::allocationLimit();
    if (current == 0 || current > imageAllocationLimitMiB)
        QImageReader::setAllocationLimit(imageAllocationLimitMiB);
}

DecodedImage decodeRasterImage(const QByteArray &body, const QByteArray &format,
                               const QSize &maximumPixels) {
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    const QSize size = reader.size(); // from the header: nothing allocated yet
    if (!size.isValid())
        return {{},
                QCoreApplication::translate("Paydesk::ImageLoader", "the image could not be read")};
    if (exceeds(size, maximumPixels))
        return {{}, tooLarge(size)};
    const QImage image = reader.read();
    if (image.isNull())
        return {{},
                QCoreApplication::translate("Paydesk::ImageLoader",
                                            "the image could not be decoded: %1")
                    .arg(reader.errorString())};
    // The size a header declares is not always the size decoded: a GIF's frame may say 1×1 on
    // a screen of 1×10241. The cap holds for what was decoded.
    if (exceeds(image.size(), maximumPixels))
        return {{}, tooLarge(image.size())};
    qCInfo(lcNet) << "image decoded:" << image.size();
    return {image, {}};
}

} // namespace Paydesk
