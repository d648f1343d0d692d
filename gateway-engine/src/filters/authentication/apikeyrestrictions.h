#pragma once

#include <QByteArray>
#include <QStringList>

namespace Gatehouse::ApiKeyRestrictions {

// permitted: addresses or CIDR ranges ("10.0.0.0/8", "::1"). A malformed entry permits nothing.
bool addressPermitted(const QByteArray &clientAddress, const QStringList &permitted);
// permitted: URLs where '*' matches any run of characters ("https://*.example.com/*"). An empty Referer is
// never permitted when restrictions exist.
bool refererPermitted(const QByteArray &referer, const QStringList &permitted);

} // namespace Gatehouse::ApiKeyRestrictions
