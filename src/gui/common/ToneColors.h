#pragma once

#include <QColor>

class QPalette;

namespace Paydesk {

// What a coloured mark means. The colours themselves are worked out from the palette the mark
// is drawn in, so that a light and a dark desktop theme both read well.
enum class Tone {
    Neutral, // no judgement: unknown, expired, a lookup in progress
    Info,    // waiting for the customer: the palette's own highlight hue
    Success, // paid, live
    Warning, // needs attention: processing, action required, test data
    Danger,  // failed
    Refund,  // money went back
};

// Solid: the hue filled, with the text in the palette's base colour (a checkout's status).
// Tint: the hue faintly over the window, with the text in the hue (mode, banners, the state
// of a lookup).
enum class ToneWeight { Solid, Tint };

struct ToneColors {
    QColor background;
    QColor foreground;
    QColor border;
};

// The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// Text on a badge or banner reads at least this well (WCAG AA for normal text).
constexpr double minimumTextContrast = 4.5;

// `color` made darker or lighter (hue and saturation kept) until `text` reads on it at
// minimumTextContrast or better.
QColor readableUnder(const QColor &color, const QColor &text);

// The colours of `tone` in `palette`: the foreground always reads on the background at
// minimumTextContrast or better.
ToneColors toneColors(Tone tone, ToneWeight weight, const QPalette &palette);

} // namespace Paydesk
