/* Receiving multipart/form-data: see upload.h. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/log.h"
#include "core/request.h"
#include "core/upload.h"
#include "core/util.h"

#define CHUNK 65536

static int
mkdir_private(const char *path, char *err, size_t errlen)
{
	struct stat st;

	if (mkdir(path, 0700) != 0 && errno != EEXIST) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
		snprintf(err, errlen, "%s: not a folder", path);
		return -1;
	}
	return 0;
}

int
upload_prepare_dirs(const struct config *cfg, char *err, size_t errlen)
{
	char q[PATH_MAX];
	const char *dir = cfg_str(cfg, "Storage.Dir");

	if (snprintf(q, sizeof(q), "%s/quarantine", dir) >= (int)sizeof(q)) {
		snprintf(err, errlen, "Storage.Dir: path too long");
		return -1;
	}
	if (mkdir_private(dir, err, errlen) != 0)
		return -1;
	return mkdir_private(q, err, errlen);
}

int
quarantine_open(const struct config *cfg, char path[PATH_MAX])
{
	unsigned char rnd[12];
	char hex[25];
	int fd, tries;

	for (tries = 0; tries < 4; tries++) {
		random_bytes(rnd, sizeof(rnd));
		hex_encode(rnd, sizeof(rnd), hex);
		if (snprintf(path, PATH_MAX, "%s/quarantine/q-%s",
		    cfg_str(cfg, "Storage.Dir"), hex) >= PATH_MAX) {
			errno = ENAMETOOLONG;
			return -1;
		}
		fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
		if (fd < 0 && errno == ENOENT && tries == 0) {
			char err[256];

			/* removed while the responder ran (a cleanup, a new
			 * mount): made again, as at start */
			if (upload_prepare_dirs(cfg, err, sizeof(err)) == 0)
				continue;
			log_event(LOG_ERR_, "store", NULL, "error", err, NULL);
			errno = ENOENT;
			return -1;
		}
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return -1;
}

/* --- the parser's callbacks ------------------------------------------------ */

struct recv {
	struct request *req;
	size_t nalloc;
	struct upload *cur;		/* the file part being written */
	struct buf field;		/* the ordinary field being read */
	char field_name[MP_NAME_MAX + 1];
	int in_field;
	int io_error;
};

static int
cb_begin(void *ctx, const struct mp_part *p)
{
	struct recv *r = ctx;
	struct request *req = r->req;
	struct upload *u;

	if (p->filename == NULL) {
		r->in_field = 1;
		buf_reset(&r->field);
		snprintf(r->field_name, sizeof(r->field_name), "%s", p->name);
		return 0;
	}
	if ((size_t)req->nuploads == r->nalloc) {
		r->nalloc = r->nalloc ? r->nalloc * 2 : 4;
		req->uploads = xrealloc(req->uploads, r->nalloc * sizeof(*u));
	}
	u = &req->uploads[req->nuploads];
	memset(u, 0, sizeof(*u));
	u->fd = -1;
	snprintf(u->name, sizeof(u->name), "%s", p->name);
	u->filename = xstrdup(p->filename);
	/* an empty file input sends a part with filename="" and no bytes:
	 * nothing was chosen, so no file is made */
	if (*p->filename != '\0' && (u->fd = quarantine_open(req->cfg, u->path)) < 0) {
		u->path[0] = '\0';
		r->io_error = errno;
		free(u->filename);
		return -1;
	}
	req->nuploads++;
	r->cur = u;
	return 0;
}

static int
write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static int
cb_data(void *ctx, const char *p, size_t n)
{
	struct recv *r = ctx;
	struct upload *u = r->cur;
	unsigned long long max;

	if (r->in_field) {
		buf_add(&r->field, p, n);
		return 0;
	}
	if (u == NULL || u->over)
		return 0;
	if (u->fd < 0) {
		/* bytes for a part that named no file: keep them, as a file
		 * with no name */
		if ((u->fd = quarantine_open(r->req->cfg, u->path)) < 0) {
			u->path[0] = '\0';
			r->io_error = errno;
			return -1;
		}
	}
	max = (unsigned long long)cfg_int(r->req->cfg, "Upload.FileMax");
	if (u->size + n > max) {
		/* too big: its bytes so far are dropped at once, the rest
		 * is read and thrown away, the page names the file */
		u->over = 1;
		if (ftruncate(u->fd, 0) != 0)
			r->io_error = errno;
		u->size += n;
		return r->io_error ? -1 : 0;
	}
	if (write_all(u->fd, p, n) != 0) {
		r->io_error = errno;
		return -1;
	}
	u->size += n;
	return 0;
}

/* A field sent twice becomes Query.name.0, .1 like ClearSilver's own
 * parsing, so the field schema refuses it (VE_MULTI) the same way. */
static void
set_field(HDF *hdf, const char *name, const char *value)
{
	char key[MP_NAME_MAX + 8];
	HDF *node;

	snprintf(key, sizeof(key), "Query.%s", name);
	node = hdf_get_obj(hdf, key);
	if (node == NULL) {
		hdf_set_value(hdf, key, value);
		return;
	}
	if (hdf_obj_child(node) == NULL) {
		char k0[MP_NAME_MAX + 24];

		snprintf(k0, sizeof(k0), "%s.0", key);
		hdf_set_value(hdf, k0, hdf_obj_value(node));
	}
	{
		char kn[MP_NAME_MAX + 24];
		int n = 0;
		HDF *c;

		for (c = hdf_obj_child(node); c; c = hdf_obj_next(c))
			n++;
		snprintf(kn, sizeof(kn), "%s.%d", key, n);
		hdf_set_value(hdf, kn, value);
	}
}

static int
cb_end(void *ctx)
{
	struct recv *r = ctx;

	if (r->in_field) {
		const char *v = buf_str(&r->field);

		/* the same rule as the gate for urlencoded bodies */
		if (strlen(v) != r->field.len)
			return -1;
		set_field(r->req->hdf, r->field_name, v);
		r->in_field = 0;
		return 0;
	}
	r->cur = NULL;
	return 0;
}

int
upload_receive(struct request *req)
{
	const struct config *cfg = req->cfg;
	struct mp_limits lim;
	struct mp_callbacks cb = { cb_begin, cb_data, cb_end };
	struct recv r;
	enum mp_err e;
	struct mp *m;
	char *chunk;
	unsigned long long left = strtoull(req->clen, NULL, 10);

	memset(&r, 0, sizeof(r));
	r.req = req;
	lim.body_max = (size_t)cfg_int(cfg, "Upload.BodyMax");
	/* a file over FileMax is cut off in cb_data, not an error */
	lim.file_max = lim.body_max;
	lim.field_max = (size_t)cfg_int(cfg, "Upload.FieldMax");
	lim.parts_max = (size_t)cfg_int(cfg, "Upload.PartsMax");
	lim.files_max = (size_t)cfg_int(cfg, "Upload.FilesMax");
	lim.header_line_max = (size_t)cfg_int(cfg, "Upload.HeaderLineMax");
	lim.headers_max = (size_t)cfg_int(cfg, "Upload.HeadersMax");
	m = mp_new(req_param(req, "CONTENT_TYPE"), &lim, &cb, &r, &e);
	if (m == NULL) {
		req->log_note = "multipart: no usable boundary";
		return 400;
	}
	chunk = xmalloc(CHUNK);
	e = MP_OK;
	while (left > 0 && e == MP_OK) {
		int want = left > CHUNK ? CHUNK : (int)left;
		int got = FCGX_GetStr(chunk, want, req->fx->in);

		if (got <= 0)
			break;
		left -= (unsigned long long)got;
		e = mp_feed(m, chunk, (size_t)got);
	}
	if (e == MP_OK && left > 0) {
		req->log_note = "body shorter than Content-Length";
		e = MP_TRUNCATED;
	} else if (e == MP_OK)
		e = mp_finish(m);
	mp_free(m);
	free(chunk);
	buf_free(&r.field);
	if (e == MP_OK)
		return 0;
	if (r.io_error) {
		req->log_note = "quarantine not writable";
		log_event(LOG_ERR_, "upload", req->ref, "error", strerror(r.io_error), NULL);
		return 500;
	}
	if (req->log_note == NULL)
		req->log_note = mp_strerror(e);
	switch (e) {
	case MP_TOO_MANY_PARTS: case MP_TOO_MANY_FILES: case MP_FIELD_TOO_BIG:
	case MP_FILE_TOO_BIG: case MP_BODY_TOO_BIG: case MP_HEADER_TOO_LONG:
	case MP_TOO_MANY_HEADERS:
		return 413;
	default:
		return 400;
	}
}

void
upload_cleanup(struct request *req)
{
	int i;

	for (i = 0; i < req->nuploads; i++) {
		struct upload *u = &req->uploads[i];

		if (u->fd >= 0)
			close(u->fd);
		if (u->path[0])
			unlink(u->path);
		free(u->filename);
	}
	free(req->uploads);
	req->uploads = NULL;
	req->nuploads = 0;
}
