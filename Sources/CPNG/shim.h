#pragma once
// libpng's simplified `png_image` API: no setjmp/longjmp reaches Swift, and errors come back as a
// message in the image struct instead of a call to exit().
#include <stdlib.h>
#include <string.h>
#include <png.h>

/// Encodes 8-bit RGB pixels (rows of width*3 bytes) as PNG into a malloc'd buffer the caller frees.
/// Returns 0 on success; otherwise 1 and a message copied into `message` (at least 64 bytes).
static inline int copydesk_png_encode_rgb(const unsigned char *rgb, unsigned int width, unsigned int height,
                                          unsigned char **out, size_t *outSize, char *message, size_t messageSize) {
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    image.width = width;
    image.height = height;
    image.format = PNG_FORMAT_RGB;
    *out = NULL;
    *outSize = 0;
    size_t size = 0;
    // First pass: ask for the size, then write into a buffer of exactly that size.
    if (!png_image_write_to_memory(&image, NULL, &size, 0, rgb, 0, NULL)) goto failed;
    unsigned char *buffer = malloc(size);
    if (buffer == NULL) {
        strncpy(message, "out of memory", messageSize - 1);
        message[messageSize - 1] = 0;
        png_image_free(&image);
        return 1;
    }
    if (!png_image_write_to_memory(&image, buffer, &size, 0, rgb, 0, NULL)) {
        free(buffer);
        goto failed;
    }
    *out = buffer;
    *outSize = size;
    png_image_free(&image);
    return 0;
failed:
    strncpy(message, image.message, messageSize - 1);
    message[messageSize - 1] = 0;
    png_image_free(&image);
    return 1;
}

/// Decodes a PNG in memory to 8-bit RGB (for tests and checks); the caller frees `*out`.
static inline int copydesk_png_decode_rgb(const unsigned char *data, size_t size, unsigned int *width,
                                          unsigned int *height, unsigned char **out, char *message, size_t messageSize) {
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    *out = NULL;
    if (!png_image_begin_read_from_memory(&image, data, size)) goto failed;
    image.format = PNG_FORMAT_RGB;
    unsigned char *buffer = malloc(PNG_IMAGE_SIZE(image));
    if (buffer == NULL) { png_image_free(&image); return 1; }
    if (!png_image_finish_read(&image, NULL, buffer, 0, NULL)) { free(buffer); goto failed; }
    *width = image.width;
    *height = image.height;
    *out = buffer;
    return 0;
failed:
    strncpy(message, image.message, messageSize - 1);
    message[messageSize - 1] = 0;
    png_image_free(&image);
    return 1;
}
