#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/route.h"
#include "core/util.h"

/* Compares one pattern with the path, segment by segment. */
static int
match(const char *pat, const char *path, char *params[ROUTE_MAXPARAM], int *np)
{
	const char *p = pat, *s = path;
	int n = 0;

	while (*p && *s) {
		if (*p != '/' || *s != '/')
			return 0;
		p++;
		s++;
		if (*p == ':') {
			size_t len = strcspn(s, "/");

			if (len == 0 || n >= ROUTE_MAXPARAM)
				return 0;
			if (params)
				params[n] = xstrndup(s, len);
			n++;
			p += strcspn(p, "/");
			s += len;
		} else {
			size_t pl = strcspn(p, "/"), sl = strcspn(s, "/");

			if (pl != sl || strncmp(p, s, pl) != 0)
				return 0;
			p += pl;
			s += sl;
		}
	}
	if (*p || *s) {
		if (params)
			while (n > 0)
				free(params[--n]);
		return 0;
	}
	*np = n;
	return 1;
}

const struct route *
route_find(const struct route *routes, size_t n, const char *path,
    unsigned method, unsigned *allow, char *params[ROUTE_MAXPARAM],
    int *nparams)
{
	const struct route *found = NULL;
	size_t i;
	int np = 0;

	*allow = 0;
	*nparams = 0;
	for (i = 0; i < n; i++) {
		if (!match(routes[i].pattern, path, NULL, &np))
			continue;
		*allow |= routes[i].methods;
		if (found == NULL && (routes[i].methods & method))
			found = &routes[i];
	}
	if (found)
		match(found->pattern, path, params, nparams);
	return found;
}
