#ifndef CD_KERNELS_H
#define CD_KERNELS_H
// The sentence encoder's matrix product, the one hot loop worth hand-vectorising.

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Columns per panel of a packed matrix: `cols` must be a multiple of it.
#define CD_PANEL 16

/// Rearranges a row-major `inner` x `cols` matrix into panels of CD_PANEL columns, each panel
/// `inner` rows of CD_PANEL floats, so the product reads it front to back.
void cd_pack(const float *b, size_t inner, size_t cols, float *packed);

/// c = a b + bias, where a is `rows` x `inner` (row stride `lda`), b was packed by cd_pack and c is
/// `rows` x `cols` (row stride `ldc`); `bias` (`cols` floats) may be NULL.
///
/// Each output is a fused multiply-add chain over k = 0..inner-1 in order, then the bias: the same
/// bits whatever the row count or blocking, on every run, and on machines without AVX2 and FMA too
/// (there fmaf, correctly rounded, computes the same chain, only slower).
void cd_matmul(const float *a, size_t rows, size_t inner, size_t lda, const float *packed, size_t cols,
               const float *bias, float *c, size_t ldc);

/// cd_matmul's portable path, whatever the machine: for tests that hold the two paths to the same bits.
void cd_matmul_portable(const float *a, size_t rows, size_t inner, size_t lda, const float *packed, size_t cols,
                        const float *bias, float *c, size_t ldc);

#ifdef __cplusplus
}
#endif

#endif
