#pragma once

#include "network/Job.h"

#include <QByteArray>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>

#include <QNetworkReply>

namespace Paydesk {

// Owns one QNetworkReply: reads its body as it arrives and aborts the transfer as soon as
// the body passes `cap` (whatever Content-Length claims) or nothing moves for `inactivity`.
// Records TLS complaints and never ignores them. Emits finished() once; the reply stays
// readable until control is back in the event loop.
class BoundedReply : public Job {
    Q_OBJECT

public:
    enum class Stop { None, TooLarge, Inactive };

    BoundedReply(QNetworkReply *reply, qint64 cap, std::chrono::milliseconds inactivity,
                 QObject *parent);
    ~BoundedReply() override { settle(); }

    // Ends the transfer as if it had gone silent (a time limit of the caller's).
    void expire() { stopWith(Stop::Inactive); }

    QNetworkReply *reply() const { return m_reply; }
    const QByteArray &body() const { return m_body; }
    Stop stop() const { return m_stop; }
    const QStringList &tlsComplaints() const { return m_tlsComplaints; }

Q_SIGNALS:
    void finished();

private:
    void stopWork() override;
    void touch();
    void readAvailable();
    void stopWith(Stop why);
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    qint64 m_cap;
    QTimer m_inactivity;
    QByteArray m_body;
    QStringList m_tlsComplaints;
    Stop m_stop = Stop::None;
};

} // namespace Paydesk
