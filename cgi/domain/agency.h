/* Agencies change (issue 16, section 4): a province admin renames an
 * agency, merges it into another or closes it (its work going to a
 * successor), from a day on. The decision is recorded (agency_change,
 * sql/024-agency-change.sql) and made on its day by dvcctl agency apply,
 * in one transaction per change: the agency row and its history as the
 * catalogue import records them (agency, agency_event), and for a merger
 * or a closure the handover of its open dossiers (wf_handover: each keeps
 * its code and clock, its citizen is mailed), its staff, its procedures
 * its child agencies and the opinions asked of it to the successor. */
#ifndef DVC_AGENCY_H
#define DVC_AGENCY_H

#include "core/cs.h"

struct config;
struct db;
struct wf_hooks;

enum agency_kind { AK_RENAME, AK_MERGE, AK_CLOSE, AK__MAX };
/* agency_change.kind and agency_event.event of each */
extern const char *const agency_kind_names[AK__MAX];

struct agency_change {
	long long agency_id;
	enum agency_kind kind;
	long day;		/* the day it takes effect (calendar.h day number) */
	const char *new_name;	/* AK_RENAME */
	long long successor_id;	/* AK_MERGE, AK_CLOSE */
	const char *note;	/* the decision's number and reason; may be NULL */
	long long by;		/* the province admin who decided */
};

/* Every agency for the admin's list: prefix.N.{id,code,name,level,status,
 * closed_on,parent,successor,waiting (the kind of a change waiting),
 * waiting_on}, active first, by code. Count or db_rc. */
int agency_list(struct db *db, HDF *hdf, const char *prefix);
/* One agency by code: prefix.{id,code,name,level,status,closed_on,parent,
 * successor,successor_code}, prefix.Events.N.{date,event,old_name,note},
 * prefix.Changes.N.{id,kind,effective_on,new_name,successor,note,state,
 * done_at,dossiers,staff,procs} (newest first), prefix.Waiting (the id of
 * the change waiting, if any), prefix.Open (open dossiers now). 1, 0 (no
 * such agency) or db_rc. */
int agency_get(struct db *db, const char *code, HDF *hdf, const char *prefix);
/* The active agencies other than except (0: none) for a choice:
 * prefix.N.{id,code,name}. Count or db_rc. */
int agency_choices(struct db *db, long long except, HDF *hdf, const char *prefix);
/* An agency's id by code into *id (any state): 1, 0 (none) or db_rc. */
int agency_id_of(struct db *db, const char *code, long long *id);
/* An active agency's id by code into *id: 1, 0 (none, or closed) or db_rc. */
int agency_active_id(struct db *db, const char *code, long long *id);

/* Whether c may be recorded on day today: NULL if so, else why, a key
 * of Lang.Admin.Agency.Why (the form shows it by the field *field names:
 * "ngay_hieu_luc", "co_quan_tiep_nhan", "ten_moi", or "" for the form):
 * a day in the past, a change already waiting, an agency already closed,
 * no successor, the successor itself, closed or about to close, or
 * inside the agency's own subtree (a cycle), the same name. *rc gets a
 * db_rc if the checks could not read (the answer is then "down"). */
const char *agency_change_check(struct db *db, const struct agency_change *c,
    long today, const char **field, int *rc);
/* Records c as waiting (after agency_change_check, in the same
 * transaction): its id, or a db_rc. */
long long agency_change_add(struct db *db, const struct agency_change *c);
/* Cancels the waiting change id of agency: 1, 0 (none waiting) or db_rc. */
int agency_change_cancel(struct db *db, long long agency, long long id);

/* One step of an agency's history (agency_event): day "YYYY-MM-DD", event
 * (agency_event.event: created, renamed, merged, closed), the name before
 * a rename and a note (NULL: none). The catalogue import records an
 * agency's history with it, and the changes made here. 0 or a db_rc. */
int agency_event_add(struct db *db, long long agency, const char *day,
    const char *event, const char *old_name, const char *note);

/* What agency_apply_due did. */
struct agency_apply_out {
	int changes, dossiers, staff, procs;
	int opinions;	/* requests withdrawn as no longer needed */
};
/* Makes every waiting change whose day is today or earlier, each in one
 * transaction of its own, as the province admin who decided it (h->user
 * is replaced by a staff user of that id for the history; the rest of h
 * is kept: its audit and mail). Sums into *out. 0 or a db_rc (the
 * changes made before the failure stay made). */
int agency_apply_due(struct db *db, const struct config *cfg, long today,
    const struct wf_hooks *h, struct agency_apply_out *out);

#endif
