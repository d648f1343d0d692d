#include "security/jose/jose.h"

#include <array>

namespace Gatehouse::Jose {

namespace {

constexpr signed char invalid = -1;

constexpr std::array<signed char, 256> decodingTable()
{
    std::array<signed char, 256> table {};
    table.fill(invalid);
    constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int value = 0; value < 64; ++value)
        table[static_cast<unsigned char>(alphabet[value])] = static_cast<signed char>(value);
    return table;
}

constexpr std::array<signed char, 256> sextetOf = decodingTable();

} // namespace

QByteArray base64UrlEncode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Besides the alphabet and the length, the unused low bits of the last character must be zero: every
// byte string then has exactly one encoding, so a token cannot be re-spelled to dodge a hash of it.
std::optional<QByteArray> base64UrlDecode(QByteArrayView text)
{
    const qsizetype tail = text.size() % 4;
    if (tail == 1)
        return std::nullopt;
    QByteArray decoded;
    decoded.reserve(text.size() / 4 * 3 + 2);
    quint32 bits = 0;
    int bitCount = 0;
    for (char c : text) {
        const signed char sextet = sextetOf[static_cast<unsigned char>(c)];
        if (sextet == invalid)
            return std::nullopt;
        bits = (bits << 6) | quint32(sextet);
        bitCount += 6;
        if (bitCount >= 8) {
            bitCount -= 8;
            decoded.append(char((bits >> bitCount) & 0xff));
        }
    }
    if ((bits & ((1u << bitCount) - 1)) != 0)
        return std::nullopt;
    return decoded;
}

} // namespace Gatehouse::Jose
