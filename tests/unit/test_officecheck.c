/* The forms' upload checks (domain/filecheck.c with fc_policy_forms, and
 * domain/officecheck.c) on the committed fixtures of tests/fixtures/forms
 * (make.sh says how each was made): PDF, DOCX, ODT and RTF forms pass with
 * their type; macros, a remote template, a DDE field, an embedded object,
 * a cut ZIP, a program renamed, a PDF with JavaScript and an empty file
 * are refused with their reason; citizens' policy still refuses the
 * office types; every cut of a good DOCX is refused or passes, never
 * crashes. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "domain/filecheck.h"
#include "tap.h"

static char dir[4096];

static enum fc_verdict
check(struct fc_ctx *ctx, const char *name, const struct fc_policy *pol,
    struct fc_result *r)
{
	char path[4200];
	FILE *f, *c = tmpfile();
	enum fc_verdict v;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((f = fopen(path, "rb")) == NULL || c == NULL) {
		if (f)
			fclose(f);
		if (c)
			fclose(c);
		memset(r, 0, sizeof(*r));
		return FC__MAX;
	}
	v = filecheck(ctx, fileno(f), pol, fileno(c), r);
	fclose(f);
	fclose(c);
	return v;
}

int
main(void)
{
	static const struct {
		const char *file;
		enum fc_verdict v;
		const char *ext;
	} cases[] = {
		{ "to-khai.pdf", FC_OK, "pdf" },
		{ "to-khai.docx", FC_OK, "docx" },
		{ "to-khai.odt", FC_OK, "odt" },
		{ "to-khai.rtf", FC_OK, "rtf" },
		{ "macro.docx", FC_OFFICE_ACTIVE, "" },
		{ "remote-template.docx", FC_OFFICE_ACTIVE, "" },
		{ "dde.docx", FC_OFFICE_ACTIVE, "" },
		{ "macro.odt", FC_OFFICE_ACTIVE, "" },
		{ "object.rtf", FC_OFFICE_ACTIVE, "" },
		{ "cut.docx", FC_OFFICE_BROKEN, "" },
		{ "program.pdf", FC_TYPE_PROGRAM, "" },
		{ "script.pdf", FC_PDF_ACTIVE, "" },
		{ "empty.pdf", FC_EMPTY, "" },
	};
	const char *top = getenv("top_srcdir");
	struct fc_ctx *ctx;
	struct fc_result r;
	size_t i;

	snprintf(dir, sizeof(dir), "%s/tests/fixtures/forms", top ? top : ".");
	ctx = filecheck_init();
	ok(ctx != NULL, "libmagic's database loads");
	if (ctx == NULL)
		return 1;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum fc_verdict v = check(ctx, cases[i].file, &fc_policy_forms, &r);

		is_str(fc_name(v), fc_name(cases[i].v), "%s: %s (%s)", cases[i].file,
		    fc_name(cases[i].v), r.detail);
		is_str(r.ext, cases[i].ext, "%s: its type", cases[i].file);
	}
	/* a citizen's upload still takes no office file */
	is_int(check(ctx, "to-khai.docx", &fc_policy_default, &r), FC_TYPE_OFFICE,
	    "citizens' policy: DOCX is an office file to save as PDF");
	is_int(check(ctx, "to-khai.rtf", &fc_policy_default, &r), FC_TYPE_OFFICE,
	    "citizens' policy: RTF too");
	is_str(fc_key(FC_OFFICE_ACTIVE), "OfficeActive", "the message key of an active file");
	/* every length of a good DOCX and ODT: a verdict, no crash (ASan
	 * build), and only the whole file passes */
	{
		const char *whole[] = { "to-khai.docx", "to-khai.odt" };
		int w, bad = 0;

		for (w = 0; w < 2; w++) {
			char path[4200];
			FILE *f;
			long n, k;
			char *data;

			snprintf(path, sizeof(path), "%s/%s", dir, whole[w]);
			f = fopen(path, "rb");
			if (f == NULL) {
				bad++;
				continue;
			}
			fseek(f, 0, SEEK_END);
			n = ftell(f);
			rewind(f);
			data = malloc((size_t)n);
			if (fread(data, 1, (size_t)n, f) != (size_t)n)
				bad++;
			fclose(f);
			for (k = 1; k < n; k += 97) {
				FILE *t = tmpfile(), *c = tmpfile();

				fwrite(data, 1, (size_t)k, t);
				fflush(t);
				if (filecheck(ctx, fileno(t), &fc_policy_forms, fileno(c), &r) == FC_OK)
					bad++;
				fclose(t);
				fclose(c);
			}
			free(data);
		}
		is_int(bad, 0, "no cut DOCX or ODT passes");
	}
	filecheck_end(ctx);
	printf("1..%d\n", tap_n);
	return tap_fail ? 1 : 0;
}
