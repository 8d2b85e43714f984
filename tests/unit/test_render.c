/* Templates: every page renders, hostile strings come out escaped, every
 * error status has its page, and no page carries inline script or style. */
#include "config.h"

#define _GNU_SOURCE 1
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/render.h"
#include "core/request.h"
#include "domain/workflow.h"
#include "tap.h"

/* every page template of dvc-public (cgi/pages/public.c) and of
 * dvc-dossier (cgi/pages/dossier.c) */
static const struct tpl_def pages[] = {
	{ "home.cs", NULL }, { "notices.cs", NULL }, { "notice.cs", NULL },
	{ "feedback.cs", NULL }, { "feedback_sent.cs", NULL },
	{ "accessibility.cs", NULL }, { "procedures.cs", NULL },
	{ "procedure.cs", NULL }, { "procedure_print.cs", "layout_print.cs" },
	{ "agencies.cs", NULL }, { "agency.cs", NULL },
	{ "stats.cs", NULL }, { "embed.cs", "layout_embed.cs" },
	{ "embed_help.cs", NULL }, { "guides.cs", NULL }, { "guide.cs", NULL },
	{ "dossier_start.cs", NULL }, { "dossier_draft.cs", NULL },
	{ "dossier_review.cs", NULL }, { "dossier_list.cs", NULL },
	{ "dossier_view.cs", NULL }, { "receipt.cs", "layout_print.cs" },
	{ "track.cs", NULL },
	{ "office_queue.cs", NULL }, { "office_dossier.cs", NULL },
	{ "dossier_supplement.cs", NULL },
	{ "notice_01.cs", "layout_notice.cs" }, { "notice_02.cs", "layout_notice.cs" },
	{ "notice_03.cs", "layout_notice.cs" },
	{ "notice_04.cs", "layout_notice.cs" }, { "office_work.cs", NULL },
	{ "notice_apology_2025.cs", "layout_notice.cs" },
	{ "notice_stop.cs", "layout_notice.cs" },
};
#define FEEDBACK_PAGE 3

#define EVIL "<script>alert(1)</script>\"'&"

static void
evil_data(HDF *h)
{
	const char *keys[] = {
		"Notices.0.title", "Notices.0.excerpt", "Notices.0.id",
		"Notices.0.date", "Notice.title", "Notice.body",
		"Form.ho_ten.Value", "Form.ho_ten.Error", "Form.noi_dung.Value",
		"Form.email.Value", "Req.Ref", "Req.CSRF",
		"Search.q", "Search.qs", "Search.field", "Search.agency",
		"Results.Items.0.name", "Results.Items.0.code", "Results.Items.0.agency",
		"Results.Items.0.field_name", "Cat.F.0.name", "Cat.F.0.slug",
		"Cat.A.0.name", "Cat.A.0.code", "Cat.Top.0.name", "Cat.Top.0.code",
		"P.name", "P.code", "P.subjects", "P.conditions", "P.result", "P.guide",
		"P.field_name", "P.field_slug", "P.Impl.0.name", "P.Impl.0.code",
		"P.Steps.0.text", "P.Chan.0.fee_note", "P.Docs.0.name",
		"P.Docs.0.form_file", "P.Docs.0.form_name", "P.Legal.0",
		"P.Related.0.name", "P.Related.0.code", "P.Process.0.step",
		"Agency.name", "Agency.code", "Agency.address", "Agency.website",
		"Agency.email", "Agency.bank_account", "Agency.Events.0.note",
		"Agency.Fields.0.name", "Agency.Fields.0.Procs.0.name",
		"Agency.Fields.0.Procs.0.code", "Embed.BaseURL", "Field.name",
		"Proc.name", "Proc.code", "Proc.Cases.0.key", "Proc.Cases.0.name",
		"Proc.Agencies.0.code", "Proc.Agencies.0.name",
		"Dossier.D.code", "Dossier.D.proc_name", "Dossier.D.proc_code",
		"Dossier.D.case_name", "Dossier.D.agency_name", "Dossier.D.agency_address",
		"Dossier.D.applicant_name", "Dossier.D.applicant_address",
		"Dossier.D.applicant_org", "Dossier.D.submitted",
		"Dossier.Docs.0.name", "Dossier.Docs.0.Files.0.name",
		"Dossier.Docs.0.Files.0.sha256", "Dossier.Docs.0.Files.0.sig_signer",
		"Dossier.Docs.0.Files.0.sig_serial", "Dossier.Missing.0.name",
		"Dossiers.0.code", "Dossiers.0.proc_name", "Dossiers.0.agency_name",
		"Refused.7.0.name", "Track.code", "Track.proc_name", "Track.agency",
		"Receipt.Url", "Receipt.Qr.path", "User.Name",
		"Notice.reason", "Notice.circular", "Notice.form", "Notice.number",
		"Notice.extend_days", "Notice.at", "Notice.Base", "Due.at", "Due.explain",
	};
	size_t i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		hdf_set_value(h, keys[i], EVIL);
	hdf_set_value(h, "Form.ErrorCount", "1");
	hdf_set_value(h, "Pager.Pages", "3");
	hdf_set_value(h, "Pager.Total", "50");
	hdf_set_value(h, "Pager.Next", "2");
	hdf_set_value(h, "Results.total", "1");
	hdf_set_value(h, "Search.AnyIgnored", "1");
	hdf_set_value(h, "Search.Ignored.q", "1");
	hdf_set_value(h, "Cat.F.0.count", "1");
	hdf_set_value(h, "Cat.A.0.count", "1");
	hdf_set_value(h, "P.online", "1");
	hdf_set_value(h, "P.level", "4");
	hdf_set_value(h, "GuideSlug", "tra_cuu_thu_tuc");
	hdf_set_value(h, "Dossier.Docs.0.id", "7");
	hdf_set_value(h, "Dossier.Docs.0.nfiles", "1");
	hdf_set_value(h, "Dossier.Docs.0.Files.0.sig_state", "valid");
	hdf_set_value(h, "Dossier.nmissing", "1");
	hdf_set_value(h, "Dossiers.0.status", "1");
	hdf_set_value(h, "Refused.7.0.key", "Upload.PdfActive");
	hdf_set_value(h, "Refused.count", "1");
	hdf_set_value(h, "Req.CSRF", "tok");
}

/* No inline script (a <script> without src), style or handler. */
static int
no_inline_code(const char *html)
{
	const char *s = html;

	while ((s = strstr(s, "<script")) != NULL) {
		const char *end = strchr(s, '>');

		if (end == NULL || !memmem(s, (size_t)(end - s), " src=", 5))
			return 0;
		s = end;
	}
	return strstr(html, "style=") == NULL && strstr(html, "<style") == NULL &&
	    strstr(html, " onclick") == NULL && strstr(html, " onload") == NULL &&
	    strstr(html, " onerror") == NULL;
}

int
main(void)
{
	const char *top = getenv("top_srcdir");
	char dir[] = "/tmp/dvc-test-render-XXXXXX", path[512], text[2 * PATH_MAX + 200], err[1024];
	char topabs[PATH_MAX];
	static const int codes[] = { 400, 403, 404, 405, 409, 411, 413, 414, 415,
		429, 431, 500, 503 };
	struct config cfg;
	size_t i;

	if (top == NULL)
		top = ".";
	if (realpath(top, topabs) == NULL)
		return 99;
	top = topabs;
	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof(path), "%s/dvc.hdf", dir);
	snprintf(text, sizeof(text), "Paths.Templates = %s/templates\n"
	    "Paths.Htdocs = %s/htdocs\nSite.Name = Cổng <b>thử</b>\n", top, top);
	{
		FILE *f = fopen(path, "w");

		fputs(text, f);
		fclose(f);
	}
	err[0] = '\0';
	if (config_load(&cfg, path, err, sizeof(err)) < 0) {
		printf("Bail out! %s\n", err);
		return 1;
	}
	ok(render_init(&cfg, pages, sizeof(pages) / sizeof(pages[0]), err,
	    sizeof(err)) == 0, "all templates parse: %s", err);

	for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		struct request req;
		const char *o;

		memset(&req, 0, sizeof(req));
		hdf_init(&req.hdf);
		evil_data(req.hdf);
		ok(render_page(&req, i) == 0, "%s renders", pages[i].file);
		o = buf_str(&req.out);
		ok(strstr(o, "<script>alert") == NULL, "%s: no raw script from data", pages[i].file);
		ok(strstr(o, "<b>thử</b>") == NULL && (pages[i].layout ||
		    strstr(o, "&lt;b&gt;thử&lt;/b&gt;") != NULL),
		    "%s: site name from config escaped", pages[i].file);
		ok(no_inline_code(o), "%s: no inline script, style or handler", pages[i].file);
		ok(strstr(o, "<html lang=\"vi\">") && strstr(o, "<meta charset=\"utf-8\">") &&
		    strstr(o, "<main"), "%s: layout with language, charset, main", pages[i].file);
		if (pages[i].layout == NULL)
			ok(strstr(o, "href=\"#noi-dung\"") && strstr(o, "/tiep-can") != NULL,
			    "%s: skip link and accessibility statement", pages[i].file);
		ok(strstr(o, "javascript:") == NULL, "%s: no javascript: URL from data", pages[i].file);
		buf_free(&req.out);
		hdf_destroy(&req.hdf);
	}
	{
		struct request req;
		const char *o;

		memset(&req, 0, sizeof(req));
		hdf_init(&req.hdf);
		hdf_set_value(req.hdf, "Form.ho_ten.Error", "Vui lòng nhập mục này.");
		hdf_set_value(req.hdf, "Form.ErrorCount", "1");
		render_page(&req, FEEDBACK_PAGE);
		o = buf_str(&req.out);
		ok(strstr(o, "aria-invalid=\"true\"") && strstr(o, "aria-describedby=\"ho_ten-loi\"") &&
		    strstr(o, "id=\"ho_ten-loi\""), "field error tied to its input");
		ok(strstr(o, "href=\"#ho_ten\"") != NULL, "error summary links to the field");
		buf_free(&req.out);
		hdf_destroy(&req.hdf);
	}
	/* the notices as each profile sends them (wf_profiles): its title,
	 * number and circular; a stop under 2018 has no number; hostile
	 * data escaped */
	{
		static const enum wf_form kinds[] = { NF_APOLOGY, NF_STOP };
		size_t k, p;

		for (p = 0; p < WP__MAX; p++)
			for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
				const struct wf_form_def *d = wf_form((int)p, kinds[k]);
				struct request req;
				char want[64];
				const char *o;
				size_t t;

				for (t = 0; t < sizeof(pages) / sizeof(pages[0]); t++)
					if (strcmp(pages[t].file, d->tpl) == 0)
						break;
				ok(t < sizeof(pages) / sizeof(pages[0]), "%s: %s is a page",
				    wf_profiles[p].name, d->tpl);
				if (t == sizeof(pages) / sizeof(pages[0]))
					continue;
				memset(&req, 0, sizeof(req));
				hdf_init(&req.hdf);
				evil_data(req.hdf);
				hdf_set_value(req.hdf, "Notice.form", d->number);
				hdf_set_value(req.hdf, "Notice.title", d->title);
				hdf_set_value(req.hdf, "Notice.profile", wf_profiles[p].name);
				hdf_set_value(req.hdf, "Notice.circular", wf_profiles[p].circular);
				hdf_set_value(req.hdf, "Notice.number", "17");
				hdf_set_value(req.hdf, "Notice.year", "2025");
				hdf_set_value(req.hdf, "Notice.extend_days", "3");
				hdf_set_value(req.hdf, "Notice.withdrawn", "1");
				hdf_set_value(req.hdf, "Due.at", "16:30 Thứ Sáu, 05/12/2025");
				hdf_set_value(req.hdf, "Due.first", "09:00 Thứ Hai, 01/12/2025");
				ok(render_page(&req, t) == 0, "%s %s renders", wf_profiles[p].name,
				    d->tpl);
				o = buf_str(&req.out);
				ok(strstr(o, "<script>alert") == NULL &&
				    strstr(o, "&lt;script&gt;alert(1)&lt;/script&gt;") != NULL,
				    "%s %s: the reason escaped", wf_profiles[p].name, d->tpl);
				ok(no_inline_code(o), "%s %s: no inline code", wf_profiles[p].name,
				    d->tpl);
				ok(strstr(o, d->title) && strstr(o, wf_profiles[p].circular) &&
				    strstr(o, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") &&
				    strstr(o, "Độc lập - Tự do - Hạnh phúc"),
				    "%s %s: title, circular and the national motto",
				    wf_profiles[p].name, d->tpl);
				snprintf(want, sizeof(want), "Số: 17/2025%s%s", *d->number ? "/" : "",
				    d->number);
				ok(strstr(o, want) != NULL, "%s %s: numbered %s", wf_profiles[p].name,
				    d->tpl, want);
				snprintf(want, sizeof(want), "Mẫu số %s", d->number);
				ok(*d->number ? strstr(o, want) != NULL : strstr(o, "Mẫu số") == NULL,
				    "%s %s: form number shown only when it has one",
				    wf_profiles[p].name, d->tpl);
				/* Form 04, both profiles: the date Form 01 promised
				 * beside the new one */
				if (kinds[k] == NF_APOLOGY)
					ok(strstr(o, "id=\"hen-ban-dau\">") && strstr(o, "01/12/2025") &&
					    strstr(o, "id=\"hen-moi\">") && strstr(o, "05/12/2025") &&
					    strstr(o, "3 ngày làm việc"), "%s apology: the first date, the"
					    " extension and the new date", wf_profiles[p].name);
				if (kinds[k] == NF_APOLOGY && p == WP_2025)
					ok(strstr(o, "đề nghị gia hạn") && strstr(o, "<strong>3 ngày làm việc") &&
					    strstr(o, "05/12/2025"), "2025 apology: extension and new date");
				if (kinds[k] == NF_STOP)
					ok(strstr(o, "Theo yêu cầu rút hồ sơ") != NULL,
					    "%s stop: confirms the withdrawal", wf_profiles[p].name);
				buf_free(&req.out);
				hdf_destroy(&req.hdf);
			}
	}
	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		struct request req;
		char want[16];
		const char *o;

		memset(&req, 0, sizeof(req));
		hdf_init(&req.hdf);
		strcpy(req.ref, "ABCDEFGHJK");
		hdf_set_value(req.hdf, "Req.Ref", req.ref);
		render_error(&req, codes[i]);
		o = buf_str(&req.out);
		snprintf(want, sizeof(want), "%d", codes[i]);
		ok(strstr(o, want) && strstr(o, "ABCDEFGHJK") && strstr(o, "<h1>") &&
		    req.content_type == NULL, "error page %d in the layout with its reference", codes[i]);
		buf_free(&req.out);
		hdf_destroy(&req.hdf);
	}
	render_free();
	config_free(&cfg);
	unlink(path);
	rmdir(dir);
	return done_testing();
}
