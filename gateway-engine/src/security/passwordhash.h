#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Gatehouse::PasswordHash {

// Salted PBKDF2-HMAC-SHA256 (OpenSSL), stored as "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>".
// The default cost takes tens of milliseconds on purpose; the Basic Auth filter caches verified
// credentials briefly so the cost is paid once per user, not per request.
constexpr int defaultIterations = 210'000;
constexpr int minimumIterations = 1'000; // lower counts in a stored hash are refused, not trusted

QByteArray hash(QByteArrayView password, int iterations = defaultIterations);
// Constant-time comparison; false for a malformed stored hash or one below minimumIterations.
bool verify(QByteArrayView password, QByteArrayView storedHash);
bool isWellFormed(QByteArrayView storedHash);
// verify() for a credential whose owner may not exist: with an empty storedHash it does the same work
// against a dummy hash and returns false, so timing does not tell which user names or client ids exist.
bool verifyOrSpendEqualTime(QByteArrayView password, QByteArrayView storedHash);

} // namespace Gatehouse::PasswordHash
