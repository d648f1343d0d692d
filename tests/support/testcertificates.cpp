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

bool writeFile(const QString &path, const QByteArray &contents, QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size())
        return true;
    if (error)
        *error = QStringLiteral("cannot write %1").arg(path);
    return false;
}

// "openssl ca" rather than "openssl x509 -req": only it sets arbitrary validity dates with OpenSSL 3.0.
QByteArray clientPkiConfiguration(const QString &directory)
{
    return QByteArrayLiteral("[ req ]\n"
                             "distinguished_name = req_name\n"
                             "prompt = no\n"
                             "[ req_name ]\n"
                             "CN = unused\n"
                             "[ ca_ext ]\n"
                             "basicConstraints = critical,CA:TRUE\n"
                             "keyUsage = critical,keyCertSign,cRLSign\n"
                             "subjectKeyIdentifier = hash\n"
                             "[ client_ext ]\n"
                             "basicConstraints = CA:FALSE\n"
                             "keyUsage = critical,digitalSignature\n"
                             "extendedKeyUsage = clientAuth\n"
                             "[ ca ]\n"
                             "default_ca = client_ca\n"
                             "[ client_ca ]\n"
                             "dir = ")
        + directory.toUtf8()
        + QByteArrayLiteral("\n"
                            "database = $dir/index.txt\n"
                            "new_certs_dir = $dir\n"
                            "serial = $dir/serial.txt\n"
                            "default_md = sha256\n"
                            "policy = client_policy\n"
                            "unique_subject = no\n"
                            "copy_extensions = none\n"
                            "[ client_policy ]\n"
                            "commonName = supplied\n"
                            "organizationName = optional\n");
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

std::optional<TestClientCertificates> TestClientCertificates::create(const QString &directory, QString *error)
{
    QDir().mkpath(directory);
    const auto path = [&](const char *name) { return QDir(directory).filePath(QLatin1String(name)); };
    if (!writeFile(path("client-pki.cnf"), clientPkiConfiguration(directory), error)
        || !writeFile(path("index.txt"), QByteArray(), error)
        || !writeFile(path("serial.txt"), "1000\n", error))
        return std::nullopt;
    const QString config = path("client-pki.cnf");
    const auto makeCa = [&](const char *key, const char *certificate, const QString &subject) {
        return QStringList { QStringLiteral("req"), QStringLiteral("-config"), config,
            QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), path(key), QStringLiteral("-out"), path(certificate),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), subject,
            QStringLiteral("-extensions"), QStringLiteral("ca_ext") };
    };
    const auto signWithClientCa = [&](const char *certificate, const QString &subject,
                                      const QStringList &validity) {
        return QStringList { QStringLiteral("ca"), QStringLiteral("-config"), config,
            QStringLiteral("-batch"), QStringLiteral("-notext"), QStringLiteral("-cert"),
            path("client-ca.crt"), QStringLiteral("-keyfile"), path("client-ca.key"), QStringLiteral("-in"),
            path("client.csr"), QStringLiteral("-out"), path(certificate), QStringLiteral("-subj"), subject,
            QStringLiteral("-extensions"), QStringLiteral("client_ext") }
        + validity;
    };
    const QList<QStringList> steps = {
        makeCa("client-ca.key", "client-ca.crt", QStringLiteral("/CN=Gatehouse Test Client CA")),
        makeCa("foreign-ca.key", "foreign-ca.crt", QStringLiteral("/CN=Unrelated Client CA")),
        { QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"),
            path("client.key") },
        { QStringLiteral("req"), QStringLiteral("-config"), config, QStringLiteral("-new"),
            QStringLiteral("-key"), path("client.key"), QStringLiteral("-out"), path("client.csr"),
            QStringLiteral("-subj"), QStringLiteral("/CN=Client") },
        signWithClientCa("client-valid.crt", QStringLiteral("/CN=Valid Client/O=Gatehouse Tests"),
            { QStringLiteral("-days"), QStringLiteral("2") }),
        signWithClientCa("client-expired.crt", QStringLiteral("/CN=Expired Client"),
            { QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                QStringLiteral("20200131000000Z") }),
        signWithClientCa("client-not-yet-valid.crt", QStringLiteral("/CN=Future Client"),
            { QStringLiteral("-startdate"), QStringLiteral("20990101000000Z"), QStringLiteral("-enddate"),
                QStringLiteral("20991231000000Z") }),
        { QStringLiteral("req"), QStringLiteral("-config"), config, QStringLiteral("-new"),
            QStringLiteral("-key"), path("client.key"), QStringLiteral("-out"), path("foreign.csr"),
            QStringLiteral("-subj"), QStringLiteral("/CN=Foreign Client") },
        { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("foreign.csr"),
            QStringLiteral("-CA"), path("foreign-ca.crt"), QStringLiteral("-CAkey"), path("foreign-ca.key"),
            QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), path("client-foreign.crt"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), config,
            QStringLiteral("-extensions"), QStringLiteral("client_ext") },
    };
    for (const QStringList &step : steps) {
        if (!runOpenssl(step, directory, error))
            return std::nullopt;
    }
    return TestClientCertificates { path("client-ca.crt"), path("client-ca.key"), path("client-valid.crt"),
        path("client-expired.crt"), path("client-not-yet-valid.crt"), path("client-foreign.crt"),
        path("foreign-ca.crt"), path("client.key") };
}

} // namespace Gatehouse
