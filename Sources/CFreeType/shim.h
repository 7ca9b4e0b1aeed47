#pragma once
// FreeType's headers are named through macros, and its flags and tests are macros Swift cannot see:
// the small wrappers below give Swift plain functions and constants.
#include <ft2build.h>
#include FT_FREETYPE_H

/// Loads and renders one glyph as an 8-bit anti-aliased bitmap; returns FreeType's error code.
static inline FT_Error copydesk_ft_render_glyph(FT_Face face, FT_UInt glyph) {
    return FT_Load_Glyph(face, glyph, FT_LOAD_RENDER | FT_LOAD_TARGET_NORMAL);
}

/// Whether the face carries a kerning table (`FT_HAS_KERNING`).
static inline int copydesk_ft_has_kerning(FT_Face face) {
    return FT_HAS_KERNING(face) ? 1 : 0;
}

/// The horizontal kerning between two glyphs in 26.6 pixels, or 0.
static inline FT_Pos copydesk_ft_kerning(FT_Face face, FT_UInt left, FT_UInt right) {
    FT_Vector delta = {0, 0};
    if (FT_Get_Kerning(face, left, right, FT_KERNING_DEFAULT, &delta) != 0) return 0;
    return delta.x;
}
