#include "workspace.h"
#include "workspaceprivate.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

namespace {

const QString introspectionKey = QStringLiteral("security.introspection");
const QString trustedProxiesKey = QStringLiteral("security.trusted_proxies");

bool isAddressOrRange(const QString &entry)
{
    if (entry.contains(u'/'))
        return !QHostAddress::parseSubnet(entry).first.isNull();
    return !QHostAddress(entry).isNull();
}

} // namespace

std::optional<IntrospectionConfig> Workspace::introspection() const
{
    const QString stored = setting(introspectionKey);
    if (stored.isEmpty())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(stored.toUtf8()).object();
    IntrospectionConfig config;
    config.endpoint = QUrl(json.value(QLatin1String("endpoint")).toString());
    config.clientId = json.value(QLatin1String("clientId")).toString();
    config.clientSecret = json.value(QLatin1String("clientSecret")).toString().toUtf8();
    config.cacheSeconds = json.value(QLatin1String("cacheSeconds")).toInt(config.cacheSeconds);
    if (!config.endpoint.isValid() || config.endpoint.isEmpty())
        return std::nullopt;
    return config;
}

bool Workspace::setIntrospection(const std::optional<IntrospectionConfig> &introspection)
{
    if (!introspection)
        return setSetting(introspectionKey, QString());
    const QUrl &endpoint = introspection->endpoint;
    if (!endpoint.isValid() || endpoint.host().isEmpty()
        || (endpoint.scheme() != QLatin1String("http") && endpoint.scheme() != QLatin1String("https")))
        return d->fail(tr("the introspection endpoint must be an http or https URL"));
    if (introspection->cacheSeconds < 0)
        return d->fail(tr("the introspection cache time cannot be negative"));
    const QJsonObject json { { QStringLiteral("endpoint"), endpoint.toString() },
        { QStringLiteral("clientId"), introspection->clientId },
        { QStringLiteral("clientSecret"), QString::fromUtf8(introspection->clientSecret) },
        { QStringLiteral("cacheSeconds"), introspection->cacheSeconds } };
    return setSetting(
        introspectionKey, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

QStringList Workspace::trustedProxies() const
{
    return setting(trustedProxiesKey).split(u',', Qt::SkipEmptyParts);
}

bool Workspace::setTrustedProxies(const QStringList &proxies)
{
    QStringList cleaned;
    for (const QString &entry : proxies) {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!isAddressOrRange(trimmed))
            return d->fail(tr("'%1' is not an IP address or CIDR range").arg(trimmed));
        cleaned.append(trimmed);
    }
    return setSetting(trustedProxiesKey, cleaned.join(u','));
}

} // namespace Gatehouse
