#pragma once

#include <QStringView>

namespace Paydesk {

// ISO 4217 minor-unit digits: XOF, XAF, GNF 0; DZD, USD, EUR 2; unknown codes 2.
int currencyDigits(QStringView isoCode);

// True for three ASCII letters (any case).
bool isCurrencyCode(QStringView code);

} // namespace Paydesk
