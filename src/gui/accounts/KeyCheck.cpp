#include "gui/accounts/KeyCheck.h"

#include "domain/KeyProvider.h"
#include "network/LookupService.h"
#include "providers/ProviderRegistry.h"

#include <QTimer>

namespace Paydesk {

namespace {

// Hands the one key being checked to the lookup.
class SingleKey : public KeyProvider {
public:
    explicit SingleKey(QString key)
        : m_key(std::move(key)) {}
    void readKey(const QString &, QObject *context,
                 std::function<void(const KeyResult &)> done) override {
        KeyResult result;
        result.key = m_key;
        QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
    }

private:
    QString m_key;
};

} // namespace

KeyCheck::KeyCheck(QObject *parent)
    : QObject(parent) {}

KeyCheck *KeyCheck::start(QNetworkAccessManager *nam, const Account &account, const QString &key,
                          QObject *parent) {
    auto *check = new KeyCheck(parent);
    auto keys = std::make_shared<SingleKey>(key);
    auto *service = new LookupService(nam, keys.get(), check);
    service->setAccounts({account});
    const PaymentProvider *provider = ProviderRegistry::find(account.provider);
    const QString id = provider ? provider->keyCheckId() : QString();
    LookupJob *job = service->lookup(id, account.name);
    connect(job, &LookupJob::finished, check, [check, keys](const LookupOutcome &outcome) {
        Verdict verdict = Verdict::Inconclusive;
        QString message;
        if (outcome.result.ok()) {
            message = tr("The provider answered with a checkout; the key works.");
            verdict = Verdict::Accepted;
        } else if (outcome.result.error().kind == ErrorKind::NotFound) {
            verdict = Verdict::Accepted;
            message = tr("Key accepted: the provider answered (404 for a test id).");
        } else if (outcome.result.error().kind == ErrorKind::Unauthorized) {
            verdict = Verdict::Rejected;
            message = tr("Key rejected: the provider answered 401 Unauthorized.");
        } else {
            message = tr("Could not check the key: %1").arg(outcome.result.error().message);
        }
        Q_EMIT check->finished(verdict, message);
        check->deleteLater();
    });
    return check;
}

} // namespace Paydesk
