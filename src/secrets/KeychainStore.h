#pragma once

#include "domain/KeyProvider.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace Paydesk {

// Secret keys in the OS keychain (QtKeychain): one entry per account name, under one service.
// Every operation is asynchronous and reports exactly once through `done`, later, on the
// caller's thread, and not at all once `context` is destroyed. A backend that does not answer
// within timeout() is reported as KeyErrorKind::TimedOut. There is no insecure fallback: when
// no keychain is reachable, that is the answer.
class KeychainStore : public QObject, public KeyProvider {
    Q_OBJECT
public:
    using Done = std::function<void(const KeyResult &)>;

    explicit KeychainStore(QObject *parent = nullptr);
    KeychainStore(const QString &serviceName, QObject *parent);

    // "Paydesk", or PAYDESK_KEYCHAIN_SERVICE when set.
    static QString defaultServiceName();
    QString serviceName() const { return m_serviceName; }

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void readKey(const QString &name, QObject *context, Done done) override;
    void writeKey(const QString &name, const QString &key, QObject *context, Done done);
    // Deleting an entry that is not there succeeds (the Secret Service reports no error).
    void deleteKey(const QString &name, QObject *context, Done done);

Q_SIGNALS:
    // A write or delete of this account's entry was started, and again when it was answered
    // (while its context lives): copies of the key held elsewhere may be out of date.
    void keyChanged(const QString &name);

private:
    enum class Operation { Read, Write, Delete };
    Done announcingChange(const QString &name, Done done);
    void start(QKeychain::Job *job, Operation operation, const QString &name, QObject *context,
               Done done);

    QString m_serviceName;
    std::chrono::milliseconds m_timeout{10000};
};

} // namespace Paydesk
