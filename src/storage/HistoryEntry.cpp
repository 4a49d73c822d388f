#include "storage/HistoryEntry.h"

#include "providers/ProviderRegistry.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Paydesk {

QString historyKey(const std::optional<ProviderKey> &provider, const QString &id,
                   const QString &input) {
    if (!id.isEmpty())
        return (provider ? *provider : u"any"_s) + u':' + id;
    return u"input:"_s + input.trimmed();
}

QString HistoryEntry::key() const {
    if (checkout)
        return historyKey(checkout->provider, checkout->id, input);
    return historyKey(provider, id, input);
}

QString historySearchText(const HistoryEntry &entry) {
    QStringList parts{entry.input.trimmed(), entry.id, entry.account};
    if (entry.checkout) {
        const Checkout &checkout = *entry.checkout;
        parts << checkout.id << checkout.account << ProviderRegistry::displayName(checkout.provider)
              << statusKey(checkout.status) << checkout.providerStatus << checkout.description
              << checkout.paymentId;
        if (checkout.customer)
            parts << checkout.customer->name << checkout.customer->email
                  << checkout.customer->phone;
        if (checkout.amount && checkout.amount->isValid())
            parts << checkout.amount->toDecimalString() << checkout.amount->currency()
                  << formatMoney(*checkout.amount, QLocale());
    }
    if (entry.error)
        parts << errorKindKey(entry.error->kind);
    parts.removeAll(QString());
    return parts.join(u'\n').toLower();
}

} // namespace Paydesk
