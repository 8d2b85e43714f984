/* Fuzz target for the catalogue's CSV form (domain/catalog_csv.c): the
 * RFC 4180 reader, the lists inside cells (agencies; documents as
 * name|originals|copies|required), the "5 working_days" times, and then
 * the validator over what it made, as `dvcctl catalog import x.csv` does.
 *
 * Input: the file; like the import, only valid UTF-8 goes further. What
 * lies outside it is the fixed list of catalog_known.h.
 *
 * Rules checked besides crashes and leaks: the reader always gives a
 * document with a list of procedures; the messages are as the JSON
 * harness checks them. */
#define FUZZ_NAME "catalog_csv"
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/util.h"
#include "domain/catalog_csv.h"
#include "domain/catalog_validate.h"
#include "fuzz.h"
#include "catalog_known.h"

int
LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	struct catalog_check x;
	json_t *root;
	char *text;

	if (!utf8_valid((const char *)in, size))
		return 0;
	text = xstrndup((const char *)in, size);
	catalog_check_init(&x, "fuzz.csv", &known);
	root = catalog_csv_to_json(&x, text);
	if (!json_is_array(json_object_get(root, "procedures")))
		abort();
	catalog_check_doc(&x, root);
	check_messages(&x);
	catalog_check_free(&x);
	json_decref(root);
	free(text);
	return 0;
}
