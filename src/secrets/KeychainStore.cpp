#include "secrets/KeychainStore.h"

#include "secrets/KeyringProbe.h"
#include "secrets/SecretsLog.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::KeychainStore)
};

KeyResult failure(KeyErrorKind kind, const QString &message) {
    KeyResult result;
    result.error = kind;
    result.message = message;
    return result;
}

KeyResult noService() {
    return failure(
        KeyErrorKind::NoService,
        Text::tr("No keychain service is reachable (no D-Bus session bus, or no Secret "
                 "Service such as GNOME Keyring or KeePassXC on it). Start a desktop session "
                 "with a keyring, or start one with gnome-keyring-daemon, and try again."));
}

KeyResult locked() {
    return failure(
        KeyErrorKind::Locked,
        Text::tr("The keychain is locked or refused access. Unlock your login keyring (log "
                 "in to the desktop session, or open it in Passwords and Keys) and allow "
                 "Paydesk to use it, then try again."));
}

KeyResult noKeyring() {
    return failure(
        KeyErrorKind::NoKeyring,
        Text::tr("The keychain has no default keyring to keep the key in (a new session "
                 "where none was created yet). Create one: open Passwords and Keys (Seahorse), "
                 "choose File > New > Password Keyring, name it \"Login\" and set it as the "
                 "default; or log out and back in so the desktop creates the login keyring. "
                 "Then try again."));
}

KeyResult missing(const QString &name) {
    return failure(
        KeyErrorKind::Missing,
        Text::tr("The keychain holds no secret key for account \"%1\". Store it again with "
                 "\"paydesk account add\" or in the Accounts dialog.")
            .arg(name));
}

KeyResult timedOut(std::chrono::milliseconds timeout) {
    return failure(
        KeyErrorKind::TimedOut,
        Text::tr("The keychain did not answer within %1 ms. Check that the keyring service "
                 "is running and is not waiting for a password prompt, then try again.")
            .arg(timeout.count()));
}

KeyResult other(const QString &detail) {
    return failure(KeyErrorKind::Other,
                   Text::tr("The keychain failed: %1. Check the keyring service, then try again.")
                       .arg(detail));
}

KeyResult fromState(KeyringState state, const KeyResult &otherwise) {
    switch (state) {
    case KeyringState::NoBus:
    case KeyringState::NoService:
        return noService();
    case KeyringState::Locked:
        return locked();
    case KeyringState::NoDefault:
        // Reading finds no key anywhere, which is what "missing" says; storing has nowhere to go.
        return otherwise.error == KeyErrorKind::Missing ? otherwise : noKeyring();
    case KeyringState::Unlocked:
    case KeyringState::Unknown:
        break;
    }
    return otherwise;
}

const char *operationWord(int operation) {
    static const char *const words[] = {"read", "write", "delete"};
    return words[operation];
}

} // namespace

KeychainStore::KeychainStore(QObject *parent)
    : KeychainStore(defaultServiceName(), parent) {}

KeychainStore::KeychainStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(serviceName) {}

QString KeychainStore::defaultServiceName() {
    const QString overridden = qEnvironmentVariable("PAYDESK_KEYCHAIN_SERVICE");
    return overridden.isEmpty() ? QStringLiteral("Paydesk") : overridden;
}

void KeychainStore::readKey(const QString &name, QObject *context, Done done) {
    start(new QKeychain::ReadPasswordJob(m_serviceName), Operation::Read, name, context,
          std::move(done));
}

void KeychainStore::writeKey(const QString &name, const QString &key, QObject *context, Done done) {
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setTextData(key);
    Q_EMIT keyChanged(name);
    start(job, Operation::Write, name, context, announcingChange(name, std::move(done)));
}

void KeychainStore::deleteKey(const QString &name, QObject *context, Done done) {
    Q_EMIT keyChanged(name);
    start(new QKeychain::DeletePasswordJob(m_serviceName), Operation::Delete, name, context,
          announcingChange(name, std::move(done)));
}

KeychainStore::Done KeychainStore::announcingChange(const QString &name, Done done) {
    return [store = QPointer<KeychainStore>(this), name,
            done = std::move(done)](const KeyResult &result) {
        if (store)
            Q_EMIT store->keyChanged(name);
        done(result);
    };
}

void KeychainStore::start(QKeychain::Job *job, Operation operation, const QString &name,
                          QObject *context, Done done) {
    // The guard lives as long as the caller's context: once that is gone, nothing is reported.
    auto *guard = new QObject(context ? context : this);
    auto reported = std::make_shared<bool>(false);
    const auto word = operationWord(int(operation));
    auto finish = [guard, reported, done = std::move(done), name, word](const KeyResult &result) {
        if (*reported)
            return;
        *reported = true;
        if (result.ok())
            qCDebug(lcSecrets) << "Keychain" << word << "for" << name << "succeeded";
        else
            qCInfo(lcSecrets) << "Keychain" << word << "for" << name << "failed:" << result.message;
        guard->deleteLater();
        done(result);
    };

    auto *watchdog = new QTimer(guard);
    watchdog->setSingleShot(true);
    const auto timeout = m_timeout;
    connect(watchdog, &QTimer::timeout, guard, [finish, timeout] { finish(timedOut(timeout)); });

    // When the backend's own answer is ambiguous, ask the Secret Service what state it is in.
    auto explain = [guard, reported, finish](const KeyResult &otherwise) {
        probeKeyring(guard, [reported, finish, otherwise](KeyringState state) {
            if (!*reported)
                finish(fromState(state, otherwise));
        });
    };

    connect(job, &QKeychain::Job::finished, guard,
            [finish, explain, operation, name, reported](QKeychain::Job *finished) {
                if (*reported)
                    return;
                switch (finished->error()) {
                case QKeychain::NoError: {
                    KeyResult result;
                    if (operation == Operation::Read)
                        result.key =
                            static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                    finish(result);
                    return;
                }
                case QKeychain::EntryNotFound:
                    // A locked keyring may answer "not found": tell the two apart.
                    explain(missing(name));
                    return;
                case QKeychain::NoBackendAvailable:
                case QKeychain::NotImplemented:
                    finish(noService());
                    return;
                case QKeychain::AccessDenied:
                case QKeychain::AccessDeniedByUser:
                    finish(locked());
                    return;
                case QKeychain::CouldNotDeleteEntry:
                case QKeychain::OtherError:
                    break;
                }
                explain(other(finished->errorString()));
            });

    job->setKey(name);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    watchdog->start(m_timeout);
    job->start();
}

} // namespace Paydesk
