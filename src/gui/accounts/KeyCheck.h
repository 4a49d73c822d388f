#pragma once

#include "domain/Account.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace Paydesk {

// Tries a secret key against its provider by looking up a checkout id that cannot exist:
// "not found" means the provider accepted the key, "unauthorized" that it refused it.
// `finished` is emitted exactly once, later; the check deletes itself afterwards.
class KeyCheck : public QObject {
    Q_OBJECT
public:
    enum class Verdict { Accepted, Rejected, Inconclusive };
    Q_ENUM(Verdict)

    // `nam` must outlive the check. The key stays in memory only for the request.
    static KeyCheck *start(QNetworkAccessManager *nam, const Account &account, const QString &key,
                           QObject *parent);

Q_SIGNALS:
    void finished(Paydesk::KeyCheck::Verdict verdict, const QString &message);

private:
    explicit KeyCheck(QObject *parent);
};

} // namespace Paydesk
