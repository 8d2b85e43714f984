/* What the catalogue harnesses (fuzz_catalog_json.c, fuzz_catalog_csv.c)
 * share: the world outside the document, as a fixed list, and the rules
 * about the messages. Included by those two files only. */
#ifndef DVC_FUZZ_CATALOG_KNOWN_H
#define DVC_FUZZ_CATALOG_KNOWN_H

/* Two agencies, a field known by code or slug; every form template but
 * those named khong-co-... */
static int
known_agency(void *ctx, const char *code)
{
	(void)ctx;
	return strcmp(code, "000.00.00.H34") == 0 || strcmp(code, "000.00.15.H34") == 0;
}

static int
known_field(void *ctx, const char *key, struct buf *code)
{
	(void)ctx;
	if (strcmp(key, "TP") != 0 && strcmp(key, "tu-phap") != 0)
		return 0;
	buf_adds(code, "TP");
	return 1;
}

static int
known_form(void *ctx, const char *file, struct buf *path)
{
	(void)ctx;
	buf_printf(path, "htdocs/bieu-mau/%s", file);
	return strncmp(file, "khong-co", 8) != 0;
}

static const struct catalog_lookup known = { known_agency, known_field, known_form, NULL, NULL };

/* One line per error, each "file: record: field: message", all UTF-8. */
static void
check_messages(struct catalog_check *x)
{
	const char *s = buf_str(&x->errors);
	int lines = 0;

	if (!utf8_valid(s, x->errors.len))
		abort();
	for (; *s; s++)
		lines += *s == '\n';
	if (lines != (x->nerrors > 200 ? 201 : x->nerrors))
		abort();
}

#endif
