/* Bank statements (issue 14, section 2): an agency's officer imports the
 * statement of its fee account as CSV; each incoming line whose message
 * carries one of the agency's dossier codes, for exactly the amount that
 * dossier owes, pays it (a transfer: the workflow's WA_PAY_TRANSFER, as
 * the counter's payment is WA_PAY_COUNTER); every other line waits for
 * the officer, with why, who assigns it to a dossier or dismisses it with
 * a reason. Each line is kept once per agency, by the bank's transaction
 * reference or, when the bank gives none, by the SHA-256 of the whole
 * line: a file imported again, or a line twice in one file, applies
 * nothing twice.
 *
 * The file (st_parse): UTF-8, with or without a byte-order mark; a few
 * lines about the account and the period may come first (as banks'
 * exports have them), then the header line (the first that names the
 * required columns, among the first ST_PREAMBLE_MAX lines that are not
 * blank), then one transaction per line; cells separated by ',',
 * ';' or a tab (whichever the header uses), a cell may be quoted ("...",
 * "" for a quote) within its line. The header names the columns, in any
 * order, by the names Vietnamese banks' exports use (folded: case and
 * diacritics do not matter): the date ("Ngày giao dịch", "Ngày GD",
 * "Ngày hạch toán"...), the amount ("Số tiền ghi có", "Ghi có", "Phát
 * sinh có", or "Số tiền"), the content ("Nội dung", "Diễn giải", "Mô
 * tả"...), required; the bank's reference ("Số tham chiếu", "Mã giao
 * dịch", "Số bút toán"...), optional. Dates dd/mm/yyyy, dd-mm-yyyy or
 * yyyy-mm-dd (a time after them ignored); amounts in đồng as "1.200.000",
 * "1,200,000", "1200000" or with ",00"/".00" cents, "VND" or "đ" after.
 * A line with no amount credited (a debit, a negative amount) or with
 * no date (a total, a note) is skipped and counted.
 *
 * The parser reads untrusted bytes: every size has a limit, and it has a
 * fuzz harness (tests/fuzz/fuzz_statement.c). */
#ifndef DVC_STATEMENT_H
#define DVC_STATEMENT_H

#include <stddef.h>

#define ST_BYTES_MAX (4u << 20)	/* the file */
#define ST_LINES_MAX 20000	/* its lines, the header's included */
#define ST_LINE_MAX 4096	/* bytes of one line */
#define ST_CELLS_MAX 40		/* cells of one line */
#define ST_CONTENT_MAX 500	/* characters of a line's content */
#define ST_REF_MAX 60		/* characters of the bank's reference */
#define ST_PREAMBLE_MAX 20	/* lines looked at for the header */

/* Why a file is refused as a whole (nothing of it is applied). */
enum st_err {
	ST_OK,
	ST_EMPTY,		/* blank lines only */
	ST_TOO_BIG,		/* over ST_BYTES_MAX */
	ST_TOO_MANY_LINES,	/* over ST_LINES_MAX */
	ST_ENCODING,		/* line: not UTF-8 (a NUL byte too) */
	ST_LINE_LONG,		/* line: over ST_LINE_MAX bytes */
	ST_QUOTE,		/* line: a quote not closed, or text after one */
	ST_CELLS,		/* line: over ST_CELLS_MAX cells */
	ST_NO_COLUMN,		/* column: a required column missing (no line
				 * names them all: the one most named lacks
				 * it) */
	ST_SHORT,		/* line: fewer cells than the columns read */
	ST_DATE,		/* line: a date not read */
	ST_AMOUNT,		/* line: an amount not read */
	ST_CONTENT_LONG,	/* line: content over ST_CONTENT_MAX */
	ST_REF_LONG,		/* line: a reference over ST_REF_MAX, or
				 * with control characters */
	ST_NO_LINES,		/* a header and no transaction */
	ST__MAX
};
/* the key of Lang.Statement.Err for e ("encoding", ...) */
const char *st_err_name(enum st_err e);

/* The columns: required ones first. */
enum st_col { SC_DATE, SC_AMOUNT, SC_CONTENT, SC_REF, SC__MAX };
/* the key of Lang.Statement.Col for c ("date", ...) */
const char *st_col_name(enum st_col c);

struct st_line {
	int lineno;		/* in the file, from 1 (the header) */
	char date[11];		/* YYYY-MM-DD */
	long long amount;	/* đồng credited, > 0 */
	char ref[ST_REF_MAX * 4 + 1];	/* the bank's reference, "" none */
	char *content;		/* UTF-8, control characters as spaces */
	char key[80];		/* "ref:<ref>" or "sha:<hex of the line>" */
};

struct st_file {
	struct st_line *lines;
	size_t n;
	size_t skipped;		/* lines that credit nothing */
};

/* Parses len bytes. ST_OK and *out filled (free with st_free), or the
 * error with the line (from 1) or the column it is about in *line and
 * *col (-1 where it does not apply); *out is then empty. */
enum st_err st_parse(const char *data, size_t len, struct st_file *out, int *line,
    int *col);
void st_free(struct st_file *f);

/* The dossier codes in a line's content: every place the agency's code
 * pattern (Dossier.CodePattern with {agency} as agency) matches, letters
 * in any case, each separator of the pattern ('-', '.', '_') matching
 * one of "-._ /" or none (banks drop or replace them), at a word's start
 * and not followed by a digit. codes[0..1] get the first two different
 * codes, as stored. 0, 1, or 2 (two or more). */
int st_codes(const char *pattern, const char *agency, const char *content,
    char codes[2][41]);

/* --- the import and the officer's list (database) ------------------------------ */

struct db;
struct wf_hooks;
#include "core/cs.h"

/* What an import did. */
struct st_report {
	enum st_err err;	/* ST_OK, or why nothing was applied */
	int err_line, err_col;
	int lines;		/* transaction lines in the file */
	int paid;		/* dossiers paid now */
	int waiting;		/* new lines left for the officer */
	int known;		/* imported before, or twice in the file */
	int skipped;		/* lines crediting nothing */
};

/* Imports the statement data (len bytes) of agency (its id) as
 * h->user (Dossier.CodePattern from h->cfg), in the caller's
 * transaction (one for the whole file: all or nothing): every new line
 * recorded, the matching ones paid through the workflow
 * (WA_PAY_TRANSFER: its history, audit and payment rows, the source
 * "statement"), the rest waiting with why (no_code, unknown, two_codes,
 * amount, settled, closed). A file refused changes nothing (r->err).
 * 0 (an unknown agency: r->err ST_EMPTY) or a db_rc. */
int statement_import(struct db *db, const struct wf_hooks *h, long long agency,
    const char *data, size_t len, struct st_report *r);

/* What the officer can do with a waiting line. */
enum st_settle {
	SS_DONE,
	SS_NOT_FOUND,		/* no such waiting line of the agency */
	SS_NO_DOSSIER,		/* no such dossier of the agency */
	SS_NOT_OWED,		/* the dossier owes nothing now (paid,
				 * exempted, free) or is no longer handled */
	SS_REASON,		/* the amounts differ: a reason is needed */
	SS_FORBIDDEN,		/* the officer may not take payments */
};

/* Pays dossier code's fee with waiting line id of agency (the line's
 * amount, with reason if it is not the amount owed) as h->user, through
 * the workflow (WA_PAY_TRANSFER, in its own transaction: the line and
 * the dossier locked there), the line then "assigned". *out says what
 * happened. 0 or a db_rc. */
int statement_assign(struct db *db, const struct wf_hooks *h, long long agency,
    long long id, const char *code, const char *reason, enum st_settle *out);

/* Dismisses waiting line id of agency with the officer's reason (not a
 * payment to the agency's dossiers: another payer's transfer, a refund
 * made by the bank...) as h->user, in the caller's transaction (the
 * page writes its audit record there). SS_DONE or SS_NOT_FOUND in *out.
 * 0 or a db_rc. */
int statement_dismiss(struct db *db, const struct wf_hooks *h, long long agency,
    long long id, const char *reason, enum st_settle *out);

/* The agency's waiting lines, newest first (at most 500):
 * prefix.N.{id,booked (dd/mm/yyyy),amount (grouped),amount_raw,content,
 * bank_ref,why,code (the dossier found, if any)}; and prefix_done: the
 * last 50 settled (paid, assigned, dismissed) with state, code, note.
 * Count of waiting or a db_rc. */
int statement_lists(struct db *db, long long agency, HDF *hdf, const char *prefix,
    const char *prefix_done);

#endif
