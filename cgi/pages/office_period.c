/* Period reports, the annual report and the scorecard (issue 13, section
 * 6; Article 17 of the regulation; domain/report.h):
 *
 * /can-bo/bao-cao                 the report form and the report: a month,
 *                                 a quarter, a year or any range of days
 *                                 (ky, nam, thang, quy, tu_ngay, den_ngay),
 *                                 per agency, field or procedure (theo),
 *                                 for an agency (co_quan) or the province;
 *                                 a chart with its table beside it
 * /can-bo/bao-cao.csv, .json      the same figures as CSV and JSON
 * /can-bo/bao-cao/in              the same, printable (layout_print.cs)
 * /can-bo/bao-cao/nam             the annual report of Article 17 of an
 *                                 agency or of the province (nam), one
 *                                 printable document
 * /can-bo/bao-cao/chi-so          the service-quality scorecard in the
 *                                 shape of Decision 766/QĐ-TTg's index
 *                                 groups, each figure with its formula
 * /can-bo/bao-cao/chi-so/<what>   what cost points: procedures or dossiers
 *                                 (minimum personal data), 100 a page
 *
 * Every officer reads their own agency's figures; the province's admins
 * and inspectors any agency's and the province's (access_object,
 * OBJ_AGENCY). A period or an agency the report cannot have gets the page
 * again with a message saying why (422), never an error page; another
 * agency's figures asked by its code: 403, recorded. The exports and the
 * lists of dossiers are recorded in the audit trail. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/access.h"
#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "core/util.h"
#include "core/validate.h"
#include "domain/calendar.h"
#include "domain/oversight.h"
#include "domain/report.h"
#include "pages/common.h"
#include "pages/office.h"

enum { R_KIND, R_YEAR, R_MONTH, R_QUARTER, R_FROM, R_TO, R_AGENCY, R_GROUP, R__MAX };
#define REPORT_FIELDS \
	[R_KIND] = { "ky", V_ENUM, 0, 0, 0, report_kind_slugs }, \
	/* numbers: their range is the period's to check, with its message */ \
	[R_YEAR] = { "nam", V_INT, 0, 0, 9999, NULL }, \
	[R_MONTH] = { "thang", V_INT, 0, 0, 99, NULL }, \
	[R_QUARTER] = { "quy", V_INT, 0, 0, 99, NULL }, \
	[R_FROM] = { "tu_ngay", V_DATE, 0, 0, 0, NULL }, \
	[R_TO] = { "den_ngay", V_DATE, 0, 0, 0, NULL }, \
	[R_AGENCY] = { "co_quan", V_KEY, 0, 1, 24, NULL }, \
	[R_GROUP] = { "theo", V_ENUM, 0, 0, 0, report_group_slugs }
const struct field office_f_report[OFFICE_F_REPORT_N] = { REPORT_FIELDS };

enum { C_WHAT = R__MAX, C_AFTER };
const struct field office_f_cost[OFFICE_F_COST_N] = {
	REPORT_FIELDS,
	[C_WHAT] = { "what", V_ENUM, F_PATH | F_REQUIRED, 0, 0, report_cost_slugs },
	[C_AFTER] = { "sau", V_INT, 0, 1, 0x7fffffffffffL, NULL },
};
_Static_assert(R__MAX == OFFICE_F_REPORT_N, "the report's fields");
_Static_assert(C_AFTER + 1 == OFFICE_F_COST_N, "the drill-down's fields");

/* --- the request's period and scope ------------------------------------- */

/* The period the fields ask for into *p: NULL, or the key of the message
 * saying why it cannot be (Lang.Period.Bad.<key>). */
static const char *
period_of(struct request *req, struct report_period *p)
{
	struct report_period_in in;
	const struct fval *v = req->val;
	enum report_period_err e;

	memset(&in, 0, sizeof(in));
	in.from = in.to = -1;
	if (v[R_KIND].err != VE_OK)
		return "kind";
	if (v[R_YEAR].err != VE_OK)
		return "year";
	if (v[R_MONTH].err != VE_OK)
		return "month";
	if (v[R_QUARTER].err != VE_OK)
		return "quarter";
	if (v[R_FROM].err != VE_OK || v[R_TO].err != VE_OK)
		return "date_format";
	in.kind = v[R_KIND].present ? v[R_KIND].s : NULL;
	in.year = v[R_YEAR].present ? (long)v[R_YEAR].i : 0;
	in.month = v[R_MONTH].present ? (long)v[R_MONTH].i : 0;
	in.quarter = v[R_QUARTER].present ? (long)v[R_QUARTER].i : 0;
	if ((v[R_FROM].present && cal_parse_date(v[R_FROM].s, &in.from) != 0) ||
	    (v[R_TO].present && cal_parse_date(v[R_TO].s, &in.to) != 0))
		return "date_format";
	e = report_period_parse(&in, cal_day_of(cal_now()), p);
	return e == RP_OK ? NULL : report_period_err_keys[e];
}

static int
overseer(const struct request *req)
{
	return (req->user->roles & ROLES_OVERSIGHT) != 0;
}

/* The agency the figures are of into *agency (0: the province) and
 * Scope.{id,code,name}: co_quan, else the province for its admins and
 * inspectors and the officer's own agency for everyone else. res_ok()
 * with *bad = "agency" for a code no agency has; 403 (recorded) for an
 * agency this person may not read. */
static struct result
scope_of(struct request *req, long long *agency, const char **bad)
{
	struct access_object o;
	int rc, found = 1;

	*agency = 0;
	if (req->val[R_AGENCY].err != VE_OK) {
		*bad = "agency";
		return res_ok();
	}
	if (req->val[R_AGENCY].present) {
		if ((rc = report_agency(req->db, req->val[R_AGENCY].s, req->hdf, "Scope")) < 0)
			return res_db(rc);
		if (rc == 0) {
			*bad = "agency";
			return res_ok();
		}
		*agency = hdf_ll(req->hdf, "Scope.id");
	} else if (!overseer(req)) {
		*agency = req->user->agency_id;
		if (*agency && (rc = report_agency_id(req->db, *agency, req->hdf, "Scope")) < 0)
			return res_db(rc);
	}
	memset(&o, 0, sizeof(o));
	o.type = OBJ_AGENCY;
	o.agency_id = *agency;
	if ((rc = access_object(req->user, ACT_READ, &o, found)) != 0) {
		if (rc == 403)
			page_audit(req, "report.denied", "agency", *agency, 0,
			    req->val[R_AGENCY].present ? req->val[R_AGENCY].s : "");
		return res_status(rc);
	}
	return res_ok();
}

/* What the form shows beside what was typed: the years a report may
 * cover, the agencies to choose from (for those who may), the period as
 * understood. */
static int
form_data(struct request *req, const struct report_period *p)
{
	int y, m, d, ty, rc;
	char key[32], v[16];
	long today = cal_day_of(cal_now());

	req_form_to_hdf(req);
	cal_civil(today, &ty, &m, &d);
	for (y = ty; y >= REPORT_YEAR_MIN; y--) {
		snprintf(key, sizeof(key), "Page.Years.%d", ty - y);
		hdf_set_int_value(req->hdf, key, y);
	}
	hdf_set_int_value(req->hdf, "Page.ThisYear", ty);
	hdf_set_int_value(req->hdf, "Page.ThisMonth", m);
	if (overseer(req)) {
		hdf_set_value(req->hdf, "Page.Overseer", "1");
		if ((rc = report_agencies(req->db, req->hdf, "Agencies")) < 0)
			return rc;
	}
	if (p) {
		hdf_set_value(req->hdf, "Period.kind", report_kind_slugs[p->kind]);
		hdf_set_int_value(req->hdf, "Period.year", p->year);
		hdf_set_int_value(req->hdf, "Period.month", p->month);
		hdf_set_int_value(req->hdf, "Period.quarter", p->quarter);
		cal_civil(p->from, &y, &m, &d);
		snprintf(v, sizeof(v), "%02d/%02d/%04d", d, m, y);
		hdf_set_value(req->hdf, "Period.from", v);
		snprintf(v, sizeof(v), "%04d-%02d-%02d", y, m, d);
		hdf_set_value(req->hdf, "Period.from_iso", v);
		cal_civil(p->to, &y, &m, &d);
		snprintf(v, sizeof(v), "%02d/%02d/%04d", d, m, y);
		hdf_set_value(req->hdf, "Period.to", v);
		snprintf(v, sizeof(v), "%04d-%02d-%02d", y, m, d);
		hdf_set_value(req->hdf, "Period.to_iso", v);
	}
	hdf_set_value(req->hdf, "Page.Nav", "office");
	return 0;
}

/* The query string that asks for the same figures (links to the other
 * formats, the print view, the drill-downs), from the period as
 * understood: "?ky=..." always; with_scope adds the agency and grouping
 * asked for. */
static void
same_query(struct request *req, const struct report_period *p, int with_scope,
    struct buf *q)
{
	int y, m, d;

	buf_printf(q, "?ky=%s", report_kind_slugs[p->kind]);
	if (p->kind == RK_RANGE) {
		cal_civil(p->from, &y, &m, &d);
		buf_printf(q, "&tu_ngay=%04d-%02d-%02d", y, m, d);
		cal_civil(p->to, &y, &m, &d);
		buf_printf(q, "&den_ngay=%04d-%02d-%02d", y, m, d);
	} else
		buf_printf(q, "&nam=%d", p->year);
	if (p->kind == RK_MONTH)
		buf_printf(q, "&thang=%d", p->month);
	if (p->kind == RK_QUARTER)
		buf_printf(q, "&quy=%d", p->quarter);
	if (with_scope && req->val[R_AGENCY].present && req->val[R_AGENCY].err == VE_OK) {
		buf_adds(q, "&co_quan=");
		url_encode(q, req->val[R_AGENCY].s);
	}
	if (with_scope && req->val[R_GROUP].present && req->val[R_GROUP].err == VE_OK)
		buf_printf(q, "&theo=%s", req->val[R_GROUP].s);
}

/* Page.Query and Page.PeriodQuery (the period alone) for the links. */
static void
queries_to_hdf(struct request *req, const struct report_period *p)
{
	struct buf q = BUF_INIT;

	same_query(req, p, 1, &q);
	hdf_set_value(req->hdf, "Page.Query", buf_str(&q));
	buf_reset(&q);
	same_query(req, p, 0, &q);
	hdf_set_value(req->hdf, "Page.PeriodQuery", buf_str(&q));
	buf_free(&q);
}

/* The page again with why the period or agency cannot be (422). */
static struct result
bad_input(struct request *req, int tpl, const char *why)
{
	int rc;

	if ((rc = form_data(req, NULL)) < 0)
		return res_db(rc);
	hdf_set_value(req->hdf, "Page.Bad", why);
	req->status = 422;
	return office_render(req, tpl);
}

/* --- charts ------------------------------------------------------------------ */

/* A horizontal bar chart drawn by the template as SVG (templates/
 * chart.cs): one bar per row, its segments side by side (the series, at
 * most 3) scaled to max; the geometry in viewBox units, 480 wide, 44 a
 * row: prefix.{w,h,title}, prefix.Bars.N.{label (cut), name, ty (the
 * label's baseline), by (the bar's top), vy, tx (the total's place), total,
 * Seg.K.{x,w,n,cls}}. The same numbers go to the table the template puts beside it. */
#define CHART_W 480
#define CHART_BAR_W 400
#define CHART_ROW 44
#define CHART_ROWS 20

struct chart_row {
	const char *label;
	long long v[3];
	const char *total;	/* shown at the bar's end; NULL: the sum */
};

/* At most CHART_LABEL characters of s (UTF-8), with "…" when cut: SVG
 * text does not wrap; the table beside the chart has the whole name. */
#define CHART_LABEL 64
static void
chart_label(HDF *b, const char *s)
{
	struct buf t = BUF_INIT;
	size_t i = 0, chars = 0;

	for (; s[i] && chars < CHART_LABEL; chars++) {
		i++;
		while ((s[i] & 0xc0) == 0x80)
			i++;
	}
	buf_add(&t, s, i);
	if (s[i])
		buf_adds(&t, "…");
	hdf_set_value(b, "label", buf_str(&t));
	hdf_set_value(b, "name", s);
	buf_free(&t);
}

static void
chart_put(HDF *hdf, const char *prefix, const char *title, const struct chart_row *rows,
    size_t n, int nseries, const char *const *cls, long long max)
{
	char key[128];
	size_t i;
	int k;

	snprintf(key, sizeof(key), "%s.title", prefix);
	hdf_set_value(hdf, key, title);
	snprintf(key, sizeof(key), "%s.w", prefix);
	hdf_set_int_value(hdf, key, CHART_W);
	snprintf(key, sizeof(key), "%s.h", prefix);
	hdf_set_int_value(hdf, key, (int)(n * CHART_ROW + 4));
	for (i = 0; i < n; i++) {
		long long sum = 0;
		int x = 0;
		HDF *b;

		snprintf(key, sizeof(key), "%s.Bars.%zu", prefix, i);
		hdf_set_value(hdf, key, "");
		b = hdf_get_obj(hdf, key);
		chart_label(b, rows[i].label ? rows[i].label : "");
		hdf_set_int_value(b, "ty", (int)(i * CHART_ROW + 16));
		hdf_set_int_value(b, "by", (int)(i * CHART_ROW + 22));
		hdf_set_int_value(b, "vy", (int)(i * CHART_ROW + 35));
		for (k = 0; k < nseries; k++) {
			int w = max > 0 ? (int)(rows[i].v[k] * CHART_BAR_W / max) : 0;

			snprintf(key, sizeof(key), "Seg.%d.x", k);
			hdf_set_int_value(b, key, x);
			snprintf(key, sizeof(key), "Seg.%d.w", k);
			hdf_set_int_value(b, key, w);
			snprintf(key, sizeof(key), "Seg.%d.n", k);
			hdf_set_int_value(b, key, (int)rows[i].v[k]);
			snprintf(key, sizeof(key), "Seg.%d.cls", k);
			hdf_set_value(b, key, cls[k]);
			x += w;
			sum += rows[i].v[k];
		}
		hdf_set_int_value(b, "tx", x + 6);
		if (rows[i].total)
			hdf_set_value(b, "total", rows[i].total);
		else
			hdf_set_int_value(b, "total", (int)sum);
	}
}

static const char *const timeliness_cls[] = { "early", "on_time", "late" };

/* The settled dossiers of the report's groups, early / on time / late,
 * the CHART_ROWS groups with the most first. */
static int
by_settled(const void *a, const void *b)
{
	const struct report_row *x = *(const struct report_row *const *)a;
	const struct report_row *y = *(const struct report_row *const *)b;

	return x->c[RC_SETTLED] < y->c[RC_SETTLED] ? 1 :
	    x->c[RC_SETTLED] > y->c[RC_SETTLED] ? -1 : strcmp(x->code, y->code);
}

static void
report_chart(struct request *req, const struct report *r)
{
	const struct report_row **top;
	struct chart_row rows[CHART_ROWS];
	long long max = 0;
	size_t i, n = 0;

	if (r->nrows == 0)
		return;
	top = xcalloc(r->nrows, sizeof(*top));
	for (i = 0; i < r->nrows; i++)
		top[i] = &r->rows[i];
	qsort(top, r->nrows, sizeof(*top), by_settled);
	for (i = 0; i < r->nrows && n < CHART_ROWS; i++) {
		const long long *c = top[i]->c;

		if (c[RC_EARLY] + c[RC_ON_TIME] + c[RC_LATE] == 0)
			continue;
		rows[n].label = top[i]->name && *top[i]->name ? top[i]->name : top[i]->code;
		rows[n].v[0] = c[RC_EARLY];
		rows[n].v[1] = c[RC_ON_TIME];
		rows[n].v[2] = c[RC_LATE];
		rows[n].total = NULL;
		if (c[RC_EARLY] + c[RC_ON_TIME] + c[RC_LATE] > max)
			max = c[RC_EARLY] + c[RC_ON_TIME] + c[RC_LATE];
		n++;
	}
	if (n)
		chart_put(req->hdf, "Chart", render_lang("Period.ChartTitle"), rows, n, 3,
		    timeliness_cls, max);
	free(top);
}

/* --- the period report ------------------------------------------------------ */

/* GET /can-bo/bao-cao[.csv|.json|/in] -- office_report.cs (the form, the
 * chart, the table), office_report_print.cs, CSV or JSON. No period asked:
 * this month. */
struct result
office_p_report(struct request *req)
{
	struct report_period p;
	struct report_query q;
	struct report r;
	struct result res;
	const char *bad = NULL, *path = req->path;
	size_t plen = strlen(path);
	int csv = plen > 4 && strcmp(path + plen - 4, ".csv") == 0;
	int json = plen > 5 && strcmp(path + plen - 5, ".json") == 0;
	int print = plen > 3 && strcmp(path + plen - 3, "/in") == 0;
	int rc, k;

	if (!res_is_ok(res = scope_of(req, &q.agency, &bad)))
		return res;
	if (!bad)
		bad = period_of(req, &p);
	if (!bad && req->val[R_GROUP].err != VE_OK)
		bad = "group";
	if (bad)
		return bad_input(req, T_REPORT, bad);
	q.from = p.from;
	q.to = p.to;
	q.now = cal_now();
	q.group = q.agency ? RG_FIELD : RG_AGENCY;
	for (k = 0; req->val[R_GROUP].present && k < RG__MAX; k++)
		if (strcmp(req->val[R_GROUP].s, report_group_slugs[k]) == 0)
			q.group = (enum report_group)k;
	rc = report_run(req->db, req->cfg, &q, &r);
	if (rc < 0) {
		report_free(&r);
		return res_db(rc);
	}
	if (csv || json) {
		struct buf out = BUF_INIT, cd = BUF_INIT;
		char detail[96];

		if (csv)
			report_csv(&r, render_global("Lang"), &out);
		else
			report_json(&r, &out);
		{
			char f[12], t[12];
			int y, m, d;

			cal_civil(q.from, &y, &m, &d);
			snprintf(f, sizeof(f), "%04d-%02d-%02d", y, m, d);
			cal_civil(q.to, &y, &m, &d);
			snprintf(t, sizeof(t), "%04d-%02d-%02d", y, m, d);
			snprintf(detail, sizeof(detail), "%s %s..%s %s", csv ? "csv" : "json", f, t,
			    report_group_slugs[q.group]);
			buf_printf(&cd, "bao-cao-%s-%s-%s.%s",
			    q.agency ? hdf_get_value(req->hdf, "Scope.code", "") : "tinh", f, t,
			    csv ? "csv" : "json");
		}
		report_free(&r);
		if ((rc = page_audit(req, "report.export", "agency", q.agency, 0, detail)) < 0) {
			buf_free(&out);
			buf_free(&cd);
			return res_db(rc);
		}
		{
			struct result done = page_download(req, csv ? buf_str(&cd) : NULL,
			    csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
			    &out);

			buf_free(&cd);
			return done;
		}
	}
	if ((rc = form_data(req, &p)) < 0) {
		report_free(&r);
		return res_db(rc);
	}
	report_to_hdf(&r, req->hdf, "Report");
	report_chart(req, &r);
	report_free(&r);
	hdf_set_value(req->hdf, "Report.group", report_group_names[q.group]);
	queries_to_hdf(req, &p);
	return office_render(req, print ? T_REPORT_PRINT : T_REPORT);
}

/* --- the annual report (Article 17) ----------------------------------------- */

/* GET /can-bo/bao-cao/nam?nam=YYYY[&co_quan=] -- office_annual.cs in the
 * print layout: the year's figures, month by month (a chart and its
 * table), per field (an agency) or per agency (the province), the
 * citizens' scores and comments, the scorecard. */
struct result
office_p_annual(struct request *req)
{
	struct report_period p;
	struct report_query q;
	struct report r;
	struct result res;
	const char *bad = NULL;
	long long feedback;
	int rc, i, n;

	if (!res_is_ok(res = scope_of(req, &q.agency, &bad)))
		return res;
	if (!bad) {
		struct report_period_in in;

		memset(&in, 0, sizeof(in));
		in.kind = "nam";
		in.from = in.to = -1;
		in.year = req->val[R_YEAR].present && req->val[R_YEAR].err == VE_OK ?
		    (long)req->val[R_YEAR].i : 0;
		if (req->val[R_YEAR].err != VE_OK)
			bad = "year";
		else if (!req->val[R_YEAR].present) {
			int y, m, d;

			cal_civil(cal_day_of(cal_now()), &y, &m, &d);
			in.year = y;
		}
		if (!bad && report_period_parse(&in, cal_day_of(cal_now()), &p) != RP_OK)
			bad = "year";
	}
	if (bad)
		return bad_input(req, T_REPORT, bad);
	q.from = p.from;
	q.to = p.to;
	q.now = cal_now();
	q.group = q.agency ? RG_FIELD : RG_AGENCY;
	if ((rc = report_run(req->db, req->cfg, &q, &r)) < 0) {
		report_free(&r);
		return res_db(rc);
	}
	if ((rc = form_data(req, &p)) < 0) {
		report_free(&r);
		return res_db(rc);
	}
	report_to_hdf(&r, req->hdf, "Report");
	report_free(&r);
	hdf_set_value(req->hdf, "Report.group", report_group_names[q.group]);
	if ((n = report_months(req->db, q.agency, p.year, req->hdf, "Months")) < 0)
		return res_db(n);
	{
		struct chart_row rows[12];
		char labels[12][24];
		long long max = 0;
		HDF *m;

		i = 0;
		for (m = hdf_get_child(req->hdf, "Months"); m && i < 12; m = hdf_obj_next(m), i++) {
			snprintf(labels[i], sizeof(labels[i]), "%s %d",
			    render_lang("Period.Month") ? render_lang("Period.Month") : "",
			    hdf_get_int_value(m, "month", 0));
			rows[i].label = labels[i];
			rows[i].v[0] = hdf_ll(m, "early");
			rows[i].v[1] = hdf_ll(m, "on_time");
			rows[i].v[2] = hdf_ll(m, "late");
			rows[i].total = NULL;
			if (rows[i].v[0] + rows[i].v[1] + rows[i].v[2] > max)
				max = rows[i].v[0] + rows[i].v[1] + rows[i].v[2];
		}
		if (i)
			chart_put(req->hdf, "Chart", render_lang("Period.ChartMonths"), rows,
			    (size_t)i, 3, timeliness_cls, max);
	}
	if ((rc = report_scorecard(req->db, req->cfg, &q, req->hdf, "Score")) < 0)
		return res_db(rc);
	if (q.agency == 0) {
		if ((rc = report_feedback(req->db, p.from, p.to, &feedback)) < 0)
			return res_db(rc);
		hdf_set_int_value(req->hdf, "Page.Feedback", (int)feedback);
	}
	{
		struct buf b = BUF_INIT;

		cal_format_vi(&b, cal_now());
		hdf_set_value(req->hdf, "Page.Printed", buf_str(&b));
		buf_free(&b);
	}
	return office_render(req, T_ANNUAL);
}

/* --- the scorecard ------------------------------------------------------------ */

static const char *const score_groups[] = { "Publicity", "Progress", "Online",
	"Satisfaction" };

/* GET /can-bo/bao-cao/chi-so -- office_scorecard.cs: an agency's (or the
 * province's) figures of the index groups over the period, each with
 * its formula and the numbers in it, a chart of the four rates and its
 * table, and links to what cost points. */
struct result
office_p_scorecard(struct request *req)
{
	struct report_period p;
	struct report_query q;
	struct result res;
	const char *bad = NULL;
	struct chart_row rows[4];
	const char *cls[1] = { "rate" };
	int rc, i;

	if (!res_is_ok(res = scope_of(req, &q.agency, &bad)))
		return res;
	if (!bad)
		bad = period_of(req, &p);
	if (bad)
		return bad_input(req, T_SCORECARD, bad);
	q.from = p.from;
	q.to = p.to;
	q.now = cal_now();
	q.group = RG_AGENCY;
	if ((rc = report_scorecard(req->db, req->cfg, &q, req->hdf, "Score")) < 0)
		return res_db(rc);
	if ((rc = form_data(req, &p)) < 0)
		return res_db(rc);
	for (i = 0; i < 4; i++) {
		char key[64];
		const char *rate;
		int t;

		snprintf(key, sizeof(key), "Score.%s.rate", score_groups[i]);
		rate = hdf_get_value(req->hdf, key, "");
		snprintf(key, sizeof(key), "Score.%s.rate_t", score_groups[i]);
		t = hdf_get_int_value(req->hdf, key, -1);
		snprintf(key, sizeof(key), "Period.Score.%s", score_groups[i]);
		rows[i].label = render_lang(key);
		rows[i].v[0] = t < 0 ? 0 : t;
		rows[i].v[1] = rows[i].v[2] = 0;
		rows[i].total = *rate ? rate : "–";
	}
	chart_put(req->hdf, "Chart", render_lang("Period.ChartScore"), rows, 4, 1, cls, 1000);
	hdf_set_int_value(req->hdf, "Page.MaxWaitHours", (int)cfg_int(req->cfg, "Reception.MaxWaitHours"));
	queries_to_hdf(req, &p);
	return office_render(req, T_SCORECARD);
}

/* GET /can-bo/bao-cao/chi-so/:what?co_quan=&<period>[&sau=] --
 * office_scorecard_list.cs: the procedures or dossiers that cost an
 * agency points over the period. For one agency: a province admin or
 * inspector names it (co_quan); without, the officer's own. Recorded. */
struct result
office_p_scorecard_list(struct request *req)
{
	struct report_period p;
	struct report_query q;
	struct result res;
	const char *bad = NULL;
	enum report_cost what = RCOST__MAX;
	char detail[96];
	int rc, k;

	if (!res_is_ok(res = scope_of(req, &q.agency, &bad)))
		return res;
	if (!bad && q.agency == 0)
		bad = "agency_needed";
	if (!bad)
		bad = period_of(req, &p);
	if (!bad && req->val[C_AFTER].err != VE_OK)
		bad = "page";
	if (bad)
		return bad_input(req, T_SCORECARD_LIST, bad);
	for (k = 0; k < RCOST__MAX; k++)
		if (strcmp(req->val[C_WHAT].s, report_cost_slugs[k]) == 0)
			what = (enum report_cost)k;
	if (what == RCOST__MAX)
		return res_status(404);	/* the route's field allows only these */
	q.from = p.from;
	q.to = p.to;
	q.now = cal_now();
	q.group = RG_AGENCY;
	rc = report_cost_list(req->db, req->cfg, &q, what,
	    req->val[C_AFTER].present ? req->val[C_AFTER].i : 0, req->hdf, "List");
	if (rc < 0)
		return res_db(rc);
	hdf_set_int_value(req->hdf, "ListCount", rc);
	snprintf(detail, sizeof(detail), "%s %s", req->val[C_WHAT].s,
	    hdf_get_value(req->hdf, "Scope.code", ""));
	if ((rc = page_audit(req, "report.list", "agency", q.agency, 0, detail)) < 0)
		return res_db(rc);
	if ((rc = form_data(req, &p)) < 0)
		return res_db(rc);
	hdf_set_value(req->hdf, "Page.What", req->val[C_WHAT].s);
	hdf_set_value(req->hdf, "Page.WhatName", report_cost_names[what]);
	queries_to_hdf(req, &p);
	return office_render(req, T_SCORECARD_LIST);
}
