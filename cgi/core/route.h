/* Page tables: matching a path against route patterns. */
#ifndef DVC_ROUTE_H
#define DVC_ROUTE_H

#include "core/request.h"

/* Finds the route whose pattern matches path and whose methods include
 * method (M_GET or M_POST). Patterns are literal segments and ":name"
 * segments that match one non-empty segment. On a match the ":name"
 * values are malloc'd into params (caller frees). *allow gets the union of
 * the methods of every route whose pattern matches, so a miss can tell
 * 404 (allow == 0) from 405. */
const struct route *route_find(const struct route *routes, size_t n,
    const char *path, unsigned method, unsigned *allow,
    char *params[ROUTE_MAXPARAM], int *nparams);

#endif
