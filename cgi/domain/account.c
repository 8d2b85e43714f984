#include "config.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <argon2.h>
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

/* The argon2id parameters a stored hash was made with, read from its PHC
 * string "$argon2id$v=19$m=M,t=T,p=P$SALT$HASH". 0, or -1 if it is not
 * one. */
static int
argon2_params(const char *stored, unsigned long *m, unsigned long *t,
    unsigned long *p)
{
	int end = 0;

	if (sscanf(stored, "$argon2id$v=19$m=%lu,t=%lu,p=%lu$%n", m, t, p,
	    &end) != 3 || end == 0)
		return -1;
	return 0;
}

int
password_needs_rehash(const struct config *cfg, const char *stored)
{
	unsigned long m, t, p;

	/* PBKDF2 (before argon2id), or less memory or fewer passes than
	 * configured now: made again with the configured parameters. Never
	 * weakened: a node or a test stack with lower ones keeps the
	 * stronger hash. (The lanes change no strength.) */
	if (argon2_params(stored, &m, &t, &p) < 0)
		return 1;
	return m < (unsigned long)cfg_int(cfg, "Account.Argon2.MemoryKiB") ||
	    t < (unsigned long)cfg_int(cfg, "Account.Argon2.Iterations");
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

/* What goes into the hash function: the password itself, or with a pepper
 * HMAC-SHA256(pepper, password) in mac. Points *in at it. */
static size_t
hash_input(const struct config *cfg, const char *pw, unsigned char mac[32],
    const void **in)
{
	unsigned char pep[64];
	size_t pl = pepper(cfg, pep, sizeof(pep));

	*in = pw;
	if (pl == 0)
		return strlen(pw);
	hmac_sha256(pep, pl, pw, strlen(pw), mac);
	OPENSSL_cleanse(pep, sizeof(pep));
	*in = mac;
	return 32;
}

/* PBKDF2-HMAC-SHA256, the scheme before argon2id: verified until each
 * account's next login makes its hash again. */
static int
pbkdf2_verify(const struct config *cfg, const char *pw, const char *stored)
{
	unsigned char salt[32], want[48], got[32], mac[32];
	char copy[200], *p, *iter_s, *salt_s, *hash_s;
	const void *in;
	size_t inlen;
	long iter, sl, hl;
	int ok;

	if (strlen(stored) >= sizeof(copy))
		return -1;
	strcpy(copy, stored);
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
	inlen = hash_input(cfg, pw, mac, &in);
	ok = PKCS5_PBKDF2_HMAC(in, (int)inlen, salt, (int)sl, (int)iter,
	    EVP_sha256(), 32, got);
	OPENSSL_cleanse(mac, sizeof(mac));
	if (ok != 1)
		return -1;
	ok = ct_equal(got, want, 32);
	OPENSSL_cleanse(got, sizeof(got));
	return ok;
}

int
password_hash_salted(const struct config *cfg, const char *pw,
    const unsigned char *salt, size_t saltlen, char *out, size_t outlen)
{
	uint32_t m = (uint32_t)cfg_int(cfg, "Account.Argon2.MemoryKiB");
	uint32_t t = (uint32_t)cfg_int(cfg, "Account.Argon2.Iterations");
	uint32_t p = (uint32_t)cfg_int(cfg, "Account.Argon2.Parallelism");
	unsigned char mac[32];
	const void *in;
	size_t inlen = hash_input(cfg, pw, mac, &in);
	int rc;

	if (argon2_encodedlen(t, m, p, (uint32_t)saltlen, 32, Argon2_id) > outlen)
		rc = ARGON2_ENCODING_FAIL;
	else
		rc = argon2id_hash_encoded(t, m, p, in, inlen, salt, saltlen, 32,
		    out, outlen);
	OPENSSL_cleanse(mac, sizeof(mac));
	if (rc != ARGON2_OK) {
		log_event(LOG_ERR_, "password-hash", NULL, "error",
		    argon2_error_message(rc), NULL);
		return -1;
	}
	return 0;
}

int
password_hash(const struct config *cfg, const char *pw, char *out,
    size_t outlen)
{
	unsigned char salt[16];

	random_bytes(salt, sizeof(salt));
	return password_hash_salted(cfg, pw, salt, sizeof(salt), out, outlen);
}

int
password_verify(const struct config *cfg, const char *pw, const char *stored)
{
	unsigned long m, t, p;
	unsigned char mac[32];
	const void *in;
	size_t inlen;
	int rc;

	if (strncmp(stored, "pbkdf2-sha256$", 14) == 0)
		return pbkdf2_verify(cfg, pw, stored);
	/* the stored string says what to spend: bounded the way the
	 * configuration is, so a damaged row cannot ask for a terabyte */
	if (argon2_params(stored, &m, &t, &p) < 0 || m > ARGON2_MEMORY_MAX ||
	    t > ARGON2_ITERATIONS_MAX || p > ARGON2_PARALLELISM_MAX)
		return -1;
	inlen = hash_input(cfg, pw, mac, &in);
	rc = argon2id_verify(stored, in, inlen);
	OPENSSL_cleanse(mac, sizeof(mac));
	if (rc == ARGON2_OK)
		return 1;
	return rc == ARGON2_VERIFY_MISMATCH ? 0 : -1;
}

/* Adds a row of account_role for each role in roles. */
static int
roles_put(struct db *db, long long id, unsigned roles)
{
	int rc, i;

	for (i = 0; i < ROLE__MAX; i++) {
		if (!(roles & ROLE_BIT(i)))
			continue;
		if ((rc = db_exec(db, "INSERT INTO account_role (account_id, role)"
		    " VALUES (?, ?)", DB_INT(id), DB_STR(role_names[i]))) < 0)
			return rc;
	}
	return 0;
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
	int rc;

	if ((rc = db_int(db, &agency, "SELECT id FROM agency WHERE code = ?",
	    DB_STR(a->s->agency_code))) < 0)
		return rc;
	if (rc == 0)
		return ACCOUNT_NO_AGENCY;
	rc = db_exec(db, "INSERT INTO account (kind, email, phone, full_name,"
	    " password_hash, agency_id, status)"
	    " VALUES ('staff', ?, ?, ?, ?, ?, ?)",
	    DB_STR(a->s->email), DB_STR(a->s->phone), DB_STR(a->s->full_name),
	    DB_STR(a->s->password_hash), DB_INT(agency),
	    DB_STR(a->s->invited ? "pending" : "active"));
	if (rc == DB_DUP)
		return ACCOUNT_TAKEN;
	if (rc < 0)
		return rc;
	a->id = db_insert_id(db);
	return roles_put(db, a->id, a->s->roles);
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

int
account_set_roles(struct db *db, long long id, unsigned roles)
{
	int rc;

	if ((rc = db_exec(db, "DELETE FROM account_role WHERE account_id = ?",
	    DB_INT(id))) < 0 || (rc = roles_put(db, id, roles)) < 0)
		return rc;
	/* the roles are read at every request: a session that began without
	 * a second factor must not carry a new admin role on */
	rc = db_exec(db, "DELETE FROM session WHERE account_id = ?", DB_INT(id));
	return rc < 0 ? rc : 0;
}

int
staff_accept(struct db *db, long long id, const char *hash)
{
	int rc = db_exec(db, "UPDATE account SET password_hash = ?,"
	    " password_changed_at = NOW(), status = 'active'"
	    " WHERE id = ? AND kind = 'staff' AND status = 'pending'",
	    DB_STR(hash), DB_INT(id));

	if (rc < 0)
		return rc;
	return rc == 0 ? ACCOUNT_NONE : 0;
}

int
account_agencies(struct db *db, HDF *hdf, const char *prefix)
{
	return db_rows(db, hdf, prefix, "SELECT id, code, name FROM agency"
	    " WHERE status = 'active' AND (closed_on IS NULL OR closed_on > CURDATE())"
	    " ORDER BY name, code");
}
