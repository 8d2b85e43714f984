/* The workflow: see workflow.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/access.h"
#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/account.h"
#include "domain/calendar.h"
#include "domain/dossier.h"
#include "domain/workflow.h"

#define R(x) (1u << (x))

/* The one table. Reception acts on new dossiers (Article 14); the
 * specialist, leader and return rows come with their pages. */
const struct wf_transition wf_table[WA__MAX] = {
	[WA_ACCEPT] = { "accept", "tiep-nhan", WF_ST(DS_NEW),
	    R(ROLE_RECEPTION), 0, DS_RECEIVED, NF_RECEIPT, WC_START, 0 },
	[WA_SUPPLEMENT] = { "supplement_request", "yeu-cau-bo-sung",
	    WF_ST(DS_NEW) | WF_ST(DS_RECEIVED),
	    R(ROLE_RECEPTION), 0, DS_SUPPLEMENT, NF_SUPPLEMENT, WC_STOP, 0 },
	[WA_REFUSE] = { "refuse", "tu-choi", WF_ST(DS_NEW),
	    R(ROLE_RECEPTION), 0, DS_REFUSED, NF_REFUSAL, WC_END, 1 },
	[WA_FORWARD] = { "forward", "chuyen-xu-ly", WF_ST(DS_RECEIVED),
	    R(ROLE_RECEPTION), 0, DS_PROCESSING, NF_NONE, WC_NONE, 0 },
	[WA_CITIZEN_SUPPLEMENT] = { "supplement", "bo-sung", WF_ST(DS_SUPPLEMENT),
	    0, 1, WF_TO_RESUME, NF_NONE, WC_RESUME, 0 },
	/* processing: the specialist proposes, the leader decides */
	[WA_PROPOSE_RESULT] = { "propose_result", "de-xuat-ket-qua",
	    WF_ST(DS_PROCESSING), R(ROLE_SPECIALIST), 0, WF_TO_SAME, NF_NONE,
	    WC_NONE, 0, "result", NULL },
	[WA_PROPOSE_SUPPLEMENT] = { "propose_supplement", "de-xuat-bo-sung",
	    WF_ST(DS_PROCESSING), R(ROLE_SPECIALIST), 0, WF_TO_SAME, NF_SUPPLEMENT,
	    WC_NONE, 0, "supplement", NULL },
	[WA_PROPOSE_REFUSAL] = { "propose_refusal", "de-xuat-tu-choi",
	    WF_ST(DS_PROCESSING), R(ROLE_SPECIALIST), 0, WF_TO_SAME, NF_REFUSAL,
	    WC_NONE, 1, "refusal", NULL },
	[WA_APPROVE_RESULT] = { "approve_result", "duyet-ket-qua",
	    WF_ST(DS_PROCESSING), R(ROLE_LEADER), 0, DS_DONE, NF_NONE, WC_END, 0,
	    NULL, "result" },
	[WA_APPROVE_SUPPLEMENT] = { "approve_supplement", "duyet-bo-sung",
	    WF_ST(DS_PROCESSING), R(ROLE_LEADER), 0, DS_SUPPLEMENT, NF_SUPPLEMENT, WC_STOP, 0,
	    NULL, "supplement" },
	[WA_APPROVE_REFUSAL] = { "approve_refusal", "duyet-tu-choi",
	    WF_ST(DS_PROCESSING), R(ROLE_LEADER), 0, DS_STOPPED, NF_REFUSAL, WC_END, 0,
	    NULL, "refusal" },
	[WA_RETURN_DRAFT] = { "return_draft", "tra-lai-du-thao",
	    WF_ST(DS_PROCESSING), R(ROLE_LEADER), 0, WF_TO_SAME, NF_NONE, WC_NONE, 1,
	    NULL, "*" },
	/* return of the result (Article 8.2) */
	[WA_DELIVER] = { "deliver", "tra-ket-qua", WF_ST(DS_DONE),
	    R(ROLE_RECEPTION), 0, DS_RETURNED, NF_NONE, WC_NONE, 0, NULL, NULL },
	[WA_COLLECT] = { "collect", "da-nhan-ket-qua", WF_ST(DS_RETURNED),
	    R(ROLE_RECEPTION), 0, WF_TO_SAME, NF_NONE, WC_NONE, 0, NULL, NULL },
	/* late: Form 04 with the new date (an extension) */
	[WA_APOLOGY] = { "apology", "xin-loi",
	    WF_ST(DS_RECEIVED) | WF_ST(DS_PROCESSING),
	    R(ROLE_RECEPTION) | R(ROLE_SPECIALIST) | R(ROLE_LEADER), 0, WF_TO_SAME,
	    NF_APOLOGY, WC_EXTEND, 1, NULL, NULL },
	/* the citizen withdraws while it is not finished; the agency
	 * confirms it with the stop below (Decree 118/2025: 7 is a request) */
	[WA_WITHDRAW] = { "withdraw", "rut-ho-so",
	    WF_ST(DS_NEW) | WF_ST(DS_RECEIVED) | WF_ST(DS_PROCESSING) |
	    WF_ST(DS_SUPPLEMENT) | WF_ST(DS_PAYMENT), 0, 1, DS_WITHDRAWING, NF_NONE,
	    WC_END, 1, NULL, NULL },
	/* stop processing (Thông báo dừng giải quyết hồ sơ), with a reason,
	 * from an accepted dossier not finished, or confirming the
	 * citizen's withdrawal. The leader's alone: stopping is a decision on
	 * the dossier, signed by whoever may sign its result (Article 15:
	 * the leader approves what is sent in the agency's name); reception
	 * decides only before acceptance, by refusal (Form 03), and a new
	 * dossier (1) is refused, not stopped. */
	[WA_STOP] = { "stop", "dung-giai-quyet",
	    WF_ST(DS_RECEIVED) | WF_ST(DS_PROCESSING) | WF_ST(DS_SUPPLEMENT) |
	    WF_ST(DS_WITHDRAWING), R(ROLE_LEADER), 0, DS_STOPPED, NF_STOP, WC_END, 1,
	    NULL, NULL },
};
_Static_assert(sizeof(wf_table) / sizeof(wf_table[0]) == WA__MAX,
    "every action has its row in wf_table");

int
wf_action_by_slug(const char *s)
{
	int i;

	for (i = 0; i < WA__MAX; i++)
		if (s && wf_table[i].slug && strcmp(wf_table[i].slug, s) == 0)
			return i;
	return -1;
}

/* The forms in force under each profile. The 2018 set has no stop
 * notice: a stop under it is sent with the title the 2025 set gives it
 * and no number (Circular 01/2018 has no form for it; a notice without
 * a number says so rather than borrow another form's). SHARED_FORMS:
 * those both sets have word for word. */
#define SHARED_FORMS \
	[NF_RECEIPT] = { "01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "notice_01.cs" }, \
	[NF_SUPPLEMENT] = { "02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "notice_02.cs" }, \
	[NF_REFUSAL] = { "03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "notice_03.cs" }
const struct wf_profile_def wf_profiles[WP__MAX] = {
	[WP_2018] = { "2018", "Thông tư số 01/2018/TT-VPCP", {
		SHARED_FORMS,
		[NF_APOLOGY] = { "04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
		    "notice_04.cs" },
		[NF_STOP] = { "", "Thông báo dừng giải quyết hồ sơ", "notice_stop.cs" },
		[NF_CONTROL] = { "05", "Phiếu kiểm soát quá trình giải quyết hồ sơ", NULL },
		[NF_BOOK] = { "06", "Sổ theo dõi hồ sơ", NULL },
	} },
	[WP_2025] = { "2025", "Thông tư số 03/2025/TT-VPCP", {
		SHARED_FORMS,
		[NF_APOLOGY] = { "04", "Văn bản xin lỗi và đề nghị gia hạn thời gian"
		    " giải quyết", "notice_apology_2025.cs" },
		[NF_STOP] = { "05", "Thông báo dừng giải quyết hồ sơ", "notice_stop.cs" },
		[NF_CONTROL] = { "06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", NULL },
		[NF_BOOK] = { "07", "Sổ theo dõi hồ sơ", NULL },
	} },
};
#undef SHARED_FORMS

static const char *const form_kinds[NF__MAX] = {
	[NF_NONE] = "", [NF_RECEIPT] = "receipt", [NF_SUPPLEMENT] = "supplement",
	[NF_REFUSAL] = "refusal", [NF_APOLOGY] = "apology", [NF_STOP] = "stop",
	[NF_CONTROL] = "control", [NF_BOOK] = "book",
};

const char *
wf_form_kind(enum wf_form f)
{
	return (unsigned)f < NF__MAX ? form_kinds[f] : "";
}

enum wf_form
wf_form_by_kind(const char *kind)
{
	int i;

	for (i = 1; kind && i < NF__MAX; i++)
		if (strcmp(form_kinds[i], kind) == 0)
			return (enum wf_form)i;
	return NF_NONE;
}

int
wf_profile_by_name(const char *name)
{
	int i;

	for (i = 0; name && i < WP__MAX; i++)
		if (strcmp(wf_profiles[i].name, name) == 0)
			return i;
	return -1;
}

const struct wf_form_def *
wf_form(int p, enum wf_form f)
{
	if (p < 0 || p >= WP__MAX)
		p = WP_2018;
	return &wf_profiles[p].forms[(unsigned)f < NF__MAX ? f : NF_NONE];
}

int
wf_startable(int action, int status, const char *pending, int collected,
    const char *clock)
{
	const struct wf_transition *t = &wf_table[action];

	if (!(t->from & WF_ST(status)))
		return 0;
	/* the step within the status: one proposal at a time, approval of
	 * the pending one, collection once, an apology while the clock runs */
	return !((t->proposes && pending) ||
	    (t->approves && (pending == NULL || (strcmp(t->approves, "*") != 0 &&
	    strcmp(t->approves, pending) != 0))) ||
	    (action == WA_COLLECT && collected) ||
	    (t->clock == WC_EXTEND && strcmp(clock ? clock : "", "running") != 0));
}

int
wf_is_final(int s)
{
	int i;

	/* a transition that keeps the status (collection) leaves nothing */
	for (i = 0; i < WA__MAX; i++)
		if ((wf_table[i].from & WF_ST(s)) && wf_table[i].to != WF_TO_SAME &&
		    wf_table[i].to != s)
			return 0;
	return 1;
}

int
wf_profile(struct db *db, const struct config *cfg, int *p)
{
	HDF *h;
	int rc;

	*p = wf_profile_by_name(cfg ? cfg_str(cfg, "Notice.Profile") : NULL);
	if (*p < 0)
		*p = WP_2018;
	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "S", "SELECT value FROM setting WHERE name = ?",
	    DB_STR("Notice.Profile"));
	if (rc == 1 && wf_profile_by_name(hdf_get_value(h, "S.value", NULL)) >= 0)
		*p = wf_profile_by_name(hdf_get_value(h, "S.value", NULL));
	hdf_destroy(&h);
	return rc < 0 ? rc : 0;
}

int
wf_profile_set(struct db *db, const char *name)
{
	int rc;

	if (name && wf_profile_by_name(name) < 0)
		return 1;
	if (name)
		rc = db_exec(db, "INSERT INTO setting (name, value) VALUES (?, ?)"
		    " ON DUPLICATE KEY UPDATE value = VALUES(value)",
		    DB_STR("Notice.Profile"), DB_STR(name));
	else
		rc = db_exec(db, "DELETE FROM setting WHERE name = ?",
		    DB_STR("Notice.Profile"));
	return rc < 0 ? rc : 0;
}

int
wf_form_info(struct db *db, const struct config *cfg, enum wf_form f,
    HDF *hdf, const char *prefix)
{
	const struct wf_form_def *d;
	char key[96];
	int p, rc;

	if ((rc = wf_profile(db, cfg, &p)) < 0)
		return rc;
	d = wf_form(p, f);
	snprintf(key, sizeof(key), "%s.number", prefix);
	hdf_set_value(hdf, key, d->number);
	snprintf(key, sizeof(key), "%s.title", prefix);
	hdf_set_value(hdf, key, d->title);
	snprintf(key, sizeof(key), "%s.circular", prefix);
	hdf_set_value(hdf, key, wf_profiles[p].circular);
	return 0;
}

/* --- the clock ----------------------------------------------------------------- */

/* The due date of dossier row D (received_at, limits, extensions) with
 * its pauses, into *due (0 while paused) and the explanation. */
static int
compute_due(struct db *db, const struct calendar *cal, HDF *row, long long id,
    long long *due, struct buf *explain)
{
	struct cal_input in;
	struct cal_result res;
	struct cal_extension ext;
	struct cal_pause *p = NULL;
	HDF *h, *c;
	size_t np = 0, i;
	int rc;

	memset(&in, 0, sizeof(in));
	in.received = cal_hdf_time(row, "received_at");
	in.limit.days_tenths = hdf_get_int_value(row, "limit_days_tenths", 0);
	in.limit.hours_tenths = hdf_get_int_value(row, "limit_hours_tenths", 0);
	memset(&ext, 0, sizeof(ext));
	ext.add.days_tenths = hdf_get_int_value(row, "extension_tenths", 0);
	if (ext.add.days_tenths > 0) {
		in.ext = &ext;
		in.next = 1;
	}
	if (hdf_init(&h))
		abort();
	rc = db_rows(db, h, "P", "SELECT from_at, to_at FROM dossier_pause WHERE"
	    " dossier_id = ? ORDER BY from_at, id", DB_INT(id));
	if (rc < 0) {
		hdf_destroy(&h);
		return rc;
	}
	p = xcalloc((size_t)rc + 1, sizeof(*p));
	for (c = hdf_obj_child(hdf_get_obj(h, "P")); c; c = hdf_obj_next(c)) {
		p[np].from = cal_hdf_time(c, "from_at");
		p[np].to = hdf_get_value(c, "to_at", NULL) ? cal_hdf_time(c, "to_at") : CAL_OPEN;
		/* a pause before the clock started changes nothing */
		if (p[np].to != CAL_OPEN && p[np].to <= in.received)
			continue;
		if (p[np].from < in.received)
			p[np].from = in.received;
		np++;
	}
	hdf_destroy(&h);
	for (i = 1; i < np; i++)
		if (p[i].from < p[i - 1].to && p[i - 1].to != CAL_OPEN)
			p[i].from = p[i - 1].to;
	in.pauses = p;
	in.npauses = np;
	rc = cal_due(cal, &in, &res, explain);
	free(p);
	if (rc < 0)
		return DB_ERR;	/* limits the engine refuses: a data error */
	*due = rc == CAL_PAUSED ? 0 : res.due;
	return 0;
}

/* --- applying a transition -------------------------------------------------------- */

/* apply_tx's way to roll back on purpose (not a db_rc) */
#define WF_ROLLBACK (-300)

struct apply {
	const struct wf_hooks *h;
	const struct wf_in *in;
	struct wf_out *out;
	int profile;		/* the notice profile in force (enum wf_profile_id) */
};

const char *
wf_role_name(const struct user *u, unsigned roles)
{
	int r;

	if (u->kind != UK_STAFF)
		return "citizen";
	for (r = 0; r < ROLE__MAX; r++)
		if ((roles & R(r)) && (u->roles & R(r)))
			return role_names[r];
	return "staff";
}

int
wf_record(struct db *db, const struct wf_hooks *h, const struct wf_step *s)
{
	char audit[64];
	int rc;

	rc = db_exec(db, "INSERT INTO dossier_event (dossier_id, at, action,"
	    " status_from, status_to, actor_id, actor_role, agency_id, note,"
	    " notice_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	    DB_INT(s->dossier_id), DB_STR(s->at), DB_STR(s->action), DB_INT(s->from),
	    DB_INT(s->to), DB_INT(h->user->id), DB_STR(s->role), DB_INT(s->agency_id),
	    DB_STR(s->note), s->notice_id ? DB_INT(s->notice_id) : DB_NULL);
	if (rc < 0 || h->audit == NULL)
		return rc < 0 ? rc : 0;
	snprintf(audit, sizeof(audit), "dossier.%s", s->action);
	rc = h->audit(h->ctx, db, audit, s->dossier_id, s->owner_id, s->detail);
	return rc < 0 ? rc : 0;
}

/* The notice's data beside the dossier's: Notice.*, Due.*, Items.*,
 * Papers.*, Fee.* and Reason, then its HTML rendered by the responder. */
/* Mails the dossier's owner (row D) kind Lang.Mail.<kind>, with data's
 * Notice/Due/Items if any. 0 or a db_rc. */
static int
notify(struct db *db, const struct wf_hooks *h, HDF *row, HDF *data,
    const char *kind)
{
	HDF *acct;
	int rc;

	if (h->mail == NULL)
		return 0;
	if (hdf_init(&acct))
		abort();
	rc = db_row(db, acct, "A", "SELECT email, full_name FROM account"
	    " WHERE id = ?", DB_INT(hdf_ll(row, "owner_id")));
	if (rc == 1 && hdf_get_value(acct, "A.email", NULL)) {
		struct buf link = BUF_INIT;

		hdf_set_value(data, "Mail.Name", hdf_get_value(acct, "A.full_name", ""));
		hdf_set_value(data, "Mail.Code", hdf_get_value(row, "code", ""));
		hdf_copy(data, "Mail.Dossier", hdf_get_obj(data, "Dossier"));
		if (hdf_get_obj(data, "Notice"))
			hdf_copy(data, "Mail.Notice", hdf_get_obj(data, "Notice"));
		if (hdf_get_obj(data, "Due"))
			hdf_copy(data, "Mail.Due", hdf_get_obj(data, "Due"));
		if (hdf_get_obj(data, "Items"))
			hdf_copy(data, "Mail.Items", hdf_get_obj(data, "Items"));
		if (hdf_get_obj(data, "Return"))
			hdf_copy(data, "Mail.Return", hdf_get_obj(data, "Return"));
		buf_printf(&link, "%s/ho-so/%s", h->cfg->base_url,
		    hdf_get_value(row, "code", ""));
		hdf_set_value(data, "Mail.Link", buf_str(&link));
		buf_free(&link);
		rc = h->mail(h->ctx, db, data, kind, hdf_get_value(acct, "A.email", ""));
	}
	hdf_destroy(&acct);
	return rc > 0 ? 0 : rc;
}

/* A mail without a notice (the result is ready, returned, withdrawn). */
static int
notify_plain(struct db *db, struct apply *a, HDF *row, const char *kind,
    const char *method, const char *tracking)
{
	HDF *data;
	int rc;

	if (hdf_init(&data))
		abort();
	if ((rc = dossier_load(db, a->in->dossier_id, data, "Dossier")) >= 0) {
		if (method)
			hdf_set_value(data, "Return.method", method);
		if (tracking)
			hdf_set_value(data, "Return.tracking", tracking);
		rc = notify(db, a->h, row, data, kind);
	}
	hdf_destroy(&data);
	return rc < 0 ? rc : 0;
}

/* Tenths of a working day in words' digits: "3", "2,5" (Vietnamese
 * decimal comma), into buf. */
static const char *
tenths_text(int tenths, char *buf, size_t cap)
{
	if (tenths % 10)
		snprintf(buf, cap, "%d,%d", tenths / 10, tenths % 10);
	else
		snprintf(buf, cap, "%d", tenths / 10);
	return buf;
}

/* A specialist's draft of form t->form: unnumbered, unrendered, unsent,
 * with its reason; the leader's approval sends it (make_notice). */
static int
draft_notice(struct db *db, struct apply *a, const struct wf_transition *t,
    HDF *row, long long *notice_id)
{
	int y, mo, d, rc;

	cal_civil(cal_day_of(cal_now()), &y, &mo, &d);
	rc = db_exec(db, "INSERT INTO notice (dossier_id, agency_id, year, form, kind,"
	    " profile, status, reason, created_by) VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
	    DB_INT(a->in->dossier_id), DB_INT(hdf_ll(row, "agency_id")), DB_INT(y),
	    DB_STR(wf_form(a->profile, t->form)->number), DB_STR(wf_form_kind(t->form)),
	    DB_STR(wf_profiles[a->profile].name),
	    DB_STR(a->in->reason && *a->in->reason ? a->in->reason : NULL),
	    DB_INT(a->h->user->id));
	if (rc < 0)
		return rc;
	*notice_id = db_insert_id(db);
	return 0;
}

/* The notice of form t->form, numbered, rendered, kept and mailed: a new
 * one, or (draft_id) the specialist's draft, approved by this user. */
static int
make_notice(struct db *db, struct apply *a, const struct wf_transition *t,
    HDF *row, const char *due_text, const char *explain, long long now,
    long long draft_id, const char *reason, long long *notice_id)
{
	const struct wf_hooks *h = a->h;
	const struct wf_profile_def *prof = &wf_profiles[a->profile];
	const struct wf_form_def *form = wf_form(a->profile, t->form);
	long long id = a->in->dossier_id, agency = hdf_ll(row, "agency_id"), n;
	struct buf html = BUF_INIT, date = BUF_INIT;
	unsigned char md[32];
	char hex[65], iso[24], date_tmp[24];
	int y, mo, d, rc;
	HDF *data;

	cal_civil(cal_day_of(now), &y, &mo, &d);
	rc = db_exec(db, "INSERT INTO notice_seq (agency_id, year, n) VALUES (?, ?,"
	    " LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE n = LAST_INSERT_ID(n + 1)",
	    DB_INT(agency), DB_INT(y));
	if (rc < 0)
		return rc;
	n = db_insert_id(db);
	if (hdf_init(&data))
		abort();
	if ((rc = dossier_load(db, id, data, "Dossier")) < 0)
		goto out;
	/* the form as the profile in force numbers and names it */
	hdf_set_value(data, "Notice.form", form->number);
	hdf_set_value(data, "Notice.kind", wf_form_kind(t->form));
	hdf_set_value(data, "Notice.title", form->title);
	hdf_set_value(data, "Notice.profile", prof->name);
	hdf_set_value(data, "Notice.circular", prof->circular);
	hdf_set_int_value(data, "Notice.number", (int)n);
	hdf_set_int_value(data, "Notice.year", y);
	hdf_set_int_value(data, "Notice.day", d);
	hdf_set_int_value(data, "Notice.month", mo);
	cal_format_vi(&date, now);
	hdf_set_value(data, "Notice.at", buf_str(&date));
	if (reason && *reason)
		hdf_set_value(data, "Notice.reason", reason);
	if (t->clock == WC_EXTEND)
		hdf_set_value(data, "Notice.extend_days",
		    tenths_text(a->in->extend_tenths, date_tmp, sizeof(date_tmp)));
	if (t->form == NF_STOP && a->out->from == DS_WITHDRAWING)
		hdf_set_value(data, "Notice.withdrawn", "1");
	if (t->form == NF_STOP && hdf_get_int_value(row, "fee_paid", 0) &&
	    a->out->from != DS_WITHDRAWING)
		hdf_set_value(data, "Notice.refund", "1");
	if (due_text)
		hdf_set_value(data, "Due.at", due_text);
	if (explain)
		hdf_set_value(data, "Due.explain", explain);
	if (t->form == NF_RECEIPT) {
		/* papers to bring to compare with the originals, and the fee */
		if ((rc = db_rows(db, data, "Papers", "SELECT name, originals FROM"
		    " dossier_doc WHERE dossier_id = ? AND originals > 0 ORDER BY seq, id",
		    DB_INT(id))) < 0)
			goto out;
		if ((rc = db_row(db, data, "Fee", "SELECT c.fee, c.charge, c.fee_note"
		    " FROM proc p JOIN proc_channel c ON c.proc_id = p.id AND c.channel"
		    " = 'online' WHERE p.code = ?",
		    DB_STR(hdf_get_value(row, "proc_code", "")))) < 0)
			goto out;
	}
	if (t->form == NF_SUPPLEMENT &&
	    (rc = db_rows(db, data, "Items", "SELECT name FROM dossier_doc WHERE"
	    " dossier_id = ? AND supplement = 1 ORDER BY seq, id", DB_INT(id))) < 0)
		goto out;
	if (h->render == NULL || form->tpl == NULL ||
	    h->render(h->ctx, form->tpl, data, &html) != 0) {
		rc = DB_ERR;
		goto out;
	}
	sha256(buf_str(&html), html.len, md);
	hex_encode(md, sizeof(md), hex);
	cal_format_iso(now, iso, sizeof(iso));
	if (draft_id) {
		/* approved: the leader's name on it, sent at once (see
		 * README: approved notices go out through reception) */
		rc = db_exec(db, "UPDATE notice SET year = ?, number = ?, form = ?,"
		    " profile = ?, status = 'sent', html = ?, sha256 = ?, approved_by = ?,"
		    " approved_at = ?, sent_at = ? WHERE id = ? AND status = 'draft'",
		    DB_INT(y), DB_INT(n), DB_STR(form->number),
		    DB_STR(prof->name), DB_STR(buf_str(&html)), DB_STR(hex),
		    DB_INT(h->user->id), DB_STR(iso), DB_STR(iso), DB_INT(draft_id));
		if (rc == 0)
			rc = DB_ERR;	/* the draft vanished under the row lock */
		if (rc < 0)
			goto out;
		*notice_id = draft_id;
	} else {
		rc = db_exec(db, "INSERT INTO notice (dossier_id, agency_id, year, number,"
		    " form, kind, profile, status, reason, html, sha256, created_by,"
		    " created_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'sent', ?, ?, ?, ?,"
		    " ?, ?)", DB_INT(id), DB_INT(agency), DB_INT(y), DB_INT(n),
		    DB_STR(form->number), DB_STR(wf_form_kind(t->form)), DB_STR(prof->name),
		    DB_STR(reason), DB_STR(buf_str(&html)),
		    DB_STR(hex), DB_INT(h->user->id), DB_STR(iso), DB_STR(iso));
		if (rc < 0)
			goto out;
		*notice_id = db_insert_id(db);
	}
	rc = 0;
	/* the mail: the notice's facts and the link to read it in full;
	 * its subject is the notice's title (Mail.Subject) */
	{
		char key[32];

		snprintf(key, sizeof(key), "Notice_%s", wf_form_kind(t->form));
		hdf_set_value(data, "Mail.Subject", form->title);
		rc = notify(db, h, row, data, key);
	}
out:
	hdf_destroy(&data);
	buf_free(&html);
	buf_free(&date);
	return rc;
}

/* Deletes the draft notice of the proposal pending in row D, if any. */
static int
drop_draft(struct db *db, HDF *row)
{
	long long id = hdf_ll(row, "D.proposal_notice_id");
	int rc;

	if (id == 0)
		return 0;
	rc = db_exec(db, "DELETE FROM notice WHERE id = ? AND status = 'draft'",
	    DB_INT(id));
	return rc < 0 ? rc : 0;
}

static int
apply_tx(struct db *db, void *ctx)
{
	struct apply *a = ctx;
	const struct wf_hooks *h = a->h;
	const struct wf_in *in = a->in;
	struct wf_out *out = a->out;
	const struct wf_transition *t = &wf_table[in->action];
	const struct user *u = h->user;
	struct access_object o;
	struct calendar cal;
	struct buf explain = BUF_INIT, due_text = BUF_INIT, note = BUF_INIT;
	long long now = cal_now(), version, due = 0, notice_id = 0;
	char now_iso[24], due_iso[24], ho_iso[24];
	int rc, status, to, have_cal = 0, access;
	const char *clock;
	HDF *row;

	memset(out, 0, sizeof(*out));
	if (hdf_init(&row))
		abort();
	/* the row lock orders everyone acting on this dossier */
	rc = db_row(db, row, "D", "SELECT id, code, owner_id, agency_id, status,"
	    " version, proc_code, received_at, limit_days_tenths, limit_hours_tenths,"
	    " extension_tenths, clock, resume_status, proposal_action,"
	    " proposal_notice_id, collected_at, result_file_id, fee_paid FROM dossier"
	    " WHERE id = ? FOR UPDATE", DB_INT(in->dossier_id));
	if (rc < 0)
		goto out;
	{
		HDF *d = hdf_get_obj(row, "D");

		memset(&o, 0, sizeof(o));
		o.type = OBJ_DOSSIER;
		o.owner_id = hdf_ll(d, "owner_id");
		o.agency_id = hdf_ll(d, "agency_id");
		o.draft = hdf_get_int_value(d, "status", 0) == DS_DRAFT;
		o.roles = t->roles;
		access = access_object(u, t->citizen ? ACT_CHANGE : ACT_PROCESS, &o, rc);
		if (access == 0 && t->citizen && u->kind == UK_STAFF)
			access = 404;	/* an officer never acts as the citizen */
		if (access != 0) {
			out->result = access == 403 ? WF_FORBIDDEN : WF_NOT_FOUND;
			rc = 0;
			/* the refusal is recorded (and committed) when there is
			 * a dossier it concerns */
			if (rc == 0 && o.owner_id && h->audit)
				rc = h->audit(h->ctx, db, "dossier.denied", in->dossier_id,
				    o.owner_id, t->name);
			goto out;
		}
		snprintf(out->code, sizeof(out->code), "%s", hdf_get_value(d, "code", ""));
		out->owner_id = o.owner_id;
		status = hdf_get_int_value(d, "status", 0);
		version = hdf_ll(d, "version");
		out->from = status;
		out->version = version;
		to = t->to == WF_TO_RESUME ?
		    hdf_get_int_value(d, "resume_status", DS_NEW) :
		    t->to == WF_TO_SAME ? status : t->to;
		out->to = to;
		if (in->version >= 0 && in->version != version) {
			/* posted again by the same person: it was done */
			long long last_actor = 0;
			HDF *ev;

			if (hdf_init(&ev))
				abort();
			rc = db_row(db, ev, "E", "SELECT action, actor_id FROM dossier_event"
			    " WHERE dossier_id = ? ORDER BY id DESC LIMIT 1", DB_INT(in->dossier_id));
			if (rc == 1)
				last_actor = hdf_ll(ev, "E.actor_id");
			/* else someone acted since the page was shown: whatever
			 * the status now, the officer must look again */
			if (rc == 1 && status == to && last_actor == u->id &&
			    strcmp(hdf_get_value(ev, "E.action", ""), t->name) == 0)
				out->result = WF_ALREADY;
			else
				out->result = WF_CONFLICT;
			hdf_destroy(&ev);
			rc = rc < 0 ? rc : 0;
			goto out;
		}
		if (!wf_startable(in->action, status, hdf_get_value(d, "proposal_action",
		    NULL), hdf_get_value(d, "collected_at", NULL) != NULL,
		    hdf_get_value(d, "clock", ""))) {
			out->result = WF_WRONG_STATUS;
			rc = 0;
			goto out;
		}
		if ((t->needs_reason && (in->reason == NULL || *in->reason == '\0')) ||
		    ((in->action == WA_SUPPLEMENT || in->action == WA_PROPOSE_SUPPLEMENT) &&
		    in->ndocs == 0 && (in->reason == NULL || *in->reason == '\0')) ||
		    (in->action == WA_PROPOSE_RESULT && (in->file_sha256 == NULL ||
		    in->file_mime == NULL || in->file_ext == NULL || in->file_name == NULL)) ||
		    (in->action == WA_DELIVER && (in->method == NULL ||
		    (strcmp(in->method, "online") != 0 && strcmp(in->method, "counter") != 0 &&
		    strcmp(in->method, "post") != 0) || (strcmp(in->method, "post") == 0 &&
		    (in->tracking == NULL || *in->tracking == '\0')))) ||
		    (t->clock == WC_EXTEND && in->extend_tenths <= 0)) {
			out->result = WF_BAD_INPUT;
			rc = 0;
			goto out;
		}
	}
	cal_format_iso(now, now_iso, sizeof(now_iso));
	clock = hdf_get_value(row, "D.clock", "none");
	/* one profile for everything this transition sends */
	if (t->form != NF_NONE && (rc = wf_profile(db, h->cfg, &a->profile)) < 0)
		goto out;

	/* what the action does beside the status */
	switch (in->action) {
	case WA_PROPOSE_RESULT: {
		long long fid;

		rc = db_exec(db, "INSERT INTO dossier_file (dossier_id, doc_id, sha256,"
		    " size, mime, ext, name, is_result) VALUES (?, NULL, ?, ?, ?, ?, ?, 1)",
		    DB_INT(in->dossier_id), DB_STR(in->file_sha256), DB_INT(in->file_size),
		    DB_STR(in->file_mime), DB_STR(in->file_ext), DB_STR(in->file_name));
		if (rc < 0)
			goto out;
		fid = db_insert_id(db);
		if ((rc = db_exec(db, "UPDATE dossier SET result_file_id = ? WHERE id = ?",
		    DB_INT(fid), DB_INT(in->dossier_id))) < 0)
			goto out;
		break;
	}
	case WA_RETURN_DRAFT: {
		/* the draft goes back: never numbered, never sent */
		const char *pending = hdf_get_value(row, "D.proposal_action", "");

		if ((rc = drop_draft(db, row)) < 0)
			goto out;
		if (strcmp(pending, "supplement") == 0 &&
		    (rc = db_exec(db, "UPDATE dossier_doc SET supplement = 0 WHERE"
		    " dossier_id = ?", DB_INT(in->dossier_id))) < 0)
			goto out;
		if (strcmp(pending, "result") == 0 &&
		    (rc = db_exec(db, "UPDATE dossier SET result_file_id = NULL WHERE id = ?",
		    DB_INT(in->dossier_id))) < 0)
			goto out;
		break;
	}
	case WA_STOP:
		/* a proposal pending is moot: its draft is never sent */
		if ((rc = drop_draft(db, row)) < 0 || (rc = db_exec(db, "UPDATE dossier SET"
		    " proposal_action = NULL, proposal_notice_id = NULL WHERE id = ?",
		    DB_INT(in->dossier_id))) < 0)
			goto out;
		/* confirming the citizen's withdrawal: their choice, no refund
		 * (Article 8.2 refunds what the agency fails to deliver) */
		if (status == DS_WITHDRAWING)
			break;
		/* FALLTHROUGH */
	case WA_APPROVE_REFUSAL:
		/* the agency will not deliver: a fee paid is owed back */
		if ((rc = db_exec(db, "UPDATE dossier SET refund_due = fee_paid WHERE id = ?",
		    DB_INT(in->dossier_id))) < 0)
			goto out;
		break;
	case WA_DELIVER:
		if ((rc = db_exec(db, "UPDATE dossier SET return_method = ?, post_tracking = ?"
		    " WHERE id = ?", DB_STR(in->method), DB_STR(strcmp(in->method, "post") == 0 ?
		    in->tracking : NULL), DB_INT(in->dossier_id))) < 0)
			goto out;
		break;
	case WA_COLLECT:
		if ((rc = db_exec(db, "UPDATE dossier SET collected_at = ? WHERE id = ?",
		    DB_STR(now_iso), DB_INT(in->dossier_id))) < 0)
			goto out;
		break;
	case WA_APOLOGY: {
		int ext = hdf_get_int_value(row, "D.extension_tenths", 0) + in->extend_tenths;

		hdf_set_int_value(row, "D.extension_tenths", ext);
		if ((rc = db_exec(db, "UPDATE dossier SET extension_tenths = ? WHERE id = ?",
		    DB_INT(ext), DB_INT(in->dossier_id))) < 0)
			goto out;
		break;
	}
	case WA_PROPOSE_SUPPLEMENT:
	case WA_SUPPLEMENT: {
		size_t i;

		if ((rc = db_exec(db, "UPDATE dossier_doc SET supplement = 0 WHERE"
		    " dossier_id = ?", DB_INT(in->dossier_id))) < 0)
			goto out;
		for (i = 0; i < in->ndocs; i++) {
			rc = db_exec(db, "UPDATE dossier_doc SET supplement = 1 WHERE"
			    " id = ? AND dossier_id = ?", DB_INT(in->docs[i]),
			    DB_INT(in->dossier_id));
			if (rc < 0)
				goto out;
			if (rc == 0) {
				/* not a document of this dossier: nothing happens */
				out->result = WF_BAD_INPUT;
				rc = WF_ROLLBACK;
				goto out;
			}
		}
		break;
	}
	case WA_CITIZEN_SUPPLEMENT:
		if ((rc = db_exec(db, "UPDATE dossier_doc SET supplement = 0 WHERE"
		    " dossier_id = ?", DB_INT(in->dossier_id))) < 0)
			goto out;
		break;
	default:
		break;
	}

	/* the specialist's proposal waits for the leader; a decision on it
	 * clears it */
	if (t->proposes) {
		if (t->form != NF_NONE &&
		    (rc = draft_notice(db, a, t, hdf_get_obj(row, "D"), &notice_id)) < 0)
			goto out;
		if ((rc = db_exec(db, "UPDATE dossier SET proposal_action = ?,"
		    " proposal_notice_id = ? WHERE id = ?", DB_STR(t->proposes),
		    notice_id ? DB_INT(notice_id) : DB_NULL, DB_INT(in->dossier_id))) < 0)
			goto out;
	}
	if (t->approves && (rc = db_exec(db, "UPDATE dossier SET proposal_action = NULL,"
	    " proposal_notice_id = NULL WHERE id = ?", DB_INT(in->dossier_id))) < 0)
		goto out;

	/* the clock */
	due_iso[0] = ho_iso[0] = '\0';
	if (t->clock == WC_START || t->clock == WC_RESUME || t->clock == WC_EXTEND) {
		if ((rc = calendar_ready(db, h->cfg, &cal)) < 0)
			goto out;
		have_cal = 1;
	}
	switch (t->clock) {
	case WC_START: {
		struct cal_span lim;
		struct cal_input hin;
		struct cal_result hres;
		HDF *p;

		if (hdf_init(&p))
			abort();
		rc = calendar_proc_limit(db, hdf_get_value(row, "D.proc_code", ""),
		    "online", &lim, p, "L");
		hdf_destroy(&p);
		if (rc < 0)
			goto out;
		if (rc == 0)
			memset(&lim, 0, sizeof(lim));	/* no limit known: same day */
		hdf_set_value(row, "D.received_at", now_iso);
		hdf_set_int_value(row, "D.limit_days_tenths", (int)lim.days_tenths);
		hdf_set_int_value(row, "D.limit_hours_tenths", (int)lim.hours_tenths);
		if ((rc = compute_due(db, &cal, hdf_get_obj(row, "D"), in->dossier_id,
		    &due, &explain)) < 0)
			goto out;
		/* Article 14: to the specialist department within half a
		 * working day of reception */
		memset(&hin, 0, sizeof(hin));
		hin.received = now;
		hin.limit.days_tenths = 5;
		if (cal_due(&cal, &hin, &hres, NULL) == 0)
			cal_format_iso(hres.due, ho_iso, sizeof(ho_iso));
		rc = db_exec(db, "UPDATE dossier SET received_at = ?, limit_days_tenths = ?,"
		    " limit_hours_tenths = ?, clock = 'running', handover_due_at = ?"
		    " WHERE id = ?", DB_STR(now_iso), DB_INT(lim.days_tenths),
		    DB_INT(lim.hours_tenths), DB_STR(ho_iso[0] ? ho_iso : NULL),
		    DB_INT(in->dossier_id));
		break;
	}
	case WC_STOP:
		if (strcmp(clock, "running") == 0) {
			rc = db_exec(db, "INSERT INTO dossier_pause (dossier_id, from_at)"
			    " VALUES (?, ?)", DB_INT(in->dossier_id), DB_STR(now_iso));
			if (rc >= 0)
				rc = db_exec(db, "UPDATE dossier SET clock = 'paused', due_at ="
				    " NULL WHERE id = ?", DB_INT(in->dossier_id));
		} else
			rc = 0;	/* not received yet: the clock has not started */
		if (rc >= 0)
			rc = db_exec(db, "UPDATE dossier SET resume_status = ? WHERE id = ?",
			    DB_INT(status), DB_INT(in->dossier_id));
		break;
	case WC_RESUME:
		rc = db_exec(db, "UPDATE dossier_pause SET to_at = ? WHERE dossier_id = ?"
		    " AND to_at IS NULL", DB_STR(now_iso), DB_INT(in->dossier_id));
		if (rc < 0)
			break;
		if (strcmp(clock, "paused") == 0) {
			if ((rc = compute_due(db, &cal, hdf_get_obj(row, "D"), in->dossier_id,
			    &due, &explain)) < 0)
				break;
			rc = db_exec(db, "UPDATE dossier SET clock = 'running' WHERE id = ?",
			    DB_INT(in->dossier_id));
		}
		if (rc >= 0)
			rc = db_exec(db, "UPDATE dossier SET resume_status = NULL,"
			    " supplemented_at = ? WHERE id = ?", DB_STR(now_iso),
			    DB_INT(in->dossier_id));
		break;
	case WC_END:
		rc = db_exec(db, "UPDATE dossier_pause SET to_at = ? WHERE dossier_id = ?"
		    " AND to_at IS NULL", DB_STR(now_iso), DB_INT(in->dossier_id));
		if (rc >= 0)
			rc = db_exec(db, "UPDATE dossier SET clock = 'done', due_at = NULL"
			    " WHERE id = ?", DB_INT(in->dossier_id));
		break;
	case WC_EXTEND:
		/* the engine counts the extension (calendar.h cal_extension) */
		rc = compute_due(db, &cal, hdf_get_obj(row, "D"), in->dossier_id, &due,
		    &explain);
		break;
	default:
		rc = 0;
		break;
	}
	if (rc < 0)
		goto out;
	if (due) {
		cal_format_iso(due, due_iso, sizeof(due_iso));
		cal_format_vi(&due_text, due);
		rc = db_exec(db, "UPDATE dossier SET due_at = ?, due_explain = ? WHERE id = ?",
		    DB_STR(due_iso), DB_STR(buf_str(&explain)), DB_INT(in->dossier_id));
		if (rc < 0)
			goto out;
	}
	if (in->action == WA_FORWARD &&
	    (rc = db_exec(db, "UPDATE dossier SET handed_over_at = ? WHERE id = ?",
	    DB_STR(now_iso), DB_INT(in->dossier_id))) < 0)
		goto out;

	/* the status, guarded by the version the page showed */
	rc = db_exec(db, "UPDATE dossier SET status = ?, version = version + 1,"
	    " updated_at = ? WHERE id = ? AND version = ?", DB_INT(to),
	    DB_STR(now_iso), DB_INT(in->dossier_id), DB_INT(version));
	if (rc < 0)
		goto out;
	if (rc == 0) {
		/* cannot happen under the row lock; refuse rather than guess */
		out->result = WF_CONFLICT;
		rc = WF_ROLLBACK;
		goto out;
	}
	out->version = version + 1;

	if (t->form != NF_NONE && t->proposes == NULL) {
		long long draft = t->approves ? hdf_ll(row, "D.proposal_notice_id") : 0;
		const char *reason = in->reason;
		HDF *dr = NULL;

		if (draft) {
			/* the reason is the draft's, as the leader approved it */
			if (hdf_init(&dr))
				abort();
			if ((rc = db_row(db, dr, "N", "SELECT reason FROM notice WHERE id = ?",
			    DB_INT(draft))) < 0) {
				hdf_destroy(&dr);
				goto out;
			}
			reason = hdf_get_value(dr, "N.reason", NULL);
		}
		rc = make_notice(db, a, t, hdf_get_obj(row, "D"),
		    due ? buf_str(&due_text) : NULL, due ? buf_str(&explain) : NULL, now,
		    draft, reason, &notice_id);
		hdf_destroy(&dr);
		if (rc < 0)
			goto out;
	}
	out->notice_id = notice_id;

	/* the citizen is told of the steps that have no form */
	if (in->action == WA_APPROVE_RESULT || in->action == WA_DELIVER ||
	    in->action == WA_WITHDRAW) {
		rc = notify_plain(db, a, hdf_get_obj(row, "D"),
		    in->action == WA_APPROVE_RESULT ? "Result" :
		    in->action == WA_DELIVER ? "Returned" : "Withdrawn",
		    in->action == WA_DELIVER ? in->method : NULL,
		    in->action == WA_DELIVER ? in->tracking : NULL);
		if (rc < 0)
			goto out;
	}

	if (in->reason && *in->reason)
		buf_adds(&note, in->reason);
	if (in->action == WA_DELIVER) {
		buf_printf(&note, "%s%s", note.len ? " – " : "", in->method);
		if (strcmp(in->method, "post") == 0)
			buf_printf(&note, " %s", in->tracking);
	}
	{
		struct wf_step st;
		char detail[96];

		snprintf(detail, sizeof(detail), "%s %d->%d", out->code, status, to);
		memset(&st, 0, sizeof(st));
		st.dossier_id = in->dossier_id;
		st.owner_id = out->owner_id;
		st.at = now_iso;
		st.action = t->name;
		st.from = status;
		st.to = to;
		st.role = t->citizen ? "citizen" : wf_role_name(u, t->roles);
		st.agency_id = hdf_ll(row, "D.agency_id");
		st.note = note.len ? buf_str(&note) : NULL;
		st.notice_id = notice_id;
		st.detail = detail;
		if ((rc = wf_record(db, h, &st)) < 0)
			goto out;
	}
	out->result = WF_DONE;
	rc = 0;
out:
	if (have_cal)
		cal_free(&cal);
	hdf_destroy(&row);
	buf_free(&explain);
	buf_free(&due_text);
	buf_free(&note);
	return rc;
}

int
wf_apply(struct db *db, const struct wf_hooks *h, const struct wf_in *in,
    struct wf_out *out)
{
	struct apply a = { h, in, out, WP_2018 };
	int rc;

	memset(out, 0, sizeof(*out));
	if ((unsigned)in->action >= WA__MAX || h->user == NULL) {
		out->result = WF_NOT_FOUND;
		return 0;
	}
	rc = db_tx(db, apply_tx, &a);
	if (rc == WF_ROLLBACK)
		return 0;	/* rolled back on purpose; out->result says why */
	return rc;
}

/* --- for pages ------------------------------------------------------------------- */

int
wf_clock_info(struct db *db, const struct config *cfg, HDF *row,
    long long now, HDF *hdf, const char *prefix)
{
	const struct calendar *cal;
	struct buf b = BUF_INIT;
	HDF *c;
	long long due, ho, handed;
	int rc;

	if (hdf_get_node(hdf, prefix, &c) != STATUS_OK)
		abort();
	hdf_set_value(c, "state", hdf_get_value(row, "clock", "none"));
	if ((rc = calendar_view(db, cfg, &cal)) < 0)
		return rc;
	due = cal_hdf_time(row, "due_at");
	if (due) {
		cal_format_vi(&b, due);
		hdf_set_value(c, "due", buf_str(&b));
		buf_reset(&b);
		hdf_set_value(c, "explain", hdf_get_value(row, "due_explain", ""));
		cal_time_left(cal, now, due, c);
	}
	ho = cal_hdf_time(row, "handover_due_at");
	handed = cal_hdf_time(row, "handed_over_at");
	if (ho) {
		cal_format_vi(&b, ho);
		hdf_set_value(c, "handover_due", buf_str(&b));
		buf_reset(&b);
		if ((handed ? handed : now) > ho)
			hdf_set_value(c, "handover_late", "1");
	}
	if (handed) {
		cal_format_vi(&b, handed);
		hdf_set_value(c, "handed_over", buf_str(&b));
	}
	buf_free(&b);
	return 0;
}

int
wf_proposal_reason(struct db *db, long long id, HDF *hdf, const char *name)
{
	return db_row(db, hdf, name, "SELECT n.reason FROM dossier d JOIN notice n"
	    " ON n.id = d.proposal_notice_id WHERE d.id = ?", DB_INT(id));
}

int
wf_notices(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	HDF *n;
	int rc;

	rc = db_rows(db, hdf, prefix, "SELECT id, form, kind, profile, number, year,"
	    " status, sha256, DATE_FORMAT(sent_at, '%H:%i %d/%m/%Y') AS sent FROM notice"
	    " WHERE dossier_id = ? AND status = 'sent' ORDER BY id", DB_INT(id));
	/* each under the title of the profile it was sent under; its number
	 * (form) is the one it was sent with */
	for (n = rc > 0 ? hdf_obj_child(hdf_get_obj(hdf, prefix)) : NULL; n;
	    n = hdf_obj_next(n))
		hdf_set_value(n, "title", wf_form(wf_profile_by_name(hdf_get_value(n,
		    "profile", NULL)), wf_form_by_kind(hdf_get_value(n, "kind", NULL)))->title);
	return rc;
}

int
wf_notice_get(struct db *db, long long dossier_id, long long notice_id,
    HDF *hdf, const char *prefix)
{
	return db_row(db, hdf, prefix, "SELECT id, dossier_id, form, number, year,"
	    " html, sha256 FROM notice WHERE id = ? AND (? = 0 OR dossier_id = ?)"
	    " AND status = 'sent'", DB_INT(notice_id), DB_INT(dossier_id),
	    DB_INT(dossier_id));
}

int
wf_check_put(struct db *db, long long id, long long doc_id, int ok,
    long long by)
{
	int rc = db_exec(db, "INSERT INTO dossier_check (dossier_id, doc_id, ok,"
	    " checked_by, checked_at) SELECT ?, d.id, ?, ?, NOW() FROM dossier_doc d"
	    " WHERE d.id = ? AND d.dossier_id = ? ON DUPLICATE KEY UPDATE"
	    " ok = VALUES(ok), checked_by = VALUES(checked_by), checked_at = NOW()",
	    DB_INT(id), DB_INT(ok ? 1 : 0), DB_INT(by), DB_INT(doc_id), DB_INT(id));

	return rc < 0 ? rc : 0;
}

int
wf_worklist(struct db *db, const struct config *cfg, long long agency,
    int which, long long now, HDF *hdf, const char *prefix)
{
	const struct calendar *cal;
	HDF *c;
	int rc, n;

#define WL_COLS "SELECT d.id, d.code, d.proc_code, d.proc_name, d.status," \
	" d.applicant_name, d.version, d.proposal_action, d.return_method," \
	" d.post_tracking, DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y')" \
	" AS submitted, d.due_at FROM dossier d WHERE d.agency_id = ? AND "
#define WL_ORDER " ORDER BY d.due_at IS NULL, d.due_at, d.submitted_at, d.id LIMIT 200"
	/* the specialist's: in processing, nothing proposed yet; the
	 * leader's: a proposal or a withdrawal waits; reception's: results to return, or
	 * returned at the counter or by post and not yet collected */
	if (which == 's')
		n = db_rows(db, hdf, prefix, WL_COLS "d.status = 4 AND"
		    " d.proposal_action IS NULL" WL_ORDER, DB_INT(agency));
	else if (which == 'l')
		/* the leader's: proposals, and the citizens' withdrawal
		 * requests (7), which only the leader's stop confirms */
		n = db_rows(db, hdf, prefix, WL_COLS "((d.status = 4 AND"
		    " d.proposal_action IS NOT NULL) OR d.status = 7)" WL_ORDER,
		    DB_INT(agency));
	else
		n = db_rows(db, hdf, prefix, WL_COLS "(d.status = 9 OR (d.status = 10"
		    " AND d.collected_at IS NULL AND d.return_method <> 'online'))"
		    WL_ORDER, DB_INT(agency));
#undef WL_COLS
#undef WL_ORDER
	if (n <= 0)
		return n;
	if ((rc = calendar_view(db, cfg, &cal)) < 0)
		return rc;
	for (c = hdf_obj_child(hdf_get_obj(hdf, prefix)); c; c = hdf_obj_next(c)) {
		long long t = cal_hdf_time(c, "due_at");

		if (t)
			cal_time_left(cal, now, t, c);
	}
	return n;
}
