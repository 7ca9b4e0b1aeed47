#pragma once
// OpenSSL's libcrypto, for SHA-256 at hardware speed (SHA-NI). OpenSSL 3 deprecates SHA256_Init
// and friends, so these wrappers go through EVP; Swift sees only these few plain names.
#include <stddef.h>
#include <openssl/evp.h>

/// The SHA-256 of `count` bytes at `data` into `digest` (32 bytes); 1 on success.
static inline int ccrypto_sha256(const void *data, size_t count, unsigned char *digest) {
    return EVP_Digest(data, count, digest, NULL, EVP_sha256(), NULL);
}

/// A new SHA-256 context, ready for updates (NULL if out of memory).
static inline EVP_MD_CTX *ccrypto_sha256_new(void) {
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    if (context != NULL && EVP_DigestInit_ex(context, EVP_sha256(), NULL) != 1) {
        EVP_MD_CTX_free(context);
        return NULL;
    }
    return context;
}

/// A copy of `context` with the same state (NULL if out of memory).
static inline EVP_MD_CTX *ccrypto_sha256_copy(const EVP_MD_CTX *context) {
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    if (copy != NULL && EVP_MD_CTX_copy_ex(copy, context) != 1) {
        EVP_MD_CTX_free(copy);
        return NULL;
    }
    return copy;
}

static inline int ccrypto_sha256_update(EVP_MD_CTX *context, const void *data, size_t count) {
    return EVP_DigestUpdate(context, data, count);
}

/// Writes the 32-byte digest; the context takes no more updates afterwards.
static inline int ccrypto_sha256_final(EVP_MD_CTX *context, unsigned char *digest) {
    return EVP_DigestFinal_ex(context, digest, NULL);
}

static inline void ccrypto_sha256_free(EVP_MD_CTX *context) {
    EVP_MD_CTX_free(context);
}
