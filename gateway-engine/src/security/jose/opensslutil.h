#pragma once

// Private to the JOSE implementation: owning pointers for OpenSSL objects and small helpers around them.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

namespace Gatehouse::Jose::OpenSsl {

template<auto freeFunction> struct Deleter
{
    template<typename T> void operator()(T *object) const { freeFunction(object); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;
using ParamBuildPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;

// OpenSSL wants a valid pointer even for zero bytes.
inline const unsigned char *bytesOf(QByteArrayView view)
{
    static const unsigned char empty = 0;
    return view.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(view.data());
}

inline BioPtr readBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

inline QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

// The oldest queued OpenSSL error (which names the cause), and the queue emptied.
inline QString takeError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

inline QByteArray bignumBytes(const BIGNUM *number, int width = 0)
{
    const int size = width > 0 ? width : BN_num_bytes(number);
    QByteArray bytes(size, Qt::Uninitialized);
    const int written = width > 0
        ? BN_bn2binpad(number, reinterpret_cast<unsigned char *>(bytes.data()), width)
        : BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    return written == size ? bytes : QByteArray();
}

} // namespace Gatehouse::Jose::OpenSsl
