/* Access control: the one function that decides whether a request may
 * reach its handler. Deny by default: a route flag this function does not
 * know, a role the person does not hold, no session where one is needed.
 *
 * The session layer (accounts issue) fills req->user; until a person has
 * logged in it is NULL. Object-level checks (this dossier, that agency)
 * extend this with (subject, action, object) in the domain layer. */
#ifndef DVC_ACCESS_H
#define DVC_ACCESS_H

#include <stddef.h>

#include "core/request.h"

/* Where a visitor who must log in is sent (with ?tiep=<path>). */
#define LOGIN_PATH "/tai-khoan/dang-nhap"

/* The signed-in hint: a cookie set beside the session's when someone logs
 * in ("cd": a citizen, "cb": staff) and cleared when the session ends. It
 * proves nothing and opens nothing (the session cookie does that): it only
 * picks which header a page shows, so that the shared cached public pages
 * (two variants each) say a person is signed in without reading the
 * session. Req.SignedIn in templates. */
#define SIGNED_COOKIE "dvc_dn"

/* 0: allowed; 303: log in first; 403: logged in but not allowed. */
int access_route(const struct route *r, const struct user *u);

/* (subject, action, object): may this person do this to that thing?
 * The handler loads the object's ownership facts and passes what loading
 * returned; this function alone decides. */
enum access_act {
	ACT_READ,
	ACT_CHANGE,
	ACT_PROCESS,		/* a workflow transition by an officer (OBJ_DOSSIER),
				 * or withdrawing an opinion request (OBJ_OPINION):
				 * needs one of access_object.roles */
	ACT_ANSWER,		/* answering an opinion request (OBJ_OPINION): an
				 * officer of the consulted agency */
	ACT_WAIVE,		/* the province admin's leave for one dossier's
				 * extensions to go past the limits (OBJ_DOSSIER:
				 * extension_waiver), from the oversight page */
	ACT_PUBLISH,		/* publishing or withdrawing a procedure
				 * (OBJ_PROCEDURE): the province's admin */
};
enum access_type {
	OBJ_ACCOUNT,		/* a person's record and personal data */
	OBJ_SESSION,		/* one of a person's sessions */
	OBJ_DOSSIER,		/* a dossier (submission issue) */
	OBJ_OPINION,		/* an inter-agency opinion request on a dossier */
	OBJ_AGENCY,		/* an agency's figures: its period reports,
				 * scorecard, oversight lists (agency_id; 0: the
				 * whole province). Read only: the province's
				 * admins and inspectors read any, an agency's
				 * officers their own. ACT_CHANGE: the agency
				 * itself renamed, merged or closed (issue 16),
				 * and with agency 0 the province's settings
				 * (the level scheme): the province's admins
				 * alone */
	OBJ_PROCEDURE,		/* a procedure of the catalogue, or its draft,
				 * in the editor (/quan-tri/thu-tuc): consulted
				 * lists the agencies that implement it (the
				 * draft's, or the published record's); their
				 * admins read and change it, the province's
				 * admins any, and only they publish */
};
struct access_object {
	enum access_type type;
	long long owner_id;	/* the account it belongs to (an account: itself) */
	long long agency_id;	/* staff account: their agency; dossier: the
				 * agency handling it; 0: none */
	int staff;		/* OBJ_ACCOUNT: a staff account */
	int draft;		/* OBJ_DOSSIER: not submitted yet */
	unsigned roles;		/* ACT_PROCESS: the roles (bits of enum role)
				 * the transition allows, any of them.
				 * OBJ_ACCOUNT, ACT_CHANGE: the roles the
				 * staff record holds and any it would be
				 * given (an agency admin changes only those
				 * with working roles; 403 otherwise) */
	/* OBJ_DOSSIER: agencies consulted on it (an opinion request pending
	 * or answered; the loader may list only the person's own agency, if
	 * it is one). OBJ_OPINION: the request's consulted agency (one),
	 * agency_id being the dossier's. Their officers in a consulting role
	 * (specialist, leader) read the dossier and its files and answer; they
	 * never take a workflow transition on it. */
	const long long *consulted;
	size_t nconsulted;
	/* OBJ_DOSSIER: received at the counter or by post. Its draft is
	 * reception's (of the dossier's agency) to fill and submit, never
	 * the applicant's, even when their account owns it */
	int counter;
};
/* lookup: 1 found, 0 not found, < 0 the db_rc of a failed lookup.
 * Returns 0 (allowed), 404 (missing, or not this person's: the same
 * answer, so an id reveals nothing), 403 (ACT_PROCESS by an officer of
 * the dossier's agency without a role the transition allows: the dossier
 * is theirs to see, the action is not theirs to take; an officer of a
 * consulted agency without a consulting role, or asking for a transition
 * or for the lead agency's part of a request; an inspector asking for
 * anything but a read; an officer asking for another agency's figures,
 * whose codes are public) or 503 (the lookup failed: deny). */
int access_object(const struct user *u, enum access_act act,
    const struct access_object *o, int lookup);

#endif
