#include "providers/SecretKeyPrefix.h"

#include "providers/ProviderRegistry.h"

#include <QCoreApplication>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::SecretKeyPrefix)
};

} // namespace

std::optional<QString> secretKeyPrefixWarning(QStringView key, const ProviderKey &provider,
                                              Mode mode) {
    const PaymentProvider *found = ProviderRegistry::find(provider);
    if (!found)
        return std::nullopt;
    const QStringList prefixes = found->secretKeyPrefixes(mode);
    if (prefixes.isEmpty())
        return std::nullopt;
    for (const QString &prefix : prefixes) {
        if (key.startsWith(prefix))
            return std::nullopt;
    }
    return Text::tr("%1 %2 keys start with \"%3\"; this one does not. Check that it is the key "
                    "of this account and mode.")
        .arg(found->displayName(), modeKey(mode), prefixes.join(QStringLiteral("\" or \"")));
}

} // namespace Paydesk
