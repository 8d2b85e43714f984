/* VietQR transfer codes (issue 14, section 2): the EMVCo merchant-
 * presented payload that a Vietnamese bank's app reads to fill in a
 * transfer to an account through NAPAS (the "IBFT to account" service):
 *
 *   00 02 "01"          payload format
 *   01 02 "12"          point of initiation: dynamic (the amount is fixed)
 *   38 ..               the beneficiary: 00 "A000000727" (NAPAS's GUID),
 *                       01 { 00 the bank's 6-digit BIN, 01 the account },
 *                       02 "QRIBFTTA" (transfer to an account)
 *   53 03 "704"         currency: đồng
 *   54 ..               the amount, whole đồng
 *   58 02 "VN"
 *   62 ..               additional data: 08 the purpose (the transfer's
 *                       message: the dossier's code)
 *   63 04 CRC           CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF)
 *                       over everything before it including "6304",
 *                       four uppercase hex digits
 *
 * Each field is "tag, two-digit length, value". A value that does not
 * fit its limit is refused: no code rather than one a bank rejects. */
#ifndef DVC_VIETQR_H
#define DVC_VIETQR_H

#include <stddef.h>

#define VIETQR_ACCOUNT_MAX 19	/* NAPAS: an account number's digits */
#define VIETQR_MESSAGE_MAX 25	/* EMVCo: a field of the additional data */
#define VIETQR_MAX 200		/* the longest payload the limits allow */

/* CRC-16/CCITT-FALSE of n bytes ("123456789": 0x29B1). */
unsigned vietqr_crc16(const char *p, size_t n);

/* 1 if s is a bank's BIN: exactly six digits. */
int vietqr_bin_ok(const char *s);

/* The payload of a transfer of amount đồng to account at the bank of
 * BIN bin with message, into out (outlen at least VIETQR_MAX + 1). The
 * account as published ("1180 0027 6514", "3511.0.1053164"): spaces,
 * dots and hyphens are left out, the rest must be 1-19 letters or
 * digits. The message: 1-25 printable ASCII characters. The amount:
 * 1 to 13 digits. 0, or -1 (something out of its limits; out is ""). */
int vietqr_payload(const char *bin, const char *account, long long amount,
    const char *message, char *out, size_t outlen);

#endif
