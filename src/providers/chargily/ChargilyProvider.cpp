#include "providers/chargily/ChargilyProvider.h"

#include "providers/chargily/ChargilyParser.h"

#include <QCoreApplication>

#include <algorithm>

namespace Paydesk {

namespace {

constexpr qsizetype kIdLength = 26;
constexpr int kMaxItemPages = 5;

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::ChargilyProvider)
};

bool isAsciiAlnum(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

std::optional<FollowUp> customerMerge(const QByteArray &body, Checkout &checkout,
                                      QString *problem) {
    const Result<Customer> customer = parseChargilyCustomer(body);
    if (!customer) {
        *problem = customer.error().message;
        return std::nullopt;
    }
    if (!checkout.customer)
        checkout.customer = Customer{};
    Customer &target = *checkout.customer;
    const Customer &found = customer.value();
    target.name = found.name;
    target.email = found.email;
    target.phone = found.phone;
    if (found.avatarUrl.isValid())
        target.avatarUrl = found.avatarUrl;
    return std::nullopt;
}

FollowUp itemsPage(const QString &checkoutId, int page) {
    FollowUp request;
    request.path = {QStringLiteral("checkouts"), checkoutId, QStringLiteral("items")};
    if (page > 1)
        request.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    request.merge = [checkoutId, page](const QByteArray &body, Checkout &checkout,
                                       QString *problem) -> std::optional<FollowUp> {
        const Result<ChargilyItemsPage> items = parseChargilyItems(body);
        if (!items) {
            *problem = items.error().message;
            return std::nullopt;
        }
        checkout.items += items.value().items;
        if (items.value().lastPage > page && page < kMaxItemPages)
            return itemsPage(checkoutId, page + 1);
        return std::nullopt;
    };
    return request;
}

} // namespace

ProviderKey ChargilyProvider::providerKey() {
    return QStringLiteral("chargily");
}

ProviderKey ChargilyProvider::key() const {
    return providerKey();
}

QString ChargilyProvider::displayName() const {
    return QStringLiteral("Chargily Pay");
}

QUrl ChargilyProvider::defaultBaseUrl(Mode mode) const {
    return mode == Mode::Live ? QUrl(QStringLiteral("https://pay.chargily.net/api/v2"))
                              : QUrl(QStringLiteral("https://pay.chargily.net/test/api/v2"));
}

std::optional<QString> ChargilyProvider::recognizeId(QStringView text) const {
    if (text.size() == kIdLength && std::all_of(text.begin(), text.end(), isAsciiAlnum))
        return text.toString().toLower();
    return std::nullopt;
}

std::optional<QString> ChargilyProvider::explainInvalidId(QStringView text) const {
    if (!std::all_of(text.begin(), text.end(), isAsciiAlnum))
        return std::nullopt;
    return Text::tr("A Chargily checkout id has exactly %1 letters and digits; this one has %2.")
        .arg(kIdLength)
        .arg(text.size());
}

QString ChargilyProvider::idFormat() const {
    return Text::tr("a Chargily id of 26 letters and digits");
}

QString ChargilyProvider::keyCheckId() const {
    return QString(kIdLength, u'0');
}

QStringList ChargilyProvider::checkoutPath(const QString &id) const {
    return {QStringLiteral("checkouts"), id};
}

Result<Checkout> ChargilyProvider::parseCheckout(const QByteArray &body,
                                                 const QDateTime & /*now*/) const {
    return parseChargilyCheckout(body);
}

QList<FollowUp> ChargilyProvider::followUps(const Checkout &checkout) const {
    QList<FollowUp> requests;
    if (checkout.customer && !checkout.customer->id.isEmpty()) {
        FollowUp customer;
        customer.path = {QStringLiteral("customers"), checkout.customer->id};
        customer.merge = customerMerge;
        requests.append(customer);
    }
    requests.append(itemsPage(checkout.id, 1));
    return requests;
}

QString ChargilyProvider::methodIcon(const QString &methodCode) const {
    const QString code = methodCode.trimmed().toLower();
    if (code == QLatin1String("edahabia") || code == QLatin1String("cib")
        || code == QLatin1String("chargily_app"))
        return QStringLiteral(":/providers/chargily/icons/%1.svg").arg(code);
    return {};
}

} // namespace Paydesk
