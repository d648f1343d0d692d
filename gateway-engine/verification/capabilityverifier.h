#pragma once

#include "capabilitycheck.h"
#include "profilecompiler.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace Gatehouse {

// One cell of the comparison, checked live: what the matrix says and what a running environment did.
struct CapabilityVerdict
{
    QString rowId;
    QString profileId;
    CapabilitySupport documented = CapabilitySupport::Text;
    bool observedSupport = false;
    bool agrees = false; // "yes" and it works, or "no"/"partial" and it is not built in
    QString detail;
};

// Starts an environment per profile, runs the checks of the requested rows against it and compares the
// observations with the capability matrix. Blocking: run it on a worker thread or in the CLI.
class CapabilityVerifier
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::CapabilityVerifier)
public:
    explicit CapabilityVerifier(ProfileCompiler compiler);

    QStringList verifiableRows() const;

    using VerdictHandler = std::function<void(const CapabilityVerdict &)>;
    // rowIds empty = every verifiable row. Stops between checks once *cancelled is true. False with
    // *error when a row is unknown or a probe environment cannot start; verdicts found before still count.
    bool run(const QStringList &rowIds, const QList<GatewayProfile> &profiles,
        const VerdictHandler &onVerdict, const std::atomic_bool *cancelled, QString *error) const;

    static bool agrees(CapabilitySupport documented, bool observedSupport);

private:
    ProfileCompiler m_compiler;
    QList<CapabilityCheck> m_checks;
};

} // namespace Gatehouse
