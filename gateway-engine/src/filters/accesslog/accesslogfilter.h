#pragma once

#include "accesslogfilterconfig.h"
#include "core/httpfilter.h"

namespace Gatehouse {

// Writes one JSON line per request (file and UI), with secrets redacted.
class AccessLogFilter final : public HttpFilter
{
public:
    explicit AccessLogFilter(const AccessLogFilterConfig &config)
        : m_config(config)
    { }
    void onLog(const RequestContext &ctx) override;

    static QByteArray redactQuery(const QByteArray &query, const QByteArrayList &secretNames);

private:
    const AccessLogFilterConfig &m_config;
};

} // namespace Gatehouse
