#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/util.h"
#include "domain/image.h"

/* The read window holds any whole JPEG segment (at most 65537 bytes with
 * its marker) and a TIFF directory of a sane size; the rest of a file
 * (entropy-coded data, IDAT chunks) passes through it in pieces, so a
 * 50 MB scan costs the same memory as a 50 KB one. */
#define WIN	(128 * 1024)
#define OUTBUF	(64 * 1024)

/* A byte source: a buffer given whole, or a file read through the window.
 * Unread bytes are w[pos..len). */
struct in {
	int fd;			/* -1 for a buffer */
	const unsigned char *w;
	unsigned char *own;	/* the window, when reading a file */
	size_t pos, len;
	int err;		/* a read failed (not the end of the file) */
};

/* A byte sink: a struct buf, or a file written in OUTBUF pieces. */
struct out {
	int fd;			/* -1 for a buf, or to drop everything when b is NULL */
	struct buf *b;
	unsigned char *ob;
	size_t olen;
	int err;
};

static void
in_mem(struct in *s, const unsigned char *p, size_t n)
{
	memset(s, 0, sizeof(*s));
	s->fd = -1;
	s->w = p;
	s->len = n;
}

/* Reads from the start of fd; the caller frees with in_close. */
static int
in_file(struct in *s, int fd)
{
	memset(s, 0, sizeof(*s));
	s->fd = fd;
	if (lseek(fd, 0, SEEK_SET) != 0)
		return -1;
	s->own = xmalloc(WIN);
	s->w = s->own;
	return 0;
}

static void
in_close(struct in *s)
{
	free(s->own);
	s->own = NULL;
}

/* Makes k bytes readable at w + pos: 0, or -1 when the input ends first
 * (or k could never fit the window). */
static int
in_need(struct in *s, size_t k)
{
	ssize_t r;

	if (s->len - s->pos >= k)
		return 0;
	if (s->fd < 0 || k > WIN)
		return -1;
	memmove(s->own, s->own + s->pos, s->len - s->pos);
	s->len -= s->pos;
	s->pos = 0;
	while (s->len < k) {
		r = read(s->fd, s->own + s->len, WIN - s->len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			s->err = 1;
		if (r <= 0)
			return -1;
		s->len += (size_t)r;
	}
	return 0;
}

static int
write_all(int fd, const unsigned char *p, size_t n)
{
	ssize_t r;

	while (n > 0) {
		r = write(fd, p, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

static void
out_flush(struct out *o)
{
	if (o->fd >= 0 && o->olen > 0 && !o->err &&
	    write_all(o->fd, o->ob, o->olen) != 0)
		o->err = 1;
	o->olen = 0;
}

static void
out_add(struct out *o, const void *p, size_t n)
{
	if (o->fd < 0) {
		if (o->b != NULL)
			buf_add(o->b, p, n);
		return;
	}
	if (o->olen + n > OUTBUF)
		out_flush(o);
	if (n >= OUTBUF) {
		if (!o->err && write_all(o->fd, p, n) != 0)
			o->err = 1;
		return;
	}
	memcpy(o->ob + o->olen, p, n);
	o->olen += n;
}

/* Passes n bytes from s to o (or drops them when o is NULL); -1 if the
 * input ends first. */
static int
in_copy(struct in *s, struct out *o, size_t n)
{
	size_t a;

	while (n > 0) {
		if (in_need(s, 1) != 0)
			return -1;
		a = s->len - s->pos < n ? s->len - s->pos : n;
		if (o != NULL)
			out_add(o, s->w + s->pos, a);
		s->pos += a;
		n -= a;
	}
	return 0;
}

/* How a parse that stopped early failed: the disk, or the bytes. */
static int
in_fail(const struct in *s)
{
	return s->err ? IMG_IO : IMG_MALFORMED;
}

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

/* The first IFD of a TIFF structure (a TIFF file, or the inside of an
 * EXIF segment) read from the start of s: on success *ent points at its
 * *count entries, inside the window. The IFD of a scanner's TIFF usually
 * follows the image data, so reaching it reads (not keeps) the file. */
static int
tiff_ifd(struct in *s, const unsigned char **ent, unsigned long *count, int *le)
{
	const unsigned char *p;
	unsigned long ifd;

	if (in_need(s, 8) != 0)
		return -1;
	p = s->w + s->pos;
	if (memcmp(p, "II*\0", 4) == 0)
		*le = 1;
	else if (memcmp(p, "MM\0*", 4) == 0)
		*le = 0;
	else
		return -1;
	ifd = t32(p + 4, *le);
	s->pos += 8;
	if (ifd < 8 || in_copy(s, NULL, ifd - 8) != 0 || in_need(s, 2) != 0)
		return -1;
	*count = t16(s->w + s->pos, *le);
	s->pos += 2;
	if (*count > WIN / 12 || in_need(s, 12 * *count) != 0)
		return -1;
	*ent = s->w + s->pos;
	return 0;
}

/* The value of a SHORT or LONG tag among an IFD's entries; -1 if absent. */
static long
tiff_entry(const unsigned char *ent, unsigned long count, int le, unsigned tag)
{
	unsigned long i;

	for (i = 0; i < count; i++) {
		const unsigned char *e = ent + 12 * i;

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

static long
tiff_tag(const unsigned char *t, size_t n, unsigned tag)
{
	struct in s;
	const unsigned char *ent;
	unsigned long count;
	int le;

	in_mem(&s, t, n);
	if (tiff_ifd(&s, &ent, &count, &le) != 0)
		return -1;
	return tiff_entry(ent, count, le, tag);
}

static int
is_sof(int m)
{
	return m >= 0xc0 && m <= 0xcf && m != 0xc4 && m != 0xc8 && m != 0xcc;
}

/* Moves s past a JPEG marker's 0xff and its fill bytes; returns the
 * marker code, or -1 if s is not at a marker. */
static int
jpeg_marker(struct in *s)
{
	if (in_need(s, 2) != 0 || s->w[s->pos] != 0xff)
		return -1;
	while (s->w[s->pos + 1] == 0xff) {
		s->pos++;
		if (in_need(s, 2) != 0)
			return -1;
	}
	s->pos += 2;
	return s->w[s->pos - 1];
}

/* Markers that stand alone, with no length after them. */
static int
jpeg_bare(int m)
{
	return (m >= 0xd0 && m <= 0xd7) || m == 0x01;
}

static int
probe(struct in *s, struct img_info *out)
{
	const unsigned char *p;
	size_t n;

	memset(out, 0, sizeof(*out));
	(void)in_need(s, 33);
	p = s->w + s->pos;
	n = s->len - s->pos;
	if (n >= 33 && memcmp(p, png_sig, 8) == 0) {
		if (be32(p + 8) != 13 || memcmp(p + 12, "IHDR", 4) != 0)
			return -1;
		out->type = IMG_PNG;
		out->width = be32(p + 16);
		out->height = be32(p + 20);
		return out->width && out->height ? 0 : -1;
	}
	if (n >= 4 && p[0] == 0xff && p[1] == 0xd8) {
		/* segments up to the frame header; a scan before it is broken */
		s->pos += 2;
		for (;;) {
			int m = jpeg_marker(s);
			unsigned long len;

			if (m < 0 || m == 0xd9 || m == 0xda)
				return -1;
			if (m == 0xd8 || jpeg_bare(m))
				continue;
			if (in_need(s, 2) != 0 || (len = be16(s->w + s->pos)) < 2)
				return -1;
			if (is_sof(m)) {
				if (len < 7 || in_need(s, 7) != 0)
					return -1;
				p = s->w + s->pos;
				out->type = IMG_JPEG;
				out->height = be16(p + 3);
				out->width = be16(p + 5);
				return out->width && out->height ? 0 : -1;
			}
			if (in_copy(s, NULL, len) != 0)
				return -1;
		}
	}
	if (n >= 8 && (memcmp(p, "II*\0", 4) == 0 || memcmp(p, "MM\0*", 4) == 0)) {
		const unsigned char *ent;
		unsigned long count;
		long w, h;
		int le;

		if (tiff_ifd(s, &ent, &count, &le) != 0)
			return -1;
		w = tiff_entry(ent, count, le, 256);
		h = tiff_entry(ent, count, le, 257);
		if (w <= 0 || h <= 0)
			return -1;
		out->type = IMG_TIFF;
		out->width = (unsigned long)w;
		out->height = (unsigned long)h;
		return 0;
	}
	return -1;
}

int
image_probe(const unsigned char *p, size_t n, struct img_info *out)
{
	struct in s;

	in_mem(&s, p, n);
	return probe(&s, out);
}

int
image_probe_fd(int fd, struct img_info *out)
{
	struct in s;
	int r;

	memset(out, 0, sizeof(*out));
	if (in_file(&s, fd) != 0)
		return IMG_IO;
	r = probe(&s, out);
	if (r != 0 && s.err)
		r = IMG_IO;
	in_close(&s);
	return r;
}

/* A minimal EXIF APP1 holding only the orientation. */
static void
put_orientation(struct out *o, unsigned orientation)
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
	out_add(o, head, sizeof(head));
	out_add(o, tail, sizeof(tail));
}

/* Segments that carry metadata (EXIF, XMP, IPTC, comments, vendor
 * blobs); what decides the colours (an ICC profile, Adobe's APP14) and
 * the JFIF header stay. c is the segment's content, n bytes. */
static int
jpeg_drops(int m, const unsigned char *c, unsigned long n)
{
	if (m == 0xfe)
		return 1;
	if (m == 0xe0)
		return !(n >= 5 && memcmp(c, "JFIF\0", 5) == 0);
	if (m < 0xe1 || m > 0xef)
		return 0;
	if (m == 0xe2 && n >= 12 && memcmp(c, "ICC_PROFILE\0", 12) == 0)
		return 0;
	if (m == 0xee && n >= 5 && memcmp(c, "Adobe", 5) == 0)
		return 0;
	return 1;
}

/* The entropy-coded data after a scan header, copied as it is up to the
 * next marker that is not a restart or a stuffed 0xff00; s is left at
 * that marker. */
static int
jpeg_copy_scan(struct in *s, struct out *o)
{
	const unsigned char *p, *e, *f;

	for (;;) {
		if (in_need(s, 2) != 0)
			return in_fail(s);
		p = s->w + s->pos;
		e = s->w + s->len;
		for (f = p; (f = memchr(f, 0xff, (size_t)(e - f))) != NULL; f += 2) {
			if (f + 1 == e)
				break;	/* its second byte is not read yet */
			if (f[1] == 0x00 || (f[1] >= 0xd0 && f[1] <= 0xd7))
				continue;
			out_add(o, p, (size_t)(f - p));
			s->pos += (size_t)(f - p);
			return 0;
		}
		out_add(o, p, (size_t)((f != NULL ? f : e) - p));
		s->pos += (size_t)((f != NULL ? f : e) - p);
	}
}

static int
jpeg_strip_io(struct in *s, struct out *o)
{
	long orientation = -1;
	int m, r, scans = 0;
	unsigned long len;
	const unsigned char *p;

	if (in_need(s, 2) != 0 || s->w[s->pos] != 0xff || s->w[s->pos + 1] != 0xd8)
		return in_fail(s);
	out_add(o, s->w + s->pos, 2);
	s->pos += 2;
	for (;;) {
		if ((m = jpeg_marker(s)) < 0)
			return in_fail(s);
		if (jpeg_bare(m)) {
			out_add(o, (const unsigned char[]){ 0xff, (unsigned char)m }, 2);
			continue;
		}
		if (m == 0xd9) {
			if (scans == 0)
				return IMG_MALFORMED;	/* the end before any scan */
			out_add(o, "\xff\xd9", 2);
			if (in_need(s, 1) == 0)
				return IMG_TRAILING;
			return in_fail(s) == IMG_IO ? IMG_IO : 0;
		}
		if (m == 0xd8 || m == 0x00)
			return IMG_MALFORMED;
		/* the whole segment in the window: marker, length, content */
		s->pos -= 2;
		if (in_need(s, 4) != 0 || (len = be16(s->w + s->pos + 2)) < 2 ||
		    in_need(s, len + 2) != 0)
			return in_fail(s);
		p = s->w + s->pos;
		s->pos += len + 2;
		if (m == 0xe1 && scans == 0 && len >= 8 && memcmp(p + 4, "Exif\0\0", 6) == 0)
			orientation = tiff_tag(p + 10, len - 8, 0x0112);
		if (jpeg_drops(m, p + 4, len - 2))
			continue;
		if (m == 0xda && scans++ == 0 && orientation > 1 && orientation <= 8)
			put_orientation(o, (unsigned)orientation);
		out_add(o, p, len + 2);
		if (m == 0xda && (r = jpeg_copy_scan(s, o)) != 0)
			return r;
	}
}

/* Chunks a scan needs to be shown as scanned: the critical ones, and the
 * ancillary ones about colour and pixel size. Text, time, EXIF and any
 * chunk not listed here go. */
static int
png_keeps(const unsigned char *type)
{
	static const char keep[][5] = { "IHDR", "PLTE", "IDAT", "IEND", "tRNS",
	    "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs", "bKGD", "cICP" };
	size_t k;

	for (k = 0; k < NELEM(keep); k++)
		if (memcmp(type, keep[k], 4) == 0)
			return 1;
	return 0;
}

static int
png_strip_io(struct in *s, struct out *o)
{
	const unsigned char *p;
	unsigned long len;
	int end;

	if (in_need(s, 8) != 0 || memcmp(s->w + s->pos, png_sig, 8) != 0)
		return in_fail(s);
	out_add(o, png_sig, 8);
	s->pos += 8;
	for (;;) {
		if (in_need(s, 8) != 0)
			return in_fail(s);	/* no IEND: truncated */
		p = s->w + s->pos;
		len = be32(p);
		if (len > 0x7fffffffUL)
			return IMG_MALFORMED;
		if (!png_keeps(p + 4) && !(p[4] & 0x20))
			return IMG_MALFORMED;	/* an unknown critical chunk */
		end = memcmp(p + 4, "IEND", 4) == 0;
		if (in_copy(s, png_keeps(p + 4) ? o : NULL, len + 12) != 0)
			return in_fail(s);
		if (end) {
			if (in_need(s, 1) == 0)
				return IMG_TRAILING;
			return in_fail(s) == IMG_IO ? IMG_IO : 0;
		}
	}
}

/* The two ways in and out of each strip: buffers, or files. */
static int
strip_buf(int (*fn)(struct in *, struct out *), const unsigned char *p,
    size_t n, struct buf *b)
{
	struct in s;
	struct out o;

	in_mem(&s, p, n);
	memset(&o, 0, sizeof(o));
	o.fd = -1;
	o.b = b;
	return fn(&s, &o);
}

static int
strip_fd(int (*fn)(struct in *, struct out *), int in, int outfd)
{
	struct in s;
	struct out o;
	int r;

	if (in_file(&s, in) != 0)
		return IMG_IO;
	memset(&o, 0, sizeof(o));
	o.fd = outfd;
	o.ob = xmalloc(OUTBUF);
	r = fn(&s, &o);
	out_flush(&o);
	if (r == 0 && o.err)
		r = IMG_IO;
	free(o.ob);
	in_close(&s);
	return r;
}

int
jpeg_strip(const unsigned char *p, size_t n, struct buf *out)
{
	return strip_buf(jpeg_strip_io, p, n, out);
}

int
jpeg_strip_fd(int in, int out)
{
	return strip_fd(jpeg_strip_io, in, out);
}

int
png_strip(const unsigned char *p, size_t n, struct buf *out)
{
	return strip_buf(png_strip_io, p, n, out);
}

int
png_strip_fd(int in, int out)
{
	return strip_fd(png_strip_io, in, out);
}
