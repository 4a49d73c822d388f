#include "app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "paydesk.instance", QtWarningMsg)

// What one hand-over may carry: a pasted block of ids, not an unbounded stream.
constexpr qsizetype maxMessageBytes = 256 * 1024;
constexpr qsizetype maxInputs = 1000;
constexpr qsizetype maxInputLength = 2048;
constexpr int connectTimeoutMs = 1000;
constexpr int answerTimeoutMs = 5000;
const QByteArray acknowledgement = "ok\n";

QByteArray message(const QStringList &inputs) {
    return QJsonDocument(QJsonObject{{u"lookups"_s, QJsonArray::fromStringList(inputs)}})
               .toJson(QJsonDocument::Compact)
           + '\n';
}

// The inputs of a well-formed message, or nullopt: anything else is dropped unread.
std::optional<QStringList> inputsOf(const QByteArray &line) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonValue lookups = document.object().value(u"lookups"_s);
    if (!lookups.isArray() || lookups.toArray().size() > maxInputs)
        return std::nullopt;
    QStringList inputs;
    for (const QJsonValue &value : lookups.toArray()) {
        if (!value.isString() || value.toString().size() > maxInputLength)
            return std::nullopt;
        inputs << value.toString();
    }
    return inputs;
}

bool isPrivateToUser(const QFileInfo &info) {
    constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                            | QFileDevice::ReadOther | QFileDevice::WriteOther
                            | QFileDevice::ExeOther;
    return info.isDir() && !info.isSymLink() && info.ownerId() == ::getuid()
           && (info.permissions() & others) == 0;
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketDirectory(QString *error) {
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty()) {
        *error = tr("There is no runtime folder for this user.");
        return {};
    }
    const QString path = QDir(runtime).filePath(u"paydesk"_s);
    if (!QFileInfo::exists(path) && QDir().mkpath(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                        | QFileDevice::ExeOwner);
    if (!isPrivateToUser(QFileInfo(path))) {
        *error = tr("The folder %1 is not private to this user.").arg(path);
        return {};
    }
    return path;
}

SingleInstance::Role SingleInstance::start(const QStringList &inputs) {
    const QString directory = socketDirectory(&m_error);
    if (directory.isEmpty())
        return Role::Alone;
    const QByteArray hash =
        QCryptographicHash::hash(m_key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    m_socketPath = QDir(directory).filePath(u"instance-"_s + QString::fromLatin1(hash));

    // Asking and then listening is one step, so two Paydesks started together do not both
    // become the first.
    QLockFile lock(m_socketPath + u".lock"_s);
    if (!lock.tryLock(answerTimeoutMs)) {
        m_error = tr("Another Paydesk is starting and holds %1.").arg(lock.fileName());
        return Role::Alone;
    }
    if (handOver(inputs))
        return Role::HandedOver;
    return listen() ? Role::Primary : Role::Alone;
}

bool SingleInstance::handOver(const QStringList &inputs) {
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(connectTimeoutMs))
        return false;
    socket.write(message(inputs));
    if (!socket.waitForBytesWritten(answerTimeoutMs))
        return false;
    QByteArray answer;
    while (answer.size() < acknowledgement.size() && socket.waitForReadyRead(answerTimeoutMs))
        answer += socket.readAll();
    if (answer != acknowledgement) {
        qCWarning(lcInstance) << "the running Paydesk did not answer";
        return false;
    }
    qCInfo(lcInstance).noquote() << "handed over to the running Paydesk:" << inputs.join(u' ');
    return true;
}

bool SingleInstance::listen() {
    // Nothing answered on the socket: whatever is left there is a stale one.
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    qCInfo(lcInstance).noquote() << "listening on" << m_socketPath;
    return true;
}

void SingleInstance::accept() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        // A peer that says nothing does not keep its connection.
        QTimer::singleShot(answerTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void SingleInstance::read(QLocalSocket *socket) {
    if (socket->bytesAvailable() > maxMessageBytes || !socket->canReadLine()) {
        if (socket->bytesAvailable() > maxMessageBytes)
            socket->abort();
        return;
    }
    const std::optional<QStringList> inputs = inputsOf(socket->readLine(maxMessageBytes + 1));
    if (!inputs) {
        qCWarning(lcInstance) << "ignored a malformed hand-over";
        socket->abort();
        return;
    }
    socket->write(acknowledgement);
    socket->disconnectFromServer();
    qCInfo(lcInstance).noquote() << "received:" << inputs->join(u' ');
    Q_EMIT lookupsReceived(*inputs);
}

} // namespace Paydesk
