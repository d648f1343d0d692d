#include "revokecommand.h"

#include "console.h"
#include "exitcode.h"
#include "security/jose/jose.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonValue>

namespace Gatehouse {

namespace {

constexpr qint64 maximumTokenBytes = 64 * 1024;

QString expiryText(qint64 expiresAt)
{
    return expiresAt == 0 ? RevokeCommand::tr("never expires")
                          : RevokeCommand::tr("expires %1")
                                .arg(QDateTime::fromSecsSinceEpoch(expiresAt).toUTC().toString(Qt::ISODate));
}

// A JWT is revoked by its jti (or, without one, by its hash) until its exp; anything else by its hash.
RevokedToken revocationFor(const QByteArray &token)
{
    RevokedToken revoked;
    QString ignored;
    const std::optional<Jose::CompactJws> jws = Jose::parseCompact(token, &ignored, int(maximumTokenBytes));
    if (jws) {
        revoked.jti = jws->claims.value(QStringLiteral("jti")).toString().toUtf8();
        const QJsonValue exp = jws->claims.value(QStringLiteral("exp"));
        if (exp.isDouble() && exp.toDouble() > 0)
            revoked.expiresAt = qint64(exp.toDouble());
    }
    if (revoked.jti.isEmpty())
        revoked.tokenSha256 = Jose::sha256Hex(token);
    return revoked;
}

} // namespace

QString RevokeCommand::summary() const
{
    return tr(
        "Revoke a token or API key (TOKEN, or - to read it from standard input), or a token id with --jti.");
}

void RevokeCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(
        QStringLiteral("TOKEN"), tr("The token (JWT or opaque), or - for standard input."));
    parser.addOption(QCommandLineOption(QStringLiteral("jti"), tr("Revoke by token id instead."), tr("JTI")));
    parser.addOption(QCommandLineOption(QStringLiteral("expires"),
        tr("With --jti: when the token expires (seconds since 1970), after which the entry is dropped."),
        tr("EPOCH")));
}

int RevokeCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positionals = parser.positionalArguments();
    const bool byJti = parser.isSet(QStringLiteral("jti"));
    if (byJti == !positionals.isEmpty())
        return usageError(tr("give either a TOKEN or --jti JTI"));
    if (parser.isSet(QStringLiteral("expires")) && !byJti)
        return usageError(tr("--expires goes with --jti (a JWT carries its own expiry)"));

    RevokedToken revoked;
    if (byJti) {
        revoked.jti = parser.value(QStringLiteral("jti")).toUtf8();
        if (revoked.jti.isEmpty())
            return usageError(tr("--jti needs a token id"));
        if (parser.isSet(QStringLiteral("expires"))) {
            bool ok = false;
            revoked.expiresAt = parser.value(QStringLiteral("expires")).toLongLong(&ok);
            if (!ok || revoked.expiresAt < 0)
                return usageError(tr("invalid --expires '%1' (expected seconds since 1970)")
                                      .arg(parser.value(QStringLiteral("expires"))));
        }
    } else {
        QByteArray token = positionals.constFirst().toUtf8();
        if (token == "-") {
            QFile input;
            token = input.open(stdin, QIODevice::ReadOnly) ? input.read(maximumTokenBytes).trimmed()
                                                           : QByteArray();
        }
        if (token.isEmpty())
            return usageError(tr("the token is empty"));
        revoked = revocationFor(token);
    }

    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    if (revoked.expiresAt > 0 && revoked.expiresAt <= QDateTime::currentSecsSinceEpoch()) {
        Console::printLine(
            tr("The token has already expired (%1); there is nothing to revoke.")
                .arg(QDateTime::fromSecsSinceEpoch(revoked.expiresAt).toUTC().toString(Qt::ISODate)));
        return ExitOk;
    }
    if (!workspace->revoke(revoked))
        return failure(tr("cannot revoke the token: %1").arg(workspace->lastError()));
    if (!revoked.jti.isEmpty())
        Console::printLine(tr("Revoked token id %1 (%2)")
                               .arg(QString::fromUtf8(revoked.jti), expiryText(revoked.expiresAt)));
    else
        Console::printLine(tr("Revoked the token with SHA-256 %1 (%2)")
                               .arg(QString::fromLatin1(revoked.tokenSha256), expiryText(revoked.expiresAt)));
    return ExitOk;
}

} // namespace Gatehouse
