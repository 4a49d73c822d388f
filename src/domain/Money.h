#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>

#include <optional>

namespace Paydesk {

// An exact amount of money: an integer count of 10^-scale major units plus an upper-case ISO
// 4217 code. The scale is at least the currency's ISO digits and grows only to keep digits a
// provider sent (50.5 XOF stays 50.5). Never a float.
class Money {
public:
    Money() = default; // invalid: isValid() is false

    // units * 10^-scale of currency; nullopt for a bad currency code or a scale out of 0..9.
    static std::optional<Money> fromUnits(qint64 units, int scale, const QString &currency);
    // "2500", "2500.00", "-3.5", "50.5"; nullopt for anything else (exponents, spaces,
    // thousands separators, overflow).
    static std::optional<Money> fromDecimal(QStringView decimal, const QString &currency);
    // A JSON integer, float or numeric string holding the amount times 10^shift, exactly:
    // fromJson(5050, "XOF", 2) is 50.5 XOF, fromJson(2500, "DZD") is 2500.00 DZD.
    static std::optional<Money> fromJson(const QJsonValue &value, const QString &currency,
                                         int shift = 0);

    bool isValid() const { return !m_currency.isEmpty(); }
    const QString &currency() const { return m_currency; }
    qint64 units() const { return m_units; }
    int scale() const { return m_scale; }
    bool isNegative() const { return m_units < 0; }
    bool isZero() const { return m_units == 0; }

    // interface.md's form: exactly the ISO digits, more only where non-zero digits need them.
    // 2500 DZD -> "2500.00", 50 XOF -> "50", 50.5 XOF -> "50.5".
    QString toDecimalString() const;

    // Exact arithmetic in the same currency; nullopt on a currency mismatch or overflow.
    std::optional<Money> plus(const Money &other) const;
    std::optional<Money> minus(const Money &other) const;

    // Orders by currency code, then by exact value (for sorting tables).
    int compare(const Money &other) const;
    bool operator==(const Money &other) const { return compare(other) == 0; }
    bool operator!=(const Money &other) const { return compare(other) != 0; }
    bool operator<(const Money &other) const { return compare(other) < 0; }

private:
    qint64 m_units = 0;
    int m_scale = 0;
    QString m_currency;
};

// For people: the locale's separators and digits, the currency's own ISO decimals (more only
// where non-zero digits need them), and the currency's symbol or code. Never for the
// clipboard or JSON, which take toDecimalString().
QString formatMoney(const Money &money, const QLocale &locale);

} // namespace Paydesk
