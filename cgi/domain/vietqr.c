/* VietQR transfer codes: see vietqr.h. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "domain/vietqr.h"

unsigned
vietqr_crc16(const char *p, size_t n)
{
	unsigned crc = 0xFFFF;
	size_t i;
	int b;

	for (i = 0; i < n; i++) {
		crc ^= (unsigned)(unsigned char)p[i] << 8;
		for (b = 0; b < 8; b++)
			crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
	}
	return crc;
}

int
vietqr_bin_ok(const char *s)
{
	int i;

	for (i = 0; i < 6; i++)
		if (s == NULL || s[i] < '0' || s[i] > '9')
			return 0;
	return s[6] == '\0';
}

/* one field: tag, two-digit length, value; -1 if over 99 bytes */
static int
tlv(struct buf *b, const char *tag, const char *value)
{
	size_t n = strlen(value);

	if (n == 0 || n > 99)
		return -1;
	buf_printf(b, "%s%02zu%s", tag, n, value);
	return 0;
}

int
vietqr_payload(const char *bin, const char *account, long long amount,
    const char *message, char *out, size_t outlen)
{
	struct buf acct = BUF_INIT, org = BUF_INIT, merchant = BUF_INIT, extra = BUF_INIT;
	struct buf b = BUF_INIT;
	char sum[8], money[24];
	const char *p;
	int rc = -1;

	if (outlen)
		out[0] = '\0';
	if (!vietqr_bin_ok(bin) || account == NULL || message == NULL ||
	    amount <= 0 || amount > 9999999999999LL || outlen < VIETQR_MAX + 1)
		return -1;
	for (p = account; *p; p++) {
		if (*p == ' ' || *p == '.' || *p == '-')
			continue;
		if (!((*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= 'a' && *p <= 'z')))
			goto out;
		buf_addc(&acct, *p);
	}
	if (acct.len == 0 || acct.len > VIETQR_ACCOUNT_MAX)
		goto out;
	for (p = message; *p; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e)
			goto out;
	if (strlen(message) > VIETQR_MESSAGE_MAX)
		goto out;
	snprintf(money, sizeof(money), "%lld", amount);
	if (tlv(&org, "00", bin) || tlv(&org, "01", buf_str(&acct)) ||
	    tlv(&merchant, "00", "A000000727") || tlv(&merchant, "01", buf_str(&org)) ||
	    tlv(&merchant, "02", "QRIBFTTA") || tlv(&extra, "08", message))
		goto out;
	buf_adds(&b, "000201010212");
	if (tlv(&b, "38", buf_str(&merchant)) || tlv(&b, "53", "704") ||
	    tlv(&b, "54", money) || tlv(&b, "58", "VN") || tlv(&b, "62", buf_str(&extra)))
		goto out;
	buf_adds(&b, "6304");
	snprintf(sum, sizeof(sum), "%04X", vietqr_crc16(buf_str(&b), b.len));
	buf_adds(&b, sum);
	if (b.len < outlen) {
		memcpy(out, buf_str(&b), b.len + 1);
		rc = 0;
	}
out:
	buf_free(&acct);
	buf_free(&org);
	buf_free(&merchant);
	buf_free(&extra);
	buf_free(&b);
	return rc;
}
