#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Gatehouse::SecurityTestKit {

// A python3 with Debian's jwt and cryptography modules: one earlier in PATH (pyenv, a venv) may lack them,
// so /usr/bin is tried too. Empty when there is none.
QString python();

// Runs a program (a name looked up in PATH, or a path) to completion; the error names it and its stderr when
// it fails.
bool run(const QString &program, const QStringList &arguments, QByteArray *output, QString *error,
    const QByteArray &input = {});

// Key pairs made with the openssl command line: "<base>.key" (private) and "<base>.pub" (public PEM).
bool generateRsaKey(const QString &base, QString *error);
bool generateEcKey(const QString &base, const QString &curve, QString *error);

// A JWT made by python3-jwt (an independent implementation), or an empty array and an error.
QByteArray pythonJwt(const QJsonObject &claims, const QString &privateKeyPath, const QString &algorithm,
    const QJsonObject &header, QString *error);

qint64 now();

} // namespace Gatehouse::SecurityTestKit
