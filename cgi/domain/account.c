#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/util.h"
#include "domain/account.h"

const char *const role_names[ROLE__MAX] = {
	[ROLE_RECEPTION] = "reception",
	[ROLE_SPECIALIST] = "specialist",
	[ROLE_LEADER] = "leader",
	[ROLE_AGENCY_ADMIN] = "agency_admin",
	[ROLE_PROVINCE_ADMIN] = "province_admin",
	[ROLE_INSPECTOR] = "inspector",
};

int
role_from_name(const char *name)
{
	int i;

	for (i = 0; i < ROLE__MAX; i++)
		if (strcmp(role_names[i], name) == 0)
			return i;
	return -1;
}

const char *
password_policy(const char *pw)
{
	size_t n;

	if (!utf8_valid(pw, strlen(pw)))
		return "utf8";
	n = utf8_count(pw);
	if (n < PASSWORD_MIN)
		return "password_short";
	if (n > PASSWORD_MAX)
		return "password_long";
	return NULL;
}

/* The common-password list, read once per process (it changes with a
 * new release, not at run time): one sorted-by-nothing array, searched
 * linearly; a few hundred entries cost microseconds next to a hash. */
static char **common;
static size_t ncommon;
static int common_loaded;

static void
common_load(const struct config *cfg)
{
	FILE *f = fopen(cfg_str(cfg, "Account.CommonPasswordsFile"), "re");
	char line[256];
	size_t cap = 0;

	common_loaded = 1;
	if (f == NULL) {
		log_event(LOG_WARN_, "common-passwords", NULL, "file",
		    cfg_str(cfg, "Account.CommonPasswordsFile"), "error",
		    "cannot open", NULL);
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		if (ncommon == cap) {
			cap = cap ? cap * 2 : 256;
			common = xrealloc(common, cap * sizeof(*common));
		}
		common[ncommon++] = xstrdup(line);
	}
	fclose(f);
}

int
password_common(const struct config *cfg, const char *pw)
{
	size_t i;

	if (!common_loaded)
		common_load(cfg);
	for (i = 0; i < ncommon; i++)
		if (strcasecmp(common[i], pw) == 0)
			return 1;
	return 0;
}

int
password_needs_rehash(const struct config *cfg, const char *stored)
{
	long iter;

	if (strncmp(stored, "pbkdf2-sha256$", 14) != 0)
		return 1;
	iter = strtol(stored + 14, NULL, 10);
	return iter < cfg_int(cfg, "Account.PasswordIterations");
}

/* The pepper: a secret kept outside the database, so a stolen table alone
 * cannot be brute-forced. Read on use; dvcctl and the login page are rare
 * callers. */
static size_t
pepper(const struct config *cfg, unsigned char *out, size_t cap)
{
	const char *path = cfg_str(cfg, "Account.PepperFile");
	ssize_t n;
	int fd;

	if (*path == '\0' || (fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return 0;
	n = read(fd, out, cap);
	close(fd);
	return n > 0 ? (size_t)n : 0;
}

static int
derive(const struct config *cfg, const char *pw, const unsigned char *salt,
    size_t saltlen, long iter, unsigned char out[32])
{
	unsigned char pep[64], mac[32];
	size_t pl = pepper(cfg, pep, sizeof(pep));
	const void *in = pw;
	size_t inlen = strlen(pw);
	int ok;

	if (pl) {
		hmac_sha256(pep, pl, pw, strlen(pw), mac);
		in = mac;
		inlen = sizeof(mac);
	}
	ok = PKCS5_PBKDF2_HMAC(in, (int)inlen, salt, (int)saltlen, (int)iter,
	    EVP_sha256(), 32, out);
	OPENSSL_cleanse(pep, sizeof(pep));
	OPENSSL_cleanse(mac, sizeof(mac));
	return ok == 1 ? 0 : -1;
}

int
password_hash(const struct config *cfg, const char *pw, char *out,
    size_t outlen)
{
	long iter = cfg_int(cfg, "Account.PasswordIterations");
	unsigned char salt[16], dk[32];
	char s64[32], h64[48];

	random_bytes(salt, sizeof(salt));
	if (derive(cfg, pw, salt, sizeof(salt), iter, dk) < 0)
		return -1;
	b64url_encode(salt, sizeof(salt), s64);
	b64url_encode(dk, sizeof(dk), h64);
	OPENSSL_cleanse(dk, sizeof(dk));
	if ((size_t)snprintf(out, outlen, "pbkdf2-sha256$%ld$%s$%s", iter, s64,
	    h64) >= outlen)
		return -1;
	return 0;
}

int
password_verify(const struct config *cfg, const char *pw, const char *stored)
{
	unsigned char salt[32], want[48], got[32];
	char copy[200], *p, *iter_s, *salt_s, *hash_s;
	long iter, sl, hl;

	if (strlen(stored) >= sizeof(copy))
		return -1;
	strcpy(copy, stored);
	if (strncmp(copy, "pbkdf2-sha256$", 14) != 0)
		return -1;
	p = copy + 14;
	iter_s = p;
	if ((p = strchr(p, '$')) == NULL)
		return -1;
	*p++ = '\0';
	salt_s = p;
	if ((p = strchr(p, '$')) == NULL)
		return -1;
	*p++ = '\0';
	hash_s = p;
	iter = strtol(iter_s, NULL, 10);
	if (iter < 1000 || iter > 100000000)
		return -1;
	if ((sl = b64url_decode(salt_s, salt, sizeof(salt))) < 8 ||
	    (hl = b64url_decode(hash_s, want, sizeof(want))) != 32)
		return -1;
	if (derive(cfg, pw, salt, (size_t)sl, iter, got) < 0)
		return -1;
	return ct_equal(got, want, 32);
}

struct add {
	const struct staff_new *s;
	long long id;
};

static int
staff_add_tx(struct db *db, void *ctx)
{
	struct add *a = ctx;
	long long agency;
	int rc, i;

	if ((rc = db_int(db, &agency, "SELECT id FROM agency WHERE code = ?",
	    DB_STR(a->s->agency_code))) < 0)
		return rc;
	if (rc == 0)
		return ACCOUNT_NO_AGENCY;
	rc = db_exec(db, "INSERT INTO account (kind, email, phone, full_name,"
	    " password_hash, agency_id, status)"
	    " VALUES ('staff', ?, ?, ?, ?, ?, 'active')",
	    DB_STR(a->s->email), DB_STR(a->s->phone), DB_STR(a->s->full_name),
	    DB_STR(a->s->password_hash), DB_INT(agency));
	if (rc == DB_DUP)
		return ACCOUNT_TAKEN;
	if (rc < 0)
		return rc;
	a->id = db_insert_id(db);
	for (i = 0; i < ROLE__MAX; i++) {
		if (!(a->s->roles & ROLE_BIT(i)))
			continue;
		if ((rc = db_exec(db, "INSERT INTO account_role (account_id, role)"
		    " VALUES (?, ?)", DB_INT(a->id), DB_STR(role_names[i]))) < 0)
			return rc;
	}
	return 0;
}

int
staff_add(struct db *db, const struct staff_new *s, long long *id)
{
	struct add a = { s, 0 };
	int rc = db_tx(db, staff_add_tx, &a);

	if (rc == 0)
		*id = a.id;
	return rc;
}

/* Ends every session of the account (disabled, or a new password). */
static int
end_sessions(struct db *db, const char *email)
{
	int rc = db_exec(db, "DELETE s FROM session s JOIN account a ON"
	    " a.id = s.account_id WHERE a.email = ?", DB_STR(email));

	return rc < 0 ? rc : 0;
}

int
account_set_status(struct db *db, const char *email, const char *status)
{
	int rc = db_exec(db, "UPDATE account SET status = ? WHERE email = ?",
	    DB_STR(status), DB_STR(email));

	if (rc < 0)
		return rc;
	if (strcmp(status, "active") != 0 && (rc = end_sessions(db, email)) < 0)
		return rc;
	if (rc == 0) {
		long long n = 0;

		/* 0 rows changed: absent, or already in that state */
		if ((rc = db_int(db, &n, "SELECT COUNT(*) FROM account WHERE email = ?",
		    DB_STR(email))) < 0)
			return rc;
		return n ? 0 : ACCOUNT_NONE;
	}
	return 0;
}

int
account_set_password(struct db *db, const char *email, const char *hash)
{
	int rc = db_exec(db, "UPDATE account SET password_hash = ?,"
	    " password_changed_at = NOW() WHERE email = ?",
	    DB_STR(hash), DB_STR(email));

	if (rc < 0)
		return rc;
	if (rc == 0)
		return ACCOUNT_NONE;
	return end_sessions(db, email);
}

int
account_list(struct db *db, HDF *hdf, const char *prefix, const char *agency,
    long long agency_id)
{
	return db_rows(db, hdf, prefix,
	    "SELECT a.id, a.kind, a.email, a.full_name, a.status, a.totp_enabled,"
	    " g.code AS agency, g.name AS agency_name,"
	    " (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ',')"
	    "  FROM account_role r WHERE r.account_id = a.id) AS roles"
	    " FROM account a LEFT JOIN agency g ON g.id = a.agency_id"
	    " WHERE a.kind = 'staff' AND (? IS NULL OR g.code = ?)"
	    " AND (? = 0 OR a.agency_id = ?)"
	    " ORDER BY g.code, a.email",
	    DB_STR(agency), DB_STR(agency), DB_INT(agency_id), DB_INT(agency_id));
}

int
account_record(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	return db_row(db, hdf, prefix,
	    "SELECT a.id, a.kind, a.agency_id, a.full_name, a.email, a.phone,"
	    " a.status, a.totp_enabled, g.code AS agency_code, g.name AS agency_name,"
	    " DATE_FORMAT(a.created_at, '%d/%m/%Y') AS created_at,"
	    " (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ',')"
	    "  FROM account_role r WHERE r.account_id = a.id) AS roles"
	    " FROM account a LEFT JOIN agency g ON g.id = a.agency_id"
	    " WHERE a.id = ? AND a.status <> 'deleted'", DB_INT(id));
}
