/* The catalogue validator without a database (domain/catalog_validate.h):
 * what lies outside the document comes from a lookup, the messages are
 * one line each, codes are compared as they will be stored. */
#include "config.h"

#include <jansson.h>

#include "core/buf.h"
#include "domain/catalog_csv.h"
#include "domain/catalog_validate.h"
#include "tap.h"

static int
agency(void *ctx, const char *code)
{
	(void)ctx;
	return strcmp(code, "000.00.00.H34") == 0;
}

static const struct catalog_lookup look = { agency, NULL, NULL, NULL, NULL };

/* The messages for a JSON document; "" when it passes. */
static char *
check(const char *doc, int *n)
{
	struct catalog_check x;
	json_error_t je;
	json_t *root = json_loads(doc, 0, &je);
	char *out;

	catalog_check_init(&x, "t.json", &look);
	catalog_check_doc(&x, root);
	*n = x.nerrors;
	out = strdup(buf_str(&x.errors));
	catalog_check_free(&x);
	json_decref(root);
	return out;
}

int
main(void)
{
	struct catalog_check x;
	json_t *root;
	char *m;
	int n;

	m = check("{\"format\": \"dvc-catalog-1\", \"agencies\": [{\"code\": \"000.00.15.H34\","
	    " \"name\": \"Sở Tư pháp\", \"level\": \"province\", \"parent\": \"000.00.00.H34\"}]}", &n);
	ok(n == 0, "a parent known outside the document passes: %s", m);
	free(m);
	m = check("{\"format\": \"dvc-catalog-1\", \"agencies\": [{\"code\": \"000.00.15.H34\","
	    " \"name\": \"A\", \"level\": \"province\", \"parent\": \"000.00.01.H34\"}]}", &n);
	ok(n == 1 && strstr(m, "t.json: agencies[0] (000.00.15.H34): parent: không có cơ quan mã 000.00.01.H34\n"),
	    "an unknown parent is named: %s", m);
	free(m);
	m = check("{\"format\": \"dvc-catalog-1\", \"agencies\": ["
	    "{\"code\": \"000.00.15.H34\", \"name\": \"A\", \"level\": \"province\"},"
	    "{\"code\": \" 000.00.15.H34\", \"name\": \"B\", \"level\": \"province\"}]}", &n);
	ok(n == 1 && strstr(m, "trùng với một cơ quan khác"),
	    "two codes that differ by a space are one code: %s", m);
	free(m);
	/* the bank's BIN for the VietQR code: six digits, said plainly */
	m = check("{\"format\": \"dvc-catalog-1\", \"agencies\": [{\"code\": \"000.00.15.H34\","
	    " \"name\": \"A\", \"level\": \"province\", \"bank\": {\"account\": \"0281 0003 16487\","
	    " \"bank\": \"Vietcombank\", \"holder\": \"A\", \"bin\": \"970436\"}}]}", &n);
	ok(n == 0, "an account with its bank's BIN passes: %s", m);
	free(m);
	m = check("{\"format\": \"dvc-catalog-1\", \"agencies\": [{\"code\": \"000.00.15.H34\","
	    " \"name\": \"A\", \"level\": \"province\", \"bank\": {\"account\": \"1\","
	    " \"bin\": \"97043\"}}, {\"code\": \"000.00.16.H34\", \"name\": \"B\","
	    " \"level\": \"province\", \"bank\": {\"account\": \"1\", \"bin\": \"97043x\"}}]}", &n);
	ok(n == 2 && strstr(m, "agencies[0] (000.00.15.H34): bank.bin: mã ngân hàng (BIN) phải gồm"
	    " đúng 6 chữ số, ví dụ 970436\n") && strstr(m, "agencies[1] (000.00.16.H34): bank.bin"),
	    "a BIN of five digits, or with a letter, is refused with its agency: %s", m);
	free(m);
	m = check("{\"format\": \"dvc-catalog-1\", \"agencies\": [], \"x\\ny\": 1}", &n);
	ok(n == 1 && strstr(m, "khóa \"x\\x0ay\"") && strchr(m, '\n') == m + strlen(m) - 1,
	    "a key with a line end stays in one line: %s", m);
	free(m);

	catalog_check_init(&x, "t.csv", &look);
	root = catalog_csv_to_json(&x, "code,\"a\nb\"\n1.000001,x\n");
	ok(x.nerrors == 1 && strstr(buf_str(&x.errors), "t.csv: dòng 1: a\\x0ab: cột không có"),
	    "a CSV column with a line end, named in one line: %s", buf_str(&x.errors));
	ok(json_array_size(json_object_get(root, "procedures")) == 1, "the record is read");
	json_decref(root);
	catalog_check_free(&x);
	return done_testing();
}
