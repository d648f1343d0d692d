#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace Gatehouse {

namespace {
bool runOpenssl(const QStringList &arguments, const QString &directory, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(directory);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl %1 failed: %2")
                         .arg(arguments.join(QLatin1Char(' ')),
                             QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}
} // namespace

std::optional<TestCertificates> TestCertificates::create(const QString &directory, QString *error)
{
    QDir().mkpath(directory);
    const auto path = [&](const char *name) { return QDir(directory).filePath(QLatin1String(name)); };
    QFile extensions(path("server.ext"));
    if (!extensions.open(QIODevice::WriteOnly))
        return std::nullopt;
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                     "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    extensions.close();
    const QList<QStringList> steps = {
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), path("ca.key"),
            QStringLiteral("-out"), path("ca.crt"), QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), QStringLiteral("/CN=Gatehouse Test CA") },
        { QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), path("server.key"), QStringLiteral("-out"),
            path("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost") },
        { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("server.csr"),
            QStringLiteral("-CA"), path("ca.crt"), QStringLiteral("-CAkey"), path("ca.key"),
            QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), path("server.crt"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), path("server.ext") },
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            path("other-ca.key"), QStringLiteral("-out"), path("other-ca.crt"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Unrelated CA") },
    };
    for (const QStringList &step : steps) {
        if (!runOpenssl(step, directory, error))
            return std::nullopt;
    }
    return TestCertificates { path("ca.crt"), path("ca.key"), path("server.crt"), path("server.key"),
        path("other-ca.crt") };
}

} // namespace Gatehouse
