/* multipart/form-data (RFC 7578), parsed by the project itself.
 *
 * ClearSilver's own multipart parser is never used: it keeps whole files
 * in memory, trusts the part headers and crashes on hostile input. This
 * one streams: the caller feeds the body in pieces as it arrives, and gets
 * each part's headers once, then its bytes in pieces, then its end, so a
 * file goes straight to disk (the quarantine folder) and memory stays the
 * same whatever the file's size.
 *
 * Strict where the format allows mischief: the boundary must be 1-70
 * characters of RFC 2046's set; every line of part headers ends in CRLF
 * (a bare LF is an error), is at most limits.header_line_max bytes, and a
 * part has at most limits.headers_max of them; exactly one
 * Content-Disposition, of type form-data, with a name; filename*= is
 * refused (RFC 7578 4.2); a body that ends before the final boundary is
 * an error. Every count and size has a limit. No I/O, no HDF, no globals. */
#ifndef DVC_MULTIPART_H
#define DVC_MULTIPART_H

#include <stddef.h>

enum mp_err {
	MP_OK,
	MP_BAD_TYPE,		/* not multipart/form-data, or no usable boundary */
	MP_BAD_FRAMING,		/* no first boundary, junk after a boundary */
	MP_BAD_HEADER,		/* malformed header line, bare LF, NUL */
	MP_HEADER_TOO_LONG,
	MP_TOO_MANY_HEADERS,
	MP_BAD_DISPOSITION,	/* missing, repeated, not form-data, no name,
				 * filename*=, bad name */
	MP_TOO_MANY_PARTS,
	MP_TOO_MANY_FILES,
	MP_FIELD_TOO_BIG,	/* a part without filename over field_max */
	MP_FILE_TOO_BIG,	/* a file over file_max */
	MP_BODY_TOO_BIG,
	MP_TRUNCATED,		/* ended before the final boundary */
	MP_CALLBACK,		/* the caller's callback refused */
	MP__MAX
};

struct mp_limits {
	size_t body_max;	/* whole body */
	size_t file_max;	/* one file part */
	size_t field_max;	/* one non-file part */
	size_t parts_max;
	size_t files_max;
	size_t header_line_max;	/* one part header line */
	size_t headers_max;	/* header lines per part */
};

#define MP_NAME_MAX 64
#define MP_FILENAME_MAX 255	/* bytes of the name as sent; longer: cut */
#define MP_CTYPE_MAX 127

/* What a part says about itself. filename is NULL for an ordinary field;
 * as sent by the client, never to be used as a path. */
struct mp_part {
	char name[MP_NAME_MAX + 1];
	char *filename;
	char ctype[MP_CTYPE_MAX + 1];	/* "" if none; never trusted */
};

struct mp_callbacks {
	/* Each returns 0 to go on, anything else to stop (MP_CALLBACK). */
	int (*begin)(void *ctx, const struct mp_part *p);
	int (*data)(void *ctx, const char *buf, size_t n);
	int (*end)(void *ctx);
};

struct mp;

/* A parser for a body of this Content-Type. NULL and *err set if the
 * type is not multipart/form-data with a valid boundary. */
struct mp *mp_new(const char *content_type, const struct mp_limits *lim,
    const struct mp_callbacks *cb, void *ctx, enum mp_err *err);
/* Feeds the next n bytes of the body. The first error sticks. */
enum mp_err mp_feed(struct mp *m, const char *buf, size_t n);
/* The body has ended: MP_OK only if the final boundary was seen. */
enum mp_err mp_finish(struct mp *m);
void mp_free(struct mp *m);

/* A short English name of the error for logs ("header too long"). */
const char *mp_strerror(enum mp_err e);

#endif
