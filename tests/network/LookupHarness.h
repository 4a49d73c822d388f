#pragma once

#include "TestServers.h"
#include "network/LookupService.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

namespace Paydesk::Test {

// The error's message, or nothing when there is a value (for QVERIFY2, which always
// evaluates its message).
template <typename T>
QString failureText(const Result<T> &result) {
    return result.ok() ? QString() : result.error().message;
}

// A LookupService on its own QNetworkAccessManager and in-memory keys, with retries and
// timeouts short enough that no test waits longer than it must.
struct LookupHarness {
    LookupHarness() {
        RetryPolicy retry;
        retry.baseDelay = std::chrono::milliseconds(20);
        retry.maxDelay = std::chrono::milliseconds(2000);
        retry.jitter = 0.0;
        service.setRetryPolicy(retry);
        NetworkTimeouts timeouts;
        timeouts.inactivity = std::chrono::milliseconds(3000);
        timeouts.deadline = std::chrono::milliseconds(8000);
        service.setTimeouts(timeouts);
    }

    // Adds an account with a fresh random key.
    QString addAccount(const Account &account) {
        const QString key = randomKey();
        keys.set(account.name, key);
        accounts << account;
        service.setAccounts(accounts);
        return key;
    }

    // Starts a lookup and waits for its one outcome; nullopt when none came in time.
    std::optional<LookupOutcome> run(const QString &input, const QString &accountName = {},
                                     int timeoutMs = 15000) {
        return await(service.lookup(input, accountName), timeoutMs);
    }

    static std::optional<LookupOutcome> await(LookupJob *job, int timeoutMs = 15000) {
        std::optional<LookupOutcome> outcome;
        QObject receiver;
        QObject::connect(job, &LookupJob::finished, &receiver,
                         [&outcome](const LookupOutcome &o) { outcome = o; });
        const bool arrived = QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs);
        Q_UNUSED(arrived); // the caller checks the outcome
        return outcome;
    }

    QNetworkAccessManager nam;
    MemoryKeys keys;
    LookupService service{&nam, &keys};
    QList<Account> accounts;
};

} // namespace Paydesk::Test
