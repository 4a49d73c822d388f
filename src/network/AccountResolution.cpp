#include "network/AccountResolution.h"

#include "network/CheckoutFetch.h"
#include "network/NetworkLog.h"

#include <QCoreApplication>

namespace Paydesk {

namespace {

QString quotedList(const QStringList &names) {
    QStringList quoted;
    for (const QString &name : names)
        quoted << u'“' + name + u'”';
    return quoted.join(QStringLiteral(", "));
}

} // namespace

AccountResolution::AccountResolution(const NetworkContext &context, const CheckoutRef &ref,
                                     const QList<Account> &candidates, QObject *parent)
    : Job(parent)
    , m_context(context)
    , m_ref(ref)
    , m_candidates(candidates) {}

void AccountResolution::stopWork() {
    dismiss(m_fetch);
}

void AccountResolution::askNext() {
    if (m_candidates.isEmpty())
        return finish(combinedError());
    const Account account = m_candidates.takeFirst();
    m_asked << account.name;
    m_fetch = new CheckoutFetch(m_context, account, m_ref.id, this);
    connect(
        m_fetch, &CheckoutFetch::finished, this,
        [this, name = account.name](const Result<Checkout> &result) { onFetched(name, result); });
    m_fetch->start();
}

void AccountResolution::onFetched(const QString &account, const Result<Checkout> &result) {
    dismiss(m_fetch);
    if (result.ok())
        return finish(result);
    qCDebug(lcNet) << "Account" << account << "did not give" << m_ref.id << ':'
                   << errorKindKey(result.error().kind);
    m_errors << result.error();
    askNext();
}

void AccountResolution::finish(const Result<Checkout> &result) {
    if (settle())
        Q_EMIT finished(result);
}

LookupError AccountResolution::combinedError() const {
    Q_ASSERT(!m_errors.isEmpty() && m_errors.size() == m_asked.size());
    int chosen = -1;
    for (ErrorKind kind : {ErrorKind::Unauthorized, ErrorKind::Forbidden}) {
        for (int i = 0; i < m_errors.size() && chosen < 0; ++i) {
            if (m_errors.at(i).kind == kind)
                chosen = i;
        }
    }
    for (int i = 0; i < m_errors.size() && chosen < 0; ++i) {
        if (m_errors.at(i).kind != ErrorKind::NotFound)
            chosen = i;
    }

    QStringList notFoundIn;
    for (int i = 0; i < m_errors.size(); ++i) {
        if (m_errors.at(i).kind == ErrorKind::NotFound)
            notFoundIn << m_asked.at(i);
    }

    LookupError error;
    if (chosen < 0) {
        error = m_errors.last();
        error.message = QCoreApplication::translate("Paydesk::AccountResolution",
                                                    "Checkout %1 was not found in %n account(s): "
                                                    "%2.",
                                                    nullptr, int(m_asked.size()))
                            .arg(m_ref.id, quotedList(m_asked));
    } else {
        error = m_errors.at(chosen);
        const QString account = m_asked.at(chosen);
        QString message;
        switch (error.kind) {
        case ErrorKind::Unauthorized:
            message = QCoreApplication::translate(
                          "Paydesk::AccountResolution",
                          "Account “%1” was refused: its secret key is not accepted (%2). Check "
                          "the key with “paydesk account add”.")
                          .arg(account, error.message);
            break;
        case ErrorKind::Forbidden:
            message = QCoreApplication::translate("Paydesk::AccountResolution",
                                                  "Account “%1” may not read this checkout (%2).")
                          .arg(account, error.message);
            break;
        default:
            message = QCoreApplication::translate("Paydesk::AccountResolution", "Account “%1”: %2")
                          .arg(account, error.message);
            break;
        }
        if (!notFoundIn.isEmpty())
            message +=
                u' '
                + QCoreApplication::translate("Paydesk::AccountResolution", "Not found in %1.")
                      .arg(quotedList(notFoundIn));
        error.message = message;
    }
    error.accountsTried = m_asked;
    return error;
}

} // namespace Paydesk
