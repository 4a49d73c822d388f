#pragma once

#include "domain/Provider.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace Paydesk {

// Non-secret account data. The secret key is never part of it: it lives in the keychain.
struct Account {
    QString name;
    ProviderKey provider; // see ProviderRegistry
    Mode mode = Mode::Test;
    QUrl baseUrl; // the API root, e.g. https://api.example.com/v1

    bool operator==(const Account &other) const;
};

// 127.0.0.0/8, "localhost" and ::1.
bool isLoopbackHost(const QString &host);

// An https URL, or http on a loopback host, with a host and no user info, query or fragment.
// Returns the reason for refusing it, or nullopt when it is acceptable.
std::optional<QString> baseUrlProblem(const QUrl &url);

// Account names: 1-64 characters of letters, digits, '-', '_' and '.'; the reason or nullopt.
std::optional<QString> accountNameProblem(const QString &name);

} // namespace Paydesk
