#include "config.h"

#include "core/access.h"

int
access_route(const struct route *r, const struct user *u)
{
	if (r == NULL)
		return 403;
	if (r->flags & ~(unsigned)RF__KNOWN)
		return 403;	/* a flag added without its rule here */
	if ((r->flags & RF_LOGIN) || r->roles) {
		if (u == NULL || u->id <= 0)
			return 303;
		if (r->roles && (u->roles & r->roles) == 0)
			return 403;
	}
	return 0;
}
