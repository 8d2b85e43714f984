/* Configuration: one HDF file (etc/dvc.hdf documents every key).
 *
 * Loaded once at start-up and read-only afterwards; that makes it the one
 * kind of global state a worker may hold. Every key is declared in the
 * table in config.c with its type, default and range: an unknown key or a
 * bad value stops start-up with a message naming the key. */
#ifndef DVC_CONF_H
#define DVC_CONF_H

#include <stddef.h>

#include "core/cs.h"

struct config {
	HDF *hdf;		/* every key, defaults filled in */
	HDF *site;		/* Site.* only: safe to show to templates */
	char *path;		/* the file it came from */

	/* Cached for the request path, so the hot path does no lookups. */
	long body_max, query_max, cookie_max, fields_max, field_name_max,
	    path_max, header_max;
	long max_requests, processes;
	const char *base_path;	/* "" or "/prefix" */
	const char *base_url;
	int base_https;
	long hsts_max_age;
	long feedback_per_hour;
	const char *embed_origins;	/* checked list of origins, or "*" */

	unsigned char secret[64];
	size_t secret_len;
	unsigned char audit_key[64];	/* Audit.KeyFile: only programs that */
	size_t audit_key_len;		/* write or verify the audit trail */
};

/* Loads and validates path. On error returns -1 and writes one line for
 * the operator into err (names the file, the key and what is wrong). */
int config_load(struct config *cfg, const char *path, char *err, size_t errlen);
/* Reads Security.SecretFile (at least 32 bytes, not world-readable). */
int config_load_secret(struct config *cfg, char *err, size_t errlen);
/* Reads Audit.KeyFile, the same way. */
int config_load_audit_key(struct config *cfg, char *err, size_t errlen);
void config_free(struct config *cfg);

const char *cfg_str(const struct config *cfg, const char *key);
long cfg_int(const struct config *cfg, const char *key);

/* The config path a program uses: -c wins, then $DVC_CONFIG, then the
 * compiled-in default. */
const char *config_default_path(const char *from_argv);

/* For the documentation test: walks the key table. */
struct config_keyinfo {
	const char *name;
	const char *def;
};
size_t config_keys(const struct config_keyinfo **out);

#endif
