#pragma once

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace RelayDesk {

// Frees an OpenSSL object with its own free function when the owning pointer goes.
template <typename T, void (*Free)(T*)> struct OpenSslDeleter
{
    void operator()(T* p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;

} // namespace RelayDesk
