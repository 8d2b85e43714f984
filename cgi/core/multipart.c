#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/multipart.h"
#include "core/util.h"

/* Bytes taken from the caller's piece at a time: the internal buffer
 * never holds more than this plus one header line or one delimiter. */
#define CHUNK 65536
#define BOUNDARY_MAX 70

enum state { S_PREAMBLE, S_AFTER_DELIM, S_HEADERS, S_BODY, S_EPILOGUE };

struct mp {
	struct mp_limits lim;
	struct mp_callbacks cb;
	void *ctx;
	char delim[4 + BOUNDARY_MAX + 1];	/* "\r\n--" boundary */
	size_t dlen;
	enum state st;
	enum mp_err err;
	char *b;			/* unprocessed bytes */
	size_t len, cap;
	size_t total;			/* body bytes seen */
	size_t parts, files;
	/* the part being read */
	struct mp_part part;
	size_t nheaders, size;
	int has_disp, in_part;
};

static const char *const names[MP__MAX] = {
	[MP_OK] = "ok",
	[MP_BAD_TYPE] = "not multipart/form-data with a valid boundary",
	[MP_BAD_FRAMING] = "bad framing",
	[MP_BAD_HEADER] = "bad part header",
	[MP_HEADER_TOO_LONG] = "part header line too long",
	[MP_TOO_MANY_HEADERS] = "too many part headers",
	[MP_BAD_DISPOSITION] = "bad Content-Disposition",
	[MP_TOO_MANY_PARTS] = "too many parts",
	[MP_TOO_MANY_FILES] = "too many files",
	[MP_FIELD_TOO_BIG] = "field too big",
	[MP_FILE_TOO_BIG] = "file too big",
	[MP_BODY_TOO_BIG] = "body too big",
	[MP_TRUNCATED] = "body ends before the final boundary",
	[MP_CALLBACK] = "refused by the receiver",
};

const char *
mp_strerror(enum mp_err e)
{
	return e < MP__MAX ? names[e] : "unknown";
}

/* RFC 2046 bchars, without the space (allowed inside but never last):
 * refusing it costs nothing, no browser makes one. */
static int
bchar(int c)
{
	return isalnum(c) || strchr("'()+_,-./:=?", c) != NULL;
}

/* The boundary parameter of a Content-Type, quoted or not, into out. */
static int
parse_boundary(const char *ct, char *out)
{
	const char *p;
	size_t n = 0;

	if (ct == NULL || strncasecmp(ct, "multipart/form-data", 19) != 0 ||
	    (ct[19] != ';' && ct[19] != ' ' && ct[19] != '\t'))
		return -1;
	for (p = ct + 19; *p; p++) {
		if (strncasecmp(p, "boundary=", 9) == 0 &&
		    (p[-1] == ';' || p[-1] == ' ' || p[-1] == '\t'))
			break;
	}
	if (*p == '\0')
		return -1;
	p += 9;
	if (*p == '"') {
		for (p++; *p && *p != '"'; p++) {
			if (n >= BOUNDARY_MAX || !bchar((unsigned char)*p))
				return -1;
			out[n++] = *p;
		}
		if (*p != '"')
			return -1;
	} else {
		for (; *p && *p != ';' && *p != ' ' && *p != '\t'; p++) {
			if (n >= BOUNDARY_MAX || !bchar((unsigned char)*p))
				return -1;
			out[n++] = *p;
		}
	}
	out[n] = '\0';
	return n > 0 ? 0 : -1;
}

struct mp *
mp_new(const char *content_type, const struct mp_limits *lim,
    const struct mp_callbacks *cb, void *ctx, enum mp_err *err)
{
	char bnd[BOUNDARY_MAX + 1];
	struct mp *m;

	if (parse_boundary(content_type, bnd) < 0) {
		*err = MP_BAD_TYPE;
		return NULL;
	}
	m = xcalloc(1, sizeof(*m));
	m->lim = *lim;
	m->cb = *cb;
	m->ctx = ctx;
	m->dlen = (size_t)snprintf(m->delim, sizeof(m->delim), "\r\n--%s", bnd);
	m->cap = CHUNK + lim->header_line_max + sizeof(m->delim) + 2;
	m->b = xmalloc(m->cap);
	/* the body's first boundary has no CRLF before it: pretend one */
	memcpy(m->b, "\r\n", 2);
	m->len = 2;
	m->st = S_PREAMBLE;
	*err = MP_OK;
	return m;
}

void
mp_free(struct mp *m)
{
	if (m == NULL)
		return;
	free(m->part.filename);
	free(m->b);
	free(m);
}

static void
consume(struct mp *m, size_t n)
{
	memmove(m->b, m->b + n, m->len - n);
	m->len -= n;
}

/* Where the delimiter starts in the buffer, or -1. */
static long
find_delim(const struct mp *m)
{
	const char *p = m->b, *end = m->b + m->len;

	while ((p = memchr(p, '\r', (size_t)(end - p))) != NULL) {
		if ((size_t)(end - p) < m->dlen)
			return -1;
		if (memcmp(p, m->delim, m->dlen) == 0)
			return p - m->b;
		p++;
	}
	return -1;
}

/* A quoted-string or token parameter value at *pp; advances it. */
static int
param_value(const char **pp, char *out, size_t cap, size_t *outlen)
{
	const char *p = *pp;
	size_t n = 0;

	if (*p == '"') {
		for (p++; *p && *p != '"'; p++) {
			/* a backslash escapes a quote only: browsers send
			 * Windows paths ("C:\\x\\a.pdf") with bare backslashes,
			 * which must survive so the path part can be dropped */
			if (*p == '\\' && p[1] == '"')
				p++;
			if (n + 1 < cap)
				out[n++] = *p;
		}
		if (*p != '"')
			return -1;
		p++;
	} else {
		for (; *p && *p != ';' && *p != ' ' && *p != '\t'; p++)
			if (n + 1 < cap)
				out[n++] = *p;
		if (n == 0)
			return -1;
	}
	out[n] = '\0';
	*outlen = n;
	*pp = p;
	return 0;
}

/* Content-Disposition: form-data; name="..."[; filename="..."] */
static enum mp_err
disposition(struct mp *m, const char *v)
{
	char val[MP_FILENAME_MAX + 1], key[32];
	int have_name = 0;
	size_t n, k;
	const char *p;

	if (m->has_disp++)
		return MP_BAD_DISPOSITION;
	if (strncasecmp(v, "form-data", 9) != 0)
		return MP_BAD_DISPOSITION;
	p = v + 9;
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		if (*p++ != ';')
			return MP_BAD_DISPOSITION;
		while (*p == ' ' || *p == '\t')
			p++;
		for (k = 0; *p && *p != '=' && k + 1 < sizeof(key); p++)
			key[k++] = (char)tolower((unsigned char)*p);
		key[k] = '\0';
		while (k > 0 && (key[k - 1] == ' ' || key[k - 1] == '\t'))
			key[--k] = '\0';
		if (*p++ != '=')
			return MP_BAD_DISPOSITION;
		while (*p == ' ' || *p == '\t')
			p++;
		if (param_value(&p, val, sizeof(val), &n) < 0)
			return MP_BAD_DISPOSITION;
		if (strcmp(key, "name") == 0) {
			size_t i;

			if (have_name++ || n == 0 || n > MP_NAME_MAX)
				return MP_BAD_DISPOSITION;
			/* the names the gate allows for ordinary forms */
			for (i = 0; i < n; i++)
				if (!(isalnum((unsigned char)val[i]) || val[i] == '_' ||
				    val[i] == '-'))
					return MP_BAD_DISPOSITION;
			memcpy(m->part.name, val, n + 1);
		} else if (strcmp(key, "filename") == 0) {
			if (m->part.filename)
				return MP_BAD_DISPOSITION;
			m->part.filename = xstrdup(val);
		} else if (strcmp(key, "filename*") == 0)
			return MP_BAD_DISPOSITION;	/* RFC 7578 4.2 */
		/* other parameters: ignored */
	}
	return have_name ? MP_OK : MP_BAD_DISPOSITION;
}

static enum mp_err
header_line(struct mp *m, char *line, size_t n)
{
	char *colon, *v;
	size_t i;

	if (++m->nheaders > m->lim.headers_max)
		return MP_TOO_MANY_HEADERS;
	for (i = 0; i < n; i++)
		if (line[i] == '\0' || line[i] == '\n' || line[i] == '\r')
			return MP_BAD_HEADER;
	line[n] = '\0';
	/* folded lines are obsolete (RFC 7230 3.2.4): refused */
	if (line[0] == ' ' || line[0] == '\t' ||
	    (colon = strchr(line, ':')) == NULL || colon == line)
		return MP_BAD_HEADER;
	*colon = '\0';
	for (v = colon + 1; *v == ' ' || *v == '\t'; v++)
		;
	if (strcasecmp(line, "Content-Disposition") == 0)
		return disposition(m, v);
	if (strcasecmp(line, "Content-Type") == 0) {
		snprintf(m->part.ctype, sizeof(m->part.ctype), "%s", v);
		return MP_OK;
	}
	return MP_OK;
}

static void
part_reset(struct mp *m)
{
	free(m->part.filename);
	memset(&m->part, 0, sizeof(m->part));
	m->nheaders = 0;
	m->size = 0;
	m->has_disp = 0;
}

static enum mp_err
part_data(struct mp *m, const char *p, size_t n)
{
	if (n == 0)
		return MP_OK;
	m->size += n;
	if (m->part.filename ? m->size > m->lim.file_max : m->size > m->lim.field_max)
		return m->part.filename ? MP_FILE_TOO_BIG : MP_FIELD_TOO_BIG;
	return m->cb.data(m->ctx, p, n) ? MP_CALLBACK : MP_OK;
}

/* Runs the state machine over the buffer as far as it can go. */
static enum mp_err
run(struct mp *m)
{
	enum mp_err e;
	long at;
	char *nl;
	size_t i;

	for (;;) {
		switch (m->st) {
		case S_PREAMBLE:
			if ((at = find_delim(m)) < 0) {
				if (m->len >= m->dlen)
					consume(m, m->len - (m->dlen - 1));
				return MP_OK;
			}
			consume(m, (size_t)at + m->dlen);
			m->st = S_AFTER_DELIM;
			break;
		case S_AFTER_DELIM:
			/* "--" ends the body; else optional padding, CRLF */
			if (m->len >= 2 && m->b[0] == '-' && m->b[1] == '-') {
				consume(m, 2);
				m->st = S_EPILOGUE;
				break;
			}
			for (i = 0; i < m->len && (m->b[i] == ' ' || m->b[i] == '\t'); i++)
				;
			if (i > m->lim.header_line_max)
				return MP_BAD_FRAMING;
			if (i + 2 > m->len)
				return MP_OK;	/* need more */
			if (m->b[i] != '\r' || m->b[i + 1] != '\n')
				return MP_BAD_FRAMING;
			consume(m, i + 2);
			if (++m->parts > m->lim.parts_max)
				return MP_TOO_MANY_PARTS;
			part_reset(m);
			m->st = S_HEADERS;
			break;
		case S_HEADERS:
			if ((nl = memchr(m->b, '\n', m->len)) == NULL) {
				if (m->len > m->lim.header_line_max)
					return MP_HEADER_TOO_LONG;
				return MP_OK;
			}
			i = (size_t)(nl - m->b);
			if (i > m->lim.header_line_max + 1)
				return MP_HEADER_TOO_LONG;
			if (i == 0 || m->b[i - 1] != '\r')
				return MP_BAD_HEADER;	/* bare LF */
			if (i == 1) {
				/* the empty line: the part's data follows */
				consume(m, 2);
				if (!m->has_disp)
					return MP_BAD_DISPOSITION;
				if (m->part.filename && ++m->files > m->lim.files_max)
					return MP_TOO_MANY_FILES;
				if (m->cb.begin(m->ctx, &m->part))
					return MP_CALLBACK;
				m->in_part = 1;
				m->st = S_BODY;
				break;
			}
			if ((e = header_line(m, m->b, i - 1)) != MP_OK)
				return e;
			consume(m, i + 1);
			break;
		case S_BODY:
			if ((at = find_delim(m)) < 0) {
				/* all but what could be the start of a delimiter */
				if (m->len >= m->dlen) {
					size_t n = m->len - (m->dlen - 1);

					if ((e = part_data(m, m->b, n)) != MP_OK)
						return e;
					consume(m, n);
				}
				return MP_OK;
			}
			if ((e = part_data(m, m->b, (size_t)at)) != MP_OK)
				return e;
			m->in_part = 0;
			if (m->cb.end(m->ctx))
				return MP_CALLBACK;
			consume(m, (size_t)at + m->dlen);
			m->st = S_AFTER_DELIM;
			break;
		case S_EPILOGUE:
			m->len = 0;	/* ignored, but counted in the total */
			return MP_OK;
		}
	}
}

enum mp_err
mp_feed(struct mp *m, const char *buf, size_t n)
{
	size_t take;

	if (m->err != MP_OK)
		return m->err;
	if (n > m->lim.body_max || m->total + n > m->lim.body_max)
		return m->err = MP_BODY_TOO_BIG;
	m->total += n;
	while (n > 0) {
		take = n < CHUNK ? n : CHUNK;
		/* run() leaves at most a header line or a delimiter behind */
		if (m->len + take > m->cap)
			return m->err = MP_HEADER_TOO_LONG;
		memcpy(m->b + m->len, buf, take);
		m->len += take;
		buf += take;
		n -= take;
		if ((m->err = run(m)) != MP_OK)
			return m->err;
	}
	return MP_OK;
}

enum mp_err
mp_finish(struct mp *m)
{
	if (m->err != MP_OK)
		return m->err;
	if (m->st != S_EPILOGUE)
		return m->err = MP_TRUNCATED;
	return MP_OK;
}
