/* Fees and payment: see payment.h. */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/httpc.h"
#include "core/util.h"
#include "domain/audit.h"
#include "domain/calendar.h"
#include "domain/payment.h"
#include "domain/paygw.h"
#include "domain/queue.h"
#include "domain/vietqr.h"
#include "domain/workflow.h"

/* key's value under node n, grouped in thousands ("200.000") */
/* An e-receipt's number as people read it: the number in the agency's
 * year, seven digits, then the year ("0000012/2026"); NULL: none. */
#define RECEIPT_NO_SQL "IF(receipt_seq IS NULL, NULL," \
	" CONCAT(LPAD(receipt_seq, 7, '0'), '/', receipt_year))"
#define RECEIPT_NO_SQL_P "CONCAT(LPAD(p.receipt_seq, 7, '0'), '/', p.receipt_year)"

static void
group(HDF *n, const char *key, const char *from)
{
	char out[40];

	money_group(out, sizeof(out), hdf_get_value(n, from, "0"));
	hdf_set_value(n, key, out);
}

/* The amounts of node p, grouped; none if nothing is owed. */
static void
amounts(HDF *p)
{
	group(p, "fee", "fee_amount");
	group(p, "charge", "fee_charge");
	group(p, "total", "total_raw");
	if (strcmp(hdf_get_value(p, "total_raw", "0"), "0") == 0)
		hdf_set_value(p, "none", "1");
}

int
payment_proc_fee(struct db *db, const char *proc_code, const char *case_key, HDF *hdf,
    const char *prefix)
{
	char key[96];
	HDF *n;
	int rc = db_row(db, hdf, prefix, "SELECT COALESCE(k.fee, c.fee) AS fee_amount,"
	    " COALESCE(k.charge, c.charge) AS fee_charge,"
	    " COALESCE(k.fee, c.fee) + COALESCE(k.charge, c.charge) AS total_raw,"
	    " p.pay_when AS `when` FROM proc p"
	    " JOIN proc_channel c ON c.proc_id = p.id AND c.channel = 'online'"
	    " LEFT JOIN proc_case k ON k.proc_id = p.id AND k.case_key = ?"
	    " WHERE p.code = ?", DB_STR(case_key), DB_STR(proc_code));

	if (rc != 1)
		return rc;
	amounts(hdf_get_obj(hdf, prefix));
	if (case_key)
		return 1;
	/* no case chosen yet: the cases that have a fee of their own */
	snprintf(key, sizeof(key), "%s.Cases", prefix);
	if ((rc = db_rows(db, hdf, key, "SELECT k.name, k.fee + k.charge AS total_raw"
	    " FROM proc_case k JOIN proc p ON p.id = k.proc_id WHERE p.code = ?"
	    " AND k.fee IS NOT NULL ORDER BY k.seq", DB_STR(proc_code))) < 0)
		return rc;
	for (n = hdf_obj_child(hdf_get_obj(hdf, key)); n; n = hdf_obj_next(n))
		group(n, "total", "total_raw");
	return 1;
}

int
payment_open(int status)
{
	return (wf_table[WA_PAY_COUNTER].from & WF_ST(status)) != 0;
}

int
payment_event_add(struct db *db, long long pid, const char *from, const char *to,
    const char *source, long long actor, const char *note, const char *at)
{
	/* nothing reads a payment's history in the transaction that writes
	 * it: sent at its commit, with the others (an import's many) */
	int rc = db_exec_later(db, "INSERT INTO payment_event (payment_id, state_from, state_to,"
	    " source, actor_id, note, at) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, NOW()))",
	    DB_INT(pid), DB_STR(from), DB_STR(to), DB_STR(source),
	    actor ? DB_INT(actor) : DB_NULL, DB_STR(note), DB_STR(at));

	return rc < 0 ? rc : 0;
}

/* The VietQR payload of what node p (payment_info's) still owes, as qr:
 * while the agency still handles the dossier (the statuses a payment is
 * taken in: workflow's WA_PAY_COUNTER) and its account has a BIN; none
 * if a field does not fit the code (vietqr_payload refuses it). */
static void
transfer_qr(HDF *p)
{
	char payload[VIETQR_MAX + 1];
	const char *bin = hdf_get_value(p, "bank_bin", NULL);
	const char *acct = hdf_get_value(p, "bank_account", NULL);

	if (!hdf_get_value(p, "owed", NULL) || bin == NULL || acct == NULL ||
	    !payment_open(hdf_get_int_value(p, "status", 0)))
		return;
	if (vietqr_payload(bin, acct, hdf_ll(p, "total_raw"), hdf_get_value(p, "code", ""),
	    payload, sizeof(payload)) == 0)
		hdf_set_value(p, "qr", payload);
}

int
payment_info(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	HDF *p, *n;
	char key[96];
	int rc;

	/* the agency's published account: a transfer at the counter, or
	 * by VietQR with the bank's BIN */
	rc = db_row(db, hdf, prefix, "SELECT d.code, d.status, d.fee_amount, d.fee_charge,"
	    " d.fee_amount + d.fee_charge AS total_raw, d.pay_when AS `when`,"
	    " d.fee_paid AS paid, d.fee_exempt_reason AS exempt, d.refund_due,"
	    " DATE_FORMAT(d.fee_exempt_at, '%H:%i %d/%m/%Y') AS exempt_at,"
	    " a.bank_account, a.bank_name, a.bank_holder, a.bank_bin, d.refund_bank,"
	    " d.refund_account, d.refund_holder"
	    " FROM dossier d JOIN agency a ON a.id = d.agency_id WHERE d.id = ?", DB_INT(id));
	if (rc <= 0)
		return rc;
	p = hdf_get_obj(hdf, prefix);
	amounts(p);
	if (!hdf_get_value(p, "none", NULL) && !hdf_get_int_value(p, "paid", 0) &&
	    !hdf_get_value(p, "exempt", NULL))
		hdf_set_value(p, "owed", "1");
	transfer_qr(p);
	snprintf(key, sizeof(key), "%s.List", prefix);
	rc = db_rows(db, hdf, key, "SELECT id, method, means, state, amount AS amount_raw,"
	    " owed, receipt_no, reason, DATE_FORMAT(paid_at, '%H:%i %d/%m/%Y') AS paid_at,"
	    " " RECEIPT_NO_SQL " AS ereceipt, DATE_FORMAT(refund_on, '%d/%m/%Y') AS refund_on,"
	    " refund_ref FROM payment WHERE dossier_id = ? ORDER BY id", DB_INT(id));
	if (rc < 0)
		return rc;
	for (n = hdf_obj_child(hdf_get_obj(hdf, key)); n; n = hdf_obj_next(n))
		group(n, "amount", "amount_raw");
	return 1;
}

int
payment_exemptions(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	return db_rows(db, hdf, prefix, "SELECT t.text FROM proc_text t"
	    " JOIN proc p ON p.id = t.proc_id JOIN dossier d ON d.proc_code = p.code"
	    " WHERE d.id = ? AND t.kind = 'fee_exemption' ORDER BY t.seq", DB_INT(id));
}

/* --- e-receipts and refunds ----------------------------------------------------- */

int
payment_receipt_take(struct db *db, long long agency_id, long long at, int *year,
    long long *seq)
{
	struct db_txmemo *memo = db_txmemo(db, DB_MEMO_RECEIPT);
	int m, d, rc;

	cal_civil(cal_day_of(at), year, &m, &d);
	/* The transaction that took a number of the agency's year holds its
	 * row's lock to its end: the next number is the one it remembers
	 * plus one, written with the commit (an import's many payments: no
	 * statement each). Only the first counter a transaction takes is
	 * remembered; another's row is read each time. */
	if (memo && memo->valid && memo->key[0] == agency_id && memo->key[1] == *year) {
		*seq = ++memo->n;
		rc = db_exec_later(db, "UPDATE receipt_seq SET last = GREATEST(last, ?)"
		    " WHERE agency_id = ? AND year = ?", DB_INT(*seq), DB_INT(agency_id),
		    DB_INT(*year));
		return rc < 0 ? rc : 0;
	}
	/* one statement: the upsert locks the agency's row of the year until
	 * the caller's transaction ends (numbers are handed out one at a
	 * time, and a payment rolled back gives its number back), and
	 * LAST_INSERT_ID(n) hands n back to this connection */
	rc = db_exec(db, "INSERT INTO receipt_seq (agency_id, year, last) VALUES (?, ?,"
	    " LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE last = LAST_INSERT_ID(last + 1)",
	    DB_INT(agency_id), DB_INT(*year));
	if (rc < 0)
		return rc;
	*seq = db_insert_id(db);
	if (*seq <= 0)
		return DB_ERR;
	if (memo && !memo->valid) {
		memo->valid = 1;
		memo->key[0] = agency_id;
		memo->key[1] = *year;
		memo->n = *seq;
	}
	return 0;
}

int
payment_receipt(struct db *db, long long dossier_id, long long pid, HDF *hdf,
    const char *prefix)
{
	int rc = db_row(db, hdf, prefix, "SELECT p.id, p.method, p.means, p.state,"
	    " p.amount AS amount_raw, p.owed, p.receipt_no, p.gateway_txn,"
	    " DATE_FORMAT(p.paid_at, '%H:%i %d/%m/%Y') AS paid_at, p.receipt_year,"
	    " " RECEIPT_NO_SQL_P " AS ereceipt, DATE_FORMAT(p.refund_on, '%d/%m/%Y') AS refund_on,"
	    " p.refund_ref, d.code, d.proc_code, d.proc_name, d.applicant_name,"
	    " d.fee_amount, d.fee_charge, a.code AS agency_code, a.name AS agency_name,"
	    " a.address AS agency_address FROM payment p JOIN dossier d ON d.id = p.dossier_id"
	    " JOIN agency a ON a.id = p.agency_id WHERE p.id = ? AND (? = 0 OR p.dossier_id = ?)"
	    " AND p.receipt_seq IS NOT NULL", DB_INT(pid), DB_INT(dossier_id), DB_INT(dossier_id));
	HDF *p;

	if (rc != 1)
		return rc;
	p = hdf_get_obj(hdf, prefix);
	group(p, "amount", "amount_raw");
	group(p, "fee", "fee_amount");
	group(p, "charge", "fee_charge");
	return 1;
}

int
payment_refund_account(struct db *db, long long id, const char *bank,
    const char *account, const char *holder)
{
	long long due = 0;
	int rc;

	/* under the dossier's lock: still owed back */
	rc = db_int(db, &due, "SELECT refund_due FROM dossier WHERE id = ? FOR UPDATE",
	    DB_INT(id));
	if (rc < 0 || due != 1)
		return rc < 0 ? rc : 0;
	rc = db_exec(db, "UPDATE dossier SET refund_bank = ?, refund_account = ?,"
	    " refund_holder = ? WHERE id = ?", DB_STR(bank), DB_STR(account), DB_STR(holder),
	    DB_INT(id));
	return rc < 0 ? rc : 1;
}

/* --- the agency's ledger --------------------------------------------------------- */

/* The payments received (paid, refunded since) between from and to, and
 * the refunds made, one row each, in the order they were recorded: kind ("in", "out"), day,
 * method, means, amount, code, applicant, e-receipt, reference. */
#define LEDGER_SQL \
	"SELECT 'in' AS kind, DATE_FORMAT(p.paid_at, '%d/%m/%Y %H:%i') AS day, p.paid_at AS at," \
	" p.method, p.means, p.amount, d.code, d.applicant_name AS applicant," \
	" " RECEIPT_NO_SQL_P " AS ereceipt, COALESCE(p.gateway_txn, p.receipt_no) AS ref," \
	" NULL AS account FROM payment p JOIN dossier d ON d.id = p.dossier_id" \
	" WHERE p.agency_id = ? AND p.state IN ('paid', 'refunded')" \
	" AND p.paid_at >= ? AND p.paid_at < ? + INTERVAL 1 DAY" \
	" UNION ALL SELECT 'out', DATE_FORMAT(p.refund_on, '%d/%m/%Y'), p.refunded_at, p.method," \
	" p.means, p.amount, d.code, d.applicant_name," \
	" " RECEIPT_NO_SQL_P ", p.refund_ref," \
	" CONCAT_WS(' ', d.refund_account, d.refund_bank, d.refund_holder)" \
	" FROM payment p JOIN dossier d ON d.id = p.dossier_id" \
	" WHERE p.agency_id = ? AND p.state = 'refunded' AND p.refund_on BETWEEN ? AND ?" \
	" ORDER BY at, code"

/* hdf's key: |v| in đồng, grouped ("1.200.000") */
static void
set_money(HDF *hdf, const char *key, long long v)
{
	char raw[32], out[40];

	snprintf(raw, sizeof(raw), "%lld", v < 0 ? -v : v);
	money_group(out, sizeof(out), raw);
	hdf_set_value(hdf, key, out);
}

/* the ledger's rows of agency_id between from and to into h.L */
static int
ledger_rows(struct db *db, long long agency_id, const char *from, const char *to, HDF *h)
{
	return db_rows(db, h, "L", LEDGER_SQL, DB_INT(agency_id), DB_STR(from), DB_STR(to),
	    DB_INT(agency_id), DB_STR(from), DB_STR(to));
}

int
payment_ledger(struct db *db, long long agency_id, const char *from, const char *to,
    HDF *hdf, const char *prefix)
{
	long long in[3] = { 0, 0, 0 }, n_in[3] = { 0, 0, 0 }, out = 0, n_out = 0;
	static const char *const methods[] = { "counter", "gateway", "transfer" };
	char key[128];
	HDF *h, *r;
	int rc, i;

	if (hdf_init(&h))
		abort();
	rc = ledger_rows(db, agency_id, from, to, h);
	for (r = hdf_obj_child(hdf_get_obj(h, "L")); rc >= 0 && r; r = hdf_obj_next(r)) {
		long long a = hdf_ll(r, "amount");

		if (strcmp(hdf_get_value(r, "kind", ""), "out") == 0) {
			out += a;
			n_out++;
			continue;
		}
		for (i = 0; i < 3; i++)
			if (strcmp(hdf_get_value(r, "method", ""), methods[i]) == 0) {
				in[i] += a;
				n_in[i]++;
			}
	}
	if (rc >= 0) {
		for (i = 0; i < 3; i++) {
			snprintf(key, sizeof(key), "%s.In.%s.n", prefix, methods[i]);
			hdf_set_int_value(hdf, key, (int)n_in[i]);
			snprintf(key, sizeof(key), "%s.In.%s.amount", prefix, methods[i]);
			set_money(hdf, key, in[i]);
		}
		snprintf(key, sizeof(key), "%s.Out.n", prefix);
		hdf_set_int_value(hdf, key, (int)n_out);
		snprintf(key, sizeof(key), "%s.Out.amount", prefix);
		set_money(hdf, key, out);
		snprintf(key, sizeof(key), "%s.In.total", prefix);
		set_money(hdf, key, in[0] + in[1] + in[2]);
		snprintf(key, sizeof(key), "%s.Net", prefix);
		set_money(hdf, key, in[0] + in[1] + in[2] - out);
		if (in[0] + in[1] + in[2] < out) {
			snprintf(key, sizeof(key), "%s.NetNegative", prefix);
			hdf_set_value(hdf, key, "1");
		}
		/* the refunds, listed on the page (the ledger of refunds) */
		i = 0;
		for (r = hdf_obj_child(hdf_get_obj(h, "L")); r; r = hdf_obj_next(r)) {
			if (strcmp(hdf_get_value(r, "kind", ""), "out") != 0)
				continue;
			snprintf(key, sizeof(key), "%s.Refunds.%d", prefix, i++);
			hdf_copy(hdf, key, r);
			group(hdf_get_obj(hdf, key), "amount_grouped", "amount");
		}
	}
	hdf_destroy(&h);
	return rc < 0 ? rc : 0;
}

int
payment_ledger_csv(struct db *db, long long agency_id, const char *from, const char *to,
    HDF *lang, struct buf *out)
{
	static const char *const cols[] = { "kind", "day", "code", "applicant", "method",
	    "means", "amount", "ereceipt", "ref", "account", NULL };
	char key[96];
	HDF *h, *r;
	int n, i;

	if (hdf_init(&h))
		abort();
	n = ledger_rows(db, agency_id, from, to, h);
	if (n < 0) {
		hdf_destroy(&h);
		return n;
	}
	buf_adds(out, "\xEF\xBB\xBF");
	for (i = 0; cols[i]; i++) {
		snprintf(key, sizeof(key), "Pay.Csv.%s", cols[i]);
		if (i)
			buf_addc(out, ',');
		queue_csv_cell(out, hdf_get_value(lang, key, cols[i]));
	}
	buf_adds(out, "\r\n");
	for (r = hdf_obj_child(hdf_get_obj(h, "L")); r; r = hdf_obj_next(r)) {
		for (i = 0; cols[i]; i++) {
			const char *v = hdf_get_value(r, cols[i], "");

			if (i)
				buf_addc(out, ',');
			/* words, never the codes: the kind, method and means
			 * as the language file says them */
			if (strcmp(cols[i], "kind") == 0 || strcmp(cols[i], "method") == 0 ||
			    strcmp(cols[i], "means") == 0) {
				snprintf(key, sizeof(key), "Pay.%s.%s", strcmp(cols[i], "kind") == 0 ?
				    "Kind" : strcmp(cols[i], "method") == 0 ? "Method" : "Means", v);
				v = *v ? hdf_get_value(lang, key, "") : "";
			}
			queue_csv_cell(out, v);
		}
		buf_adds(out, "\r\n");
	}
	hdf_destroy(&h);
	return n;
}

/* --- online ---------------------------------------------------------------------- */

/* The merchant's secret, read once per process (payment_start); never
 * written anywhere. */
static unsigned char gw_secret[128];
static size_t gw_secret_len;
static const struct pg_driver *gw_driver;

int
payment_start(const struct config *cfg, char *err, size_t errlen)
{
	const char *name = cfg_str(cfg, "Payment.Gateway.Driver");
	const char *path = cfg_str(cfg, "Payment.Gateway.SecretFile");
	struct stat st;
	ssize_t n;
	int fd;

	if (*name == '\0')
		return 0;	/* online payment not offered */
	if ((gw_driver = pg_driver(name)) == NULL) {
		snprintf(err, errlen, "khóa Payment.Gateway.Driver: \"%s\" không phải"
		    " platform hay sandbox", name);
		return -1;
	}
	if (*cfg_str(cfg, "Payment.Gateway.Merchant") == '\0') {
		snprintf(err, errlen, "khóa Payment.Gateway.Merchant: cần mã đơn vị"
		    " chấp nhận thanh toán");
		return -1;
	}
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0 || fstat(fd, &st) < 0 ||
	    !S_ISREG(st.st_mode) || (st.st_mode & S_IROTH)) {
		snprintf(err, errlen, "khóa Payment.Gateway.SecretFile: %s phải là tệp"
		    " thường mà người khác không đọc được (chmod 600)", path);
		if (fd >= 0)
			close(fd);
		return -1;
	}
	n = read(fd, gw_secret, sizeof(gw_secret));
	close(fd);
	while (n > 0 && (gw_secret[n - 1] == '\n' || gw_secret[n - 1] == '\r'))
		n--;
	if (n < 16) {
		snprintf(err, errlen, "khóa Payment.Gateway.SecretFile: %s phải chứa"
		    " khóa bí mật của cổng thanh toán (ít nhất 16 byte)", path);
		OPENSSL_cleanse(gw_secret, sizeof(gw_secret));
		return -1;
	}
	gw_secret_len = (size_t)n;
	return 0;
}

int
payment_online(void)
{
	return gw_driver != NULL && gw_secret_len > 0;
}

/* "yyyyMMddHHmmss" of t (Vietnam local seconds) */
static void
gw_time(long long t, char out[15])
{
	char iso[24];
	size_t i, o = 0;

	cal_format_iso(t, iso, sizeof(iso));
	for (i = 0; iso[i] && o < 14; i++)
		if (iso[i] >= '0' && iso[i] <= '9')
			out[o++] = iso[i];
	out[o] = '\0';
}

int
payment_online_start(struct db *db, const struct config *cfg, long long id,
    long long actor, const char *client_ip, struct buf *url)
{
	struct pg_msg *m;
	struct buf base = BUF_INIT, ret = BUF_INIT;
	char ref[24], amount[32], created[24];
	long long owed, pid;
	HDF *h;
	int rc;

	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "D", "SELECT code, agency_id, status, fee_amount + fee_charge"
	    " AS owed, fee_paid, fee_exempt_reason IS NOT NULL AS exempt FROM dossier"
	    " WHERE id = ? FOR UPDATE", DB_INT(id));
	owed = hdf_ll(h, "D.owed");
	if (rc == 1 && (owed <= 0 || hdf_get_int_value(h, "D.fee_paid", 0) ||
	    hdf_get_int_value(h, "D.exempt", 0) ||
	    !payment_open(hdf_get_int_value(h, "D.status", 0))))
		rc = 0;
	if (rc <= 0 || !payment_online()) {
		hdf_destroy(&h);
		return rc < 0 ? rc : PAY_NOTHING_OWED;
	}
	rc = db_exec(db, "INSERT INTO payment (dossier_id, agency_id, method, state, amount,"
	    " owed, created_by, created_at) VALUES (?, ?, 'gateway', 'started', ?, ?, ?, NOW())",
	    DB_INT(id), DB_INT(hdf_ll(h, "D.agency_id")), DB_INT(owed), DB_INT(owed),
	    DB_INT(actor));
	pid = db_insert_id(db);
	/* the order reference: the payment's own number, unique */
	snprintf(ref, sizeof(ref), "DVC%lld", pid);
	if (rc >= 0)
		rc = db_exec(db, "UPDATE payment SET order_ref = ? WHERE id = ?", DB_STR(ref),
		    DB_INT(pid));
	if (rc >= 0)
		rc = payment_event_add(db, pid, NULL, "started", "citizen", actor, NULL, NULL);
	if (rc < 0) {
		hdf_destroy(&h);
		return rc;
	}
	m = xcalloc(1, sizeof(*m));
	buf_printf(&base, "%s%s", cfg_str(cfg, "Site.BaseURL"), cfg_str(cfg, "Site.BasePath"));
	buf_printf(&ret, "%s/thanh-toan/ho-so/%s/ket-qua", buf_str(&base),
	    hdf_get_value(h, "D.code", ""));
	snprintf(amount, sizeof(amount), "%lld", owed * 100);
	gw_time(cal_now(), created);	/* the gateways' time: Vietnam's */
	pg_add(m, "vnp_Version", "2.1.0");
	pg_add(m, "vnp_Command", "pay");
	pg_add(m, "vnp_TmnCode", cfg_str(cfg, "Payment.Gateway.Merchant"));
	pg_add(m, "vnp_Amount", amount);
	pg_add(m, "vnp_CurrCode", "VND");
	pg_add(m, "vnp_TxnRef", ref);
	{
		/* plain ASCII: what every gateway's page shows */
		char info[96];

		snprintf(info, sizeof(info), "Nop phi le phi ho so %s", hdf_get_value(h, "D.code", ""));
		pg_add(m, "vnp_OrderInfo", info);
	}
	pg_add(m, "vnp_OrderType", "other");
	pg_add(m, "vnp_Locale", "vn");
	pg_add(m, "vnp_ReturnUrl", buf_str(&ret));
	pg_add(m, "vnp_IpAddr", client_ip ? client_ip : "127.0.0.1");
	pg_add(m, "vnp_CreateDate", created);
	{
		struct buf pay = BUF_INIT;

		gw_driver->pay_url(cfg_str(cfg, "Payment.Gateway.Url"), buf_str(&base), &pay);
		buf_printf(url, "%s?", buf_str(&pay));
		buf_free(&pay);
	}
	pg_signed_query(m, gw_secret, gw_secret_len, url);
	free(m);
	buf_free(&base);
	buf_free(&ret);
	hdf_destroy(&h);
	return PAY_STARTED;
}

int
payment_gateway_up(const struct config *cfg)
{
	struct buf base = BUF_INIT, url = BUF_INIT;
	char err[256];
	int status;

	if (!payment_online())
		return 0;
	buf_printf(&base, "%s%s", cfg_str(cfg, "Site.BaseURL"), cfg_str(cfg, "Site.BasePath"));
	gw_driver->pay_url(cfg_str(cfg, "Payment.Gateway.Url"), buf_str(&base), &url);
	/* its page without an order: a gateway answers (refusing it); a
	 * gateway down does not, or its proxy says 5xx */
	status = httpc("GET", buf_str(&url), NULL, NULL, 0, 3, NULL, err, sizeof(err));
	buf_free(&base);
	buf_free(&url);
	return status > 0 && status < 500;
}

const char *
payment_notify_code(enum pay_notify r)
{
	switch (r) {
	case PN_PAID:
	case PN_RECORDED:
		return "00";
	case PN_ALREADY:
		return "02";
	case PN_BAD_SIGNATURE:
		return "97";
	case PN_UNKNOWN_ORDER:
		return "01";
	case PN_BAD_AMOUNT:
		return "04";
	case PN_MALFORMED:
	case PN_BAD_MERCHANT:
	case PN_BAD_CURRENCY:
		break;
	}
	return "99";
}

static const char *const why_names[] = {
	[PN_PAID] = "paid", [PN_RECORDED] = "recorded", [PN_ALREADY] = "already settled",
	[PN_BAD_SIGNATURE] = "bad signature", [PN_MALFORMED] = "malformed",
	[PN_UNKNOWN_ORDER] = "unknown order", [PN_BAD_AMOUNT] = "amount differs",
	[PN_BAD_MERCHANT] = "another merchant", [PN_BAD_CURRENCY] = "not VND",
};

struct notify {
	const struct config *cfg;
	const struct pg_notice *nt;
	const char *ip;
	enum pay_notify out;
	long long payment_id, dossier_id, owner_id, agency_id;
};

/* the audit record of a notification: refused, or the payment */
static int
notify_audit(struct db *db, const struct config *cfg, const char *action,
    const struct notify *n, const char *ref, const char *why)
{
	struct audit_event ev;
	char detail[160];

	snprintf(detail, sizeof(detail), "%s %s", ref ? ref : "-", why);
	memset(&ev, 0, sizeof(ev));
	ev.actor_kind = "gateway";
	ev.action = action;
	ev.object_type = n && n->dossier_id ? "dossier" : "payment";
	ev.object_id = n ? (n->dossier_id ? n->dossier_id : n->payment_id) : 0;
	ev.owner_id = n ? n->owner_id : 0;
	ev.agency_id = n ? n->agency_id : 0;
	ev.client_ip = n ? n->ip : NULL;
	ev.detail = detail;
	return audit_write(db, cfg, &ev);
}

static int
notify_tx(struct db *db, void *ctx)
{
	struct notify *n = ctx;
	const struct pg_notice *nt = n->nt;
	const char *state, *to;
	long long seq = 0;
	int year = 0;
	HDF *h;
	int rc;

	n->payment_id = n->dossier_id = n->owner_id = n->agency_id = 0;
	if (hdf_init(&h))
		abort();
	/* the payment's lock orders every notification of the order, then
	 * the dossier's (the order of every other writer of both) */
	rc = db_row(db, h, "P", "SELECT p.id, p.dossier_id, p.state, p.amount, d.owner_id,"
	    " d.agency_id, d.status, d.code FROM payment p JOIN dossier d ON d.id = p.dossier_id"
	    " WHERE p.order_ref = ? AND p.method = 'gateway' FOR UPDATE", DB_STR(nt->ref));
	if (rc < 0)
		goto out;
	if (rc == 0) {
		n->out = PN_UNKNOWN_ORDER;
		goto refused;
	}
	n->payment_id = hdf_ll(h, "P.id");
	n->dossier_id = hdf_ll(h, "P.dossier_id");
	n->owner_id = hdf_ll(h, "P.owner_id");
	n->agency_id = hdf_ll(h, "P.agency_id");
	state = hdf_get_value(h, "P.state", "");
	if (hdf_ll(h, "P.amount") != nt->amount) {
		n->out = PN_BAD_AMOUNT;
		goto refused;
	}
	to = nt->success ? "paid" : nt->cancelled ? "cancelled" : "failed";
	/* paid is final here (a refund is its own record); a failure that
	 * comes again, or late, changes nothing either */
	if (strcmp(state, "paid") == 0 || strcmp(state, "refunded") == 0 ||
	    strcmp(state, to) == 0) {
		n->out = PN_ALREADY;
		goto refused;
	}
	/* paid: its e-receipt's number, in the same write */
	if (nt->success && (rc = payment_receipt_take(db, n->agency_id, cal_now(), &year,
	    &seq)) < 0)
		goto out;
	rc = db_exec(db, "UPDATE payment SET state = ?, gateway_txn = ?, receipt_no = ?,"
	    " paid_at = IF(? = 'paid', NOW(), NULL), receipt_year = ?, receipt_seq = ?"
	    " WHERE id = ?", DB_STR(to), DB_STR(nt->txn[0] ? nt->txn : NULL),
	    DB_STR(nt->txn[0] ? nt->txn : NULL), DB_STR(to), nt->success ? DB_INT(year) : DB_NULL,
	    nt->success ? DB_INT(seq) : DB_NULL, DB_INT(n->payment_id));
	if (rc >= 0)
		rc = payment_event_add(db, n->payment_id, state, to, "gateway", 0, nt->response,
		    NULL);
	if (rc < 0 || !nt->success) {
		n->out = PN_RECORDED;
		goto out;
	}
	/* the dossier's fee paid: its row, history and audit record; paid
	 * after the agency refused or stopped it (the gateway was late), it
	 * is owed back (Article 8.2) */
	rc = db_exec(db, "UPDATE dossier SET fee_paid = 1, refund_due = IF(status IN (3, 8),"
	    " 1, refund_due), version = version + 1, updated_at = NOW() WHERE id = ?",
	    DB_INT(n->dossier_id));
	if (rc >= 0)
		rc = db_exec(db, "INSERT INTO dossier_event (dossier_id, action, status_from,"
		    " status_to, actor_id, actor_role, agency_id) VALUES (?, 'pay_online', ?, ?,"
		    " NULL, 'gateway', ?)", DB_INT(n->dossier_id),
		    DB_INT(hdf_get_int_value(h, "P.status", 0)),
		    DB_INT(hdf_get_int_value(h, "P.status", 0)), DB_INT(n->agency_id));
	if (rc >= 0)
		rc = notify_audit(db, n->cfg, "dossier.pay_online", n, nt->ref, nt->txn);
	n->out = PN_PAID;
	goto out;
refused:
	rc = notify_audit(db, n->cfg, "payment.refused", n, nt->ref, why_names[n->out]);
out:
	hdf_destroy(&h);
	return rc < 0 ? rc : 0;
}

int
payment_notify(struct db *db, const struct config *cfg, const char *query,
    size_t len, const char *ip, enum pay_notify *out)
{
	struct pg_msg *m = xcalloc(1, sizeof(*m));
	struct pg_notice nt;
	struct notify n;
	int rc = 0;

	memset(&n, 0, sizeof(n));
	n.cfg = cfg;
	n.ip = ip;
	n.nt = &nt;
	if (!payment_online() || pg_parse(query, len, m) != PG_OK)
		n.out = PN_MALFORMED;
	else if (pg_verify(m, gw_secret, gw_secret_len) != PG_OK)
		n.out = PN_BAD_SIGNATURE;
	else if (pg_notice_read(m, &nt) != PG_OK)
		n.out = PN_MALFORMED;
	else if (strcmp(nt.merchant, cfg_str(cfg, "Payment.Gateway.Merchant")) != 0)
		n.out = PN_BAD_MERCHANT;
	else if (strcmp(nt.currency, "VND") != 0)
		n.out = PN_BAD_CURRENCY;
	else {
		rc = db_tx(db, notify_tx, &n);
		free(m);
		*out = n.out;
		return rc;
	}
	/* refused before any order was looked at: on record, with the
	 * reference if one could be read */
	rc = notify_audit(db, cfg, "payment.refused", &n, n.out == PN_MALFORMED ||
	    n.out == PN_BAD_SIGNATURE ? pg_get(m, "vnp_TxnRef") : nt.ref, why_names[n.out]);
	free(m);
	*out = n.out;
	return rc < 0 ? rc : 0;
}

int
payment_verify(const struct pg_msg *m)
{
	return payment_online() ? (int)pg_verify(m, gw_secret, gw_secret_len) :
	    PG_BAD_SIGNATURE;
}

void
payment_sign_query(const struct pg_msg *m, struct buf *out)
{
	pg_signed_query(m, gw_secret, gw_secret_len, out);
}

int
payment_sign_fields(struct pg_msg *m, int kind)
{
	return pg_sign_fields(m, (enum pg_signed)kind, gw_secret, gw_secret_len);
}

int
payment_verify_fields(const struct pg_msg *m, int kind)
{
	return payment_online() ? (int)pg_verify_fields(m, (enum pg_signed)kind, gw_secret,
	    gw_secret_len) : PG_BAD_SIGNATURE;
}

/* --- reconciliation: the status query of payments left pending ------------------- */

/* The gateway's answer about payment (ref, amount) into *nt: PG_OK (a
 * verified answer about that order), or why not, into why. */
static int
ask_gateway(const struct config *cfg, const char *ref, long long created, struct pg_notice *nt,
    int *found, const char **why, char *err, size_t errlen)
{
	struct pg_msg *q = xcalloc(1, sizeof(*q)), *a = xcalloc(1, sizeof(*a));
	struct buf url = BUF_INIT, base = BUF_INIT, body = BUF_INIT, ans = BUF_INIT;
	unsigned char rnd[16];
	char rid[33], tdate[15], cdate[15], info[96];
	int status, rc = -1;

	random_bytes(rnd, sizeof(rnd));
	hex_encode(rnd, sizeof(rnd), rid);
	gw_time(created, tdate);
	gw_time(cal_now(), cdate);
	snprintf(info, sizeof(info), "Truy van giao dich %s", ref);
	pg_add(q, "vnp_RequestId", rid);
	pg_add(q, "vnp_Version", "2.1.0");
	pg_add(q, "vnp_Command", "querydr");
	pg_add(q, "vnp_TmnCode", cfg_str(cfg, "Payment.Gateway.Merchant"));
	pg_add(q, "vnp_TxnRef", ref);
	pg_add(q, "vnp_TransactionDate", tdate);
	pg_add(q, "vnp_CreateDate", cdate);
	pg_add(q, "vnp_IpAddr", "127.0.0.1");
	pg_add(q, "vnp_OrderInfo", info);
	pg_sign_fields(q, PG_SIGNED_QUERY, gw_secret, gw_secret_len);
	pg_to_json(q, &body);
	buf_printf(&base, "%s%s", cfg_str(cfg, "Site.BaseURL"), cfg_str(cfg, "Site.BasePath"));
	gw_driver->query_url(cfg_str(cfg, "Payment.Gateway.QueryUrl"), buf_str(&base), &url);
	status = httpc("POST", buf_str(&url), "application/json", buf_str(&body), body.len,
	    cfg_int(cfg, "Payment.Gateway.Timeout"), &ans, err, errlen);
	*why = NULL;
	if (status < 0)
		goto out;	/* unreachable: err says why */
	if (status != 200) {
		snprintf(err, errlen, "cổng thanh toán trả lời HTTP %d", status);
		goto out;
	}
	if (pg_from_json(buf_str(&ans), ans.len, a) != PG_OK) {
		*why = "malformed answer";
		goto out;
	}
	if (pg_verify_fields(a, PG_SIGNED_ANSWER, gw_secret, gw_secret_len) != PG_OK) {
		*why = "bad signature (answer)";
		goto out;
	}
	if (!pg_get(a, "vnp_TxnRef") || strcmp(pg_get(a, "vnp_TxnRef"), ref) != 0 ||
	    !pg_get(a, "vnp_TmnCode") ||
	    strcmp(pg_get(a, "vnp_TmnCode"), cfg_str(cfg, "Payment.Gateway.Merchant")) != 0) {
		*why = "answer about another order";
		goto out;
	}
	/* 91: no such transaction at the gateway (never paid there) */
	if (pg_get(a, "vnp_ResponseCode") && strcmp(pg_get(a, "vnp_ResponseCode"), "91") == 0) {
		*found = 0;
		rc = 0;
		goto out;
	}
	if (pg_notice_read(a, nt) != PG_OK) {
		*why = "malformed answer";
		goto out;
	}
	*found = 1;
	rc = 0;
out:
	free(q);
	free(a);
	buf_free(&url);
	buf_free(&base);
	buf_free(&body);
	buf_free(&ans);
	return rc;
}

struct abandon {
	long long id;
	int done;
};

/* a payment the gateway does not know, past Payment.Gateway.AbandonHours:
 * cancelled, if it is still waiting */
static int
abandon_tx(struct db *db, void *ctx)
{
	struct abandon *x = ctx;
	int rc = db_exec(db, "UPDATE payment SET state = 'cancelled' WHERE id = ?"
	    " AND state IN ('started', 'pending')", DB_INT(x->id));

	if (rc <= 0)
		return rc;
	rc = payment_event_add(db, x->id, "started", "cancelled", "gateway", 0, "91", NULL);
	x->done = rc >= 0;
	return rc < 0 ? rc : 0;	/* 0 commits */
}

int
payment_reconcile(struct db *db, const struct config *cfg, int older_min, HDF *hdf,
    const char *prefix, struct pay_reconcile *sum)
{
	HDF *h, *r;
	char key[96], err[256];
	int rc, i = 0;

	memset(sum, 0, sizeof(*sum));
	if (!payment_online())
		return 0;
	if (hdf_init(&h))
		abort();
	rc = db_rows(db, h, "P", "SELECT id, order_ref, amount, created_at,"
	    " created_at <= NOW() - INTERVAL ? HOUR AS old FROM payment WHERE method = 'gateway'"
	    " AND state IN ('started', 'pending') AND created_at <= NOW() - INTERVAL ? MINUTE"
	    " ORDER BY id LIMIT 1000", DB_INT(cfg_int(cfg, "Payment.Gateway.AbandonHours")),
	    DB_INT(older_min));
	for (r = hdf_obj_child(hdf_get_obj(h, "P")); rc >= 0 && r; r = hdf_obj_next(r)) {
		const char *ref = hdf_get_value(r, "order_ref", ""), *why = NULL, *what;
		struct pg_notice nt;
		struct notify n;
		int found = 0;

		memset(&nt, 0, sizeof(nt));
		err[0] = '\0';
		sum->asked++;
		if (ask_gateway(cfg, ref, cal_hdf_time(r, "created_at"), &nt, &found, &why,
		    err, sizeof(err)) != 0) {
			if (why) {
				/* a bad answer is refused like a bad notification */
				memset(&n, 0, sizeof(n));
				n.payment_id = hdf_ll(r, "id");
				if ((rc = notify_audit(db, cfg, "payment.refused", &n, ref, why)) < 0)
					break;
				what = "refused";
				sum->refused++;
			} else {
				what = "unreachable";
				sum->unreachable++;
			}
		} else if (!found) {
			struct abandon x = { hdf_ll(r, "id"), 0 };

			if (hdf_get_int_value(r, "old", 0) && (rc = db_tx(db, abandon_tx, &x)) < 0)
				break;
			what = x.done ? "abandoned" : "unknown";
			if (x.done)
				sum->cancelled++;
			else
				sum->waiting++;
		} else if (strcmp(nt.status, "01") == 0) {
			what = "waiting";	/* not finished at the gateway */
			sum->waiting++;
		} else {
			/* what the gateway says, applied as its notification is */
			memset(&n, 0, sizeof(n));
			n.cfg = cfg;
			n.nt = &nt;
			n.ip = NULL;
			if ((rc = db_tx(db, notify_tx, &n)) != 0)
				break;
			what = n.out == PN_PAID ? "paid" : n.out == PN_RECORDED ?
			    (nt.cancelled ? "cancelled" : "failed") : "refused";
			if (n.out == PN_PAID)
				sum->paid++;
			else if (n.out == PN_RECORDED)
				sum->failed++;
			else
				sum->refused++;
		}
		snprintf(key, sizeof(key), "%s.%d.ref", prefix, i);
		hdf_set_value(hdf, key, ref);
		snprintf(key, sizeof(key), "%s.%d.what", prefix, i);
		hdf_set_value(hdf, key, what);
		if (err[0]) {
			snprintf(key, sizeof(key), "%s.%d.why", prefix, i);
			hdf_set_value(hdf, key, err);
		}
		i++;
	}
	hdf_destroy(&h);
	return rc < 0 ? rc : sum->asked;
}
