#include "secrets/KeyringProbe.h"

#include "secrets/SecretsLog.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QTimer>

namespace Paydesk {

namespace {

const QString secretsService = QStringLiteral("org.freedesktop.secrets");
const QString defaultCollection = QStringLiteral("/org/freedesktop/secrets/aliases/default");
constexpr int callTimeoutMs = 5000;

using Done = std::function<void(KeyringState)>;

// Calls `handle` with the finished reply, on `context`'s thread, unless `context` is gone.
template <typename Handler>
void whenFinished(const QDBusPendingCall &call, QObject *context, Handler handle) {
    auto *watcher = new QDBusPendingCallWatcher(call, context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, handle = std::move(handle)]() mutable {
                         watcher->deleteLater();
                         handle(*watcher);
                     });
}

void askWhetherLocked(QDBusConnection bus, QObject *context, Done done) {
    QDBusMessage get = QDBusMessage::createMethodCall(
        secretsService, defaultCollection, QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    whenFinished(bus.asyncCall(get, callTimeoutMs), context,
                 [done = std::move(done)](const QDBusPendingCall &call) {
                     const QDBusPendingReply<QDBusVariant> reply = call;
                     if (reply.isError()) {
                         qCDebug(lcSecrets) << "No default collection:" << reply.error().name();
                         done(KeyringState::Unknown);
                         return;
                     }
                     done(reply.value().variant().toBool() ? KeyringState::Locked
                                                           : KeyringState::Unlocked);
                 });
}

// Service.ReadAlias("default") answers "/" when there is no default collection: then there is
// nowhere to store a key, and the remedy is to create a keyring.
void askForDefaultCollection(QDBusConnection bus, QObject *context, Done done) {
    QDBusMessage read = QDBusMessage::createMethodCall(
        secretsService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    read << QStringLiteral("default");
    whenFinished(bus.asyncCall(read, callTimeoutMs), context,
                 [bus, context, done = std::move(done)](const QDBusPendingCall &call) mutable {
                     const QDBusPendingReply<QDBusObjectPath> reply = call;
                     if (!reply.isError() && reply.value().path() == QLatin1String("/")) {
                         done(KeyringState::NoDefault);
                         return;
                     }
                     askWhetherLocked(bus, context, std::move(done));
                 });
}

} // namespace

void probeKeyring(QObject *context, Done done) {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(KeyringState::NoBus); });
        return;
    }
    QDBusMessage hasOwner = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    hasOwner << secretsService;
    whenFinished(bus.asyncCall(hasOwner, callTimeoutMs), context,
                 [bus, context, done = std::move(done)](const QDBusPendingCall &call) mutable {
                     const QDBusPendingReply<bool> reply = call;
                     if (reply.isError() || !reply.value()) {
                         done(KeyringState::NoService);
                         return;
                     }
                     askForDefaultCollection(bus, context, std::move(done));
                 });
}

} // namespace Paydesk
