#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace Paydesk {

// Turns the bytes of a remote image (an avatar, a payment method icon) into pixels: data, never
// a program. Only the raster formats a content type names (PNG, JPEG, GIF, WebP), never one
// guessed from the bytes; the pixel size a header declares is checked before any pixel is
// allocated, and again on what was decoded. ImageLoader calls this on a worker thread; the
// fuzzer fuzz/fuzz_image_decode.cpp calls it as it is.

// The largest picture decoded by default, in pixels: an avatar or an icon is far smaller.
inline constexpr QSize defaultMaximumImagePixels{1024, 1024};
// QImageReader's process-wide allocation limit, in MiB, for any one image.
inline constexpr int imageAllocationLimitMiB = 32;

// The Qt image format for a Content-Type ("png", "jpeg", "gif", "webp"), or empty for anything
// else: an SVG can reference local files and fan out without end, so none is decoded.
QByteArray rasterImageFormat(const QByteArray &contentType);

// Lowers QImageReader's allocation limit to imageAllocationLimitMiB (never raises a lower one).
void limitImageAllocations();

struct DecodedImage {
    QImage image;  // null when refused
    QString error; // why, for people, when refused
};

// Decodes `body` as `format` (a rasterImageFormat), refusing a picture larger than
// `maximumPixels` in either dimension. Safe on any thread.
DecodedImage decodeRasterImage(const QByteArray &body, const QByteArray &format,
                               const QSize &maximumPixels = defaultMaximumImagePixels);

} // namespace Paydesk
