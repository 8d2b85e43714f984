/* Rendered public pages kept in memory, per process: a hit costs a hash
 * lookup and a copy instead of a render. Keyed by the responder's
 * generation (the catalogue's, which changes with every reload) and the
 * address with its query string; least recently used pages go first when
 * Catalog.CacheBytes is reached.
 *
 * Only routes flagged RF_CACHE, only GET and HEAD, only anonymous
 * visitors, only 200 answers without Set-Cookie are stored. */
#ifndef DVC_PAGECACHE_H
#define DVC_PAGECACHE_H

#include <stddef.h>

struct cached {
	int status;
	char *ctype;
	char *headers;		/* extra header lines (CRLF-terminated) */
	char *body;
	size_t len;
	int count_arg;		/* handed back on each hit (e.g. a view) */
};

void pagecache_init(size_t max_bytes);
/* The entry for (gen, key), or NULL. Valid until the next put. */
const struct cached *pagecache_get(long long gen, const char *key);
void pagecache_put(long long gen, const char *key, const struct cached *c);
void pagecache_free(void);

#endif
