#include "cli/TerminalText.h"

namespace Paydesk {

namespace {

bool isBidiControl(char16_t c) {
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool isLineSeparator(char16_t c) {
    return c == 0x2028 || c == 0x2029;
}

QString hex(char16_t c, int digits) {
    return QString::number(c, 16).toUpper().rightJustified(digits, u'0');
}

} // namespace

QString terminalSafe(QStringView text) {
    QString safe;
    safe.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c == u'\t' || c == u'\n' || c == u'\r')
            safe += u' ';
        else if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            safe += QStringLiteral("\\x") + hex(c, 2);
        else if (isBidiControl(c) || isLineSeparator(c))
            safe += QStringLiteral("\\u") + hex(c, 4);
        else
            safe += qc;
    }
    return safe;
}

} // namespace Paydesk
