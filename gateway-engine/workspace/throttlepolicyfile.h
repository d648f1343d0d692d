#pragma once

#include "config/throttleconfig.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>
#include <vector>

namespace Gatehouse {

struct ThrottlePolicyFileResult
{
    std::vector<ThrottlePolicy> policies; // empty when diagnostics has errors
    QList<Diagnostic> diagnostics;
};

// apictl's throttling policy files (`type: throttling policy`, `subtype`, `version`, `data: <WSO2 admin
// JSON>`), as YAML or JSON; a file may also hold a list of them. A bare admin JSON object has no level,
// so it is read only when `bareLevel` says which. Every policy is validated; errors carry file:line:column
// and the field path ("data.defaultLimit.requestCount.timeUnit").
class ThrottlePolicyFile
{
    Q_DECLARE_TR_FUNCTIONS(ThrottlePolicyFile)
public:
    static ThrottlePolicyFileResult read(const QByteArray &text, const QString &fileNameForMessages,
        std::optional<ThrottlePolicyLevel> bareLevel = std::nullopt);
    static QByteArray toApictlYaml(const ThrottlePolicy &policy);
    static QByteArray toApictlJson(const ThrottlePolicy &policy);
    static QByteArray toAdminJson(const ThrottlePolicy &policy);
    static inline const char *apictlVersion = "v4.2.0";
};

} // namespace Gatehouse
