/* dvcctl migrate: applies sql/NNN-name.sql files in order, records each in
 * schema_migration, then (unless Db.SingleUser) creates the responders'
 * database accounts and grants from sql/grants.sql. Idempotent; a lock
 * keeps two nodes of a cluster from migrating at once; a database that a
 * newer release migrated further is refused (exit status 3). */
#include "config.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/util.h"
#include "ctl/ctl.h"

#define SCRIPT_MAX (4 * 1024 * 1024)

static int
is_migration(const char *n)
{
	size_t l = strlen(n);
	const char *p;

	if (l < 9 || !isdigit((unsigned char)n[0]) || !isdigit((unsigned char)n[1]) ||
	    !isdigit((unsigned char)n[2]) || n[3] != '-' ||
	    strcmp(n + l - 4, ".sql") != 0)
		return 0;
	for (p = n + 4; p < n + l - 4; p++)
		if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-'))
			return 0;
	return 1;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
ident_ok(const char *s, const char *extra)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (!(isalnum((unsigned char)*s) || *s == '_' || (extra && strchr(extra, *s))))
			return 0;
	return 1;
}

/* A password that can go between single quotes as it is: no quote,
 * backslash or control character (UTF-8 letters are fine). */
static int
password_literal_ok(const char *s)
{
	for (; *s; s++)
		if (*s == '\'' || *s == '\\' || (unsigned char)*s < 0x20 ||
		    *s == 0x7f)
			return 0;
	return 1;
}

/* Replaces @name@ placeholders in grants.sql with checked identifiers and
 * passwords: nothing from outside this program's checks reaches the SQL
 * text. The responders' account names get suffix (STAGING for the
 * staging accounts, "" for the real ones). */
static int
expand_grants(struct ctl *c, const char *text, const char *suffix, struct buf *out)
{
	struct {
		const char *ph;
		const char *key;
		int secret;	/* a password */
	} subs[] = {
		{ "@db@", "Db.Name", 0 },
		{ "@host@", "Db.GrantHost", 0 },
		{ "@public@", "Db.Public.User", 0 },
		{ "@public_pw@", "Db.Public.Password", 1 },
		{ "@api@", "Db.Api.User", 0 },
		{ "@api_pw@", "Db.Api.Password", 1 },
		{ "@account@", "Db.Account.User", 0 },
		{ "@account_pw@", "Db.Account.Password", 1 },
		{ "@dossier@", "Db.Dossier.User", 0 },
		{ "@dossier_pw@", "Db.Dossier.Password", 1 },
		{ "@office@", "Db.Office.User", 0 },
		{ "@office_pw@", "Db.Office.Password", 1 },
	};
	const char *p = text, *at;
	size_t i;

	for (i = 0; i < NELEM(subs); i++) {
		const char *v = cfg_str(c->cfg, subs[i].key);

		if (subs[i].secret && *v == '\0') {
			ctl_err(c, "%s: khóa %s chưa đặt (cần mật khẩu cho tài khoản "
			    "CSDL của responder, hoặc đặt Db.SingleUser = 1)",
			    c->cfg->path, subs[i].key);
			return -1;
		}
		if (subs[i].secret && !password_literal_ok(v)) {
			ctl_err(c, "%s: khóa %s không được chứa dấu nháy đơn, dấu "
			    "\\ hay ký tự điều khiển", c->cfg->path, subs[i].key);
			return -1;
		}
		if (!subs[i].secret && !ident_ok(v, strcmp(subs[i].key, "Db.GrantHost") ?
		    NULL : ".-%")) {
			ctl_err(c, "%s: khóa %s chỉ được gồm chữ, số, '_' (máy chủ: "
			    "thêm '.', '-', '%%')", c->cfg->path, subs[i].key);
			return -1;
		}
	}
	while ((at = strchr(p, '@')) != NULL) {
		int done = 0;

		buf_add(out, p, (size_t)(at - p));
		for (i = 0; i < NELEM(subs); i++) {
			size_t l = strlen(subs[i].ph);

			if (strncmp(at, subs[i].ph, l) == 0) {
				buf_adds(out, cfg_str(c->cfg, subs[i].key));
				/* Db.<Name>.User: an account name */
				if (strncmp(subs[i].key, "Db.", 3) == 0 &&
				    strcmp(subs[i].key + strlen(subs[i].key) - 5, ".User") == 0)
					buf_adds(out, suffix);
				p = at + l;
				done = 1;
				break;
			}
		}
		if (!done) {
			buf_addc(out, '@');
			p = at + 1;
		}
	}
	buf_adds(out, p);
	return 0;
}

/* The grants are applied without a moment in which a responder's account
 * lacks one it needs (a request then would get a 500): grants.sql as it
 * is (REVOKE ALL, then each GRANT) goes to a staging account of each
 * responder's, named with this suffix; the real account gets the file's
 * CREATE, ALTER and GRANTs without the REVOKE (adding is harmless), then
 * loses only what it holds beyond the staging account. Each account reads
 * its own privileges (information_schema shows an account its own grants
 * only; the owner may not read another's). */
#define STAGING "_next"

static const char *const responders[] = { "Public", "Api", "Account",
    "Dossier", "Office" };

/* After grants.sql failed with err: when a password-validation plugin is
 * active and err is about a responder's account (ER_NOT_VALID_PASSWORD,
 * or ER_CANNOT_USER as MariaDB reports a refused ALTER USER), the key of
 * that account's password; else NULL. */
static const char *
password_refused(struct ctl *c, struct db *db, const char *err)
{
	static char key[40];
	char user[100];
	long long n = 0;
	size_t i;

	if (!strstr(err, "(error 1819)") && !strstr(err, "(error 1396)"))
		return NULL;
	if (db_int(db, &n, "SELECT COUNT(*) FROM information_schema.plugins"
	    " WHERE PLUGIN_TYPE = 'PASSWORD VALIDATION' AND PLUGIN_STATUS ="
	    " 'ACTIVE'") < 0 || n == 0)
		return NULL;
	for (i = 0; i < NELEM(responders); i++) {
		snprintf(key, sizeof(key), "Db.%s.User", responders[i]);
		snprintf(user, sizeof(user), "'%s'@", cfg_str(c->cfg, key));
		if (strstr(err, user)) {
			snprintf(key, sizeof(key), "Db.%s.Password", responders[i]);
			return key;
		}
		snprintf(user, sizeof(user), "'%s" STAGING "'@", cfg_str(c->cfg, key));
		if (strstr(err, user)) {
			snprintf(key, sizeof(key), "Db.%s.Password", responders[i]);
			return key;
		}
	}
	snprintf(key, sizeof(key), "Db.*.Password");
	return key;
}

/* The privileges an account holds, as it sees them (connected as itself),
 * one "PRIV|schema|table|column" string each at prefix.N.p in hdf (empty
 * parts for a privilege on a whole schema or the server). The count, or
 * -1 when the account cannot connect from here. */
static int
privileges_of(struct ctl *c, const char *user, const char *password, HDF *hdf,
    const char *prefix)
{
	struct db *db = db_new_as(c->cfg, user, password);
	int n = -1;

	if (db_connect(db) == 0)
		n = db_rows(db, hdf, prefix,
		    "SELECT CONCAT(PRIVILEGE_TYPE, '|', TABLE_SCHEMA, '|', TABLE_NAME, '|') AS p"
		    " FROM information_schema.TABLE_PRIVILEGES"
		    " UNION ALL SELECT CONCAT(PRIVILEGE_TYPE, '|', TABLE_SCHEMA, '|',"
		    " TABLE_NAME, '|', COLUMN_NAME) FROM information_schema.COLUMN_PRIVILEGES"
		    " UNION ALL SELECT CONCAT(PRIVILEGE_TYPE, '|', TABLE_SCHEMA, '||')"
		    " FROM information_schema.SCHEMA_PRIVILEGES"
		    " UNION ALL SELECT CONCAT(PRIVILEGE_TYPE, '|||')"
		    " FROM information_schema.USER_PRIVILEGES WHERE PRIVILEGE_TYPE <> 'USAGE'");
	db_free(db);
	return n < 0 ? -1 : n;
}

static int
has_privilege(HDF *hdf, const char *prefix, int n, const char *p)
{
	char name[64];
	int i;

	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "%s.%d.p", prefix, i);
		if (strcmp(hdf_get_value(hdf, name, ""), p) == 0)
			return 1;
	}
	return 0;
}

/* Appends to out a REVOKE of privilege p ("PRIV|schema|table|column")
 * from user@host. The parts come from information_schema of this server;
 * they are checked as identifiers all the same. -1 for a part that is
 * not one. */
static int
revoke_text(struct buf *out, const char *p, const char *user, const char *host)
{
	char priv[64], sch[80], tab[80], col[80];
	size_t i;

	if (sscanf(p, "%63[A-Z ]|%79[^|]|%79[^|]|%79[^|]", priv, sch, tab, col) == 4) {
		if (!ident_ok(sch, NULL) || !ident_ok(tab, NULL) || !ident_ok(col, NULL))
			return -1;
		buf_printf(out, "REVOKE %s (`%s`) ON `%s`.`%s`", priv, col, sch, tab);
	} else if (sscanf(p, "%63[A-Z ]|%79[^|]|%79[^|]|", priv, sch, tab) == 3) {
		if (!ident_ok(sch, NULL) || !ident_ok(tab, NULL))
			return -1;
		buf_printf(out, "REVOKE %s ON `%s`.`%s`", priv, sch, tab);
	} else if (sscanf(p, "%63[A-Z ]|%79[^|]||", priv, sch) == 2) {
		if (!ident_ok(sch, NULL))
			return -1;
		buf_printf(out, "REVOKE %s ON `%s`.*", priv, sch);
	} else if (sscanf(p, "%63[A-Z ]|||", priv) == 1)
		buf_printf(out, "REVOKE %s ON *.*", priv);
	else
		return -1;
	for (i = 0; priv[i]; i++)
		if (!isupper((unsigned char)priv[i]) && priv[i] != ' ')
			return -1;
	buf_printf(out, " FROM '%s'@'%s';\n", user, host);
	return 0;
}

/* The REVOKEs that bring each responder's account down to what its
 * staging account holds, into out; -1 when an account's privileges could
 * not be read (the caller then resets the accounts the old way). */
static int
extra_privileges(struct ctl *c, struct buf *out)
{
	const char *host = cfg_str(c->cfg, "Db.GrantHost");
	HDF *hdf = NULL;
	size_t i;
	int rc = 0;

	hdf_init(&hdf);
	for (i = 0; i < NELEM(responders) && rc == 0; i++) {
		char key[40], name[64], staged[120];
		const char *user, *pw;
		int nr, ns, j;

		snprintf(key, sizeof(key), "Db.%s.User", responders[i]);
		user = cfg_str(c->cfg, key);
		snprintf(key, sizeof(key), "Db.%s.Password", responders[i]);
		pw = cfg_str(c->cfg, key);
		snprintf(staged, sizeof(staged), "%s" STAGING, user);
		hdf_remove_tree(hdf, "R");
		hdf_remove_tree(hdf, "S");
		if ((nr = privileges_of(c, user, pw, hdf, "R")) < 0 ||
		    (ns = privileges_of(c, staged, pw, hdf, "S")) < 0) {
			rc = -1;
			break;
		}
		for (j = 0; j < nr; j++) {
			const char *p;

			snprintf(name, sizeof(name), "R.%d.p", j);
			p = hdf_get_value(hdf, name, "");
			if (!has_privilege(hdf, "S", ns, p) &&
			    revoke_text(out, p, user, host) < 0) {
				rc = -1;
				break;
			}
		}
	}
	hdf_destroy(&hdf);
	return rc;
}

/* Drops the staging accounts (before, in case a run was cut short, and
 * after). */
static int
drop_staging(struct ctl *c, struct db *db, char *err, size_t errlen)
{
	struct buf sql = BUF_INIT;
	size_t i;
	int rc;

	for (i = 0; i < NELEM(responders); i++) {
		char key[40];

		snprintf(key, sizeof(key), "Db.%s.User", responders[i]);
		buf_printf(&sql, "DROP USER IF EXISTS '%s" STAGING "'@'%s';\n",
		    cfg_str(c->cfg, key), cfg_str(c->cfg, "Db.GrantHost"));
	}
	rc = db_run_script(db, buf_str(&sql), err, errlen);
	buf_free(&sql);
	return rc;
}

/* The file's text without its "REVOKE ALL ..." statements (one line
 * each), for the real accounts. */
static void
without_revoke_all(const char *text, struct buf *out)
{
	const char *p = text, *nl;

	while (*p) {
		nl = strchr(p, '\n');
		if (strncmp(p, "REVOKE ALL PRIVILEGES", 21) != 0)
			buf_add(out, p, nl ? (size_t)(nl - p + 1) : strlen(p));
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

static int
apply_grants(struct ctl *c, struct db *db, const char *dir)
{
	struct buf path = BUF_INIT, staged = BUF_INIT, adds = BUF_INIT, real = BUF_INIT,
	    revokes = BUF_INIT, full = BUF_INIT;
	char *text, err[512];
	const char *step = NULL;
	int rc = 0;

	buf_printf(&path, "%s/grants.sql", dir);
	if ((text = ctl_read_file(buf_str(&path), SCRIPT_MAX, NULL)) == NULL) {
		ctl_err(c, "không đọc được %s: %s", buf_str(&path), strerror(errno));
		buf_free(&path);
		return 1;
	}
	without_revoke_all(text, &adds);
	if (expand_grants(c, text, STAGING, &staged) < 0 ||
	    expand_grants(c, buf_str(&adds), "", &real) < 0 ||
	    expand_grants(c, text, "", &full) < 0) {
		rc = 1;
		goto out;
	}
	/* the real accounts gain what they lack (first: a password a
	 * validation plugin refuses is then named by MariaDB's error for the
	 * account's ALTER USER); the staging accounts get exactly what the
	 * file says */
	if (db_run_script(db, buf_str(&real), err, sizeof(err)) < 0 ||
	    drop_staging(c, db, err, sizeof(err)) < 0 ||
	    db_run_script(db, buf_str(&staged), err, sizeof(err)) < 0)
		step = err;
	/* and lose what they hold beyond it; where that cannot be read (an
	 * account that cannot connect from this host), the old way: each
	 * reset and granted again */
	else if (extra_privileges(c, &revokes) < 0) {
		if (db_run_script(db, buf_str(&full), err, sizeof(err)) < 0)
			step = err;
	} else if (revokes.len && db_run_script(db, buf_str(&revokes), err, sizeof(err)) < 0)
		step = err;
	if (step) {
		const char *key = password_refused(c, db, err);

		if (key)
			ctl_err(c, "máy chủ MariaDB có plugin kiểm tra mật khẩu "
			    "(simple_password_check, cracklib_password_check) và "
			    "mật khẩu ở khóa %s không đạt yêu cầu của nó: đặt mật "
			    "khẩu dài (ví dụ 24 ký tự) có chữ hoa, chữ thường, chữ "
			    "số và ký tự đặc biệt, rồi chạy lại (xem "
			    "docs/operator-guide.md). Tài khoản giữ mật khẩu cũ. "
			    "Máy chủ báo: %s", key, err);
		else
			ctl_err(c, "%s: %s", buf_str(&path), err);
		rc = 1;
	}
	if (drop_staging(c, db, err, sizeof(err)) < 0 && rc == 0) {
		ctl_err(c, "%s: %s", buf_str(&path), err);
		rc = 1;
	}
out:
	free(text);
	buf_free(&staged);
	buf_free(&adds);
	buf_free(&real);
	buf_free(&revokes);
	buf_free(&full);
	buf_free(&path);
	return rc;
}

int
ctl_migrate(struct ctl *c, int argc, char **argv)
{
	const char *dir = cfg_str(c->cfg, "Paths.Sql");
	int status_only = ctl_flag(argc, argv, "--status");
	struct db *db = db_new(c->cfg, "Owner");
	struct dirent *de;
	char **files = NULL;
	size_t nf = 0, i;
	long long got;
	int rc = 1, applied = 0;
	HDF *hdf = NULL;
	DIR *d;

	if ((d = opendir(dir)) == NULL) {
		ctl_err(c, "Paths.Sql: không mở được %s: %s", dir, strerror(errno));
		db_free(db);
		return 1;
	}
	while ((de = readdir(d)) != NULL)
		if (is_migration(de->d_name)) {
			files = xrealloc(files, (nf + 1) * sizeof(*files));
			files[nf++] = xstrdup(de->d_name);
		}
	closedir(d);
	qsort(files, nf, sizeof(*files), cmp);

	if (db_connect(db) < 0) {
		ctl_err(c, "không kết nối được CSDL %s với tài khoản của khóa "
		    "Db.Owner.User (hoặc Db.User khi Db.SingleUser = 1)",
		    cfg_str(c->cfg, "Db.Name"));
		goto out;
	}
	if (db_int(db, &got, "SELECT GET_LOCK('dvc_migrate', 60)") <= 0 || got != 1) {
		ctl_err(c, "một tiến trình migrate khác đang chạy");
		goto out;
	}
	if (db_exec(db, "CREATE TABLE IF NOT EXISTS schema_migration ("
	    " version INT UNSIGNED NOT NULL PRIMARY KEY,"
	    " name VARCHAR(200) NOT NULL,"
	    " checksum CHAR(64) NOT NULL,"
	    " applied_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP"
	    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci") < 0)
		goto unlock;
	/* a database a newer release has migrated: this one does not know
	 * its tables, and running on it, or "migrating" it, could undo
	 * what the newer one relies on */
	if (db_int(db, &got, "SELECT COALESCE(MAX(version), 0) FROM"
	    " schema_migration") < 0)
		goto unlock;
	if (got > (nf ? atoi(files[nf - 1]) : 0)) {
		ctl_err(c, "CSDL %s đã được phiên bản mới hơn nâng cấp (migration "
		    "%03lld), còn dvc %s chỉ biết đến migration %03d trong %s: "
		    "hãy cài phiên bản mới (hoặc phục hồi bản sao lưu khớp với "
		    "phiên bản này); không thay đổi gì", cfg_str(c->cfg, "Db.Name"),
		    got, DVC_VERSION, nf ? atoi(files[nf - 1]) : 0, dir);
		rc = 3;
		goto unlock;
	}
	hdf_init(&hdf);
	for (i = 0; i < nf; i++) {
		struct buf path = BUF_INIT;
		unsigned char h[32];
		char hex[65], err[512];
		int version = atoi(files[i]);
		size_t len;
		char *text;
		int r;

		buf_printf(&path, "%s/%s", dir, files[i]);
		text = ctl_read_file(buf_str(&path), SCRIPT_MAX, &len);
		if (text == NULL) {
			ctl_err(c, "không đọc được %s: %s", buf_str(&path), strerror(errno));
			buf_free(&path);
			goto unlock;
		}
		sha256(text, len, h);
		hex_encode(h, 32, hex);
		hdf_remove_tree(hdf, "M");
		r = db_row(db, hdf, "M", "SELECT checksum FROM schema_migration"
		    " WHERE version = ?", DB_INT(version));
		if (r < 0) {
			free(text);
			buf_free(&path);
			goto unlock;
		}
		if (r == 1) {
			if (strcmp(hdf_get_value(hdf, "M.checksum", ""), hex) != 0)
				ctl_err(c, "cảnh báo: %s đã áp dụng nhưng nội dung "
				    "đã đổi sau đó; migration đã áp dụng không "
				    "được sửa, hãy thêm migration mới", files[i]);
			if (status_only)
				printf("đã áp dụng  %s\n", files[i]);
		} else if (status_only)
			printf("chưa áp dụng %s\n", files[i]);
		else {
			if (db_run_script(db, text, err, sizeof(err)) < 0) {
				ctl_err(c, "%s: %s (các migration trước đó vẫn giữ)",
				    files[i], err);
				free(text);
				buf_free(&path);
				goto out;	/* the connection, and the lock, are gone */
			}
			if (db_exec(db, "INSERT INTO schema_migration"
			    " (version, name, checksum) VALUES (?, ?, ?)",
			    DB_INT(version), DB_STR(files[i]), DB_STR(hex)) < 0) {
				free(text);
				buf_free(&path);
				goto unlock;
			}
			printf("áp dụng %s\n", files[i]);
			applied++;
		}
		free(text);
		buf_free(&path);
	}
	if (!status_only) {
		if (!cfg_int(c->cfg, "Db.SingleUser") && apply_grants(c, db, dir))
			goto out;
		printf("CSDL đã cập nhật (%d migration mới)\n", applied);
	}
	rc = 0;
unlock:
	db_int(db, &got, "SELECT RELEASE_LOCK('dvc_migrate')");
out:
	for (i = 0; i < nf; i++)
		free(files[i]);
	free(files);
	hdf_destroy(&hdf);
	db_free(db);
	return rc;
}
