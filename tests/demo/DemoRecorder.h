#pragma once

// Test doubles on top of a started DemoServer: a record of the requests it answered, and
// answers queued in place of the next ones for a path (retries, rate limits, server errors).

#include "demo/DemoServer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QPair>

namespace Paydesk::Test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One request the server answered. `headers` are as received, Authorization included.
struct RecordedRequest {
    QString method; // "GET", ...
    QString path;   // decoded URL path
    QString query;  // without '?'
    Headers headers;
    int status = 0; // the status it was answered with
};

class DemoRecorder {
public:
    // Installs itself on `server`, which must be started and outlive the recorder's use.
    explicit DemoRecorder(DemoServer &server) {
        server.httpServer()->afterRequest(
            [this](QHttpServerResponse &&response, const QHttpServerRequest &request) {
                return answer(std::move(response), request);
            });
    }

    // The next request for `path` that passed the key check gets this answer instead, once
    // per call, in the order queued.
    void enqueue(const QString &path, int status, const QByteArray &body,
                 const Headers &headers = {}) {
        m_queued.append(Queued{path, status, body, headers});
    }

    int count(const QString &path = {}) const {
        int n = 0;
        for (const RecordedRequest &request : m_requests)
            n += path.isEmpty() || request.path == path ? 1 : 0;
        return n;
    }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

private:
    struct Queued {
        QString path;
        int status = 200;
        QByteArray body;
        Headers headers;
    };

    QHttpServerResponse answer(QHttpServerResponse &&response, const QHttpServerRequest &request) {
        const QString path = request.url().path();
        if (response.statusCode() != QHttpServerResponder::StatusCode::Unauthorized) {
            for (qsizetype i = 0; i < m_queued.size(); ++i) {
                if (m_queued.at(i).path != path)
                    continue;
                const Queued queued = m_queued.takeAt(i);
                QHttpServerResponse replaced(
                    QByteArrayLiteral("application/json"), queued.body,
                    static_cast<QHttpServerResponder::StatusCode>(queued.status));
                replaced.setHeader(QByteArrayLiteral("X-Request-Id"),
                                   "req_queued_" + QByteArray::number(++m_replaced));
                for (const auto &header : queued.headers)
                    replaced.setHeader(header.first, header.second);
                response = std::move(replaced);
                break;
            }
        }
        RecordedRequest seen;
        seen.method = request.method() == QHttpServerRequest::Method::Get ? QStringLiteral("GET")
                                                                          : QStringLiteral("OTHER");
        seen.path = path;
        seen.query = request.url().query();
        seen.headers = request.headers();
        seen.status = int(response.statusCode());
        m_requests.append(seen);
        return std::move(response);
    }

    QList<Queued> m_queued;
    QList<RecordedRequest> m_requests;
    int m_replaced = 0;
};

} // namespace Paydesk::Test
