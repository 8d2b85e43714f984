/* The request gate: checks a request before anything parses it.
 *
 * In order: the method is one we serve; the path decodes to clean UTF-8
 * with no dot segments and sits under Site.BasePath; a route matches it
 * (404) and takes the method (405); query string, cookie header and other
 * headers are within their caps (414, 431); a body comes only with POST,
 * with a Content-Length (411) within Limits.BodyMax (413) and an allowed
 * Content-Type (415; multipart is refused until the project's own parser
 * exists, because ClearSilver's crashes on hostile input); the body is
 * read into memory; every field name in query and body is made only of
 * [A-Za-z0-9_-] and within the caps (400). */
#ifndef DVC_GATE_H
#define DVC_GATE_H

#include "core/request.h"

/* Returns 0 to go on, or the HTTP status to answer with (req->log_note
 * says why, for the log). May set req->headers (Allow, Location). */
int gate(struct request *req);

/* Checks the names in an urlencoded string (query or body); returns 0 or
 * 400 with *why set. Counts pairs into *count. Exposed for unit tests. */
int gate_check_fields(const char *s, long max_fields, long max_name,
    long *count, const char **why);

#endif
