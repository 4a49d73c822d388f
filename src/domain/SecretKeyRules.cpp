#include "domain/SecretKeyRules.h"

#include <QCoreApplication>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::SecretKeyRules)
};

bool isPrintableAscii(char16_t c) {
    return c >= 0x21 && c <= 0x7e;
}

// One check for text and for bytes: `unit(i)` is the i-th character or byte.
template <typename Unit>
std::optional<QString> keyProblem(qsizetype size, Unit unit) {
    if (size == 0)
        return Text::tr("The secret key is empty.");
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = unit(i);
        if (isPrintableAscii(c))
            continue;
        // Say what and where, never the key itself.
        if (c == u' ' || c == u'\t')
            return Text::tr("The secret key contains a space or a tab (at position %1): copy "
                            "the key alone.")
                .arg(i + 1);
        if (c < 0x80)
            return Text::tr("The secret key contains a control character (at position %1).")
                .arg(i + 1);
        return Text::tr("The secret key contains a character that is not ASCII (at position "
                        "%1): keys are letters, digits and punctuation only.")
            .arg(i + 1);
    }
    if (size < minimumSecretKeyLength)
        return Text::tr("The secret key is too short: %n character(s), where a key has at "
                        "least %1.",
                        nullptr, int(size))
            .arg(minimumSecretKeyLength);
    if (size > maximumSecretKeyLength)
        return Text::tr("The secret key is too long: %n character(s), where a key has at "
                        "most %1.",
                        nullptr, int(size))
            .arg(maximumSecretKeyLength);
    return std::nullopt;
}

} // namespace

std::optional<QString> secretKeyProblem(QStringView key) {
    return keyProblem(key.size(), [key](qsizetype i) { return key.at(i).unicode(); });
}

std::optional<QString> secretKeyProblem(QByteArrayView key) {
    return keyProblem(key.size(), [key](qsizetype i) { return char16_t(uchar(key.at(i))); });
}

} // namespace Paydesk
