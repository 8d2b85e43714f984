/* One error path. Functions return 0, an HTTP status (400-599) or a
 * negative enum db_rc; the dispatcher maps it here, logs the detail with
 * the request's reference id, and shows a plain page with that id. */
#ifndef DVC_ERROR_H
#define DVC_ERROR_H

#include "core/db.h"

static inline int
http_status(int rc)
{
	switch (rc) {
	case DB_DOWN:
	case DB_RETRY:
		return 503;
	case DB_DUP:
		return 409;
	case DB_ERR:
		return 500;
	}
	if (rc >= 400 && rc <= 599)
		return rc;
	return 500;
}

#endif
