/* Fuzz target for the catalogue's JSON form and its validator
 * (domain/catalog_validate.c): the document `dvcctl catalog import` reads,
 * parsed by jansson as the import parses it, then checked record by
 * record.
 *
 * Input: the file. What lies outside it is answered by a fixed list (two
 * agencies, one field, one form template), as the database and the disk
 * answer the import.
 *
 * Rules checked besides crashes and leaks: the error count and the lines
 * agree; every message is valid UTF-8 (people read them, and a page will
 * show them); a document that passes, once normalised and written out
 * again, reads back to the same document and passes again. */
#define FUZZ_NAME "catalog_json"
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/util.h"
#include "domain/catalog_validate.h"
#include "fuzz.h"
#include "catalog_known.h"

int
LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	struct catalog_check x;
	json_error_t je;
	json_t *root;

	if ((root = json_loadb((const char *)in, size, JSON_REJECT_DUPLICATES, &je)) == NULL)
		return 0;
	catalog_check_init(&x, "fuzz.json", &known);
	catalog_check_doc(&x, root);
	check_messages(&x);
	if (x.nerrors == 0) {
		char *once = json_dumps(root, JSON_COMPACT | JSON_SORT_KEYS), *twice;
		json_t *again = json_loads(once, JSON_REJECT_DUPLICATES, &je);
		struct catalog_check y;

		if (again == NULL)
			abort();
		catalog_check_init(&y, "fuzz.json", &known);
		catalog_check_doc(&y, again);
		twice = json_dumps(again, JSON_COMPACT | JSON_SORT_KEYS);
		if (y.nerrors != 0 || strcmp(once, twice) != 0)
			abort();	/* normalising is not done in one pass */
		catalog_check_free(&y);
		json_decref(again);
		free(once);
		free(twice);
	}
	catalog_check_free(&x);
	json_decref(root);
	return 0;
}
