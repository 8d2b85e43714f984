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
 * kept in a minimal EXIF of its own.
 *
 * Each function comes for a buffer and for a file descriptor, over one
 * parser: the _fd forms read through a 128 KiB window and write in 64 KiB
 * pieces, so their memory does not grow with the file. They read the
 * input from offset 0 and write at the output's current offset; they do
 * not close either. */
#ifndef DVC_IMAGE_H
#define DVC_IMAGE_H

#include <stddef.h>

#include "core/buf.h"

enum img_type { IMG_NONE, IMG_JPEG, IMG_PNG, IMG_TIFF };

/* What the functions below return besides 0. */
enum img_status {
	IMG_MALFORMED = -1,	/* not the format, or broken or truncated */
	IMG_TRAILING = -2,	/* bytes after the end (JPEG EOI, PNG IEND) */
	IMG_IO = -3		/* a read or write failed */
};

struct img_info {
	enum img_type type;
	unsigned long width, height;
};

/* Type and dimensions from the header alone (PNG IHDR, JPEG SOFn, TIFF
 * first IFD). Returns 0, or -1 if p is none of them or its header is
 * malformed or truncated. */
int image_probe(const unsigned char *p, size_t n, struct img_info *out);
/* The same from a file. A TIFF's first IFD is often after the image data:
 * reaching it reads the file but keeps only the window. */
int image_probe_fd(int fd, struct img_info *out);

/* The JPEG without APP0 other than JFIF, APP1-APP15 (except an ICC
 * profile in APP2 and Adobe's APP14, which decide its colours) and COM
 * segments, before and between scans; an EXIF orientation other than 1 is
 * kept in a minimal EXIF. The entropy-coded data is parsed only to find
 * where it ends. Returns 0, IMG_MALFORMED (no EOI: truncated),
 * IMG_TRAILING (anything after EOI, where polyglots and appended archives
 * live) or IMG_IO; out is unspecified unless 0. */
int jpeg_strip(const unsigned char *p, size_t n, struct buf *out);
int jpeg_strip_fd(int in, int out);

/* The PNG with only the chunks an image needs: the critical ones and those
 * about colour and pixel size (tRNS gAMA cHRM sRGB iCCP sBIT pHYs bKGD
 * cICP), copied as they are; text, time, EXIF and every other chunk go.
 * An unknown critical chunk is IMG_MALFORMED; otherwise returns as
 * jpeg_strip, IMG_TRAILING for anything after IEND. */
int png_strip(const unsigned char *p, size_t n, struct buf *out);
int png_strip_fd(int in, int out);

#endif
