#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Paydesk {

// One Paydesk window per user, configuration folder and mode (demo or not). The first
// process listens on a local socket in a folder only its user can enter (0700, in the
// user's runtime folder) with QLocalServer::UserAccessOption; a later process hands its
// lookups to it and leaves.
class SingleInstance : public QObject {
    Q_OBJECT

public:
    enum class Role {
        Primary,    // this process listens: it opens the window
        HandedOver, // a running Paydesk took the lookups: this process is done
        Alone,      // no socket could be used: open a window without hand-over
    };

    // `key` tells instances apart (e.g. the configuration folder and the mode).
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Hands `inputs` (ids or checkout URLs, possibly none: then the window is only raised) to a
    // running instance, or becomes the one that listens.
    Role start(const QStringList &inputs);

    QString socketPath() const { return m_socketPath; }
    QString errorString() const { return m_error; }

    // The user's private folder for the socket, created 0700 when missing; empty (and
    // `error` set) when it cannot be made private to this user.
    static QString socketDirectory(QString *error);

Q_SIGNALS:
    // Another process handed these over; the window looks them up and comes to the front.
    void lookupsReceived(const QStringList &inputs);

private:
    bool handOver(const QStringList &inputs);
    bool listen();
    void accept();
    void read(QLocalSocket *socket);

    QString m_key;
    QString m_socketPath;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace Paydesk
