/* Receiving a multipart/form-data request (routes flagged RF_UPLOAD).
 *
 * The body is read in pieces and fed to the project's own parser
 * (core/multipart.c); file parts go straight to new private files in the
 * quarantine folder (Storage.Dir/quarantine), ordinary fields into the
 * request's HDF as Query.<name>, exactly where the field schema and the
 * CSRF check look for them. Nothing is decided about a file here: its
 * type, structure and place in the store are the domain's business
 * (domain/filecheck.c, domain/store.c).
 *
 * A file over Upload.FileMax does not end the request: it is cut off, its
 * bytes dropped, and marked "over", so the page can say which file was too
 * big next to its field and keep everything else the person sent. Every
 * other limit (body, parts, files, header sizes) and every framing error
 * refuses the request as a whole. */
#ifndef DVC_UPLOAD_H
#define DVC_UPLOAD_H

#include <limits.h>

#include "core/multipart.h"

struct request;
struct config;

struct upload {
	char name[MP_NAME_MAX + 1];	/* the form field's name */
	char *filename;			/* as sent (may be ""); display only,
					 * after cleaning (filename_display) */
	char path[PATH_MAX];		/* its quarantine file; "" once the
					 * domain has moved it into the store */
	int fd;				/* open read-write, or -1 */
	unsigned long long size;	/* bytes received (up to FileMax) */
	int over;			/* longer than Upload.FileMax: dropped */
};

/* Creates Storage.Dir and its quarantine folder (0700) if missing.
 * Returns 0, or -1 with a line for the operator in err. */
int upload_prepare_dirs(const struct config *cfg, char *err, size_t errlen);

/* A new empty private file in the quarantine (O_EXCL, 0600, random
 * name): its descriptor, path in path. -1 on failure (errno set). Also
 * used by the domain for a file's cleaned copy. */
int quarantine_open(const struct config *cfg, char path[PATH_MAX]);

/* Reads the body of req (the gate checked Content-Type and length) and
 * fills req->uploads and Query.*. Returns 0, or an HTTP status: 400
 * (framing), 413 (a limit), 500 (the quarantine cannot be written). */
int upload_receive(struct request *req);

/* Closes every upload and removes the quarantine files the request did
 * not hand over to the store. Called once per request. */
void upload_cleanup(struct request *req);

#endif
