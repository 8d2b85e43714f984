/* Dossiers submitted online (Article 7): drafts, documents, files,
 * submission with its code, the citizen's list, tracking.
 *
 * A dossier starts as a draft (status 0) made from a procedure's
 * catalogue record: its documents for the chosen case are copied into
 * dossier_doc so the draft does not change when the catalogue does.
 * Files are added to documents while it is a draft; submission checks
 * completeness, takes the day's number at the receiving agency, gives the
 * code and status 1 (Mới đăng ký), in one transaction with its history
 * event, its audit record and its mail.
 *
 * Functions take the caller's struct db and run inside the caller's
 * transaction when there is one; they return 0 / a count or a db_rc. */
#ifndef DVC_DOSSIER_H
#define DVC_DOSSIER_H

#include <stddef.h>

#include "core/cs.h"

struct config;
struct db;

/* The national status list (statuses synchronised with the national
 * portal), and 0 for a draft. */
enum dossier_status {
	DS_DRAFT = 0,
	DS_NEW = 1,		/* Mới đăng ký */
	DS_RECEIVED = 2,	/* Được tiếp nhận */
	DS_REFUSED = 3,		/* Không được tiếp nhận */
	DS_PROCESSING = 4,	/* Đang xử lý */
	DS_SUPPLEMENT = 5,	/* Yêu cầu bổ sung giấy tờ */
	DS_PAYMENT = 6,		/* Yêu cầu thực hiện nghĩa vụ tài chính */
	DS_WITHDRAWING = 7,	/* Công dân yêu cầu rút hồ sơ */
	DS_STOPPED = 8,		/* Dừng xử lý */
	DS_DONE = 9,		/* Đã xử lý xong */
	DS_RETURNED = 10,	/* Đã trả kết quả */
	DS__MAX
};

/* What access control and the pages need to know about one dossier. */
struct dossier_facts {
	long long id;
	long long owner_id;
	long long agency_id;
	int status;
	int level;
	char code[41];		/* "" for a draft */
	long long files, bytes;	/* what it holds now (quotas) */
	int counter;		/* received at the counter or by post (channel) */
};

/* A dossier code as typed or in a URL, in the stored (upper) case. */
void dossier_code_norm(const char *in, char out[41]);

/* Loads the facts of dossier id (or, with id 0, of code, in any case).
 * Returns 1, 0 (no such dossier) or a db_rc. */
int dossier_facts(struct db *db, long long id, const char *code,
    struct dossier_facts *f);

/* The applicant as declared on the form. */
struct applicant {
	const char *name, *id_number, *birth_date, *phone, *email, *address,
	    *org, *tax_code;
	int on_behalf;
};

/* What starting and submitting a dossier find, beside a negative db_rc. */
enum dossier_outcome {
	DOSSIER_OK = 0,		/* done */
	DOSSIER_AGAIN,		/* done before (the same form or click again):
				 * the earlier draft or code */
	DOSSIER_NO_PROC,	/* unknown, or not offered online */
	DOSSIER_NO_CASE,	/* case_key is not one of its cases */
	DOSSIER_NO_AGENCY,	/* the agency does not perform it */
	DOSSIER_INCOMPLETE,	/* a required document has no file */
	DOSSIER_UNDECLARED,	/* the Article 16 declaration is missing */
};

/* Makes a draft of procedure proc_code for owner, for the case case_key
 * (NULL: the procedure's only or no case) at agency agency_code (NULL:
 * its only implementing agency). token: the start form's one-time token;
 * a second start with the same token returns the first draft (*id) and
 * DOSSIER_AGAIN. Returns DOSSIER_OK (made), DOSSIER_AGAIN, DOSSIER_NO_*
 * or a db_rc. */
int dossier_start(struct db *db, const struct config *cfg, long long owner,
    const char *proc_code, const char *case_key, const char *agency_code,
    const char *token, const struct applicant *a, long long *id);

/* A draft of a dossier received at the counter (post 0) or by post
 * (post 1), entered by reception officer by for the applicant a, whose
 * account (owner) was found by their ID number (0: none; they may claim
 * it later, dossier_claim). The procedure must be offered in person
 * (post: by post), at any level, by agency_id (the officer's agency;
 * else DOSSIER_NO_AGENCY). The
 * token makes the entry form's posts one draft. As dossier_start. */
int dossier_counter_start(struct db *db, long long owner, long long by, int post,
    const char *proc_code, const char *case_key, long long agency_id,
    const char *token, const struct applicant *a, long long *id);

/* The procedures agency_id implements that are offered in person or by
 * post: prefix.N.{code,name}, and prefixCases.N.{proc_code,proc_name,key,
 * name} (their cases), for the entry form. Count or db_rc. */
int dossier_counter_procs(struct db *db, long long agency_id, HDF *hdf,
    const char *prefix);

/* The dossiers entered at agency_id's counter or by post today for the
 * same applicant (ID number) and procedure: prefix.N.{id,code,status,
 * created}. The entry form asks to confirm before a second: called in
 * the transaction that makes the dossier, its locking read makes the
 * check and the insert one step. Count or db_rc. */
int dossier_counter_twins(struct db *db, long long agency_id, const char *id_number,
    const char *proc_code, HDF *hdf, const char *prefix);

/* Reception compared document doc_id's scan with its original (compared
 * 1; 0 takes the mark back), by officer by. 0 or a db_rc. */
int dossier_compare(struct db *db, long long id, long long doc_id, int compared,
    long long by);
/* The documents of dossier id holding a file not yet compared with its
 * original: prefix.N.{id,name}. Count or db_rc. */
int dossier_uncompared(struct db *db, long long id, HDF *hdf, const char *prefix);

/* The citizen owner claims a dossier received at the counter or by post
 * with its code and the applicant's ID number as reception entered it,
 * which must be the owner's own ID number too: knowing someone's code and
 * ID number does not make their dossier yours. 1 (*id: now theirs;
 * claiming one's own again is 1 too), 0 (no such dossier with that ID
 * number, or another's), DOSSIER_NOT_MINE (the ID number is not the
 * account's: nothing looked up) or a db_rc. */
#define DOSSIER_NOT_MINE 2
int dossier_claim(struct db *db, long long owner, const char *code,
    const char *id_number, long long *id);

/* The procedure's data for the start form: Proc.{code,name,level},
 * Proc.Cases.N.{key,name}, Proc.Agencies.N.{code,name}. 1, 0 (unknown or
 * not online) or a db_rc. */
int dossier_proc_info(struct db *db, const struct config *cfg, const char *proc_code,
    HDF *hdf);

/* Everything about a dossier for its pages, under prefix: the dossier's
 * columns (with paper_awaited 0/1 by DOSSIER_PAPER_AWAITED_SQL, and
 * paper_received: the day the paper copy arrived, dd/mm/yyyy, with
 * paper_received_how and paper_received_note), Docs.N.{id,name,required,
 * originals,copies,nfiles,Files.M.{...}}, Missing.N.name (required
 * documents without a file),
 * Events.N.{...} (history). Returns the number of missing documents
 * (>= 0) or a db_rc. */
int dossier_load(struct db *db, long long id, HDF *hdf, const char *prefix);

/* Changes the applicant data of a draft. */
int dossier_set_applicant(struct db *db, long long id, const struct applicant *a);

/* Links a stored file to document doc_id of draft id. Quotas are the
 * caller's (dossier_facts gives the totals). *file_id gets the row. */
struct dossier_file {
	long long doc_id;
	const char *sha256, *mime, *ext, *name;
	long long size;
	long long signs_id;		/* a .p7s: the file it signs; 0 none */
	const char *sig_state;		/* "none", "valid", "invalid" */
	const char *sig_reason, *sig_signer, *sig_serial, *sig_issuer;
	long long sig_time;		/* unix time, 0 none */
};
int dossier_add_file(struct db *db, long long id, const struct dossier_file *df,
    long long *file_id);
/* Whether a dossier that holds files and bytes now has room for one more
 * file of size bytes (Dossier.MaxFiles, Dossier.MaxBytes): NULL, or the
 * Lang key of the reason it has not. */
const char *dossier_quota(const struct config *cfg, long long files,
    long long bytes, long long size);

/* Which of a document's files a detached signature named sig_name
 * ("x.pdf.p7s") signs, among names (the document's files that are not
 * signatures themselves): the one named as the signature without its
 * ".p7s" (that name, or that name with one extension added, as stored
 * names end in their type's), else the document's only file. Its index,
 * or -1 (none, or several and none by that name). */
int dossier_p7s_target(const char *sig_name, const char *const *names, size_t n);

/* A detached signature's result shown on the file it signs. */
int dossier_file_sign(struct db *db, long long id, long long file_id,
    const struct dossier_file *sig);
/* Removes a file from draft id. 1 removed, 0 not there. */
int dossier_remove_file(struct db *db, long long id, long long file_id);
/* A supplement takes back files (ids, n) of the documents its request
 * named: marked withdrawn at the clock's time, with their detached
 * signatures, never deleted (the officer still sees them). Ids of other
 * files change nothing. The number taken back, or a db_rc. */
int dossier_withdraw_files(struct db *db, long long id, const long long *ids, int n);
/* A file of a dossier for download: File.{sha256,mime,ext,name,size}. */
int dossier_file_get(struct db *db, long long file_id, HDF *hdf, long long *dossier_id);

/* The required documents of dossier id that no validly signed file
 * covers, when its procedure is level 4 (Article 7.2): without a valid
 * digital signature on each of them, the paper copy of the dossier must
 * follow by post, marked with its code. prefix.N.{id,name}, in the
 * dossier's order; nothing below level 4. The one rule: dossier_submit
 * marks paper_pending by it, the review page and the officer's page list
 * what it finds. The count (>= 0) or a db_rc. */
int dossier_unsigned_docs(struct db *db, long long id, HDF *hdf, const char *prefix);

/* The required documents of procedure proc_code, for the start page of a
 * level-4 procedure (those to sign, or to post on paper):
 * prefix.N.{name,case_name} (case_name: the case it belongs to, or
 * none for every case). The count or a db_rc. */
int dossier_proc_required(struct db *db, const char *proc_code, HDF *hdf,
    const char *prefix);

/* A dossier waits for its paper copy: submitted at level 4 without a
 * valid signature on every required document (paper_pending, set by
 * dossier_submit), its arrival not recorded yet (the workflow's
 * paper_received, by reception), in a status where the agency still
 * handles it and reception may record the arrival (the from statuses of
 * that row: new, received, in processing, waiting for a supplement,
 * settled and not yet returned). As SQL over a dossier aliased d, for
 * every query that shows, filters or counts it. */
#define DOSSIER_PAPER_AWAITED_SQL "(d.paper_pending = 1 AND d.paper_received_at" \
	" IS NULL AND d.status IN (1, 2, 4, 5, 9))"

/* dossier_submit for a dossier reception entered (by: the officer, who
 * then acts in the history; 0: the owner, as dossier_submit). A dossier
 * received at the counter or by post owes its channel's fee and never
 * waits for a paper copy. */
int dossier_submit_by(struct db *db, const struct config *cfg, long long id,
    long long by, char code[41], int *paper_pending);

/* Submits draft id: completeness, the code (Dossier.CodePattern), status
 * 1, the fee owed and when (the online channel's, domain/payment.h), paper_pending for level 4 without valid signatures on every required
 * document (dossier_unsigned_docs), a history event. Must run in the caller's transaction (with
 * its audit record and mail). Returns DOSSIER_OK (submitted; code set),
 * DOSSIER_AGAIN (it was submitted before: code set), DOSSIER_INCOMPLETE,
 * DOSSIER_UNDECLARED or a db_rc. */
int dossier_submit(struct db *db, const struct config *cfg, long long id,
    char code[41], int *paper_pending);

/* Records the Article 16 declaration on draft id (at submission). */
int dossier_declare(struct db *db, long long id);

/* The citizen took the result (the first download of an online return);
 * later calls change nothing. 0 or a db_rc. */
int dossier_collected(struct db *db, long long id);

/* Deletes draft id (and its rows; stored files go to the sweeper). */
int dossier_delete_draft(struct db *db, long long id);

/* The owner's dossiers, newest first: Dossiers.N.{...}. */
int dossier_list(struct db *db, long long owner, HDF *hdf, const char *prefix);

/* /tra-cuu: the status of dossier code if digits (4-6) end the
 * applicant's ID number or phone (digits NULL: the caller checked the
 * receipt's check value instead): Track.{code,status,proc_name,
 * submitted,updated,agency,paper_pending,paper_awaited,paper_received}.
 * 1 found, 0 no match, or a
 * db_rc. */
int dossier_track(struct db *db, const char *code, const char *digits, HDF *hdf);
/* Wrong tracking lookups from address ip for the (normalised) code:
 * failed = 1 counts one for each; failed = 0 asks whether the lookup must
 * wait (1: the address has Track.FreeFailures, or the code
 * Track.CodeFailures, in Track.WindowMinutes) or not (0). Or a db_rc. */
int dossier_track_wait(struct db *db, const struct config *cfg, const char *ip,
    const char *code, int failed);

/* Formats a code from pattern ({agency}, {yymmdd}, {yyyymmdd}, {seqN}).
 * Returns 0, or -1 if the pattern is unusable or the result too long. */
int dossier_code_format(const char *pattern, const char *agency, int y, int m,
    int d, long seq, char *out, size_t outlen);
/* Checks Dossier.CodePattern: 0 or -1 with why. */
int dossier_code_pattern_ok(const char *pattern, const char **why);

/* The tracking link's check value (receipt QR): HMAC of the code under a
 * key derived from Security.SecretFile, 16 base64url characters. */
void dossier_receipt_mac(const struct config *cfg, const char *code, char out[23]);

#endif
