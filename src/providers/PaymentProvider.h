#pragma once

#include "domain/Checkout.h"
#include "domain/Provider.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace Paydesk {

// A further request that adds to a checkout already fetched (a customer's name, a page of
// items). Its failure never hides the checkout.
struct FollowUp {
    QStringList path; // segments under the account's base URL, percent-encoded when sent
    QUrlQuery query;
    // Adds what `body` holds to `checkout`. Returns the request for the next page of a paged
    // list, if there is one; an unusable body leaves `checkout` as it was and says why in
    // `problem`.
    std::function<std::optional<FollowUp>(const QByteArray &body, Checkout &checkout,
                                          QString *problem)>
        merge;
};

// Everything one payment provider means to Paydesk. One subclass per provider, in its own
// folder under src/providers/, registered in the ProviderRegistry; the rest of the program asks
// the registry and never names a provider.
class PaymentProvider {
public:
    PaymentProvider() = default;
    virtual ~PaymentProvider() = default;
    PaymentProvider(const PaymentProvider &) = delete;
    PaymentProvider &operator=(const PaymentProvider &) = delete;

    // The stable lower-case key of the command line, settings, history and JSON: "orqex".
    virtual ProviderKey key() const = 0;
    // The name people read: "Chargily Pay".
    virtual QString displayName() const = 0;
    // The API root of an account in `mode` when the operator gives none.
    virtual QUrl defaultBaseUrl(Mode mode) const = 0;

    // `text` as this provider's checkout id, normalised; nullopt when it has another format.
    virtual std::optional<QString> recognizeId(QStringView text) const = 0;
    // Why `text`, which is no id at all, is not one of this provider's ids, when it looks like
    // an attempt at one (a known prefix, the right alphabet); nullopt otherwise.
    virtual std::optional<QString> explainInvalidId(QStringView text) const = 0;
    // The id format in a few words, for error messages: "an Orqex id starting with “cs_”".
    virtual QString idFormat() const = 0;
    // An id of this provider's format that no checkout has: looking it up checks a key.
    virtual QString keyCheckId() const = 0;

    // Where the checkout with `id` is, as path segments under the account's base URL.
    virtual QStringList checkoutPath(const QString &id) const = 0;
    // The checkout answer's body; `now` decides time-dependent states such as expiry.
    virtual Result<Checkout> parseCheckout(const QByteArray &body, const QDateTime &now) const = 0;
    // The requests that enrich a freshly parsed checkout; none by default.
    virtual QList<FollowUp> followUps(const Checkout &checkout) const;

    // A bundled icon (a resource path) for a payment method code, or empty.
    virtual QString methodIcon(const QString &methodCode) const;
};

} // namespace Paydesk
