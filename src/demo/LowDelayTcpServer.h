#pragma once

#include <QTcpServer>

namespace Paydesk {

// A QTcpServer whose connections send each answer at once (TCP_NODELAY). Without it a client
// that keeps its connection alive, as Qt's network access manager does, waits about 40 ms on
// every request after the first: the server's small second segment is held back by Nagle's
// algorithm until the client's delayed acknowledgement arrives.
class LowDelayTcpServer : public QTcpServer {
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace Paydesk
