#pragma once

#include "profilecompiler.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>
#include <optional>

namespace Gatehouse {

// The SQLite connection behind one Workspace: its own named QSqlDatabase connection,
// query helpers that record lastError, write transactions and row <-> record conversion.
class WorkspacePrivate
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::Workspace)
public:
    static constexpr int busyTimeoutMs = 5000;

    ~WorkspacePrivate();
    static std::unique_ptr<WorkspacePrivate> open(const QString &path, QString *error);

    // Runs one statement with positional bindings; nullopt (and lastError) on failure.
    std::optional<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    // First column of the first row (an invalid QVariant when there is no row); the statement is finished
    // at once, so it holds no read snapshot.
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;
    // BEGIN IMMEDIATE, body, COMMIT; ROLLBACK when the body or the commit fails. The body reports
    // its own failures through fail().
    bool write(const std::function<bool()> &body);
    bool fail(const QString &message) const;

    std::optional<ApiRecord> apiFromQuery(const QSqlQuery &query) const; // columns of apiColumns()
    static QString apiColumns();
    std::optional<ApiRecord> loadApi(const QString &id) const;
    std::optional<EnvironmentSettings> loadEnvironment(const QString &name) const;
    std::optional<ApiConfig> loadSnapshot(const QString &apiId, int revision) const;
    // Stored policies plus WSO2's defaults the workspace has not replaced (throttlepolicystore.cpp).
    std::vector<ThrottlePolicy> loadThrottlePolicies(QStringList *warnings) const;
    // What the profile checks of one API get: every advanced policy (an API or operation can name any) and
    // the subscription and application policies of the applications subscribed to it.
    std::vector<ThrottlePolicy> throttlePoliciesFor(
        const QString &apiId, const std::vector<ThrottlePolicy> &policies) const;
    // Inside write(): compiles every deployed revision again (of apiId, or of every API when apiId is
    // empty) for its environment's profile, so a change to subscriptions or policies cannot leave an
    // environment serving what its profile refuses. Fails with "<action>: <refusals>".
    bool recheckDeployments(const QString &apiId, const QString &action);
    std::optional<int> insertRevision(const QString &apiId); // inside write()
    // Inside write(): profile check, route conflict check, then the deployment row.
    std::optional<int> deployInTransaction(
        const QString &apiId, const EnvironmentSettings &environment, int revision, QStringList *warnings);
    const ProfileCompiler *profileCompiler() const; // nullptr + lastError when the matrix is unusable

    static QString timestamp(const QDateTime &time);
    static QDateTime parseTimestamp(const QString &text);
    static QString isImmutableMessage(const QString &environment);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_database;
    int m_schemaVersion = 0;
    qint64 m_ownCommits = 0;
    mutable QString m_lastError;
    mutable bool m_lastBusy = false; // the last statement failed on a lock, not on its content
    mutable std::optional<ProfileCompiler> m_profileCompiler;
};

} // namespace Gatehouse
