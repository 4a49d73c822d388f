#include "domain/Currency.h"

#include <QString>

namespace Paydesk {

int currencyDigits(QStringView isoCode) {
    // ISO 4217 minor units for the currencies the providers use; every other code gets 2.
    static constexpr const char *kZeroDigit[] = {"XOF", "XAF", "GNF", "JPY", "KRW", "RWF",
                                                 "UGX", "VND", "XPF", "CLP", "KMF", "BIF",
                                                 "DJF", "PYG", "VUV", "ISK"};
    static constexpr const char *kThreeDigit[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    for (const char *code : kZeroDigit) {
        if (isoCode.compare(QLatin1String(code), Qt::CaseInsensitive) == 0)
            return 0;
    }
    for (const char *code : kThreeDigit) {
        if (isoCode.compare(QLatin1String(code), Qt::CaseInsensitive) == 0)
            return 3;
    }
    return 2;
}

bool isCurrencyCode(QStringView code) {
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        const char16_t u = c.unicode();
        const bool letter = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
        if (!letter)
            return false;
    }
    return true;
}

} // namespace Paydesk
