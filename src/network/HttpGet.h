#pragma once

#include "domain/LookupError.h"
#include "network/Job.h"
#include "network/NetworkContext.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace Paydesk {

class BoundedReply;

struct HttpResult {
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QString requestId;                  // X-Request-Id
    QByteArray retryAfter;              // raw Retry-After
    std::optional<LookupError> failure; // set when there is no usable HTTP answer
    int attempts = 0;
};

// One logical GET to a provider: checks the address, waits for a slot of its origin, sends
// with the key, follows same-origin redirects only (Qt's policy), retries connection errors, 429
// and 5xx with backoff, and keeps to the inactivity timeout and the overall deadline.
class HttpGet : public Job {
    Q_OBJECT

public:
    HttpGet(const NetworkContext &context, const QUrl &url, const QString &key, QObject *parent);
    ~HttpGet() override { settle(); }

    void start();

Q_SIGNALS:
    void finished(const Paydesk::HttpResult &result);

private:
    void stopWork() override;
    void waitForSlot();
    void send();
    void onReplyFinished();
    bool retryLater(int retryAfterSeconds);
    void releaseSlot();
    void finish();
    void fail(const LookupError &error);
    QString hostName() const;

    NetworkContext m_context;
    QUrl m_url;
    QString m_key;
    QString m_origin;
    HttpResult m_result;
    QPointer<BoundedReply> m_reply;
    QTimer m_deadline;
    QTimer m_backoff;
    QElapsedTimer m_elapsed;
    bool m_holdsSlot = false;
};

} // namespace Paydesk
