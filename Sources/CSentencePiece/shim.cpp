#include "cd_sentencepiece.h"

#include <sentencepiece_processor.h>

#include <cstring>
#include <new>
#include <string>
#include <vector>

struct cd_sp_model {
    sentencepiece::SentencePieceProcessor processor;
};

static void write_error(char *error, size_t capacity, const std::string &message) {
    if (error == nullptr || capacity == 0) return;
    size_t n = message.size() < capacity - 1 ? message.size() : capacity - 1;
    std::memcpy(error, message.data(), n);
    error[n] = '\0';
}

extern "C" cd_sp_model *cd_sp_load(const char *path, char *error, size_t error_capacity) {
    auto *model = new (std::nothrow) cd_sp_model();
    if (model == nullptr) {
        write_error(error, error_capacity, "out of memory");
        return nullptr;
    }
    try {
        const auto status = model->processor.Load(path);
        if (!status.ok()) {
            write_error(error, error_capacity, status.ToString());
            delete model;
            return nullptr;
        }
    } catch (const std::exception &e) {
        write_error(error, error_capacity, e.what());
        delete model;
        return nullptr;
    }
    return model;
}

extern "C" void cd_sp_free(cd_sp_model *model) { delete model; }

extern "C" int32_t cd_sp_vocab_size(const cd_sp_model *model) {
    return model->processor.GetPieceSize();
}

// Unicode scalars in a UTF-8 string: bytes that do not continue a sequence.
static size_t scalar_count(const std::string &s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

extern "C" long cd_sp_encode(const cd_sp_model *model, const char *text, size_t length, int32_t *ids,
                             size_t capacity) {
    std::vector<int32_t> out;
    try {
        const auto &sp = model->processor;
        const auto spt = sp.EncodeAsImmutableProto(absl::string_view(text, length));
        const int unk = sp.unk_id();
        out.reserve(spt.pieces_size() + 2);
        out.push_back(sp.bos_id());
        for (const auto &piece : spt.pieces()) {
            const int id = static_cast<int>(piece.id());
            if (id == unk) {
                // Encode merges a run of unknown characters into one piece (for decoding); the
                // lattice has one unknown node per character, as the model was run on.
                size_t n = scalar_count(piece.piece());
                out.insert(out.end(), n == 0 ? 1 : n, unk);
            } else {
                out.push_back(id);
            }
        }
        if (out.size() == 1) out.push_back(unk);
        out.push_back(sp.eos_id());
    } catch (const std::exception &) {
        return -1;
    }
    const size_t n = out.size() < capacity ? out.size() : capacity;
    if (n > 0) std::memcpy(ids, out.data(), n * sizeof(int32_t));
    return static_cast<long>(out.size());
}
