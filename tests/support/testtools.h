#pragma once

#include <QString>

namespace Gatehouse::TestTools {

// A python3 that can import `modules` (e.g. "jwt, cryptography"); empty when none can. One earlier in
// PATH (pyenv, a venv) may lack Debian's packages, so /usr/bin/python3 is tried too. Cached per modules.
QString pythonWith(const QString &modules);

// Debian's python3-jwt and python3-cryptography: PyJWT with RSA and EC support.
inline QString pythonWithJwt()
{
    return pythonWith(QStringLiteral("jwt, cryptography"));
}

} // namespace Gatehouse::TestTools
