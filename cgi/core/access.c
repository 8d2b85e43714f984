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

/* Whether the person's agency is one of o->consulted. */
static int
consulted(const struct user *u, const struct access_object *o)
{
	size_t i;

	for (i = 0; u->agency_id != 0 && i < o->nconsulted; i++)
		if (o->consulted && o->consulted[i] == u->agency_id)
			return 1;
	return 0;
}

int
access_object(const struct user *u, enum access_act act,
    const struct access_object *o, int lookup)
{
	if (lookup < 0)
		return 503;
	if (lookup == 0 || o == NULL || u == NULL || u->id <= 0)
		return 404;
	switch (o->type) {
	case OBJ_ACCOUNT:
		if (o->owner_id == u->id)
			return 0;
		/* staff records: their agency's admin, or the province's */
		if (u->kind != UK_STAFF || !o->staff)
			return 404;
		if (u->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN))
			return 0;
		if ((u->roles & ROLE_BIT(ROLE_AGENCY_ADMIN)) && o->agency_id != 0 &&
		    o->agency_id == u->agency_id) {
			/* admins and the province's inspectors are the
			 * province's to manage: an agency admin reads them,
			 * changes only officers with working roles */
			if (act == ACT_READ || (o->roles & ~ROLES_WORK) == 0)
				return 0;
			return 403;
		}
		return 404;
	case OBJ_SESSION:
		return o->owner_id == u->id ? 0 : 404;
	case OBJ_DOSSIER:
		if (o->draft && o->counter)
			return u->kind == UK_STAFF && o->agency_id != 0 &&
			    o->agency_id == u->agency_id &&
			    (u->roles & ROLE_BIT(ROLE_RECEPTION)) &&
			    (act == ACT_READ || act == ACT_CHANGE) ? 0 : 404;
		if (u->kind != UK_STAFF)
			/* the owner's own actions; never an officer's */
			return o->owner_id == u->id && act != ACT_PROCESS &&
			    act != ACT_WAIVE ? 0 : 404;
		if (act == ACT_WAIVE) {
			/* the province's admin, on a submitted dossier of
			 * any agency; the inspector reads and changes nothing */
			if (o->draft || o->agency_id == 0)
				return 404;
			if (u->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN))
				return 0;
			return u->roles & ROLE_BIT(ROLE_INSPECTOR) ? 403 : 404;
		}
		/* officers read their agency's submitted dossiers; a draft
		 * is the citizen's alone, and the owner's changes go through
		 * the citizen's pages (the back office acts by transitions) */
		if (o->draft || o->agency_id == 0)
			return 404;
		if (o->agency_id != u->agency_id) {
			/* a consulted agency reads it; nothing more */
			if (!consulted(u, o))
				return 404;
			return act == ACT_READ && (u->roles & ROLES_CONSULT) ? 0 : 403;
		}
		if (act == ACT_READ)
			return 0;
		if (act != ACT_PROCESS)
			return 404;
		/* a transition: one of the roles it allows (none: nobody) */
		return (u->roles & o->roles) != 0 ? 0 : 403;
	case OBJ_OPINION:
		if (u->kind != UK_STAFF || o->agency_id == 0)
			return 404;
		if (consulted(u, o))
			/* the consulted agency reads and answers its request */
			return (act == ACT_READ || act == ACT_ANSWER) &&
			    (u->roles & ROLES_CONSULT) ? 0 : 403;
		if (o->agency_id != u->agency_id)
			return 404;
		/* the lead agency reads its request; withdrawing it needs
		 * one of o->roles; it never answers it */
		if (act == ACT_READ)
			return 0;
		return act == ACT_PROCESS && (u->roles & o->roles) ? 0 : 403;
	case OBJ_AGENCY:
		if (u->kind != UK_STAFF)
			return 404;
		/* the agency itself (renamed, merged, closed: the province's
		 * decision, never an agency's own) */
		if (act == ACT_CHANGE)
			return u->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN) ? 0 : 403;
		if (act != ACT_READ)
			return 403;	/* figures are read, never changed */
		/* the province's oversight: every agency, and the whole */
		if (u->roles & ROLES_OVERSIGHT)
			return 0;
		/* an agency's officers (any role): their own agency's */
		if (o->agency_id != 0 && o->agency_id == u->agency_id && (u->roles & ROLES_ALL))
			return 0;
		return 403;
	case OBJ_PROCEDURE:
		if (u->kind != UK_STAFF)
			return 404;
		if (u->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN))
			return act == ACT_READ || act == ACT_CHANGE || act == ACT_PUBLISH ? 0 : 403;
		/* an agency's admin: their agency's procedures only; another
		 * agency's are as if they did not exist */
		if (!(u->roles & ROLE_BIT(ROLE_AGENCY_ADMIN)) || !consulted(u, o))
			return 404;
		return act == ACT_READ || act == ACT_CHANGE ? 0 : 403;
	}
	return 404;	/* a type added without its rule here */
}
