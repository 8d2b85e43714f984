/* Fuzz target for the bank statement's parser (domain/statement.c): the
 * CSV file an officer uploads, parsed as statement_import does before it
 * looks at the database, then each line's content searched for the
 * agency's dossier codes.
 *
 * Input: the file, as uploaded (no framing).
 *
 * Rules checked besides crashes and leaks: a file read has at most
 * ST_LINES_MAX lines, each with a date YYYY-MM-DD, an amount of 1 to 13
 * digits, content of valid UTF-8 without control characters and at most
 * ST_CONTENT_MAX characters, a key "ref:", "rfh:" or "sha:" that fits its
 * column; a refused file leaves nothing and names a line or a column
 * only where its error has one; the codes found are NUL-terminated and
 * begin with the agency's code. */
#define FUZZ_NAME "statement"
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "domain/statement.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	struct st_file f;
	char codes[2][41];
	int line, col, n;
	enum st_err e;
	size_t i;

	e = st_parse((const char *)in, size, &f, &line, &col);
	if (e != ST_OK) {
		if (f.n != 0 || f.lines != NULL)
			abort();
		if (col >= 0 && (e != ST_NO_COLUMN || col >= SC__MAX))
			abort();
		if (line >= 0 && (e == ST_NO_COLUMN || e == ST_EMPTY || e == ST_NO_LINES ||
		    e == ST_TOO_BIG))
			abort();
		return 0;
	}
	if (f.n > ST_LINES_MAX)
		abort();
	for (i = 0; i < f.n; i++) {
		const struct st_line *l = &f.lines[i];
		const char *c;

		if (strlen(l->date) != 10 || l->date[4] != '-' || l->date[7] != '-' ||
		    l->amount <= 0 || l->amount > 9999999999999LL || l->lineno < 2 ||
		    !utf8_valid(l->content, strlen(l->content)) ||
		    utf8_count(l->content) > ST_CONTENT_MAX || strlen(l->key) >= 80 ||
		    (strncmp(l->key, "ref:", 4) && strncmp(l->key, "rfh:", 4) &&
		    strncmp(l->key, "sha:", 4)))
			abort();
		for (c = l->content; *c; c++)
			if ((unsigned char)*c < 0x20)
				abort();
		n = st_codes("{agency}-{yymmdd}-{seq4}", "000.00.09.H34", l->content, codes);
		if (n < 0 || n > 2 || (n >= 1 && strncmp(codes[0], "000.00.09.H34-", 14)) ||
		    (n == 2 && strncmp(codes[1], "000.00.09.H34-", 14)))
			abort();
	}
	st_free(&f);
	return 0;
}
