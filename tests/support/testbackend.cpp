#include "testbackend.h"

#include "http/bodydecoder.h"
#include "http/httpheadparser.h"
#include "http/httpheadscanner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

namespace Gatehouse {

class TestBackendConnection : public QObject
{
public:
    TestBackendConnection(TestBackend &owner, QTcpSocket *socket)
        : m_owner(owner)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &TestBackendConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &TestBackendConnection::pump);
    }

private:
    void onReadyRead()
    {
        m_in += m_socket->readAll();
        while (true) {
            if (!m_inBody) {
                const auto result = m_scanner.scan(m_in, 64 * 1024, 64 * 1024);
                if (result == HttpHeadScanner::Result::NeedMore)
                    return;
                if (result != HttpHeadScanner::Result::Complete) {
                    m_socket->abort();
                    return;
                }
                m_head = HttpRequestHead();
                const qsizetype skip = m_scanner.leadingEmptyLines();
                if (HttpHeadParser::parseRequest(m_in.constData() + skip, m_scanner.headSize() - skip,
                        HeadLimits { 200, 1LL << 40 }, m_head)) {
                    m_socket->write(
                        "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    m_socket->disconnectFromHost();
                    return;
                }
                {
                    QMutexLocker lock(&m_owner.m_mutex);
                    m_owner.m_lastHead = m_in.left(m_scanner.headSize());
                }
                m_in.remove(0, m_scanner.headSize());
                m_scanner.reset();
                m_body.start(m_head.framing, m_head.contentLength, 1LL << 40);
                m_hash.reset();
                m_inBody = true;
            }
            qsizetype offset = 0;
            BodyDecoder::Status status = BodyDecoder::Status::Data;
            while (status == BodyDecoder::Status::Data) {
                const auto step = m_body.next(m_in.constData() + offset, m_in.size() - offset);
                offset += step.consumed;
                if (step.size > 0)
                    m_hash.addData(QByteArrayView(step.data, step.size));
                status = step.status;
            }
            m_in.remove(0, offset);
            if (status == BodyDecoder::Status::Error) {
                m_socket->abort();
                return;
            }
            if (status != BodyDecoder::Status::Done)
                return;
            m_inBody = false;
            ++m_owner.m_requests;
            respond();
            if (m_in.isEmpty() || m_pendingBytes > 0)
                return;
        }
    }

    static int numberAfter(const QByteArray &path, const char *marker)
    {
        const qsizetype at = path.indexOf(marker);
        if (at < 0)
            return -1;
        const QByteArray rest = path.mid(at + qsizetype(strlen(marker)));
        const qsizetype slash = rest.indexOf('/');
        return (slash < 0 ? rest : rest.left(slash)).toInt();
    }

    void respond()
    {
        const QByteArray &path = m_head.path;
        if (path.contains("/drop")) {
            m_socket->abort();
            return;
        }
        if (path.contains("/hang"))
            return;
        if (const int ms = numberAfter(path, "/delay/"); ms >= 0) {
            QTimer::singleShot(ms, this, [this] { sendEcho(200); });
            return;
        }
        if (const int status = numberAfter(path, "/status/"); status >= 0) {
            sendEcho(status);
            return;
        }
        if (const int n = numberAfter(path, "/bytes/"); n >= 0) {
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                + QByteArray::number(n) + "\r\n\r\n");
            startStreaming(m_head.method == "HEAD" ? 0 : n, false); // HEAD: the length, never the body
            return;
        }
        if (const int n = numberAfter(path, "/chunked/"); n >= 0) {
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: "
                            "chunked\r\n\r\n");
            startStreaming(n, true);
            return;
        }
        if (const int n = numberAfter(path, "/close/"); n >= 0) {
            m_socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n");
            m_socket->write(QByteArray(n, 'c'));
            m_socket->disconnectFromHost();
            return;
        }
        sendEcho(200);
    }

    void sendEcho(int status)
    {
        QJsonObject headers;
        for (const auto &[name, value] : m_head.headers.fields()) {
            const QString key = QString::fromLatin1(name.toLower());
            headers.insert(key,
                headers.contains(key)
                    ? headers.value(key).toString() + QStringLiteral(", ") + QString::fromUtf8(value)
                    : QString::fromUtf8(value));
        }
        const QJsonObject echo { { QStringLiteral("backend"), QString::fromUtf8(m_owner.m_options.name) },
            { QStringLiteral("method"), QString::fromLatin1(m_head.method) },
            { QStringLiteral("path"), QString::fromUtf8(m_head.path) },
            { QStringLiteral("query"), QString::fromUtf8(m_head.query) },
            { QStringLiteral("headers"), headers },
            { QStringLiteral("body_bytes"), double(m_body.decodedBytes()) },
            { QStringLiteral("body_sha256"), QString::fromLatin1(m_hash.result().toHex()) } };
        const QByteArray body = QJsonDocument(echo).toJson(QJsonDocument::Compact);
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + " " + reasonPhrase(status)
            + "\r\nContent-Type: application/json\r\nX-Backend: " + m_owner.m_options.name
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    void startStreaming(qint64 bytes, bool chunked)
    {
        m_pendingBytes = bytes;
        m_chunked = chunked;
        pump();
    }

    void pump()
    {
        while (m_pendingBytes > 0 && m_socket->bytesToWrite() < 256 * 1024) {
            const qint64 n = qMin<qint64>(m_pendingBytes, 16 * 1024);
            const QByteArray piece(qsizetype(n), 'b');
            if (m_chunked)
                m_socket->write(QByteArray::number(n, 16) + "\r\n" + piece + "\r\n");
            else
                m_socket->write(piece);
            m_pendingBytes -= n;
            if (m_pendingBytes == 0 && m_chunked)
                m_socket->write("0\r\n\r\n");
        }
        if (m_pendingBytes == 0 && !m_in.isEmpty())
            QTimer::singleShot(0, this, &TestBackendConnection::onReadyRead);
    }

    TestBackend &m_owner;
    QTcpSocket *m_socket;
    QByteArray m_in;
    HttpHeadScanner m_scanner;
    HttpRequestHead m_head;
    BodyDecoder m_body;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    bool m_inBody = false;
    qint64 m_pendingBytes = 0;
    bool m_chunked = false;
};

class TestBackendServer : public QTcpServer
{
public:
    TestBackendServer(TestBackend &owner, std::optional<QSslConfiguration> tls)
        : m_owner(owner)
        , m_tls(std::move(tls))
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = nullptr;
        if (m_tls) {
            auto *ssl = new QSslSocket;
            ssl->setSocketDescriptor(descriptor);
            ssl->setSslConfiguration(*m_tls);
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            socket = new QTcpSocket;
            socket->setSocketDescriptor(descriptor);
        }
        ++m_owner.m_connections;
        auto *connection = new TestBackendConnection(m_owner, socket);
        connection->setParent(this);
    }

private:
    TestBackend &m_owner;
    std::optional<QSslConfiguration> m_tls;
};

TestBackend::TestBackend(Options options)
    : m_options(std::move(options))
{ }

TestBackend::TestBackend()
    : TestBackend(Options())
{ }

TestBackend::~TestBackend()
{
    stop();
}

bool TestBackend::start()
{
    std::optional<QSslConfiguration> tls;
    if (!m_options.certificatePath.isEmpty()) {
        QFile keyFile(m_options.privateKeyPath);
        if (!keyFile.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(QSslCertificate::fromPath(m_options.certificatePath));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls = config;
    }
    m_thread = new QThread;
    m_server = new TestBackendServer(*this, tls);
    m_server->moveToThread(m_thread);
    m_thread->start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server,
        [&] {
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void TestBackend::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_server = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

QUrl TestBackend::url(const QString &path) const
{
    const bool tls = !m_options.certificatePath.isEmpty();
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port)
                    .arg(path));
}

QByteArray TestBackend::lastRequestHead() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastHead;
}

} // namespace Gatehouse
