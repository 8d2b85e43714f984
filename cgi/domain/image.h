/* Scanned images as uploads (submission issue): their size read from the
 * header before anything decodes them, and their metadata removed without
 * touching the picture.
 *
 * A "PNG claiming 65536 x 65536" is refused on its 33 header bytes, not
 * after a decoder has allocated 16 GiB. Stripping rewrites the container
 * only: JPEG segments and PNG chunks that carry text, places and times
 * (EXIF with GPS, XMP, IPTC, comments, tEXt...) are dropped; the
 * compressed image data is copied byte for byte, so nothing is lost. The
 * one piece of EXIF that changes how a photo looks, its orientation, is
 * kept in a minimal EXIF of its own. No I/O: buffers in, buffers out. */
#ifndef DVC_IMAGE_H
#define DVC_IMAGE_H

#include <stddef.h>

#include "core/buf.h"

enum img_type { IMG_NONE, IMG_JPEG, IMG_PNG, IMG_TIFF };

struct img_info {
	enum img_type type;
	unsigned long width, height;
};

/* Type and dimensions from the header alone (PNG IHDR, JPEG SOFn, TIFF
 * first IFD). Returns 0, or -1 if p is none of them or its header is
 * malformed or truncated. */
int image_probe(const unsigned char *p, size_t n, struct img_info *out);

/* The JPEG without APP1-APP15 (except an ICC profile in APP2 and Adobe's
 * APP14, which decide its colours) and COM segments; an EXIF orientation
 * other than 1 is kept in a minimal EXIF. Returns 0, or -1 if malformed
 * (out is then unspecified). */
int jpeg_strip(const unsigned char *p, size_t n, struct buf *out);

/* The PNG without its text, time and EXIF chunks (tEXt, zTXt, iTXt, tIME,
 * eXIf); every other chunk copied as it is. Returns 0 or -1. */
int png_strip(const unsigned char *p, size_t n, struct buf *out);

#endif
