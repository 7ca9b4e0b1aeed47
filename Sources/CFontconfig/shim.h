#pragma once
#include <stddef.h>
#include <fontconfig/fontconfig.h>
#include <fontconfig/fcfreetype.h>

// FcPatternGet* are plain functions, but the property names are macros (FC_FILE, FC_INDEX, ...):
// Swift sees string macros, yet the helpers below keep the call sites short and typed.

/// The file of a matched pattern, or NULL.
static inline const char *copydesk_fc_file(FcPattern *pattern) {
    FcChar8 *file = NULL;
    if (FcPatternGetString(pattern, FC_FILE, 0, &file) != FcResultMatch) return NULL;
    return (const char *)file;
}

/// The face index of a matched pattern (0 when absent).
static inline int copydesk_fc_index(FcPattern *pattern) {
    int index = 0;
    if (FcPatternGetInteger(pattern, FC_INDEX, 0, &index) != FcResultMatch) return 0;
    return index;
}

/// The family name of a matched pattern, or NULL.
static inline const char *copydesk_fc_family(FcPattern *pattern) {
    FcChar8 *family = NULL;
    if (FcPatternGetString(pattern, FC_FAMILY, 0, &family) != FcResultMatch) return NULL;
    return (const char *)family;
}

/// Whether the matched font's charset covers the code point.
static inline int copydesk_fc_has_char(FcPattern *pattern, unsigned int codepoint) {
    FcCharSet *set = NULL;
    if (FcPatternGetCharSet(pattern, FC_CHARSET, 0, &set) != FcResultMatch) return 0;
    return FcCharSetHasChar(set, codepoint) ? 1 : 0;
}
