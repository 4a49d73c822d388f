#include "domain/Money.h"

#include "domain/Currency.h"

#include <QVariant>

#include <algorithm>
#include <limits>

namespace Paydesk {

namespace {

constexpr int kMaxScale = 9;
constexpr qsizetype kMaxDecimalLength = 64; // longer numbers cannot fit in qint64 anyway

bool multiplyBy10(qint64 &value) {
    qint64 result = 0;
    if (__builtin_mul_overflow(value, qint64(10), &result))
        return false;
    value = result;
    return true;
}

// Brings units/scale to the canonical form: at least the currency's ISO digits, no trailing
// zero beyond them, scale at most 9.
std::optional<std::pair<qint64, int>> canonical(qint64 units, int scale, int isoDigits) {
    while (scale > isoDigits && units % 10 == 0) {
        units /= 10;
        --scale;
    }
    while (scale < isoDigits) {
        if (!multiplyBy10(units))
            return std::nullopt;
        ++scale;
    }
    if (scale > kMaxScale)
        return std::nullopt;
    return std::make_pair(units, scale);
}

struct Decimal {
    qint64 units = 0;
    int scale = 0; // may exceed 9 here; the caller decides
};

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// "-12.50", and with allowExponent also "1.25e+06" (the shortest text of a double).
// Exact: the digits are accumulated as integers, never through a float.
std::optional<Decimal> parseDecimal(QStringView text, bool allowExponent) {
    if (text.isEmpty() || text.size() > kMaxDecimalLength)
        return std::nullopt;
    qsizetype pos = 0;
    bool negative = false;
    if (text.at(0) == u'-') {
        negative = true;
        ++pos;
    }
    QString digits;
    const qsizetype intStart = pos;
    while (pos < text.size() && isAsciiDigit(text.at(pos)))
        digits.append(text.at(pos++));
    if (pos == intStart)
        return std::nullopt;
    int fractionDigits = 0;
    if (pos < text.size() && text.at(pos) == u'.') {
        ++pos;
        const qsizetype fracStart = pos;
        while (pos < text.size() && isAsciiDigit(text.at(pos)))
            digits.append(text.at(pos++));
        if (pos == fracStart)
            return std::nullopt;
        fractionDigits = int(pos - fracStart);
    }
    int exponent = 0;
    if (allowExponent && pos < text.size() && (text.at(pos) == u'e' || text.at(pos) == u'E')) {
        ++pos;
        bool negativeExponent = false;
        if (pos < text.size() && (text.at(pos) == u'+' || text.at(pos) == u'-')) {
            negativeExponent = text.at(pos) == u'-';
            ++pos;
        }
        const qsizetype expStart = pos;
        while (pos < text.size() && isAsciiDigit(text.at(pos))) {
            if (pos - expStart >= 4)
                return std::nullopt;
            exponent = exponent * 10 + (text.at(pos).unicode() - u'0');
            ++pos;
        }
        if (pos == expStart)
            return std::nullopt;
        if (negativeExponent)
            exponent = -exponent;
    }
    if (pos != text.size())
        return std::nullopt;

    // Value = digits * 10^-(fractionDigits - exponent).
    int scale = fractionDigits - exponent;
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits.at(first) == u'0')
        ++first;
    digits = digits.mid(first);
    while (scale > 0 && digits.size() > 1 && digits.endsWith(u'0')) {
        digits.chop(1);
        --scale;
    }
    if (digits == QLatin1String("0"))
        return Decimal{0, 0};
    if (scale < 0) {
        if (digits.size() - scale > 19)
            return std::nullopt;
        digits.append(QString(-scale, u'0'));
        scale = 0;
    }
    if (digits.size() > 19 || scale > 40)
        return std::nullopt;
    quint64 magnitude = 0;
    for (const QChar c : digits) {
        const quint64 digit = quint64(c.unicode() - u'0');
        if (magnitude > (std::numeric_limits<quint64>::max() - digit) / 10)
            return std::nullopt;
        magnitude = magnitude * 10 + digit;
    }
    const quint64 limit = quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);
    if (magnitude > limit)
        return std::nullopt;
    qint64 units = 0;
    if (negative)
        units = magnitude == limit ? std::numeric_limits<qint64>::min() : -qint64(magnitude);
    else
        units = qint64(magnitude);
    return Decimal{units, scale};
}

// A JSON number or numeric string as an exact decimal. Integers are taken as they are; other
// doubles through their shortest round-trip text, so 50.5 stays 50.5.
std::optional<Decimal> decimalFromJson(const QJsonValue &value) {
    if (value.isString())
        return parseDecimal(value.toString(), false);
    if (!value.isDouble())
        return std::nullopt;
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return Decimal{variant.toLongLong(), 0};
    const double d = value.toDouble();
    if (!qIsFinite(d))
        return std::nullopt;
    return parseDecimal(QString::number(d, 'g', QLocale::FloatingPointShortest), true);
}

std::optional<Money> fromDecimalParts(const Decimal &decimal, const QString &currency) {
    if (decimal.scale > kMaxScale) {
        // Trailing zeros beyond 9 digits were already dropped: this needs finer digits.
        return std::nullopt;
    }
    return Money::fromUnits(decimal.units, decimal.scale, currency);
}

QString plainDigits(quint64 magnitude, int scale) {
    QString text = QString::number(magnitude);
    if (scale == 0)
        return text;
    if (text.size() <= scale)
        text.prepend(QString(scale - text.size() + 1, u'0'));
    text.insert(text.size() - scale, u'.');
    return text;
}

quint64 magnitudeOf(qint64 units) {
    return units < 0 ? quint64(0) - quint64(units) : quint64(units);
}

qint64 pow10(int exponent) {
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

} // namespace

std::optional<Money> Money::fromUnits(qint64 units, int scale, const QString &currency) {
    if (!isCurrencyCode(currency) || scale < 0 || scale > kMaxScale)
        return std::nullopt;
    const auto normalized = canonical(units, scale, currencyDigits(currency));
    if (!normalized)
        return std::nullopt;
    Money money;
    money.m_units = normalized->first;
    money.m_scale = normalized->second;
    money.m_currency = currency.toUpper();
    return money;
}

std::optional<Money> Money::fromDecimal(QStringView decimal, const QString &currency) {
    const auto parsed = parseDecimal(decimal, false);
    if (!parsed)
        return std::nullopt;
    return fromDecimalParts(*parsed, currency);
}

std::optional<Money> Money::fromJson(const QJsonValue &value, const QString &currency, int shift) {
    auto parsed = decimalFromJson(value);
    if (!parsed || shift < 0 || shift > kMaxScale)
        return std::nullopt;
    parsed->scale += shift;
    while (parsed->scale > 0 && parsed->units != 0 && parsed->units % 10 == 0) {
        parsed->units /= 10;
        --parsed->scale;
    }
    return fromDecimalParts(*parsed, currency);
}

QString Money::toDecimalString() const {
    if (!isValid())
        return {};
    const QString digits = plainDigits(magnitudeOf(m_units), m_scale);
    return m_units < 0 ? QLatin1Char('-') + digits : digits;
}

std::optional<Money> Money::plus(const Money &other) const {
    if (!isValid() || !other.isValid() || m_currency != other.m_currency)
        return std::nullopt;
    qint64 a = m_units;
    qint64 b = other.m_units;
    const int scale = std::max(m_scale, other.m_scale);
    for (int s = m_scale; s < scale; ++s) {
        if (!multiplyBy10(a))
            return std::nullopt;
    }
    for (int s = other.m_scale; s < scale; ++s) {
        if (!multiplyBy10(b))
            return std::nullopt;
    }
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return fromUnits(sum, scale, m_currency);
}

std::optional<Money> Money::minus(const Money &other) const {
    if (!other.isValid() || other.m_units == std::numeric_limits<qint64>::min())
        return std::nullopt;
    Money negated = other;
    negated.m_units = -other.m_units;
    return plus(negated);
}

int Money::compare(const Money &other) const {
    if (const int byCurrency = m_currency.compare(other.m_currency); byCurrency != 0)
        return byCurrency < 0 ? -1 : 1;
    // Exact without overflow: integer parts first, then fractions widened to 9 digits.
    const qint64 divisorA = pow10(m_scale);
    const qint64 divisorB = pow10(other.m_scale);
    const qint64 wholeA = m_units / divisorA;
    const qint64 wholeB = other.m_units / divisorB;
    if (wholeA != wholeB)
        return wholeA < wholeB ? -1 : 1;
    const qint64 fractionA = (m_units % divisorA) * pow10(kMaxScale - m_scale);
    const qint64 fractionB = (other.m_units % divisorB) * pow10(kMaxScale - other.m_scale);
    if (fractionA != fractionB)
        return fractionA < fractionB ? -1 : 1;
    return 0;
}

QString formatMoney(const Money &money, const QLocale &locale) {
    if (!money.isValid())
        return {};

    // The number, exact, in the locale's digits and separators.
    const quint64 magnitude = magnitudeOf(money.units());
    const quint64 divisor = quint64(pow10(money.scale()));
    QString number = locale.toString(qulonglong(magnitude / divisor));
    if (money.scale() > 0) {
        QString fraction = QString::number(magnitude % divisor);
        fraction.prepend(QString(money.scale() - fraction.size(), u'0'));
        number += locale.decimalPoint();
        for (const QChar c : std::as_const(fraction))
            number += locale.toString(c.unicode() - u'0');
    }

    // The locale's own symbol for its own currency, the ISO code for any other.
    QString symbol = money.currency();
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == money.currency()) {
        const QString own = locale.currencySymbol(QLocale::CurrencySymbol);
        if (!own.isEmpty())
            symbol = own;
    }

    // The locale's placement of symbol and number, learnt from a formatted 1.
    const QString placeholder(1, QChar(0xFFFC));
    const QString pattern = locale.toCurrencyString(qlonglong(1), placeholder);
    const QString one = locale.toString(1);
    const qsizetype numberAt = pattern.indexOf(one);
    const qsizetype symbolAt = pattern.indexOf(placeholder);
    if (numberAt < 0 || symbolAt < 0)
        return (money.isNegative() ? locale.negativeSign() : QString()) + number + u' ' + symbol;

    QString formatted = pattern;
    // A code written against the digits ("XOF12,500") reads badly: keep a space there.
    const bool symbolBefore = symbolAt < numberAt;
    const bool adjacent =
        symbolBefore ? symbolAt + 1 == numberAt : numberAt + one.size() == symbolAt;
    const QChar touching = symbolBefore ? symbol.back() : symbol.front();
    const bool hasLetter =
        std::any_of(symbol.cbegin(), symbol.cend(), [](QChar c) { return c.isLetter(); });
    const bool needsSpace = adjacent && (touching.isLetterOrNumber() || hasLetter);
    formatted.replace(numberAt, one.size(), number);
    const qsizetype newSymbolAt = formatted.indexOf(placeholder);
    QString symbolText = symbol;
    if (needsSpace)
        symbolText = symbolBefore ? QString(symbol + u' ') : QString(u' ' + symbol);
    formatted.replace(newSymbolAt, 1, symbolText);
    if (money.isNegative())
        formatted.prepend(locale.negativeSign());
    return formatted;
}

} // namespace Paydesk
