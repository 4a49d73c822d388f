#include "providers/DemoResponses.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Paydesk::DemoResponses {

QString randomText(const char *alphabet, int length) {
    const int size = int(qstrlen(alphabet));
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]);
    return text;
}

QHttpServerResponse json(const QByteArray &body, int status) {
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body,
                               static_cast<QHttpServerResponder::StatusCode>(status));
}

QHttpServerResponse message(const QString &text, int status) {
    return json(QJsonDocument(QJsonObject{{QStringLiteral("message"), text}})
                    .toJson(QJsonDocument::Compact),
                status);
}

QHttpServerResponse unauthenticated() {
    return json(QByteArrayLiteral(R"({"message":"Unauthenticated."})"), 401);
}

} // namespace Paydesk::DemoResponses
