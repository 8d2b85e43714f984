#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/request.h"
#include "core/util.h"
#include "core/validate.h"
#include "domain/account.h"
#include "domain/session.h"
#include "domain/totp.h"

static const char *const stage_names[] = { "full", "totp", "enrol" };

const char *
user_kind_name(int kind)
{
	return kind == UK_STAFF ? "staff" :
	    kind == UK_ORGANISATION ? "organisation" : "citizen";
}

int
user_kind_parse(const char *name)
{
	return strcmp(name, "staff") == 0 ? UK_STAFF :
	    strcmp(name, "organisation") == 0 ? UK_ORGANISATION : UK_CITIZEN;
}

static void
token_hash(const char *token, unsigned char out[32])
{
	sha256(token, strlen(token), out);
}

int
session_find(struct db *db, const struct config *cfg, const char *token,
    struct user *u, int *stage, unsigned char hash[32], HDF *hdf,
    const char *prefix)
{
	HDF *t = NULL;
	const char *st, *kind, *roles;
	int rc, i;

	if (token == NULL || strlen(token) != SESSION_TOKEN_LEN)
		return 0;
	token_hash(token, hash);
	if (hdf_init(&t))
		abort();
	/* idle and absolute limits both in the WHERE: an expired session is
	 * simply not found */
	rc = db_row(db, t, "S",
	    "SELECT s.id, s.account_id, s.stage, a.kind, a.agency_id,"
	    " a.full_name, a.email, a.org_name,"
	    " (SELECT GROUP_CONCAT(r.role SEPARATOR ',') FROM account_role r"
	    "  WHERE r.account_id = a.id) AS roles,"
	    " s.last_seen < NOW() - INTERVAL 60 SECOND AS stale"
	    " FROM session s JOIN account a ON a.id = s.account_id"
	    " WHERE s.token_hash = ? AND s.expires_at > NOW()"
	    " AND s.last_seen > NOW() - INTERVAL ? MINUTE"
	    " AND a.status = 'active'",
	    DB_BLOB(hash, 32), DB_INT(cfg_int(cfg, "Session.IdleMinutes")));
	if (rc <= 0) {
		hdf_destroy(&t);
		return rc;
	}
	memset(u, 0, sizeof(*u));
	u->session_id = hdf_ll(t, "S.id");
	u->id = hdf_ll(t, "S.account_id");
	u->agency_id = hdf_ll(t, "S.agency_id");
	kind = hdf_get_value(t, "S.kind", "");
	u->kind = user_kind_parse(kind);
	roles = hdf_get_value(t, "S.roles", "");
	for (i = 0; i < ROLE__MAX; i++) {
		const char *p = strstr(roles, role_names[i]);
		size_t l = strlen(role_names[i]);

		if (p && (p == roles || p[-1] == ',') && (p[l] == ',' || p[l] == '\0'))
			u->roles |= ROLE_BIT(i);
	}
	st = hdf_get_value(t, "S.stage", "full");
	*stage = strcmp(st, "totp") == 0 ? STAGE_TOTP :
	    strcmp(st, "enrol") == 0 ? STAGE_ENROL : STAGE_FULL;
	if (hdf && prefix) {
		HDF *dst;

		hdf_set_value(hdf, prefix, "1");
		dst = hdf_get_obj(hdf, prefix);
		hdf_set_value(dst, "Name", hdf_get_value(t, "S.full_name", ""));
		hdf_set_value(dst, "Kind", kind);
		if (hdf_get_value(t, "S.org_name", NULL))
			hdf_set_value(dst, "Org", hdf_get_value(t, "S.org_name", ""));
	}
	/* a write per minute, not per request */
	if (hdf_get_int_value(t, "S.stale", 0) &&
	    (rc = db_exec(db, "UPDATE session SET last_seen = NOW() WHERE id = ?",
	    DB_INT(u->session_id))) < 0) {
		hdf_destroy(&t);
		return rc;
	}
	hdf_destroy(&t);
	return 1;
}

int
session_create(struct db *db, const struct config *cfg, long long account_id,
    int stage, const char *ip, const char *agent,
    char token[SESSION_TOKEN_LEN + 1], long long *sid)
{
	unsigned char raw[32], hash[32];
	char ua[201];
	long hours = cfg_int(cfg, "Session.AbsoluteHours");
	int rc;

	random_bytes(raw, sizeof(raw));
	b64url_encode(raw, sizeof(raw), token);
	OPENSSL_cleanse(raw, sizeof(raw));
	token_hash(token, hash);
	/* the browser's name helps a person recognise their sessions; cut
	 * on a character boundary, never trusted */
	snprintf(ua, sizeof(ua), "%s", agent ? agent : "");
	utf8_truncate(ua, 200);
	/* a second-factor step gets minutes, not hours */
	rc = db_exec(db, "INSERT INTO session (token_hash, account_id, stage,"
	    " expires_at, client_ip, user_agent) VALUES (?, ?, ?,"
	    " NOW() + INTERVAL ? MINUTE, ?, ?)",
	    DB_BLOB(hash, 32), DB_INT(account_id), DB_STR(stage_names[stage]),
	    DB_INT(stage == STAGE_FULL ? hours * 60 : 10), DB_STR(ip),
	    DB_STR(*ua ? ua : NULL));
	if (rc < 0)
		return rc;
	*sid = db_insert_id(db);
	/* sessions long past their end are swept by whoever logs in */
	return db_exec(db, "DELETE FROM session WHERE account_id = ? AND"
	    " expires_at < NOW() - INTERVAL 1 DAY", DB_INT(account_id)) < 0 ?
	    DB_ERR : 0;
}

int
session_end(struct db *db, long long sid)
{
	int rc = db_exec(db, "DELETE FROM session WHERE id = ?", DB_INT(sid));

	return rc < 0 ? rc : 0;
}

int
session_end_others(struct db *db, long long account_id, long long keep)
{
	int rc = db_exec(db, "DELETE FROM session WHERE account_id = ? AND id <> ?",
	    DB_INT(account_id), DB_INT(keep));

	return rc < 0 ? rc : 0;
}

int
session_owner(struct db *db, long long sid, long long *owner)
{
	return db_int(db, owner, "SELECT account_id FROM session WHERE id = ?"
	    " FOR UPDATE", DB_INT(sid));
}

/* --- the second factor ------------------------------------------------------ */

int
totp_load(struct db *db, const struct config *cfg, long long id,
    unsigned char *secret, long long *last_step)
{
	unsigned char sealed[TOTP_SEALED_MAX];
	size_t len = 0;
	HDF *t = NULL;
	long n;
	int rc;

	if (hdf_init(&t))
		abort();
	rc = db_row(db, t, "A", "SELECT HEX(totp_secret) AS s, totp_last_step"
	    " FROM account WHERE id = ? AND totp_enabled = 1", DB_INT(id));
	if (rc <= 0) {
		hdf_destroy(&t);
		return rc;
	}
	*last_step = hdf_ll(t, "A.totp_last_step");
	n = hex_decode(hdf_get_value(t, "A.s", ""), sealed, sizeof(sealed));
	hdf_destroy(&t);
	if (n <= 0 || totp_unseal(cfg, sealed, (size_t)n, secret, &len) < 0)
		return 0;
	return (int)len;
}

int
totp_take_step(struct db *db, long long id, long long step)
{
	int rc = db_exec(db, "UPDATE account SET totp_last_step = ? WHERE id = ?"
	    " AND totp_last_step < ?", DB_INT(step), DB_INT(id), DB_INT(step));

	return rc < 0 ? rc : rc == 1;
}

int
recovery_use(struct db *db, const struct config *cfg, long long id,
    const char *typed)
{
	unsigned char h[32];
	int rc;

	if (recovery_code_hash(cfg, typed, h) < 0)
		return 0;
	rc = db_exec(db, "UPDATE account_recovery SET used_at = NOW() WHERE"
	    " account_id = ? AND code_hash = ? AND used_at IS NULL",
	    DB_INT(id), DB_BLOB(h, 32));
	return rc < 0 ? rc : rc == 1;
}

int
totp_enable(struct db *db, const struct config *cfg, long long id,
    const unsigned char *sealed, size_t len, long long step,
    char codes[RECOVERY_CODES][RECOVERY_CODE_LEN + 1])
{
	unsigned char h[32];
	int rc, i;

	if ((rc = db_exec(db, "UPDATE account SET totp_secret = ?, totp_enabled = 1,"
	    " totp_last_step = ? WHERE id = ?", DB_BLOB(sealed, len),
	    DB_INT(step), DB_INT(id))) < 0)
		return rc;
	if ((rc = db_exec(db, "DELETE FROM account_recovery WHERE account_id = ?",
	    DB_INT(id))) < 0)
		return rc;
	for (i = 0; i < RECOVERY_CODES; i++) {
		recovery_code_new(codes[i]);
		if (recovery_code_hash(cfg, codes[i], h) < 0)
			return DB_ERR;
		if ((rc = db_exec(db, "INSERT INTO account_recovery (account_id,"
		    " code_hash) VALUES (?, ?)", DB_INT(id), DB_BLOB(h, 32))) < 0)
			return rc;
	}
	return 0;
}

int
totp_wrong_code(struct db *db, long long sid)
{
	char k[40];
	long long n = 0;
	int rc;

	snprintf(k, sizeof(k), "t:%lld", sid);
	if ((rc = db_exec(db, "INSERT INTO login_throttle (k, failures)"
	    " VALUES (?, 1) ON DUPLICATE KEY UPDATE failures = failures + 1",
	    DB_STR(k))) < 0)
		return rc;
	if ((rc = db_int(db, &n, "SELECT failures FROM login_throttle WHERE k = ?",
	    DB_STR(k))) < 0)
		return rc;
	if (n < 5)
		return 0;
	if ((rc = session_end(db, sid)) < 0 ||
	    (rc = db_exec(db, "DELETE FROM login_throttle WHERE k = ?",
	    DB_STR(k))) < 0)
		return rc;
	return 1;
}

/* --- limits on failed logins --------------------------------------------- */

/* Seconds to wait after n failures (0: none). */
static long
delay_for(const struct config *cfg, long long n, long cap)
{
	long free_ = cfg_int(cfg, "Login.FreeFailures");
	long d = 1;
	long long i;

	if (n < free_)
		return 0;
	for (i = free_; i < n && d < cap; i++)
		d *= 2;
	return d < cap ? d : cap;
}

/* The longest wait still running on any of the keys, and whether k2
 * (the account's) has a count at all: a login that succeeds clears it,
 * and most have none to clear (a statement and a commit saved). */
static int
throttle_wait(struct db *db, const char *k1, const char *k2, long *wait,
    int *counted)
{
	HDF *h;
	long long w;
	int rc;

	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "T", "SELECT COALESCE(MAX(IF(blocked_until > NOW(),"
	    " TIMESTAMPDIFF(SECOND, NOW(), blocked_until), 0)), 0) AS w,"
	    " COALESCE(SUM(k = ?), 0) AS n FROM login_throttle WHERE k IN (?, ?)",
	    DB_STR(k2), DB_STR(k1), DB_STR(k2));
	w = hdf_ll(h, "T.w");
	*counted = hdf_ll(h, "T.n") > 0;
	hdf_destroy(&h);
	if (rc < 0)
		return rc;
	*wait = w > 0 ? (long)w : 0;
	return 0;
}

static int
throttle_fail_one(struct db *db, const struct config *cfg, const char *k,
    long cap)
{
	long long n = 0;
	int rc;

	/* a quiet period starts the count again */
	rc = db_exec(db, "INSERT INTO login_throttle (k, failures, last_failure,"
	    " blocked_until) VALUES (?, 1, NOW(), NOW())"
	    " ON DUPLICATE KEY UPDATE failures = IF(last_failure <"
	    " NOW() - INTERVAL ? MINUTE, 1, failures + 1), last_failure = NOW()",
	    DB_STR(k), DB_INT(cfg_int(cfg, "Login.QuietMinutes")));
	if (rc < 0)
		return rc;
	if ((rc = db_int(db, &n, "SELECT failures FROM login_throttle WHERE k = ?",
	    DB_STR(k))) < 0)
		return rc;
	rc = db_exec(db, "UPDATE login_throttle SET blocked_until ="
	    " NOW() + INTERVAL ? SECOND WHERE k = ?",
	    DB_INT(delay_for(cfg, n, cap)), DB_STR(k));
	return rc < 0 ? rc : 0;
}

struct fail_ctx {
	const struct config *cfg;
	const char *kip, *kacc;
};

static int
throttle_fail_tx(struct db *db, void *ctx)
{
	struct fail_ctx *f = ctx;
	long max = cfg_int(f->cfg, "Login.MaxDelay");
	int rc;

	/* counts nobody needs any more go, a few at each failure: names
	 * made up by an attacker cannot fill the table */
	if ((rc = db_exec(db, "DELETE FROM login_throttle WHERE last_failure <"
	    " NOW() - INTERVAL ? MINUTE AND blocked_until < NOW() LIMIT 50",
	    DB_INT(cfg_int(f->cfg, "Login.QuietMinutes")))) < 0)
		return rc;
	if ((rc = throttle_fail_one(db, f->cfg, f->kip, max)) < 0)
		return rc;
	/* the account's own wait stops at a minute: an attacker cannot keep
	 * the owner out, only slow the guessing */
	return throttle_fail_one(db, f->cfg, f->kacc, max < 60 ? max : 60);
}

int
login_clear(struct db *db, long long account_id)
{
	char k[40];
	int rc;

	snprintf(k, sizeof(k), "a:%lld", account_id);
	rc = db_exec(db, "DELETE FROM login_throttle WHERE k = ?", DB_STR(k));
	return rc < 0 ? rc : 0;
}

/* --- the check ------------------------------------------------------------ */

/* Looks the identifier up as an email, a citizen ID number or a phone
 * number, normalised the way the registration form stored it. */
static int
find_account(struct db *db, const char *ident, HDF *t)
{
	static const struct field phone = { "p", V_PHONE, 0, 0, 20, NULL };
	static const struct field email = { "e", V_EMAIL, 0, 0, 254, NULL };
	static const struct field cccd = { "c", V_CCCD, 0, 0, 12, NULL };
	struct fval v;
	const char *col = NULL;
	int rc = 0;

	if (strchr(ident, '@')) {
		if (validate_value(&email, ident, &v) == VE_OK)
			col = "email";
	} else if (validate_value(&cccd, ident, &v) == VE_OK)
		col = "id";
	else {
		fval_clear(&v);
		if (validate_value(&phone, ident, &v) == VE_OK)
			col = "phone";
	}
	if (col == NULL) {
		fval_clear(&v);
		return 0;
	}
	/* admins, and the province's inspectors who read every agency's
	 * figures and lists, log in with a second factor */
#define ACCOUNT_COLS "SELECT id, kind, status, password_hash, totp_enabled," \
	" (SELECT COUNT(*) FROM account_role r WHERE r.account_id = account.id" \
	"  AND r.role IN ('agency_admin', 'province_admin', 'inspector')) AS admin" \
	" FROM account WHERE "
	if (strcmp(col, "email") == 0)
		rc = db_row(db, t, "A", ACCOUNT_COLS "email = ?", DB_STR(v.s));
	else if (strcmp(col, "id") == 0)
		rc = db_row(db, t, "A", ACCOUNT_COLS "id_number = ?", DB_STR(v.s));
	else
		rc = db_row(db, t, "A", ACCOUNT_COLS "phone = ?", DB_STR(v.s));
#undef ACCOUNT_COLS
	fval_clear(&v);
	return rc;
}

/* A hash made once per process with the configured cost: an unknown
 * person costs the same as a wrong password. */
static const char *
dummy_hash(const struct config *cfg)
{
	static char h[PASSWORD_HASH_MAX];

	if (*h == '\0' && password_hash(cfg, "dvc-dummy-password", h, sizeof(h)) < 0)
		*h = '\0';
	return h;
}

int
login_check(struct db *db, const struct config *cfg, struct login *l)
{
	struct fail_ctx f;
	HDF *t = NULL;
	char kip[64], kacc[80], ident_hash[65];
	unsigned char ih[32];
	const char *stored, *status, *kind;
	int rc, found, ok, res, counted = 0;

	l->account_id = 0;
	l->wait = 0;
	if (hdf_init(&t))
		abort();
	if ((found = find_account(db, l->ident, t)) < 0) {
		hdf_destroy(&t);
		return found;
	}
	snprintf(kip, sizeof(kip), "i:%s", l->ip ? l->ip : "-");
	if (found)
		snprintf(kacc, sizeof(kacc), "a:%lld", hdf_ll(t, "A.id"));
	else {
		/* unknown names are counted too, by a hash of what was typed */
		sha256(l->ident, strlen(l->ident), ih);
		hex_encode(ih, 16, ident_hash);
		snprintf(kacc, sizeof(kacc), "n:%s", ident_hash);
	}
	if ((rc = throttle_wait(db, kip, kacc, &l->wait, &counted)) < 0) {
		hdf_destroy(&t);
		return rc;
	}
	if (l->wait > 0) {
		hdf_destroy(&t);
		return LOGIN_WAIT;
	}
	stored = found ? hdf_get_value(t, "A.password_hash", "") : dummy_hash(cfg);
	ok = password_verify(cfg, l->password, stored) == 1;
	kind = hdf_get_value(t, "A.kind", "");
	status = hdf_get_value(t, "A.status", "");
	/* the wrong door is a wrong password: nothing says whether the
	 * account exists */
	if (found && ok && (user_kind_parse(kind) == UK_STAFF) != (l->staff != 0))
		ok = 0;
	if (!found || !ok || strcmp(status, "deleted") == 0) {
		f.cfg = cfg;
		f.kip = kip;
		f.kacc = kacc;
		rc = db_tx(db, throttle_fail_tx, &f);
		hdf_destroy(&t);
		return rc < 0 ? rc : LOGIN_BAD;
	}
	l->account_id = hdf_ll(t, "A.id");
	l->totp_enabled = hdf_get_int_value(t, "A.totp_enabled", 0);
	l->totp_required = hdf_get_int_value(t, "A.admin", 0) > 0;
	l->kind = user_kind_parse(kind);
	res = strcmp(status, "pending") == 0 ? LOGIN_UNCONFIRMED :
	    strcmp(status, "disabled") == 0 ? LOGIN_DISABLED : LOGIN_OK;
	if (res == LOGIN_OK) {
		if (counted && (rc = login_clear(db, l->account_id)) < 0) {
			hdf_destroy(&t);
			return rc;
		}
		/* made with PBKDF2 or with other parameters than configured
		 * now: made again, now that the password is known */
		if (password_needs_rehash(cfg, stored)) {
			char h[PASSWORD_HASH_MAX];

			if (password_hash(cfg, l->password, h, sizeof(h)) == 0 &&
			    (rc = db_exec(db, "UPDATE account SET password_hash = ?"
			    " WHERE id = ?", DB_STR(h), DB_INT(l->account_id))) < 0) {
				hdf_destroy(&t);
				return rc;
			}
		}
	}
	hdf_destroy(&t);
	return res;
}
