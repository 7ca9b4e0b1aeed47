#pragma once
// ICU's C names are versioned macros (ubrk_open is ubrk_open_72): Swift calls these wrappers.
#include <unicode/ubrk.h>
#include <unicode/utext.h>
