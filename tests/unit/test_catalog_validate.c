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

	/* the internal process per channel (sql/028-process-channel.sql): a
	 * step names a channel the procedure offers, or none (every
	 * channel's); the message says the channel in words */
#define PROC_DOC(process) "{\"format\": \"dvc-catalog-1\", \"fields\": [{\"code\": \"HT\"," \
	" \"slug\": \"ho-tich\", \"name\": \"Hộ tịch\"}], \"procedures\": [{\"code\": \"1.000001\"," \
	" \"name\": \"X\", \"field\": \"HT\", \"agencies\": {\"implementing\": [\"000.00.00.H34\"]}," \
	" \"level\": 2, \"steps\": [{\"party\": \"citizen\", \"text\": \"Nộp\"}]," \
	" \"channels\": [{\"channel\": \"in_person\", \"time\": 3, \"unit\": \"working_days\"}," \
	" {\"channel\": \"online\", \"time\": 2, \"unit\": \"working_days\"}]," \
	" \"documents\": [{\"name\": \"Tờ khai\"}], \"internal_process\": [" process "]}]}"
	m = check(PROC_DOC("{\"step\": \"Tiếp nhận\", \"role\": \"reception\", \"hours\": 4},"
	    " {\"step\": \"Gửi kết quả\", \"role\": \"reception\", \"hours\": 0.5, \"channel\": \"online\"},"
	    " {\"step\": \"Trả tại quầy\", \"role\": \"reception\", \"hours\": 1, \"channel\": \"in_person\"}"), &n);
	ok(n == 0, "process steps of every channel and of one offered channel pass: %s", m);
	free(m);
	m = check(PROC_DOC("{\"step\": \"Tiếp nhận\", \"role\": \"reception\", \"hours\": 4},"
	    " {\"step\": \"Gửi qua bưu điện\", \"role\": \"reception\", \"hours\": 2, \"channel\": \"post\"},"
	    " {\"step\": \"Fax\", \"role\": \"leader\", \"hours\": 1, \"channel\": \"fax\"}"), &n);
	ok(n == 2 && strstr(m, "t.json: procedures[0] (1.000001): internal_process[1].channel: thủ tục"
	    " không có cách nộp qua bưu chính trong channels;") &&
	    strstr(m, "internal_process[2].channel: phải là một trong các giá trị cho phép, nhận được \"fax\""),
	    "a step of a channel the procedure lacks, or of no channel at all, is named: %s", m);
	free(m);
#undef PROC_DOC

	/* CSV: the process column, a step's channel its fifth part */
	catalog_check_init(&x, "t.csv", &look);
	root = catalog_csv_to_json(&x, "code,internal_process\n1.000001,\"Tiếp nhận|reception|Một cửa|4;"
	    "Gửi kết quả|reception||0.5|online\"\n1.000002,Xử lý|specialist|2\n");
	{
		json_t *p0 = json_object_get(json_array_get(json_object_get(root, "procedures"), 0),
		    "internal_process");
		json_t *s0 = json_array_get(p0, 0), *s1 = json_array_get(p0, 1);

		ok(json_array_size(p0) == 2 &&
		    strcmp(json_string_value(json_object_get(s0, "unit")), "Một cửa") == 0 &&
		    json_object_get(s0, "channel") == NULL &&
		    json_object_get(s1, "unit") == NULL &&
		    json_number_value(json_object_get(s1, "hours")) == 0.5 &&
		    strcmp(json_string_value(json_object_get(s1, "channel")), "online") == 0,
		    "CSV process steps: every channel's, and one of a channel");
		ok(x.nerrors == 1 && strstr(buf_str(&x.errors), "t.csv: dòng 3: internal_process: mỗi bước có dạng"),
		    "a CSV step of three parts is named: %s", buf_str(&x.errors));
	}
	json_decref(root);
	catalog_check_free(&x);

	catalog_check_init(&x, "t.csv", &look);
	root = catalog_csv_to_json(&x, "code,\"a\nb\"\n1.000001,x\n");
	ok(x.nerrors == 1 && strstr(buf_str(&x.errors), "t.csv: dòng 1: a\\x0ab: cột không có"),
	    "a CSV column with a line end, named in one line: %s", buf_str(&x.errors));
	ok(json_array_size(json_object_get(root, "procedures")) == 1, "the record is read");
	json_decref(root);
	catalog_check_free(&x);
	return done_testing();
}
