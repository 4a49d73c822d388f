#pragma once

// Legibility read from pixels: what a grabbed badge or banner actually shows, not the colours
// the code meant to use.
#include "gui/common/ToneColors.h"

#include <QColor>
#include <QHash>
#include <QImage>

// The colour most pixels of `image` have: the background of a badge or banner.
inline QColor dominantColor(const QImage &image) {
    QHash<QRgb, int> counts;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        for (int x = 0; x < rgb.width(); ++x)
            ++counts[rgb.pixel(x, y)];
    }
    QRgb most = 0;
    int best = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            most = it.key();
        }
    }
    return QColor::fromRgb(most);
}

// How well the text in `image` stands out: the contrast between the background and the pixel
// that differs most from it (the core of a glyph's stroke).
inline double textContrast(const QImage &image) {
    const QColor background = dominantColor(image);
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    double best = 1.0;
    for (int y = 0; y < rgb.height(); ++y) {
        for (int x = 0; x < rgb.width(); ++x)
            best = std::max(best,
                            Paydesk::contrastRatio(QColor::fromRgb(rgb.pixel(x, y)), background));
    }
    return best;
}

// The straight middle of a pill-shaped badge grabbed whole: without its rounded ends, where
// what lies behind the badge shows.
inline QImage badgeMiddle(const QImage &badge) {
    const int end = badge.height() / 2;
    return badge.copy(end, 1, std::max(1, badge.width() - 2 * end),
                      std::max(1, badge.height() - 2));
}

// The part of `image` a badge of `background` covers (its bounding box); empty when no pixel
// has that colour.
inline QImage cropToColor(const QImage &image, const QColor &background) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb wanted = background.rgb();
    QRect box;
    for (int y = 0; y < rgb.height(); ++y) {
        for (int x = 0; x < rgb.width(); ++x) {
            if (rgb.pixel(x, y) == wanted)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box.isEmpty() ? QImage() : rgb.copy(box);
}
