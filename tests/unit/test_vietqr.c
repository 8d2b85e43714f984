/* VietQR payloads (domain/vietqr.h) against vectors computed outside
 * this code: the CRC's check value from the CRC catalogue
 * (CRC-16/CCITT-FALSE, "123456789" -> 0x29B1); a payload published with
 * a Go library's README (github.com/subiz/vietqr: 120.000 đồng to
 * 0011001932418 at VietinBank, BIN 970415, "ung ho lu lut"), and the
 * others by this Python, written from the format and checked against
 * that published payload:
 *
 *   def crc(s):
 *       c = 0xFFFF
 *       for ch in s.encode():
 *           c ^= ch << 8
 *           for _ in range(8):
 *               c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
 *       return c
 *   def f(t, v): return t + '%02d' % len(v) + v
 *   def p(bin, acct, amt, msg):
 *       s = ('000201010212' + f('38', f('00', 'A000000727') + f('01', f('00', bin)
 *            + f('01', acct)) + f('02', 'QRIBFTTA')) + f('53', '704')
 *            + f('54', str(amt)) + f('58', 'VN') + f('62', f('08', msg)) + '6304')
 *       return s + '%04X' % crc(s)
 *
 * and every limit: no code rather than one a bank would refuse. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "domain/vietqr.h"
#include "tap.h"

#define SUBIZ "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA" \
	"530370454061200005802VN62170813ung ho lu lut6304C15C"
#define DEMO "00020101021238570010A00000072701270006970436011302810003164870208QRIBFTTA" \
	"530370454061000005802VN62290825000.00.09.H34-261207-00016304AFA1"
#define SMALL "00020101021238580010A000000727012800069704180114620100003814570208QRIBFTTA" \
	"5303704540115802VN62050801A6304227F"
#define BIG "00020101021238570010A00000072701270006970405011351002110015420208QRIBFTTA" \
	"5303704541399999999999995802VN62290825XXXXXXXXXXXXXXXXXXXXXXXXX6304DF1A"

int
main(void)
{
	char out[VIETQR_MAX + 1], small[40];
	char acct20[] = "12345678901234567890", msg26[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	is_int(vietqr_crc16("123456789", 9), 0x29B1, "CRC-16/CCITT-FALSE check value");
	is_int(vietqr_crc16("", 0), 0xFFFF, "CRC of nothing: its initial value");

	is_int(vietqr_payload("970415", "0011001932418", 120000, "ung ho lu lut", out,
	    sizeof(out)), 0, "the published payload built");
	is_str(out, SUBIZ, "byte for byte the published VietinBank payload");
	is_int(vietqr_payload("970436", "0281 0003 16487", 100000,
	    "000.00.09.H34-261207-0001", out, sizeof(out)), 0, "a dossier's code");
	is_str(out, DEMO, "the account's spaces left out, the code of 25 characters");
	is_int(vietqr_payload("970418", "6201.0000-381.457", 1, "A", out, sizeof(out)), 0,
	    "one đồng, a one-letter message");
	is_str(out, SMALL, "dots and hyphens of the account left out");
	is_int(vietqr_payload("970405", "5100211001542", 9999999999999LL,
	    "XXXXXXXXXXXXXXXXXXXXXXXXX", out, sizeof(out)), 0, "the largest amount");
	is_str(out, BIG, "13 digits of amount, 25 of message");
	/* a CRC check of what was built: the last four digits are the CRC
	 * of the rest */
	{
		char want[5];

		snprintf(want, sizeof(want), "%04X", vietqr_crc16(out, strlen(out) - 4));
		is_str(out + strlen(out) - 4, want, "the CRC covers everything up to 6304");
	}

	/* limits: refused, out empty */
	strcpy(out, "x");
	ok(vietqr_payload("97041", "1", 1, "A", out, sizeof(out)) == -1 && out[0] == '\0',
	    "a BIN of five digits refused, nothing written");
	ok(vietqr_payload("9704155", "1", 1, "A", out, sizeof(out)) == -1, "seven digits refused");
	ok(vietqr_payload("97041a", "1", 1, "A", out, sizeof(out)) == -1, "a letter in the BIN");
	ok(vietqr_payload(NULL, "1", 1, "A", out, sizeof(out)) == -1, "no BIN");
	ok(vietqr_payload("970415", acct20, 1, "A", out, sizeof(out)) == -1,
	    "an account of 20 characters refused");
	acct20[19] = '\0';
	ok(vietqr_payload("970415", acct20, 1, "A", out, sizeof(out)) == 0, "19 accepted");
	ok(vietqr_payload("970415", " . - ", 1, "A", out, sizeof(out)) == -1,
	    "an account of separators only refused");
	ok(vietqr_payload("970415", "", 1, "A", out, sizeof(out)) == -1, "an empty account");
	ok(vietqr_payload("970415", "123/456", 1, "A", out, sizeof(out)) == -1,
	    "a slash in the account refused");
	ok(vietqr_payload("970415", "123", 0, "A", out, sizeof(out)) == -1, "no amount");
	ok(vietqr_payload("970415", "123", -5, "A", out, sizeof(out)) == -1, "a negative amount");
	ok(vietqr_payload("970415", "123", 10000000000000LL, "A", out, sizeof(out)) == -1,
	    "14 digits of amount refused");
	ok(vietqr_payload("970415", "123", 1, msg26, out, sizeof(out)) == -1,
	    "a message of 26 characters refused");
	msg26[25] = '\0';
	ok(vietqr_payload("970415", "123", 1, msg26, out, sizeof(out)) == 0, "25 accepted");
	ok(vietqr_payload("970415", "123", 1, "", out, sizeof(out)) == -1, "an empty message");
	ok(vietqr_payload("970415", "123", 1, "h\xe1\xbb\x93 s\xc6\xa1", out, sizeof(out)) == -1,
	    "a message outside ASCII refused");
	ok(vietqr_payload("970415", "123", 1, "a\tb", out, sizeof(out)) == -1,
	    "a control character refused");
	ok(vietqr_payload("970415", "123", 1, "A", small, sizeof(small)) == -1,
	    "a buffer too small refused");
	ok(vietqr_bin_ok("970436") && !vietqr_bin_ok("") && !vietqr_bin_ok("97043") &&
	    !vietqr_bin_ok(" 970436"), "a BIN is six digits");
	return done_testing();
}
