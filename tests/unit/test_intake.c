/* The name a stored file is shown and sent under (intake_typed_name):
 * the cases of tests/fixtures/file-names.json, which the HTTP tests and
 * the migration's test share, then names at the limits of the buffer. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "core/util.h"
#include "domain/intake.h"
#include "tap.h"

/* 1 if s ends in ".<ext>" */
static int
ends_in(const char *s, const char *ext)
{
	size_t n = strlen(s), e = strlen(ext);

	return n > e && s[n - e - 1] == '.' && strcmp(s + n - e, ext) == 0;
}

int
main(void)
{
	const char *top = getenv("top_srcdir");
	char path[4096], clean[256], out[256];
	json_error_t jerr;
	json_t *cases, *c;
	size_t i;

	snprintf(path, sizeof(path), "%s/tests/fixtures/file-names.json", top ? top : ".");
	cases = json_load_file(path, 0, &jerr);
	ok(json_is_array(cases) && json_array_size(cases) >= 20, "file-names.json read (%s)", jerr.text);
	json_array_foreach(cases, i, c) {
		const char *sent = json_string_value(json_object_get(c, "sent"));
		const char *name = json_string_value(json_object_get(c, "name"));
		const char *ext = json_string_value(json_object_get(c, "ext"));
		const char *shown = json_string_value(json_object_get(c, "shown"));
		const char *what = json_string_value(json_object_get(c, "what"));

		if (!sent || !name || !ext || !shown || !what) {
			ok(0, "case %zu complete", i);
			continue;
		}
		filename_display(sent, clean, sizeof(clean));
		is_str(clean, name, "%s: cleaned as the intake cleans it", what);
		intake_typed_name(clean, ext, out, sizeof(out));
		is_str(out, shown, "%s: shown as '%s'", what, shown);
		/* the function the pages' intake calls works in place */
		intake_typed_name(clean, ext, clean, sizeof(clean));
		is_str(clean, shown, "%s: the same in place", what);
	}
	json_decref(cases);

	{
		/* names as long as the intake keeps them: the extension whole,
		 * the name cut on a character boundary */
		char sent[1024], want[256];
		size_t k;

		memset(sent, 'a', 300);
		strcpy(sent + 300, ".exe");
		filename_display(sent, clean, sizeof(clean));
		intake_typed_name(clean, "pdf", out, sizeof(out));
		memset(want, 'a', 251);
		strcpy(want + 251, ".pdf");
		is_str(out, want, "300 ASCII letters and .exe: 251 of them and .pdf (255 bytes)");
		for (k = 0; k < 200; k++)
			memcpy(sent + 2 * k, "\xc4\x91", 2);	/* "đ" */
		strcpy(sent + 400, ".exe");
		filename_display(sent, clean, sizeof(clean));
		intake_typed_name(clean, "pdf", out, sizeof(out));
		ok(strlen(out) <= 255 && utf8_valid(out, strlen(out)) && ends_in(out, "pdf") &&
		    strncmp(out, clean, strlen(out) - 4) == 0,
		    "200 x 'đ' and .exe: whole characters, then .pdf, in %zu bytes", strlen(out));
		is_int(strlen(out), 254, "125 of the 2-byte letters fit before .pdf");
		intake_typed_name("abc.exe", "pdf", out, 6);
		is_str(out, "a.pdf", "6 bytes: one letter, the dot and the extension");
		intake_typed_name("abc.exe", "pdf", out, 4);
		is_str(out, "pdf", "no room for the name: the extension alone");
		intake_typed_name("abc.PDF", "pdf", out, 6);
		is_str(out, "a.PDF", "a right name longer than the room keeps its extension as written");
		intake_typed_name(". .", "png", out, sizeof(out));
		is_str(out, "tep-tin.png", "only dots and spaces: the fallback name");
		intake_typed_name("x.exe", "bin", out, sizeof(out));
		is_str(out, "x.exe.bin", "a type without other spellings: its extension");
	}
	return done_testing();
}
