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
#include "core/util.h"
#include "domain/audit.h"
#include "domain/calendar.h"
#include "domain/payment.h"
#include "domain/paygw.h"
#include "domain/vietqr.h"
#include "domain/workflow.h"

/* key's value under node n, grouped in thousands ("200.000") */
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
payment_proc_fee(struct db *db, const char *proc_code, HDF *hdf, const char *prefix)
{
	int rc = db_row(db, hdf, prefix, "SELECT c.fee AS fee_amount, c.charge AS fee_charge,"
	    " c.fee + c.charge AS total_raw, p.pay_when AS `when` FROM proc p"
	    " JOIN proc_channel c ON c.proc_id = p.id AND c.channel = 'online'"
	    " WHERE p.code = ?", DB_STR(proc_code));

	if (rc == 1)
		amounts(hdf_get_obj(hdf, prefix));
	return rc;
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
	    !(wf_table[WA_PAY_COUNTER].from & WF_ST(hdf_get_int_value(p, "status", 0))))
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
	    " d.fee_paid AS paid, d.fee_exempt_reason AS exempt,"
	    " DATE_FORMAT(d.fee_exempt_at, '%H:%i %d/%m/%Y') AS exempt_at,"
	    " a.bank_account, a.bank_name, a.bank_holder, a.bank_bin"
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
	    " owed, receipt_no, reason, DATE_FORMAT(paid_at, '%H:%i %d/%m/%Y') AS paid_at"
	    " FROM payment WHERE dossier_id = ? ORDER BY id", DB_INT(id));
	if (rc < 0)
		return rc;
	for (n = hdf_obj_child(hdf_get_obj(hdf, key)); n; n = hdf_obj_next(n))
		group(n, "amount", "amount_raw");
	return 1;
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

int
payment_online_start(struct db *db, const struct config *cfg, long long id,
    long long actor, const char *client_ip, struct buf *url)
{
	static const char *const open_statuses = "1 2 4 5 9";
	struct pg_msg *m;
	struct buf base = BUF_INIT, ret = BUF_INIT;
	char ref[24], amount[32], created[24], st[4];
	long long owed, pid;
	HDF *h;
	int rc;

	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "D", "SELECT code, agency_id, status, fee_amount + fee_charge"
	    " AS owed, fee_paid, fee_exempt_reason IS NOT NULL AS exempt FROM dossier"
	    " WHERE id = ? FOR UPDATE", DB_INT(id));
	owed = hdf_ll(h, "D.owed");
	snprintf(st, sizeof(st), "%d", hdf_get_int_value(h, "D.status", 0));
	if (rc == 1 && (owed <= 0 || hdf_get_int_value(h, "D.fee_paid", 0) ||
	    hdf_get_int_value(h, "D.exempt", 0) || !strstr(open_statuses, st)))
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
		rc = db_exec(db, "INSERT INTO payment_event (payment_id, state_from, state_to,"
		    " source, actor_id) VALUES (?, NULL, 'started', 'citizen', ?)", DB_INT(pid),
		    DB_INT(actor));
	if (rc < 0) {
		hdf_destroy(&h);
		return rc;
	}
	m = xcalloc(1, sizeof(*m));
	buf_printf(&base, "%s%s", cfg_str(cfg, "Site.BaseURL"), cfg_str(cfg, "Site.BasePath"));
	buf_printf(&ret, "%s/thanh-toan/ho-so/%s/ket-qua", buf_str(&base),
	    hdf_get_value(h, "D.code", ""));
	snprintf(amount, sizeof(amount), "%lld", owed * 100);
	{
		/* the gateways' yyyyMMddHHmmss, Vietnam time */
		char iso[24];
		size_t i, o = 0;

		cal_format_iso(cal_now(), iso, sizeof(iso));
		for (i = 0; iso[i] && o < 14; i++)
			if (iso[i] >= '0' && iso[i] <= '9')
				created[o++] = iso[i];
		created[o] = '\0';
	}
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
	rc = db_exec(db, "UPDATE payment SET state = ?, gateway_txn = ?, receipt_no = ?,"
	    " paid_at = IF(? = 'paid', NOW(), NULL) WHERE id = ?", DB_STR(to),
	    DB_STR(nt->txn[0] ? nt->txn : NULL), DB_STR(nt->txn[0] ? nt->txn : NULL),
	    DB_STR(to), DB_INT(n->payment_id));
	if (rc >= 0)
		rc = db_exec(db, "INSERT INTO payment_event (payment_id, state_from, state_to,"
		    " source, note) VALUES (?, ?, ?, 'gateway', ?)", DB_INT(n->payment_id),
		    DB_STR(state), DB_STR(to), DB_STR(nt->response));
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
