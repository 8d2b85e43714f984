/* The catalogue editor's drafts, versions and withdrawals (issue 16,
 * section 1; sql/022-catalog-drafts.sql).
 *
 * A draft is one procedure's national record as the import reads it (an
 * element of "procedures" in man/dvc-catalog.5), kept as JSON until a
 * province admin publishes it. It is checked by the import's own
 * validator (catalog_check_doc, domain/catalog_validate.h) and published
 * by the import's own writer (catalog_write_proc), so a procedure edited
 * in the browser is the same as one imported. */
#ifndef DVC_CATALOG_EDIT_H
#define DVC_CATALOG_EDIT_H

#include <jansson.h>

#include "core/cs.h"

struct config;
struct db;

#define CEDIT_MAX_AGENCIES 16

/* One procedure as the editor sees it. */
struct cedit {
	char code[17];
	json_t *body;		/* the draft, else the published record */
	json_t *published;	/* the published record; NULL: never published */
	long long rev;		/* the draft's version; 0: no draft */
	long long draft_agency;	/* the draft's agency (0: no draft) */
	/* the agencies whose admins may edit it (access_object's consulted):
	 * the draft's, and the published record's implementing agencies */
	long long agencies[CEDIT_MAX_AGENCIES];
	size_t nagencies;
	int withdrawn;		/* the published record is withdrawn */
};

/* Loads code's draft and published record into e (free with
 * cedit_free, whatever it returned). Returns 1, 0 when there is
 * neither, or a db_rc. */
int cedit_load(struct db *db, const char *code, struct cedit *e);
void cedit_free(struct cedit *e);

/* Checks body with the import's validator (the database and the form
 * templates as the import sees them), normalising it in place. by_field
 * (an object, or NULL) gets each field's first error by its label
 * ("name", "cases[0].key"). Returns the number of errors. */
int cedit_validate(struct db *db, const struct config *cfg, json_t *body,
    json_t *by_field);

/* Each channel's internal process (its own steps and those of every
 * channel: no channel) against that channel's published time limit (a
 * working day is 8 working hours), in the record's channels' order:
 * into.<n>.{channel, steps, hours, limit, late} (hours and limit as "44"
 * or "0,5"; late "1" when the process takes longer). late_only: only
 * those. Returns how many take longer. */
int cedit_process_time(json_t *body, HDF *into, int late_only);

/* The checks the regulation implies, beyond the record's own form: one
 * child of into per failed check ("form_level": a procedure with forms
 * below level 2; "process_time": how many channels' internal process
 * takes longer than the channel's time limit, those channels as its
 * children, as cedit_process_time gives them;
 * "online_reception": a procedure the start form takes online (an
 * online channel, and online under the level scheme in force) whose
 * implementing agencies have no active reception officer). Sets
 * "offline" (not a failure) when the start form does not take it online.
 * Returns how many failed, or a db_rc. */
int cedit_checks(struct db *db, const struct config *cfg, json_t *body, HDF *into);

enum cedit_rc {
	CEDIT_OK = 0,
	CEDIT_STALE = 1,	/* someone saved the draft since rev */
	CEDIT_NONE = 2,		/* nothing to publish or withdraw */
	CEDIT_PAST = 3,		/* a withdrawal date before today */
};

/* Saves body as code's draft for agency (the implementing agency whose
 * admins edit it), if the draft is still at rev (0: there is none yet);
 * in the caller's transaction. CEDIT_OK (e->rev is the new version),
 * CEDIT_STALE, or a db_rc. */
int cedit_save(struct db *db, struct cedit *e, json_t *body, long long agency,
    long long rev, long long by);

/* The difference between two records, field by field: a JSON list of
 * {"key", "idx" (-1: none), "sub" ("": none), "old", "new"}, values as
 * the text a person reads; an internal process step's rows also carry
 * "channel", whose process the step is in ("": every channel's). old may
 * be NULL (a new procedure). */
json_t *cedit_diff(json_t *old, json_t *new_);

/* Publishes code's draft (checked by the caller), if still at rev: writes
 * it as the import does, keeps the version with its difference, removes
 * the draft and bumps the catalogue version; in the caller's transaction.
 * decision_date: ISO. CEDIT_OK, CEDIT_STALE, CEDIT_NONE (no draft), or a
 * db_rc. *n: the version's number. */
int cedit_publish(struct db *db, struct cedit *e, long long rev,
    const char *decision_no, const char *decision_date, long long by, long long *n);

/* Withdraws the published procedure from use from the date on (ISO),
 * under the decision; kept as a version; bumps the catalogue version.
 * CEDIT_OK, CEDIT_NONE (never published), CEDIT_PAST (on is before
 * today: dossiers taken under it stay as they are), or a db_rc. */
int cedit_withdraw(struct db *db, struct cedit *e, const char *on,
    const char *decision_no, const char *decision_date, long long by);

/* --- what the editor's pages show ------------------------------------- */

/* The procedures agency's admins edit (0: every one, for the province's):
 * Procs.<n>.{code, name, withdrawn, has_draft}, published or new drafts.
 * Returns the count or a db_rc. */
int cedit_list(struct db *db, HDF *h, long long agency);

/* The active agencies (Agencies.<n>.{code, name}) and the fields
 * (Fields.<n>.{code, name}), for the editor's choices. 0 or a db_rc. */
int cedit_choices(struct db *db, HDF *h, int agencies);

/* code's draft's last save (prefix.{by_name, at}) and versions, newest
 * first (Versions.<n>.{n, kind, decision_no, decision_date,
 * withdrawn_on, at, by_name} and each one's difference as a cedit_diff
 * list in Versions.<n>.diff, JSON text). 0 or a db_rc. */
int cedit_history(struct db *db, const char *code, HDF *h, const char *prefix);

/* An active agency's id by its code (*id 0: none), or its code by id
 * (into code, of size n; "" for none). 0 or a db_rc. */
int cedit_agency_id(struct db *db, const char *code, long long *id);
int cedit_agency_code(struct db *db, long long id, char *code, size_t n);

#endif
