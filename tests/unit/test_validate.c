/* Validators: each type with good, bad and hostile input. */
#include "config.h"

#include <stdlib.h>

#include "core/validate.h"
#include "tap.h"

static enum verr
check(enum vtype t, long min, long max, const char *in, const char *want_norm)
{
	struct field f = { "x", t, F_REQUIRED, min, max, NULL };
	struct fval v;
	enum verr e = validate_value(&f, in, &v);

	if (want_norm && e == VE_OK)
		is_str(v.s, want_norm, "normalised '%s'", in);
	fval_clear(&v);
	return e;
}

int
main(void)
{
	static const char *const choices[] = { "a", "b", NULL };
	struct field fenum = { "x", V_ENUM, F_REQUIRED, 0, 0, choices };
	struct field fopt = { "x", V_EMAIL, 0, 0, 0, NULL };
	struct fval v;

	/* required, absent, blank */
	is_int(check(V_LINE, 0, 10, NULL, NULL), VE_REQUIRED, "absent required field");
	is_int(check(V_LINE, 0, 10, "   ", NULL), VE_REQUIRED, "blank is absent");
	is_int(validate_value(&fopt, NULL, &v), VE_OK, "absent optional field is fine");
	ok(!v.present, "and not present");
	fval_clear(&v);

	/* encoding and controls */
	is_int(check(V_LINE, 0, 100, "ab\xff", NULL), VE_UTF8, "invalid UTF-8");
	is_int(check(V_LINE, 0, 100, "\xc0\xaf", NULL), VE_UTF8, "overlong UTF-8");
	is_int(check(V_LINE, 0, 100, "\xed\xa0\x80", NULL), VE_UTF8, "surrogate in UTF-8");
	is_int(check(V_LINE, 0, 100, "a\x01" "b", NULL), VE_CONTROL, "control char");
	is_int(check(V_LINE, 0, 100, "a\nb", NULL), VE_CONTROL, "newline in one-line text");
	is_int(check(V_TEXT, 0, 100, "a\r\nb", "a\nb"), VE_OK, "CRLF becomes LF in text");
	is_int(check(V_LINE, 0, 100, "abc\xe2\x80\xae" "def", NULL), VE_CONTROL, "RTL override refused");
	is_int(check(V_LINE, 0, 100, "a\xe2\x80\x8b" "b", NULL), VE_CONTROL, "zero-width space refused");
	is_int(check(V_LINE, 0, 100, "a\xc2\x85" "b", NULL), VE_CONTROL, "C1 control refused");
	is_int(check(V_LINE, 0, 5, "Đăng ký", NULL), VE_TOOLONG, "length counts characters: 7 > 5");
	is_int(check(V_LINE, 0, 7, "Đăng ký", "Đăng ký"), VE_OK, "7 characters in 9+ bytes fit 7");
	is_int(check(V_LINE, 3, 10, "ab", NULL), VE_TOOSHORT, "too short");
	is_int(check(V_LINE, 0, 10, "  hai  ", "hai"), VE_OK, "trimmed");
	is_int(check(V_LINE, 0, 10, "\xc2\xa0hai\xc2\xa0", "hai"), VE_OK, "no-break spaces trimmed");

	/* int */
	is_int(check(V_INT, 1, 100, "42", "42"), VE_OK, "int");
	is_int(check(V_INT, 1, 100, "0", NULL), VE_RANGE, "int below range");
	is_int(check(V_INT, 1, 100, "101", NULL), VE_RANGE, "int above range");
	is_int(check(V_INT, 1, 100, "4a", NULL), VE_FORMAT, "int with letter");
	is_int(check(V_INT, 1, 100, "+4", NULL), VE_FORMAT, "int with plus");
	is_int(check(V_INT, 0, 0, "99999999999999999999", NULL), VE_FORMAT, "int too many digits");
	is_int(check(V_INT, -5, 5, "-3", NULL), VE_OK, "negative int");

	/* slug */
	is_int(check(V_SLUG, 0, 50, "ho-tich", NULL), VE_OK, "slug");
	is_int(check(V_SLUG, 0, 50, "Ho-tich", NULL), VE_FORMAT, "slug upper case");
	is_int(check(V_SLUG, 0, 50, "ho--tich", NULL), VE_FORMAT, "slug double hyphen");
	is_int(check(V_SLUG, 0, 50, "-ho", NULL), VE_FORMAT, "slug leading hyphen");
	is_int(check(V_SLUG, 0, 50, "hộ-tịch", NULL), VE_FORMAT, "slug with diacritics");
	is_int(check(V_SLUG, 0, 50, "../etc", NULL), VE_FORMAT, "slug traversal");

	/* dossier code */
	is_int(check(V_CODE, 0, 0, "000.00.15.H34-250314-0001", "000.00.15.H34-250314-0001"), VE_OK, "dossier code");
	is_int(check(V_CODE, 0, 0, "000.00.15.h34-250314-0001", "000.00.15.H34-250314-0001"), VE_OK, "dossier code upper-cased");
	is_int(check(V_CODE, 0, 0, "000.00.15.H34-251314-0001", NULL), VE_FORMAT, "dossier code month 13");
	is_int(check(V_CODE, 0, 0, "000.00.15.H34-250230-0001", NULL), VE_FORMAT, "dossier code 30 February");
	is_int(check(V_CODE, 0, 0, "000.00.15.H34-250314-01", NULL), VE_FORMAT, "dossier code short sequence");
	is_int(check(V_CODE, 0, 0, "000..15.H34-250314-0001", NULL), VE_FORMAT, "dossier code empty group");
	is_int(check(V_CODE, 0, 0, "-250314-0001", NULL), VE_FORMAT, "dossier code without agency");
	is_int(check(V_CODE, 0, 0, "000.00.15.H34_250314_0001", NULL), VE_FORMAT, "dossier code underscores");

	/* email */
	is_int(check(V_EMAIL, 0, 254, "Nguyen.Van-A+dvc@Example.VN", "Nguyen.Van-A+dvc@example.vn"), VE_OK, "email, domain lower-cased");
	is_int(check(V_EMAIL, 0, 254, "a@b", NULL), VE_FORMAT, "email without dot in domain");
	is_int(check(V_EMAIL, 0, 254, "a..b@x.vn", NULL), VE_FORMAT, "email double dot");
	is_int(check(V_EMAIL, 0, 254, "@x.vn", NULL), VE_FORMAT, "email without local part");
	is_int(check(V_EMAIL, 0, 254, "a b@x.vn", NULL), VE_FORMAT, "email with space");
	is_int(check(V_EMAIL, 0, 254, "a@-x.vn", NULL), VE_FORMAT, "email label starting with hyphen");
	is_int(check(V_EMAIL, 0, 254, "a@x.v", NULL), VE_FORMAT, "email one-letter TLD");
	is_int(check(V_EMAIL, 0, 254, "a@x.123", NULL), VE_FORMAT, "email numeric TLD");
	is_int(check(V_EMAIL, 0, 254, "nguyễn@x.vn", NULL), VE_FORMAT, "email non-ASCII local part");
	is_int(check(V_EMAIL, 0, 254, "a@xn--kon-tum-xyz.vn", NULL), VE_OK, "email punycode domain");
	is_int(check(V_EMAIL, 0, 254, "<script>@x.vn", NULL), VE_FORMAT, "email with markup");

	/* phone */
	is_int(check(V_PHONE, 0, 20, "0912 345 678", "0912345678"), VE_OK, "mobile with spaces");
	is_int(check(V_PHONE, 0, 20, "+84 912 345 678", "0912345678"), VE_OK, "+84 mobile");
	is_int(check(V_PHONE, 0, 20, "+84 0912.345.678", "0912345678"), VE_OK, "+84 with the 0 kept by mistake");
	is_int(check(V_PHONE, 0, 20, "(0260) 3862-123", "02603862123"), VE_OK, "landline with area code");
	is_int(check(V_PHONE, 0, 20, "091234567", NULL), VE_FORMAT, "9 digits");
	is_int(check(V_PHONE, 0, 20, "912345678", NULL), VE_FORMAT, "no leading 0");
	is_int(check(V_PHONE, 0, 20, "+1 202 555 0100", NULL), VE_FORMAT, "foreign number");
	is_int(check(V_PHONE, 0, 20, "0912x45678", NULL), VE_FORMAT, "letter in phone");

	/* names */
	is_int(check(V_NAME, 2, 100, "  Nguyễn   Thị  Hồng  Nhung ", "Nguyễn Thị Hồng Nhung"), VE_OK, "name spaces collapsed");
	is_int(check(V_NAME, 2, 100, "A Lăng Thị Ngọc", NULL), VE_OK, "two-letter syllable name");
	is_int(check(V_NAME, 2, 100, "Y Đăng", NULL), VE_OK, "one-letter given name (Ba Na)");
	is_int(check(V_NAME, 2, 100, "Rơ Châm H'Dơk", NULL), VE_OK, "name with apostrophe");
	is_int(check(V_NAME, 2, 100, "Nguye\xcc\x82\xcc\x83n Văn A", NULL), VE_OK, "decomposed diacritics");
	is_int(check(V_NAME, 2, 100, "Nguyễn Văn 3", NULL), VE_FORMAT, "digit in name");
	is_int(check(V_NAME, 2, 100, "<b>Nam</b>", NULL), VE_FORMAT, "markup in name");
	is_int(check(V_NAME, 2, 100, "'", NULL), VE_FORMAT, "apostrophe alone");
	is_int(check(V_NAME, 2, 100, "Trần ' Văn", NULL), VE_FORMAT, "apostrophe after space");
	is_int(check(V_NAME, 2, 100, "\xcc\x82" "An", NULL), VE_FORMAT, "leading combining mark");
	is_int(check(V_NAME, 2, 100, "Lê\xc3\x97" "Lê", NULL), VE_FORMAT, "multiplication sign");
	is_int(check(V_NAME, 2, 100, "Mạc", NULL), VE_OK, "three letters");
	is_int(check(V_NAME, 4, 100, "Mạc", NULL), VE_TOOSHORT, "shorter than min");

	/* dates */
	is_int(check(V_DATE, 1900, 2100, "29/02/2024", "2024-02-29"), VE_OK, "leap day, Vietnamese order");
	is_int(check(V_DATE, 1900, 2100, "2024-02-29", "2024-02-29"), VE_OK, "ISO date");
	is_int(check(V_DATE, 1900, 2100, "29/02/2025", NULL), VE_FORMAT, "29 Feb in a common year");
	is_int(check(V_DATE, 1900, 2100, "29/02/1900", NULL), VE_FORMAT, "1900 is not a leap year");
	is_int(check(V_DATE, 1900, 2100, "31/04/2025", NULL), VE_FORMAT, "31 April");
	/* the forms people type (issue 15) */
	is_int(check(V_DATE, 1900, 2100, "1/5/2025", "2025-05-01"), VE_OK, "without zero padding");
	is_int(check(V_DATE, 1900, 2100, "15-3-1990", "1990-03-15"), VE_OK, "dashes, Vietnamese order");
	is_int(check(V_DATE, 1900, 2100, "15.03.1990", "1990-03-15"), VE_OK, "dots");
	is_int(check(V_DATE, 1900, 2100, "1990-3-5", "1990-03-05"), VE_OK, "ISO order without padding");
	is_int(check(V_DATE, 1900, 2100, "15/3-1990", NULL), VE_FORMAT, "mixed separators");
	is_int(check(V_DATE, 1900, 2100, "15/03/90", NULL), VE_FORMAT, "two-digit year");
	is_int(check(V_DATE, 1900, 2100, "115/03/1990", NULL), VE_FORMAT, "three-digit day");
	is_int(check(V_DATE, 1900, 2100, "15/03/1990x", NULL), VE_FORMAT, "trailing text");
	is_int(check(V_DATE, 1900, 2100, "15/03/19900", NULL), VE_FORMAT, "five-digit year");
	is_int(check(V_DATE, 1900, 2100, "1990-03-15-", NULL), VE_FORMAT, "trailing separator");
	is_int(check(V_DATE, 1900, 2100, "/03/1990", NULL), VE_FORMAT, "no day");
	is_int(check(V_DATE, 1900, 2100, "15 03 1990", NULL), VE_FORMAT, "spaces");
	is_int(check(V_DATE, 1900, 2100, "00/03/1990", NULL), VE_FORMAT, "day 0");
	is_int(check(V_DATE, 1900, 2100, "01/01/1899", NULL), VE_RANGE, "year below range");

	/* enum, token */
	is_int(validate_value(&fenum, "b", &v), VE_OK, "enum choice");
	fval_clear(&v);
	is_int(validate_value(&fenum, "c", &v), VE_CHOICE, "enum outside choices");
	fval_clear(&v);
	is_int(check(V_TOKEN, 4, 43, "abc-_DEF09", NULL), VE_OK, "token");
	is_int(check(V_TOKEN, 4, 43, "abc=", NULL), VE_FORMAT, "token with =");

	/* message keys */
	{
		struct field fe = { "e", V_EMAIL, 0, 0, 0, NULL };

		is_str(verr_key(&fe, VE_FORMAT), "format_email", "format key per type");
		is_str(verr_key(&fe, VE_REQUIRED), "required", "generic key");
	}
	return done_testing();
}
