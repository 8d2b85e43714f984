/* Fees and payment: see payment.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/db.h"
#include "core/util.h"
#include "domain/payment.h"

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

int
payment_info(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	HDF *p, *n;
	char key[96];
	int rc;

	/* the agency's published account: a transfer at the counter */
	rc = db_row(db, hdf, prefix, "SELECT d.fee_amount, d.fee_charge,"
	    " d.fee_amount + d.fee_charge AS total_raw, d.pay_when AS `when`,"
	    " d.fee_paid AS paid, d.fee_exempt_reason AS exempt,"
	    " DATE_FORMAT(d.fee_exempt_at, '%H:%i %d/%m/%Y') AS exempt_at,"
	    " a.bank_account, a.bank_name, a.bank_holder"
	    " FROM dossier d JOIN agency a ON a.id = d.agency_id WHERE d.id = ?", DB_INT(id));
	if (rc <= 0)
		return rc;
	p = hdf_get_obj(hdf, prefix);
	amounts(p);
	if (!hdf_get_value(p, "none", NULL) && !hdf_get_int_value(p, "paid", 0) &&
	    !hdf_get_value(p, "exempt", NULL))
		hdf_set_value(p, "owed", "1");
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
