#include "domain/Provider.h"

namespace Paydesk {

QString providerKey(Provider provider) {
    switch (provider) {
    case Provider::Orqex:
        return QStringLiteral("orqex");
    case Provider::Chargily:
        return QStringLiteral("chargily");
    }
    return {};
}

QString providerName(Provider provider) {
    switch (provider) {
    case Provider::Orqex:
        return QStringLiteral("Orqex");
    case Provider::Chargily:
        return QStringLiteral("Chargily Pay");
    }
    return {};
}

std::optional<Provider> providerFromKey(const QString &key) {
    const QString folded = key.trimmed().toLower();
    if (folded == QLatin1String("orqex"))
        return Provider::Orqex;
    if (folded == QLatin1String("chargily"))
        return Provider::Chargily;
    return std::nullopt;
}

QStringList secretKeyPrefixes(Provider provider, Mode mode) {
    switch (provider) {
    case Provider::Orqex:
        return {QStringLiteral("sk_")};
    case Provider::Chargily:
        return {mode == Mode::Live ? QStringLiteral("live_sk_") : QStringLiteral("test_sk_")};
    }
    return {};
}

QString modeKey(Mode mode) {
    switch (mode) {
    case Mode::Test:
        return QStringLiteral("test");
    case Mode::Live:
        return QStringLiteral("live");
    }
    return {};
}

std::optional<Mode> modeFromKey(const QString &key) {
    const QString folded = key.trimmed().toLower();
    if (folded == QLatin1String("test"))
        return Mode::Test;
    if (folded == QLatin1String("live"))
        return Mode::Live;
    return std::nullopt;
}

} // namespace Paydesk
