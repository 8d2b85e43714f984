#include "config.h"

#include <string.h>

#include "core/buf.h"
#include "domain/image.h"

static unsigned long
be16(const unsigned char *p)
{
	return (unsigned long)p[0] << 8 | p[1];
}

static unsigned long
be32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 |
	    (unsigned long)p[2] << 8 | p[3];
}

/* TIFF numbers in the file's own byte order. */
static unsigned long
t16(const unsigned char *p, int le)
{
	return le ? (unsigned long)p[1] << 8 | p[0] : be16(p);
}

static unsigned long
t32(const unsigned char *p, int le)
{
	return le ? (unsigned long)p[3] << 24 | (unsigned long)p[2] << 16 |
	    (unsigned long)p[1] << 8 | p[0] : be32(p);
}

static const unsigned char png_sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

/* The value of a SHORT or LONG tag in the first IFD of a TIFF structure
 * (a TIFF file, or the inside of an EXIF segment); -1 if absent. */
static long
tiff_tag(const unsigned char *t, size_t n, unsigned tag)
{
	unsigned long ifd, count, i;
	int le;

	if (n < 8)
		return -1;
	if (memcmp(t, "II*\0", 4) == 0)
		le = 1;
	else if (memcmp(t, "MM\0*", 4) == 0)
		le = 0;
	else
		return -1;
	ifd = t32(t + 4, le);
	if (ifd < 8 || ifd > n - 2)
		return -1;
	count = t16(t + ifd, le);
	if (count > (n - ifd - 2) / 12)
		return -1;
	for (i = 0; i < count; i++) {
		const unsigned char *e = t + ifd + 2 + 12 * i;

		if (t16(e, le) != tag)
			continue;
		switch (t16(e + 2, le)) {
		case 3:		/* SHORT, in the first two bytes of the value */
			return (long)t16(e + 8, le);
		case 4:		/* LONG */
			return (long)t32(e + 8, le);
		default:
			return -1;
		}
	}
	return -1;
}

static int
is_sof(int m)
{
	return m >= 0xc0 && m <= 0xcf && m != 0xc4 && m != 0xc8 && m != 0xcc;
}

int
image_probe(const unsigned char *p, size_t n, struct img_info *out)
{
	size_t i;

	memset(out, 0, sizeof(*out));
	if (n >= 33 && memcmp(p, png_sig, 8) == 0) {
		if (be32(p + 8) != 13 || memcmp(p + 12, "IHDR", 4) != 0)
			return -1;
		out->type = IMG_PNG;
		out->width = be32(p + 16);
		out->height = be32(p + 20);
		return out->width && out->height ? 0 : -1;
	}
	if (n >= 4 && p[0] == 0xff && p[1] == 0xd8) {
		/* segments up to the frame header; SOS before it is broken */
		for (i = 2; i + 4 <= n; ) {
			int m;
			unsigned long len;

			if (p[i] != 0xff)
				return -1;
			while (i < n && p[i] == 0xff)	/* fill bytes */
				i++;
			if (i + 3 > n)
				return -1;
			m = p[i++];
			if (m == 0xd8 || (m >= 0xd0 && m <= 0xd7) || m == 0x01)
				continue;	/* no length */
			if (m == 0xd9 || m == 0xda)
				return -1;	/* end or scan before a frame */
			len = be16(p + i);
			if (len < 2 || i + len > n)
				return -1;
			if (is_sof(m)) {
				if (len < 7)
					return -1;
				out->type = IMG_JPEG;
				out->height = be16(p + i + 3);
				out->width = be16(p + i + 5);
				return out->width && out->height ? 0 : -1;
			}
			i += len;
		}
		return -1;
	}
	if (n >= 8 && (memcmp(p, "II*\0", 4) == 0 || memcmp(p, "MM\0*", 4) == 0)) {
		long w = tiff_tag(p, n, 256), h = tiff_tag(p, n, 257);

		if (w <= 0 || h <= 0)
			return -1;
		out->type = IMG_TIFF;
		out->width = (unsigned long)w;
		out->height = (unsigned long)h;
		return 0;
	}
	return -1;
}

/* A minimal EXIF APP1 holding only the orientation. */
static void
put_orientation(struct buf *out, unsigned orientation)
{
	static const unsigned char head[] = {
		0xff, 0xe1, 0x00, 0x22,			/* APP1, length 34 */
		'E', 'x', 'i', 'f', 0, 0,
		'M', 'M', 0, 42, 0, 0, 0, 8,		/* big-endian TIFF, IFD at 8 */
		0, 1,					/* one entry */
		0x01, 0x12, 0, 3, 0, 0, 0, 1,		/* Orientation, SHORT, 1 */
	};
	unsigned char tail[8] = { 0, 0, 0, 0, 0, 0, 0, 0 };	/* value, next IFD */

	tail[1] = (unsigned char)orientation;
	buf_add(out, head, sizeof(head));
	buf_add(out, tail, sizeof(tail));
}

int
jpeg_strip(const unsigned char *p, size_t n, struct buf *out)
{
	size_t i = 2;
	long orientation = -1;
	int m;

	if (n < 4 || p[0] != 0xff || p[1] != 0xd8)
		return -1;
	buf_add(out, p, 2);
	for (;;) {
		unsigned long len;
		size_t start;

		if (i + 2 > n || p[i] != 0xff)
			return -1;
		start = i;
		while (i < n && p[i] == 0xff)
			i++;
		if (i >= n)
			return -1;
		m = p[i++];
		if ((m >= 0xd0 && m <= 0xd7) || m == 0x01) {
			buf_add(out, p + start, i - start);
			continue;
		}
		if (m == 0xd9)
			return -1;	/* the end before any scan */
		if (i + 2 > n || (len = be16(p + i)) < 2 || i + len > n)
			return -1;
		if (m == 0xda) {
			/* the image data, then the rest, exactly as they are */
			if (orientation > 1 && orientation <= 8)
				put_orientation(out, (unsigned)orientation);
			buf_add(out, p + start, n - start);
			return 0;
		}
		if (m == 0xe1 && len >= 8 && memcmp(p + i + 2, "Exif\0\0", 6) == 0)
			orientation = tiff_tag(p + i + 8, len - 8, 0x0112);
		/* metadata goes; what decides the colours stays */
		if ((m >= 0xe1 && m <= 0xef && !(m == 0xe2 && len >= 14 &&
		    memcmp(p + i + 2, "ICC_PROFILE\0", 12) == 0) &&
		    !(m == 0xee && len >= 7 && memcmp(p + i + 2, "Adobe", 5) == 0)) ||
		    m == 0xfe) {
			i += len;
			continue;
		}
		buf_add(out, p + start, i + len - start);
		i += len;
	}
}

int
png_strip(const unsigned char *p, size_t n, struct buf *out)
{
	static const char *const drop[] = { "tEXt", "zTXt", "iTXt", "tIME", "eXIf" };
	size_t i = 8, k;

	if (n < 8 || memcmp(p, png_sig, 8) != 0)
		return -1;
	buf_add(out, p, 8);
	while (i + 12 <= n) {
		unsigned long len = be32(p + i);
		int keep = 1;

		if (len > n - i - 12)
			return -1;
		for (k = 0; k < sizeof(drop) / sizeof(drop[0]); k++)
			if (memcmp(p + i + 4, drop[k], 4) == 0)
				keep = 0;
		if (keep)
			buf_add(out, p + i, len + 12);
		if (memcmp(p + i + 4, "IEND", 4) == 0)
			return 0;
		i += len + 12;
	}
	return -1;	/* no IEND: truncated */
}
