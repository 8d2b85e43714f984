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

struct buf;
struct config;
struct db;

/* The fee of dossier id: prefix.{fee,charge,total (grouped, "200.000"),
 * total_raw (đồng), when ("submission", "acceptance", "return"), paid
 * (1), exempt (the reason), exempt_at, owed (1: still to pay), none (1:
 * nothing to pay), refund_due (1: paid and owed back), bank_account,
 * bank_name, bank_holder, bank_bin (the agency's published account), qr
 * (the VietQR payload of the transfer of what is owed, the dossier's code
 * its message: while owed in an open status, to an account with a BIN,
 * domain/vietqr.h), code, status, refund_bank, refund_account,
 * refund_holder (where the citizen wants a refund)} and its payments,
 * oldest first: prefix.List.N.{id,method,means,state,amount (grouped),
 * amount_raw,owed,receipt_no,reason,paid_at,ereceipt (the e-receipt's
 * number, "0000012/2026"),refund_on,refund_ref}. 1, 0 (no such
 * dossier) or a db_rc. */
int payment_info(struct db *db, long long id, HDF *hdf, const char *prefix);
/* Who the rules of dossier id's procedure exempt from its fee (the
 * catalogue's fee_exemptions), for the officer's exemption form:
 * prefix.N.text. The number of them or a db_rc. */
int payment_exemptions(struct db *db, long long id, HDF *hdf, const char *prefix);

/* What a dossier of procedure proc_code and case case_key submitted now
 * would owe (the case's own fee, else its online channel's) and when,
 * for the start and review pages: prefix.{fee,charge,total,total_raw,
 * fee_amount,fee_charge,when,none} as payment_info has them; with no
 * case (NULL: the start page), the channel's, and the cases with a fee of
 * their own: prefix.Cases.N.{name,total,total_raw}. 1, 0 (no online
 * channel) or a db_rc. */
int payment_proc_fee(struct db *db, const char *proc_code, const char *case_key,
    HDF *hdf, const char *prefix);

/* --- e-receipts and refunds (sql/018-receipts-refunds.sql) --- */

/* The next e-receipt number of agency_id in the year of at (Vietnam
 * local seconds), for a payment recorded paid now: *year and *seq, which
 * the caller writes with the payment. In the caller's transaction, which
 * holds the agency's counter until it ends, so the numbers have no gaps.
 * Every path that marks a payment paid takes one. 0 or a db_rc. */
int payment_receipt_take(struct db *db, long long agency_id, long long at, int *year,
    long long *seq);
/* The e-receipt of payment pid (of dossier dossier_id; 0: any, for the
 * public check): prefix.{id,method,means,state,amount (grouped),
 * amount_raw,owed,receipt_no (the counter's paper receipt),gateway_txn,
 * paid_at,ereceipt ("0000012/2026"),receipt_year,refund_on,refund_ref,
 * code,proc_code,proc_name,applicant_name,fee,charge,agency_code,
 * agency_name,agency_address}. 1, 0 (none such, or not numbered) or a
 * db_rc. */
int payment_receipt(struct db *db, long long dossier_id, long long pid, HDF *hdf,
    const char *prefix);
/* 1 if a dossier in status takes its fee: the statuses the workflow's
 * payment rows start from (WA_PAY_COUNTER; the transfer's and the
 * gateway's are the same), for the pages and paths that offer paying. */
int payment_open(int status);
/* A payment's change of state on its history: from (NULL: it began),
 * to, where it came from ("gateway", "officer", "statement", "citizen"),
 * who (0: nobody's account), a note (may be NULL), when ("YYYY-MM-DD
 * HH:MM:SS", the workflow's clock; NULL: the server's now). 0 or a
 * db_rc. Every writer of payment_event goes through it. */
int payment_event_add(struct db *db, long long pid, const char *from, const char *to,
    const char *source, long long actor, const char *note, const char *at);
/* Where the citizen wants a refund sent (the dossier's refund_bank,
 * refund_account, refund_holder, checked by the page), while dossier id
 * owes one back (under its row lock, in the caller's transaction). 1
 * saved, 0 nothing owed back, or a db_rc. */
int payment_refund_account(struct db *db, long long id, const char *bank,
    const char *account, const char *holder);

/* The ledger of agency_id between days from and to ("YYYY-MM-DD",
 * inclusive): the payments received (paid then, refunded since or not)
 * by method, prefix.In.{counter,gateway,transfer}.{n,amount (grouped)},
 * prefix.In.total; the refunds made then, prefix.Out.{n,amount},
 * prefix.Refunds.N.{day,code,applicant,method,means,amount,
 * amount_grouped,ereceipt,ref,account}; prefix.Net (received less
 * refunded, grouped; prefix.NetNegative 1 if below zero). 0 or a db_rc. */
int payment_ledger(struct db *db, long long agency_id, const char *from, const char *to,
    HDF *hdf, const char *prefix);
/* The same as CSV for a spreadsheet (UTF-8 with a BOM, CRLF, cells as
 * queue_csv_cell writes them): one line per payment received and per
 * refund made, column titles and the kind, method and means in words
 * from lang (the Lang node: Pay.Csv.*, Pay.Kind.*, Pay.Method.*,
 * Pay.Means.*). The number of lines or a db_rc. */
int payment_ledger_csv(struct db *db, long long agency_id, const char *from, const char *to,
    HDF *lang, struct buf *out);


/* --- online (domain/paygw.h) ------------------------------------------------- */

/* Loads the gateway's secret (Payment.Gateway.SecretFile: the merchant's
 * hash secret as the gateway gave it, at least 16 bytes, a trailing
 * newline ignored, a regular file nobody else reads) once per process,
 * if a driver is configured (Payment.Gateway.Driver). 0, or -1 with a
 * line for the operator in err. The secret stays in this process's
 * memory; it is never written to the database or a log. */
int payment_start(const struct config *cfg, char *err, size_t errlen);
/* 1 if online payment is configured and its secret loaded. */
int payment_online(void);
/* 1 if the gateway's payment page answers now (within 3 seconds, not a
 * 5xx): asked before the citizen is sent there, so that a gateway down
 * is said on the portal's page, where the other ways to pay are. */
int payment_gateway_up(const struct config *cfg);

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
/* The same for the status query's JSON messages (enum pg_signed of
 * domain/paygw.h: 0 the query, 1 the answer): m signed (vnp_SecureHash
 * added; 0 or -1), m's signature verified (pg_verify_fields's result). */
int payment_sign_fields(struct pg_msg *m, int kind);
int payment_verify_fields(const struct pg_msg *m, int kind);

/* dvcctl payment reconcile: every online payment still started or pending
 * older_min minutes after it started (at most 1,000 a run, oldest first)
 * is asked of the gateway (its status query, Payment.Gateway.QueryUrl or
 * the sandbox's), and what the gateway answers is applied as its
 * notification would be (payment_notify: paid once, the dossier's fee,
 * the e-receipt; a failure or cancellation recorded). A payment the
 * gateway does not know is cancelled once Payment.Gateway.AbandonHours
 * have passed; one it has not finished waits. An answer that does not
 * verify is refused and audited; a gateway that cannot be reached
 * changes nothing. prefix.N.{ref,what (paid, failed, cancelled,
 * abandoned, waiting, unknown, refused, unreachable),why} and the counts
 * in *sum. The number asked, or a db_rc. */
struct pay_reconcile {
	int asked, paid, failed, cancelled, waiting, refused, unreachable;
};
int payment_reconcile(struct db *db, const struct config *cfg, int older_min, HDF *hdf,
    const char *prefix, struct pay_reconcile *sum);

#endif
