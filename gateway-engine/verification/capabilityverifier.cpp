#include "capabilityverifier.h"

#include "probeworld.h"

namespace Gatehouse {

CapabilityVerifier::CapabilityVerifier(ProfileCompiler compiler)
    : m_compiler(std::move(compiler))
    , m_checks(securityChecks() + rateLimitChecks() + validationChecks())
{ }

QStringList CapabilityVerifier::verifiableRows() const
{
    QStringList rows;
    for (const CapabilityCheck &check : m_checks)
        rows << check.rowId;
    return rows;
}

bool CapabilityVerifier::agrees(CapabilitySupport documented, bool observedSupport)
{
    switch (documented) {
    case CapabilitySupport::Yes:
        return observedSupport;
    case CapabilitySupport::No:
    case CapabilitySupport::Partial:
        return !observedSupport;
    case CapabilitySupport::Text:
        break;
    }
    return false;
}

bool CapabilityVerifier::run(const QStringList &rowIds, const QList<GatewayProfile> &profiles,
    const VerdictHandler &onVerdict, const std::atomic_bool *cancelled, QString *error) const
{
    QList<CapabilityCheck> selected;
    for (const QString &rowId : rowIds) {
        const auto found = std::find_if(m_checks.cbegin(), m_checks.cend(),
            [&](const CapabilityCheck &check) { return check.rowId == rowId; });
        if (found == m_checks.cend()) {
            *error = tr("no live check for the row \"%1\"; rows with one: %2")
                         .arg(rowId, verifiableRows().join(QStringLiteral(", ")));
            return false;
        }
        selected << *found;
    }
    if (rowIds.isEmpty())
        selected = m_checks;

    QList<ProbeWorld::ProbeApi> apis;
    for (const CapabilityCheck &check : selected)
        apis << ProbeWorld::ProbeApi { check.rowId, check.probeApi(), check.policies };

    for (GatewayProfile profile : profiles) {
        if (cancelled && *cancelled)
            return true;
        QString startError;
        const std::unique_ptr<ProbeWorld> world = ProbeWorld::start(profile, m_compiler, apis, &startError);
        if (!world) {
            *error = tr("cannot start a %1 environment to verify with: %2")
                         .arg(profileDisplayName(profile), startError);
            return false;
        }
        for (const CapabilityCheck &check : selected) {
            if (cancelled && *cancelled)
                return true;
            CapabilityVerdict verdict;
            verdict.rowId = check.rowId;
            verdict.profileId = profileId(profile);
            const CapabilityRow *row = m_compiler.matrix().row(check.rowId);
            if (row && row->cells.contains(verdict.profileId))
                verdict.documented = row->cells.value(verdict.profileId).support;
            const CheckOutcome outcome = check.run(*world);
            verdict.observedSupport = outcome.supported;
            verdict.detail = outcome.detail;
            verdict.agrees = agrees(verdict.documented, verdict.observedSupport);
            onVerdict(verdict);
        }
    }
    return true;
}

} // namespace Gatehouse
