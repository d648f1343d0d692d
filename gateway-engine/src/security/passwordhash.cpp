#include "passwordhash.h"

#include <QList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <optional>

namespace Gatehouse::PasswordHash {

namespace {

constexpr QByteArrayView scheme = "pbkdf2-sha256";
constexpr int saltBytes = 16;
constexpr int hashBytes = 32;
// Above this a stored hash would tie up a thread for minutes: refused like a malformed one.
constexpr int maximumIterations = 10'000'000;

struct StoredHash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

const unsigned char *bytesOf(QByteArrayView view)
{
    static const unsigned char empty = 0;
    return view.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(view.data());
}

std::optional<int> parseIterations(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 9 || text.front() == '0')
        return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value < minimumIterations || value > maximumIterations)
        return std::nullopt;
    return value;
}

// Only the exact encoding this file writes is accepted, so one hash has one spelling.
std::optional<QByteArray> decodeBase64(QByteArrayView text, int expectedBytes)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedBytes || decoded.decoded.toBase64() != text)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<StoredHash> parse(QByteArrayView storedHash)
{
    const QList<QByteArray> fields = storedHash.toByteArray().split('$');
    if (fields.size() != 4 || fields[0] != scheme)
        return std::nullopt;
    const std::optional<int> iterations = parseIterations(fields[1]);
    const std::optional<QByteArray> salt = decodeBase64(fields[2], saltBytes);
    const std::optional<QByteArray> hash = decodeBase64(fields[3], hashBytes);
    if (!iterations || !salt || !hash)
        return std::nullopt;
    return StoredHash { *iterations, *salt, *hash };
}

QByteArray derive(QByteArrayView password, QByteArrayView salt, int iterations)
{
    QByteArray derived(hashBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char *>(bytesOf(password)), int(password.size()),
            bytesOf(salt), int(salt.size()), iterations, EVP_sha256(), hashBytes,
            reinterpret_cast<unsigned char *>(derived.data()))
        != 1)
        return {};
    return derived;
}

} // namespace

QByteArray hash(QByteArrayView password, int iterations)
{
    iterations = qBound(minimumIterations, iterations, maximumIterations);
    QByteArray salt(saltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), saltBytes) != 1)
        return {};
    const QByteArray derived = derive(password, salt, iterations);
    if (derived.isEmpty())
        return {};
    return scheme.toByteArray() + '$' + QByteArray::number(iterations) + '$' + salt.toBase64() + '$'
        + derived.toBase64();
}

bool verify(QByteArrayView password, QByteArrayView storedHash)
{
    const std::optional<StoredHash> stored = parse(storedHash);
    if (!stored)
        return false;
    const QByteArray derived = derive(password, stored->salt, stored->iterations);
    return derived.size() == stored->hash.size()
        && CRYPTO_memcmp(derived.constData(), stored->hash.constData(), size_t(derived.size())) == 0;
}

bool isWellFormed(QByteArrayView storedHash)
{
    return parse(storedHash).has_value();
}

bool verifyOrSpendEqualTime(QByteArrayView password, QByteArrayView storedHash)
{
    static const QByteArray dummyHash = hash("no such user", defaultIterations);
    if (storedHash.isEmpty()) {
        verify(password, dummyHash);
        return false;
    }
    return verify(password, storedHash);
}

} // namespace Gatehouse::PasswordHash
