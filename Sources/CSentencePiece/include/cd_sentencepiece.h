#ifndef CD_SENTENCEPIECE_H
#define CD_SENTENCEPIECE_H
// A C face for Debian's libsentencepiece (a C++ library), for the sentence encoder's tokenizer.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A loaded SentencePiece model; thread-safe for encoding once loaded.
typedef struct cd_sp_model cd_sp_model;

/// Loads the model at `path`; on failure returns NULL and writes a message to `error`.
cd_sp_model *cd_sp_load(const char *path, char *error, size_t error_capacity);
void cd_sp_free(cd_sp_model *model);
/// The number of pieces in the vocabulary.
int32_t cd_sp_vocab_size(const cd_sp_model *model);

/// The piece ids of `length` bytes of UTF-8 `text`, between the BOS and EOS ids, as the unigram
/// model's Viterbi path gives them: one unknown id per unknown character (the library merges a
/// run of unknown characters into one piece; this splits it again), and one unknown id for a text
/// that normalises to nothing. Writes at most `capacity` ids and returns how many there are, so a
/// result larger than `capacity` asks for a second call with room for it; -1 if encoding failed.
long cd_sp_encode(const cd_sp_model *model, const char *text, size_t length, int32_t *ids, size_t capacity);

#ifdef __cplusplus
}
#endif

#endif
