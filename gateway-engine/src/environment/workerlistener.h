#pragma once

#include "worker.h"

#include <QTcpServer>

namespace Gatehouse {

// A listening socket shared through SO_REUSEPORT: the kernel spreads new connections over the workers.
class WorkerListener final : public QTcpServer
{
    Q_OBJECT
public:
    WorkerListener(Worker &worker, const ListeningSocket &socket)
        : QTcpServer(&worker)
        , m_worker(worker)
        , m_socket(socket)
    { }

protected:
    void incomingConnection(qintptr descriptor) override { m_worker.accept(descriptor, m_socket); }

private:
    Worker &m_worker;
    ListeningSocket m_socket;
};

} // namespace Gatehouse
