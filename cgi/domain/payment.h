/* Fees and payment (issue 14): what a dossier owes and when, and the
 * payments made, for the pages that show them.
 *
 * What is owed is copied from the procedure's online channel when the
 * dossier is submitted (dossier_submit: dossier.fee_amount, fee_charge,
 * pay_when), so a re-imported catalogue changes nothing owed. A payment
 * at the counter and an exemption are rows of the workflow table
 * (WA_PAY_COUNTER, WA_FEE_EXEMPT in domain/workflow.c: history, audit,
 * version check and access like every other action); the rows that need
 * the fee (wf_transition.pay_at) wait for it. */
#ifndef DVC_PAYMENT_H
#define DVC_PAYMENT_H

#include "core/cs.h"

struct db;

/* The fee of dossier id: prefix.{fee,charge,total (grouped, "200.000"),
 * total_raw (đồng), when ("submission", "acceptance", "return"), paid
 * (1), exempt (the reason), exempt_at, owed (1: still to pay), none (1:
 * nothing to pay), bank_account, bank_name, bank_holder, bank_bin (the
 * agency's published account), qr (the VietQR payload of the transfer
 * of what is owed, the dossier's code its message: while owed in an open
 * status, to an account with a BIN, domain/vietqr.h), code, status} and
 * its payments, oldest first:
 * prefix.List.N.{id,method,means,state,amount (grouped),amount_raw,owed,
 * receipt_no,reason,paid_at}. 1, 0 (no such dossier) or a db_rc. */
int payment_info(struct db *db, long long id, HDF *hdf, const char *prefix);

/* What a dossier of procedure proc_code submitted now would owe (its
 * online channel) and when, for the start and review pages:
 * prefix.{fee,charge,total,total_raw,fee_amount,fee_charge,when,none}
 * as payment_info has them. 1, 0 (no online channel) or a db_rc. */
int payment_proc_fee(struct db *db, const char *proc_code, HDF *hdf,
    const char *prefix);

#endif

/* --- online (domain/paygw.h) ------------------------------------------------- */

struct buf;
struct config;

/* Loads the gateway's secret (Payment.Gateway.SecretFile: the merchant's
 * hash secret as the gateway gave it, at least 16 bytes, a trailing
 * newline ignored, a regular file nobody else reads) once per process,
 * if a driver is configured (Payment.Gateway.Driver). 0, or -1 with a
 * line for the operator in err. The secret stays in this process's
 * memory; it is never written to the database or a log. */
int payment_start(const struct config *cfg, char *err, size_t errlen);
/* 1 if online payment is configured and its secret loaded. */
int payment_online(void);

/* Starts an online payment of what dossier id still owes: a payment
 * row (method gateway, state started, its order reference) and its
 * history row (the citizen its source, actor), then the signed URL of
 * the driver's payment page into url (the return page:
 * Site.BaseURL + Site.BasePath + /thanh-toan/ho-so/<code>/ket-qua). In
 * the caller's transaction. PAY_STARTED, PAY_NOTHING_OWED or a db_rc. */
#define PAY_STARTED 0
#define PAY_NOTHING_OWED 1
int payment_online_start(struct db *db, const struct config *cfg, long long id,
    long long actor, const char *client_ip, struct buf *url);

/* What a notification was found to be: the gateway's answer code
 * (vnp RspCode) and, for a refused one, the audit record's reason. */
enum pay_notify {
	PN_PAID,		/* "00": recorded paid now */
	PN_RECORDED,		/* "00": a failure or cancellation recorded */
	PN_ALREADY,		/* "02": the payment was already settled; nothing changed */
	PN_BAD_SIGNATURE,	/* "97" */
	PN_MALFORMED,		/* "99": not a notification we can read */
	PN_UNKNOWN_ORDER,	/* "01" */
	PN_BAD_AMOUNT,		/* "04": not the amount started */
	PN_BAD_MERCHANT,	/* "99": another merchant's */
	PN_BAD_CURRENCY,	/* "99": not VND */
};
/* The gateway's answer code of r ("00", "01", ...). */
const char *payment_notify_code(enum pay_notify r);
/* The gateway's server-to-server notification, its raw query (len
 * bytes), from address ip: verified (signature, merchant, currency,
 * order, amount), then in one transaction under the payment's and the
 * dossier's row locks: a success marks the payment paid (its history
 * row, the gateway its source) and the dossier's fee paid (its history
 * event and audit record); a failure or cancellation is recorded on a
 * payment not yet paid; a payment already paid changes no more, whatever
 * comes later (replays, reversed order). A refused notification is
 * audited (action payment.refused, with why). *out says what it was.
 * 0 or a db_rc (nothing changed). */
int payment_notify(struct db *db, const struct config *cfg, const char *query,
    size_t len, const char *ip, enum pay_notify *out);

/* With the merchant's secret this process loaded (payment_start), for
 * the sandbox gateway (pages/sandbox.c), which plays the gateway's side:
 * m's signature verified (pg_verify's result), and m's signed query
 * appended to out. */
struct pg_msg;
int payment_verify(const struct pg_msg *m);
void payment_sign_query(const struct pg_msg *m, struct buf *out);
