#include "demo/LowDelayTcpServer.h"

#include <QTcpSocket>

namespace Paydesk {

void LowDelayTcpServer::incomingConnection(qintptr socketDescriptor) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    addPendingConnection(socket);
}

} // namespace Paydesk
