#pragma once
// ICU's C names are versioned macros (ubrk_open is ubrk_open_72), which Swift cannot call; these
// static inline wrappers give Swift plain names. ICU's own headers are deliberately not included:
// Foundation ships its own ICU module whose UErrorCode, UText, … clash with the system's in one
// Swift module. Only uvernum.h (macros, no types) is used, to spell the versioned symbol names,
// and the handful of functions are declared here with ABI-identical plain C types.
#include <stdint.h>
#include <unicode/uvernum.h>

#define CICU_ENTRY(name) U_ICU_ENTRY_POINT_RENAME(name)

// Declarations matching ICU's (enums are int, UChar is uint16_t, handles are opaque).
extern void *CICU_ENTRY(ubrk_open)(int type, const char *locale, const uint16_t *text, int32_t textLength, int *status);
extern void CICU_ENTRY(ubrk_close)(void *bi);
extern void CICU_ENTRY(ubrk_setUText)(void *bi, void *text, int *status);
extern int32_t CICU_ENTRY(ubrk_first)(void *bi);
extern int32_t CICU_ENTRY(ubrk_next)(void *bi);
extern int32_t CICU_ENTRY(ubrk_getRuleStatus)(void *bi);
extern void *CICU_ENTRY(utext_openUTF8)(void *ut, const char *s, int64_t length, int *status);
extern void *CICU_ENTRY(utext_close)(void *ut);

/// UBRK_WORD.
static const int cicu_word = 1;
/// UBRK_DONE.
static const int32_t cicu_done = -1;

/// Opens a word break iterator for `locale` (no text yet); `*status` > 0 on failure.
static inline void *cicu_ubrk_open_word(const char *locale, int *status) {
    return CICU_ENTRY(ubrk_open)(cicu_word, locale, 0, 0, status);
}

static inline void cicu_ubrk_close(void *bi) { CICU_ENTRY(ubrk_close)(bi); }

static inline void cicu_ubrk_setUText(void *bi, void *text, int *status) { CICU_ENTRY(ubrk_setUText)(bi, text, status); }

static inline int32_t cicu_ubrk_first(void *bi) { return CICU_ENTRY(ubrk_first)(bi); }

/// The next boundary, or `cicu_done`.
static inline int32_t cicu_ubrk_next(void *bi) { return CICU_ENTRY(ubrk_next)(bi); }

/// The rule status of the last boundary: none (0-99), number (100-199), letter (200-299), kana (300-399), ideographic (400-499).
static inline int32_t cicu_ubrk_getRuleStatus(void *bi) { return CICU_ENTRY(ubrk_getRuleStatus)(bi); }

/// Opens (or, with `reuse`, re-targets) a UText over UTF-8 bytes; its indices are byte offsets.
static inline void *cicu_utext_openUTF8(void *reuse, const char *bytes, int64_t length, int *status) {
    return CICU_ENTRY(utext_openUTF8)(reuse, bytes, length, status);
}

static inline void *cicu_utext_close(void *text) { return CICU_ENTRY(utext_close)(text); }
