#pragma once

#include "config/throttleconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatehouse {

// One reason a throttle policy cannot be stored or deployed. `field` uses WSO2's admin JSON names
// ("defaultLimit.requestCount.unitTime", "conditionalGroups[0].conditions[1].ipCondition.startingIP"), so
// the same path points into an imported file, the CLI and the editor.
struct ThrottlePolicyProblem
{
    QString field;
    QString message;
    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

class ThrottlePolicyValidation
{
    Q_DECLARE_TR_FUNCTIONS(ThrottlePolicyValidation)
public:
    // Every rule at once: storing, importing and the editor all use this one function.
    static QList<ThrottlePolicyProblem> validate(const ThrottlePolicy &policy);
    static QStringList knownKeyTemplateVariables();
};

} // namespace Gatehouse
