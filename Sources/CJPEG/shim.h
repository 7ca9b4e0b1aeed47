#pragma once
// libjpeg's default error handler prints and calls exit(), and `jpeg_create_compress` is a macro.
// The whole encode runs in one C function below: its error manager records the message and
// longjmps back into that same function, so no setjmp frame ever spans Swift code.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jpeglib.h>

struct copydesk_jpeg_error {
    struct jpeg_error_mgr manager;
    jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

static void copydesk_jpeg_error_exit(j_common_ptr info) {
    struct copydesk_jpeg_error *error = (struct copydesk_jpeg_error *)info->err;
    (*info->err->format_message)(info, error->message);
    longjmp(error->jump, 1);
}

static void copydesk_jpeg_output_message(j_common_ptr info) {
    (void)info; // warnings are not printed: the caller reports errors itself
}

/// Encodes 8-bit RGB pixels as a baseline JPEG into a malloc'd buffer the caller frees.
/// Returns 0 on success; otherwise 1 and libjpeg's message copied into `message`.
static inline int copydesk_jpeg_encode_rgb(const unsigned char *rgb, unsigned int width, unsigned int height,
                                           int quality, unsigned char **out, unsigned long *outSize,
                                           char *message, size_t messageSize) {
    struct jpeg_compress_struct info;
    struct copydesk_jpeg_error error;
    unsigned char *volatile buffer = NULL;
    unsigned long volatile size = 0;
    *out = NULL;
    *outSize = 0;
    memset(&error, 0, sizeof error);
    info.err = jpeg_std_error(&error.manager);
    error.manager.error_exit = copydesk_jpeg_error_exit;
    error.manager.output_message = copydesk_jpeg_output_message;
    if (setjmp(error.jump)) {
        jpeg_destroy_compress(&info);
        free(buffer);
        strncpy(message, error.message, messageSize - 1);
        message[messageSize - 1] = 0;
        return 1;
    }
    jpeg_CreateCompress(&info, JPEG_LIB_VERSION, sizeof(struct jpeg_compress_struct));
    jpeg_mem_dest(&info, (unsigned char **)&buffer, (unsigned long *)&size);
    info.image_width = width;
    info.image_height = height;
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = (JSAMPROW)(rgb + (size_t)info.next_scanline * width * 3);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    *out = buffer;
    *outSize = size;
    return 0;
}

/// Decodes a JPEG in memory to 8-bit RGB (for tests and checks); the caller frees `*out`.
static inline int copydesk_jpeg_decode_rgb(const unsigned char *data, unsigned long dataSize, unsigned int *width,
                                           unsigned int *height, unsigned char **out, char *message, size_t messageSize) {
    struct jpeg_decompress_struct info;
    struct copydesk_jpeg_error error;
    unsigned char *volatile buffer = NULL;
    *out = NULL;
    memset(&error, 0, sizeof error);
    info.err = jpeg_std_error(&error.manager);
    error.manager.error_exit = copydesk_jpeg_error_exit;
    error.manager.output_message = copydesk_jpeg_output_message;
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&info);
        free(buffer);
        strncpy(message, error.message, messageSize - 1);
        message[messageSize - 1] = 0;
        return 1;
    }
    jpeg_CreateDecompress(&info, JPEG_LIB_VERSION, sizeof(struct jpeg_decompress_struct));
    jpeg_mem_src(&info, data, dataSize);
    jpeg_read_header(&info, TRUE);
    info.out_color_space = JCS_RGB;
    jpeg_start_decompress(&info);
    size_t stride = (size_t)info.output_width * 3;
    buffer = malloc(stride * info.output_height);
    if (buffer == NULL) { jpeg_destroy_decompress(&info); return 1; }
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = buffer + (size_t)info.output_scanline * stride;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    *width = info.output_width;
    *height = info.output_height;
    jpeg_destroy_decompress(&info);
    *out = buffer;
    return 0;
}
