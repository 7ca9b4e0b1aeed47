#include "cd_kernels.h"

#include <math.h>
#include <string.h>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

void cd_pack(const float *b, size_t inner, size_t cols, float *packed) {
    for (size_t p = 0; p < cols / CD_PANEL; p++)
        for (size_t k = 0; k < inner; k++)
            memcpy(packed + (p * inner + k) * CD_PANEL, b + k * cols + p * CD_PANEL, CD_PANEL * sizeof(float));
}

// The portable path: the same chain of correctly rounded fused multiply-adds.
void cd_matmul_portable(const float *a, size_t rows, size_t inner, size_t lda, const float *packed,
                            size_t cols, const float *bias, float *c, size_t ldc) {
    for (size_t r = 0; r < rows; r++) {
        const float *ar = a + r * lda;
        for (size_t p = 0; p < cols / CD_PANEL; p++) {
            const float *panel = packed + p * inner * CD_PANEL;
            float acc[CD_PANEL] = {0};
            for (size_t k = 0; k < inner; k++)
                for (size_t j = 0; j < CD_PANEL; j++) acc[j] = fmaf(ar[k], panel[k * CD_PANEL + j], acc[j]);
            for (size_t j = 0; j < CD_PANEL; j++)
                c[r * ldc + p * CD_PANEL + j] = bias ? acc[j] + bias[p * CD_PANEL + j] : acc[j];
        }
    }
}

#if defined(__x86_64__)
#define BLOCK_ROWS 6

// `n` (at most BLOCK_ROWS) rows of a against one panel: 2 x n accumulators of 8 floats. Inlined
// into panel_avx2 twice: with n = BLOCK_ROWS the loops unroll and the accumulators stay in registers.
__attribute__((target("avx2,fma"), always_inline)) static inline void rows_avx2(const float *a, size_t n, size_t inner,
                                                                                size_t lda, const float *panel,
                                                                                const float *bias, float *c, size_t ldc) {
    __m256 lo[BLOCK_ROWS], hi[BLOCK_ROWS];
    for (size_t r = 0; r < BLOCK_ROWS; r++) lo[r] = hi[r] = _mm256_setzero_ps();
    for (size_t k = 0; k < inner; k++) {
        const __m256 b0 = _mm256_loadu_ps(panel + k * CD_PANEL);
        const __m256 b1 = _mm256_loadu_ps(panel + k * CD_PANEL + 8);
        for (size_t r = 0; r < n; r++) {
            const __m256 x = _mm256_broadcast_ss(a + r * lda + k);
            lo[r] = _mm256_fmadd_ps(x, b0, lo[r]);
            hi[r] = _mm256_fmadd_ps(x, b1, hi[r]);
        }
    }
    const __m256 bias0 = bias ? _mm256_loadu_ps(bias) : _mm256_setzero_ps();
    const __m256 bias1 = bias ? _mm256_loadu_ps(bias + 8) : _mm256_setzero_ps();
    for (size_t r = 0; r < n; r++) {
        _mm256_storeu_ps(c + r * ldc, bias ? _mm256_add_ps(lo[r], bias0) : lo[r]);
        _mm256_storeu_ps(c + r * ldc + 8, bias ? _mm256_add_ps(hi[r], bias1) : hi[r]);
    }
}

__attribute__((target("avx2,fma"))) static void panel_avx2(const float *a, size_t n, size_t inner, size_t lda,
                                                           const float *panel, const float *bias, float *c,
                                                           size_t ldc) {
    if (n == BLOCK_ROWS)
        rows_avx2(a, BLOCK_ROWS, inner, lda, panel, bias, c, ldc);
    else
        rows_avx2(a, n, inner, lda, panel, bias, c, ldc);
}

__attribute__((target("avx2,fma"))) static void matmul_avx2(const float *a, size_t rows, size_t inner,
                                                            size_t lda, const float *packed, size_t cols,
                                                            const float *bias, float *c, size_t ldc) {
    for (size_t r = 0; r < rows; r += BLOCK_ROWS) {
        const size_t n = rows - r < BLOCK_ROWS ? rows - r : BLOCK_ROWS;
        for (size_t p = 0; p < cols / CD_PANEL; p++)
            panel_avx2(a + r * lda, n, inner, lda, packed + p * inner * CD_PANEL, bias ? bias + p * CD_PANEL : NULL,
                       c + r * ldc + p * CD_PANEL, ldc);
    }
}
#endif

void cd_matmul(const float *a, size_t rows, size_t inner, size_t lda, const float *packed, size_t cols,
               const float *bias, float *c, size_t ldc) {
#if defined(__x86_64__)
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
        matmul_avx2(a, rows, inner, lda, packed, cols, bias, c, ldc);
        return;
    }
#endif
    cd_matmul_portable(a, rows, inner, lda, packed, cols, bias, c, ldc);
}
