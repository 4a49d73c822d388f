#pragma once

#include <QString>
#include <QStringView>

namespace Paydesk {

// Text made safe to print on a terminal. What a provider sent, and what an operator pasted,
// is data: it must not move the cursor, set the window title or the clipboard, recolour or
// redraw earlier output, or reorder what is shown. So:
// - C0 controls, DEL and C1 controls (ESC and CSI included, which neutralises every escape
//   sequence) are shown as \xHH;
// - tab, newline and carriage return become a space (one value, one line);
// - bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069) and the line and
//   paragraph separators (U+2028, U+2029) are shown as \uHHHH. The marks U+200E, U+200F and
//   U+061C stay: they cannot reorder letters, and Arabic names use them.
// Everything else, Arabic and other scripts included, passes unchanged.
QString terminalSafe(QStringView text);

} // namespace Paydesk
