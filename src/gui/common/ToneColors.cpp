#include "gui/common/ToneColors.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace Paydesk {

namespace {

// A little above the minimum: antialiased glyph edges read lighter than their colour.
constexpr double targetContrast = minimumTextContrast + 0.5;
constexpr double lightnessStep = 0.02;

double linear(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color) {
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
           + 0.0722 * linear(rgb.blueF());
}

bool isDark(const QColor &color) {
    return luminance(color) < 0.18;
}

QColor mix(const QColor &from, const QColor &to, double amount) {
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    const auto blend = [amount](double x, double y) {
        return x + (y - x) * amount;
    };
    return QColor::fromRgbF(static_cast<float>(blend(a.redF(), b.redF())),
                            static_cast<float>(blend(a.greenF(), b.greenF())),
                            static_cast<float>(blend(a.blueF(), b.blueF())));
}

// The hue of a tone. Info follows the palette's highlight (the desktop's accent); the others
// keep their meaning in any theme (green paid, red failed...), only their lightness adapts.
QColor toneHue(Tone tone, const QPalette &palette) {
    switch (tone) {
    case Tone::Info:
        return palette.color(QPalette::Highlight);
    case Tone::Success:
        return QColor::fromHsl(125, 150, 110);
    case Tone::Warning:
        return QColor::fromHsl(30, 220, 110);
    case Tone::Danger:
        return QColor::fromHsl(0, 170, 120);
    case Tone::Refund:
        return QColor::fromHsl(285, 120, 110);
    case Tone::Neutral:
        break;
    }
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.5);
}

// `color` with its lightness set to `lightness`, keeping hue and saturation.
QColor withLightness(const QColor &color, double lightness) {
    const QColor hsl = color.toHsl();
    const float hue = std::max(0.0f, hsl.hslHueF());
    return QColor::fromHslF(hue, hsl.hslSaturationF(),
                            static_cast<float>(std::clamp(lightness, 0.0, 1.0)));
}

// `color` made darker or lighter, away from `against`, until the two read at the target
// contrast (or as far as the lightness goes).
QColor readableAgainst(const QColor &color, const QColor &against) {
    const bool darken = !isDark(against);
    double lightness = color.toHsl().lightnessF();
    QColor result = color;
    while (contrastRatio(result, against) < targetContrast) {
        lightness += darken ? -lightnessStep : lightnessStep;
        if (lightness < 0.0 || lightness > 1.0)
            return darken ? QColor(Qt::black) : QColor(Qt::white);
        result = withLightness(color, lightness);
    }
    return result;
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableUnder(const QColor &color, const QColor &text) {
    return readableAgainst(color, text);
}

ToneColors toneColors(Tone tone, ToneWeight weight, const QPalette &palette) {
    const QColor hue = toneHue(tone, palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const bool dark = isDark(window);
    if (weight == ToneWeight::Solid) {
        // The text takes the base colour; the fill moves away from it until it reads.
        const QColor fill = readableAgainst(withLightness(hue, dark ? 0.62 : 0.42), base);
        return {fill, base, fill};
    }
    const QColor background = mix(window, hue, dark ? 0.30 : 0.16);
    const QColor text = readableAgainst(withLightness(hue, dark ? 0.72 : 0.32), background);
    return {background, text, mix(window, hue, dark ? 0.55 : 0.40)};
}

} // namespace Paydesk
