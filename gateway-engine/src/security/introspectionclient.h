#pragma once

#include "config/securityconfig.h"

#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <functional>

class QNetworkAccessManager;

namespace Gatehouse {

// RFC 7662 token introspection for opaque access tokens. Lives in the environment's security thread;
// introspect() may be called from any worker.
class IntrospectionClient : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool reachable = false; // the endpoint answered with a JSON object
        bool active = false;
        QJsonObject claims; // scope, client_id, username, sub, exp, iss, aud, token_type, ...
        QString problem; // for the log; never contains the token
    };

    explicit IntrospectionClient(QSslConfiguration tls = QSslConfiguration::defaultConfiguration());

    // Thread-safe. done runs in context's thread; dropped if context is destroyed first.
    void introspect(const IntrospectionConfig &config, const QByteArray &token, QObject *context,
        std::function<void(const Result &)> done);

    static constexpr qint64 maximumResponseBytes = 64 * 1024;
    static constexpr int timeoutMs = 5'000;

private:
    void post(const IntrospectionConfig &config, const QByteArray &token, QObject *context,
        std::function<void(const Result &)> done);

    QSslConfiguration m_tls;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace Gatehouse
