/* The bank statement's parser and the codes in a line's content
 * (domain/statement.h), without a database: the header names banks use,
 * delimiters, amounts and dates as they are written, the line's key, and
 * every way a file is refused, with the line or column it names. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/statement.h"
#include "tap.h"

#define PAT "{agency}-{yymmdd}-{seq4}"
#define AG "000.00.09.H34"

static enum st_err
parse(const char *s, struct st_file *f, int *line, int *col)
{
	return st_parse(s, strlen(s), f, line, col);
}

/* the error of s and the line it names */
static void
refused(const char *s, enum st_err want, int want_line, const char *what)
{
	struct st_file f;
	int line, col;
	enum st_err e = parse(s, &f, &line, &col);

	ok(e == want && line == want_line && f.n == 0, "%s: %s at line %d (got %s, %d)", what,
	    st_err_name(want), want_line, st_err_name(e), line);
}

int
main(void)
{
	struct st_file f;
	char codes[2][41], *big;
	int line, col;
	size_t i;

	/* a Vietcombank-like export: BOM, ';', Vietnamese names, grouped
	 * amounts, a debit and a total skipped */
	ok(parse("\xef\xbb\xbfNg\xc3\xa0y giao d\xe1\xbb\x8b\x63h;S\xe1\xbb\x91 tham chi\xe1\xba\xbfu;"
	    "S\xe1\xbb\x91 ti\xe1\xbb\x81n ghi n\xe1\xbb\xa3;S\xe1\xbb\x91 ti\xe1\xbb\x81n ghi c\xc3\xb3;"
	    "N\xe1\xbb\x99i dung\r\n"
	    "07/12/2026 10:15:00;FT26341001;;1.200.000;MBVCB.1.NOP PHI HS 000.00.09.H34-261207-0001\r\n"
	    "07/12/2026;FT26341002;500.000;;Chi tien\r\n"
	    ";;;;\r\n"
	    ";;500.000;1.200.000;T\xe1\xbb\x95ng c\xe1\xbb\x99ng\r\n", &f, &line, &col) == ST_OK,
	    "a statement with BOM, ';' and Vietnamese headers read");
	ok(f.n == 1 && f.skipped == 2, "one credit; the debit and the total skipped (%zu, %zu)",
	    f.n, f.skipped);
	if (f.n == 1) {
		is_str(f.lines[0].date, "2026-12-07", "the date, its time left out");
		is_int(f.lines[0].amount, 1200000, "1.200.000 đồng");
		is_str(f.lines[0].ref, "FT26341001", "the bank's reference");
		is_str(f.lines[0].key, "ref:FT26341001", "keyed by the reference");
		is_int(f.lines[0].lineno, 2, "its line in the file");
	}
	st_free(&f);

	/* comma, quotes, English names, no reference: keyed by the line */
	ok(parse("Date,Description,Amount\n2026-12-07,\"Nop phi, \"\"ho so\"\" A\",\"1,200,000.00\"\n"
	    "2026-12-07,\"Nop phi, \"\"ho so\"\" A\",\"1,200,000.00\"\n", &f, &line, &col) == ST_OK &&
	    f.n == 2, "commas, quoted cells, English headers");
	if (f.n == 2) {
		is_str(f.lines[0].content, "Nop phi, \"ho so\" A", "a quoted cell unquoted");
		is_int(f.lines[0].amount, 1200000, "1,200,000.00 is 1.200.000 đồng");
		ok(strncmp(f.lines[0].key, "sha:", 4) == 0 && strlen(f.lines[0].key) == 68,
		    "no reference: the SHA-256 of the line (%s)", f.lines[0].key);
		is_str(f.lines[0].key, f.lines[1].key, "the same line twice: the same key");
	}
	st_free(&f);

	/* tab, other names, plain and suffixed amounts */
	ok(parse("Ng\xc3\xa0y GD\tM\xc3\xa3 GD\tGhi c\xc3\xb3 (VND)\tDi\xe1\xbb\x85n gi\xe1\xba\xa3i\n"
	    "7-12-2026\tA1\t150000\tx\n07.12.2026\tA2\t150.000 VND\ty\n"
	    "2026/12/07\tA3\t150000\xc4\x91\tz\n1/2/2027\tA4\t+150.000,00\tw\n",
	    &f, &line, &col) == ST_OK && f.n == 4, "tabs; Ghi có (VND), Mã GD, Diễn giải");
	for (i = 0; i < f.n; i++)
		is_int(f.lines[i].amount, 150000, "amount %zu: 150.000", i);
	if (f.n == 4)
		is_str(f.lines[3].date, "2027-02-01", "d/m/yyyy");
	st_free(&f);

	/* a negative amount under "Số tiền" is money going out */
	ok(parse("Ngay,So tien,Noi dung\n07/12/2026,-50.000,phi\n07/12/2026,50.000,thu\n",
	    &f, &line, &col) == ST_OK && f.n == 1 && f.skipped == 1,
	    "a negative amount skipped, a positive one read");
	st_free(&f);

	/* a bank's export that opens with the account and the period: the
	 * header is the first line naming the columns */
	ok(parse("\xef\xbb\xbfSAO K\xc3\x8a T\xc3\x80I KHO\xe1\xba\xa2N;;;;\r\n"
	    "S\xe1\xbb\x91 t\xc3\xa0i kho\xe1\xba\xa3n: 0123456789;;;;\r\n"
	    "T\xe1\xbb\xab ng\xc3\xa0y 01/12/2026 \xc4\x91\xe1\xba\xbfn ng\xc3\xa0y 07/12/2026\r\n"
	    "\r\n"
	    "Ng\xc3\xa0y giao d\xe1\xbb\x8b\x63h;S\xe1\xbb\x91 tham chi\xe1\xba\xbfu;"
	    "Ghi c\xc3\xb3;N\xe1\xbb\x99i dung\r\n"
	    "07/12/2026;FT1;1.200.000;NOP PHI\r\n", &f, &line, &col) == ST_OK && f.n == 1,
	    "three lines about the account before the header: read");
	if (f.n == 1) {
		is_int(f.lines[0].lineno, 6, "the line's place counts the lines before the header");
		is_int(f.lines[0].amount, 1200000, "its amount");
		is_str(f.lines[0].ref, "FT1", "its reference");
	}
	st_free(&f);
	{
		char s[2048] = "", t[2048];

		/* 19 lines before the header are looked through, not 20 */
		for (i = 0; i < ST_PREAMBLE_MAX - 1; i++)
			strcat(s, "Ng\xc3\xa2n h\xc3\xa0ng: Vietcombank; Ng\xc3\xa0y in\n");
		snprintf(t, sizeof(t), "%sNgay;So tien;Noi dung\n07/12/2026;1000;a\n", s);
		ok(parse(t, &f, &line, &col) == ST_OK && f.n == 1 && f.lines[0].lineno == 21,
		    "the header after 19 other lines: read");
		st_free(&f);
		snprintf(t, sizeof(t), "%sx\nNgay;So tien;Noi dung\n07/12/2026;1000;a\n", s);
		ok(parse(t, &f, &line, &col) == ST_NO_COLUMN && f.n == 0 && line == -1 && col == SC_DATE,
		    "after 20 other lines: no header (a column named, %d)", col);
	}
	ok(parse("Tai khoan: 0123\nNgay;Noi dung;So tham chieu\n07/12/2026;a;R\n", &f, &line,
	    &col) == ST_NO_COLUMN && col == SC_AMOUNT,
	    "no line names them all: what the likeliest header lacks");

	/* refusals, each naming its line */
	refused("", ST_EMPTY, -1, "an empty file");
	refused("\n \n;;\n", ST_EMPTY, -1, "blank lines only");
	refused("Ngay,So tien,Noi dung\n", ST_NO_LINES, -1, "a header alone");
	refused("Ngay,So tien,Noi dung\n07/12/2026,1000,caf\xe9\n", ST_ENCODING, 2,
	    "a Latin-1 byte (é) in line 2");
	refused("Ngay,So tien,Noi dung\n07/12/2026,1000,a\n07/12/2026,1000,b\xc3\n", ST_ENCODING, 3,
	    "a cut UTF-8 sequence in line 3");
	{
		static const char nul[] = "Ngay,So tien,Noi dung\n07/12/2026,1000,a\0b\n";

		ok(st_parse(nul, sizeof(nul) - 1, &f, &line, &col) == ST_ENCODING && line == 2,
		    "a NUL byte is not text (line %d)", line);
	}
	refused("Ngay,So tien,Noi dung\n07/12/2026,1000,\"a\n", ST_QUOTE, 2, "a quote left open");
	refused("Ngay,So tien,Noi dung\n07/12/2026,1000,\"a\"b\n", ST_QUOTE, 2, "text after a quote");
	refused("Ngay,So tien,Noi dung\n07/12/2026,1000\n", ST_SHORT, 2, "a line without its content");
	refused("Ngay,So tien,Noi dung\n31/02/2026,1000,a\n", ST_DATE, 2, "the 31st of February");
	refused("Ngay,So tien,Noi dung\n29/02/2025,1000,a\n", ST_DATE, 2, "29 February of 2025");
	refused("Ngay,So tien,Noi dung\nhom qua,1000,a\n", ST_DATE, 2, "a date in words");
	refused("Ngay,So tien,Noi dung\n07/12/1999,1000,a\n", ST_DATE, 2, "a year out of range");
	refused("Ngay,So tien,Noi dung\n07/12/2026,1.20.000,a\n", ST_AMOUNT, 2, "groups of two");
	refused("Ngay,So tien,Noi dung\n07/12/2026,12.5,a\n", ST_AMOUNT, 2, "cents that are not zero");
	refused("Ngay;So tien;Noi dung\n07/12/2026;1.200,000.000;a\n", ST_AMOUNT, 2,
	    "two kinds of grouping");
	refused("Ngay;So tien;Noi dung\n07/12/2026;mot trieu;a\n", ST_AMOUNT, 2, "an amount in words");
	refused("Ngay;So tien;Noi dung\n07/12/2026;99999999999999;a\n", ST_AMOUNT, 2, "14 digits");
	ok(parse("Ngay;So tien\n07/12/2026;1\n", &f, &line, &col) == ST_NO_COLUMN &&
	    col == SC_CONTENT && strcmp(st_col_name(col), "content") == 0,
	    "no content column: the column named");
	ok(parse("Noi dung;So tien\n", &f, &line, &col) == ST_NO_COLUMN && col == SC_DATE,
	    "no date column: the column named");
	ok(parse("Ngay;Noi dung;Ghi no\n", &f, &line, &col) == ST_NO_COLUMN && col == SC_AMOUNT,
	    "a debit column is not the amount");
	{
		char *s = malloc(ST_LINE_MAX + 64);

		snprintf(s, ST_LINE_MAX + 64, "Ngay,So tien,Noi dung\n07/12/2026,1,");
		memset(s + strlen(s), 'x', ST_LINE_MAX);
		s[ST_LINE_MAX + 40] = '\0';
		refused(s, ST_LINE_LONG, 2, "a line over 4096 bytes");
		free(s);
	}
	{
		char s[400] = "Ngay,So tien,Noi dung";

		for (i = 0; i < ST_CELLS_MAX; i++)
			strcat(s, ",x");
		refused(s, ST_CELLS, 1, "a header of 43 cells");
	}
	{
		char s[700] = "Ngay,So tien,Noi dung\n07/12/2026,1,";

		memset(s + strlen(s), 'a', 501);
		refused(s, ST_CONTENT_LONG, 2, "content of 501 characters");
	}
	refused("Ngay,So tien,Noi dung,So tham chieu\n07/12/2026,1,a,"
	    "0123456789012345678901234567890123456789012345678901234567890\n", ST_REF_LONG, 2,
	    "a reference of 61 characters");
	/* the limits of size and lines */
	big = malloc(ST_BYTES_MAX + 2);
	memset(big, '\n', ST_BYTES_MAX + 1);
	big[ST_BYTES_MAX + 1] = '\0';
	ok(st_parse(big, ST_BYTES_MAX + 1, &f, &line, &col) == ST_TOO_BIG, "over 4 MiB refused");
	ok(st_parse(big, ST_LINES_MAX + 1, &f, &line, &col) == ST_TOO_MANY_LINES &&
	    line == ST_LINES_MAX, "over 20000 lines refused (%d)", line);
	free(big);

	/* codes in the content */
	is_int(st_codes(PAT, AG, "NOP PHI HS 000.00.09.H34-261207-0001", codes), 1, "one code");
	is_str(codes[0], "000.00.09.H34-261207-0001", "as stored");
	is_int(st_codes(PAT, AG, "MBVCB.123.000.00.09.h34-261207-0001.CT tu 0123", codes), 1,
	    "after a bank's prefix, lower case, a suffix after a dot");
	is_str(codes[0], "000.00.09.H34-261207-0001", "as stored");
	is_int(st_codes(PAT, AG, "nop phi 0000009H342612070001", codes), 1,
	    "the separators dropped by the bank");
	is_str(codes[0], "000.00.09.H34-261207-0001", "restored");
	is_int(st_codes(PAT, AG, "000 00 09 H34 261207 0001", codes), 1, "separators as spaces");
	is_int(st_codes(PAT, AG, "ho so 000.00.09.H34-261207-00012", codes), 0,
	    "a longer number is not the code");
	is_int(st_codes(PAT, AG, "X000.00.09.H34-261207-0001", codes), 0, "inside a word: not a code");
	is_int(st_codes(PAT, AG, "000.00.06.H34-261207-0001", codes), 0, "another agency's code");
	is_int(st_codes(PAT, AG, "nop phi ho so", codes), 0, "no code");
	is_int(st_codes(PAT, AG, "000.00.09.H34-261207-0001 va 000.00.09.H34-261207-0002", codes),
	    2, "two codes");
	is_str(codes[1], "000.00.09.H34-261207-0002", "the second");
	is_int(st_codes(PAT, AG, "000.00.09.H34-261207-0001 lan 2 000.00.09.H34-261207-0001",
	    codes), 1, "the same code twice is one");
	is_int(st_codes("HS{yyyymmdd}{seq6}", AG, "phi hs20261207000123", codes), 1,
	    "another pattern");
	is_str(codes[0], "HS20261207000123", "its code");
	return done_testing();
}
