/* dvc-account, administration (issue 16 section 3): the province's
 * settings, for its admins only (the routes' role).
 *
 * The holiday calendar: the same domain functions as dvcctl holiday
 * (calendar_put, calendar_remove, calendar_change_put, one audit record,
 * one transaction). A change first shows its preview: the dossiers whose
 * promised due date counts the day. Those dates never move (the law's
 * promise is what the notice said); their pages show that the table
 * changed after they were counted (calendar_change).
 *
 * Feedback (Article 9.4): read, and answered by mail; the answer is kept
 * and the message marked answered, in the transaction that queues the
 * mail.
 *
 * Announcements (as dvcctl announce) and the notice profile (as dvcctl
 * notice-profile), each change audited. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "domain/calendar.h"
#include "domain/catalog.h"
#include "domain/feedback.h"
#include "domain/notice.h"
#include "domain/workflow.h"
#include "pages/account.h"
#include "pages/common.h"

/* How many dossiers a preview lists (the count says how many in all). */
#define PREVIEW_ROWS 100
/* How many messages the feedback list shows. */
#define FEEDBACK_ROWS 200

static int
menu(struct request *req)
{
	hdf_set_value(req->hdf, "Page.Nav", "staff");
	return page_staff_menu(req);
}

/* --- the holiday calendar ------------------------------------------------------ */

const struct field f_admin_calendar_year[1] = {
	{ "nam", V_INT, 0, 1900, 9999, NULL },
};

static const char *const day_kinds[] = { "holiday", "workday", NULL };
static const char *const ticked[] = { "1", NULL };
enum { CD_DAY, CD_KIND, CD_NAME, CD_REMOVE, CD__MAX };
const struct field f_admin_calendar_day[CD__MAX] = {
	[CD_DAY] = { "ngay", V_DATE, F_REQUIRED, 0, 0, NULL },
	[CD_KIND] = { "loai_ngay", V_ENUM, 0, 0, 0, day_kinds },
	[CD_NAME] = { "ten_ngay", V_LINE, 0, 2, 200, NULL },
	[CD_REMOVE] = { "xoa", V_ENUM, 0, 0, 0, ticked },
};

/* The year's days and the form to add one. */
static struct result
show_calendar(struct request *req, int year, int status)
{
	char when[16] = "";
	long long rows = 0;
	int confirmed = 0, y, m, d, rc;

	if (year == 0) {
		cal_civil(cal_day_of(cal_now()), &y, &m, &d);
		year = y;
	}
	hdf_set_int_value(req->hdf, "Cal.Year", year);
	hdf_set_int_value(req->hdf, "Cal.Prev", year - 1);
	hdf_set_int_value(req->hdf, "Cal.Next", year + 1);
	if ((rc = calendar_list(req->db, req->hdf, "Cal.Days", year)) < 0 ||
	    (rc = calendar_year_state(req->db, year, &rows, &confirmed, when,
	    sizeof(when))) < 0 || (rc = menu(req)) < 0)
		return res_db(rc);
	if (confirmed) {
		hdf_set_value(req->hdf, "Cal.Confirmed", "1");
		hdf_set_value(req->hdf, "Cal.ConfirmedOn", when);
	}
	if (status)
		req->status = status;
	return req_render(req, T_ADMIN_CALENDAR);
}

/* GET /quan-tri/lich?nam=YYYY (province admins): the special days of a
 * year (this year by default) and the form to add or remove one.
 * Template admin_settings_calendar.cs. */
struct result
p_admin_calendar(struct request *req)
{
	if (req->val[0].err != VE_OK)
		return res_status(404);
	return show_calendar(req, (int)req->val[0].i, 0);
}

/* The change the fields describe, checked: 0 and *day (*found: the table
 * holds the day), 1 with the field errors set, or a db_rc. Rules beyond each field's own: a day already past is
 * never changed (the due dates counted over it are kept; a change there
 * would only make the table disagree with them); adding needs a kind
 * and a name; a make-up working day is a Saturday or a Sunday; removing
 * needs the day to be in the table. */
static int
day_change(struct request *req, long *day, int *found)
{
	int removing = req->val[CD_REMOVE].present && req->val[CD_REMOVE].err == VE_OK;
	int rc, wd;
	HDF *t = NULL;

	*found = 0;
	if (req->val[CD_DAY].err == VE_OK) {
		if (cal_parse_date(req->val[CD_DAY].s, day) < 0)
			admin_fail(req, CD_DAY, "day_bad");
		else if (*day <= cal_day_of(cal_now()))
			admin_fail(req, CD_DAY, "day_past");
	}
	if (!removing) {
		if (req->val[CD_KIND].err == VE_OK && !req->val[CD_KIND].present)
			admin_fail(req, CD_KIND, "kind_none");
		if (req->val[CD_NAME].err == VE_OK && !req->val[CD_NAME].present)
			admin_fail(req, CD_NAME, "name_none");
		if (req->val[CD_DAY].err == VE_OK && req->val[CD_KIND].err == VE_OK &&
		    strcmp(req->val[CD_KIND].s, "workday") == 0) {
			wd = cal_weekday(*day);
			if (wd != 0 && wd != 6)
				admin_fail(req, CD_DAY, "workday_weekday");
		}
	}
	if (req->nerrors)
		return 1;
	if (hdf_init(&t))
		abort();
	{
		char iso[16];
		int y, m, d;
		HDF *r;

		cal_civil(*day, &y, &m, &d);
		snprintf(iso, sizeof(iso), "%04d-%02d-%02d", y, m, d);
		rc = calendar_list(req->db, t, "D", y);
		for (r = hdf_get_child(t, "D"); rc >= 0 && r; r = hdf_obj_next(r))
			if (strcmp(hdf_get_value(r, "day", ""), iso) == 0) {
				*found = 1;
				hdf_set_value(req->hdf, "Change.OldKind", hdf_get_value(r, "kind", ""));
				hdf_set_value(req->hdf, "Change.OldName", hdf_get_value(r, "name", ""));
			}
	}
	hdf_destroy(&t);
	if (rc < 0)
		return rc;
	if (removing && !*found) {
		admin_fail(req, CD_DAY, "day_not_in_table");
		return 1;
	}
	return 0;
}

/* Change.*: what the change is, in the page's words. */
static void
change_hdf(struct request *req, long day)
{
	int removing = req->val[CD_REMOVE].present;
	int y, m, d;
	char ds[16];

	cal_civil(day, &y, &m, &d);
	snprintf(ds, sizeof(ds), "%02d/%02d/%04d", d, m, y);
	hdf_set_value(req->hdf, "Change.Day", ds);
	hdf_set_value(req->hdf, "Change.Weekday", cal_weekday_name(cal_weekday(day)));
	hdf_set_int_value(req->hdf, "Change.Year", y);
	hdf_set_value(req->hdf, "Change.Remove", removing ? "1" : "0");
	if (!removing) {
		hdf_set_value(req->hdf, "Change.Kind", req->val[CD_KIND].s);
		hdf_set_value(req->hdf, "Change.Name", req->val[CD_NAME].s);
	}
}

/* POST /quan-tri/lich/xem-truoc (province admins): ngay, and loai_ngay
 * (holiday, workday) with ten_ngay to add or replace a day, or xoa=1 to
 * remove it. Shows the change and the dossiers whose promised date counts
 * that day (they keep it), with the button that makes the change.
 * Template admin_settings_preview.cs; the calendar again with the errors. */
struct result
p_admin_calendar_preview(struct request *req)
{
	long long n = 0;
	long day = 0;
	int found, rc;

	if ((rc = day_change(req, &day, &found)) != 0) {
		if (rc < 0)
			return res_db(rc);
		req_form_to_hdf(req);
		return show_calendar(req, 0, 422);
	}
	if ((rc = calendar_affected(req->db, day, &n)) < 0 ||
	    (rc = calendar_affected_list(req->db, day, req->hdf, "Affected",
	    PREVIEW_ROWS)) < 0 || (rc = menu(req)) < 0)
		return res_db(rc);
	hdf_set_int_value(req->hdf, "Change.Affected", (int)n);
	if (found)
		hdf_set_value(req->hdf, "Change.Replaces", "1");
	change_hdf(req, day);
	req_form_to_hdf(req);
	return req_render(req, T_ADMIN_CALENDAR_PREVIEW);
}

struct day_save {
	struct request *req;
	long day;
	int remove;
	long long affected;
};

static int
save_tx(struct db *db, void *ctx)
{
	struct day_save *s = ctx;
	struct request *req = s->req;
	struct buf detail = BUF_INIT;
	int y, m, d, rc;

	if (s->remove)
		rc = calendar_remove(db, s->day);
	else
		rc = calendar_put(db, s->day, cal_kind_from_name(req->val[CD_KIND].s),
		    req->val[CD_NAME].s);
	if (rc < 0)
		return rc;
	if (s->remove && rc == 0)
		return DB_ROLLBACK;	/* removed meanwhile: nothing to record */
	if ((rc = calendar_change_put(db, s->day, s->remove ? CC_REMOVE : CC_ADD,
	    cal_now(), req->user->id)) < 0 ||
	    (rc = calendar_affected(db, s->day, &s->affected)) < 0)
		return rc;
	cal_civil(s->day, &y, &m, &d);
	buf_printf(&detail, "%04d-%02d-%02d", y, m, d);
	if (!s->remove)
		buf_printf(&detail, " %s %s", req->val[CD_KIND].s, req->val[CD_NAME].s);
	buf_printf(&detail, "; %lld hồ sơ đang giải quyết có ngày này trong thời hạn"
	    " đã hẹn (giữ nguyên)", s->affected);
	rc = page_audit(req, s->remove ? "calendar.remove" : "calendar.add",
	    "calendar_day", y * 10000LL + m * 100 + d, 0, buf_str(&detail));
	buf_free(&detail);
	return rc;
}

/* POST /quan-tri/lich/luu (province admins): the preview's fields again,
 * checked again; makes the change and goes back to the year's calendar. */
struct result
p_admin_calendar_save(struct request *req)
{
	struct day_save s = { req, 0, 0, 0 };
	char to[64];
	int found, rc, y, m, d;

	if ((rc = day_change(req, &s.day, &found)) != 0) {
		if (rc < 0)
			return res_db(rc);
		req_form_to_hdf(req);
		return show_calendar(req, 0, 422);
	}
	s.remove = req->val[CD_REMOVE].present;
	rc = db_tx(req->db, save_tx, &s);
	if (rc == DB_ROLLBACK) {
		admin_fail(req, CD_DAY, "day_not_in_table");
		req_form_to_hdf(req);
		return show_calendar(req, 0, 422);
	}
	if (rc != 0)
		return res_db(rc);
	cal_civil(s.day, &y, &m, &d);
	snprintf(to, sizeof(to), "/quan-tri/lich?nam=%d", y);
	return req_redirect(req, to);
}

/* --- feedback ---------------------------------------------------------------------- */

static const char *const fb_states[] = { "new", "read", "answered", NULL };
const struct field f_admin_feedback_filter[1] = {
	{ "trang_thai", V_ENUM, 0, 0, 0, fb_states },
};
const struct field f_admin_feedback_id[1] = {
	{ "id", V_INT, F_PATH | F_REQUIRED, 1, 999999999999L, NULL },
};
enum { FA_ID, FA_ANSWER, FA__MAX };
const struct field f_admin_feedback_answer[FA__MAX] = {
	[FA_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, 999999999999L, NULL },
	[FA_ANSWER] = { "tra_loi", V_TEXT, F_REQUIRED, 10, 5000, NULL },
};

/* GET /quan-tri/gop-y?trang_thai=new|read|answered (province admins):
 * the newest messages. Template admin_settings_feedback_list.cs. */
struct result
p_admin_feedback_list(struct request *req)
{
	const char *st = req->val[0].err == VE_OK && req->val[0].present ?
	    req->val[0].s : NULL;
	int rc;

	if (st)
		hdf_set_value(req->hdf, "Page.Filter", st);
	if ((rc = feedback_page(req->db, req->hdf, "Feedback", st, FEEDBACK_ROWS)) < 0 ||
	    (rc = menu(req)) < 0)
		return res_db(rc);
	return req_render(req, T_ADMIN_FEEDBACK_LIST);
}

struct fb_read {
	struct request *req;
	long long id;
	int found;
};

static int
read_tx(struct db *db, void *ctx)
{
	struct fb_read *r = ctx;
	int rc;

	if ((rc = feedback_get(db, r->id, r->req->hdf, "Fb")) <= 0)
		return rc;
	r->found = 1;
	if (strcmp(hdf_get_value(r->req->hdf, "Fb.status", ""), "new") != 0)
		return 0;
	if ((rc = feedback_mark_read(db, r->id)) < 0)
		return rc;
	return page_audit(r->req, "feedback.read", "feedback", r->id, 0, NULL);
}

/* One message: read (a new one becomes read, audited) and the answer's
 * form, or the answer given. */
static struct result
show_feedback(struct request *req, long long id, int status)
{
	struct fb_read r = { req, id, 0 };
	int rc;

	if ((rc = db_tx(req->db, read_tx, &r)) != 0)
		return res_db(rc);
	if (!r.found)
		return res_status(404);
	if ((rc = menu(req)) < 0)
		return res_db(rc);
	if (status)
		req->status = status;
	return req_render(req, T_ADMIN_FEEDBACK_ONE);
}

/* GET /quan-tri/gop-y/:id (province admins). Template
 * admin_settings_feedback.cs. */
struct result
p_admin_feedback_one(struct request *req)
{
	return show_feedback(req, req->val[0].i, 0);
}

struct fb_answer {
	struct request *req;
	long long id;
	int found, no_email, already;
};

static int
answer_tx(struct db *db, void *ctx)
{
	struct fb_answer *a = ctx;
	struct request *req = a->req;
	HDF *t = NULL;
	int rc;

	if (hdf_init(&t))
		abort();
	if ((rc = feedback_get(db, a->id, t, "F")) <= 0)
		goto out;
	a->found = 1;
	rc = 0;
	if (strcmp(hdf_get_value(t, "F.status", ""), "answered") == 0) {
		a->already = 1;
		goto out;
	}
	if (*hdf_get_value(t, "F.email", "") == '\0') {
		a->no_email = 1;
		goto out;
	}
	if ((rc = feedback_answer(db, a->id, req->val[FA_ANSWER].s, req->user->id)) != 0) {
		if (rc == FEEDBACK_ANSWERED) {
			a->already = 1;
			rc = 0;
		}
		goto out;
	}
	hdf_set_value(t, "Mail.Name", hdf_get_value(t, "F.full_name", ""));
	hdf_set_value(t, "Mail.Quote", hdf_get_value(t, "F.subject", ""));
	hdf_set_value(t, "Mail.Note", req->val[FA_ANSWER].s);
	if ((rc = page_mail(req, T_MAIL, t, "OrgFeedback", hdf_get_value(t, "F.email", ""))) == 0)
		rc = page_audit(req, "feedback.answer", "feedback", a->id, 0, NULL);
out:
	hdf_destroy(&t);
	return rc;
}

/* POST /quan-tri/gop-y/:id/tra-loi (province admins): tra_loi (10 to
 * 5000 characters). Mails the answer to the sender and marks the message
 * answered; refused (the page again, with why) when the sender left no
 * address or it was answered meanwhile. */
struct result
p_admin_feedback_answer(struct request *req)
{
	struct fb_answer a = { req, req->val[FA_ID].i, 0, 0, 0 };
	char to[64];
	int rc;

	if (req->nerrors) {
		req_form_to_hdf(req);
		return show_feedback(req, a.id, 422);
	}
	if ((rc = db_tx(req->db, answer_tx, &a)) != 0)
		return res_db(rc);
	if (!a.found)
		return res_status(404);
	if (a.no_email || a.already) {
		admin_fail(req, FA_ANSWER, a.no_email ? "feedback_no_email" :
		    "feedback_answered");
		req_form_to_hdf(req);
		return show_feedback(req, a.id, 409);
	}
	snprintf(to, sizeof(to), "/quan-tri/gop-y/%lld", a.id);
	return req_redirect(req, to);
}

/* --- announcements ------------------------------------------------------------------ */

enum { AN_TITLE, AN_BODY, AN__MAX };
const struct field f_admin_announce[AN__MAX] = {
	/* the same limits as dvcctl announce add */
	[AN_TITLE] = { "tieu_de", V_LINE, F_REQUIRED, 5, 200, NULL },
	[AN_BODY] = { "noi_dung", V_TEXT, F_REQUIRED, 10, 20000, NULL },
};
const struct field f_admin_announce_id[1] = {
	{ "id", V_INT, F_PATH | F_REQUIRED, 1, 999999999999L, NULL },
};

static struct result
show_announcements(struct request *req, int status)
{
	int rc;

	if ((rc = notice_list_all(req->db, req->hdf, "Ann")) < 0 || (rc = menu(req)) < 0)
		return res_db(rc);
	if (status)
		req->status = status;
	return req_render(req, T_ADMIN_ANNOUNCE);
}

/* GET /quan-tri/thong-bao (province admins): every announcement, shown
 * or hidden, and the form to publish one. Template
 * admin_settings_announce.cs. */
struct result
p_admin_announce_list(struct request *req)
{
	return show_announcements(req, 0);
}

struct announce {
	struct request *req;
	long long id;
	int hide;		/* -1: a new one; 0 show; 1 hide */
	int found;
};

static int
announce_tx(struct db *db, void *ctx)
{
	struct announce *a = ctx;
	struct request *req = a->req;
	int rc;

	if (a->hide < 0)
		rc = notice_add(db, req->val[AN_TITLE].s, req->val[AN_BODY].s, &a->id);
	else
		rc = notice_set_hidden(db, a->id, a->hide);
	if (rc < 0)
		return rc;
	if (a->hide >= 0 && rc == 0)
		return 0;	/* none, or already so: nothing to record */
	a->found = 1;
	/* the home page shows the newest from the catalogue's memory */
	if ((rc = catalog_bump(db)) < 0)
		return rc;
	return page_audit(req, a->hide < 0 ? "announcement.add" : a->hide ?
	    "announcement.hide" : "announcement.show", "announcement", a->id, 0,
	    a->hide < 0 ? req->val[AN_TITLE].s : NULL);
}

/* POST /quan-tri/thong-bao (province admins): tieu_de (5 to 200
 * characters), noi_dung (10 to 20000). Published at once. */
struct result
p_admin_announce_add(struct request *req)
{
	struct announce a = { req, 0, -1, 0 };
	int rc;

	if (req->nerrors) {
		req_form_to_hdf(req);
		return show_announcements(req, 422);
	}
	if ((rc = db_tx(req->db, announce_tx, &a)) != 0)
		return req_form_db_failed(req, T_ADMIN_ANNOUNCE, rc);
	return req_redirect(req, "/quan-tri/thong-bao");
}

static struct result
announce_hide(struct request *req, int hide)
{
	struct announce a = { req, req->val[0].i, hide, 0 };
	int rc;

	if ((rc = db_tx(req->db, announce_tx, &a)) != 0)
		return res_db(rc);
	if (!a.found)
		return res_status(404);	/* no such announcement, or already so */
	return req_redirect(req, "/quan-tri/thong-bao");
}

/* POST /quan-tri/thong-bao/:id/an and /hien (province admins). */
struct result
p_admin_announce_hide(struct request *req)
{
	return announce_hide(req, 1);
}

struct result
p_admin_announce_show(struct request *req)
{
	return announce_hide(req, 0);
}

/* --- the notice profile ---------------------------------------------------------------- */

static const char *const profile_names[] = { "2018", "2025", "cau-hinh", NULL };
const struct field f_admin_profile[1] = {
	{ "bo_mau", V_ENUM, F_REQUIRED, 0, 0, profile_names },
};

static struct result
show_profile(struct request *req, int status)
{
	int p, rc;

	if ((rc = wf_profile(req->db, req->cfg, &p)) < 0 || (rc = menu(req)) < 0)
		return res_db(rc);
	hdf_set_value(req->hdf, "Profile.Now", wf_profiles[p].name);
	hdf_set_value(req->hdf, "Profile.Circular", wf_profiles[p].circular);
	hdf_set_value(req->hdf, "Profile.Config", cfg_str(req->cfg, "Notice.Profile"));
	if (status)
		req->status = status;
	return req_render(req, T_ADMIN_PROFILE);
}

/* GET /quan-tri/mau-thong-bao (province admins): the set of notice forms
 * in force (Circular 01/2018 or Decree 118/2025 with Circular 03/2025)
 * and the form to change it, as dvcctl notice-profile does. Template
 * admin_settings_profile.cs. */
struct result
p_admin_profile(struct request *req)
{
	return show_profile(req, 0);
}

static int
profile_tx(struct db *db, void *ctx)
{
	struct request *req = ctx;
	const char *v = req->val[0].s;
	int rc;

	if ((rc = wf_profile_set(db, strcmp(v, "cau-hinh") == 0 ? NULL : v)) != 0)
		return rc < 0 ? rc : DB_ERR;
	return page_audit(req, "setting.notice_profile", "setting", 0, 0,
	    strcmp(v, "cau-hinh") == 0 ? "theo cấu hình" : v);
}

/* POST /quan-tri/mau-thong-bao (province admins): bo_mau = 2018, 2025 or
 * cau-hinh (back to the configuration's Notice.Profile). Every web node
 * uses it from its next notice (read at each use). */
struct result
p_admin_profile_set(struct request *req)
{
	int rc;

	if (req->nerrors) {
		req_form_to_hdf(req);
		return show_profile(req, 422);
	}
	if ((rc = db_tx(req->db, profile_tx, req)) != 0)
		return res_db(rc);
	return req_redirect(req, "/quan-tri/mau-thong-bao");
}
