#include "securitytestkit.h"

#include "testtools.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

namespace Gatehouse::SecurityTestKit {

QString python()
{
    return TestTools::pythonWithJwt();
}

bool run(const QString &program, const QStringList &arguments, QByteArray *output, QString *error,
    const QByteArray &input)
{
    const QString executable = program.startsWith(u'/') ? program : QStandardPaths::findExecutable(program);
    if (executable.isEmpty()) {
        *error = QStringLiteral("%1 is not installed (it is in scripts/packages.sh)").arg(program);
        return false;
    }
    QProcess process;
    process.start(executable, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error
            = QStringLiteral("%1 %2 failed: %3")
                  .arg(program, arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

bool generateRsaKey(const QString &base, QString *error)
{
    return run(QStringLiteral("openssl"),
               { QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-out"),
                   base + QStringLiteral(".key") },
               nullptr, error)
        && run(QStringLiteral("openssl"),
            { QStringLiteral("pkey"), QStringLiteral("-in"), base + QStringLiteral(".key"),
                QStringLiteral("-pubout"), QStringLiteral("-out"), base + QStringLiteral(".pub") },
            nullptr, error);
}

bool generateEcKey(const QString &base, const QString &curve, QString *error)
{
    return run(QStringLiteral("openssl"),
               { QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:") + curve,
                   QStringLiteral("-out"), base + QStringLiteral(".key") },
               nullptr, error)
        && run(QStringLiteral("openssl"),
            { QStringLiteral("pkey"), QStringLiteral("-in"), base + QStringLiteral(".key"),
                QStringLiteral("-pubout"), QStringLiteral("-out"), base + QStringLiteral(".pub") },
            nullptr, error);
}

QByteArray pythonJwt(const QJsonObject &claims, const QString &privateKeyPath, const QString &algorithm,
    const QJsonObject &header, QString *error)
{
    static const QString script = QStringLiteral(
        "import jwt, json, sys\n"
        "claims = json.loads(sys.argv[1])\n"
        "key = open(sys.argv[2]).read()\n"
        "token = jwt.encode(claims, key, algorithm=sys.argv[3], headers=json.loads(sys.argv[4]))\n"
        "sys.stdout.write(token if isinstance(token, str) else token.decode())\n");
    QByteArray token;
    if (python().isEmpty()) {
        *error = QStringLiteral(
            "no python3 with the jwt module (Debian packages python3-jwt, python3-cryptography)");
        return {};
    }
    if (!run(python(),
            { QStringLiteral("-c"), script,
                QString::fromUtf8(QJsonDocument(claims).toJson(QJsonDocument::Compact)), privateKeyPath,
                algorithm, QString::fromUtf8(QJsonDocument(header).toJson(QJsonDocument::Compact)) },
            &token, error))
        return {};
    return token.trimmed();
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace Gatehouse::SecurityTestKit
