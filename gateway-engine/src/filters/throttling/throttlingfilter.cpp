#include "throttlingfilter.h"

#include "observability/metricsregistry.h"

#include <charconv>
#include <cmath>

namespace Gatehouse {

namespace {

qint64 wholeSecondsUp(qint64 milliseconds)
{
    return std::max<qint64>(0, (milliseconds + 999) / 1000);
}

QByteArray seconds(qint64 milliseconds)
{
    return QByteArray::number(wholeSecondsUp(milliseconds));
}

// Appends decimal digits without a temporary QByteArray: these headers go out on every admitted response.
void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto [end, error] = std::to_chars(std::begin(digits), std::end(digits), value);
    Q_UNUSED(error);
    out.append(digits, end - digits);
}

} // namespace

ThrottlingFilter::ThrottlingFilter(const ThrottlingFilterConfig &config)
    : m_config(config)
{ }

FilterStatus ThrottlingFilter::onRequestHeaders(RequestContext &ctx, FilterCallbacks &callbacks)
{
    m_ctx = &ctx;
    if (!ctx.route.api)
        return FilterStatus::Continue;
    ThrottleRequest request;
    request.subject.request = &ctx.request;
    if (m_config.plan->needsClientAddress())
        request.subject.clientAddress = QHostAddress(QString::fromLatin1(ctx.clientAddress));
    request.subject.claims = ctx.identity ? &ctx.identity->claims : nullptr;
    request.api = ctx.route.api->config;
    request.resource = ctx.route.resource ? ctx.route.resource->config : nullptr;
    request.operation = ctx.route.operation ? ctx.route.operation->config : nullptr;
    request.identity = ctx.identity ? &*ctx.identity : nullptr;
    m_config.plan->plan(request, &m_charges);
    if (m_charges.empty())
        return FilterStatus::Continue;

    if (!m_alive)
        m_alive = std::make_shared<ThrottlingFilter *>(this);
    std::weak_ptr<ThrottlingFilter *> alive = m_alive;
    FilterCallbacks *resume = &callbacks;
    CounterVerdict verdict;
    const bool answered = m_config.counters->charge(
        m_charges.charges, m_config.nowMs(), &verdict, [alive, resume](const CounterVerdict &later) {
            const auto filter = alive.lock();
            if (!filter)
                return;
            (*filter)->apply(later);
            resume->resume();
        });
    if (!answered)
        return FilterStatus::Stop;
    return apply(verdict);
}

FilterStatus ThrottlingFilter::apply(const CounterVerdict &verdict)
{
    m_verdict = verdict;
    if (verdict.allowed) {
        m_admitted = true;
        return FilterStatus::Continue;
    }
    const std::size_t denied = std::size_t(std::max(0, verdict.deniedIndex));
    const PlannedCharge &planned = m_charges.planned.at(denied);
    const QByteArray code = throttleErrorCode(planned.level);
    QByteArray description = "You have exceeded your quota";
    if (planned.level == ThrottleLevel::Resource)
        description = "You have exceeded your quota for this resource";
    else if (planned.level == ThrottleLevel::Subscription)
        description = "You have exceeded your subscription quota";
    else if (planned.level == ThrottleLevel::Application)
        description = "You have exceeded your application quota";
    else if (planned.level == ThrottleLevel::Custom)
        description = "You have exceeded the custom policy quota";
    LocalReply reply = wso2ErrorReply(429, code, "Message throttled out",
        description + " (" + planned.policy.toUtf8() + "). Retry after " + seconds(verdict.retryAfterMs)
            + " s.");
    reply.headers.append("Retry-After", seconds(verdict.retryAfterMs));
    addRateLimitHeaders(reply.headers, verdict, denied);
    m_ctx->localReply = std::move(reply);
    m_ctx->throttledBy = planned.policy;
    if (m_config.metrics && m_ctx->route.api) {
        const ApiConfig &api = *m_ctx->route.api->config;
        m_config.metrics->throttledCounter(api.id, api.name, planned.policy)
            ->fetch_add(1, std::memory_order_relaxed);
    }
    return FilterStatus::LocalReply;
}

void ThrottlingFilter::addRateLimitHeaders(
    HttpHeaders &headers, const CounterVerdict &verdict, std::size_t index) const
{
    const ThrottleLimit &limit = m_charges.planned.at(index).limit;
    QByteArray policy;
    policy.reserve(40);
    appendNumber(policy, limit.quota());
    policy.append(";w=");
    appendNumber(policy, limit.windowMs() / 1000);
    headers.set("RateLimit-Policy", policy);
    QByteArray state;
    state.reserve(80);
    state.append("limit=");
    appendNumber(state, limit.quota());
    state.append(", remaining=");
    appendNumber(state, verdict.remaining);
    state.append(", reset=");
    appendNumber(state, wholeSecondsUp(verdict.allowed ? verdict.resetMs : verdict.retryAfterMs));
    headers.set("RateLimit", state);
}

FilterStatus ThrottlingFilter::onResponseHeaders(RequestContext &ctx)
{
    if (m_admitted && !m_charges.empty()) {
        // The tightest counter: the first request-count one (bandwidth quotas are bytes, not requests).
        std::size_t shown = 0;
        for (std::size_t i = 0; i < m_charges.planned.size(); ++i) {
            if (!m_charges.planned.at(i).bandwidth) {
                shown = i;
                break;
            }
        }
        addRateLimitHeaders(ctx.response.headers, m_verdict, shown);
    }
    return FilterStatus::Continue;
}

void ThrottlingFilter::onLog(const RequestContext &ctx)
{
    if (!m_admitted || !m_charges.hasBandwidth())
        return;
    const qint64 bytes = ctx.requestBodyBytes + ctx.responseBodyBytes;
    if (bytes <= 0)
        return;
    const std::vector<CounterCharge> charges = m_charges.bandwidthCharges(bytes);
    CounterVerdict ignored;
    m_config.counters->charge(charges, m_config.nowMs(), &ignored, [](const CounterVerdict &) {});
}

} // namespace Gatehouse
