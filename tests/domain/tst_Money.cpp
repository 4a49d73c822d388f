#include "domain/Currency.h"
#include "domain/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

#include <limits>

using namespace Paydesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QJsonValue)

class TestMoney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void currencyDigits_data();
    void currencyDigits();
    void currencyCode_data();
    void currencyCode();
    void fromDecimal_data();
    void fromDecimal();
    void fromUnits_data();
    void fromUnits();
    void fromJsonTimes100_data();
    void fromJsonTimes100();
    void fromJsonWhole_data();
    void fromJsonWhole();
    void arithmetic_data();
    void arithmetic();
    void arithmeticRefusesMismatchAndOverflow();
    void compare_data();
    void compare();
    void formatMoney_data();
    void formatMoney();
    void formatUsesIsoDigitsNotLocaleDigits_data();
    void formatUsesIsoDigitsNotLocaleDigits();
    void invalidMoney();
};

void TestMoney::currencyDigits_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("digits");
    QTest::newRow("West African CFA franc has no minor unit") << u"XOF"_s << 0;
    QTest::newRow("Central African CFA franc has no minor unit") << u"XAF"_s << 0;
    QTest::newRow("Guinean franc has no minor unit") << u"GNF"_s << 0;
    QTest::newRow("lower-case code is folded") << u"xof"_s << 0;
    QTest::newRow("Algerian dinar has two digits") << u"DZD"_s << 2;
    QTest::newRow("US dollar has two digits") << u"USD"_s << 2;
    QTest::newRow("euro has two digits") << u"EUR"_s << 2;
    QTest::newRow("unknown code gets two digits") << u"QQQ"_s << 2;
}

void TestMoney::currencyDigits() {
    QFETCH(QString, code);
    QFETCH(int, digits);
    QCOMPARE(Paydesk::currencyDigits(code), digits);
}

void TestMoney::currencyCode_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("three upper-case letters") << u"DZD"_s << true;
    QTest::newRow("three lower-case letters") << u"dzd"_s << true;
    QTest::newRow("two letters") << u"DZ"_s << false;
    QTest::newRow("four letters") << u"DZDD"_s << false;
    QTest::newRow("a digit") << u"DZ1"_s << false;
    QTest::newRow("non-ASCII letters") << u"DZÉ"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestMoney::currencyCode() {
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(isCurrencyCode(code), valid);
}

void TestMoney::fromDecimal_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<int>("scale");

    QTest::newRow("whole dinars get two digits")
        << u"2500"_s << u"DZD"_s << true << u"2500.00"_s << qint64(250000) << 2;
    QTest::newRow("dinars with two digits")
        << u"2500.00"_s << u"dzd"_s << true << u"2500.00"_s << qint64(250000) << 2;
    QTest::newRow("one fraction digit is padded")
        << u"12.5"_s << u"DZD"_s << true << u"12.50"_s << qint64(1250) << 2;
    QTest::newRow("whole francs have no digits")
        << u"50"_s << u"XOF"_s << true << u"50"_s << qint64(50) << 0;
    QTest::newRow("francs keep a finer digit")
        << u"50.5"_s << u"XOF"_s << true << u"50.5"_s << qint64(505) << 1;
    QTest::newRow("trailing zeros beyond the ISO digits are dropped")
        << u"50.500"_s << u"XOF"_s << true << u"50.5"_s << qint64(505) << 1;
    QTest::newRow("negative amount parses")
        << u"-3.5"_s << u"DZD"_s << true << u"-3.50"_s << qint64(-350) << 2;
    QTest::newRow("negative zero is zero")
        << u"-0"_s << u"DZD"_s << true << u"0.00"_s << qint64(0) << 2;
    QTest::newRow("leading zeros are fine")
        << u"007"_s << u"XOF"_s << true << u"7"_s << qint64(7) << 0;
    QTest::newRow("nine fraction digits are kept")
        << u"0.123456789"_s << u"USD"_s << true << u"0.123456789"_s << qint64(123456789) << 9;
    QTest::newRow("ten non-zero fraction digits are refused")
        << u"0.1234567891"_s << u"USD"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("largest qint64 of francs")
        << u"9223372036854775807"_s << u"XOF"_s << true << u"9223372036854775807"_s
        << std::numeric_limits<qint64>::max() << 0;
    QTest::newRow("2^63 francs overflow")
        << u"9223372036854775808"_s << u"XOF"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("largest qint64 of dinars overflows at two digits")
        << u"9223372036854775807"_s << u"DZD"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("a hundred digits overflow")
        << QString(100, u'9') << u"XOF"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("exponent form is refused")
        << u"1e3"_s << u"XOF"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("plus sign is refused")
        << u"+5"_s << u"XOF"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("thousands separator is refused")
        << u"2,500"_s << u"DZD"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("surrounding space is refused")
        << u" 25"_s << u"DZD"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("missing integer part is refused")
        << u".5"_s << u"DZD"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("missing fraction is refused")
        << u"5."_s << u"DZD"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("NaN is refused") << u"NaN"_s << u"DZD"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("infinity is refused")
        << u"inf"_s << u"DZD"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("empty text is refused")
        << QString() << u"DZD"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("Arabic-Indic digits are refused")
        << u"\u0665\u0660"_s << u"DZD"_s << false << QString() << qint64(0) << 0;
    QTest::newRow("bad currency code is refused")
        << u"5"_s << u"DZ"_s << false << QString() << qint64(0) << 0;
}

void TestMoney::fromDecimal() {
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, valid);
    const std::optional<Money> money = Money::fromDecimal(text, currency);
    QCOMPARE(money.has_value(), valid);
    if (!valid)
        return;
    QFETCH(QString, decimal);
    QFETCH(qint64, units);
    QFETCH(int, scale);
    QVERIFY(money->isValid());
    QCOMPARE(money->currency(), currency.toUpper());
    QCOMPARE(money->toDecimalString(), decimal);
    QCOMPARE(money->units(), units);
    QCOMPARE(money->scale(), scale);
}

void TestMoney::fromUnits_data() {
    QTest::addColumn<qint64>("units");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("decimal"); // empty: refused

    QTest::newRow("cents of dinars") << qint64(250000) << 2 << u"DZD"_s << u"2500.00"_s;
    QTest::newRow("whole dinars are widened") << qint64(2500) << 0 << u"DZD"_s << u"2500.00"_s;
    QTest::newRow("hundredths of francs") << qint64(5050) << 2 << u"XOF"_s << u"50.5"_s;
    QTest::newRow("smallest qint64")
        << std::numeric_limits<qint64>::min() << 0 << u"XOF"_s << u"-9223372036854775808"_s;
    QTest::newRow("widening that overflows is refused")
        << std::numeric_limits<qint64>::max() << 0 << u"DZD"_s << QString();
    QTest::newRow("negative scale is refused") << qint64(1) << -1 << u"DZD"_s << QString();
    QTest::newRow("scale 10 is refused") << qint64(1) << 10 << u"DZD"_s << QString();
    QTest::newRow("empty currency is refused") << qint64(1) << 0 << QString() << QString();
}

void TestMoney::fromUnits() {
    QFETCH(qint64, units);
    QFETCH(int, scale);
    QFETCH(QString, currency);
    QFETCH(QString, decimal);
    const std::optional<Money> money = Money::fromUnits(units, scale, currency);
    QCOMPARE(money.has_value(), !decimal.isEmpty());
    if (money)
        QCOMPARE(money->toDecimalString(), decimal);
}

void TestMoney::fromJsonTimes100_data() {
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("decimal"); // empty: refused

    QTest::newRow("5000 is 50 XOF") << QJsonValue(5000) << u"XOF"_s << u"50"_s;
    QTest::newRow("5050 is 50.5 XOF, nothing rounded away")
        << QJsonValue(5050) << u"XOF"_s << u"50.5"_s;
    QTest::newRow("5001 is 50.01 XOF") << QJsonValue(5001) << u"XOF"_s << u"50.01"_s;
    QTest::newRow("numeric string 1250000 is 12500 XOF")
        << QJsonValue(u"1250000"_s) << u"XOF"_s << u"12500"_s;
    QTest::newRow("float 5000.0 is 50 XOF") << QJsonValue(5000.0) << u"XOF"_s << u"50"_s;
    QTest::newRow("float 5050.5 is 50.505 XOF") << QJsonValue(5050.5) << u"XOF"_s << u"50.505"_s;
    QTest::newRow("float 0.1 is exact 0.001") << QJsonValue(0.1) << u"XOF"_s << u"0.001"_s;
    QTest::newRow("2000 is 20.00 USD") << QJsonValue(2000) << u"USD"_s << u"20.00"_s;
    QTest::newRow("lower-case currency is upper-cased")
        << QJsonValue(2000) << u"usd"_s << u"20.00"_s;
    QTest::newRow("numeric string with decimals")
        << QJsonValue(u"5050.5"_s) << u"XOF"_s << u"50.505"_s;
    QTest::newRow("negative value parses as money") << QJsonValue(-5000) << u"XOF"_s << u"-50"_s;
    QTest::newRow("1e15 as a float") << QJsonValue(1e15) << u"XOF"_s << u"10000000000000"_s;
    QTest::newRow("1e300 does not fit") << QJsonValue(1e300) << u"XOF"_s << QString();
    QTest::newRow("-1e300 does not fit") << QJsonValue(-1e300) << u"XOF"_s << QString();
    QTest::newRow("1e-300 needs too many digits") << QJsonValue(1e-300) << u"XOF"_s << QString();
    QTest::newRow("2^63 as a string overflows")
        << QJsonValue(u"9223372036854775808"_s) << u"XOF"_s << QString();
    QTest::newRow("2^63 as a number overflows")
        << QJsonValue(9223372036854775808.0) << u"XOF"_s << QString();
    QTest::newRow("exponent string is refused") << QJsonValue(u"5e3"_s) << u"XOF"_s << QString();
    QTest::newRow("formatted text is refused")
        << QJsonValue(u"50.00 XOF"_s) << u"XOF"_s << QString();
    QTest::newRow("NaN string is refused") << QJsonValue(u"NaN"_s) << u"XOF"_s << QString();
    QTest::newRow("boolean is refused") << QJsonValue(true) << u"XOF"_s << QString();
    QTest::newRow("null is refused") << QJsonValue(QJsonValue::Null) << u"XOF"_s << QString();
    QTest::newRow("undefined is refused")
        << QJsonValue(QJsonValue::Undefined) << u"XOF"_s << QString();
    QTest::newRow("object is refused")
        << QJsonValue(QJsonObject{{u"value"_s, 5}}) << u"XOF"_s << QString();
    QTest::newRow("array is refused") << QJsonValue(QJsonArray{5000}) << u"XOF"_s << QString();
    QTest::newRow("bad currency is refused") << QJsonValue(5000) << u"X0F"_s << QString();
}

void TestMoney::fromJsonTimes100() {
    QFETCH(QJsonValue, value);
    QFETCH(QString, currency);
    QFETCH(QString, decimal);
    const std::optional<Money> money = Money::fromJson(value, currency, 2);
    QCOMPARE(money.has_value(), !decimal.isEmpty());
    if (!money)
        return;
    QCOMPARE(money->toDecimalString(), decimal);
    QCOMPARE(money->currency(), currency.toUpper());
}

void TestMoney::fromJsonWhole_data() {
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("decimal"); // empty: refused

    QTest::newRow("2500 is 2500.00 DZD") << QJsonValue(2500) << u"2500.00"_s;
    QTest::newRow("zero is 0.00 DZD") << QJsonValue(0) << u"0.00"_s;
    QTest::newRow("numeric string") << QJsonValue(u"12000"_s) << u"12000.00"_s;
    QTest::newRow("a float with cents") << QJsonValue(2500.5) << u"2500.50"_s;
    QTest::newRow("negative amount parses as money") << QJsonValue(-1) << u"-1.00"_s;
    QTest::newRow("JSON 2^63 from a document overflows")
        << QJsonDocument::fromJson("[9223372036854775808]").array().at(0) << QString();
    QTest::newRow("JSON 2^63-1 from a document overflows at two digits")
        << QJsonDocument::fromJson("[9223372036854775807]").array().at(0) << QString();
    QTest::newRow("1e300 does not fit") << QJsonValue(1e300) << QString();
    QTest::newRow("empty string is refused") << QJsonValue(QString()) << QString();
    QTest::newRow("string with spaces is refused") << QJsonValue(u"2 500"_s) << QString();
    QTest::newRow("null is refused") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("boolean is refused") << QJsonValue(false) << QString();
}

void TestMoney::fromJsonWhole() {
    QFETCH(QJsonValue, value);
    QFETCH(QString, decimal);
    const std::optional<Money> money = Money::fromJson(value, u"dzd"_s);
    QCOMPARE(money.has_value(), !decimal.isEmpty());
    if (!money)
        return;
    QCOMPARE(money->toDecimalString(), decimal);
    QCOMPARE(money->currency(), u"DZD"_s);
}

void TestMoney::arithmetic_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("sum");
    QTest::addColumn<QString>("difference");

    QTest::newRow("whole dinars") << u"5000"_s << u"2500"_s << u"DZD"_s << u"7500.00"_s
                                  << u"2500.00"_s;
    QTest::newRow("francs of different scales")
        << u"50.5"_s << u"49.5"_s << u"XOF"_s << u"100"_s << u"1"_s;
    QTest::newRow("fine digits are kept")
        << u"0.001"_s << u"1"_s << u"XOF"_s << u"1.001"_s << u"-0.999"_s;
    QTest::newRow("result below zero") << u"1"_s << u"3"_s << u"DZD"_s << u"4.00"_s << u"-2.00"_s;
}

void TestMoney::arithmetic() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, currency);
    QFETCH(QString, sum);
    QFETCH(QString, difference);
    const Money left = *Money::fromDecimal(a, currency);
    const Money right = *Money::fromDecimal(b, currency);
    QCOMPARE(left.plus(right)->toDecimalString(), sum);
    QCOMPARE(left.minus(right)->toDecimalString(), difference);
}

void TestMoney::arithmeticRefusesMismatchAndOverflow() {
    const Money dinars = *Money::fromDecimal(u"1"_s, u"DZD"_s);
    const Money francs = *Money::fromDecimal(u"1"_s, u"XOF"_s);
    QVERIFY(!dinars.plus(francs));
    QVERIFY(!dinars.minus(francs));
    QVERIFY(!dinars.plus(Money()));
    QVERIFY(!Money().plus(dinars));

    const Money max = *Money::fromUnits(std::numeric_limits<qint64>::max(), 0, u"XOF"_s);
    const Money min = *Money::fromUnits(std::numeric_limits<qint64>::min(), 0, u"XOF"_s);
    QVERIFY(!max.plus(francs));
    QVERIFY(!min.minus(francs));
    QVERIFY(!francs.minus(min));
    const Money fine = *Money::fromDecimal(u"0.1"_s, u"XOF"_s);
    QVERIFY2(!max.plus(fine), "aligning the scales overflows");
    QCOMPARE(max.minus(max)->toDecimalString(), u"0"_s);
}

void TestMoney::compare_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("aCurrency");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("bCurrency");
    QTest::addColumn<int>("order");

    QTest::newRow("equal values of different scales")
        << u"50.50"_s << u"XOF"_s << u"50.5"_s << u"XOF"_s << 0;
    QTest::newRow("smaller amount first") << u"2500"_s << u"DZD"_s << u"12000"_s << u"DZD"_s << -1;
    QTest::newRow("fractions decide") << u"50.51"_s << u"XOF"_s << u"50.5"_s << u"XOF"_s << 1;
    QTest::newRow("negative before positive")
        << u"-0.5"_s << u"XOF"_s << u"0.3"_s << u"XOF"_s << -1;
    QTest::newRow("negative fractions") << u"-0.5"_s << u"XOF"_s << u"-0.3"_s << u"XOF"_s << -1;
    QTest::newRow("currency first, whatever the amount")
        << u"99999"_s << u"DZD"_s << u"1"_s << u"XOF"_s << -1;
    QTest::newRow("huge against tiny")
        << u"9223372036854775807"_s << u"XOF"_s << u"0.000000001"_s << u"XOF"_s << 1;
}

void TestMoney::compare() {
    QFETCH(QString, a);
    QFETCH(QString, aCurrency);
    QFETCH(QString, b);
    QFETCH(QString, bCurrency);
    QFETCH(int, order);
    const Money left = *Money::fromDecimal(a, aCurrency);
    const Money right = *Money::fromDecimal(b, bCurrency);
    QCOMPARE(left.compare(right), order);
    QCOMPARE(right.compare(left), -order);
    QCOMPARE(left == right, order == 0);
    QCOMPARE(left < right, order < 0);
}

void TestMoney::formatMoney_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    // Separators, digits and symbol placement come from QLocale (CLDR); decimals from ISO 4217.
    QTest::newRow("en_US francs: code, grouping, no decimals")
        << u"en_US"_s << u"12500"_s << u"XOF"_s << u"XOF 12,500"_s;
    QTest::newRow("en_US dinars: two decimals")
        << u"en_US"_s << u"2500"_s << u"DZD"_s << u"DZD 2,500.00"_s;
    QTest::newRow("en_US francs with a finer digit")
        << u"en_US"_s << u"50.5"_s << u"XOF"_s << u"XOF 50.5"_s;
    QTest::newRow("en_US dollars use the locale's symbol")
        << u"en_US"_s << u"20"_s << u"USD"_s << u"$20.00"_s;
    QTest::newRow("en_US negative dinars")
        << u"en_US"_s << u"-1234567.25"_s << u"DZD"_s << u"-DZD 1,234,567.25"_s;
    QTest::newRow("en_US largest amount is exact")
        << u"en_US"_s << u"9223372036854775807"_s << u"XOF"_s << u"XOF 9,223,372,036,854,775,807"_s;
    QTest::newRow("fr_FR francs") << u"fr_FR"_s << u"12500"_s << u"XOF"_s
                                  << u"12\u202F500\u00A0XOF"_s;
    QTest::newRow("fr_FR dinars") << u"fr_FR"_s << u"2500"_s << u"DZD"_s
                                  << u"2\u202F500,00\u00A0DZD"_s;
    QTest::newRow("fr_FR euros use the euro sign")
        << u"fr_FR"_s << u"1234.5"_s << u"EUR"_s << u"1\u202F234,50\u00A0\u20AC"_s;
    QTest::newRow("fr_FR negative dinars")
        << u"fr_FR"_s << u"-1234567.25"_s << u"DZD"_s << u"-1\u202F234\u202F567,25\u00A0DZD"_s;
    QTest::newRow("fr_SN francs use F CFA")
        << u"fr_SN"_s << u"12500"_s << u"XOF"_s << u"12\u202F500\u00A0F\u202FCFA"_s;
    QTest::newRow("fr_SN francs with a finer digit")
        << u"fr_SN"_s << u"50.5"_s << u"XOF"_s << u"50,5\u00A0F\u202FCFA"_s;
    QTest::newRow("fr_SN dinars") << u"fr_SN"_s << u"2500"_s << u"DZD"_s
                                  << u"2\u202F500,00\u00A0DZD"_s;
    QTest::newRow("ar_DZ dinars use the dinar sign")
        << u"ar_DZ"_s << u"2500"_s << u"DZD"_s << u"\u062F.\u062C.\u200F 2.500,00"_s;
    QTest::newRow("ar_DZ francs") << u"ar_DZ"_s << u"12500"_s << u"XOF"_s << u"XOF 12.500"_s;
    QTest::newRow("ar_DZ negative dinars keep the direction mark")
        << u"ar_DZ"_s << u"-1234567.25"_s << u"DZD"_s
        << u"\u200E-\u062F.\u062C.\u200F 1.234.567,25"_s;
    QTest::newRow("ar_EG uses Arabic-Indic digits")
        << u"ar_EG"_s << u"2500"_s << u"DZD"_s
        << u"\u0662\u066C\u0665\u0660\u0660\u066B\u0660\u0660\u00A0DZD"_s;
    QTest::newRow("C locale") << u"C"_s << u"2500"_s << u"DZD"_s << u"2500.00 DZD"_s;
}

void TestMoney::formatMoney() {
    QFETCH(QString, locale);
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const Money money = *Money::fromDecimal(amount, currency);
    QCOMPARE(Paydesk::formatMoney(money, QLocale(locale)), expected);
}

void TestMoney::formatUsesIsoDigitsNotLocaleDigits_data() {
    QTest::addColumn<QString>("locale");
    QTest::newRow("en_US") << u"en_US"_s;
    QTest::newRow("fr_FR") << u"fr_FR"_s;
    QTest::newRow("fr_SN") << u"fr_SN"_s;
    QTest::newRow("ar_DZ") << u"ar_DZ"_s;
}

void TestMoney::formatUsesIsoDigitsNotLocaleDigits() {
    QFETCH(QString, locale);
    const QLocale qlocale(locale);
    const QString point = qlocale.decimalPoint();
    const QString francs = Paydesk::formatMoney(*Money::fromDecimal(u"15000"_s, u"XOF"_s), qlocale);
    const QString dinars = Paydesk::formatMoney(*Money::fromDecimal(u"15000"_s, u"DZD"_s), qlocale);
    QVERIFY2(!francs.contains(point), qPrintable(francs));
    QVERIFY2(dinars.contains(point + qlocale.toString(0) + qlocale.toString(0)),
             qPrintable(dinars));
    QVERIFY2(
        !dinars.contains(point + qlocale.toString(0) + qlocale.toString(0) + qlocale.toString(0)),
        qPrintable(dinars));
}

void TestMoney::invalidMoney() {
    const Money money;
    QVERIFY(!money.isValid());
    QCOMPARE(money.toDecimalString(), QString());
    QCOMPARE(Paydesk::formatMoney(money, QLocale(u"en_US"_s)), QString());
    QCOMPARE(money, Money());
    QVERIFY(money < *Money::fromDecimal(u"0"_s, u"DZD"_s));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_Money.moc"
