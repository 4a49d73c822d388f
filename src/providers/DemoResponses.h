#pragma once

#include <QByteArray>
#include <QHttpServerResponse>
#include <QString>

// Small answers the providers' demos share.
namespace Paydesk::DemoResponses {

// `length` characters drawn at random from `alphabet`.
QString randomText(const char *alphabet, int length);
QHttpServerResponse json(const QByteArray &body, int status = 200);
QHttpServerResponse message(const QString &text, int status); // {"message": text}
// A missing or wrong key, in Laravel's words as both built-in providers answer it.
QHttpServerResponse unauthenticated();

} // namespace Paydesk::DemoResponses
