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
 * nothing to pay), bank_account, bank_name, bank_holder (the agency's
 * published account)} and its payments, oldest first:
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
