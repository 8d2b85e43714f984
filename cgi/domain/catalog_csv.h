/* The catalogue's CSV form (man/dvc-catalog.5): one procedure per line
 * under a header line naming the columns, read into the JSON document the
 * validator (domain/catalog_validate.h) checks and the import writes. */
#ifndef DVC_CATALOG_CSV_H
#define DVC_CATALOG_CSV_H

#include <jansson.h>

struct catalog_check;

/* Reads text (NUL-terminated, valid UTF-8, an optional BOM) into a new
 * document {"format", "procedures": [...]}; what cannot be turned into
 * JSON (an unknown column, a quote left open, a number that is not one)
 * is reported into x, the rest is for catalog_check_doc. Never NULL; the
 * caller frees it with json_decref. */
json_t *catalog_csv_to_json(struct catalog_check *x, const char *text);

#endif
