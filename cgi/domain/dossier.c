/* Dossiers: see dossier.h. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/clock.h"
#include "core/db.h"
#include "core/util.h"
#include "domain/calendar.h"
#include "domain/checks.h"
#include "domain/dossier.h"
#include "domain/scheme.h"

void
dossier_code_norm(const char *in, char out[41])
{
	char *p;

	snprintf(out, 41, "%s", in ? in : "");
	for (p = out; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
}

int
dossier_facts(struct db *db, long long id, const char *code_in,
    struct dossier_facts *f)
{
	char code[41];
	HDF *h;
	int rc;

	memset(f, 0, sizeof(*f));
	dossier_code_norm(code_in, code);
	if (hdf_init(&h))
		abort();
	if (id)
		rc = db_row(db, h, "D", "SELECT d.id, d.owner_id, d.agency_id, d.status,"
		    " d.proc_level, d.code, d.channel, (SELECT COUNT(*) FROM dossier_file f WHERE"
		    " f.dossier_id = d.id AND f.is_result = 0) AS files, (SELECT"
		    " COALESCE(SUM(size), 0) FROM dossier_file f WHERE f.dossier_id = d.id"
		    " AND f.is_result = 0) AS bytes"
		    " FROM dossier d WHERE d.id = ?", DB_INT(id));
	else
		rc = db_row(db, h, "D", "SELECT d.id, d.owner_id, d.agency_id, d.status,"
		    " d.proc_level, d.code, d.channel, (SELECT COUNT(*) FROM dossier_file f WHERE"
		    " f.dossier_id = d.id AND f.is_result = 0) AS files, (SELECT"
		    " COALESCE(SUM(size), 0) FROM dossier_file f WHERE f.dossier_id = d.id"
		    " AND f.is_result = 0) AS bytes"
		    " FROM dossier d WHERE d.code = ?", DB_STR(code));
	if (rc == 1) {
		f->id = hdf_ll(h, "D.id");
		f->owner_id = hdf_ll(h, "D.owner_id");
		f->agency_id = hdf_ll(h, "D.agency_id");
		f->status = hdf_get_int_value(h, "D.status", 0);
		f->level = hdf_get_int_value(h, "D.proc_level", 0);
		snprintf(f->code, sizeof(f->code), "%s", hdf_get_value(h, "D.code", ""));
		f->files = hdf_ll(h, "D.files");
		f->bytes = hdf_ll(h, "D.bytes");
		f->counter = strcmp(hdf_get_value(h, "D.channel", "online"), "online") != 0;
	}
	hdf_destroy(&h);
	return rc;
}

/* The procedure's data for a start form, as offered on channel ("online":
 * online under the level scheme in force, domain/scheme.h, as the
 * catalogue's pages show it: level 3 or 4, or toàn trình / một phần,
 * with an online channel; "in_person", "post": any level with that
 * channel). */
static int
proc_info(struct db *db, int scheme, const char *proc_code, const char *channel,
    HDF *hdf)
{
	long long pid;
	int rc;

	rc = db_row(db, hdf, "Proc", "SELECT p.id, p.code, p.name, p.level"
	    " FROM proc p JOIN proc_channel c ON c.proc_id = p.id AND c.channel = ?"
	    " WHERE p.code = ? AND (c.channel <> 'online' OR "
	    SCHEME_ONLINE_SQL("p") ")",
	    DB_STR(channel), DB_STR(proc_code), DB_INT(scheme));
	if (rc <= 0)
		return rc;
	pid = hdf_ll(hdf, "Proc.id");
	if ((rc = db_rows(db, hdf, "Proc.Cases", "SELECT case_key AS `key`, name"
	    " FROM proc_case WHERE proc_id = ? ORDER BY seq", DB_INT(pid))) < 0)
		return rc;
	if ((rc = db_rows(db, hdf, "Proc.Agencies", "SELECT a.code, a.name FROM"
	    " proc_agency pa JOIN agency a ON a.id = pa.agency_id WHERE"
	    " pa.proc_id = ? AND pa.role = 'implementing' AND a.status = 'active'"
	    " ORDER BY a.name", DB_INT(pid))) < 0)
		return rc;
	return 1;
}

int
dossier_proc_info(struct db *db, const struct config *cfg, const char *proc_code,
    HDF *hdf)
{
	int scheme, rc;

	if ((rc = scheme_get(db, cfg, &scheme)) < 0)
		return rc;
	return proc_info(db, scheme, proc_code, "online", hdf);
}

/* --- making a draft ---------------------------------------------------------- */

/* The one way a draft is made: online by its owner (e->by 0), or
 * entered by reception (e->by, the officer; owner 0: the applicant has
 * no account). The token makes a form's posts one draft, per owner
 * online, per officer at the counter. */
struct start_in {
	long long owner, by;
	const char *channel;		/* dossier.channel */
	const char *proc_channel;	/* proc_channel.channel it is offered on */
	long long agency_id;		/* the officer's agency (by), else 0 */
	int scheme;			/* the level scheme, for "online" */
};

/* The draft a form's token made already: 1 (*id), 0 or a db_rc; lock:
 * a locking read (the twin post's commit, not this snapshot). */
static int
start_again(struct db *db, const struct start_in *e, const char *token,
    int lock, long long *id)
{
	if (e->by)
		return lock ? db_int(db, id, "SELECT id FROM dossier WHERE entered_by = ?"
		    " AND start_token = ? LOCK IN SHARE MODE", DB_INT(e->by), DB_STR(token)) :
		    db_int(db, id, "SELECT id FROM dossier WHERE entered_by = ? AND"
		    " start_token = ?", DB_INT(e->by), DB_STR(token));
	return lock ? db_int(db, id, "SELECT id FROM dossier WHERE owner_id = ? AND"
	    " start_token = ? LOCK IN SHARE MODE", DB_INT(e->owner), DB_STR(token)) :
	    db_int(db, id, "SELECT id FROM dossier WHERE owner_id = ? AND"
	    " start_token = ?", DB_INT(e->owner), DB_STR(token));
}

static int
start_in(struct db *db, const struct start_in *e, const char *proc_code,
    const char *case_key, const char *agency_code, const char *token,
    const struct applicant *a, long long *id)
{
	HDF *h;
	long long pid, case_id = 0, agency_id = 0;
	int rc, ncases, nag;

	*id = 0;
	/* the same form posted again: the draft it made */
	rc = start_again(db, e, token, 0, id);
	if (rc != 0)
		return rc < 0 ? rc : DOSSIER_AGAIN;
	if (hdf_init(&h))
		abort();
	if ((rc = proc_info(db, e->scheme, proc_code, e->proc_channel, h)) <= 0) {
		hdf_destroy(&h);
		return rc < 0 ? rc : DOSSIER_NO_PROC;
	}
	pid = hdf_ll(h, "Proc.id");
	ncases = hdf_obj_child(hdf_get_obj(h, "Proc.Cases")) ? 1 : 0;
	if (case_key && *case_key) {
		rc = db_int(db, &case_id, "SELECT id FROM proc_case WHERE proc_id = ?"
		    " AND case_key = ?", DB_INT(pid), DB_STR(case_key));
		if (rc <= 0) {
			hdf_destroy(&h);
			return rc < 0 ? rc : DOSSIER_NO_CASE;
		}
	} else if (ncases) {
		/* a procedure with cases needs one chosen */
		hdf_destroy(&h);
		return DOSSIER_NO_CASE;
	}
	nag = 0;
	{
		HDF *c;

		for (c = hdf_obj_child(hdf_get_obj(h, "Proc.Agencies")); c; c = hdf_obj_next(c))
			nag++;
	}
	if (e->agency_id)
		/* at the counter: the officer's own agency, if it performs it */
		rc = db_int(db, &agency_id, "SELECT a.id FROM proc_agency pa JOIN agency a"
		    " ON a.id = pa.agency_id WHERE pa.proc_id = ? AND pa.role ="
		    " 'implementing' AND a.status = 'active' AND a.id = ?",
		    DB_INT(pid), DB_INT(e->agency_id));
	else if (agency_code && *agency_code)
		rc = db_int(db, &agency_id, "SELECT a.id FROM proc_agency pa JOIN agency a"
		    " ON a.id = pa.agency_id WHERE pa.proc_id = ? AND pa.role ="
		    " 'implementing' AND a.status = 'active' AND a.code = ?",
		    DB_INT(pid), DB_STR(agency_code));
	else if (nag == 1)
		rc = db_int(db, &agency_id, "SELECT a.id FROM proc_agency pa JOIN agency a"
		    " ON a.id = pa.agency_id WHERE pa.proc_id = ? AND pa.role ="
		    " 'implementing' AND a.status = 'active'", DB_INT(pid));
	else
		rc = 0;
	if (rc <= 0) {
		hdf_destroy(&h);
		return rc < 0 ? rc : DOSSIER_NO_AGENCY;
	}
	rc = db_exec(db, "INSERT INTO dossier (owner_id, entered_by, channel,"
	    " proc_code, proc_name,"
	    " proc_level, case_key, case_name, agency_id, on_behalf, applicant_name,"
	    " applicant_id_number, applicant_birth_date, applicant_phone,"
	    " applicant_email, applicant_address, applicant_org, applicant_tax_code,"
	    " start_token) SELECT ?, ?, ?, p.code, p.name, p.level, c.case_key, c.name, ?,"
	    " ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM proc p LEFT JOIN proc_case c ON"
	    " c.id = ? WHERE p.id = ?",
	    e->owner ? DB_INT(e->owner) : DB_NULL, e->by ? DB_INT(e->by) : DB_NULL,
	    DB_STR(e->channel),
	    DB_INT(agency_id), DB_INT(a->on_behalf), DB_STR(a->name),
	    DB_STR(a->id_number), DB_STR(a->birth_date), DB_STR(a->phone),
	    DB_STR(a->email), DB_STR(a->address), DB_STR(a->org), DB_STR(a->tax_code),
	    DB_STR(token), DB_INT(case_id), DB_INT(pid));
	hdf_destroy(&h);
	if (rc == DB_DUP) {
		/* a twin post got there first: its draft, read as committed
		 * (a locking read), not as this transaction's snapshot */
		rc = start_again(db, e, token, 1, id);
		if (rc == 0)
			return DB_RETRY;
		return rc < 0 ? rc : 1;
	}
	if (rc < 0)
		return rc;
	*id = db_insert_id(db);
	/* the documents of every case, and of the chosen one */
	rc = db_exec(db, "INSERT INTO dossier_doc (dossier_id, seq, name, required,"
	    " originals, copies) SELECT ?, seq, name, required, originals, copies"
	    " FROM proc_document WHERE proc_id = ? AND (case_id IS NULL OR"
	    " case_id = ?) ORDER BY seq", DB_INT(*id), DB_INT(pid), DB_INT(case_id));
	if (rc < 0)
		return rc;
	rc = db_exec(db, "INSERT INTO dossier_event (dossier_id, action, status_from,"
	    " status_to, actor_id, actor_role) VALUES (?, 'draft', 0, 0, ?, ?)",
	    DB_INT(*id), DB_INT(e->by ? e->by : e->owner),
	    DB_STR(e->by ? "reception" : "citizen"));
	return rc < 0 ? rc : 0;
}

int
dossier_start(struct db *db, const struct config *cfg, long long owner,
    const char *proc_code, const char *case_key, const char *agency_code,
    const char *token, const struct applicant *a, long long *id)
{
	struct start_in e = { owner, 0, "online", "online", 0, 2018 };
	int rc;

	if ((rc = scheme_get(db, cfg, &e.scheme)) < 0)
		return rc;

	return start_in(db, &e, proc_code, case_key, agency_code, token, a, id);
}

int
dossier_counter_start(struct db *db, long long owner, long long by, int post,
    const char *proc_code, const char *case_key, long long agency_id,
    const char *token, const struct applicant *a, long long *id)
{
	/* not online: any level (the scheme plays no part) */
	struct start_in e = { owner, by, post ? "post" : "counter",
	    post ? "post" : "in_person", agency_id, 2018 };

	if (by == 0 || agency_id == 0)
		return DOSSIER_NO_AGENCY;
	return start_in(db, &e, proc_code, case_key, NULL, token, a, id);
}

int
dossier_set_applicant(struct db *db, long long id, const struct applicant *a)
{
	int rc = db_exec(db, "UPDATE dossier SET on_behalf = ?, applicant_name = ?,"
	    " applicant_id_number = ?, applicant_birth_date = ?, applicant_phone = ?,"
	    " applicant_email = ?, applicant_address = ?, applicant_org = ?,"
	    " applicant_tax_code = ?, updated_at = NOW() WHERE id = ? AND status = 0",
	    DB_INT(a->on_behalf), DB_STR(a->name), DB_STR(a->id_number),
	    DB_STR(a->birth_date), DB_STR(a->phone), DB_STR(a->email),
	    DB_STR(a->address), DB_STR(a->org), DB_STR(a->tax_code), DB_INT(id));

	return rc < 0 ? rc : 0;
}

/* --- reading ----------------------------------------------------------------- */

/* Files under their document: Docs.N.Files.M, and Docs.N.nfiles. */
static void
nest_files(HDF *root, HDF *files)
{
	HDF *d, *f;

	for (d = hdf_obj_child(hdf_get_obj(root, "Docs")); d; d = hdf_obj_next(d)) {
		long long did = hdf_ll(d, "id");
		int n = 0;

		int gone = 0;

		for (f = hdf_obj_child(files); f; f = hdf_obj_next(f)) {
			char key[48];

			if (hdf_ll(f, "doc_id") != did)
				continue;
			/* taken back by a supplement: kept apart, for the
			 * record; the document counts only its files */
			if (*hdf_get_value(f, "withdrawn", ""))
				snprintf(key, sizeof(key), "Gone.%d", gone++);
			else
				snprintf(key, sizeof(key), "Files.%d", n++);
			hdf_copy(d, key, f);
		}
		hdf_set_int_value(d, "nfiles", n);
		hdf_set_int_value(d, "ngone", gone);
	}
}

int
dossier_load(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	HDF *root, *tmp;
	int rc, missing = 0;
	HDF *d;

	if (hdf_get_node(hdf, prefix, &root) != STATUS_OK)
		abort();
	rc = db_row(db, root, "D", "SELECT d.id, d.code, d.owner_id, d.channel, d.proc_code,"
	    " d.proc_name, d.proc_level, d.case_key, d.case_name, d.status,"
	    " d.paper_pending, d.on_behalf, d.applicant_name, d.applicant_id_number,"
	    " DATE_FORMAT(d.applicant_birth_date, '%d/%m/%Y') AS applicant_birth_date,"
	    " d.applicant_phone, d.applicant_email, d.applicant_address,"
	    " d.applicant_org, d.applicant_tax_code, d.note, d.version,"
	    " DATE_FORMAT(d.created_at, '%H:%i %d/%m/%Y') AS created,"
	    " DATE_FORMAT(d.updated_at, '%H:%i %d/%m/%Y') AS updated,"
	    " DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y') AS submitted,"
	    /* the clock, for wf_clock_info */
	    " d.clock, d.due_at, d.due_explain, d.handover_due_at, d.handed_over_at,"
	    " d.first_due_at, d.finished_at, d.timeliness, d.extensions,"
	    /* processing (domain/workflow.c): a pending proposal (its draft
	     * notice is the back office's: wf_proposal_reason), the result
	     * document, its return */
	    " d.proposal_action, d.result_file_id,"
	    " r.name AS result_name, r.mime AS result_mime, r.size AS result_size,"
	    " d.return_method, d.post_tracking,"
	    " DATE_FORMAT(d.collected_at, '%H:%i %d/%m/%Y') AS collected,"
	    " d.refund_due, d.extension_tenths, d.opinions,"
	    /* the paper copy of an unsigned level-4 dossier */
	    " d.submitted_at, " DOSSIER_PAPER_AWAITED_SQL " AS paper_awaited,"
	    " DATE_FORMAT(d.paper_received_at, '%d/%m/%Y') AS paper_received,"
	    " d.paper_received_how, d.paper_received_note,"
	    " a.code AS agency_code, a.name AS agency_name, a.address AS agency_address,"
	    " a.phone AS agency_phone,"
	    /* the time limit its channel promises (the review page says it
	     * before submission): "5" or "0,5", and its unit */
	    " REPLACE(TRIM(TRAILING '.0' FROM CAST(pc.time_tenths / 10 AS DECIMAL(10,1))),"
	    " '.', ',') AS limit_time, pc.time_unit AS limit_unit"
	    " FROM dossier d JOIN agency a ON a.id = d.agency_id"
	    " LEFT JOIN dossier_file r ON r.id = d.result_file_id AND r.dossier_id = d.id"
	    " LEFT JOIN proc p ON p.code = d.proc_code"
	    " LEFT JOIN proc_channel pc ON pc.proc_id = p.id AND pc.channel ="
	    " CASE d.channel WHEN 'counter' THEN 'in_person' ELSE d.channel END"
	    " WHERE d.id = ?", DB_INT(id));
	if (rc <= 0)
		return rc < 0 ? rc : DB_ERR;
	/* checked: reception's mark (ok 1/0, none before the check) */
	if ((rc = db_rows(db, root, "Docs", "SELECT d.id, d.seq, d.name,"
	    " d.required, d.originals, d.copies, d.supplement, c.ok AS checked,"
	    " d.compared_by IS NOT NULL AS compared"
	    " FROM dossier_doc d LEFT JOIN dossier_check c ON c.dossier_id ="
	    " d.dossier_id AND c.doc_id = d.id WHERE d.dossier_id = ?"
	    " ORDER BY d.seq, d.id",
	    DB_INT(id))) < 0)
		return rc;
	if (hdf_init(&tmp))
		abort();
	rc = db_rows(db, tmp, "F", "SELECT id, doc_id, sha256, size, mime, ext, name,"
	    " signs_id, sig_state, sig_reason, sig_signer, sig_serial, sig_issuer,"
	    " DATE_FORMAT(sig_time, '%H:%i %d/%m/%Y') AS sig_time,"
	    " DATE_FORMAT(created_at, '%H:%i %d/%m/%Y') AS added,"
	    " DATE_FORMAT(withdrawn_at, '%H:%i %d/%m/%Y') AS withdrawn"
	    " FROM dossier_file WHERE dossier_id = ? AND is_result = 0 ORDER BY id",
	    DB_INT(id));
	if (rc >= 0)
		nest_files(root, hdf_get_obj(tmp, "F"));
	hdf_destroy(&tmp);
	if (rc < 0)
		return rc;
	for (d = hdf_obj_child(hdf_get_obj(root, "Docs")); d; d = hdf_obj_next(d)) {
		if (hdf_get_int_value(d, "required", 0) && hdf_get_int_value(d, "nfiles", 0) == 0) {
			char key[32];

			snprintf(key, sizeof(key), "Missing.%d.name", missing++);
			hdf_set_value(root, key, hdf_get_value(d, "name", ""));
			hdf_set_value(d, "missing", "1");
		}
	}
	hdf_set_int_value(root, "nmissing", missing);
	/* who acted: the role and the agency, never the officer's name */
	/* the return's note is "<how> [tracking number]" (workflow.c
	 * record): its two parts, for the page to say the first in words */
	if ((rc = db_rows(db, root, "Events", "SELECT e.action, e.status_from,"
	    " e.status_to, e.actor_role, e.note, e.notice_id, g.name AS agency_name,"
	    " IF(e.action = 'deliver', SUBSTRING_INDEX(e.note, ' ', 1), NULL) AS how,"
	    " IF(e.action = 'deliver' AND LOCATE(' ', e.note) > 0,"
	    "  SUBSTRING(e.note, LOCATE(' ', e.note) + 1), NULL) AS tracking,"
	    " DATE_FORMAT(e.at, '%H:%i %d/%m/%Y') AS at FROM dossier_event e"
	    " LEFT JOIN agency g ON g.id = e.agency_id WHERE e.dossier_id = ?"
	    " ORDER BY e.id", DB_INT(id))) < 0)
		return rc;
	return missing;
}

int
dossier_list(struct db *db, long long owner, HDF *hdf, const char *prefix)
{
	return db_rows(db, hdf, prefix, "SELECT d.id, d.code, d.proc_code,"
	    " d.proc_name, d.status, d.paper_pending, a.name AS agency_name,"
	    " " DOSSIER_PAPER_AWAITED_SQL " AS paper_awaited,"
	    " DATE_FORMAT(d.paper_received_at, '%d/%m/%Y') AS paper_received,"
	    " DATE_FORMAT(d.updated_at, '%H:%i %d/%m/%Y') AS updated,"
	    " DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y') AS submitted"
	    " FROM dossier d JOIN agency a ON a.id = d.agency_id WHERE d.owner_id = ?"
	    /* reception's entry is not the citizen's until submitted */
	    " AND (d.status > 0 OR d.channel = 'online')"
	    " ORDER BY d.status = 0 DESC, d.updated_at DESC, d.id DESC LIMIT 500",
	    DB_INT(owner));
}

/* --- files ------------------------------------------------------------------- */

int
dossier_add_file(struct db *db, long long id, const struct dossier_file *df,
    long long *file_id)
{
	int rc;

	rc = db_exec(db, "INSERT INTO dossier_file (dossier_id, doc_id, sha256,"
	    " size, mime, ext, name, signs_id, sig_state, sig_reason, sig_signer,"
	    " sig_serial, sig_issuer, sig_time) SELECT ?, d.id, ?, ?, ?, ?, ?, ?, ?,"
	    " ?, ?, ?, ?, IF(? = 0, NULL, FROM_UNIXTIME(?)) FROM dossier_doc d"
	    " WHERE d.id = ? AND d.dossier_id = ?",
	    DB_INT(id), DB_STR(df->sha256), DB_INT(df->size), DB_STR(df->mime),
	    DB_STR(df->ext), DB_STR(df->name),
	    df->signs_id ? DB_INT(df->signs_id) : DB_NULL,
	    DB_STR(df->sig_state ? df->sig_state : "none"), DB_STR(df->sig_reason),
	    DB_STR(df->sig_signer), DB_STR(df->sig_serial), DB_STR(df->sig_issuer),
	    DB_INT(df->sig_time), DB_INT(df->sig_time), DB_INT(df->doc_id), DB_INT(id));
	if (rc < 0)
		return rc;
	if (rc == 0)
		return DB_ERR;	/* the document is not this dossier's */
	*file_id = db_insert_id(db);
	rc = db_exec(db, "UPDATE dossier SET updated_at = NOW() WHERE id = ?", DB_INT(id));
	return rc < 0 ? rc : 0;
}

int
dossier_withdraw_files(struct db *db, long long id, const long long *ids, int n)
{
	char at[24];
	int i, rc, done = 0;

	cal_format_iso(clock_now(), at, sizeof(at));
	for (i = 0; i < n; i++) {
		/* a file of a document the request named, not yet taken
		 * back; its detached signature goes with it */
		rc = db_exec(db, "UPDATE dossier_file f JOIN dossier_doc dd ON"
		    " dd.id = f.doc_id SET f.withdrawn_at = ? WHERE f.dossier_id = ?"
		    " AND dd.supplement = 1 AND f.is_result = 0 AND f.withdrawn_at IS NULL"
		    " AND (f.id = ? OR f.signs_id = ?)",
		    DB_STR(at), DB_INT(id), DB_INT(ids[i]), DB_INT(ids[i]));
		if (rc < 0)
			return rc;
		done += rc > 0;
	}
	return done;
}

int
dossier_remove_file(struct db *db, long long id, long long file_id)
{
	int rc;

	/* a detached signature goes with the file it signs */
	rc = db_exec(db, "DELETE FROM dossier_file WHERE dossier_id = ? AND"
	    " signs_id = ?", DB_INT(id), DB_INT(file_id));
	if (rc < 0)
		return rc;
	rc = db_exec(db, "DELETE FROM dossier_file WHERE dossier_id = ? AND id = ?",
	    DB_INT(id), DB_INT(file_id));
	return rc < 0 ? rc : rc > 0;
}

int
dossier_file_get(struct db *db, long long file_id, HDF *hdf, long long *dossier_id)
{
	int rc = db_row(db, hdf, "File", "SELECT id, dossier_id, sha256, size, mime,"
	    " ext, name, is_result FROM dossier_file WHERE id = ?", DB_INT(file_id));

	if (rc == 1)
		*dossier_id = hdf_ll(hdf, "File.dossier_id");
	return rc;
}

int
dossier_delete_draft(struct db *db, long long id)
{
	int rc = db_exec(db, "DELETE FROM dossier WHERE id = ? AND status = 0", DB_INT(id));

	return rc < 0 ? rc : rc > 0;
}

/* --- the paper copy of level 4 ------------------------------------------------- */

int
dossier_unsigned_docs(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	return db_rows(db, hdf, prefix, "SELECT dd.id, dd.name FROM dossier_doc dd"
	    " JOIN dossier d ON d.id = dd.dossier_id WHERE dd.dossier_id = ? AND"
	    " d.proc_level >= 4 AND dd.required = 1 AND NOT EXISTS (SELECT 1 FROM"
	    " dossier_file f WHERE f.doc_id = dd.id AND f.sig_state = 'valid'"
	    " AND f.withdrawn_at IS NULL)"
	    " ORDER BY dd.seq, dd.id", DB_INT(id));
}

int
dossier_proc_required(struct db *db, const char *proc_code, HDF *hdf,
    const char *prefix)
{
	return db_rows(db, hdf, prefix, "SELECT pd.name, c.name AS case_name FROM"
	    " proc p JOIN proc_document pd ON pd.proc_id = p.id LEFT JOIN proc_case c"
	    " ON c.id = pd.case_id WHERE p.code = ? AND pd.required = 1"
	    " ORDER BY pd.case_id IS NOT NULL, c.seq, pd.seq, pd.id", DB_STR(proc_code));
}

/* --- submission ---------------------------------------------------------------- */

int
dossier_code_pattern_ok(const char *pattern, const char **why)
{
	char out[64];

	if (strstr(pattern, "{agency}") == NULL) {
		*why = "thiếu {agency}";
		return -1;
	}
	if (dossier_code_format(pattern, "000.00.00.H00", 2025, 12, 31, 1, out,
	    sizeof(out)) != 0) {
		*why = "có phần không hiểu, hoặc thiếu {seq3}..{seq6}, hoặc mã quá 40 ký tự";
		return -1;
	}
	return 0;
}

int
dossier_code_format(const char *pattern, const char *agency, int y, int m,
    int d, long seq, char *out, size_t outlen)
{
	struct buf b = BUF_INIT;
	const char *p = pattern;
	int seen_seq = 0, rc = -1;

	while (*p) {
		if (*p != '{') {
			if (!(isalnum((unsigned char)*p) || *p == '-' || *p == '.' || *p == '_'))
				goto out;
			buf_add(&b, p++, 1);
			continue;
		}
		if (strncmp(p, "{agency}", 8) == 0) {
			buf_adds(&b, agency);
			p += 8;
		} else if (strncmp(p, "{yymmdd}", 8) == 0) {
			buf_printf(&b, "%02d%02d%02d", y % 100, m, d);
			p += 8;
		} else if (strncmp(p, "{yyyymmdd}", 10) == 0) {
			buf_printf(&b, "%04d%02d%02d", y, m, d);
			p += 10;
		} else if (strncmp(p, "{seq", 4) == 0 && p[4] >= '3' && p[4] <= '6' &&
		    p[5] == '}') {
			buf_printf(&b, "%0*ld", p[4] - '0', seq);
			seen_seq = 1;
			p += 6;
		} else
			goto out;
	}
	if (seen_seq && b.len < outlen && b.len <= 40) {
		memcpy(out, buf_str(&b), b.len + 1);
		rc = 0;
	}
out:
	buf_free(&b);
	return rc;
}

int
dossier_submit(struct db *db, const struct config *cfg, long long id,
    char code[41], int *paper_pending)
{
	return dossier_submit_by(db, cfg, id, 0, code, paper_pending);
}

int
dossier_submit_by(struct db *db, const struct config *cfg, long long id,
    long long by, char code[41], int *paper_pending)
{
	HDF *h;
	long long seq = 0;
	int rc, status, y, m, d;
	const char *c;
	char rdue[24] = "";

	code[0] = '\0';
	*paper_pending = 0;
	if (hdf_init(&h))
		abort();
	/* the row lock orders two submissions of the same draft */
	rc = db_row(db, h, "D", "SELECT d.status, d.code, d.proc_level,"
	    " d.declared_at IS NOT NULL AS declared, d.agency_id, a.code AS agency,"
	    " d.channel = 'online' AS online,"
	    " DATE_FORMAT(CURDATE(), '%Y %m %d') AS today FROM dossier d JOIN agency a"
	    " ON a.id = d.agency_id WHERE d.id = ? FOR UPDATE", DB_INT(id));
	if (rc == 0)
		rc = DB_ERR;	/* the caller's draft vanished */
	if (rc < 0)
		goto out;
	status = hdf_get_int_value(h, "D.status", 0);
	if (status != DS_DRAFT) {
		snprintf(code, 41, "%s", hdf_get_value(h, "D.code", ""));
		rc = DOSSIER_AGAIN;
		goto out;
	}
	if (!hdf_get_int_value(h, "D.declared", 0)) {
		rc = DOSSIER_UNDECLARED;
		goto out;
	}
	{
		long long missing = 0;

		rc = db_int(db, &missing, "SELECT COUNT(*) FROM dossier_doc dd WHERE"
		    " dd.dossier_id = ? AND dd.required = 1 AND NOT EXISTS (SELECT 1"
		    " FROM dossier_file f WHERE f.doc_id = dd.id AND f.signs_id IS NULL"
		    " AND f.withdrawn_at IS NULL)",
		    DB_INT(id));
		if (rc < 0)
			goto out;
		if (missing > 0) {
			rc = DOSSIER_INCOMPLETE;
			goto out;
		}
	}
	/* a required document with no validly signed file at level 4: the
	 * paper dossier must follow by post (Article 7.2) */
	if ((rc = dossier_unsigned_docs(db, id, h, "Unsigned")) < 0)
		goto out;
	/* a dossier brought to the counter or posted is on paper already */
	*paper_pending = rc > 0 && hdf_get_int_value(h, "D.online", 1);
	/* the day's number at the agency, under the sequence row's lock */
	rc = db_exec(db, "INSERT INTO dossier_seq (agency_id, day, n) VALUES (?,"
	    " CURDATE(), LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE n ="
	    " LAST_INSERT_ID(n + 1)", DB_INT(hdf_ll(h, "D.agency_id")));
	if (rc < 0)
		goto out;
	seq = db_insert_id(db);
	c = hdf_get_value(h, "D.today", "1970 01 01");
	if (sscanf(c, "%d %d %d", &y, &m, &d) != 3 ||
	    dossier_code_format(cfg_str(cfg, "Dossier.CodePattern"),
	    hdf_get_value(h, "D.agency", ""), y, m, d, (long)seq, code, 41) != 0) {
		rc = DB_ERR;
		goto out;
	}
	/* when it becomes late to receive: only the reception queue's order
	 * (the late marks are worked out when shown), so the process's cached
	 * calendar does, not a fresh read of the holiday table per submission */
	{
		const struct calendar *cal;
		long long due;

		if ((rc = calendar_view(db, cfg, &cal)) < 0)
			goto out;
		due = checks_reception_due(cal, cfg, clock_now());
		if (due > 0)
			cal_format_iso(due, rdue, sizeof(rdue));
	}
	rc = db_exec(db, "UPDATE dossier SET status = 1, code = ?, paper_pending = ?,"
	    " submitted_at = NOW(), reception_due_at = ?, updated_at = NOW(),"
	    " version = version + 1 WHERE id = ? AND status = 0", DB_STR(code),
	    DB_INT(*paper_pending), *rdue ? DB_STR(rdue) : DB_NULL,
	    DB_INT(id));
	if (rc < 0)
		goto out;
	/* what it owes and when (issue 14): its case's fee and charge if the
	 * case has its own, else the channel's it came by (online, at the
	 * counter: in person, by post), and the procedure's
	 * pay_when, as they are now; nothing if the channel is gone */
	rc = db_exec(db, "UPDATE dossier d JOIN proc p ON p.code = d.proc_code"
	    " LEFT JOIN proc_channel c ON c.proc_id = p.id AND c.channel ="
	    "  ELT(FIELD(d.channel, 'online', 'counter', 'post'), 'online', 'in_person', 'post')"
	    " LEFT JOIN proc_case k ON k.proc_id = p.id AND k.case_key = d.case_key"
	    " SET d.fee_amount = IF(c.proc_id IS NULL, 0, COALESCE(k.fee, c.fee)),"
	    " d.fee_charge = IF(c.proc_id IS NULL, 0, COALESCE(k.charge, c.charge)),"
	    " d.pay_when = p.pay_when WHERE d.id = ?", DB_INT(id));
	if (rc < 0)
		goto out;
	/* entered at the counter: the officer acted, in reception's role */
	rc = db_exec(db, "INSERT INTO dossier_event (dossier_id, action, status_from,"
	    " status_to, actor_id, actor_role, agency_id, note) SELECT id, 'submit', 0,"
	    " 1, IF(? = 0, owner_id, ?), IF(? = 0, 'citizen', 'reception'), agency_id,"
	    " IF(paper_pending, 'paper', NULL) FROM dossier WHERE id = ?",
	    DB_INT(by), DB_INT(by), DB_INT(by), DB_INT(id));
	if (rc >= 0)
		rc = 0;
out:
	hdf_destroy(&h);
	return rc;
}

/* --- tracking ------------------------------------------------------------------ */

int
dossier_track(struct db *db, const char *code, const char *digits, HDF *hdf)
{
	HDF *h;
	const char *idn, *ph;
	size_t n = digits ? strlen(digits) : 0;
	int rc, match = 0;

	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "T", "SELECT d.code, d.status, d.paper_pending,"
	    " " DOSSIER_PAPER_AWAITED_SQL " AS paper_awaited,"
	    " DATE_FORMAT(d.paper_received_at, '%d/%m/%Y') AS paper_received,"
	    " d.proc_code, d.proc_name, DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y')"
	    " AS submitted, DATE_FORMAT(d.updated_at, '%H:%i %d/%m/%Y') AS updated,"
	    " a.name AS agency, d.applicant_id_number, d.applicant_phone FROM dossier d"
	    " JOIN agency a ON a.id = d.agency_id WHERE d.code = ? AND d.status <> 0",
	    DB_STR(code));
	if (rc == 1 && digits == NULL)
		match = 1;	/* the receipt's check value stood in for them */
	else if (rc == 1 && n >= 4) {
		/* the digits must end the ID number or the phone; compared
		 * in full either way, so timing says nothing about which */
		idn = hdf_get_value(h, "T.applicant_id_number", "");
		ph = hdf_get_value(h, "T.applicant_phone", "");
		if (strlen(idn) >= n && ct_equal(idn + strlen(idn) - n, digits, n))
			match = 1;
		if (strlen(ph) >= n && ct_equal(ph + strlen(ph) - n, digits, n))
			match = 1;
	}
	if (rc == 1 && match) {
		hdf_remove_tree(h, "T.applicant_id_number");
		hdf_remove_tree(h, "T.applicant_phone");
		hdf_copy(hdf, "Track", hdf_get_obj(h, "T"));
	}
	hdf_destroy(&h);
	return rc < 0 ? rc : match;
}

void
dossier_receipt_mac(const struct config *cfg, const char *code, char out[23])
{
	unsigned char key[32], mac[32];

	/* a key of its own, derived: the secret is used for other things */
	hmac_sha256(cfg->secret, cfg->secret_len, "dvc receipt v1", 14, key);
	hmac_sha256(key, sizeof(key), code, strlen(code), mac);
	b64url_encode(mac, 16, out);
	out[22] = '\0';
}

int
dossier_declare(struct db *db, long long id)
{
	int rc = db_exec(db, "UPDATE dossier SET declared_at = NOW() WHERE id = ?"
	    " AND status = 0", DB_INT(id));

	return rc < 0 ? rc : 0;
}

/* One key of track_throttle: its failures in the window, or one more. */
static int
track_count(struct db *db, long window, const char *k, int failed,
    long long *n)
{
	int rc;

	*n = 0;
	if (failed) {
		rc = db_exec(db, "INSERT INTO track_throttle (client_ip, failures,"
		    " window_start) VALUES (?, 1, NOW()) ON DUPLICATE KEY UPDATE"
		    " failures = IF(window_start < NOW() - INTERVAL ? MINUTE, 1, failures + 1),"
		    " window_start = IF(window_start < NOW() - INTERVAL ? MINUTE, NOW(),"
		    " window_start)", DB_STR(k), DB_INT(window), DB_INT(window));
		return rc < 0 ? rc : 0;
	}
	rc = db_int(db, n, "SELECT failures FROM track_throttle WHERE"
	    " client_ip = ? AND window_start > NOW() - INTERVAL ? MINUTE",
	    DB_STR(k), DB_INT(window));
	return rc < 0 ? rc : 0;
}

int
dossier_track_wait(struct db *db, const struct config *cfg, const char *ip,
    const char *code, int failed)
{
	long window = cfg_int(cfg, "Track.WindowMinutes");
	long long n_ip = 0, n_code = 0;
	char k[48];
	int rc;

	/* the code's own count, beside the address's: guesses at one
	 * dossier's digits spread over many addresses (a botnet, a NAT
	 * pool) still stop. Its key shares the table, prefixed "d:" (an
	 * address never starts so); codes are at most 40 characters. */
	snprintf(k, sizeof(k), "d:%s", code);
	if ((rc = track_count(db, window, ip, failed, &n_ip)) < 0 ||
	    (rc = track_count(db, window, k, failed, &n_code)) < 0)
		return rc;
	if (failed)
		return 0;
	return n_ip >= cfg_int(cfg, "Track.FreeFailures") ||
	    n_code >= cfg_int(cfg, "Track.CodeFailures");
}

int
dossier_file_sign(struct db *db, long long id, long long file_id,
    const struct dossier_file *sig)
{
	int rc = db_exec(db, "UPDATE dossier_file SET sig_state = ?, sig_reason = ?,"
	    " sig_signer = ?, sig_serial = ?, sig_issuer = ?, sig_time ="
	    " IF(? = 0, NULL, FROM_UNIXTIME(?)) WHERE id = ? AND dossier_id = ?",
	    DB_STR(sig->sig_state), DB_STR(sig->sig_reason), DB_STR(sig->sig_signer),
	    DB_STR(sig->sig_serial), DB_STR(sig->sig_issuer), DB_INT(sig->sig_time),
	    DB_INT(sig->sig_time), DB_INT(file_id), DB_INT(id));

	return rc < 0 ? rc : 0;
}

int
dossier_collected(struct db *db, long long id)
{
	int rc = db_exec(db, "UPDATE dossier SET collected_at = NOW() WHERE id = ?"
	    " AND collected_at IS NULL", DB_INT(id));

	return rc < 0 ? rc : 0;
}

const char *
dossier_quota(const struct config *cfg, long long files, long long bytes,
    long long size)
{
	if (files + 1 > cfg_int(cfg, "Dossier.MaxFiles"))
		return "Upload.QuotaFiles";
	if (bytes + size > cfg_int(cfg, "Dossier.MaxBytes"))
		return "Upload.QuotaBytes";
	return NULL;
}

int
dossier_p7s_target(const char *sig_name, const char *const *names, size_t n)
{
	size_t len = strlen(sig_name), i;

	/* "x.p7s" signs "x", or "x.<ext>": a stored name ends in its type's
	 * extension (intake_typed_name), so "scan" may be kept as "scan.pdf" */
	for (i = 0; len > 4 && i < n; i++) {
		const char *rest = names[i] + len - 4;

		if (strlen(names[i]) < len - 4 || strncmp(names[i], sig_name, len - 4) != 0)
			continue;
		if (*rest == '\0' || (rest[0] == '.' && rest[1] && !strchr(rest + 1, '.')))
			return (int)i;
	}
	return n == 1 ? 0 : -1;
}

/* --- received at the counter or by post ------------------------------------------ */

int
dossier_counter_procs(struct db *db, long long agency_id, HDF *hdf, const char *prefix)
{
	char key[64];
	int rc;

	if ((rc = db_rows(db, hdf, prefix, "SELECT p.code, p.name FROM proc p"
	    " JOIN proc_agency pa ON pa.proc_id = p.id AND pa.role = 'implementing'"
	    " WHERE pa.agency_id = ? AND EXISTS (SELECT 1 FROM proc_channel c WHERE"
	    " c.proc_id = p.id AND c.channel IN ('in_person', 'post'))"
	    " ORDER BY p.name, p.code LIMIT 2000", DB_INT(agency_id))) < 0)
		return rc;
	snprintf(key, sizeof(key), "%sCases", prefix);
	return db_rows(db, hdf, key, "SELECT p.code AS proc_code, p.name AS proc_name,"
	    " k.case_key AS `key`, k.name FROM proc_case k JOIN proc p ON p.id = k.proc_id"
	    " JOIN proc_agency pa ON pa.proc_id = p.id AND pa.role = 'implementing'"
	    " WHERE pa.agency_id = ? AND EXISTS (SELECT 1 FROM proc_channel c WHERE"
	    " c.proc_id = p.id AND c.channel IN ('in_person', 'post'))"
	    " ORDER BY p.name, p.code, k.seq LIMIT 5000", DB_INT(agency_id));
}

int
dossier_counter_twins(struct db *db, long long agency_id, const char *id_number,
    const char *proc_code, HDF *hdf, const char *prefix)
{
	return db_rows(db, hdf, prefix, "SELECT id, code, status,"
	    " DATE_FORMAT(created_at, '%H:%i %d/%m/%Y') AS created FROM dossier"
	    " WHERE applicant_id_number = ? AND proc_code = ? AND agency_id = ?"
	    " AND channel <> 'online' AND created_at >= CURDATE()"
	    " AND created_at < CURDATE() + INTERVAL 1 DAY ORDER BY id LIMIT 20"
	    /* a locking read: in a transaction it holds the applicant's
	     * range of the index dossier_applicant (gap included), so two
	     * entries of the same paper dossier at the same moment cannot
	     * both find none: the second waits, or deadlocks and is tried
	     * again (db_tx), and then finds the first */
	    " FOR UPDATE",
	    DB_STR(id_number), DB_STR(proc_code), DB_INT(agency_id));
}

int
dossier_compare(struct db *db, long long id, long long doc_id, int compared,
    long long by)
{
	int rc = compared ?
	    db_exec(db, "UPDATE dossier_doc SET compared_by = ?, compared_at = NOW()"
	    " WHERE id = ? AND dossier_id = ? AND compared_by IS NULL", DB_INT(by),
	    DB_INT(doc_id), DB_INT(id)) :
	    db_exec(db, "UPDATE dossier_doc SET compared_by = NULL, compared_at = NULL"
	    " WHERE id = ? AND dossier_id = ?", DB_INT(doc_id), DB_INT(id));

	return rc < 0 ? rc : 0;
}

int
dossier_uncompared(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	return db_rows(db, hdf, prefix, "SELECT dd.id, dd.name FROM dossier_doc dd"
	    " WHERE dd.dossier_id = ? AND dd.compared_by IS NULL AND EXISTS (SELECT 1"
	    " FROM dossier_file f WHERE f.doc_id = dd.id AND f.is_result = 0)"
	    " ORDER BY dd.seq, dd.id", DB_INT(id));
}

int
dossier_claim(struct db *db, long long owner, const char *code_in,
    const char *id_number, long long *id)
{
	char code[41];
	long long mine = 0;
	int rc;

	*id = 0;
	rc = db_int(db, &mine, "SELECT id_number = ? FROM account WHERE id = ?"
	    " AND id_number IS NOT NULL", DB_STR(id_number), DB_INT(owner));
	if (rc < 0)
		return rc;
	if (rc == 0 || mine != 1)
		return DOSSIER_NOT_MINE;
	dossier_code_norm(code_in, code);
	/* under its row lock: two claims of one dossier, one owner */
	rc = db_int(db, id, "SELECT id FROM dossier WHERE code = ? AND"
	    " applicant_id_number = ? AND channel <> 'online' AND status > 0"
	    " AND (owner_id IS NULL OR owner_id = ?) FOR UPDATE",
	    DB_STR(code), DB_STR(id_number), DB_INT(owner));
	if (rc <= 0)
		return rc;
	rc = db_exec(db, "UPDATE dossier SET owner_id = ? WHERE id = ? AND"
	    " (owner_id IS NULL OR owner_id = ?)", DB_INT(owner), DB_INT(*id), DB_INT(owner));
	return rc < 0 ? rc : 1;
}
