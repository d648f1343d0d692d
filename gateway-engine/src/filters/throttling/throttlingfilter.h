#pragma once

#include "core/httpfilter.h"
#include "throttlingfilterconfig.h"

namespace Gatehouse {

// Rate limiting after authentication, before the backend: every applicable counter (API, resource,
// subscription with burst, application, custom) is charged at once, all-or-nothing; the first that does
// not fit refuses with 429, WSO2's code for its level, Retry-After and RateLimit headers. Bandwidth
// counters are checked before the request and charged with the payload bytes when the exchange ends.
class ThrottlingFilter final : public HttpFilter
{
public:
    explicit ThrottlingFilter(const ThrottlingFilterConfig &config);

    FilterStatus onRequestHeaders(RequestContext &ctx, FilterCallbacks &callbacks) override;
    FilterStatus onResponseHeaders(RequestContext &ctx) override;
    void onLog(const RequestContext &ctx) override;
    void onDestroy() override { m_alive.reset(); }

private:
    FilterStatus apply(const CounterVerdict &verdict);
    void addRateLimitHeaders(HttpHeaders &headers, const CounterVerdict &verdict, std::size_t index) const;

    const ThrottlingFilterConfig &m_config;
    RequestContext *m_ctx = nullptr;
    ThrottleCharges m_charges;
    CounterVerdict m_verdict;
    bool m_admitted = false;
    std::shared_ptr<ThrottlingFilter *> m_alive;
};

} // namespace Gatehouse
