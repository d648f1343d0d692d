#pragma once

#include "workspace.h"

#include <QList>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace Gatehouse {

class WorkspacePrivate;

// The reads of the security store behind Workspace's public lists. Each answers nullopt (with lastError
// set) when the database could not be read, which the realm must not mistake for "none".
class SecurityReader
{
public:
    explicit SecurityReader(const WorkspacePrivate &d);

    // The outer optional says whether the read worked; the inner one whether there is a key manager yet.
    std::optional<std::optional<KeyManagerConfig>> keyManager() const;
    // where: an SQL condition on the applications table (alias a), with its bindings.
    std::optional<QList<ApplicationRecord>> applications(
        const QString &where = QStringLiteral("1"), const QVariantList &values = {}) const;
    // By id, else by name; nullopt with "no application named" in lastError when neither matches.
    std::optional<ApplicationRecord> application(const QString &nameOrId) const;
    std::optional<QList<BasicUser>> users() const;
    // Damaged rows are skipped with a message in *warnings.
    std::optional<QList<IssuerConfig>> issuers(QStringList *warnings) const;
    std::optional<QList<ClientCaRecord>> clientCas() const;

    static QString rolesJson(const QStringList &roles);
    static QStringList rolesFromJson(const QByteArray &json);

private:
    const WorkspacePrivate &d;
};

// A deferred transaction around several reads, so that they all see one snapshot of the file.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const WorkspacePrivate &d);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    bool isOpen() const { return m_open; }

private:
    const WorkspacePrivate &d;
    bool m_open;
};

} // namespace Gatehouse
