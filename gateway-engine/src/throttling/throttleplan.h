#pragma once

#include "config/gatewayconfig.h"
#include "core/identity.h"
#include "counterstore.h"
#include "throttleconditions.h"

#include <QHash>
#include <deque>
#include <memory>

namespace Gatehouse {

// Which kind of policy a counter belongs to; decides WSO2's error code.
enum class ThrottleLevel
{
    Api, // advanced policy of the API: 900800
    Resource, // advanced policy of the operation: 900802
    Subscription, // the subscription's tier (and its burst control): 900804
    Application, // the application's tier: 900803
    Custom, // a custom policy's key template: 900806
};
QByteArray throttleErrorCode(ThrottleLevel level);

// One request as rate limiting sees it.
struct ThrottleRequest
{
    ThrottleSubject subject;
    const ApiConfig *api = nullptr;
    const ResourceConfig *resource = nullptr;
    const OperationConfig *operation = nullptr;
    const AuthenticatedIdentity *identity = nullptr; // null for open APIs
};

struct PlannedCharge
{
    ThrottleLevel level = ThrottleLevel::Api;
    QString policy;
    QString group; // the matching conditional group's description or "group N"; empty for the default
    ThrottleLimit limit;
    bool bandwidth = false;
};

// The counters one request touches. charges[i] and planned[i] describe the same counter.
struct ThrottleCharges
{
    std::vector<CounterCharge> charges;
    std::vector<PlannedCharge> planned;
    bool empty() const { return charges.empty(); }
    bool hasBandwidth() const;
    // The bytes of a finished exchange for every bandwidth counter (forced: the bytes were already sent).
    std::vector<CounterCharge> bandwidthCharges(qint64 bytes) const;
};

// The throttle policies of one deployment, compiled once (regexes, addresses, which policy applies to which
// API and operation) so that a request only looks things up. Thread-safe: read-only after compile.
class ThrottlePlan
{
public:
    // References to unknown policies and invalid conditions go to *problems and are left out.
    static std::shared_ptr<const ThrottlePlan> compile(const GatewayConfig &config, QStringList *problems);
    // A plan for one policy on its own, as the simulator needs it (advanced: as the API's policy).
    static std::shared_ptr<const ThrottlePlan> forPolicy(const ThrottlePolicy &policy, QString *error);

    bool isEmpty() const;
    // Whether plan() reads request.subject.clientAddress (IP conditions, $clientIp): parsing it costs.
    bool needsClientAddress() const { return m_needsClientAddress; }
    void plan(const ThrottleRequest &request, ThrottleCharges *out) const;

private:
    struct CompiledPolicy
    {
        ThrottlePolicy policy;
        CompiledConditionGroups groups;
    };
    // An advanced policy where an API or operation names it, with its counter key up to the group
    // ("api|<api id>|<policy>|"), built once rather than per request.
    struct Attachment
    {
        const CompiledPolicy *policy = nullptr;
        QByteArray counterPrefix;
    };
    const CompiledPolicy *add(const ThrottlePolicy &policy, QStringList *problems);
    // Subscription, application and custom policies go to their tables; advanced ones to *advanced, by name.
    void registerByLevel(const CompiledPolicy *compiled, QHash<QString, const CompiledPolicy *> *advanced);
    void addAdvanced(ThrottleLevel level, const Attachment &attachment, const ThrottleRequest &request,
        ThrottleCharges *out) const;
    static void addCharge(ThrottleCharges *out, ThrottleLevel level, const ThrottlePolicy &policy,
        const ThrottleLimit &limit, QByteArray key, const QString &group, bool force = false);
    static QByteArray expandKeyTemplate(const QString &keyTemplate, const ThrottleRequest &request);
    static Attachment attach(const CompiledPolicy *policy, const QByteArray &counterPrefix);

    std::deque<CompiledPolicy> m_storage;
    QHash<QString, Attachment> m_byApiId;
    QHash<const OperationConfig *, Attachment> m_byOperation;
    QHash<QString, const CompiledPolicy *> m_subscription; // by name
    QHash<QString, const CompiledPolicy *> m_application;
    std::vector<const CompiledPolicy *> m_custom;
    bool m_anyIdentityLevel = false;
    bool m_needsClientAddress = false;
};

} // namespace Gatehouse
