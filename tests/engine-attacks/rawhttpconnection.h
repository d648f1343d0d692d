#pragma once

#include <QByteArray>

namespace Gatehouse {

// A blocking client socket for attack tests: sends exactly the bytes it is given and reports what the server
// sent back and how the connection ended. Every wait is bounded. Usable on the test thread, since the
// environment under test runs its workers on their own threads.
class RawHttpConnection
{
public:
    enum class End
    {
        Open, // nothing ended the wait but the timeout
        Closed, // orderly close: read returned 0
        Reset // ECONNRESET / EPIPE
    };

    explicit RawHttpConnection(quint16 port);
    ~RawHttpConnection();
    RawHttpConnection(const RawHttpConnection &) = delete;
    RawHttpConnection &operator=(const RawHttpConnection &) = delete;

    bool isConnected() const { return m_fd >= 0; }
    // Blocking send of every byte; false when the server has closed or reset the connection.
    bool send(const QByteArray &bytes);
    // Reads what is there (waiting up to timeoutMs for the first byte); false when nothing came.
    bool readSome(int timeoutMs);
    // Reads until the server closes or resets the connection, or timeoutMs pass.
    End readUntilClosed(int timeoutMs);
    // Reads until `count` complete responses are buffered (or the connection ends, or timeoutMs pass).
    bool readResponses(int count, int timeoutMs);
    // Writes `total` bytes (repeating `piece`) while reading, as a client that does not wait for an early
    // answer would; stops writing when the server refuses more, then reads until the connection ends or
    // timeoutMs pass. Returns the bytes written.
    qint64 streamWhileReading(qint64 total, const QByteArray &piece, int timeoutMs);
    bool waitUntilReadable(int timeoutMs);

    const QByteArray &received() const { return m_received; }
    End end() const { return m_end; }

private:
    void readAvailable();

    int m_fd = -1;
    QByteArray m_received;
    End m_end = End::Open;
};

} // namespace Gatehouse
