#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>

#include "core/clock.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/util.h"
#include "domain/person.h"

int
link_new(struct db *db, long long account_id, const char *purpose,
    long minutes, char token[LINK_TOKEN_LEN + 1])
{
	unsigned char raw[32], hash[32];
	int rc;

	random_bytes(raw, sizeof(raw));
	b64url_encode(raw, sizeof(raw), token);
	OPENSSL_cleanse(raw, sizeof(raw));
	sha256(token, strlen(token), hash);
	rc = db_exec(db, "INSERT INTO account_token (token_hash, account_id,"
	    " purpose, expires_at) VALUES (?, ?, ?, NOW() + INTERVAL ? MINUTE)",
	    DB_BLOB(hash, 32), DB_INT(account_id), DB_STR(purpose),
	    DB_INT(minutes));
	return rc < 0 ? rc : 0;
}

int
link_check(struct db *db, const char *token, const char *purpose, int consume,
    long long *account_id)
{
	unsigned char hash[32];
	long long id = 0;
	int rc;

	if (token == NULL || strlen(token) != LINK_TOKEN_LEN)
		return 0;
	sha256(token, strlen(token), hash);
	rc = db_int(db, &id, "SELECT account_id FROM account_token WHERE"
	    " token_hash = ? AND purpose = ? AND used_at IS NULL AND"
	    " expires_at > NOW()" /* locked: two tabs cannot both use it */
	    " FOR UPDATE", DB_BLOB(hash, 32), DB_STR(purpose));
	if (rc <= 0)
		return rc;
	if (consume) {
		/* a used link, and every other link of the same kind */
		rc = db_exec(db, "UPDATE account_token SET used_at = NOW() WHERE"
		    " account_id = ? AND purpose = ? AND used_at IS NULL",
		    DB_INT(id), DB_STR(purpose));
		if (rc < 0)
			return rc;
	}
	*account_id = id;
	return 1;
}

int
link_recent(struct db *db, long long account_id, const char *purpose,
    long minutes)
{
	long long n = 0;
	int rc = db_int(db, &n, "SELECT COUNT(*) FROM account_token WHERE"
	    " account_id = ? AND purpose = ? AND created_at > NOW() - INTERVAL ?"
	    " MINUTE", DB_INT(account_id), DB_STR(purpose), DB_INT(minutes));

	return rc < 0 ? rc : n > 0;
}

int
person_register_count(struct db *db, const char *ip, long long *n)
{
	char k[64];
	int rc;

	snprintf(k, sizeof(k), "r:%s", ip ? ip : "-");
	if ((rc = db_exec(db, "INSERT INTO login_throttle (k, failures, last_failure)"
	    " VALUES (?, 1, NOW()) ON DUPLICATE KEY UPDATE failures ="
	    " IF(last_failure < NOW() - INTERVAL 1 HOUR, 1, failures + 1),"
	    " last_failure = IF(last_failure < NOW() - INTERVAL 1 HOUR, NOW(),"
	    " last_failure)", DB_STR(k))) < 0)
		return rc;
	rc = db_int(db, n, "SELECT failures FROM login_throttle WHERE k = ?",
	    DB_STR(k));
	return rc < 0 ? rc : 0;
}

const char *
person_identity_check(const char *id_number, const char *birth, int *which)
{
	char today[16];
	time_t now = (time_t)clock_now();
	struct tm tm;
	int century, yy;

	*which = 0;
	if (birth == NULL || *birth == '\0')
		return NULL;
	strftime(today, sizeof(today), "%Y-%m-%d", localtime_r(&now, &tm));
	if (strcmp(birth, today) > 0)
		return "birth_future";
	if (id_number == NULL || strlen(id_number) != 12)
		return NULL;
	century = (id_number[3] - '0') / 2;	/* 0: 1900s, 1: 2000s ... */
	yy = (id_number[4] - '0') * 10 + (id_number[5] - '0');
	*which = 1;
	return atoi(birth) == 1900 + century * 100 + yy ? NULL : "cccd_birth";
}

int
person_register(struct db *db, const struct config *cfg,
    const struct registration *r, char token[LINK_TOKEN_LEN + 1],
    long long *id)
{
	long hours = cfg_int(cfg, "Account.ConfirmHours");
	int rc;

	/* someone who never confirmed does not hold the address, phone or
	 * ID number for ever */
	rc = db_exec(db, "DELETE FROM account WHERE status = 'pending' AND"
	    " created_at < NOW() - INTERVAL ? HOUR AND"
	    " (email = ? OR phone = ? OR id_number = ?)",
	    DB_INT(hours), DB_STR(r->email), DB_STR(r->phone),
	    DB_STR(r->id_number));
	if (rc < 0)
		return rc;
	rc = db_exec(db, "INSERT INTO account (kind, email, phone, id_number,"
	    " birth_date, address, org_name, tax_code, representative,"
	    " full_name, password_hash, status, password_changed_at)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', NOW())",
	    DB_STR(r->organisation ? "organisation" : "citizen"),
	    DB_STR(r->email), DB_STR(r->phone), DB_STR(r->id_number),
	    DB_STR(r->birth_date), DB_STR(r->address),
	    DB_STR(r->organisation ? r->org_name : NULL),
	    DB_STR(r->organisation ? r->tax_code : NULL),
	    DB_STR(r->organisation ? r->representative : NULL),
	    DB_STR(r->full_name), DB_STR(r->password_hash));
	if (rc == DB_DUP)
		return PERSON_TAKEN;
	if (rc < 0)
		return rc;
	*id = db_insert_id(db);
	return link_new(db, *id, "confirm", hours * 60, token);
}

int
person_confirm(struct db *db, long long id)
{
	int rc = db_exec(db, "UPDATE account SET status = 'active',"
	    " email_confirmed_at = NOW() WHERE id = ? AND status = 'pending'",
	    DB_INT(id));

	return rc < 0 ? rc : 0;
}

int
person_by_email(struct db *db, const char *email, HDF *hdf, const char *prefix)
{
	return db_row(db, hdf, prefix, "SELECT id, kind, full_name, status"
	    " FROM account WHERE email = ?", DB_STR(email));
}

int
person_by_id_number(struct db *db, const char *id_number, HDF *hdf,
    const char *prefix)
{
	return db_row(db, hdf, prefix, "SELECT id, full_name, email, phone, id_number,"
	    " DATE_FORMAT(birth_date, '%d/%m/%Y') AS birth_date, address FROM account"
	    " WHERE id_number = ? AND kind <> 'staff' AND status IN ('pending', 'active')",
	    DB_STR(id_number));
}

int
person_get(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	return db_row(db, hdf, prefix,
	    "SELECT a.id, a.kind, a.email, a.phone, a.id_number,"
	    " DATE_FORMAT(a.birth_date, '%d/%m/%Y') AS birth_date, a.address,"
	    " a.org_name, a.tax_code, a.representative, a.full_name, a.status,"
	    " a.totp_enabled, g.code AS agency_code, g.name AS agency_name,"
	    " a.agency_id,"
	    " DATE_FORMAT(a.created_at, '%d/%m/%Y %H:%i') AS created_at,"
	    " DATE_FORMAT(a.email_confirmed_at, '%d/%m/%Y %H:%i') AS confirmed_at,"
	    " DATE_FORMAT(a.password_changed_at, '%d/%m/%Y %H:%i') AS password_changed_at,"
	    " (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ',')"
	    "  FROM account_role r WHERE r.account_id = a.id) AS roles"
	    " FROM account a LEFT JOIN agency g ON g.id = a.agency_id"
	    " WHERE a.id = ? AND a.status <> 'deleted'", DB_INT(id));
}

int
person_password(struct db *db, long long id, char *out, size_t outlen)
{
	HDF *t = NULL;
	int rc;

	if (hdf_init(&t))
		abort();
	rc = db_row(db, t, "A", "SELECT password_hash FROM account WHERE id = ?",
	    DB_INT(id));
	if (rc == 1)
		snprintf(out, outlen, "%s", hdf_get_value(t, "A.password_hash", ""));
	hdf_destroy(&t);
	return rc;
}

int
person_set_password(struct db *db, long long id, const char *hash)
{
	int rc = db_exec(db, "UPDATE account SET password_hash = ?,"
	    " password_changed_at = NOW() WHERE id = ?", DB_STR(hash), DB_INT(id));

	return rc < 0 ? rc : 0;
}

int
person_accesses(struct db *db, long long id, HDF *hdf, const char *prefix,
    int limit)
{
	return db_rows(db, hdf, prefix,
	    /* the trail keeps UTC; people read the portal's time */
	    "SELECT DATE_FORMAT(CONVERT_TZ(u.at, '+00:00', @@session.time_zone),"
	    " '%d/%m/%Y %H:%i') AS at, u.action,"
	    /* what was done, for the page to say in words: the action as
	     * a key of the language file (dots are its separators), its
	     * verb (a step of the workflow is named as the history names
	     * it), and the dossier's code rather than its number */
	    " REPLACE(u.action, '.', '_') AS action_key,"
	    " SUBSTRING_INDEX(u.action, '.', -1) AS verb, d.code AS dossier_code,"
	    " u.object_type, u.object_id, a.full_name AS officer,"
	    " g.name AS agency"
	    " FROM audit u LEFT JOIN account a ON a.id = u.actor_id"
	    " LEFT JOIN agency g ON g.id = u.agency_id"
	    " LEFT JOIN dossier d ON u.object_type = 'dossier' AND d.id = u.object_id"
	    " WHERE u.owner_id = ? AND u.actor_kind = 'staff'"
	    " AND (u.actor_id IS NULL OR u.actor_id <> ?)"
	    " ORDER BY u.seq DESC LIMIT ?", DB_INT(id), DB_INT(id), DB_INT(limit));
}

int
person_sessions(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	return db_rows(db, hdf, prefix,
	    "SELECT id, DATE_FORMAT(created_at, '%d/%m/%Y %H:%i') AS created_at,"
	    " DATE_FORMAT(last_seen, '%d/%m/%Y %H:%i') AS last_seen,"
	    " client_ip, user_agent FROM session"
	    " WHERE account_id = ? AND stage = 'full' AND expires_at > NOW()"
	    " ORDER BY id DESC LIMIT 50", DB_INT(id));
}

/* Adds "name": value for each child of node, as JSON strings. */
static void
json_object_of(struct buf *b, HDF *node)
{
	HDF *c;
	int first = 1;

	buf_addc(b, '{');
	for (c = node ? hdf_obj_child(node) : NULL; c; c = hdf_obj_next(c)) {
		if (!first)
			buf_addc(b, ',');
		first = 0;
		buf_add_json_string(b, hdf_obj_name(c));
		buf_addc(b, ':');
		buf_add_json_string(b, hdf_obj_value(c) ? hdf_obj_value(c) : "");
	}
	buf_addc(b, '}');
}

static void
json_array_of(struct buf *b, HDF *list)
{
	HDF *c;
	int first = 1;

	buf_addc(b, '[');
	for (c = list ? hdf_obj_child(list) : NULL; c; c = hdf_obj_next(c)) {
		if (!first)
			buf_addc(b, ',');
		first = 0;
		json_object_of(b, c);
	}
	buf_addc(b, ']');
}

int
person_export(struct db *db, long long id, struct buf *json)
{
	HDF *t = NULL;
	int rc;

	if (hdf_init(&t))
		abort();
	if ((rc = person_get(db, id, t, "Account")) <= 0)
		goto out;
	if ((rc = person_sessions(db, id, t, "Sessions")) < 0)
		goto out;
	/* what happened to the account and its data, by anyone */
	if ((rc = db_rows(db, t, "Events",
	    "SELECT DATE_FORMAT(u.at, '%Y-%m-%dT%H:%i:%sZ') AS at, u.actor_kind,"
	    " a.full_name AS actor, g.name AS agency, u.action, u.object_type,"
	    " u.object_id, u.client_ip"
	    " FROM audit u LEFT JOIN account a ON a.id = u.actor_id"
	    " LEFT JOIN agency g ON g.id = u.agency_id"
	    " WHERE u.owner_id = ? OR u.actor_id = ? ORDER BY u.seq LIMIT 10000",
	    DB_INT(id), DB_INT(id))) < 0)
		goto out;
	if ((rc = db_rows(db, t, "Mail",
	    "SELECT DATE_FORMAT(m.created_at, '%Y-%m-%dT%H:%i:%s') AS created_at,"
	    " m.subject, m.status FROM mail_outbox m JOIN account a"
	    " ON a.email = m.to_addr WHERE a.id = ? ORDER BY m.id LIMIT 1000",
	    DB_INT(id))) < 0)
		goto out;
	buf_adds(json, "{\"tai_khoan\":");
	json_object_of(json, hdf_get_obj(t, "Account"));
	buf_adds(json, ",\"phien_dang_nhap\":");
	json_array_of(json, hdf_get_obj(t, "Sessions"));
	buf_adds(json, ",\"nhat_ky\":");
	json_array_of(json, hdf_get_obj(t, "Events"));
	buf_adds(json, ",\"thu_da_gui\":");
	json_array_of(json, hdf_get_obj(t, "Mail"));
	buf_adds(json, "}\n");
	rc = 1;
out:
	hdf_destroy(&t);
	return rc;
}

int
person_open_dossiers(struct db *db, long long id, long long *n)
{
	/* submitted and not finished: received, processing, waiting for
	 * the person, withdrawing, processed but not yet returned */
	int rc = db_int(db, n, "SELECT COUNT(*) FROM dossier WHERE owner_id = ?"
	    " AND status IN (1, 2, 4, 5, 6, 7, 9)", DB_INT(id));

	return rc < 0 ? rc : 0;
}

int
person_erase(struct db *db, long long id)
{
	int rc;

	rc = db_exec(db, "UPDATE account SET status = 'deleted', email = NULL,"
	    " phone = NULL, id_number = NULL, birth_date = NULL, address = NULL,"
	    " org_name = NULL, tax_code = NULL, representative = NULL,"
	    " full_name = '', password_hash = '!', totp_secret = NULL,"
	    " totp_enabled = 0, deleted_at = NOW() WHERE id = ? AND kind <> 'staff'",
	    DB_INT(id));
	if (rc < 0)
		return rc;
	if (rc == 0)
		return PERSON_NONE;
	if ((rc = db_exec(db, "DELETE FROM session WHERE account_id = ?",
	    DB_INT(id))) < 0)
		return rc;
	if ((rc = db_exec(db, "DELETE FROM account_token WHERE account_id = ?",
	    DB_INT(id))) < 0)
		return rc;
	/* drafts were never sent to anyone: they go with the person;
	 * submitted dossiers are the agencies' records and stay */
	if ((rc = db_exec(db, "DELETE FROM dossier WHERE owner_id = ? AND status = 0",
	    DB_INT(id))) < 0)
		return rc;
	return 0;
}
