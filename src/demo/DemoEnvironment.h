#pragma once

#include "demo/DemoBackend.h"
#include "demo/DemoServer.h"
#include "domain/Account.h"
#include "domain/KeyProvider.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Paydesk {

// `paydesk --demo`: a DemoServer loaded with the bundled demo data (resources/demo),
// in-memory accounts pointing at it and the keys it wants. Nothing is written to the keychain
// or the settings; everything ends with this object.
//
//     DemoEnvironment demo;
//     if (!demo.start())
//         return fail(QObject::tr("The demo server could not start."));
//     LookupService lookups(&nam, demo.keys()); // keys from memory, not the keychain
//     lookups.setAccounts(demo.accounts());     // "demo-<provider key>" for each provider
//     for (const QString &id : demo.checkoutIds()) // every demo checkout, in demo order
//         connect(lookups.lookup(id), &LookupJob::finished, this, &Window::show);
//
// Must outlive whatever uses its accounts or keys() (the server stops with it).
class DemoEnvironment : public QObject, public DemoBackend {
    Q_OBJECT

public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Loads the bundled data and starts the server; false (and a log line) when either fails.
    bool start();
    bool isStarted() const;

    // One test-mode account per provider the server plays, "demo-<provider key>", with its
    // base URL on the server. Empty before start().
    QList<Account> accounts() const override;

    // Gives the two accounts' demo keys, later (queued) and only while `context` lives;
    // any other account name is KeyErrorKind::Missing.
    KeyProvider *keys() override;

    // Every bundled demo checkout id, in the order they are best shown (providers mixed,
    // a tour of the statuses). Empty before start().
    QStringList checkoutIds() const override;

    DemoServer *server();

    static QString accountName(const ProviderKey &provider); // "demo-<provider key>"

private:
    class Keys;

    DemoServer *m_server = nullptr;
    std::unique_ptr<Keys> m_keys;
    QStringList m_checkoutIds;
    bool m_started = false;
};

} // namespace Paydesk
